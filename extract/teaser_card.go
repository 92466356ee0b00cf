package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// A teaser card announces one other story from inside this one: an
// <article> with a picture, a headline that links to the other story's
// page and a line or two of summary ("Live coverage: the latest on …").
// Cards in a row are caught as alike siblings (see rawStory); a card on
// its own has no siblings to compare, so it is told by its parts.

// minStoryBesideCard is the story text, in runes, a card's surroundings
// need besides the card for it to stand inside a story: a short story in
// an <article> of its own has none.
const minStoryBesideCard = 500

// maxCardLevels is how many wrappers up from a card the story's text may
// start.
const maxCardLevels = 4

// maxCardDepth bounds the search for a card's headline and picture: a
// card nests them a few wrappers deep, a story further.
const maxCardDepth = 8

// teaserCard reports an <article> that is a card announcing another
// story: short, set among story text, with a picture, and headed by a
// link to another page. raw holds story text before any clutter decision.
func (a *analysis) teaserCard(i int, n *html.Node, raw []int32) bool {
	if n.DataAtom != atom.Article || raw[i] >= maxTeaserText || a.liveBlog() || !a.amidStory(i, raw) {
		return false
	}
	if findImage(n, 0) == nil {
		return false
	}
	h := page.FirstHeading(n, maxCardDepth)
	return h != nil && a.linksAway(h, 0)
}

// amidStory reports whether one of the few wrappers above element i holds
// story text enough besides i's own.
func (a *analysis) amidStory(i int, raw []int32) bool {
	for j, k := a.parent[i], 0; j >= 0 && k < maxCardLevels; j, k = a.parent[j], k+1 {
		if raw[j]-raw[i] >= minStoryBesideCard {
			return true
		}
	}
	return false
}

// linksAway reports a link below n to another page than this one.
func (a *analysis) linksAway(n *html.Node, depth int) bool {
	if depth > maxCardDepth {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A {
			if href := page.Attr(c, "href"); !goesNowhere(href) && !a.leadsHere(href) {
				return true
			}
			continue
		}
		if a.linksAway(c, depth+1) {
			return true
		}
	}
	return false
}

// leadsHere reports an href that leads back to this page's own address: a
// post's headline linking to its permalink is no teaser.
func (a *analysis) leadsHere(href string) bool {
	return a.p.URL != nil && a.isThisPage(a.p.Resolve(href))
}
