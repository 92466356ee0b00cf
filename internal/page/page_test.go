package page

import (
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func mustPage(t *testing.T, src, pageURL string) *Page {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	var u *url.URL
	if pageURL != "" {
		u, _ = url.Parse(pageURL)
	}
	p, err := New(doc, u, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestStats(t *testing.T) {
	p := mustPage(t, `<body><div id=story><p>One, two three.</p><p>Four <a href="/x">five six</a>.</p>`+
		`<script>var hidden = "text, text";</script><p style="display:none">Gone, gone.</p></div>`+
		`<div id=cjk><p>東京の天気、晴れ。</p></div></body>`, "")
	byID := func(id string) *html.Node {
		for _, n := range p.Elements {
			if Attr(n, "id") == id {
				return n
			}
		}
		t.Fatalf("no element #%s", id)
		return nil
	}
	story := p.Stats(byID("story"))
	want := Stats{Text: 29, LinkText: 8, Words: 6, Commas: 1, Paras: 2, Depth: 3}
	if story != want {
		t.Errorf("story stats = %+v, want %+v", story, want)
	}
	cjk := p.Stats(byID("cjk"))
	if cjk.Words != 7 || cjk.Commas != 1 {
		t.Errorf("CJK stats = %+v, want 7 words (one per ideograph or kana run) and 1 comma", cjk)
	}
	for _, n := range p.Elements {
		if n.DataAtom == atom.Script && !p.Stats(n).Hidden {
			t.Error("script not marked hidden")
		}
	}
	if d := p.MaxDepth(); d != 5 { // html, body, div, p, a
		t.Errorf("MaxDepth = %d, want 5", d)
	}
}

func TestScriptedLinkText(t *testing.T) {
	p := mustPage(t, `<body><ul id=jumps><li><a data-entry="4">Jump one</a></li><li><a onclick="go(2)">Jump two</a></li></ul>`+
		`<p id=anchor><a name="part2">Part two</a></p></body>`, "")
	for _, n := range p.Elements {
		switch Attr(n, "id") {
		case "jumps":
			if s := p.Stats(n); s.LinkText != s.Text {
				t.Errorf("jump list stats = %+v, want all text link text", s)
			}
		case "anchor":
			if s := p.Stats(n); s.LinkText != 0 {
				t.Errorf("named anchor stats = %+v, want no link text", s)
			}
		}
	}
}

func TestOrderAndFirst(t *testing.T) {
	p := mustPage(t, `<p>a</p><h1>b</h1><p>c</p>`, "")
	h1 := p.First(atom.H1)
	if h1 == nil || p.Order(h1) <= p.Order(p.First(atom.P)) {
		t.Fatalf("order of h1 = %d, first p = %d", p.Order(h1), p.Order(p.First(atom.P)))
	}
	if p.Order(&html.Node{}) != -1 {
		t.Error("Order of a foreign node is not -1")
	}
}

func TestResolve(t *testing.T) {
	p := mustPage(t, `<head><base href="/news/"></head><body></body>`, "https://example.test/a/b.html")
	tests := map[string]string{
		"pic.jpg":               "https://example.test/news/pic.jpg",
		"//cdn.example.test/x":  "https://cdn.example.test/x",
		"https://other.test/y":  "https://other.test/y",
		"javascript:alert(1)":   "",
		"data:image/gif;base64": "",
		"#top":                  "",
		"  ":                    "",
	}
	for ref, want := range tests {
		if got := p.Resolve(ref); got != want {
			t.Errorf("Resolve(%q) = %q, want %q", ref, got, want)
		}
	}
}

func TestLimits(t *testing.T) {
	doc, _ := html.Parse(strings.NewReader(strings.Repeat("<div>", 100)))
	if _, err := New(doc, nil, Limits{MaxDepth: 50}); err != ErrTooDeep {
		t.Errorf("depth: err = %v, want ErrTooDeep", err)
	}
	if _, err := New(doc, nil, Limits{MaxNodes: 50}); err != ErrTooManyNodes {
		t.Errorf("nodes: err = %v, want ErrTooManyNodes", err)
	}
}

func TestCountTags(t *testing.T) {
	if got := CountTags([]byte(`<p>a < b</p><!-- x --><br/><`)); got != 2 {
		t.Errorf("CountTags = %d, want 2 (p and br; not the close tag, comment or stray <)", got)
	}
}

func TestText(t *testing.T) {
	doc, _ := html.Parse(strings.NewReader(`<div>one<p>two</p>three<br>four<span> five </span><script>x</script></div>`))
	if got := Text(doc); got != "one two three four five" {
		t.Errorf("Text = %q", got)
	}
}

// TestASCIIClass checks countText's byte table against the classes it
// stands for.
func TestASCIIClass(t *testing.T) {
	for c := 0; c < 0x80; c++ {
		b := byte(c)
		want := asciiOther
		switch {
		case strings.IndexByte(" \n\t\r\f\v", b) >= 0:
			want = asciiSpace
		case 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9':
			want = asciiWord
		case b == ',':
			want = asciiComma
		}
		if int(asciiClass[b]) != want {
			t.Errorf("asciiClass[%q] = %d, want %d", b, asciiClass[b], want)
		}
	}
	if r, w, c := countText("  Hello, wide\tworld 42 "); r != 21 || w != 4 || c != 1 {
		t.Errorf("countText = %d, %d, %d; want 21, 4, 1", r, w, c)
	}
}
