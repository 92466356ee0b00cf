package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

func TestAnnouncesSitePage(t *testing.T) {
	for card, want := range map[string]bool{
		// A teaser: its picture links to another of the site's stories.
		`<a href="/2024/05/ferry-fares"><img src="/f.jpg"></a><h3>Ferry fares</h3><p>Excerpt.</p>`:                true,
		`<h3>Ferry fares</h3><p>Excerpt.</p><a href="https://www.blog.example/2024/05/ferry-fares">Read more</a>`: true,
		// A section: links lead off the site, to this page, or nowhere.
		`<h3>1 The reservoir</h3><p>A walk.</p><a href="https://trust.example/visit">More info</a>`:                     false,
		`<h3>2 The orchard</h3><p>A walk.</p><a href="#top">Back to top</a><a href="/2024/06/02/bridge-plan/">Link</a>`: false,
		`<h3>3 The canal</h3><p>A walk with no links at all.</p>`:                                                       false,
	} {
		p := indexedAt(t, `<html><body><article id="card">`+card+`</article></body></html>`, storyURL)
		a := newAnalysis(p, Options{}, Hints{})
		a.index()
		i := -1
		for j, e := range p.Elements {
			if e.Data == "article" {
				i = j
			}
		}
		if got := a.announcesSitePage(i); got != want {
			t.Errorf("announcesSitePage(%s) = %v, want %v", card, got, want)
		}
	}
	doc, _ := html.Parse(strings.NewReader(`<html><body><article><a href="https://trust.example/visit">More info</a></article></body></html>`))
	p, err := page.New(doc, nil, page.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	a := newAnalysis(p, Options{}, Hints{})
	a.index()
	if !a.announcesSitePage(p.Order(p.First(atom.Article))) {
		t.Error("without the page's address a card should keep its teaser reading")
	}
}
