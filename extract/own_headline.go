package extract

import (
	"github.com/newsextract/newsextract/internal/page"
)

// A blog template prints the post as one block among the page's columns:
// header, post, sidebar, footer. The post opens with its title, a heading
// that links to the post's own permalink, so the post (and the content
// column around it) reads as a short block under a linked heading among
// alike siblings: the shape of a teaser. A teaser's heading links to the
// story it announces, another page; the post's links to this one.

// headingLinksHere reports whether the heading at position h links to the
// page itself. It needs the page's address; without one nothing is known.
func (a *analysis) headingLinksHere(h int32) bool {
	if h <= 0 || a.p.URL == nil {
		return false
	}
	link := page.FirstLink(a.p.Elements[h])
	if link == nil {
		return false
	}
	target := a.p.Resolve(page.Attr(link, "href"))
	return target != "" && a.isThisPage(target)
}
