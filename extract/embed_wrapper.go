package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Templates wrap a post embedded in the story in a box of their own, and
// name the box with their word for any inserted block ("story-widget",
// "article-module"): a part of a name that marks furniture elsewhere. A
// box that holds nothing but the embedded post (and the platform's
// script) is the post, which the story quotes.

// maxEmbedWrappers is how many wrappers deep the post may sit in its box:
// templates nest an inner and a content <div> or two, never more.
const maxEmbedWrappers = 4

// wrapsEmbed reports an element whose only content, down a chain of
// single wrappers, is a post embedded from a social platform.
func wrapsEmbed(n *html.Node, depth int) bool {
	if hasClassToken(n, embedPostClasses) {
		return true
	}
	if depth >= maxEmbedWrappers {
		return false
	}
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && hasWordRune(c.Data):
			return false // text of the box's own
		case c.Type != html.ElementNode || c.DataAtom == atom.Script || c.DataAtom == atom.Noscript:
		case only != nil:
			return false
		default:
			only = c
		}
	}
	return only != nil && wrapsEmbed(only, depth+1)
}
