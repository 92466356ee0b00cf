package extract

import (
	"strings"
	"testing"
)

func TestIsNotice(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"© 2026 The Valley Courier. Reproduction in print or online without permission is not allowed.", true},
		{"Copyright 2026 Harbour Radio. All rights reserved.", true},
		{"Some links in this guide are affiliate links: if you buy through them, we may earn a commission.", true},
		{"Dieser Beitrag enthält Werbung für eine Buchhandlung in der Altstadt.", true},
		{"Gefällt dir unser Magazin? Dann unterstütze uns mit einem kleinen Betrag im Monat.", true},
		{"Follow the Courier on Facebook, Instagram and Mastodon for more local news.", true},
		{"Les opinions exprimées n'engagent que leur auteur.", true},
		{"¿Te gustó? Suscríbete a nuestro boletín semanal.", true},
		{"This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", true},
		{"Got a story? Email the newsdesk at tips@courier.example or send us your pictures.", true},
		{"Have a story for us? Email newsdesk@valley.example", true},
		{"Got a news tip? Call the desk on 0100 200 300.", true},
		{"Have you taken a picture you’d like to share? Email pictures@courier.example", true},
		{"She had one thing she said she'd like to share with the council.", false},
		{"For more stories like this, visit our Harbour page.", true},
		{"Reporting by Ana Ruiz in Lima; Editing by Paul Grant", true},
		{"(Writing by Lee Park; editing by Sam Cole)", true},
		{"The film's sharp editing by Ana Ruiz keeps the second half moving.", false},
		{"Staff writer Lee Okafor contributed to this report.", true},
		{"Mei Tanaka contributed reporting from Osaka.", true},
		{"– additional reporting by Sam Ortiz", true},
		{"Never miss a story: sign up for our daily newsletter, The Morning Tide.", true},
		{"Get the week's best reads delivered to your inbox every Friday.", true},
		{"Like gardening? Try our sister title, Green Plot, for seasonal advice.", true},
		{"Get Coast Weekly delivered through your letterbox: 12 issues for £20.", true},
		// The same words in story prose are no prompt.
		{"Leaflets about the new bins came through your letterbox last week.", false},
		{"They all have a story to tell.", false},
		{"He wrote letters to the editor for fifty years.", false},
		{"Das Virus ist zuerst bei Fledermäusen nachgewiesen worden.", false},
		{"Die Firma setzt auf maschinelle Übersetzung und will damit Kosten sparen.", false},
		{"Follow the Courier on Google News for our latest headlines.", true},
		{"Ikuti berita terbaru kami di Google News.", true},
		{"Zapraszamy do subskrypcji naszego tygodnika.", true},
		{"Please note that comments are moderated before they appear.", true},
		{"Il vous reste 64 % de cet article à lire. La suite est réservée aux abonnés.", true},
		{"Article réservé aux abonnés", true},
		{"The rest of this story is for subscribers only.", true},
		{"Der vollständige Artikel ist nur für Abonnenten verfügbar.", true},
		{"Follow our full coverage of the county elections at https://news.example/elections", true},
		{"Write to Dana Kerr at dana.kerr@example.com", true},
		{"Like this story? Share it with a friend!", true},
		{"You have been successfully subscribed!", true},
		{"There was a problem subscribing you to the newsletter. Please try again.", true},
		{"Deals change fast: prices are subject to change and stock may run out.", true},
		{"Get in touch with our newsroom by emailing tips@example.com.", true},
		{"We'd like to hear what you think about this story. Send us your letters to the editor.", true},
		{"Mit Agenturmaterial.", true},
		{"Alle aktuellen Entwicklungen finden Sie in unserem Liveblog:", true},
		{"Dieses Thema im Programm: Radio Nord | Nachrichten | 3. Mai 2026", true},
		{"Dieser Artikel ist zuerst bei unserem Partnermagazin erschienen.", true},
		{"Übersetzung: Eva Roth, Redaktion: Ben Kurz, Schlussredaktion: Ida Lang", true},
		{"（责编：王明）", true},
		{"Read every story for a small monthly fee. Invest in journalism, invest in your town.", true},
		{"Lust mitzumachen? Dann hinterlasse einfach einen Kommentar mit deinem Lieblingsbuch.", true},
		{"※コメントは個人の見解であり、記事提供社と関係はありません。", true},
		{"この記事は会員限定です。続きは会員登録でお読みいただけます。", true},
		{"Tide Notes is free and reader-supported. If you enjoyed this, forward it to a friend.", true},
		{"Comentários ofensivos não serão aprovados pelo moderador.", true},
		// A picture credit carries a copyright sign but no rights words.
		{"The ferry at dusk. © Jane Roe", false},
		// Story prose naming one network is not a prompt to follow.
		{"The mayor said she would follow the debate on Twitter from her office.", false},
		{"The union asked members to support the strike fund with donations.", false},
		// Longer notices, marked by wordings no story uses.
		{"If you enjoyed this article, we have a proposition for you: become a member. " + strings.Repeat("Members read every story without limits, join events with our writers and support the newsroom. ", 3), true},
		{"Bitte beachten: Aktien und Fonds schwanken im Wert. " + strings.Repeat("Ein Totalverlust des eingesetzten Kapitals ist möglich, frühere Erträge sind kein Maßstab für künftige. ", 3), true},
		{strings.Repeat("The club's members said the new fees had surprised them, and that many would leave. ", 4) + "If you enjoyed this season, the chair said, renew now.", false},
		// Writing to someone without an address is story prose.
		{"Write to the council, the mayor told residents, before the vote in May.", false},
		{"The paper promised full coverage of the trial.", false},
		// Naming the aggregator without asking to follow is story prose.
		{"Google News said it would change how it ranks local stories.", false},
		// Story prose about reporting is not a contributor line.
		{"The inquiry found that the reporting of the accident had been delayed.", false},
		// Too long for a notice: a story paragraph that mentions a newsletter.
		{strings.Repeat("The council's weekly newsletter said the bridge would close in spring. ", 6) + "Sign up here.", false},
	} {
		if got := isNotice(tc.in); got != tc.want {
			t.Errorf("isNotice(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestDropNoticesAtEdgesOnly(t *testing.T) {
	p := func(s string) Block { return Block{Kind: Paragraph, Text: s} }
	story := strings.Repeat("The ferry service resumed on Monday after a week of storms along the coast. ", 2)
	body := Body{
		p("This post contains affiliate links; we may earn a commission on purchases."),
		p(story),
		p("Readers can sign up here for the harbour office's tide alerts, the captain said."), // inside the story
		p(story),
		p("The other two boats return next week."),
		{Kind: Heading, Text: "Before you go"},
		p("If you value our reporting, please support our journalism with a monthly gift."),
		p("Photo: Jan Vos"),
		p("© 2026 Coast Weekly. All rights reserved. Reprinting without permission is prohibited."),
	}
	got := dropNotices(body)
	var texts []string
	for _, b := range got {
		texts = append(texts, b.Text)
	}
	want := []string{story, body[2].Text, story, "The other two boats return next week.", "Photo: Jan Vos"}
	if strings.Join(texts, "|") != strings.Join(want, "|") {
		t.Errorf("dropNotices kept\n%q\nwant\n%q", texts, want)
	}
}

// A short closing line whose full stop sits inside its quote is a
// sentence of the story, not the title of the notice box below it.
func TestDropNoticesKeepsQuotedLastSentence(t *testing.T) {
	p := func(s string) Block { return Block{Kind: Paragraph, Text: s} }
	story := strings.Repeat("The harbour master read the new rules aloud to the crews on the quay. ", 2)
	body := Body{p(story), p("‘And may the tides be kind to all of you this year.’"), p("Got a story? Email the newsdesk at tips@courier.example.")}
	got := dropNotices(body)
	if len(got) != 2 || got[1].Text != body[1].Text {
		t.Errorf("dropNotices kept %q, want the story and its quoted last line", got.Text())
	}
}

// A picture after the closing notice (a magazine cover, a logo) does not
// shield the notice above it.
func TestDropNoticesPassesOverAPicture(t *testing.T) {
	p := func(s string) Block { return Block{Kind: Paragraph, Text: s} }
	story := strings.Repeat("The harbour master read the new rules aloud to the crews on the quay. ", 2)
	body := Body{p(story), p("Subscribe to our newsletter for the week's tides."), {Kind: Figure, Image: &Image{URL: "https://example.org/cover.jpg"}}}
	got := dropNotices(body)
	if len(got) != 2 || got[0].Text != story || got[1].Kind != Figure {
		t.Errorf("dropNotices kept %q, want the story and the picture", got.Text())
	}
}

// A footnote or a web address above the closing notice ends the story;
// neither is the notice box's title.
func TestDropNoticesKeepsFootnoteAndAddress(t *testing.T) {
	p := func(s string) Block { return Block{Kind: Paragraph, Text: s} }
	story := strings.Repeat("The harbour master read the new rules aloud to the crews on the quay. ", 2)
	body := Body{p(story), p("* Times are local"), p("www.harbour-news.example"), p("Please note that comments are moderated.")}
	got := dropNotices(body)
	if len(got) != 3 {
		t.Errorf("dropNotices kept %q, want the story, the footnote and the address", got.Text())
	}
}

// A picture captioned with a promotion under the story is its banner; a
// picture with such a caption above the story stays.
func TestDropNoticesPromoBanner(t *testing.T) {
	p := func(s string) Block { return Block{Kind: Paragraph, Text: s} }
	fig := func(caption string) Block {
		return Block{Kind: Figure, Image: &Image{URL: "https://example.org/a.jpg", Caption: caption}}
	}
	story := strings.Repeat("The harbour master read the new rules aloud to the crews on the quay. ", 2)
	promo := "Love sailing? Subscribe to our sister title for charts and tides every month."
	got := dropNotices(Body{fig(promo), p(story), p(story), fig("The quay at dawn."), fig(promo)})
	if len(got) != 4 || got[0].Kind != Figure || got[3].Kind != Figure || got[3].Image.Caption != "The quay at dawn." {
		t.Errorf("dropNotices kept %d blocks: %q", len(got), got.Text())
	}
}

func TestDropNoticesKeepsANoticeOnlyBody(t *testing.T) {
	body := Body{{Kind: Paragraph, Text: "Copyright 2026 Harbour Radio. All rights reserved."}}
	if got := dropNotices(body); len(got) != 1 {
		t.Errorf("a body of one notice was emptied")
	}
}

func TestIsPointer(t *testing.T) {
	linked := func(text, link string) Block {
		return NewTextBlock(Paragraph, []Span{{Text: text}, {Text: link, URL: "https://example.org/guide"}})
	}
	for _, tc := range []struct {
		b    Block
		want bool
	}{
		{linked("Alles über Wanderschuhe findest du hier: ", "Ratgeber"), true},
		{linked("Which boots grip on ice? ", "Read more here"), true},
		// Without a link the words point nowhere.
		{Block{Kind: Paragraph, Text: "Alles über Wanderschuhe findest du hier."}, false},
		{linked("The council published its report on ", "the city website"), false},
	} {
		if got := isPointer(tc.b); got != tc.want {
			t.Errorf("isPointer(%q) = %v, want %v", tc.b.Text, got, tc.want)
		}
	}
}

// A Chinese story's paragraphs are short in characters; they are no short
// lines, so the closing editor's line after them is found and the story's
// last sentence, ended by a full-width stop, is no box title.
func TestDropNoticesCJKClosingEditorLine(t *testing.T) {
	p := func(s string) Block { return Block{Kind: Paragraph, Text: s} }
	body := Body{
		p("市住房和城乡建设局五日宣布，未来三年内全市将为两千个老旧小区加装电梯，预计惠及居民超过十万户。"),
		p("根据计划，加装电梯所需费用由政府补贴、居民出资和社会资本共同承担。"),
		p("据了解，全市已累计完成加装电梯三千余台。"),
		p("本文来源：晚报 责任编辑：张伟"),
	}
	got := dropNotices(body)
	if len(got) != 3 || got[2].Text != body[2].Text {
		t.Errorf("dropNotices kept %q, want the three story paragraphs", got.Text())
	}
}

func TestPrintedWidth(t *testing.T) {
	for in, want := range map[string]int{"Photo: Jan Vos": 14, "记者 李强 摄": 12, "기자": 4, "": 0} {
		if got := printedWidth(in); got != want {
			t.Errorf("printedWidth(%q) = %d, want %d", in, got, want)
		}
	}
}

// A closing prompt to follow the site on a messaging channel is a notice
// in Portuguese and Indonesian too; a bracketed Chinese sentence ends
// inside its full-width bracket and is no box title.
func TestNoticesMessagingPromptsAndFullWidthBrackets(t *testing.T) {
	for _, s := range []string{
		"📲 Receba as notícias do Portal Sul no WhatsApp",
		"Simak berita pilihan kami langsung di ponselmu lewat saluran WhatsApp.",
	} {
		if !isNotice(s) {
			t.Errorf("isNotice(%q) = false, want true", s)
		}
	}
	if isBoxTitle(Block{Kind: Paragraph, Text: "【本文版权归晚报所有，未经授权不得转载。】"}) {
		t.Error("a bracketed full sentence read as a box title")
	}
}
