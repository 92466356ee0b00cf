package extract

import (
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/page"
)

// livePost is one post of a live blog: a header with its time and title,
// then its own paragraphs.
func livePost(id, clock, title, topic string) string {
	return `<article class="post" id="` + id + `"><header class="post-header"><time datetime="2026-11-25T` + clock +
		`:00Z">` + clock + `</time><h3>` + title + `</h3></header><div class="post-body">` + storyPara(topic, 3) + `</div></article>`
}

func TestLivePostHeadersKeepTheirTitles(t *testing.T) {
	src := `<html><body><header class="site-header"><h1>Storm live</h1><time datetime="2026-11-25">25 November</time></header>
<main><div class="posts">` + livePost("p2", "14:10", "Ferries cancelled", "ferry") + livePost("p1", "09:30", "Roads closed", "road") +
		`</div></main></body></html>`
	// Metadata owns each post's header as the date line its <time> states.
	owned := func(p *page.Page) Hints {
		h := Hints{Title: "Storm live"}
		for _, n := range p.Elements {
			if n.Data == "header" && page.Attr(n, "class") == "post-header" {
				h.Skip = append(h.Skip, n)
			}
		}
		return h
	}
	text, r, err := extractText(t, src, Options{}, owned)
	if err != nil {
		t.Fatal(err)
	}
	headings := 0
	for _, b := range r.Body {
		if b.Kind == Heading {
			headings++
		}
	}
	if headings != 2 || !strings.Contains(text, "Ferries cancelled") || !strings.Contains(text, "Roads closed") {
		t.Errorf("want the two post titles as headings, got %d:\n%s", headings, text)
	}
	for _, bad := range []string{"14:10", "09:30", "25 November"} {
		if strings.Contains(text, bad) {
			t.Errorf("body keeps the time %q:\n%s", bad, text)
		}
	}
}

func TestPostHeadingRefusesOtherHeaders(t *testing.T) {
	for name, src := range map[string]string{
		"teaser without paragraphs": `<article><header id="h"><h3>Other story</h3><time>09:30</time></header></article>`,
		"page headline":             `<article><header id="h"><h1>The story</h1><time>09:30</time></header><p>Text.</p></article>`,
		"no time":                   `<article><header id="h"><h3>A title</h3></header><p>Text.</p></article>`,
		"not in an article":         `<div><header id="h"><h3>A title</h3><time>09:30</time></header><p>Text.</p></div>`,
		"byline box": `<article><header id="h"><h3>A title</h3><time>09:30</time><span>By a correspondent who covers the
			north coast, its weather and its ferries</span></header><p>Text.</p></article>`,
	} {
		p := indexHTML(t, `<html><body>`+src+`</body></html>`)
		a := newAnalysis(p, Options{}, Hints{})
		if h := a.postHeading(byID(p, "h")); h != nil {
			t.Errorf("%s: took %q for a post title", name, page.Text(h))
		}
	}
}
