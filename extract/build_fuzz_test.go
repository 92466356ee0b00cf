package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

func FuzzBuildBody(f *testing.F) {
	for _, s := range []string{
		`<p>One <b>two</b><br><br>three</p><ul><li>a<ol><li>b</li></ol></li></ul>`,
		`<figure><picture><source srcset=", ,x 1w,,"><img data-srcset="a 2x, b"></picture><figcaption>c (Photo: d)</figcaption></figure>`,
		`<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table><pre>  a<br>b</pre>`,
		`<blockquote class="twitter-tweet"><p>t</p><a href="https://x.example/s/1">d</a></blockquote><noscript><img src=n.jpg></noscript>`,
		`<div><noscript>&lt;img src="a.jpg"&gt;</noscript><iframe src="https://www.youtube.com/embed/x"></iframe></div>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, opts := range []Options{{}, {OmitImages: true, OmitLinks: true, OmitTables: true}} {
			body := buildWith(t, src, opts, func(*html.Node) bool { return false })
			_ = body.Text() + body.Markdown() + body.HTML()
			for _, blk := range body {
				if blk.Spans != nil && spansText(blk.Spans) != blk.Text {
					t.Fatalf("Text and Spans disagree: %q", blk.Text)
				}
				if (blk.Kind == Paragraph || blk.Kind == Heading) && blk.Text != strings.TrimSpace(blk.Text) {
					t.Fatalf("untrimmed %s %q", blk.Kind, blk.Text)
				}
			}
		}
	})
}

// TestBuildDeepTree builds a tree nested far deeper than the parser allows,
// as a caller of ExtractNode may: the builder must neither overflow nor
// take long, and keeps the text within its depth bound.
func TestBuildDeepTree(t *testing.T) {
	doc := &html.Node{Type: html.DocumentNode}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	doc.AppendChild(body)
	n := body
	for range 100_000 {
		c := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		n.AppendChild(c)
		n = c
	}
	n.AppendChild(&html.Node{Type: html.TextNode, Data: "deep"})
	body.AppendChild(&html.Node{Type: html.TextNode, Data: "shallow"})
	p, err := page.New(doc, nil, page.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	got := buildBody(p, body, nil, Options{})
	if len(got) != 1 || got[0].Text != "shallow" {
		t.Errorf("got %+v, want only the shallow paragraph", got)
	}
}
