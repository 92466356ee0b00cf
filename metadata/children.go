package metadata

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// Moving among an element's children and siblings, as the byline, dek
// and caption rules all do: what counts as content, the next element,
// the only element.

// isContent reports a child that is an element or non-blank text.
func isContent(c *html.Node) bool {
	return c.Type == html.ElementNode || c.Type == html.TextNode && strings.TrimSpace(c.Data) != ""
}

// firstContent returns n's first child that is an element or non-blank text.
func firstContent(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if isContent(c) {
			return c
		}
	}
	return nil
}

// lastContent returns n's last child that is an element or non-blank text.
func lastContent(n *html.Node) *html.Node {
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		if isContent(c) {
			return c
		}
	}
	return nil
}

// onlyElement reports whether n is the only element child of its parent,
// a wrapper the page drew around it alone.
func onlyElement(n *html.Node) bool {
	return n.Parent != nil && n.Parent.Type == html.ElementNode && page.OnlyElement(n)
}

// elementAfter returns the element after n, or after the wrapper n alone
// fills, up to wrapperLevels levels (<div><figure>…</figure></div>
// <figcaption>…</figcaption>, <div><h1>…</h1></div><h2>…</h2>).
func elementAfter(n *html.Node) *html.Node {
	c := page.NextElement(n)
	for level := 0; c == nil && level < wrapperLevels && onlyElement(n); level++ {
		n = n.Parent
		c = page.NextElement(n)
	}
	return c
}

// followedByText reports whether visible text follows n inside its parent.
func followedByText(n *html.Node) bool {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return true
		case c.Type == html.ElementNode && !page.Invisible(c) && strings.TrimSpace(page.Text(c)) != "":
			return true
		}
	}
	return false
}
