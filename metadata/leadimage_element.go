package metadata

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// isPicture reports an element that shows a picture: an <img>, or a custom
// element standing for one with its own address, as AMP pages and
// script-drawn storefronts print them (<amp-img src=…>, <x-image src=…>).
func isPicture(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if n.DataAtom == atom.Img {
		return true
	}
	if n.DataAtom != 0 || !strings.Contains(n.Data, "-") || page.Attr(n, "src") == "" {
		return false
	}
	return strings.HasSuffix(n.Data, "-img") || strings.HasSuffix(n.Data, "-image")
}
