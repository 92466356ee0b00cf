package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// A collapsible section (an FAQ's question and answer, a "pros and cons"
// fold) is a wrapper of two blocks: a header holding the one line that
// opens it, and the panel of text it folds. Templates name that line a
// "header" ("card-header", "fold_head", <header>), the word that marks
// the page's header elsewhere; above a panel of story text it is the
// section's heading.

// maxSectionHeaderRunes is the longest line a section's header holds: a
// question, not a paragraph.
const maxSectionHeaderRunes = 200

// sectionHeader reports a header at position i that opens a wrapper of
// two blocks, the other one holding story text (raw, before any clutter
// decision), with one line of its own that is neither a link nor the
// page's headline.
func (a *analysis) sectionHeader(i int, n *html.Node, raw []int32) bool {
	panel := page.NextElement(n)
	if panel == nil || page.PrevElement(n) != nil || page.NextElement(panel) != nil {
		return false
	}
	if j := a.p.Order(panel); j < 0 || raw[j] == 0 {
		return false
	}
	st := a.p.Stats(n)
	if st.Text == 0 || st.Text > maxSectionHeaderRunes || st.LinkText > 0 || st.Paras > 1 || holdsTag(n, atom.H1, 0) {
		return false
	}
	return !sameTitle(page.Text(n), a.hints.Title) && (togglesPanel(n, 0) || page.HasAttr(panel, "aria-labelledby"))
}

// toggleAttrs mark the control that opens and closes a fold.
var toggleAttrs = []string{"aria-expanded", "aria-controls", "data-toggle", "data-bs-toggle"}

// togglesPanel reports n or an element below it marked as a fold's
// control.
func togglesPanel(n *html.Node, depth int) bool {
	if depth > maxCardDepth {
		return false
	}
	for _, k := range toggleAttrs {
		if page.HasAttr(n, k) {
			return true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && togglesPanel(c, depth+1) {
			return true
		}
	}
	return false
}
