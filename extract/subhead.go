package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// Some templates class the story's own subheads with the word their
// sidebar boxes use ("sidebar-title", "widget-heading"): a part of a name
// that marks furniture elsewhere. A heading set between two paragraphs of
// story text, as their sibling, is a subhead of the story whatever its
// class says; a box's heading heads a list, a teaser or a form.

// subhead reports a heading whose nearest element siblings on both sides
// are paragraphs of story text; raw holds story text before any clutter
// decision.
func (a *analysis) subhead(n *html.Node, raw []int32) bool {
	if !isHeading(n.DataAtom) {
		return false
	}
	return a.storyNeighbour(page.PrevElement(n), raw) && a.storyNeighbour(page.NextElement(n), raw)
}

// storyNeighbour reports a <p> holding story text.
func (a *analysis) storyNeighbour(n *html.Node, raw []int32) bool {
	if n == nil || n.DataAtom != atom.P {
		return false
	}
	j := a.p.Order(n)
	return j >= 0 && raw[j] > 0
}
