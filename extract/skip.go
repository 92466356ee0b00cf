package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// skipper returns the predicate the builder consults for every element
// below the selection's root: true leaves the element and its subtree out.
func (a *analysis) skipper(sel selection) func(*html.Node) bool {
	return func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		i := a.p.Order(n)
		if i < 0 || i == sel.root {
			return false
		}
		return sel.out[n] || a.leaveOut(i, n, sel)
	}
}

// leaveOut reports furniture inside the story container.
func (a *analysis) leaveOut(i int, n *html.Node, sel selection) bool {
	st := a.p.Stats(n)
	if st.Hidden || a.clutter[i] {
		return true
	}
	if a.deadLinks {
		st.LinkText = 0
	}
	if a.linkRun(i, st.Text, st.LinkText) && !a.citedLink(n) || a.kicker(i, n, sel) || a.besideStoryColumn(n, sel) {
		return true
	}
	switch n.DataAtom {
	case atom.Form, atom.Button, atom.Input, atom.Select, atom.Textarea, atom.Label:
		return true
	case atom.Address:
		return true // contact details of the page's author or owner (HTML's own meaning), not story text
	case atom.A, atom.Span, atom.Em, atom.Strong, atom.B, atom.I, atom.Img, atom.Source,
		atom.Picture, atom.Figure, atom.Br, atom.Sup, atom.Sub, atom.Code, atom.Small, atom.Mark,
		atom.Abbr, atom.Cite, atom.Q, atom.Time, atom.U, atom.S, atom.Video, atom.Audio:
		return false
	}
	if st.Text == 0 {
		return false
	}
	if a.linkList(i, n, st.Text, st.LinkText) {
		return true
	}
	if isHeading(n.DataAtom) {
		if n.DataAtom == atom.H1 && (sel.first < 0 || i < sel.first) {
			return true // the headline, above the story
		}
		t := page.Text(n)
		above := sel.first < 0 || i < sel.first
		return sameTitle(t, a.hints.Title) || above && kickedTitle(t, a.hints.Title) || a.tune.phrases && isPhraseClutter(t) ||
			boxLabel(n, t, a.p.Elements[sel.root])
	}
	// A picture's credit or caption set apart from it reads as the first
	// paragraph; captions may be long, so this comes before the length test.
	if (sel.first < 0 || i <= sel.first) && (strayCredit(n) || a.orphanCaption(n)) {
		return true
	}
	if int(st.Text) > maxPhraseRunes || st.Paras > 1 {
		return false
	}
	t := page.Text(n)
	if a.tune.phrases && (isPhraseClutter(t) || clipCaption(a.p, n, st) || controlReadingTime(n, t)) && !pictureWrapper(n) || boxLabel(n, t, a.p.Elements[sel.root]) {
		return true
	}
	if (sel.first < 0 || i < sel.first) && (isBylineLine(t) || isDateline(t)) {
		return true
	}
	// Stamps alone, or a Japanese date line counted by the character, may
	// count as the first story text; they never are.
	if (sel.first < 0 || i <= sel.first) && (timeLine(n) || japaneseStamp(t)) || stampedName(n, t) {
		return true
	}
	return false
}

// strayCredit reports a picture's caption or credit line set apart from
// the picture, above the story's text ("Illustration by …" in the story's
// meta block while the lead figure stands higher up): with no picture of
// its own it reads as the story's first paragraph. Metadata reads the
// lead figure's caption and credit.
func strayCredit(n *html.Node) bool {
	return n.DataAtom == atom.P && hasClassHint(n, creditClassHints) && findImage(n, 0) == nil
}

// linkList reports blocks that are mostly links: related lists, read-more
// lines, tag and share rows. Lists of links between story paragraphs are
// furniture far more often than content.
func (a *analysis) linkList(i int, n *html.Node, text, link int32) bool {
	switch n.DataAtom {
	case atom.Ul, atom.Ol, atom.Dl, atom.Div, atom.Section, atom.P, atom.Table, atom.Aside, atom.Header, atom.Footer:
	default:
		return false
	}
	return float64(link) > a.tune.skipLinkDensity*float64(text) && a.good[i] < 3*a.tune.minSiblingText &&
		!(n.DataAtom == atom.P && (linkedSentence(n) || a.citedLink(n)))
}

// minRunLinks is how many links in a row, with next to no other text,
// make a tag list or a row of related links rather than a sentence.
const minRunLinks = 3

// linkRun reports an element of any tag that is a run of links with
// little else: "Tags: a, b, c" inside a story paragraph's wrapper.
func (a *analysis) linkRun(i int, text, link int32) bool {
	return a.links[i] >= minRunLinks && link*10 >= text*8 && a.good[i] < a.tune.minSiblingText
}

// dropLabels removes paragraphs and headings that are only a furniture
// label ("Was this article helpful?", "By:"): the skipper leaves out
// elements whose whole text is one, but a label written as loose text
// beside other blocks becomes a paragraph of its own only when built.
func dropLabels(body Body) Body {
	out := body[:0]
	for _, b := range body {
		if (b.Kind == Paragraph || b.Kind == Heading) && isPhraseClutter(b.Text) {
			continue
		}
		out = append(out, b)
	}
	return out
}

// pictureWrapper reports an element holding a picture of a <figure> (the
// figure, a wrapper inside it, or one around it): its short text ("Image
// source, Jane Roe") is the credit the figure reads, and leaving it out
// as a label would lose the picture.
func pictureWrapper(n *html.Node) bool {
	if findImage(n, 0) == nil {
		return false
	}
	for a := n; a != nil; a = a.Parent {
		if a.DataAtom == atom.Figure {
			return true
		}
	}
	return holdsTag(n, atom.Figure, 0)
}

// holdsTag reports an element of tag t below n.
func holdsTag(n *html.Node, t atom.Atom, depth int) bool {
	if depth > maxBuildDepth {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == t || holdsTag(c, t, depth+1)) {
			return true
		}
	}
	return false
}
