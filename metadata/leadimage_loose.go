package metadata

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minLooseStory is the loose text (runes directly in a picture's wrapper,
// outside any element) that makes a line of story: shorter is a label
// ("Video", "Enlarge") the picture's widget prints.
const minLooseStory = 25

// releaseLooseStory narrows a lead figure that was a plain wrapper holding
// the picture and lines of story written straight into it ("<div><a><img>
// </a><br>The council…", a blog post's body with a picture block among its
// lines) to the branch holding the picture, so the story stays in the
// body. A wrapper whose text was read as caption or credit is left whole.
func releaseLooseStory(node, pick *html.Node, caption, cr string) *html.Node {
	if node == pick || node.DataAtom == atom.Figure || caption != "" || cr != "" || looseRunes(node) < minLooseStory {
		return node
	}
	for c := pick; c.Parent != nil; c = c.Parent {
		if c.Parent == node {
			return c
		}
	}
	return node
}

// looseRunes counts the runes of n's own text nodes, outside its children
// elements.
func looseRunes(n *html.Node) int {
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			count += utf8.RuneCountInString(strings.TrimSpace(c.Data))
		}
	}
	return count
}
