package page

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Links, headings and siblings, as both packages read a card announcing
// another story (its first heading, the link in it, whether that link
// leads back to this page) and the elements around a line.

// SamePage reports whether u names the page at base: the same host,
// "www." aside, and the same path, a closing slash aside, whatever the
// scheme, query or fragment.
func SamePage(u, base *url.URL) bool {
	path := func(p string) string { return strings.TrimSuffix(p, "/") }
	return SameHost(u, base) && path(u.Path) == path(base.Path)
}

// SameHost reports whether u is on base's host, "www." aside.
func SameHost(u, base *url.URL) bool {
	host := func(h string) string { return strings.TrimPrefix(strings.ToLower(h), "www.") }
	return host(u.Host) == host(base.Host)
}

// IsHeading reports <h1> to <h6>.
func IsHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// FirstHeading returns the first heading below n, searching at most
// maxDepth levels down, or nil.
func FirstHeading(n *html.Node, maxDepth int) *html.Node {
	if maxDepth < 0 {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if IsHeading(c.DataAtom) {
			return c
		}
		if h := FirstHeading(c, maxDepth-1); h != nil {
			return h
		}
	}
	return nil
}

// IsLink reports an <a> with an href: a link the reader can follow, not a
// named anchor.
func IsLink(n *html.Node) bool {
	return n.Type == html.ElementNode && n.DataAtom == atom.A && HasAttr(n, "href")
}

// FirstLink returns the first <a href> below n, or nil.
func FirstLink(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if IsLink(c) {
			return c
		}
		if l := FirstLink(c); l != nil {
			return l
		}
	}
	return nil
}

// PrevElement returns the element sibling before n, or nil.
func PrevElement(n *html.Node) *html.Node {
	s := n.PrevSibling
	for s != nil && s.Type != html.ElementNode {
		s = s.PrevSibling
	}
	return s
}

// OnlyElement reports whether n has no element siblings.
func OnlyElement(n *html.Node) bool {
	return PrevElement(n) == nil && NextElement(n) == nil
}

// NextElement returns the element sibling after n, or nil.
func NextElement(n *html.Node) *html.Node {
	s := n.NextSibling
	for s != nil && s.Type != html.ElementNode {
		s = s.NextSibling
	}
	return s
}
