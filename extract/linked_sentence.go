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
// the sentence apart is the text around the links: the sentence goes on
// between and after its links, or starts in plain words and ends inside
// its link ("In May the couple <a>announced a third child.</a>"), or
// names a source and announces its quote ("<a>The Times</a> reported:").
// A read-more line puts a label before its link ("Read more:") and ends
// with it, or puts only a separator or a source name after it.

// minWordsAfterLink is the words outside links, after the first one, that
// make a link-heavy paragraph a sentence: more than a source name or a
// date ("Jane Roe, 3 May") after a linked headline.
const minWordsAfterLink = 4

// minWordsBeforeLink is the plain words before the first link that open
// a sentence rather than label a link: more than "Read more" or "See
// also".
const minWordsBeforeLink = 3

// labelEnds are the marks that end a label set before a link ("Read
// more:", "Also on the site »", "Video |").
const labelEnds = ":|»›>–—-/·•"

// linkedSentence reports a paragraph that reads as a sentence although
// most of its text is links.
func linkedSentence(n *html.Node) bool {
	var before strings.Builder
	after, afterLast, seen := 0, "", false
	var walk func(c *html.Node, depth int)
	walk = func(c *html.Node, depth int) {
		for ; c != nil && depth < maxCardDepth; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode && seen:
				after += countWords(c.Data)
				afterLast += c.Data
			case c.Type == html.TextNode:
				before.WriteString(c.Data)
			case c.Type != html.ElementNode || c.DataAtom == atom.Button || page.Invisible(c):
				// comments, controls and hidden text say nothing
			case c.DataAtom == atom.A:
				seen, afterLast = true, ""
			default:
				walk(c.FirstChild, depth+1)
			}
		}
	}
	walk(n.FirstChild, 0)
	if !seen {
		return false
	}
	return after >= minWordsAfterLink || leadsIntoLink(before.String(), page.Text(n)) || announcesQuote(afterLast)
}

// leadsIntoLink reports a sentence opened in plain words, not a label
// (no colon or separator right before the link), that ends inside its
// link with a full stop, a question or an exclamation mark.
func leadsIntoLink(before, all string) bool {
	before = strings.TrimSpace(before)
	if countWords(before) < minWordsBeforeLink || strings.ContainsAny(lastRuneString(before), labelEnds) {
		return false
	}
	all = strings.TrimSpace(all)
	return strings.HasSuffix(all, ".") || strings.HasSuffix(all, "?") || strings.HasSuffix(all, "!")
}

// announcesQuote reports the text after a paragraph's last link that
// names what the linked source did and announces it with a colon
// ("reported:", "wrote on its site:").
func announcesQuote(afterLast string) bool {
	t := strings.TrimSpace(afterLast)
	return countWords(t) >= 1 && strings.HasSuffix(t, ":")
}

// lastRuneString returns the last rune of s as a string, "" for "".
func lastRuneString(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return ""
	}
	return string(r[len(r)-1])
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
