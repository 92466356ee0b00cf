package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// maxFragments is the most parts of one story a layout splits it into
// that are looked for: a few rows between full-width ads, never a list.
const maxFragments = 8

// fragments finds the other parts of a story the page layout splits into
// rows, each in an element of the same tag and class as the chosen one
// ("story-text" in one layout row, the rest of the story in the next row
// below a full-width ad), too far apart for widen to join: without them the
// body loses its opening paragraphs or its end. A part must hold as much
// story text as a joining sibling (a "Subscribe" box of the same class
// does not), and stay within the same <article>, so that a
// next story stacked below is never joined. It returns the parts in
// document order and the element holding them all, or nil.
func (a *analysis) fragments(sel selection) (parts []int, root int) {
	chosen := a.p.Elements[sel.best]
	class := page.Attr(chosen, "class")
	if class == "" {
		return nil, sel.root
	}
	art := a.enclosing(sel.best, atom.Article)
	for i := 0; i < len(a.p.Elements); i++ {
		n := a.p.Elements[i]
		if i == sel.root {
			i += int(a.size[i]) - 1 // nothing of the selection is another part
			continue
		}
		if n.DataAtom != chosen.DataAtom || page.Attr(n, "class") != class || a.inside(sel.root, i) ||
			!a.joins(i) || a.enclosing(i, atom.Article) != art {
			continue
		}
		if parts = append(parts, i); len(parts) > maxFragments {
			return nil, sel.root
		}
	}
	if len(parts) == 0 {
		return nil, sel.root
	}
	root = sel.root
	for _, f := range parts {
		for !a.inside(f, root) {
			root = int(a.parent[root])
			if root < 0 || !wrapperTag(a.p.Elements[root].DataAtom) {
				return nil, sel.root
			}
		}
	}
	return parts, root
}

// enclosing returns the position of the nearest ancestor of i (i included)
// with tag t, or -1.
func (a *analysis) enclosing(i int, t atom.Atom) int {
	for ; i >= 0; i = int(a.parent[i]) {
		if a.p.Elements[i].DataAtom == t {
			return i
		}
	}
	return -1
}

// wrapperTag reports tags that only group blocks, so that the builder
// walks through them to the story's parts without reading them as a list
// or a table.
func wrapperTag(t atom.Atom) bool {
	switch t {
	case atom.Div, atom.Section, atom.Main, atom.Article, atom.Body:
		return true
	}
	return false
}

// partsSkipper wraps the selection's skipper for a story joined from
// parts below root: inside the selection or a part the usual rule holds;
// the wrappers leading down to them are walked through; all else is out.
func (a *analysis) partsSkipper(sel selection, parts []int, root int, inner func(*html.Node) bool) func(*html.Node) bool {
	return func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		i := a.p.Order(n)
		if i < 0 || i == root {
			return false
		}
		if a.inside(i, sel.root) {
			return inner(n)
		}
		for _, f := range parts {
			if a.inside(i, f) {
				return i != f && a.leaveOut(i, n, sel)
			}
			if a.inside(f, i) {
				return false
			}
		}
		return !a.inside(sel.root, i)
	}
}
