package extract

import (
	"math/rand"
	"strings"
	"testing"
)

func TestClassifyNames(t *testing.T) {
	cases := []struct {
		value string
		want  role
	}{
		{"entry-content", roleStrongStory},
		{"c-article-body", roleStrongStory},
		{"paywall-wrapper", roleStrongStory},
		{"content", roleStory},
		{"comments", roleClutter},
		{"newsletter-signup", roleWeakClutter},
		{"relatedArticles", roleWeakClutter},
		{"content-with-sidebar-wrp", roleWeakClutter},
		{"right-rail", roleWeakClutter},
		{"commentary", roleNone},
		{"comment-list", roleClutter},
		{"story-widget story-widget-text", roleNone},
		{"story-widget story-widget-related_stories", roleWeakClutter},
		{"zone-widget zone-widget-promo-letter", roleWeakClutter},
		{"story-widget", roleWeakClutter},
		{"bloque-comentarios", roleWeakClutter},
		{"artikel-kommentare", roleWeakClutter},
		{"story_prev_next", roleWeakClutter},
		{"story-inline-teaser", roleWeakClutter},
		{"article-teaser", roleNone},
		{"js-tooltip-body", roleWeakClutter},
		{"tooltip", roleWeakClutter},
		{"capping", roleWeakClutter},
		{"capping__wrapper", roleWeakClutter},
		{"c-flyout js-flyout", roleWeakClutter},
		{"ai2html ai2html-box-v5", roleWeakClutter},
		{"story__reading-time", roleWeakClutter},
		{"meta__readTime", roleWeakClutter},
		{"endnote-bio", roleWeakClutter},
		{"writer-bio", roleWeakClutter},
		{"bio", roleWeakClutter},
		{"comments-area", roleClutter},
		{"comments-open", roleWeakClutter},
		{"social-media-embed", roleNone},
		{"recipe-box footer-notes-align-center", roleNone},
		{"title-align-left", roleNone},
		{"footer-notes", roleWeakClutter},
		{"getting-into-trouble-with-shared-history", roleNone},
		{"player-2020-580 oddrow", roleNone},
		{"overflow-hidden", roleNone},
		{"hidden", roleClutter},
		{"hidden md:block", roleNone},
		{"media-gate__panel m-show--is-hidden", roleClutter},
		{"search-box__form--hidden", roleClutter},
		{"shop-phone--hidden-sm", roleNone},
		{"ad ad--in-article", roleClutter},
		{"article-body ad-free", roleStrongStory},
		{"entry themeform share", roleWeakClutter},
		{"tag-social-media category-ads", roleNone},
		{"post-author", roleWeakClutter},
		{"author-description", roleWeakClutter},
		{"article--authors", roleWeakClutter},
		{"author-note", roleNone},
		{"postmetadata", roleWeakClutter},
		{"news-letter-section", roleWeakClutter},
		{"sociable", roleWeakClutter},
		{"elementor-widget-container", roleNone},
		{"elementor-widget elementor-widget-text-editor", roleNone},
		{"elementor-widget elementor-widget-share-buttons", roleWeakClutter},
		{"", roleNone},
	}
	for _, c := range cases {
		if got := classifyNames(c.value); got != c.want {
			t.Errorf("classifyNames(%q) = %d, want %d", c.value, got, c.want)
		}
	}
}

func TestIsPhraseClutter(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Read more", true},
		{"Article continues below advertisement", true}, // an ad slot's label
		{"Story continues below advertisement", true},   // and its longer form
		{"The article continues a series on the harbour", false},
		{"READ MORE »", true},
		{"Lesen Sie auch: Der Streit um die Brücke", true},
		{"À lire aussi", true},
		{"Cet article vous a plu ?", true}, // a subscription box's heading
		{"Je m’abonne", true},
		{"Leia também", true},
		{"Leggi anche", true},
		{"Lee también: la otra historia", true},
		{"Читайте также", true},
		{"Advertisement", true},
		{"Anzeige", true},
		{"Share", true},
		{"3 / 12", true},
		{"4 of 20", true},
		{"Text size", true},
		{"Full Screen", true},
		{"Autoplay", true},
		{"Text sizes on the new signs are larger, the council said.", false},
		{"Reading more slowly helps, the teachers said.", false},
		{"Anzeigetafeln fielen am Morgen aus.", false},
		{"The council will share the costs with the county.", false},
		{"Ähnliche Beiträge", true},
		{"Weitere Informationen:", true},
		{"Quelle: Stadtverwaltung", true},
		{"Kontakt:", true},
		{"Von:", true},
		{"Keine Kommentare", true},
		{"Reklama", true},
		{"Foto: Lena Varga", true},
		{"Photograph by Ines Harlow", true},
		{"Crédits photos : Agence Nord", true},
		{"Fotografen warteten am Eingang.", false},
		{"Photography is allowed inside the hall.", false},
		{"Quellen zufolge stieg der Pegel über Nacht.", false},
		{"Von der Brücke aus sah man den Hafen.", false},
		{"Kontaktlose Zahlung ist nun überall möglich.", false},
		{"Never miss a story: sign up for our morning briefing.", true},
		{"Get the latest headlines on your phone with our free app.", true},
		{"If you enjoyed reading this, please consider a donation.", true},
		{"(Credit: Mara Quist / Field Notes)", true},
		{"*Werbung. Dieser Beitrag enthält Werbung für eine Marke.", true},
		{"(Noch keine Bewertungen)", true},
		{"Sie sind aktuell nicht eingeloggt.", true},
		{"Empfohlener redaktioneller Inhalt", true},
		{"Publiziert: 12.03.2026, 08:15", true},
		{"Mira: Otro incendio en la sierra", true},
		{"This article is more than 6 years old", true},
		{"Prenez note que cet article publié en 2019 pourrait contenir des informations qui ne sont plus à jour.", true},
		{"This article is more than a list of dates, the editors said.", true}, // short: read as a notice
		{"Prenez note des horaires affichés au quai.", false},
		{"Never mind the rain, the crowd said.", false},
		{"Credits rolled before the last scene.", false},
		{"Miramos el mapa otra vez.", false},
		{"(Die Stadt widersprach.)", false},
		{"March 3, 2026 at 9:10 AM | categories: Travel | View Comments", true},
		{"Kommentarfeed | Kommentare geschlossen | Trackback-URL", true},
		{"The testing lab in Lyon | Photo by Ines Harlow", false}, // a caption and its credit
		{"Rain | Wind | Share of homes without power", false},
		{"Filed under: Travel | Rail |", true},
		{"Filed under seal, the papers stay closed until May.", false},
		{"SOURCE: Wire agencies", true},
		{"Iklan", true},
		{"기사입력 : 2026-01-05 09:30", true},
		{"Отзывы", true},
		{"Добавить отзыв", true},
		{"Sources close to the mayor denied it.", false},
		{"Iklannya dipasang di halte.", false},
		{"Join the conversation", true},
		{"Click to Read More and View Comments", true},
		{"Your video will play in 00:10", true},
		{"Regala esta noticia", true},
		{"Foto(s): Archiv", true},
		{"Sendung: Radio Nord, 03.05.2026, 08:10 Uhr", true},
		{"最終更新:5/3(日) 9:00", true},
		{"おすすめ情報", true},
		{"End of Article", true},
		{"Written by", true},
		{"View Photos", true},
		{"Buy Photo", true},
		{"Все публикации", true},
		{"Sendungen im Mai fallen aus.", false},
		{"SUBSCRIBE", true},
		{"More:", true},
		{"Related post: Pickled beans for winter", true},
		{"PGP Fingerprint: 1A2B 3C4D 5E6F 7A8B", true},
		{"Subscribers kept their old fares, the operator said.", false},
		{"More rain is forecast for Friday.", false},
		{"REKLAM", true},
		{"Nein danke. Weiter in dieser Ansicht.", true},
		{"No thanks", true},
		{"00:00 / 03:15", true},
		{"No thanks, continue in the browser", true},
		{"No thanks to the weather, the match was called off.", false},
		{"Nein danke, sagte die Bürgermeisterin.", false},
		{"Reklamationen nimmt der Händler an.", false},
		{"Joining the conversation late, the mayor agreed.", false},
		{"", false},
	}
	for _, c := range cases {
		if got := isPhraseClutter(c.text); got != c.want {
			t.Errorf("isPhraseClutter(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestIsBylineLine(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"By Jane Doe", true},
		{"By Jane Doe and Omar Reyes, Staff Writers", true},
		{"Von Anna Beispiel", true},
		{"by the river, the mill stood empty", false},
		{"By Monday the river had risen past the old mill and the bridge.", false},
		{"Jane Doe", false},
	}
	for _, c := range cases {
		if got := isBylineLine(c.text); got != c.want {
			t.Errorf("isBylineLine(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestSameTitle(t *testing.T) {
	cases := []struct {
		heading, title string
		want           bool
	}{
		{"Harbour bridge reopens after repairs", "Harbour Bridge Reopens After Repairs", true},
		{"Harbour bridge reopens after repairs.", "Harbour bridge reopens after repairs", true},
		{"What the engineers found", "Harbour bridge reopens after repairs", false},
		{"Bridge", "Harbour bridge reopens after repairs", false},
		{"Anything", "", false},
	}
	for _, c := range cases {
		if got := sameTitle(c.heading, c.title); got != c.want {
			t.Errorf("sameTitle(%q, %q) = %v, want %v", c.heading, c.title, got, c.want)
		}
	}
}

func TestKickedTitle(t *testing.T) {
	cases := []struct {
		heading, title string
		want           bool
	}{
		{"Alleged decolonisation: Why the Kremlin warns of a break-up", "Why the Kremlin warns of a break-up", true},
		{"Why the Kremlin warns of a break-up", "Why the Kremlin warns of a break-up", false}, // sameTitle's
		{"Why the Kremlin warns of a break-up, and who listens", "Why the Kremlin warns of a break-up", false},
		{"Anything", "", false},
	}
	for _, c := range cases {
		if got := kickedTitle(c.heading, c.title); got != c.want {
			t.Errorf("kickedTitle(%q, %q) = %v, want %v", c.heading, c.title, got, c.want)
		}
	}
}

func TestIsCounter(t *testing.T) {
	for s, want := range map[string]bool{"3/12": true, "3 / 12": true, "3 of 12": true, "3 из 12": true, "3 12": false, "a/b": false, "2024/25 season": false,
		"image 2 of 5": true, "2of4": true, "foto 1 / 9": true, "chapter 2 of 5": false} {
		if got := isCounter(s); got != want {
			t.Errorf("isCounter(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestIsDateline(t *testing.T) {
	for s, want := range map[string]bool{
		"Published Monday, November 18, 2019 8:22AM EST": true,
		"segunda-feira, 22 de janeiro de 2018 às 0:13":   true,
		"12.03.2024":                 true,
		"Minato Times 4/2(水) 9:05":   true,  // a Japanese date, no year
		"4月2日（水）":                    true,  // full-width brackets
		"(月) の予定":                    false, // no date before the weekday
		"会議(水)で決定":                   false,
		"The council met on Monday.": false,
		"Flight 3456 was delayed":    false,
		"In 2019 the council voted to close the old bridge for repairs, and residents protested for weeks.": false,
		"Board: 2024-2025 Harbour Glide, 162 cm":                                                            false, // a span of years names a model's season
		"The 1998–2004 series":                                                                              false,
		"Season 2024/2025 tickets":                                                                          false,
		"2024-03-12":                                                                                        true, // a day, not a span
		"Updated 2024-2025 tables, 12 May 2025":                                                             true, // a date after the span
	} {
		if got := isDateline(s); got != want {
			t.Errorf("isDateline(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestDropLabels(t *testing.T) {
	body := Body{
		{Kind: Paragraph, Text: "The harbour reopened on Monday."},
		{Kind: Paragraph, Text: "Was this article helpful?"},
		{Kind: Heading, Level: 3, Text: "Related posts"},
		{Kind: List, Children: []Block{{Kind: Item, Text: "Share"}}},
		{Kind: Paragraph, Text: "Repairs took a week."},
	}
	got := dropLabels(body)
	if len(got) != 3 || got[0].Text != "The harbour reopened on Monday." || got[1].Kind != List || got[2].Text != "Repairs took a week." {
		t.Errorf("dropLabels = %+v, want the two story paragraphs and the list", got)
	}
}

func TestTableStyleNamesNoClutter(t *testing.T) {
	for src, want := range map[string]role{
		`<table class="ingredients table-header"><tr><td>x</td></tr></table>`: roleNone,
		`<table class="table-related"><tr><td>x</td></tr></table>`:            roleNone,
		`<table class="sidebar"><tr><td>x</td></tr></table>`:                  roleWeakClutter,
		// Outside tables the same shape still names a box.
		`<ul class="ul-related"><li>x</li></ul>`: roleWeakClutter,
	} {
		p := indexedAt(t, `<html><body>`+src+`</body></html>`, storyURL)
		n := p.Elements[len(p.Elements)-1]
		for _, e := range p.Elements {
			if e.Data == "table" || e.Data == "ul" {
				n = e
				break
			}
		}
		if got := classify(n, nameCache{}); got != want {
			t.Errorf("classify(%s) = %v, want %v", src, got, want)
		}
	}
}

func TestContentBlocks(t *testing.T) {
	cases := []struct {
		value string
		want  string // the names taken for a content block, space-separated
	}{
		{"article-widget article-widget-text", "article-widget article-widget-text"},
		{"article-widget-text article-widget", "article-widget article-widget-text"},
		{"page_module page_module_rich-text x", "page_module page_module_rich-text"},
		{"a-block a-block-image a-block-image", "a-block a-block-image"},
		{"article-widget article-widget-related", ""},
		{"article-wrapper article-wrapper-text", ""}, // no builder's block
		{"widget widget-text", ""},                   // a bare block word is no wrapper
		{"article-widget-text", ""},                  // half a pair
		{"a-widget a-widget--text", ""},
		{"", ""},
	}
	for _, c := range cases {
		got := contentBlocks(strings.Fields(c.value))
		want := strings.Fields(c.want)
		if len(got) != len(want) {
			t.Errorf("contentBlocks(%q) = %v, want %v", c.value, got, want)
			continue
		}
		for _, w := range want {
			if !got[w] {
				t.Errorf("contentBlocks(%q) = %v, want %v", c.value, got, want)
			}
		}
	}
}

// contentBlocks finds the same pairs as comparing every two names, the
// way it was first written.
func TestContentBlocksPairwise(t *testing.T) {
	pick := func(rng *rand.Rand, s ...string) string { return s[rng.Intn(len(s))] }
	rng := rand.New(rand.NewSource(1))
	pairs := 0
	for range 5000 {
		var names []string
		for range 1 + rng.Intn(6) {
			name := pick(rng, "article", "x", "page_x", "") + pick(rng, "-", "_", "--", "") + pick(rng, "widget", "block", "module", "wrapper")
			if rng.Intn(2) == 0 {
				name += pick(rng, "-", "_", "--") + pick(rng, "text", "rich-text", "image", "related", "")
			}
			names = append(names, name)
		}
		got := contentBlocks(names)
		pairs += len(got)
		for _, name := range names {
			if want := pairedBlock(name, names); got[name] != want {
				t.Fatalf("contentBlocks(%q)[%q] = %v, want %v", names, name, got[name], want)
			}
		}
	}
	if pairs == 0 {
		t.Fatal("no pairs generated")
	}
}

// pairedBlock is the pairwise reading contentBlocks replaced.
func pairedBlock(name string, names []string) bool {
	for _, other := range names {
		short, long := name, other
		if len(short) > len(long) {
			short, long = long, short
		}
		if other == name || !builderWrapper(short) || len(long) < len(short)+2 || !strings.HasPrefix(long, short) {
			continue
		}
		if sep := long[len(short)]; sep != '-' && sep != '_' {
			continue
		}
		if _, ok := contentKinds[long[len(short)+1:]]; ok {
			return true
		}
	}
	return false
}
