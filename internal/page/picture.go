package page

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// IsPicture reports an element that shows a picture: an <img>, or a custom
// element standing for one with its own address, as AMP pages and
// script-drawn storefronts print them (<amp-img src=…>, <x-image src=…>).
func IsPicture(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if n.DataAtom == atom.Img {
		return true
	}
	return CustomPicture(n)
}

// CustomPicture reports a custom element standing for a picture with its
// own address (<amp-img src=…>): its attributes are an <img>'s.
func CustomPicture(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != 0 || !strings.Contains(n.Data, "-") || Attr(n, "src") == "" {
		return false
	}
	return strings.HasSuffix(n.Data, "-img") || strings.HasSuffix(n.Data, "-image")
}
