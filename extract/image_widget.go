package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// Component templates often set a story picture in a plain <div>, not a
// <figure>: the picture (in a wrapper or two), then its caption and its
// credit as unclassed paragraphs ("Image: …"). Read as flow, the caption
// and credit become loose paragraphs of the story. Such a block is a
// figure: the paragraphs are its caption.

// maxWidgetParas is the most paragraphs an image block's caption takes:
// the caption and the credit line.
const maxWidgetParas = 2

// imageWidget reports a <div> holding, first, one picture with no text
// beside it, then one or two short paragraphs and nothing else.
func (b *builder) imageWidget(n *html.Node) bool {
	if n.DataAtom != atom.Div || int(b.p.Stats(n).Text) > maxFigureText {
		return false
	}
	var first *html.Node // the first paragraph
	pictured, paras := false, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
		if c.Type != html.ElementNode || b.skip(c) || b.hidden(c) {
			continue
		}
		switch {
		case !pictured:
			// The picture comes first, alone: a wrapper with text is
			// more than a picture's frame.
			if findImage(c, 0) == nil || b.p.Stats(c).Text > 0 || notPicture(c) {
				return false
			}
			pictured = true
		case c.DataAtom == atom.P && findImage(c, 0) == nil && !hasChildAtom(c, atom.Br):
			// A caption is one line; a title and a line of text under
			// it make a tile of a feature grid.
			paras++
			if first == nil {
				first = c
			}
		default:
			return false
		}
	}
	if !pictured || paras == 0 || paras > maxWidgetParas {
		return false
	}
	// An intro paragraph whose words the alt text repeats is the story's
	// opening set beside a picture, not its caption.
	return !altAgrees(n, page.CollapseSpace(page.Text(first)), 0)
}

// hasChildAtom reports an element child of n with tag a.
func hasChildAtom(n *html.Node, a atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == a {
			return true
		}
	}
	return false
}
