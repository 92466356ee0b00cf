package metadata

import (
	"time"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// maxDatelineLineRunes bounds a dateline the body may leave out: longer blocks hold
// more than the date (a wire dateline opening the first paragraph).
const maxDatelineLineRunes = 80

// datelines returns the short visible lines that state the chosen dates:
// the block around each visible candidate on the published or modified day,
// when that block is short and is not the headline's.
func (s *dateScan) datelines(published, modified time.Time) []*html.Node {
	var lines []*html.Node
	seen := map[*html.Node]bool{}
	for _, f := range s.found {
		if f.node == nil || !(sameDay(f.t, published) || sameDay(f.t, modified)) {
			continue
		}
		line := s.lineOf(f.node)
		if line == nil || seen[line] {
			continue
		}
		seen[line] = true
		lines = append(lines, line)
	}
	return lines
}

// sameDay reports whether a and b fall on the same calendar day, each in its
// own offset; a zero b matches nothing.
func sameDay(a, b time.Time) bool {
	if b.IsZero() {
		return false
	}
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// lineOf is the block element holding n (n itself when it is a block), if
// its text is short and it holds neither the headline nor the story.
func (s *dateScan) lineOf(n *html.Node) *html.Node {
	for n != nil && n.Type == html.ElementNode && !page.IsBlock(n.DataAtom) {
		n = n.Parent
	}
	if n == nil || n.Type != html.ElementNode || s.p.Stats(n).Text > maxDatelineLineRunes || s.p.Stats(n).Paras > 0 {
		return nil
	}
	if s.headNode != nil && page.Within(s.headNode, n) || s.story != nil && page.Within(s.story, n) {
		return nil
	}
	return n
}
