package metadata

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// findDek returns the standfirst under the headline and its element. It
// looks at the elements after the headline up to the body's first
// paragraphs: one whose class says dek, an itemprop=description, an <h2>
// right after the <h1> in the header, or one showing one of the declared
// descriptions (descs) that is not simply the body's first paragraph.
func findDek(p *page.Page, head *html.Node, title string, descs []dekDescription) (string, *html.Node) {
	if head == nil {
		return "", nil
	}
	start := p.Order(head)
	if start < 0 {
		return "", nil
	}
	ftitle := fold(title)
	bodyParas := 0
	for i := start + 1; i < len(p.Elements) && i <= start+dekWindow; i++ {
		n := p.Elements[i]
		if page.Within(n, head) {
			continue
		}
		st := p.Stats(n)
		if st.Hidden {
			continue
		}
		if n.DataAtom == atom.H1 && page.RuneLen(page.Text(n)) > 10 {
			break // the next story's headline
		}
		text := ""
		if int(st.Text) >= minDekRunes && int(st.Text) <= maxDekRunes*2 {
			text = page.Text(n)
		}
		if ok := text != "" && isDekCandidate(n, head, st, text, descs, ftitle); ok {
			return widenToBlock(p, n, text)
		}
		if n.DataAtom == atom.P && st.Text > 120 {
			if bodyParas++; bodyParas >= 2 {
				break
			}
		}
	}
	return "", nil
}

// widenToBlock returns the paragraph around an inline dek when it adds only
// a dateline or label ("Berlin. " before the standfirst's text).
func widenToBlock(p *page.Page, n *html.Node, text string) (string, *html.Node) {
	if page.IsBlock(n.DataAtom) {
		return withoutSignature(n, text), n
	}
	for a := n.Parent; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if !page.IsBlock(a.DataAtom) {
			continue
		}
		if st := p.Stats(a); int(st.Text) <= page.RuneLen(text)+maxDekPrefixRunes && st.LinkText == 0 {
			return page.Text(a), a
		}
		break
	}
	return text, n
}

// dekDescription is a declared description and its folded form, folded
// once for the whole scan.
type dekDescription struct{ text, folded string }

// dekDescriptions folds the declared descriptions, the kept one first.
func dekDescriptions(descs []string) []dekDescription {
	out := make([]dekDescription, 0, len(descs))
	for _, d := range descs {
		out = append(out, dekDescription{d, fold(strings.TrimRight(d, ".… "))})
	}
	return out
}

// showsDescription reports an element showing one of the declared
// descriptions, whole, with a short tail, or reworded.
func showsDescription(n *html.Node, text, ft string, descs []dekDescription) bool {
	for _, d := range descs {
		if d.folded != "" && len(d.folded) >= 30 && (ft == d.folded || strings.HasPrefix(ft, d.folded) && len(ft)-len(d.folded) < 40 || !wrapsBlock(n) && editedDescription(text, d.text)) {
			return true
		}
	}
	return false
}

// isDekCandidate tests one element after the headline.
func isDekCandidate(n, head *html.Node, st page.Stats, text string, descs []dekDescription, ftitle string) bool {
	l := page.RuneLen(text)
	// A heading right after the headline is the dek at any length a
	// summary runs to; other elements that long are body text.
	subhead := n.DataAtom == atom.H2 && elementAfter(head) == n
	if l < minDekRunes || l > maxDekRunes && !subhead || st.LinkText*3 > st.Text || inFigure(n) || hasMedia(n, 0) {
		return false
	}
	ft := fold(text)
	if ft == ftitle {
		return false
	}
	switch {
	case hasToken(page.Attr(n, "itemprop"), "description") || hasToken(page.Attr(n, "itemprop"), "alternativeHeadline"):
		return true
	case isDekClass(n) && !hasBlockChild(n):
		return true
	case subhead && st.LinkText == 0:
		return true
	case n.DataAtom == atom.Div && headlineBlockTail(head, n) && st.LinkText == 0 && !wrapsBlock(n) && sentenceLike(text) && l <= maxUnnamedDekRunes:
		return true // a utility-classed <div> printing a sentence under the headline
	case isBoldParagraph(n) && page.NextElement(head) != nil && l >= 2*minDekRunes:
		return true
	case showsDescription(n, text, ft, descs):
		return !isBodyParagraph(n)
	}
	return false
}

// isDekClass reports whether n's class or id has a dek word and no word of
// a caption, promo or ad.
func isDekClass(n *html.Node) bool {
	ci := classID(n)
	if ci == "" {
		return false
	}
	words := strings.FieldsFunc(ci, func(r rune) bool { return r == ' ' || r == '-' || r == '_' })
	for _, w := range words {
		for _, a := range dekClassAvoid {
			if w == a {
				return false
			}
		}
		for _, m := range dekMediaParts {
			if strings.Contains(w, m) {
				return false
			}
		}
	}
	for _, w := range words {
		if dekClassFalse[w] {
			continue
		}
		for _, d := range dekClassWords {
			if w == d || len(w) > len(d) && (strings.HasSuffix(w, d) || strings.HasPrefix(w, d)) {
				return true
			}
		}
	}
	return false
}

// hasBlockChild reports whether n wraps other blocks; the dek is the
// innermost element carrying the class, or a wrapper of one paragraph.
func hasBlockChild(n *html.Node) bool {
	return blockChildren(n, 2) > 1
}

// blockChildren counts n's block children, stopping at limit.
func blockChildren(n *html.Node, limit int) int {
	blocks := 0
	for c := n.FirstChild; c != nil && blocks < limit; c = c.NextSibling {
		if c.Type == html.ElementNode && page.IsBlock(c.DataAtom) {
			blocks++
		}
	}
	return blocks
}

// wrapsBlock reports whether n holds a block element: a container of the
// dek and other lines, whose words only roughly match a description.
func wrapsBlock(n *html.Node) bool {
	return blockChildren(n, 1) > 0
}

// isBoldParagraph reports whether n is a paragraph set wholly in bold, as
// blogging CMSs print the standfirst at the top of the body.
func isBoldParagraph(n *html.Node) bool {
	if n.DataAtom != atom.P {
		return false
	}
	var bold *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && (c.DataAtom == atom.Strong || c.DataAtom == atom.B) && bold == nil:
			bold = c
		default:
			return false
		}
	}
	return bold != nil
}

// isBodyParagraph reports whether n is a plain paragraph followed by more
// paragraphs, or after another plain paragraph of a sentence or more, or a
// paragraph whose class the next ones share: the body's opening, which
// descriptions often copy.
func isBodyParagraph(n *html.Node) bool {
	if hasToken(page.Attr(n, "itemprop"), "articleBody") {
		return true // the page marks it the story's text
	}
	if cls := page.Attr(n, "class"); cls != "" && (n.DataAtom == atom.P || n.DataAtom == atom.Div) {
		return sameClassAfter(n, cls) >= minBodyRun
	}
	if n.DataAtom != atom.P || classID(n) != "" {
		return false
	}
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode && s.DataAtom == atom.P && classID(s) == "" && page.RuneLen(page.Text(s)) >= 2*minDekRunes {
			return true
		}
	}
	paras := 0
	for s := n.NextSibling; s != nil && paras < minBodyRun; s = s.NextSibling {
		if s.Type == html.ElementNode && s.DataAtom == atom.P {
			paras++
		}
	}
	return paras >= minBodyRun
}

// minBodyRun is how many like paragraphs after one make it the body's.
const minBodyRun = 2

// sameClassAfter counts the siblings after n of its tag and class, up to
// minBodyRun.
func sameClassAfter(n *html.Node, cls string) int {
	same := 0
	for s := n.NextSibling; s != nil && same < minBodyRun; s = s.NextSibling {
		if s.Type == html.ElementNode && s.DataAtom == n.DataAtom && page.Attr(s, "class") == cls {
			same++
		}
	}
	return same
}

// inFigure reports whether n is, or sits in, a figure or its caption:
// captions are the lead image's, never the dek.
func inFigure(n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		switch a.DataAtom {
		case atom.Figure, atom.Figcaption, atom.Picture:
			return true
		}
	}
	return false
}

// hasMedia reports whether n holds an image or figure: a lead-media box
// whose text is the caption.
func hasMedia(n *html.Node, depth int) bool {
	if depth > 12 {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Img, atom.Figure, atom.Picture, atom.Video, atom.Iframe:
			return true
		}
		if hasMedia(c, depth+1) {
			return true
		}
	}
	return false
}

// inHeader reports whether n sits in a <header> or <hgroup>.
func inHeader(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Header || a.DataAtom == atom.Hgroup {
			return true
		}
	}
	return false
}

// sentenceLike reports a text that reads as one written sentence or more:
// minDekWords words or more, ending with a full stop, question or
// exclamation mark. A date line, a byline or a row of labels does not.
func sentenceLike(t string) bool {
	t = strings.TrimSpace(t)
	return len(strings.Fields(t)) >= minDekWords && strings.ContainsAny(t[len(t)-1:], ".!?")
}

// headlineBlockTail reports whether n closes the headline's own block: the
// headline's next sibling and its parent's last element, the two alone;
// or the element right after the <hgroup> holding the headline and its
// kicker.
func headlineBlockTail(head, n *html.Node) bool {
	if g := head.Parent; g != nil && g.DataAtom == atom.Hgroup && page.NextElement(g) == n {
		return true
	}
	return page.NextElement(head) == n && page.NextElement(n) == nil && page.PrevElement(head) == nil
}
