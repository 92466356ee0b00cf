package metadata

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/page"
)

// gluedTailJoiners join a <title>'s headline and a site name with no space
// between them ("标题-站点", "标题_站点", "Headline|Site"): CJK sites
// write titles without spaces, so the spaced separators never split them.
const gluedTailJoiners = titleTailJoiners + "_"

// maxGluedTailRunes is the longest tail after an unspaced joiner read as a
// site's name: names run a few characters ("新华网", "Site Online"); a
// longer tail is part of the headline.
const maxGluedTailRunes = 16

// maxGluedTailWords is the most words in such a tail: a name, not a
// clause.
const maxGluedTailWords = 3

// minPrintedHeadRunes is the shortest head matched against the page's
// elements: a word or two would find a menu entry or a label.
const minPrintedHeadRunes = 6

// printedHeadSlack is how far an element's rune count may stray from the
// head's and still be tested: the count takes white space runs as one.
const printedHeadSlack = 12

// printedTitleHead returns the part of a <title> before a short tail
// glued on without spaces when the page prints that part whole in one
// element: the headline printed in a styled <div> rather than a heading,
// the tail the site's name, which the page declares nowhere else. A tail
// the page prints with the head stays, and so does a title the page does
// not print.
func printedTitleHead(p *page.Page, t string) string {
	i := strings.LastIndexAny(t, gluedTailJoiners)
	if i <= 0 {
		return t
	}
	_, size := utf8.DecodeRuneInString(t[i:])
	if before, _ := utf8.DecodeLastRuneInString(t[:i]); unicode.IsSpace(before) {
		return t // a spaced joiner is the spaced separators' business
	}
	head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+size:])
	if tail == "" || page.RuneLen(tail) > maxGluedTailRunes || len(strings.Fields(tail)) > maxGluedTailWords ||
		page.RuneLen(head) < minPrintedHeadRunes || !hasWords(tail) || !hasWords(head) {
		return t
	}
	if printsWhole(p, head) {
		return head
	}
	return t
}

// printsWhole reports whether a visible element's whole text is s, to
// the letter: a fold would match a head that kept a stray joiner.
func printsWhole(p *page.Page, s string) bool {
	size := page.RuneLen(s)
	for _, n := range p.Elements {
		st := p.Stats(n)
		if st.Hidden || int(st.Text) > size+printedHeadSlack || int(st.Text) < size-printedHeadSlack {
			continue
		}
		if page.CollapseSpace(page.Text(n)) == s {
			return true
		}
	}
	return false
}
