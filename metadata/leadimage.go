package metadata

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/credit"
	"github.com/newsextract/newsextract/internal/page"
	"github.com/newsextract/newsextract/internal/srcset"
)

// Bounds of the lead-image search.
const (
	leadBefore      = 40  // elements before the headline a hero picture may sit
	leadNoHeadline  = 80  // elements before the first paragraph when there is no headline
	leadNoText      = 200 // elements after the headline when no paragraph follows
	minImageSide    = 100 // pixels: smaller declared sizes are icons and thumbnails
	maxWrapperText  = 600 // runes in an element wrapping one picture and its caption
	wrapperLevels   = 3   // ancestors climbed looking for a picture's wrapper
	maxWrapperParas = 2   // a caption and a credit may be paragraphs; more is story text
	thumbWidth      = 300 // pixels: a picture laid out narrower is a thumbnail, not the story's
)

// findLeadImage returns the image heading the story, with caption and credit
// apart. structured is what JSON-LD / og:image / twitter:image declared (nil
// if nothing). headline is the element showing the title, which places the
// picture better than the first <h1> does; nil when the page shows none.
// node is the lead figure in the page, which the body leaves out.
func findLeadImage(p *page.Page, structured *Image, headline *html.Node) (img *Image, node *html.Node) {
	head, opening, _ := storyLandmarksFrom(p, headline)
	first, match := leadCandidates(p, structured, head, opening)
	pick := match
	if pick == nil && (structured == nil || structured.URL == "" || !thumbnail(p, first, structured) && (captioned(p, first) || underHeadline(p, first, head, opening))) {
		// A picture the page captions is the story's own even when the
		// declared one is another crop or a social card; a thumbnail
		// is not, when a larger picture is declared.
		pick = first
	}
	if pick == nil {
		return fromStructured(structured), nil
	}
	src := bestSource(p, pick)
	out := &Image{URL: src.url, Alt: page.CollapseSpace(page.Attr(pick, "alt"))}
	out.Width, out.Height = imageSize(p, pick, src)
	node = figureOf(p, pick)
	if match != nil && declaredPreferred(out.URL, structured.URL,
		imageShape(out.URL, out.Width, out.Height), imageShape(structured.URL, structured.Width, structured.Height)) {
		out.URL, out.Width, out.Height = structured.URL, structured.Width, structured.Height
	}
	out.Caption, out.Credit = captionOf(p, node, pick)
	if node.DataAtom == atom.P && out.Caption == "" && out.Credit == "" && p.Stats(node).Text > 0 {
		// A paragraph that opens with the picture and goes on with the
		// story ("<p><img><br>The council…") is story text: only the
		// picture is the lead image's.
		node = pick
	}
	node = releaseLooseStory(node, pick, out.Caption, out.Credit)
	if match != nil && out.Caption == "" && structured.Caption != "" && !altCopy(structured.Caption, out.Alt) {
		out.Caption, out.Credit = splitCaption(structured.Caption, out.Credit)
	}
	if match != nil && out.Credit == "" {
		out.Caption, out.Credit = declaredCaptionCut(out.Caption, structured.Caption)
	}
	return out, node
}

// altCopy reports a declared caption that only repeats the picture's alt
// text, as SEO plugins fill ImageObject.caption: the page prints no such
// caption.
func altCopy(caption, alt string) bool {
	return alt != "" && fold(page.CollapseSpace(caption)) == fold(alt)
}

// declaredCaptionCut splits a printed caption that runs on past the
// caption the page declares for the same picture: the rest, after a
// separator, is the credit ("Jo Pike / R. Vale / Example photo" under a
// declared "Jo Pike"). Otherwise the printed caption stays whole.
func declaredCaptionCut(printed, declared string) (caption, cr string) {
	declared = page.CollapseSpace(declared)
	rest, ok := strings.CutPrefix(printed, declared)
	if declared == "" || !ok {
		return printed, ""
	}
	trimmed := strings.TrimLeft(rest, " ")
	sep, _ := utf8.DecodeRuneInString(trimmed)
	if trimmed == rest || !strings.ContainsRune(captionSeparators, sep) {
		return printed, "" // no space and separator: the caption goes on
	}
	cr = credit.Clean(strings.TrimLeft(trimmed, captionSeparators+" "))
	if cr == "" {
		return printed, ""
	}
	return declared, cr
}

// captionSeparators set a credit apart from the caption text before it.
const captionSeparators = "/|–—-·"

// fromStructured is the declared image with its caption's credit apart.
func fromStructured(s *Image) *Image {
	if s == nil || s.URL == "" {
		return nil
	}
	out := *s
	out.Caption, out.Credit = splitCaption(s.Caption, s.Credit)
	return &out
}

// splitCaption separates a credit from a caption unless one is known.
func splitCaption(caption, known string) (text, cr string) {
	text, cr = credit.Merge(page.CollapseSpace(caption), known)
	return text, credit.List(cr)
}

// leadCandidates returns the first picture that may head the story and the
// picture matching the structured one, both in the window from shortly
// before the headline to the story's second paragraph.
func leadCandidates(p *page.Page, structured *Image, head, opening int) (first, match *html.Node) {
	from, to := leadWindow(p, head, opening)
	if from < 0 {
		return nil, nil
	}
	for i := from; i < to && i < len(p.Elements); i++ {
		n := p.Elements[i]
		if !page.IsPicture(n) || !leadWorthy(p, n) {
			continue
		}
		src := bestSource(p, n)
		declared := structured != nil && src.url != "" && sameImage(src.url, structured.URL)
		// The declared picture is the story's even when its address has an
		// avoided word: CMSs file stories under "/autoren/<name>/".
		if src.url == "" || !declared && (urlTiny(src.url) || containsAnyWord(strings.ToLower(src.url), imageURLAvoid)) {
			continue
		}
		if first == nil {
			first = n
		}
		if declared {
			return first, n
		}
		if structured == nil {
			return first, nil
		}
	}
	return first, nil
}

// leadWindow returns the range of elements a lead picture sits in, or -1,
// given the headline's and the story's opening positions.
func leadWindow(p *page.Page, head, opening int) (from, to int) {
	second := -1
	if opening >= 0 {
		for i := opening + 1; i < len(p.Elements); i++ {
			st := p.Stats(p.Elements[i])
			// Paragraphs in the story's <header> (dek, author card) are
			// not its text: the picture under the header still leads.
			if p.Elements[i].DataAtom == atom.P && !st.Hidden && st.Text >= longParagraph && !inHeader(p.Elements[i]) {
				second = i
				break
			}
		}
	}
	switch {
	case head >= 0:
		from = max(0, head-leadBefore)
	case opening >= 0:
		from = max(0, opening-leadNoHeadline)
	default:
		return -1, -1
	}
	switch {
	case second >= 0:
		to = second
	case opening >= 0:
		to = opening + 1
	default:
		to = head + leadNoText
	}
	return from, to
}

// leadWorthy reports whether an <img> may be the story's picture: visible,
// not furniture, not declared tiny.
func leadWorthy(p *page.Page, img *html.Node) bool {
	w, h := srcset.Dimension(page.Attr(img, "width")), srcset.Dimension(page.Attr(img, "height"))
	if ((w > 0 && w < minImageSide) || (h > 0 && h < minImageSide)) && !wideSrcset(p, img) {
		return false
	}
	if hasClassWord(img, avoidWordSet) {
		return false
	}
	level := 0
	for a := img.Parent; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if concealed(a) || authorLink(a) {
			return false
		}
		switch a.DataAtom {
		case atom.Nav, atom.Footer, atom.Aside:
			return false
		case atom.Article:
			// The story's <article> carries tag classes ("tag-social");
			// only card names make it another story's teaser.
			return !hasClassWord(a, cardWordSet)
		case atom.Body, atom.Main:
			return true
		}
		if level++; level <= 6 {
			if hasClassWord(a, avoidWordSet) {
				return false
			}
		}
	}
	return true
}

// placeholderSrcsetWidth is the srcset width from which an <img>'s small
// declared size is a placeholder's: icons offer no such version.
const placeholderSrcsetWidth = 800

// wideSrcset reports an <img> whose srcset offers a version at least
// placeholderSrcsetWidth wide: its small width and height attributes size a
// placeholder that a script swaps, not an icon.
func wideSrcset(p *page.Page, img *html.Node) bool {
	for _, a := range imageSrcsetAttrs {
		if largestInSrcset(p, page.Attr(img, a)).width >= placeholderSrcsetWidth {
			return true
		}
	}
	return false
}

// figureOf returns the element holding a picture and its caption: the
// <figure> around it, else a small wrapper with one picture, else the
// <picture> or the <img> itself. Never an element holding story text.
func figureOf(p *page.Page, img *html.Node) *html.Node {
	best := img
	if img.Parent != nil && img.Parent.DataAtom == atom.Picture {
		best = img.Parent
	}
	level := 0
	for a := best.Parent; a != nil && a.Type == html.ElementNode && level < maxFigureLevels; a = a.Parent {
		level++
		switch a.DataAtom {
		case atom.Figure:
			return a
		case atom.Body, atom.Article, atom.Main, atom.Li, atom.Ul, atom.Ol, atom.Blockquote:
			// A quotation holds quoted text, never only a picture.
			return best
		case atom.Section:
			// Only a section named for its picture wraps it alone
			// ("teaser-image"); others hold story parts.
			if !containsAnyWord(classID(a), imageWrapperHints) {
				return best
			}
		}
		st := p.Stats(a)
		if level > wrapperLevels || st.Paras > maxWrapperParas || st.Text > maxWrapperText || countImages(a, 2) > 1 || holdsHeading(a) {
			return figureAbove(a, level, best)
		}
		best = a
	}
	return best
}

// maxFigureLevels is how far above a picture its <figure> may sit: video
// players nest the poster image in links and player boxes.
const maxFigureLevels = 6

// figureAbove returns the <figure> holding a, level levels above the
// picture, when it is near and holds that one picture only; else best.
func figureAbove(a *html.Node, level int, best *html.Node) *html.Node {
	for ; a != nil && a.Type == html.ElementNode && level <= maxFigureLevels; a = a.Parent {
		switch a.DataAtom {
		case atom.Figure:
			if countImages(a, 2) == 1 {
				return a
			}
			return best
		case atom.Body, atom.Article, atom.Main, atom.Section, atom.Li, atom.Ul, atom.Ol:
			return best
		}
		level++
	}
	return best
}

// countImages counts the <img> elements below n, stopping at limit.
func countImages(n *html.Node, limit int) int {
	count := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && count < limit; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if page.IsPicture(c) {
				count++
			}
			walk(c)
		}
	}
	walk(n)
	return count
}

// imageSize returns the picture's size: the width and height attributes
// when the address is the <img>'s own, else the srcset width with the
// height scaled to the attributes' proportions.
func imageSize(p *page.Page, img *html.Node, src imageSource) (w, h int) {
	w, h = srcset.Dimension(page.Attr(img, "width")), srcset.Dimension(page.Attr(img, "height"))
	if !src.wide || src.url == p.Resolve(page.Attr(img, "src")) {
		return w, h
	}
	if w > 0 && h > 0 {
		h = h * src.width / w
	} else {
		h = 0
	}
	return src.width, h
}

// thumbnail reports a picture narrower than thumbWidth in every size the
// page offers (its srcset, else its width attribute) while the declared
// one is known to be wider.
func thumbnail(p *page.Page, img *html.Node, declared *Image) bool {
	if img == nil {
		return false
	}
	w := bestSource(p, img).width
	return w > 0 && w < thumbWidth && max(declared.Width, urlWidth(declared.URL)) >= thumbWidth
}

// captioned reports whether img sits in a figure with a caption or credit.
func captioned(p *page.Page, img *html.Node) bool {
	if img == nil {
		return false
	}
	fig := figureOf(p, img)
	c, cr := captionOf(p, fig, img)
	return c != "" || cr != ""
}

// underHeadline reports whether img sits between the headline (at head)
// and the story's first paragraph (at opening), the lead picture's place.
func underHeadline(p *page.Page, img *html.Node, head, opening int) bool {
	if img == nil {
		return false
	}
	o := p.Order(img)
	return head >= 0 && opening >= 0 && o > head && o < opening
}

// authorLink reports a link to an author's page: a picture inside it is
// the author's portrait.
func authorLink(a *html.Node) bool {
	if a.DataAtom != atom.A {
		return false
	}
	return hasToken(page.Attr(a, "rel"), "author") || containsAnyWord(strings.ToLower(page.Attr(a, "href")), imageLinkAvoid)
}

var (
	avoidWordSet = newWordSet(imageAvoidHints)
	cardWordSet  = newWordSet(imageCardHints)
)

// hasClassWord reports whether a word of n's class or id (split at
// spaces, hyphens and underscores) is in words, alone or in the plural:
// "site-logo" and "author_avatar" match, "shareable-item" does not match
// "share".
func hasClassWord(n *html.Node, words wordSet) bool {
	hint := classID(n)
	if hint == "" {
		return false
	}
	for _, w := range classWords(hint) {
		if words[w] || words[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}
