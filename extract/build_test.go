package extract

import (
	"errors"
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// testPageURL is the address test pages pretend to come from.
const testPageURL = "https://news.example.com/world/story.html"

// buildHTML parses src, indexes it and builds the body of its <body>.
func buildHTML(t testing.TB, src string, opts Options) Body {
	t.Helper()
	return buildWith(t, src, opts, func(*html.Node) bool { return false })
}

// buildHTMLSkip is buildHTML with a skip function.
func buildHTMLSkip(t testing.TB, src string, skip func(*html.Node) bool) Body {
	t.Helper()
	return buildWith(t, src, Options{}, skip)
}

func buildWith(t testing.TB, src string, opts Options, skip func(*html.Node) bool) Body {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(testPageURL)
	p, err := page.New(doc, u, page.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	body := p.First(atom.Body)
	return buildBody(p, body, skip, opts)
}

// para is a plain paragraph block.
func para(text string) Block { return Block{Kind: Paragraph, Text: text} }

type buildCase struct {
	name string
	in   string
	opts Options
	want Body
}

func runBuildCases(t *testing.T, cases []buildCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := buildHTML(t, c.in, c.opts)
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("body differs (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBuildParagraphs(t *testing.T) {
	runBuildCases(t, []buildCase{
		{name: "simple", in: `<p>One.</p><p>Two.</p>`, want: Body{para("One."), para("Two.")}},
		{name: "whitespace folded", in: "<p>  A \n\t quiet\u00a0 morning.  </p>", want: Body{para("A quiet morning.")}},
		{name: "no glued words", in: `<div><span>Harbour</span><div>pilots</div>wait</div>`,
			want: Body{para("Harbour"), para("pilots"), para("wait")}},
		{name: "inline tags keep spaces", in: `<p>The <b>tide</b> <i>turned</i>.</p>`,
			want: Body{{Kind: Paragraph, Text: "The tide turned.", Spans: []Span{
				{Text: "The "}, {Text: "tide", Strong: true}, {Text: " "}, {Text: "turned", Em: true}, {Text: "."}}}}},
		{name: "text outside p", in: `<div>Loose text here.<p>Inside.</p>More loose.</div>`,
			want: Body{para("Loose text here."), para("Inside."), para("More loose.")}},
		{name: "single br", in: `<p>Line one<br>line two</p>`,
			want: Body{{Kind: Paragraph, Text: "Line one\nline two"}}},
		{name: "double br splits", in: `<div>First part.<br> <br>Second part.<br><br><br>Third.</div>`,
			want: Body{para("First part."), para("Second part."), para("Third.")}},
		{name: "br at edges dropped", in: `<p><br>Text<br></p>`, want: Body{para("Text")}},
		{name: "empty dropped", in: `<p> </p><p>—</p><p>Real.</p><div>  </div>`, want: Body{para("Real.")}},
		{name: "hidden skipped", in: `<p>Shown.</p><p style="display:none">Gone.</p><p>Also <span hidden>not</span>shown.</p><script>x()</script>`,
			want: Body{para("Shown."), para("Also shown.")}},
		{name: "zero width", in: "<p>co\u200boperate</p>", want: Body{para("cooperate")}},
		{name: "joiners and soft hyphens kept", in: "<p>می\u200cرساند Werk\u00adzeug</p>", want: Body{para("می\u200cرساند Werk\u00adzeug")}},
		{name: "ruby readings without parentheses dropped", in: `<p><ruby>川<rt>かわ</rt></ruby>の<ruby>水<rt>みず</rt></ruby>は冷たい。</p>`,
			want: Body{para("川の水は冷たい。")}},
		{name: "ruby readings with parentheses kept", in: `<p><ruby>川<rp>(</rp><rt>かわ</rt><rp>)</rp></ruby>は冷たい。</p>`,
			want: Body{para("川(かわ)は冷たい。")}},
	})
}

func TestBuildHeadings(t *testing.T) {
	runBuildCases(t, []buildCase{
		{name: "levels", in: `<h1>A</h1><h2>B</h2><h3>C</h3><h6>D</h6>`, want: Body{
			{Kind: Heading, Text: "A", Level: 2}, {Kind: Heading, Text: "B", Level: 2},
			{Kind: Heading, Text: "C", Level: 3}, {Kind: Heading, Text: "D", Level: 6}}},
		{name: "heading ends paragraph", in: `<div>Before<h3>Mid <div>dle</div></h3>after</div>`, want: Body{
			para("Before"), {Kind: Heading, Text: "Mid dle", Level: 3}, para("after")}},
		{name: "empty heading dropped", in: `<h2> <img src="x.png"> </h2><p>Body.</p>`, want: Body{para("Body.")}},
	})
}

func TestBuildLists(t *testing.T) {
	item := func(text string, kids ...Block) Block { return Block{Kind: Item, Text: text, Children: kids} }
	runBuildCases(t, []buildCase{
		{name: "unordered", in: `<ul><li>One</li><li> Two </li><li></li></ul>`,
			want: Body{{Kind: List, Children: []Block{item("One"), item("Two")}}}},
		{name: "ordered nested", in: `<ol><li>First<ul><li>Sub a</li><li>Sub b</li></ul></li><li>Second</li></ol>`,
			want: Body{{Kind: List, Ordered: true, Children: []Block{
				item("First", Block{Kind: List, Children: []Block{item("Sub a"), item("Sub b")}}),
				item("Second")}}}},
		{name: "paragraphs in item", in: `<ul><li><p>Para one</p><p>Para two</p></li></ul>`,
			want: Body{{Kind: List, Children: []Block{item("Para one\nPara two")}}}},
		{name: "stray wrapper", in: `<ul><div><li>Wrapped</li></div></ul>`,
			want: Body{{Kind: List, Children: []Block{item("Wrapped")}}}},
		{name: "empty list dropped", in: `<ul><li> </li></ul><p>After.</p>`, want: Body{para("After.")}},
		{name: "list ends paragraph", in: `<div>Intro<ul><li>x1</li></ul>outro</div>`,
			want: Body{para("Intro"), {Kind: List, Children: []Block{item("x1")}}, para("outro")}},
	})
}

func TestBuildItemlessListIsIndentedText(t *testing.T) {
	// Old hand-written pages indent quoted mail with a bare <ul>.
	got := buildHTML(t, `<p>A reader wrote:</p><ul><i>Have you tried turning it off?</i></ul><p>I have.</p>`, Options{})
	var texts []string
	for _, b := range got {
		texts = append(texts, string(b.Kind)+": "+b.Text)
	}
	want := []string{"paragraph: A reader wrote:", "paragraph: Have you tried turning it off?", "paragraph: I have."}
	if diff := cmp.Diff(want, texts); diff != "" {
		t.Errorf("blocks (-want +got):\n%s", diff)
	}
}

func TestBuildInlineExtras(t *testing.T) {
	runBuildCases(t, []buildCase{
		{name: "sentence glued across elements", in: `<p><span>Grey blazer.</span><span>Photo: Nina Bo</span> and <b>U.S.</b>army</p>`,
			want: Body{{Kind: Paragraph, Text: "Grey blazer. Photo: Nina Bo and U.S.army", Spans: []Span{{Text: "Grey blazer. Photo: Nina Bo and "}, {Text: "U.S.", Strong: true}, {Text: "army"}}}}},
		{name: "empty break spans", in: `<div>A Newborn Survives<span class="x br"></span><span class="br"></span>One case emerged.</div>`,
			want: Body{para("A Newborn Survives"), para("One case emerged.")}},
		{name: "q gets quotation marks", in: `<p>She said <q>soon</q>.</p>`, want: Body{para("She said “soon”.")}},
		{name: "emoji image reads as alt", in: `<p>Great news <img class="emoji" alt="🎉" src="/e.png"> today</p>`, want: Body{para("Great news 🎉 today")}},
		{name: "heading inside link keeps it", in: `<a href="/more"><h3>More</h3></a>`, want: Body{{Kind: Heading, Level: 3, Text: "More",
			Spans: []Span{{Text: "More", URL: "https://news.example.com/more"}}}}},
	})
}

// TestExtractTooDeep: a hand-built tree deeper than html.Parse builds is
// an error, as it is for the root package.
func TestExtractTooDeep(t *testing.T) {
	doc := &html.Node{Type: html.DocumentNode}
	cur := doc
	for range page.ParserDepth + 1 {
		n := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		cur.AppendChild(n)
		cur = n
	}
	cur.AppendChild(&html.Node{Type: html.TextNode, Data: strings.Repeat("Words of a story. ", 40)})
	if _, err := Extract(doc, nil, Options{}); !errors.Is(err, ErrTooDeep) {
		t.Fatalf("Extract of %d levels: err = %v, want ErrTooDeep", page.ParserDepth+1, err)
	}
}

func TestIsIcon(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"💡", true},
		{" ⚠️ ", true},
		{"▶", true},
		{"★★★★☆", false}, // a rating
		{"5 ★", false},
		{"Note", false},
		{"", false},
	} {
		if got := isIcon(c.s); got != c.want {
			t.Errorf("isIcon(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestIsBareCount(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"312", true},
		{"1.2K", true},
		{" 14 ", true},
		{"3 min", false},
		{"1234567", false},
		{"K9", false},
		{"", false},
	} {
		if got := isBareCount(c.s); got != c.want {
			t.Errorf("isBareCount(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
