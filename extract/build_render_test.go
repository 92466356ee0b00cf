package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sampleBody has one block of every kind, with inline markup.
func sampleBody() Body {
	return Body{
		{Kind: Heading, Level: 2, Text: "The harbour"},
		NewTextBlock(Paragraph, []Span{{Text: "Boats "}, {Text: "returned", Strong: true}, {Text: " at "},
			{Text: "dawn", Em: true}, {Text: ", says "}, {Text: "the office", URL: "https://port.example/"}, {Text: "."}}),
		{Kind: Paragraph, Text: "Line one\nline two"},
		{Kind: List, Children: []Block{
			{Kind: Item, Text: "Nets", Children: []Block{{Kind: List, Ordered: true, Children: []Block{{Kind: Item, Text: "Mended"}}}}},
			{Kind: Item, Text: "Ropes"}}},
		{Kind: Quote, Cite: "Rosa Vento", Children: []Block{{Kind: Paragraph, Text: "The sea gave us everything."}}},
		{Kind: Pre, Text: "x := 1\n\ty := 2"},
		{Kind: Table, HeaderRows: 1, Rows: [][]string{{"Boat", "Catch"}, {"Aurora", "40 kg"}}},
		{Kind: Figure, Image: &Image{URL: "https://img.example/a.jpg", Alt: "Boats", Caption: "Dawn at the quay.", Credit: "Lena Varga", Width: 800, Height: 600}},
	}
}

func TestRenderText(t *testing.T) {
	want := "The harbour\n\n" +
		"Boats returned at dawn, says the office.\n\n" +
		"Line one\nline two\n\n" +
		"Nets\n  Mended\nRopes\n\n" +
		"The sea gave us everything.\n\n— Rosa Vento\n\n" +
		"x := 1\n\ty := 2\n\n" +
		"Boat\tCatch\nAurora\t40 kg\n\n" +
		"Dawn at the quay."
	if diff := cmp.Diff(want, sampleBody().Text()); diff != "" {
		t.Errorf("Text differs (-want +got):\n%s", diff)
	}
}

func TestRenderMarkdown(t *testing.T) {
	want := "## The harbour\n\n" +
		"Boats **returned** at *dawn*, says [the office](https://port.example/).\n\n" +
		"Line one\\\nline two\n\n" +
		"- Nets\n  1. Mended\n- Ropes\n\n" +
		"> The sea gave us everything.\n>\n> — Rosa Vento\n\n" +
		"```\nx := 1\n\ty := 2\n```\n\n" +
		"| Boat | Catch |\n| --- | --- |\n| Aurora | 40 kg |\n\n" +
		"![Boats](https://img.example/a.jpg)\n\n*Dawn at the quay. (Lena Varga)*\n"
	if diff := cmp.Diff(want, sampleBody().Markdown()); diff != "" {
		t.Errorf("Markdown differs (-want +got):\n%s", diff)
	}
}

// TestRenderMarkdownEscapes: text the page shows never turns into
// Markdown structure, and links keep only safe destinations.
func TestRenderMarkdownEscapes(t *testing.T) {
	for _, c := range []struct {
		name string
		body Body
		want string
	}{
		{"bang before a link", Body{NewTextBlock(Paragraph, []Span{{Text: "Wow!"}, {Text: "News", URL: "https://n.example/"}})},
			"Wow\\![News](https://n.example/)\n"},
		{"entity written out", Body{{Kind: Paragraph, Text: "Write &amp; or &#42; in HTML; Q&A stays."}},
			"Write \\&amp; or \\&#42; in HTML; Q&A stays.\n"},
		{"backtick in code", Body{NewTextBlock(Paragraph, []Span{{Text: "Run "}, {Text: "a`b", Code: true}, {Text: " and "}, {Text: "`x`", Code: true}})},
			"Run ``a`b`` and `` `x` ``\n"},
		{"heading ending in #", Body{{Kind: Heading, Level: 2, Text: "Why we moved to C#"}},
			"## Why we moved to C\\#\n"},
		{"script link", Body{NewTextBlock(Paragraph, []Span{{Text: "Click", URL: "javascript:alert(1)"}, {Text: " or "}, {Text: "here", URL: "/relative/page"}})},
			"Click or [here](/relative/page)\n"},
		{"data image", Body{{Kind: Figure, Image: &Image{URL: "data:image/png;base64,AAAA", Caption: "A chart."}}},
			"*A chart.*\n"},
	} {
		if got := c.body.Markdown(); got != c.want {
			t.Errorf("%s: Markdown = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestRenderHTML(t *testing.T) {
	want := "<h2>The harbour</h2>\n" +
		`<p>Boats <strong>returned</strong> at <em>dawn</em>, says <a href="https://port.example/">the office</a>.</p>` + "\n" +
		"<p>Line one<br>line two</p>\n" +
		"<ul>\n<li>Nets\n<ol>\n<li>Mended</li>\n</ol>\n</li>\n<li>Ropes</li>\n</ul>\n" +
		"<blockquote>\n<p>The sea gave us everything.</p>\n<p><cite>Rosa Vento</cite></p>\n</blockquote>\n" +
		"<pre><code>x := 1\n\ty := 2</code></pre>\n" +
		"<table>\n<thead>\n<tr><th>Boat</th><th>Catch</th></tr>\n</thead>\n<tbody>\n<tr><td>Aurora</td><td>40 kg</td></tr>\n</tbody>\n</table>\n" +
		`<figure><img src="https://img.example/a.jpg" alt="Boats" width="800" height="600"><figcaption>Dawn at the quay. <small>Lena Varga</small></figcaption></figure>` + "\n"
	if diff := cmp.Diff(want, sampleBody().HTML()); diff != "" {
		t.Errorf("HTML differs (-want +got):\n%s", diff)
	}
}

// TestRenderBuiltBreaks checks that a line break built from <br> renders
// as a break in every form.
func TestRenderBuiltBreaks(t *testing.T) {
	body := buildHTML(t, `<p>One<br><b>two</b></p>`, Options{})
	if got, want := body.Text(), "One\ntwo"; got != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
	if got, want := body.Markdown(), "One\\\n**two**\n"; got != want {
		t.Errorf("Markdown = %q, want %q", got, want)
	}
	if got, want := body.HTML(), "<p>One<br><strong>two</strong></p>\n"; got != want {
		t.Errorf("HTML = %q, want %q", got, want)
	}
}

// TestRenderHTMLSanitised builds a hostile page and checks that nothing
// executable reaches the HTML rendering.
func TestRenderHTMLSanitised(t *testing.T) {
	src := `<div onclick="steal()"><script>alert(1)</script><style>p{}</style>
		<p onmouseover="x()">Click <a href="javascript:alert(2)">here</a> or <a href="JaVaScRiPt:alert(3)">there</a>
		or <a href="vbscript:msgbox">this</a> or <a href="data:text/html,<script>alert(4)</script>">that</a>.</p>
		<p>&lt;script&gt;alert(5)&lt;/script&gt; &lt;img src=x onerror=alert(6)&gt;</p>
		<img src="javascript:alert(7)"><img src="x.jpg" onerror="alert(8)" alt='"><script>alert(9)</script>'>
		<iframe src="javascript:alert(10)"></iframe><svg><script>alert(11)</script></svg>
		<blockquote cite="javascript:alert(12)"><p>Quoted.</p></blockquote>
		<table><tr><td onclick="x()">&lt;b onclick=y&gt;</td><td>2</td></tr></table></div>`
	out := buildHTML(t, src, Options{}).HTML()
	lower := strings.ToLower(out)
	for _, bad := range []string{"<script", "<style", "<iframe", "<svg", "javascript:", "vbscript:", "data:", "onclick", "onmouseover", "onerror=", " on"} {
		if bad == " on" {
			// An attribute starting with "on" would follow a space inside a tag.
			for _, tag := range strings.Split(lower, "<")[1:] {
				if end := strings.IndexByte(tag, '>'); end >= 0 && strings.Contains(tag[:end], " on") {
					t.Errorf("event handler in tag <%s>", tag[:end])
				}
			}
			continue
		}
		if strings.Contains(lower, bad) && !escapedOnly(lower, bad) {
			t.Errorf("HTML contains %q:\n%s", bad, out)
		}
	}
	if !strings.Contains(out, "&lt;script&gt;alert(5)") {
		t.Errorf("escaped text lost:\n%s", out)
	}
}

// escapedOnly reports whether every occurrence of bad in s sits in text
// the renderer escaped (after "&lt;" or inside an escaped attribute value),
// where it cannot run.
func escapedOnly(s, bad string) bool {
	for i := strings.Index(s, bad); i >= 0; {
		inTag := strings.LastIndexByte(s[:i], '<') > strings.LastIndexByte(s[:i], '>')
		if strings.HasPrefix(bad, "<") || inTag && !strings.Contains(s[strings.LastIndexByte(s[:i], '<'):i], `alt="`) {
			return false
		}
		next := strings.Index(s[i+1:], bad)
		if next < 0 {
			return true
		}
		i += 1 + next
	}
	return true
}

// A figure's credit is attribution: Text leaves it out, even when there is
// no caption; Markdown keeps it.
func TestRenderTextFigureCredit(t *testing.T) {
	body := Body{
		{Kind: Paragraph, Text: "Nets mended."},
		{Kind: Figure, Image: &Image{URL: "https://img.example/a.jpg", Credit: "Lena Varga"}},
	}
	if got := body.Text(); got != "Nets mended." {
		t.Errorf("Text = %q, want the story without the credit", got)
	}
	if md := body.Markdown(); !strings.Contains(md, "Lena Varga") {
		t.Errorf("Markdown lost the credit: %q", md)
	}
}

// An embedded post's permalink is not text a reader sees: Text leaves it
// out, Markdown and HTML keep it.
func TestRenderTextURLCite(t *testing.T) {
	body := Body{{Kind: Quote, Cite: "https://social.example/rosa/status/1", Children: []Block{{Kind: Paragraph, Text: "Nets mended."}}}}
	if got := body.Text(); got != "Nets mended." {
		t.Errorf("Text = %q, want the post without its address", got)
	}
	if md := body.Markdown(); !strings.Contains(md, "social.example") {
		t.Errorf("Markdown lost the address: %q", md)
	}
	if h := body.HTML(); !strings.Contains(h, "social.example") {
		t.Errorf("HTML lost the address: %q", h)
	}
}
