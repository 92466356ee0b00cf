package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// Page builders lay out "more from the blog" rows as columns, each holding
// one posts module with one <article>: a linked headline, a meta line and
// an excerpt. Alone in its parent, such an <article> escapes the alike-
// siblings reading of teasers, yet it announces another story just the
// same. What tells it from the story itself is where its headline links:
// a story's headline links to the story (or to nothing), a teaser's to
// another page.

// loneTeaser reports an <article> at position i, with raw story text raw
// and rawStory marks m, that is a teaser of another story standing alone.
// It needs the page's address to tell another page from this one.
func (a *analysis) loneTeaser(i int, n *html.Node, raw int32, m uint8) bool {
	// A teaser's own "post-content" or "hentry" may mark it a story, so
	// story names below it prove nothing; the page's headline does.
	if n.DataAtom != atom.Article || a.sectionArticles || a.p.URL == nil ||
		raw >= maxTeaserText || m&linkedHead == 0 || a.firstH1(i) >= 0 {
		return false
	}
	h := a.firstHeading(i)
	if h == nil || sameTitle(page.Text(h), a.hints.Title) {
		return false
	}
	link := firstLink(h)
	if link == nil {
		return false
	}
	target := a.p.Resolve(page.Attr(link, "href"))
	return target != "" && !samePage(target, a.p.URL)
}

// firstHeading returns the first heading below position i, or nil.
func (a *analysis) firstHeading(i int) *html.Node {
	end := i + int(a.size[i])
	for j := i + 1; j < end && j < len(a.p.Elements); j++ {
		if n := a.p.Elements[j]; isHeading(n.DataAtom) {
			return n
		}
	}
	return nil
}

// firstLink returns the first <a href> below n, or nil.
func firstLink(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A && page.HasAttr(c, "href") {
			return c
		}
		if l := firstLink(c); l != nil {
			return l
		}
	}
	return nil
}

// samePage reports whether target names the page at u: same host and
// path, whatever the scheme, query, fragment or closing slash.
func samePage(target string, u *url.URL) bool {
	t, err := url.Parse(target)
	if err != nil {
		return true // unreadable: not evidence of another page
	}
	host := func(h string) string { return strings.TrimPrefix(strings.ToLower(h), "www.") }
	path := func(p string) string { return strings.TrimSuffix(p, "/") }
	return host(t.Host) == host(u.Host) && path(t.Path) == path(u.Path)
}
