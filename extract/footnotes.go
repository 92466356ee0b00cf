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
	t := strings.TrimSpace(page.Text(a))
	if t == "" || len(t) > maxNoteDigits || strings.IndexFunc(t, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return "", false
	}
	return t, true
}

// isNoteMark reports a paragraph that is a footnote's number alone: "[1]".
func isNoteMark(s string) bool {
	inner, ok := strings.CutPrefix(strings.TrimSpace(s), "[")
	if inner, ok = strings.CutSuffix(inner, "]"); !ok || inner == "" || len(inner) > maxNoteDigits {
		return false
	}
	return strings.IndexFunc(inner, func(r rune) bool { return r < '0' || r > '9' }) < 0
}
