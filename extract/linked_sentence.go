package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// A story's opening sentence often links the names it mentions ("<a>Jane
// Roe</a> has left <a>the council</a>."), so that most of its text is
// link text: the shape of a "Read more: <a>headline</a>" line. What tells
// the sentence apart is the text after the first link: the sentence goes
// on between and after its links, a read-more line ends with its link or
// puts only a separator or a source name after it.

// minWordsAfterLink is the words outside links, after the first one, that
// make a link-heavy paragraph a sentence: more than a source name or a
// date ("Jane Roe, 3 May") after a linked headline.
const minWordsAfterLink = 4

// linkedSentence reports a paragraph whose text goes on for a few words
// outside links after its first link.
func linkedSentence(n *html.Node) bool {
	words, seen := 0, false
	var walk func(c *html.Node, depth int)
	walk = func(c *html.Node, depth int) {
		for ; c != nil && depth < maxCardDepth; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode && seen:
				words += countWords(c.Data)
			case c.Type != html.ElementNode || c.DataAtom == atom.Button || page.Invisible(c):
				// comments, controls and hidden text say nothing
			case c.DataAtom == atom.A:
				seen = true
			default:
				walk(c.FirstChild, depth+1)
			}
		}
	}
	walk(n.FirstChild, 0)
	return words >= minWordsAfterLink
}

// countWords counts the runs of s between spaces that hold a letter or a
// digit: separators ("|", "·") are no words.
func countWords(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if hasWordRune(f) {
			n++
		}
	}
	return n
}
