package extract

import (
	"net/url"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// A listicle sets each of its items in an <article> of its own: a
// picture, a numbered heading, a paragraph, an address or a link to the
// place it names. Alike <article> siblings without linked headings read
// as teasers, yet a teaser announces another page of the site and links
// to it somewhere (its picture, a "read more"). A card that links to no
// other page of the site announces none: it is a section of the story.

// maxCardLinkScan bounds the links looked at in one card.
const maxCardLinkScan = 64

// announcesSitePage reports whether the element at position i links to
// another page of the page's own site. Without the page's address it
// cannot tell, and says yes.
func (a *analysis) announcesSitePage(i int) bool {
	if a.p.URL == nil {
		return true
	}
	end := i + int(a.size[i])
	seen := 0
	for j := i + 1; j < end && j < len(a.p.Elements) && seen < maxCardLinkScan; j++ {
		n := a.p.Elements[j]
		if n.DataAtom != atom.A || !page.HasAttr(n, "href") {
			continue
		}
		seen++
		if a.sitePage(n) {
			return true
		}
	}
	return seen >= maxCardLinkScan
}

// sitePage reports a link to another page on the page's host.
func (a *analysis) sitePage(link *html.Node) bool {
	target := a.p.Resolve(page.Attr(link, "href"))
	if target == "" {
		return false
	}
	u, err := url.Parse(target)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && page.SameHost(u, a.p.URL) && !page.SamePage(u, a.p.URL)
}
