package extract

import (
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// Gallery and lead-picture templates write a picture's caption twice: in
// the <img alt> and in a caption block beside it, outside any <figure>
// ("li.gallery-item > div.img-wrap > img" and "div.caption"). When the
// picture is the lead image metadata reads, or a slide the builder does
// not keep, the caption block is left standing alone above the story and
// becomes its first paragraph. Its text repeating a nearby picture's alt
// text shows what it is.

// minOrphanCaption is the shortest caption compared with alt texts, in
// runes: short alts ("Photo", a name) say too little.
const minOrphanCaption = 20

// captionAgreement is how many opening runes of block and alt text must
// agree: enough to tell a caption from a sentence that starts alike, and
// no more, as the alt may go on with a credit and the block with a
// shortened copy of itself.
const captionAgreement = 60

// maxCaptionLevels is how far up from the caption block its picture's
// wrapper may sit: the caption's own div, the slide, the slide list.
const maxCaptionLevels = 3

// captionWrapperShare bounds the text of the wrapper shared by caption and
// picture, as a multiple of the caption's: a slide holds the caption, its
// shortened copy and a credit, never the story.
const captionWrapperShare = 3

// orphanCaption reports a block, named a caption, that opens as the alt
// text of a picture in a small wrapper it shares with it. The name
// matters: an intro paragraph may be copied into an alt text too.
func (a *analysis) orphanCaption(n *html.Node) bool {
	if !captionClassed(n) || a.p.Stats(n).Text < minOrphanCaption || findImage(n, 0) != nil {
		return false
	}
	t := page.CollapseSpace(page.Text(n))
	runes := utf8.RuneCountInString(t)
	anc := n.Parent
	for l := 0; l < maxCaptionLevels && anc != nil && anc.Type == html.ElementNode; l++ {
		if int(a.p.Stats(anc).Text) > captionWrapperShare*runes {
			return false
		}
		if altAgrees(anc, t, 0) {
			return true
		}
		anc = anc.Parent
	}
	return false
}

// altAgrees reports an <img> below n whose alt text opens as t does.
func altAgrees(n *html.Node, t string, depth int) bool {
	if depth > maxBuildDepth {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Img && sameOpening(t, page.CollapseSpace(page.Attr(c, "alt"))) {
			return true
		}
		if altAgrees(c, t, depth+1) {
			return true
		}
	}
	return false
}

// sameOpening reports two texts of at least minOrphanCaption runes whose
// first captionAgreement runes (or all of the shorter) are the same.
func sameOpening(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	n := min(len(ra), len(rb), captionAgreement)
	return n >= minOrphanCaption && string(ra[:n]) == string(rb[:n])
}

// captionClassed reports a caption class name on n or on its parent
// ("caption > caption-full").
func captionClassed(n *html.Node) bool {
	return hasClassHint(n, captionClassHints) || n.Parent != nil && hasClassHint(n.Parent, captionClassHints)
}
