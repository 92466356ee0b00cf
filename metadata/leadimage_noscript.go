package metadata

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// maxNoscriptBytes bounds the <noscript> text parsed for a fallback
// picture: one <img> tag, not a whole page section.
const maxNoscriptBytes = 4000

// noscriptFallback returns the <img> a lazy-loading page prints in a
// <noscript> beside a placeholder picture, for readers without scripts:
// <img src="blank.gif" data-ctrl-image="…"><noscript><img src="real.jpg"></noscript>.
// Parsers with scripting on keep the <noscript> as text, so it is parsed
// here. It returns nil when there is none.
func noscriptFallback(img *html.Node) *html.Node {
	for s := img.NextSibling; s != nil; s = s.NextSibling {
		if s.Type != html.ElementNode {
			continue
		}
		if s.DataAtom != atom.Noscript {
			if page.IsPicture(s) {
				return nil // the next picture's fallback, not this one's
			}
			continue
		}
		// page.Text reads nothing in a <noscript> (it never shows): its
		// markup is the one text child the parser left.
		raw := ""
		if s.FirstChild != nil && s.FirstChild.Type == html.TextNode {
			raw = s.FirstChild.Data
		}
		if len(raw) > maxNoscriptBytes || !strings.Contains(raw, "<img") {
			return nil
		}
		nodes, err := html.ParseFragment(strings.NewReader(raw), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
		if err != nil {
			return nil
		}
		for _, n := range nodes {
			if f := firstImg(n); f != nil {
				return f
			}
		}
		return nil
	}
	return nil
}

// firstImg returns the first <img> at or below n.
func firstImg(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == atom.Img {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := firstImg(c); f != nil {
			return f
		}
	}
	return nil
}
