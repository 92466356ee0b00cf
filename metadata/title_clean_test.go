package metadata

import "testing"

type cleanCase struct{ in, want string }

// checkCleanTitle runs cleanTitle over cases.
func checkCleanTitle(t *testing.T, sites []string, cases []cleanCase) {
	t.Helper()
	for _, c := range cases {
		if got := cleanTitle(c.in, sites); got != c.want {
			t.Errorf("cleanTitle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestStripDateDecoration(t *testing.T) {
	sites := []string{"Harbour Post"}
	cases := []cleanCase{
		{"Ferry timetable doubles : 31.10.2023, 10.19 Uhr", "Ferry timetable doubles"},
		{"23.01.2022 - Ferry timetable doubles - Harbour Post", "Ferry timetable doubles"},
		{"Ferry timetable doubles | Saturday, 4 November 2023", "Ferry timetable doubles"},
		{"Ferry timetable doubles -", "Ferry timetable doubles"},
		{"Ferry timetable doubles | ", "Ferry timetable doubles"},
		// A date that is the story's subject, or a clause with a date, stays.
		{"9 November 1989: the night the wall opened", "9 November 1989: the night the wall opened"},
		{"Ferry timetable doubles - from 1 May 2024 on", "Ferry timetable doubles - from 1 May 2024 on"},
		{"Review - 2023", "Review - 2023"},
		// A closing guillemet is no dangling separator.
		{"Le maire répond « sans délai »", "Le maire répond « sans délai »"},
	}
	checkCleanTitle(t, sites, cases)
}

func TestTitleJoinedKickerColon(t *testing.T) {
	// The kicker and its visually hidden colon sit in their own elements:
	// joined, they leave a space before the colon the publisher never typed.
	const h2 = `<h2 class="story-head"><span class="story-head__emphasis">Night ferries</span>
<span class="visually-hidden">: </span>
<span>Crossings resume after the storm</span></h2>`
	m := metaOf(t, `<html><head><meta property="og:title" content="Night ferries: Crossings resume after the storm"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Crossings resume after the storm"}</script></head><body>`+h2+`<p>x</p></body></html>`, "")
	if m.Title != "Night ferries: Crossings resume after the storm" {
		t.Errorf("title %q, want the colon as declared", m.Title)
	}
	// French typography declares the spaced colon and keeps it.
	m = metaOf(t, `<html><head><meta property="og:title" content="Pétition : les traversées de nuit reprennent"></head><body><h1>Pétition : les traversées de nuit reprennent</h1><p>x</p></body></html>`, "")
	if m.Title != "Pétition : les traversées de nuit reprennent" {
		t.Errorf("title %q, want the French spaced colon kept", m.Title)
	}
}

func TestTitleHeadingDecoratedByBrand(t *testing.T) {
	// The theme prints "Headline | Brand" in the <h1>; the declared
	// titles give the headline alone.
	m := metaOf(t, `<html><head><meta property="og:title" content="What the tide tables do not tell you"><title>What the tide tables do not tell you | HARBOURNOTES.NET</title></head><body><h1 class="title">What the tide tables do not tell you | COASTLINES.ORG</h1><p>x</p></body></html>`, "")
	if m.Title != "What the tide tables do not tell you" {
		t.Errorf("title %q, want the headline without the brand", m.Title)
	}
}

func TestTitleTopTitleKicker(t *testing.T) {
	m := metaOf(t, `<html><head><meta property="og:title" content="Ferry timetable doubles for the summer season - Harbour Post"></head><body><h1 class="entry-title"><span class="entry-title__toptitle">Island transport</span>
Ferry timetable doubles for the summer season</h1><p>x</p></body></html>`, "")
	if m.Title != "Ferry timetable doubles for the summer season" {
		t.Errorf("title %q, want the headline without the top title", m.Title)
	}
}

func TestTitleKickerLineInHeading(t *testing.T) {
	// The social title names the listing; the <title> and the <h1>
	// behind its long kicker give the story's headline.
	m := metaOf(t, `<html><head><title>Night ferries resume their winter timetable</title><meta property="og:title" content="Press releases"></head><body><h1><span>Press release of the department of transport and harbours</span> :<span>Night ferries resume their winter timetable</span></h1><p>x</p></body></html>`, "")
	if m.Title != "Night ferries resume their winter timetable" {
		t.Errorf("title %q, want the headline behind the kicker", m.Title)
	}
}

func TestTitleSiteLeadInDocTitle(t *testing.T) {
	// The <title> names the club in a longer form than the host, then the
	// headline, then two sections.
	m := metaOf(t, `<html><head><title>Harbour Rowers Club Eastport - New boats arrive for the youth crews - Club news - News</title></head><body><p>x</p></body></html>`, "https://harbour-rowers.example/modules/news/article.php?storyid=12")
	if m.Title != "New boats arrive for the youth crews" {
		t.Errorf("title %q, want the headline without the club and sections", m.Title)
	}
}

func TestTitleHeadingOverSiteTemplateTitle(t *testing.T) {
	// No structured title; the <title> is the template's "Menu entry -
	// Site": the page's one <h1> names the page.
	m := metaOf(t, `<html><head><title>History - St. Anne's Harbour Choir</title></head><body><h1>A century of singing by the harbour</h1><p>x</p></body></html>`, "https://www.harbourchoir.example/history.html")
	if m.Title != "A century of singing by the harbour" {
		t.Errorf("title %q, want the page's heading", m.Title)
	}
	// A social title repeating the template's menu entry is no headline.
	m = metaOf(t, `<html><head><title>About us - Harbour Choir</title><meta property="og:title" content="About us - Harbour Choir"><meta property="og:site_name" content="Harbour Choir"></head><body><h1>Singing by the water since 1921</h1><p>x</p></body></html>`, "https://www.harbourchoir.example/about/")
	if m.Title != "Singing by the water since 1921" {
		t.Errorf("title %q, want the page's heading", m.Title)
	}
	// A <title> without the site's name keeps its place.
	m = metaOf(t, `<html><head><title>History of the harbour choir</title></head><body><h1>Lorem</h1><p>x</p></body></html>`, "https://www.harbourchoir.example/history.html")
	if m.Title != "History of the harbour choir" {
		t.Errorf("title %q, want the <title>", m.Title)
	}
}

func TestTitleSecondedHeading(t *testing.T) {
	// The social title is a share prompt; the <title> tells the story of
	// the first <h1>, which wins.
	m := metaOf(t, `<html><head><meta property="og:title" content="Would you like to join Harbour Testers with me?"><title>Harbour Testers - Try the new all-weather rain jacket for coastal walks - Info</title></head><body><h1>Rainguard: try the new all-weather rain jacket for coastal walks</h1><h1>How it works</h1><p>x</p></body></html>`, "https://www.harbourtesters.example/campaigns/info/88/rainguard.htm")
	if m.Title != "Rainguard: try the new all-weather rain jacket for coastal walks" {
		t.Errorf("title %q, want the heading the <title> seconds", m.Title)
	}
	// Without a second source for the heading, the social title stays.
	m = metaOf(t, `<html><head><meta property="og:title" content="Coastal walks for the whole family this winter"></head><body><h1>Rainguard: try the new all-weather rain jacket for coastal walks</h1><h1>How it works</h1><p>x</p></body></html>`, "")
	if m.Title != "Coastal walks for the whole family this winter" {
		t.Errorf("title %q, want the declared title", m.Title)
	}
}

func TestTitleSiteTailForms(t *testing.T) {
	// A trailing part naming the host in a longer form.
	m := metaOf(t, `<html><head><title>Tidy cupboards | harbourwear ♥ Magazine</title></head><body><p>x</p></body></html>`, "https://www.harbourwear.example/magazine/tidy/")
	if m.Title != "Tidy cupboards" {
		t.Errorf("title %q, want the title without the magazine's name", m.Title)
	}
	// A site name of several words glued on without a space.
	if got := cleanTitle("Ferry Wash A7The Harbour Business Guide", []string{"The Harbour Business Guide"}); got != "Ferry Wash A7" {
		t.Errorf("cleanTitle = %q, want the glued name cut", got)
	}
	// A site name glued on after a joiner.
	if got := cleanTitle("A map of the tides「Tidely」:harbour開発日誌", []string{"harbour開発日誌"}); got != "A map of the tides「Tidely」" {
		t.Errorf("cleanTitle = %q, want the glued name cut", got)
	}
	// A headline ending in a one-word name, in the name after a space, or
	// in a compound with it, stays.
	for _, c := range []struct{ t, site string }{{"Why I left Harbourbook", "Harbourbook"}, {"Notes from The Harbour Guide", "The Harbour Guide"}, {"Life post-Harbourbook", "Harbourbook"}} {
		if got := cleanTitle(c.t, []string{c.site}); got != c.t {
			t.Errorf("cleanTitle(%q) = %q, want it whole", c.t, got)
		}
	}
}

func TestTitleHeadingWithSubtitleSpan(t *testing.T) {
	// The <h1> prints the headline and a subtitle in spans of their own:
	// the declared headline is whole, not cut short.
	const h1 = `<h1 class="heading-title"><span class="entry-title-primary">Harbour board skips the evening ferry vote</span> <span class="entry-subtitle">Fee-funded silence on the timetable</span></h1>`
	for _, head := range []string{
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour board skips the evening ferry vote"}</script>`,
		`<meta property="og:title" content="Harbour board skips the evening ferry vote">`,
	} {
		m := metaOf(t, `<html><head>`+head+`</head><body>`+h1+`<p>x</p></body></html>`, "")
		if m.Title != "Harbour board skips the evening ferry vote" {
			t.Errorf("title %q, want the headline without the subtitle", m.Title)
		}
	}
	// A heading continuing the declared headline in one run of text wins.
	m := metaOf(t, `<html><head><meta property="og:title" content="Harbour board skips the evening ferry vote"></head><body><h1>Harbour board skips the evening ferry vote for the third time</h1><p>x</p></body></html>`, "")
	if m.Title != "Harbour board skips the evening ferry vote for the third time" {
		t.Errorf("title %q, want the longer heading", m.Title)
	}
}

func TestTitleHeadingDateStamp(t *testing.T) {
	// The press room stamps the release day in front of every headline.
	m := metaOf(t, `<html><head><title>14.03.2024 - Ferry timetable doubles for the summer - Harbour Board</title><meta property="og:site_name" content="Harbour Board"></head><body><h2 class="headline">14.03.2024 - Ferry timetable doubles for the summer</h2><p>x</p></body></html>`, "")
	if m.Title != "Ferry timetable doubles for the summer" {
		t.Errorf("title %q, want the headline without the date", m.Title)
	}
}

func TestTitleNamedByHeading(t *testing.T) {
	// A holiday home's page: the <title> is "Name - tagline", the page
	// names the house in a lesser heading and has no headline <h1>.
	m := metaOf(t, `<html><head><title>Villa Azul - Holiday home in Florida with pool</title><meta property="og:title" content="Villa Azul - Holiday home in Florida with pool"></head><body><h1 class="logo-slot"></h1><h3>Villa Azul</h3><h2>Pool</h2><p>x</p></body></html>`, "")
	if m.Title != "Villa Azul" {
		t.Errorf("title %q, want the house's name", m.Title)
	}
	// Elsewhere the tagline is no decoration: the shorter side is not the
	// headline.
	if decoratedBy("Villa Azul - Holiday home in Florida with pool", "Villa Azul", false) {
		t.Error("decoratedBy: a short name before a longer tagline is not the headline")
	}
}

func TestTitleFirstOfSeveralH1s(t *testing.T) {
	const tail = `<h1>Love in your inbox: our newsletter!</h1><p>x</p></body></html>`
	// The story's <h1> comes first, a newsletter box's after it.
	m := metaOf(t, `<html><head><meta property="og:title" content="Petition : Keep the harbour choir singing, the last professional choir of the coast"></head><body><h1>Keep the harbour choir singing, the last professional choir of the coast</h1>`+tail, "")
	if m.Title != "Keep the harbour choir singing, the last professional choir of the coast" {
		t.Errorf("title %q, want the first <h1>", m.Title)
	}
	// A first <h1> of one word (a repository's name) is no headline.
	m = metaOf(t, `<html><head><meta property="og:title" content="harbourdev/tidetable: Print tide tables for any harbour (work in progress)"></head><body><h1>harbourdev/tidetable</h1>`+tail, "")
	if m.Title != "harbourdev/tidetable: Print tide tables for any harbour (work in progress)" {
		t.Errorf("title %q, want the declared title", m.Title)
	}
}

func TestTitleSiteInMiddle(t *testing.T) {
	sites := []string{"Harbour Post"}
	cases := []cleanCase{
		{"Winter gift guide | Harbour Post | Discover now!", "Winter gift guide"},
		{"Winter gift guide - Shops - Harbour Post - News", "Winter gift guide - Shops"},
		// A long part after the name is a headline of its own: no cut.
		{"Opinion | Harbour Post | Why the ferry must run all winter long", "Opinion | Harbour Post | Why the ferry must run all winter long"},
	}
	checkCleanTitle(t, sites, cases)
	// The campaign title gives way to the story's <h1>.
	m := metaOf(t, `<html><head><meta property="og:site_name" content="Harbour Post"><meta property="og:title" content="Winter gift guide | Harbour Post | Discover now!"></head><body><h1>My cosy home gift guide with the harbour shops</h1><h1>Love in your inbox: our newsletter!</h1><p>x</p></body></html>`, "")
	if m.Title != "My cosy home gift guide with the harbour shops" {
		t.Errorf("title %q, want the story's <h1>", m.Title)
	}
}

func TestMoreWordsThan(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want bool
	}{
		{"", 0, false},
		{"one", 0, true},
		{"  one  two ", 2, false},
		{"one two three", 2, true},
		{"\tone\ntwo", 1, true},
	} {
		if got := moreWordsThan(c.s, c.n); got != c.want {
			t.Errorf("moreWordsThan(%q, %d) = %v", c.s, c.n, got)
		}
	}
}
