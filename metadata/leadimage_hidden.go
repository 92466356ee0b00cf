package metadata

import (
	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// screenReaderLabel reports a short element only assistive technology
// reads: a label such as "Image source, " before a credit, which a
// sighted reader never sees and which is no part of the caption.
func screenReaderLabel(n *html.Node) bool {
	return page.OffScreen(n) && page.RuneLen(page.Text(n)) <= page.MaxScreenReaderLabel
}

// unread reports elements whose text a caption leaves out: content that
// never shows, and labels only screen readers announce.
func unread(n *html.Node) bool {
	return concealed(n) || screenReaderLabel(n)
}
