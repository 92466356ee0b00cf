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
// class says; a box's heading heads a list, a teaser or a form. Where the
// template wraps each section, the subhead opens its wrapper (a picture
// may come before the paragraph) and the story's text stands in the
// wrapper before.

// subhead reports a heading with story text before it and a paragraph of
// story text after it; raw holds story text before any clutter decision.
func (a *analysis) subhead(n *html.Node, raw []int32) bool {
	if !isHeading(n.DataAtom) {
		return false
	}
	return a.storyBefore(n, raw) && a.storyAfter(n, raw)
}

// maxSubheadGap is how many elements without text (a picture, an empty
// caption) may stand between a subhead and the paragraph it heads.
const maxSubheadGap = 2

// storyBefore reports story text right before a heading: a paragraph as
// its sibling (past a box already left out or a button without story
// text, as a subscribe box or share button set between sections), or,
// for a heading that opens its section's wrapper, story text in the
// wrapper before (an empty ad slot between them aside).
func (a *analysis) storyBefore(n *html.Node, raw []int32) bool {
	if prev := page.PrevElement(n); prev != nil || n.Parent == nil {
		return a.storyNeighbour(a.pastFurniture(prev, raw), raw)
	}
	j := a.p.Order(a.pastEmpty(n.Parent, page.PrevElement))
	return j >= 0 && raw[j] > 0
}

// storyAfter reports a paragraph of story text after a heading, past at
// most maxSubheadGap elements without text.
func (a *analysis) storyAfter(n *html.Node, raw []int32) bool {
	return a.storyNeighbour(a.pastEmpty(n, page.NextElement), raw)
}

// pastEmpty steps from n to its sibling in one direction, past at most
// maxSubheadGap elements without text; nil when there is none.
func (a *analysis) pastEmpty(n *html.Node, step func(*html.Node) *html.Node) *html.Node {
	s := step(n)
	for k := 0; k < maxSubheadGap && s != nil && a.p.Stats(s).Text == 0; k++ {
		s = step(s)
	}
	return s
}

// pastFurniture steps back from s, a heading's previous sibling, past at
// most maxSubheadGap siblings that hold no story text or were already
// found to be furniture; those before the heading are decided before it.
func (a *analysis) pastFurniture(s *html.Node, raw []int32) *html.Node {
	for k := 0; k < maxSubheadGap && s != nil; k++ {
		j := a.p.Order(s)
		if j < 0 || raw[j] > 0 && !a.clutter[j] {
			break
		}
		s = page.PrevElement(s)
	}
	return s
}

// storyNeighbour reports a <p> holding story text.
func (a *analysis) storyNeighbour(n *html.Node, raw []int32) bool {
	if n == nil || n.DataAtom != atom.P {
		return false
	}
	j := a.p.Order(n)
	return j >= 0 && raw[j] > 0
}
