package extract

// Footnotes: the marker in the text and the number before each note are
// in-page links showing a number alone. Set as a superscript or a hanging
// number, they would be glued to the words in plain text ("depend on
// it.1") or stand as a paragraph of their own; the body writes them "[1]"
// and opens each note's text with its number.

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// maxNoteDigits is the longest footnote number: notes run to hundreds at
// most.
const maxNoteDigits = 3

// noteNumber returns the number a footnote link shows: an in-page link
// ("#fn1", "#footnote-anchor-1") whose text is a number alone, as the
// marker in the text and the number before the note are set.
func noteNumber(a *html.Node) (string, bool) {
	if !strings.HasPrefix(strings.TrimSpace(page.Attr(a, "href")), "#") {
		return "", false
	}
	if t := strings.TrimSpace(page.Text(a)); isNoteDigits(t) {
		return t, true
	}
	return "", false
}

// isNoteMark reports a paragraph that is a footnote's number alone: "[1]".
func isNoteMark(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") && isNoteDigits(s[1:len(s)-1])
}

// isNoteDigits reports a footnote number: one to maxNoteDigits digits.
func isNoteDigits(s string) bool {
	return s != "" && len(s) <= maxNoteDigits && strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }) < 0
}
