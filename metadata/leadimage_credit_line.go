package metadata

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/credit"
	"github.com/newsextract/newsextract/internal/page"
)

// leadingCreditLine returns the inline element opening a caption on a line
// of its own, cut off by a <br>, when it holds only a name:
// <figcaption><span>The Daily Ledger</span><br>Crowds at …</figcaption>.
// Such a line is the picture's credit, printed above its caption.
func leadingCreditLine(caption *html.Node) *html.Node {
	if caption == nil {
		return nil
	}
	first := firstContent(caption)
	if first == nil || first.Type != html.ElementNode || !signatureElement(first.DataAtom) {
		return nil
	}
	br := first.NextSibling
	for br != nil && br.Type == html.TextNode && strings.TrimSpace(br.Data) == "" {
		br = br.NextSibling
	}
	if br == nil || br.Type != html.ElementNode || br.DataAtom != atom.Br || !followedByText(br) {
		return nil // no line break, or the name is all the caption holds
	}
	if !credit.NameOnly(page.CollapseSpace(page.Text(first))) {
		return nil
	}
	return first
}
