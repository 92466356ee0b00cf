package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/credit"
	"github.com/newsextract/newsextract/internal/page"
)

// maxFigureText is the most text, in runes, a figure may hold outside a
// caption element and still have it read as its caption; more means the
// <figure> wraps story text.
const maxFigureText = 400

// maxCaptionText is the most text, in runes, an element with a caption or
// credit class may hold; more means the class names a wrapper.
const maxCaptionText = 600

// figureParts is what one walk of a <figure> finds.
type figureParts struct {
	images    []*html.Node // <img> and <picture>, in order
	noscripts []*html.Node // fallbacks for lazy images
	captions  []*html.Node // figcaption and caption-classed elements
	credits   []*html.Node // credit-classed elements outside the captions
	quote     *html.Node   // a blockquote: the figure is a pull quote
	nested    bool         // a figure inside: the outer one is a gallery
	other     bool         // a player, frame, drawing or heading: more than a picture
}

// collect fills parts from n's subtree.
func (b *builder) collect(n *html.Node, parts *figureParts, depth int) {
	if depth > maxBuildDepth {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		// A credit class ("…-Copyright") names furniture elsewhere on
		// the page; inside a figure it is the picture's credit.
		if c.Type != html.ElementNode || b.skip(c) && !b.isCredit(c) {
			continue
		}
		if b.hidden(c) {
			if c.DataAtom == atom.Noscript && !page.HiddenByAttr(c) {
				parts.noscripts = append(parts.noscripts, c)
			}
			continue
		}
		switch {
		case c.DataAtom == atom.Img || c.DataAtom == atom.Picture || page.CustomPicture(c):
			if !mediaAlternate(c) {
				parts.images = append(parts.images, c)
			}
		case c.DataAtom == atom.Figure:
			parts.nested = true
		case notPicture(c):
			parts.other = true
		case c.DataAtom == atom.Blockquote:
			parts.quote = c
		case c.DataAtom == atom.Figcaption || b.isCaption(c):
			parts.captions = append(parts.captions, c)
		case b.isCredit(c) || c.DataAtom == atom.Cite || c.DataAtom == atom.Small:
			// <cite> and <small> set beside a caption hold the credit.
			parts.credits = append(parts.credits, c)
		default:
			b.collect(c, parts, depth+1)
		}
	}
}

// isCaption reports a small element whose class says it is a caption.
func (b *builder) isCaption(n *html.Node) bool {
	return hasClassHint(n, captionClassHints) && int(b.p.Stats(n).Text) <= maxCaptionText && findImage(n, 0) == nil
}

// isCredit reports a small element that names a picture's author or owner.
func (b *builder) isCredit(n *html.Node) bool {
	if int(b.p.Stats(n).Text) > maxCaptionText {
		return false
	}
	if hasClassHint(n, creditClassHints) {
		return findImage(n, 0) == nil
	}
	prop := page.Attr(n, "itemprop")
	for _, p := range creditItemprops {
		if strings.EqualFold(prop, p) {
			return true
		}
	}
	return false
}

// figure handles <figure>: a picture with caption and credit, a pull quote,
// or a wrapper (gallery, embed, story text) walked as flow.
func (b *builder) figure(n *html.Node) {
	var parts figureParts
	b.collect(n, &parts, 0)
	switch {
	case parts.nested:
		b.generic(n, format{})
		return
	case len(parts.images) == 0 && len(parts.noscripts) == 0 && parts.quote != nil:
		cite := ""
		if len(parts.captions) > 0 {
			cite = page.Text(parts.captions[0])
		}
		b.quote(parts.quote, cite)
		return
	}
	var images []Image
	for _, el := range parts.images {
		if im, ok := b.imageOf(el); ok {
			images = append(images, im)
		}
	}
	for i := 0; len(images) == 0 && i < len(parts.noscripts); i++ {
		if im, ok := b.noscriptImage(parts.noscripts[i]); ok {
			images = append(images, im)
		}
	}
	if len(images) == 0 {
		if im, ok := b.declaredPicture(n); ok {
			images = append(images, im)
		}
	}
	if len(images) == 0 {
		if !b.pictureLost(n, &parts) {
			b.generic(n, format{})
		}
		return
	}
	if b.linkCard(n, parts.images) {
		return
	}
	caption, credits := b.captionOf(n, &parts)
	if len(parts.captions) == 0 && page.RuneLen(caption) > maxFigureText {
		b.generic(n, format{})
		return
	}
	b.flush()
	if b.opts.OmitImages {
		return
	}
	last := &images[len(images)-1]
	last.Caption, last.Credit = splitCredit(caption, credits)
	for i := range images {
		b.emit(Block{Kind: Figure, Image: &images[i]})
	}
}

// minLinkCardText is the least text, in runes, a link around a figure's
// pictures must hold besides them to be a link card (a title and a
// description): a picture linked to its larger version holds none.
const minLinkCardText = 20

// linkCard reports a figure whose pictures all sit in links that also hold
// text: a bookmark card previewing another page (its thumbnail, title and
// description in one link), which is no picture of the story.
func (b *builder) linkCard(fig *html.Node, images []*html.Node) bool {
	if len(images) == 0 {
		return false
	}
	for _, img := range images {
		a := enclosingLink(img, fig)
		if a == nil || b.p.Stats(a).Text < minLinkCardText {
			return false
		}
	}
	return true
}

// enclosingLink is the nearest <a href> above n, up to and including
// limit, or nil.
func enclosingLink(n, limit *html.Node) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if page.IsLink(p) {
			return p
		}
		if p == limit {
			return nil
		}
	}
	return nil
}

// maxLostPictureText is the most text, in runes, a figure without its
// picture may hold outside its caption and still read as a picture's
// frame: an "enlarge" or "view images" button, never story text.
const maxLostPictureText = 40

// pictureLost reports a figure whose picture a script fills in (a
// placeholder <div data-src>): nothing but a caption and a button is left.
// Its caption describes a picture the reader does not get, and read as
// flow it would open the story as a paragraph.
func (b *builder) pictureLost(n *html.Node, parts *figureParts) bool {
	if len(parts.noscripts) > 0 || parts.quote != nil || parts.other || len(parts.captions) == 0 {
		return false
	}
	rest := b.p.Stats(n).Text
	for _, c := range parts.captions {
		rest -= b.p.Stats(c).Text
	}
	for _, c := range parts.credits {
		rest -= b.p.Stats(c).Text
	}
	return rest > 0 && rest <= maxLostPictureText
}

// declaredPicture reads the picture of a figure marked up as a
// schema.org ImageObject whose <img> a script adds later: the figure's
// itemid names the picture's address.
func (b *builder) declaredPicture(n *html.Node) (Image, bool) {
	if !strings.HasSuffix(page.Attr(n, "itemtype"), "/ImageObject") {
		return Image{}, false
	}
	u := b.p.Resolve(strings.TrimSpace(page.Attr(n, "itemid")))
	if u == "" || !strings.HasPrefix(u, "http") {
		return Image{}, false
	}
	return Image{URL: u}, true
}

// notPicture reports elements that show something other than a picture:
// players, frames, drawings, custom elements (an embed's <x-player>), and
// headings (a slide of a listicle, titled).
func notPicture(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Iframe, atom.Video, atom.Audio, atom.Embed, atom.Object, atom.Svg, atom.Canvas,
		atom.Table, atom.Pre, atom.Math:
		return true
	}
	return isHeading(n.DataAtom) || n.DataAtom == 0 && strings.Contains(n.Data, "-")
}

// captionOf returns a figure's caption text and the credits found in and
// around it. Without a caption element, the figure's other text is its
// caption.
func (b *builder) captionOf(n *html.Node, parts *figureParts) (string, []string) {
	var credits []string
	for _, c := range parts.credits {
		credits = append(credits, b.plainText(c))
	}
	roots := parts.captions
	if len(roots) == 0 {
		roots = []*html.Node{n}
	}
	var caption strings.Builder
	for _, r := range roots {
		text, cr := b.captionText(r)
		credits = append(credits, cr...)
		if text != "" {
			if caption.Len() > 0 {
				caption.WriteByte(' ')
			}
			caption.WriteString(text)
		}
	}
	return caption.String(), credits
}

// captionText returns the text of a caption element, with the credits
// inside it (credit classes, <small>, <cite>) apart.
func (b *builder) captionText(n *html.Node) (string, []string) {
	savedCredits := b.credits
	var credits []string
	b.credits = &credits
	spans := b.inline(n, modeText, format{})
	b.credits = savedCredits
	return stripCaptionLabel(spansText(spans)), credits
}

// holdsCredit reports a credit element below n.
func (b *builder) holdsCredit(n *html.Node, depth int) bool {
	if depth > maxBuildDepth {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (b.isCredit(c) || b.holdsCredit(c, depth+1)) {
			return true
		}
	}
	return false
}

// stripCaptionLabel drops a label that heads a caption ("Caption",
// "Image caption:") where a template prints one for assistive technology
// or as a heading: it is followed by a colon or by the caption's capital.
// "Caption of the figure" is prose and stays.
func stripCaptionLabel(s string) string {
	for _, l := range captionLabels {
		if len(s) <= len(l) || !strings.EqualFold(s[:len(l)], l) {
			continue
		}
		rest := strings.TrimLeft(s[len(l):], " \u00a0")
		if strings.HasPrefix(rest, ":") {
			return strings.TrimSpace(rest[1:])
		}
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
			return rest
		}
	}
	return s
}

// splitCredit picks a figure's credit: the first credit element that says
// something, with a different one written into the caption added, else the
// one written into the caption ("… (Photo: AP)"). A template's " | "
// between parties reads as a list, as for the lead image.
func splitCredit(caption string, credits []string) (string, string) {
	caption = stripCounter(caption)
	for _, c := range credits {
		if c = credit.Clean(c); c != "" {
			text, cr := credit.Merge(caption, c)
			return text, credit.List(cr)
		}
	}
	text, cr := credit.Split(caption)
	return text, credit.List(cr)
}

// captionElement handles, in the flow, an element with a caption or credit
// class, or a stray <figcaption>, right after a figure: it completes that
// figure. It reports false when there is no figure to complete.
func (b *builder) captionElement(n *html.Node) bool {
	if !b.figured || len(b.out) == 0 || b.out[len(b.out)-1].Kind != Figure {
		return false
	}
	im := b.out[len(b.out)-1].Image
	switch {
	case b.isCredit(n) && !(b.isCaption(n) && b.holdsCredit(n, 0)):
		// A wrapper named for both ("caption-credit") whose credit has
		// its own element is the caption, read below.
		if im.Credit == "" {
			im.Credit = credit.Clean(b.plainText(n))
		}
		return true
	case n.DataAtom == atom.Figcaption || b.isCaption(n):
		if im.Caption != "" {
			return false
		}
		text, credits := b.captionText(n)
		caption, cr := splitCredit(text, credits)
		im.Caption = caption
		if im.Credit == "" {
			im.Credit = cr
		}
		return true
	}
	return false
}

// creditElement reports, while a caption is being read, an element that
// holds the credit, and records its text.
func (b *builder) creditElement(n *html.Node) bool {
	if b.credits == nil {
		return false
	}
	if n.DataAtom != atom.Small && n.DataAtom != atom.Cite && !b.isCredit(n) {
		return false
	}
	if t := b.plainText(n); t != "" {
		*b.credits = append(*b.credits, t)
	}
	return true
}

// plainText returns n's text as the builder reads it, without off-screen
// labels ("Image copyright") and what skip leaves out.
func (b *builder) plainText(n *html.Node) string {
	savedCredits := b.credits
	b.credits = nil
	text := spansText(b.inline(n, modeText, format{}))
	b.credits = savedCredits
	return text
}

// stripCounter drops a gallery's slide counter that heads a caption, its
// parts glued by the markup: "2of4A shopper looks…" gives "A shopper
// looks…". Only the glued form counts; "1 of 4 children" is prose.
func stripCounter(s string) string {
	i := digitsEnd(s, 0)
	if i == 0 || !strings.HasPrefix(s[i:], "of") {
		return s
	}
	j := digitsEnd(s, i+2)
	if j == i+2 {
		return s
	}
	return strings.TrimSpace(s[j:])
}

// digitsEnd returns the index after the ASCII digits of s from i.
func digitsEnd(s string, i int) int {
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}
