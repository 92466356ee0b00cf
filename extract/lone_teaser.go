package extract

import (
	"net/url"

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
	link := page.FirstLink(h)
	if link == nil {
		return false
	}
	target := a.p.Resolve(page.Attr(link, "href"))
	return target != "" && !a.isThisPage(target)
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

// isThisPage reports whether target, an address resolved against the
// page, names the page itself. The page's address must be known.
func (a *analysis) isThisPage(target string) bool {
	u, err := url.Parse(target)
	return err != nil || page.SamePage(u, a.p.URL) // unreadable: no evidence of another page
}
