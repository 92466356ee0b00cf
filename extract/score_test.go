package extract

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// TestMain measures our own choice: readeck's second opinion stays off in
// the unit tests (second_opinion_test.go turns it on where it is tested).
func TestMain(m *testing.M) {
	useSecondOpinion = false
	os.Exit(m.Run())
}

// storyPara is a story paragraph of n sentences, each different, so that
// tests can build pages of any length without copying text.
func storyPara(topic string, n int) string {
	var b strings.Builder
	b.WriteString("<p>")
	for i := 0; i < n; i++ {
		b.WriteString("The council said the " + topic + " plan, discussed again on day " + string(rune('a'+i%26)) + ", would need more time and money. ")
	}
	b.WriteString("</p>")
	return b.String()
}

func indexHTML(t *testing.T, src string) *page.Page {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	p, err := page.New(doc, nil, page.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// byID returns the element with the given id.
func byID(p *page.Page, id string) *html.Node {
	for _, n := range p.Elements {
		if page.Attr(n, "id") == id {
			return n
		}
	}
	return nil
}

func extractText(t *testing.T, src string, opts Options, hints func(*page.Page) Hints) (string, *Result, error) {
	t.Helper()
	p := indexHTML(t, src)
	h := Hints{}
	if hints != nil {
		h = hints(p)
	}
	r, err := FromPage(p, opts, h)
	if err != nil {
		return "", nil, err
	}
	return r.Body.Text(), r, nil
}

const navAndSidebar = `<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>`
const relatedBox = `<div class="related-stories"><h3>Related</h3><ul>
<li><a href="/a">Ferry timetable changes next month for island routes</a></li>
<li><a href="/b">Harbour master retires after thirty years of service</a></li>
<li><a href="/c">Fishing quotas set to change for the coming season</a></li></ul></div>`

func TestStoryContainerChosen(t *testing.T) {
	src := `<html><body>` + navAndSidebar + `<div id="main"><div class="story-body">` +
		storyPara("bridge", 4) + storyPara("tunnel", 3) + `<h2>What comes next</h2>` + storyPara("ferry", 3) +
		`</div>` + relatedBox + `</div><footer><p>Copyright the paper, all rights reserved, since many years ago.</p></footer></body></html>`
	text, r, err := extractText(t, src, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"bridge plan", "tunnel plan", "What comes next", "ferry plan"} {
		if !strings.Contains(text, want) {
			t.Errorf("body lacks %q:\n%s", want, text)
		}
	}
	for _, bad := range []string{"Harbour master", "World", "Copyright"} {
		if strings.Contains(text, bad) {
			t.Errorf("body has furniture %q:\n%s", bad, text)
		}
	}
	if r.Confidence <= 0 || r.Confidence > 1 {
		t.Errorf("confidence %v out of (0, 1]", r.Confidence)
	}
}

func TestLeadAndClosingParagraphsOutsideContainer(t *testing.T) {
	// The lead sits in its own box before the scored container; closing
	// paragraphs follow an inline ad in a second box.
	src := `<html><body><article><header><h1>Bridge to reopen</h1></header>
<div class="intro">` + storyPara("lead", 2) + `</div>
<div class="article-text">` + storyPara("bridge", 5) + storyPara("tunnel", 4) + `</div>
<div class="ad ad--inline"><p>Advertisement</p></div>
<div class="article-text-more">` + storyPara("closing", 3) + `</div>` + relatedBox + `</article></body></html>`
	text, _, err := extractText(t, src, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"lead plan", "bridge plan", "closing plan"} {
		if !strings.Contains(text, want) {
			t.Errorf("body lacks %q:\n%s", want, text)
		}
	}
	for _, bad := range []string{"Advertisement", "Harbour master", "Bridge to reopen"} {
		if strings.Contains(text, bad) {
			t.Errorf("body has %q:\n%s", bad, text)
		}
	}
}

func TestWrapperWithFurnitureNameKeepsStory(t *testing.T) {
	src := `<html><body><div class="content-with-sidebar-wrp"><div class="field-items">` +
		storyPara("bridge", 4) + storyPara("budget", 4) + `</div><div class="sidebar">` + relatedBox + `</div></div></body></html>`
	text, _, err := extractText(t, src, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "budget plan") || strings.Contains(text, "Harbour master") {
		t.Errorf("wrong body:\n%s", text)
	}
}

func TestTeasersLeftOut(t *testing.T) {
	teaser := func(i string) string {
		return `<article class="card"><h3><a href="/s` + i + `">Another story number ` + i + ` about the town</a></h3><p>A short summary of that other story, with a few words more.</p></article>`
	}
	src := `<html><body><main><div class="post">` + storyPara("bridge", 5) + storyPara("budget", 3) +
		`</div><section class="more">` + teaser("1") + teaser("2") + teaser("3") + teaser("4") + `</section></main></body></html>`
	text, _, err := extractText(t, src, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "budget plan") || strings.Contains(text, "other story") {
		t.Errorf("wrong body:\n%s", text)
	}
}

func TestHintsAndTitleLeftOut(t *testing.T) {
	src := `<html><body><div class="entry-content"><h1>Bridge to reopen in spring</h1>
<p id="dek">The repairs took two years and cost more than planned by the council.</p>
<p>By Jane Doe</p>` + storyPara("bridge", 4) + `<h2>Costs</h2>` + storyPara("budget", 3) + `</div></body></html>`
	hints := func(p *page.Page) Hints {
		return Hints{Title: "Bridge to reopen in spring", Skip: []*html.Node{byID(p, "dek")}, PageType: "article"}
	}
	text, _, err := extractText(t, src, Options{}, hints)
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"Bridge to reopen", "repairs took two years", "Jane Doe"} {
		if strings.Contains(text, bad) {
			t.Errorf("body has %q:\n%s", bad, text)
		}
	}
	if !strings.Contains(text, "Costs") {
		t.Errorf("story heading dropped:\n%s", text)
	}
}

func TestSkipHintHoldingTheStoryIgnored(t *testing.T) {
	// Metadata may take a one-paragraph story for the dek; the body keeps it.
	src := `<html><body><div class="article-body" id="body">` + storyPara("bridge", 3) + `</div>` + navAndSidebar + `</body></html>`
	hints := func(p *page.Page) Hints { return Hints{Skip: []*html.Node{byID(p, "body")}} }
	text, _, err := extractText(t, src, Options{}, hints)
	if err != nil || !strings.Contains(text, "bridge plan") {
		t.Errorf("story lost: %v %q", err, text)
	}
}

func TestGalleryLeftOut(t *testing.T) {
	slide := func(i string) string {
		return `<li><h2><span class="count">` + i + `/4</span> Slide title ` + i + `</h2><p>A caption for slide ` + i + ` that describes a photograph in some detail.</p></li>`
	}
	src := `<html><body><div class="article-body"><ul class="legends">` + slide("1") + slide("2") + slide("3") + slide("4") +
		`</ul>` + storyPara("bridge", 6) + storyPara("budget", 4) + `</div></body></html>`
	text, _, err := extractText(t, src, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(text, "Slide title") || !strings.Contains(text, "budget plan") {
		t.Errorf("wrong body:\n%s", text)
	}
}

func TestTreeUnchanged(t *testing.T) {
	src := `<html><body>` + navAndSidebar + `<article><div class="story-body">` + storyPara("bridge", 4) + `</div>` + relatedBox + `</article></body></html>`
	p := indexHTML(t, src)
	var before, after bytes.Buffer
	if err := html.Render(&before, p.Doc); err != nil {
		t.Fatal(err)
	}
	if _, err := FromPage(p, Options{}, Hints{}); err != nil {
		t.Fatal(err)
	}
	if err := html.Render(&after, p.Doc); err != nil {
		t.Fatal(err)
	}
	if before.String() != after.String() {
		t.Error("FromPage changed the tree")
	}
}

func TestFavorMovesTheLine(t *testing.T) {
	// A short paragraph in a sibling box: Recall and Balanced keep it,
	// Precision, which wants more text from a sibling, leaves it out.
	src := `<html><body><div><div class="note"><p>The council will publish the full cost report for the bridge works, and the ferry contract, next week on its website for everyone to read.</p><p>Residents can comment on the plans until the end of the month at the town hall or by post.</p></div>
<div class="story-body">` + storyPara("bridge", 6) + storyPara("budget", 5) + `</div></div></body></html>`
	got := map[Favor]string{}
	for _, f := range []Favor{Balanced, Precision, Recall} {
		text, _, err := extractText(t, src, Options{Favor: f}, nil)
		if err != nil {
			t.Fatal(err)
		}
		got[f] = text
	}
	if !strings.Contains(got[Recall], "cost report") || !strings.Contains(got[Balanced], "cost report") {
		t.Errorf("Recall/Balanced lost the sibling:\n%s\n---\n%s", got[Recall], got[Balanced])
	}
	if strings.Contains(got[Precision], "cost report") {
		t.Errorf("Precision kept the short sibling:\n%s", got[Precision])
	}
}

func TestLeadParagraphTakenForDekKept(t *testing.T) {
	// Metadata matched the first paragraph with the page description; it
	// is followed by the second paragraph, so it is the lead, not a dek.
	src := `<html><body><div class="story"><p id="lead">The old bridge reopens on Monday after two years of repairs, the council said on Friday evening.</p>` +
		storyPara("bridge", 3) + storyPara("budget", 2) + `</div></body></html>`
	hints := func(p *page.Page) Hints { return Hints{Skip: []*html.Node{byID(p, "lead")}} }
	text, _, err := extractText(t, src, Options{}, hints)
	if err != nil || !strings.HasPrefix(text, "The old bridge reopens") {
		t.Errorf("lead lost: %v %q", err, text)
	}
}

func TestDekKeptOnlyWhenItOpensTheStory(t *testing.T) {
	const dek = "The repairs took two years and cost more than planned by the council."
	cases := []struct {
		name, head string
		keep       bool
	}{
		{"under the headline", `<h1>Bridge to reopen in spring</h1><p id="dek">` + dek + `</p><p class="byline">By Jane Doe</p>`, false},
		{"in a header", `<header><h1>Bridge to reopen in spring</h1><div class="meta">May 4</div><p id="dek">` + dek + `</p></header>`, false},
		{"under an h2 headline", `<h2>Bridge to reopen in spring</h2><p id="dek">` + dek + `</p><figure><img src="/b.jpg"></figure>`, false},
		{"under a section heading", `<h2>Where things stand</h2><p id="dek">` + dek + `</p><figure><img src="/b.jpg"></figure>`, true},
		{"after the byline", `<h1>Bridge to reopen in spring</h1><div class="byline">By Jane Doe</div><p id="dek">` + dek + `</p><figure><img src="/b.jpg"></figure>`, true},
	}
	for _, c := range cases {
		src := `<html><body><article>` + c.head + storyPara("bridge", 4) + storyPara("budget", 3) + `</article>` + navAndSidebar + `</body></html>`
		hints := func(p *page.Page) Hints {
			return Hints{Title: "Bridge to reopen in spring", Dek: dek, Skip: []*html.Node{byID(p, "dek")}, PageType: "article"}
		}
		text, _, err := extractText(t, src, Options{}, hints)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(text, "repairs took two years"); got != c.keep {
			t.Errorf("%s: dek kept %v, want %v:\n%s", c.name, got, c.keep, text)
		}
	}
}

func TestSlideWrappedTeasersLeftOut(t *testing.T) {
	card := func(i string) string {
		return `<div class="k7"><article class="r2"><div class="x1">Analysis</div><h3><span>Harbour town budget number ` + i +
			`: </span><a href="/s` + i + `">Council votes again</a></h3><p>A short summary of that other story, with a few words more.</p></article></div>`
	}
	src := `<html><body><main><div class="q9">` + storyPara("bridge", 5) + storyPara("budget", 3) +
		`<section class="m4"><div class="v2">` + card("1") + card("2") + card("3") + card("4") + `</div></section></div></main></body></html>`
	text, _, err := extractText(t, src, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "budget plan") || strings.Contains(text, "other story") {
		t.Errorf("wrong body:\n%s", text)
	}
}

// TestShortLeadParagraphsJoin: opening paragraphs too short to join on
// their own still join when they lead straight into the story.
func TestShortLeadParagraphsJoin(t *testing.T) {
	lead1 := "Most readers never notice the tide tables printed on the back page of the harbour weekly."
	lead2 := "But the fishermen on the quay read them before anything else, every single week."
	// A strip of picture links inside the same wrapper costs it more than
	// its paragraphs earn, so the paragraphs are judged one by one.
	var strip strings.Builder
	for i := 0; i < 60; i++ {
		strip.WriteString(`<a href="/pictures/` + string(rune('a'+i%26)) + `">Pictures of the week from the harbour and the town</a> `)
	}
	src := `<html><body><main><div class="w7"><p>` + lead1 + `</p><p>` + lead2 + `</p>` +
		storyPara("bridge", 6) + `<h3>Next</h3>` + storyPara("budget", 5) + `<div class="g2">` + strip.String() + `</div>` +
		storyPara("harbour", 6) + `</div></main></body></html>`
	text, _, err := extractText(t, src, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(text, lead1) || !strings.Contains(text, lead2) || !strings.Contains(text, "harbour plan") {
		t.Errorf("wrong body:\n%s", text)
	}
}
