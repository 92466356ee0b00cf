package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
	"github.com/newsextract/newsextract/internal/srcset"
)

// maxNoscriptBytes bounds the <noscript> text parsed for a fallback image;
// a real fallback is one tag.
const maxNoscriptBytes = 16 << 10

// candidate is one entry of a srcset.
type candidate struct {
	url   string
	width int     // w descriptor, 0 when absent
	dens  float64 // x descriptor, 1 when absent
}

// better reports whether c is a larger picture than d.
func (c candidate) better(d candidate) bool {
	if c.width != d.width {
		return c.width > d.width
	}
	return c.dens > d.dens
}

// parseSrcset returns the best candidate of a srcset that is not a
// placeholder.
func parseSrcset(s string) (best candidate, ok bool) {
	for _, e := range srcset.Parse(s) {
		c := candidate{url: e.URL, width: e.Width, dens: e.Density}
		if c.dens == 0 {
			c.dens = 1
		}
		if isPlaceholder(c.url) {
			continue
		}
		if !ok || c.better(best) {
			best, ok = c, true
		}
	}
	return best, ok
}

// isPlaceholder reports addresses that stand in for a picture not loaded yet.
func isPlaceholder(u string) bool {
	l := strings.ToLower(u)
	for _, h := range placeholderHints {
		if strings.Contains(l, h) {
			return true
		}
	}
	return false
}

// hasClassHint reports whether one of n's class tokens contains a hint.
func hasClassHint(n *html.Node, hints []string) bool {
	class := page.Attr(n, "class")
	if class == "" {
		return false
	}
	class = strings.ToLower(class)
	for _, h := range hints {
		if strings.Contains(class, h) {
			return true
		}
	}
	return false
}

// hasClassToken reports whether n has one of the classes exactly.
func hasClassToken(n *html.Node, classes []string) bool {
	class := page.Attr(n, "class")
	for class != "" {
		class = strings.TrimLeft(class, " \t\n\r\f")
		end := strings.IndexAny(class, " \t\n\r\f")
		if end < 0 {
			end = len(class)
		}
		for _, c := range classes {
			if strings.EqualFold(class[:end], c) {
				return true
			}
		}
		class = class[end:]
	}
	return false
}

// imageOf returns the picture an <img> or <picture> shows: the largest
// srcset candidate, else the lazy-loading address, else src, never a
// placeholder; alt, width and height come from the <img>.
func (b *builder) imageOf(n *html.Node) (Image, bool) {
	img := n
	var best candidate
	found := false
	consider := func(el *html.Node) {
		for _, a := range srcsetAttrs {
			if c, ok := parseSrcset(page.Attr(el, a)); ok && (!found || c.better(best)) {
				best, found = c, true
			}
		}
	}
	if n.DataAtom == atom.Picture {
		img = nil
		var fallback *html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.Source:
				consider(c)
			case c.DataAtom == atom.Img && img == nil:
				img = c
			case c.DataAtom == atom.Noscript && fallback == nil:
				fallback = c
			}
		}
		if img == nil && fallback != nil {
			// Some sites put the picture's only <img> in a <noscript>.
			if im, ok := b.noscriptImage(fallback); ok {
				return im, true
			}
		}
	}
	if img != nil {
		if isDecoration(img) {
			return Image{}, false
		}
		consider(img)
	}
	src := ""
	if found {
		src = b.imageURL(best.url)
	}
	fromSet := src != ""
	if src == "" && img != nil {
		src = b.plainSrc(img)
	}
	if src == "" {
		return Image{}, false
	}
	im := Image{URL: src}
	if img != nil {
		im.Alt = page.CollapseSpace(page.Attr(img, "alt"))
		im.Width, im.Height = srcset.Dimension(page.Attr(img, "width")), srcset.Dimension(page.Attr(img, "height"))
		if fromSet && best.width > 0 && im.Width > 0 {
			// The attributes size the src rendition; the chosen srcset
			// candidate declares its own width, with the same proportions.
			im.Height = int(int64(im.Height) * int64(best.width) / int64(im.Width))
			im.Width = best.width
		}
	}
	return im, true
}

// plainSrc returns an <img>'s single address: a lazy attribute, else src.
func (b *builder) plainSrc(img *html.Node) string {
	for _, a := range lazySrcAttrs {
		if v := page.Attr(img, a); v != "" && !isPlaceholder(v) {
			if u := b.imageURL(v); u != "" {
				return u
			}
		}
	}
	if v := page.Attr(img, "src"); !isPlaceholder(v) {
		return b.imageURL(v)
	}
	return ""
}

// imageURL resolves a picture's address, taking it out of a CSS url(…)
// where a lazy loader stored a style, and refusing anything but http(s).
func (b *builder) imageURL(ref string) string {
	if i := strings.Index(ref, "url("); i >= 0 {
		inner, _, _ := strings.Cut(ref[i+len("url("):], ")")
		ref = strings.Trim(strings.TrimSpace(inner), `"'`)
	}
	u := b.p.Resolve(ref)
	pu, err := url.Parse(u)
	if err != nil {
		return ""
	}
	switch strings.ToLower(pu.Scheme) {
	case "http", "https", "":
		// No scheme only without a page URL: relative stays relative.
		return u
	}
	return ""
}

// isDecoration reports images that are icons, emoji, logos or pixels.
func isDecoration(img *html.Node) bool {
	if hasClassHint(img, decorationClassHints) {
		return true
	}
	w, h := srcset.Dimension(page.Attr(img, "width")), srcset.Dimension(page.Attr(img, "height"))
	if style := page.Attr(img, "style"); style != "" {
		w, h = max(w, styleDimension(style, "width")), max(h, styleDimension(style, "height"))
	}
	return (w > 0 && w < minFigureSide) || (h > 0 && h < minFigureSide)
}

// styleDimension reads a pixel width or height from an inline style
// ("width:1px;height:1px", the shape of tracking pixels); 0 when absent.
func styleDimension(style, prop string) int {
	for rest := style; rest != ""; {
		decl, more, _ := strings.Cut(rest, ";")
		rest = more
		name, val, ok := strings.Cut(decl, ":")
		if ok && strings.EqualFold(strings.TrimSpace(name), prop) {
			val = strings.TrimSpace(val)
			if strings.HasSuffix(val, "px") {
				return srcset.Dimension(val)
			}
		}
	}
	return 0
}

// noscriptImage returns the image in a <noscript> fallback. With scripting
// on (the parser's default) its content is raw text, parsed here as a
// small fragment; with scripting off it is already elements.
func (b *builder) noscriptImage(ns *html.Node) (Image, bool) {
	for c := ns.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if img := findImage(c, 0); img != nil {
				return b.imageOf(img)
			}
		}
		if c.Type != html.TextNode || len(c.Data) > maxNoscriptBytes || !strings.Contains(c.Data, "<img") {
			continue
		}
		ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		nodes, err := html.ParseFragment(strings.NewReader(c.Data), ctx)
		if err != nil {
			continue
		}
		for _, fn := range nodes {
			if img := findImage(fn, 0); img != nil {
				return b.imageOf(img)
			}
		}
	}
	return Image{}, false
}

// findImage returns the first <picture> or <img> at or below n.
func findImage(n *html.Node, depth int) *html.Node {
	if n.Type != html.ElementNode || depth > 64 {
		return nil
	}
	if n.DataAtom == atom.Img || n.DataAtom == atom.Picture || page.CustomPicture(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if img := findImage(c, depth+1); img != nil {
			return img
		}
	}
	return nil
}

// image emits a Figure for an <img> or <picture> met in the text flow.
func (b *builder) image(n *html.Node) {
	if b.opts.OmitImages {
		return
	}
	im, ok := b.imageOf(n)
	if !ok {
		return
	}
	b.flush()
	b.emit(Block{Kind: Figure, Image: &im})
}

// noscript emits the fallback image of a lazy-loaded picture whose visible
// <img> gave none.
func (b *builder) noscript(n *html.Node) {
	if b.opts.OmitImages {
		return
	}
	if im, ok := b.noscriptImage(n); ok {
		b.flush()
		b.emit(Block{Kind: Figure, Image: &im})
	}
}

// video emits a Figure for a <video>'s poster, the still a reader sees
// before pressing play. Its children are sources and the fallback text
// browsers without video show ("Your browser does not support…"), which
// no reader of a page with the player sees: they are left out.
func (b *builder) video(n *html.Node) {
	if b.opts.OmitImages {
		return
	}
	ref := page.Attr(n, "poster")
	if ref == "" || isPlaceholder(ref) {
		return
	}
	src := b.imageURL(ref)
	if src == "" {
		return
	}
	im := Image{URL: src, Width: srcset.Dimension(page.Attr(n, "width")), Height: srcset.Dimension(page.Attr(n, "height"))}
	b.flush()
	b.emit(Block{Kind: Figure, Image: &im})
}

// mediaAlternate reports an AMP picture printed for another screen width
// than the one before it (<amp-img media="(min-width: 360px)">, following
// one for narrower screens): a reader sees one of the run, the first
// stands for it.
func mediaAlternate(n *html.Node) bool {
	if !page.CustomPicture(n) || page.Attr(n, "media") == "" {
		return false
	}
	prev := n.PrevSibling
	for prev != nil && prev.Type != html.ElementNode {
		prev = prev.PrevSibling
	}
	return prev != nil && prev.Data == n.Data && page.Attr(prev, "media") != ""
}
