package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxKickerRunes is the longest line read as a kicker above the headline:
// a section name or "see more from <section>", never a paragraph.
const maxKickerRunes = 80

// headlineAbove returns the position of the story's headline when it sits
// inside the selection above the story's text, or -1. A short line above
// it may read as story (four words make a unit), so the scan stops only at
// a story block longer than a kicker. One scan of the selection's range,
// done once per page.
func (a *analysis) headlineAbove(root int) int {
	end := root + int(a.size[root])
	for i := root + 1; i < end; i++ {
		n := a.p.Elements[i]
		if a.story[i] && a.p.Stats(n).Text > maxKickerRunes {
			return -1
		}
		if a.isHeadline(n) {
			return i
		}
	}
	return -1
}

// kicker reports a short text line that comes before the headline inside
// the story container without holding it: the section label or "more from"
// link a template sets over the title. A reader starts at the headline, so
// what stands above it is not the story's first paragraph. Pictures and
// their captions stay: a lead image may stand above the title.
func (a *analysis) kicker(i int, n *html.Node, sel selection) bool {
	h := sel.head
	if h < 0 || i >= h || i+int(a.size[i]) > h {
		return false
	}
	st := a.p.Stats(n)
	if st.Text == 0 || st.Text > maxKickerRunes || findImage(n, 0) != nil {
		return false
	}
	for p := n.Parent; p != nil && a.p.Order(p) > sel.root; p = p.Parent {
		if p.DataAtom == atom.Figure {
			return false
		}
	}
	// A caption beside its picture in a plain wrapper is the picture's.
	return n.Parent == nil || findImage(n.Parent, 0) == nil
}
