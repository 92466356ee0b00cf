package extract

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// A "read more" name marks two things: the link that leads to the rest of
// a story elsewhere, which is furniture, and the text a script folds away
// behind a "read more" expander on this page, which is the story itself.
// The link is a few words; the folded text is paragraphs long.

// minFoldedText is the story text, in runes, a block named for a read-more
// expander needs to be the folded text rather than the link: a sentence
// or two more than any link label.
const minFoldedText = 200

// readMoreNames are the name parts of read-more links and expanders.
var readMoreNames = []string{"readmore", "read-more", "read_more"}

// foldedText reports a block at position i named for a read-more
// expander whose own text is a long run of story text.
func (a *analysis) foldedText(i int, n *html.Node) bool {
	u := a.unit[i]
	if u.text-u.link < minFoldedText || !a.storyUnit(i, n) {
		return false
	}
	names := strings.ToLower(page.Attr(n, "class") + " " + page.Attr(n, "id"))
	for _, s := range readMoreNames {
		if strings.Contains(names, s) {
			return true
		}
	}
	return false
}
