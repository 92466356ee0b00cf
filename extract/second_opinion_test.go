package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

func TestTheirSkipper(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><div id="c">
		<h1>Harbour reopens</h1>
		<p>The harbour reopened on Monday after a week of repairs to the outer wall.</p>
		<h3>Related posts</h3>
		<p>Advertisement</p>
	</div></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	p, err := page.New(doc, nil, page.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	var root *html.Node
	for _, n := range p.Elements {
		if page.Attr(n, "id") == "c" {
			root = n
		}
	}
	got := buildBody(p, root, theirSkipper(p, "Harbour reopens", true), Options{}).Text()
	if want := "The harbour reopened on Monday after a week of repairs to the outer wall."; got != want {
		t.Errorf("with phrases: %q, want %q", got, want)
	}
	if got := buildBody(p, root, theirSkipper(p, "Harbour reopens", false), Options{}).Text(); !strings.Contains(got, "Related posts") {
		t.Errorf("without phrases the labels stay: %q", got)
	}
}
