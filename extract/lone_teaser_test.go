package extract

import (
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// extractAt extracts src as the page at address u.
func extractAt(t *testing.T, src, u string) string {
	t.Helper()
	r, err := FromPage(indexedAt(t, src, u), Options{}, Hints{})
	if err != nil {
		t.Fatal(err)
	}
	return r.Body.Text()
}

// indexedAt parses and indexes src as the page at address u.
func indexedAt(t *testing.T, src, u string) *page.Page {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	pu, err := url.Parse(u)
	if err != nil {
		t.Fatal(err)
	}
	p, err := page.New(doc, pu, page.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// builderColumn is one column of a page builder's "more posts" row: a
// posts module holding a single <article> whose headline links to href.
func builderColumn(href, head, excerpt string) string {
	return `<div class="col-third"><div class="module posts"><article class="post hentry">` +
		`<h2 class="entry-title"><a href="` + href + `">` + head + `</a></h2>` +
		`<p class="post-meta">May 3 2024 | <a href="/category/city/">City</a></p>` +
		`<div class="post-content"><p>` + excerpt + `</p></div></article></div></div>`
}

const storyURL = "https://blog.example/2024/06/02/bridge-plan/"

func loneTeaserPage(href string) string {
	return `<html><body><div id="content"><article class="post hentry"><h1>Bridge plan stalls again</h1>` +
		`<div class="entry-content">` + storyPara("bridge", 4) + storyPara("tunnel", 3) + `</div></article>` +
		`<div class="row"><p>More about the city:</p></div><div class="row">` +
		builderColumn(href, "Ferry fares go up in autumn", "The ferry operator wants higher fares for the island routes after a costly winter season on the water.") +
		builderColumn("/2024/04/20/harbour-fees/", "Harbour fees under review", "Harbour fees have not changed for a decade, and the port board now wants a full review of every charge.") +
		builderColumn("/2024/03/11/quay-works/", "Quay works end early", "The works on the old quay ended two weeks early and well under budget, the contractor said on Friday.") +
		`</div></div></body></html>`
}

func TestLoneArticleTeasersLeftOut(t *testing.T) {
	text := extractAt(t, loneTeaserPage("/2024/05/03/ferry-fares/"), storyURL)
	if !strings.Contains(text, "bridge plan") || !strings.Contains(text, "tunnel plan") {
		t.Fatalf("body lost the story:\n%s", text)
	}
	for _, teaser := range []string{"ferry operator", "port board", "old quay"} {
		if strings.Contains(text, teaser) {
			t.Errorf("body keeps the teaser %q:\n%s", teaser, text)
		}
	}
}

func TestArticleLinkingToItselfIsNoTeaser(t *testing.T) {
	// A short post whose headline links to its own address is the story.
	src := `<html><body><div id="content"><article class="post"><h2><a href="` + storyURL + `">Bridge plan stalls</a></h2>` +
		storyPara("bridge", 3) + `</article><div class="sidebar"><p>About this blog.</p></div></div></body></html>`
	text := extractAt(t, src, storyURL)
	if !strings.Contains(text, "bridge plan") {
		t.Errorf("body lost the story:\n%s", text)
	}
}
