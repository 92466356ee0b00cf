package metadata

import (
	"math/rand"
	"strings"
	"testing"
)

func TestCleanTitle(t *testing.T) {
	sites := []string{"The Example Times", "example.com", "example", "Dance Steps - Tango in Leipzig"}
	cases := []cleanCase{
		{"Harbour reopens | The Example Times", "Harbour reopens"},
		{"The Example Times - Harbour reopens after the storm", "Harbour reopens after the storm"},
		{"Harbour reopens — Example", "Harbour reopens"},
		{"Harbour reopens :: Example.com", "Harbour reopens"},
		{"EXAMPLE-Harbour reopens", "Harbour reopens"},
		{"Example: Harbour reopens after the long storm", "Harbour reopens after the long storm"},
		{"Harbour reopens | News | The Example Times", "Harbour reopens | News"},
		// Never cut a real title: no side names the site.
		{"Brexit: the deal - what it means", "Brexit: the deal - what it means"},
		{"9:30 train cancelled", "9:30 train cancelled"},
		{"The Example Times", "The Example Times"},
		{"Well-known writer-director dies", "Well-known writer-director dies"},
		// A site name holding a separator (a logo printing "Section -
		// Site") is matched whole; its last part alone is no site name.
		{"Cross step with a turn - Dance Steps - Tango in Leipzig", "Cross step with a turn"},
		{"Cross step with a turn - Tango in Leipzig", "Cross step with a turn - Tango in Leipzig"},
	}
	checkCleanTitle(t, sites, cases)
}

func TestTitleFromVisibleHeadline(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"decorated meta, h1 confirms",
			`<title>Harbour reopens after storm - Coastal Post</title><h1>Harbour reopens after storm</h1>`,
			"Harbour reopens after storm"},
		{"og:title equals h1",
			`<meta property="og:title" content="Harbour reopens after storm"><title>Coastal Post: news</title><h1>Harbour reopens after storm</h1>`,
			"Harbour reopens after storm"},
		{"logo h1 is not the headline",
			`<title>Silent Fields: Harvest begins early in the valley</title><h1><a href="/">Silent Fields</a></h1><h2>Harvest begins early in the valley</h2>`,
			"Harvest begins early in the valley"},
		{"kicker inside h1",
			`<meta property="og:title" content="Harvest begins early"><h1><span class="headline__kicker">Farming</span> <span>Harvest begins early</span></h1>`,
			"Harvest begins early"},
		{"lone h1 telling the same story",
			`<meta property="og:title" content="Harvest begins early: farmers react"><h1>Harvest begins early as farmers react to heat</h1>`,
			"Harvest begins early as farmers react to heat"},
		{"h1 about something else keeps the meta title",
			`<meta property="og:title" content="Harvest begins early in the valley"><h1>Weather</h1>`,
			"Harvest begins early in the valley"},
		{"truncated JSON-LD headline",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"A very long headline about the harvest that the CMS cut"}</script><h1>A very long headline about the harvest that the CMS cut at one hundred and ten characters</h1>`,
			"A very long headline about the harvest that the CMS cut at one hundred and ten characters"},
		{"JSON-LD name shown, headline field holds a description",
			`<script type="application/ld+json">{"@type":"Article","name":"Marsh harrier","headline":"bird of prey found in wetlands"}</script><title>Marsh harrier - Fieldpedia</title><h1>Marsh harrier</h1>`,
			"Marsh harrier"},
		{"JSON-LD headline differs from h1 without a name: headline kept",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour reopens after the storm"}</script><h1>Harbour open again</h1>`,
			"Harbour reopens after the storm"},
		{"JSON-LD headline with the kicker the page prints apart",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Night ferry: Crew rescued off the cape"}</script><meta property="og:title" content="Crew rescued off the cape"><p class="kicker">Night ferry</p><h1>Crew rescued off the cape</h1>`,
			"Crew rescued off the cape"},
		{"docs logo h1 linking to index.html is the site, not the headline",
			`<title>Rebasing Shared Drafts — quill manual for writers</title><h1><a href="index.html"><span>quill manual for writers</span></a></h1><h2>Rebasing Shared Drafts</h2>`,
			"Rebasing Shared Drafts"},
		{"kicker with a hidden separator inside h1",
			`<meta property="og:title" content="Ferries - Night crossings resume"><h1><span class="story__kicker">Ferries</span><span class="sr-only"> - </span><span>Night crossings resume</span></h1>`,
			"Night crossings resume"},
		{"JSON-LD headline joining the kicker marked inside h1",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferries: Night crossings resume"}</script><meta property="og:title" content="Ferries: Night crossings resume"><h1><span class="heading__kicker">Ferries</span><span class="sr-only">: </span><span>Night crossings resume</span></h1>`,
			"Night crossings resume"},
		{"a page titled only by its menu entry shows its headline",
			`<title>Home</title><h1><a href="https://video.example/v/1">Signing off, for now.</a></h1><p>Dear readers, this site stays as it is.</p>`,
			"Signing off, for now."},
		{"the page's quotes and dashes, not the meta tag's plain ones",
			`<meta property="og:title" content="Choir &quot;Evensong&quot; ends - after 40 years"><h1>Choir “Evensong” ends – after 40 years</h1>`,
			"Choir “Evensong” ends – after 40 years"},
		{"the JSON-LD headline's words with the heading's quotes",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Mayor says 'no' to the tower - again"}</script><h1>Mayor says ‘no’ to the tower – again</h1>`,
			"Mayor says ‘no’ to the tower – again"},
		{"small date line inside h1",
			`<meta property="og:title" content="Club season opens with a home win"><h1>Club season opens with a home win<br><small>03.04.2022 • Club news</small></h1>`,
			"Club season opens with a home win"},
		{"title tag written as a trail",
			`<title>Pond Notes » Blog Archive » Frogs return to the lower pond</title><p>x</p>`,
			"Frogs return to the lower pond"},
		{"title tag trail ending in a section stays whole",
			`<title>Pond Notes » Glossary</title><p>x</p>`,
			"Pond Notes » Glossary"},
		{"title tag with blog name and no site declared",
			`<title>Notes on pruning old apple trees | Orchard Diary</title><p>x</p>`,
			"Notes on pruning old apple trees"},
		{"unspaced site tail cut when a div prints the headline",
			`<title>村里的新图书馆开放了-晨光网</title><div class="h-title">村里的新图书馆开放了</div><p>x</p>`,
			"村里的新图书馆开放了"},
		{"unspaced tail kept when the page does not print the head",
			`<title>村里的新图书馆开放了-晨光网</title><p>x</p>`,
			"村里的新图书馆开放了-晨光网"},
		{"a head keeping a stray joiner is not the printed one",
			`<title>Word.Of.The.Week --pruning</title><div>Word.Of.The.Week</div><p>x</p>`,
			"Word.Of.The.Week --pruning"},
		{"a <title> with its page slot left blank gives way to the first subheading",
			`<title>Harbour Line Ferries -</title><h1 class="sifr"></h1><h2>Winter timetable and reduced crossings</h2><p>x</p><h2>Fares</h2>`,
			"Winter timetable and reduced crossings"},
		{"a <title> naming the page keeps it over a subheading",
			`<title>Harbour Line Ferries - Winter timetable</title><h2>Reduced crossings</h2><p>x</p>`,
			"Harbour Line Ferries - Winter timetable"},
		{"a blank slot with a headline <h1> keeps the <h1>",
			`<title>Harbour Line Ferries -</title><h1>Crossings resume on Monday</h1><h2>Fares</h2><p>x</p>`,
			"Crossings resume on Monday"},
		{"titles all naming the site give way to a block classed as the title",
			`<meta property="og:site_name" content="Lumen Magazine"><meta property="og:title" content="Lumen Magazine"><title>Lumen • Lumen Magazine</title><h1><a href="/">Lumen Magazine</a></h1><div class="title-text"><p>Between Two Tides</p></div><p>x</p>`,
			"Between Two Tides"},
		{"a title-classed block below the story's first paragraph is not the title",
			`<meta property="og:site_name" content="Lumen Magazine"><meta property="og:title" content="Lumen Magazine"><h1><a href="/">Lumen Magazine</a></h1><p>The ferry to the outer island runs twice a day, and only when the water allows it to cross.</p><h3 class="comment-reply-title">Leave a comment</h3>`,
			"Lumen Magazine"},
		{"JSON-LD headline joining a kicker set apart by a dash hidden from screen readers",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour and ferries – Night crossings resume"}</script><h1><span class="head__top">Harbour and ferries</span><span aria-hidden="true"> – </span><span class="head__text">Night crossings resume</span></h1>`,
			"Night crossings resume"},
		{"a hidden dash with a long clause before it is no kicker join",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"After nine quiet days on the water at last – night crossings resume"}</script><h1><span>After nine quiet days on the water at last</span><span aria-hidden="true"> – </span><span>night crossings resume</span></h1>`,
			"After nine quiet days on the water at last – night crossings resume"},
		{"JSON-LD headline running in a kicker the page prints apart with only a space",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"City archive The town's memory moves house"}</script><h1>The town's memory moves house</h1><div class="abstract"><strong>City archive</strong> After forty years in the cellar.</div>`,
			"The town's memory moves house"},
		{"a kicker joined with a colon is the declared headline's own form",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"City archive: The town's memory moves house"}</script><h1>The town's memory moves house</h1><div class="abstract"><strong>City archive</strong> After forty years in the cellar.</div>`,
			"City archive: The town's memory moves house"},
		{"a run-in prefix the page does not print apart stays",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"City archive The town's memory moves house"}</script><h1>The town's memory moves house</h1><p>After forty years in the cellar.</p>`,
			"City archive The town's memory moves house"},
		{"a declared title of its own keeps its place over a title-classed block",
			`<meta property="og:site_name" content="Lumen Magazine"><meta property="og:title" content="Weavers of the outer island"><div class="title-text"><p>Between Two Tides</p></div><p>x</p>`,
			"Weavers of the outer island"},
	}
	for _, c := range cases {
		if got := metaOf(t, "<html><head></head><body>"+c.src+"</body></html>", "").Title; got != c.want {
			t.Errorf("%s: title %q, want %q", c.name, got, c.want)
		}
	}
}

func TestTitleNeverTheURLNorAPage(t *testing.T) {
	// An <h2> closed by </h3> swallows the page; it must not become the title.
	long := ""
	for range 60 {
		long += "Words of the body run on and on. "
	}
	m := metaOf(t, `<html><body><h1>`+long+`</h1><p>x</p></body></html>`, "https://ex.com/some-slug-here")
	if m.Title != "" {
		t.Errorf("title %q from an overlong heading", m.Title)
	}
	m = metaOf(t, `<html><body><p>no title anywhere</p></body></html>`, "https://ex.com/some-slug-here")
	if m.Title != "" {
		t.Errorf("title %q, want none (never the URL)", m.Title)
	}
}

func TestTitleOwnsHeadline(t *testing.T) {
	p := pageOf(t, `<html><body><header><h1 id="hl">Harbour reopens</h1></header><p>Body text.</p></body></html>`)
	m := FromPage(p)
	found := false
	for _, n := range m.Owned {
		if n.Data == "h1" {
			found = true
		}
	}
	if m.Title != "Harbour reopens" || !found {
		t.Errorf("title %q, owned %d nodes, headline owned: %v", m.Title, len(m.Owned), found)
	}
}

func TestTitleLogoHeadingNotHeadline(t *testing.T) {
	m := metaOf(t, `<html><head><meta property="og:title" content="Autumn colours at the mountain campsite, part two :: Blogfarm Network ::"></head><body><h1 class="topbar__logo__title">Blogfarm Network</h1><p>x</p></body></html>`, "")
	if m.Title == "Blogfarm Network" {
		t.Errorf("title %q: a logo heading is not the headline", m.Title)
	}
}

func TestTitleJSONLDHeadlineWins(t *testing.T) {
	m := metaOf(t, `<html><head><meta property="og:title" content="Fire in the old mill: what we know"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Old mill fire brought under control overnight"}</script></head><body><h1>Fire in the old mill: what we know</h1><p>x</p></body></html>`, "")
	if m.Title != "Old mill fire brought under control overnight" {
		t.Errorf("title %q, want the JSON-LD headline", m.Title)
	}
	m = metaOf(t, `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Old mill fire brought under control..."}</script></head><body><h1>Old mill fire brought under control after a long night</h1><p>x</p></body></html>`, "")
	if m.Title != "Old mill fire brought under control after a long night" {
		t.Errorf("title %q, want the h1 continuing a cut JSON-LD headline", m.Title)
	}
}

func TestTitleKickerLeftToDeclaredHeadline(t *testing.T) {
	const head = `<meta property="og:title" content="Ferry timetable doubles for the summer season">`
	m := metaOf(t, `<html><head>`+head+`</head><body><h1>Island transport: Ferry timetable doubles for the summer season</h1><p>x</p></body></html>`, "")
	if m.Title != "Ferry timetable doubles for the summer season" {
		t.Errorf("title %q, want the declared headline without the kicker", m.Title)
	}
	// A long lead-in is part of the headline, not a kicker.
	m = metaOf(t, `<html><head>`+head+`</head><body><h1>What the harbour master told the council on Monday evening: Ferry timetable doubles for the summer season</h1><p>x</p></body></html>`, "")
	if !strings.HasPrefix(m.Title, "What the harbour master") {
		t.Errorf("title %q, want the whole headline", m.Title)
	}
	// Without a declared title that confirms it, the kicker stays.
	m = metaOf(t, `<html><body><h1>Island transport: Ferry timetable doubles for the summer season</h1><p>x</p></body></html>`, "")
	if m.Title != "Island transport: Ferry timetable doubles for the summer season" {
		t.Errorf("title %q, want the heading as shown", m.Title)
	}
}

func TestTitleBreadcrumbH1(t *testing.T) {
	const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares: what the new tariff costs commuters"}</script>`
	const og = `<meta property="og:title" content="Island commuters face steeper ferry fares from May">`
	const crumbs = `<nav class="breadcrumb"><ul><li><a href="/news/">News</a></li><li><h1 class="breadcrumb__headline">Ferry fares: what the new tariff costs commuters</h1></li></ul></nav>`
	// The trail's <h1> is the SEO title; the article prints the headline
	// the social title repeats.
	m := metaOf(t, `<html><head>`+ld+og+`</head><body>`+crumbs+`<article><h2><span class="title__kicker">Transport</span><span>Island commuters face steeper ferry fares from May</span></h2><p>x</p></article></body></html>`, "")
	if m.Title != "Island commuters face steeper ferry fares from May" {
		t.Errorf("title %q, want the article's heading over the trail's SEO title", m.Title)
	}
	// An <h1> outside the trail keeps the JSON-LD headline in charge.
	m = metaOf(t, `<html><head>`+ld+og+`</head><body><h1>Island commuters face steeper ferry fares from May</h1><p>x</p></body></html>`, "")
	if m.Title != "Ferry fares: what the new tariff costs commuters" {
		t.Errorf("title %q, want the JSON-LD headline", m.Title)
	}
}

func TestTitleDisputedDeclared(t *testing.T) {
	const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm damage: roofs torn off and roads flooded"}</script>`
	const page = `<header><p class="topline">Weather</p><h1>How the coast is repairing after the weekend storm</h1></header><section><h1>More from the coast</h1></section><p>x</p>`
	// The declared titles tell two stories, the page a third: it wins.
	m := metaOf(t, `<html><head>`+ld+`<meta property="og:title" content="When the wind came: a town counts the cost of the gale"></head><body>`+page+`</body></html>`, "")
	if m.Title != "How the coast is repairing after the weekend storm" {
		t.Errorf("title %q, want the visible headline", m.Title)
	}
	// Declared titles that agree keep the JSON-LD headline.
	m = metaOf(t, `<html><head>`+ld+`<meta property="og:title" content="Storm damage: roofs torn off, roads flooded"></head><body>`+page+`</body></html>`, "")
	if m.Title != "Storm damage: roofs torn off and roads flooded" {
		t.Errorf("title %q, want the JSON-LD headline", m.Title)
	}
	// A short social title ("Live") is a label, not a rival wording.
	m = metaOf(t, `<html><head>`+ld+`<meta property="og:title" content="Live"></head><body>`+page+`</body></html>`, "")
	if m.Title != "Storm damage: roofs torn off and roads flooded" {
		t.Errorf("title %q, want the JSON-LD headline", m.Title)
	}
}

// TestDecoratedBySlices: decoratedBy, which slices one fold of the title,
// agrees with splitting the title at each separator and folding both
// sides, on titles mixing separators, scripts and punctuation.
func TestDecoratedBySlices(t *testing.T) {
	byJoining := func(t, head string, named bool) bool {
		fh := fold(head)
		if fh == "" || fold(t) == fh {
			return false
		}
		for _, sep := range titleSeparators {
			if sep == ": " {
				continue
			}
			parts := strings.Split(t, sep)
			for i := 1; i < len(parts); i++ {
				left, right := fold(strings.Join(parts[:i], sep)), fold(strings.Join(parts[i:], sep))
				if left == fh && (len(left) >= len(right) || named && i == len(parts)-1) || right == fh && len(right) >= len(left) {
					return true
				}
			}
		}
		return false
	}
	pieces := []string{"Harbour", "reopens", "Küste", "新闻", "| ", " | ", " - ", " – ", "｜", "|", " » ", ": ", "’", "Site", "2026", " "}
	rng := rand.New(rand.NewSource(7))
	for range 5000 {
		var b strings.Builder
		for range 1 + rng.Intn(9) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		title := b.String()
		heads := []string{"Harbour reopens", "Site", "新闻", "Küste 2026", title}
		for _, head := range heads {
			for _, named := range []bool{false, true} {
				if got, want := decoratedBy(title, head, named), byJoining(title, head, named); got != want {
					t.Fatalf("decoratedBy(%q, %q, %v) = %v, splitting says %v", title, head, named, got, want)
				}
			}
		}
	}
}
