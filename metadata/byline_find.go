package metadata

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// How strongly an element says it is a byline.
const (
	kindText   = 1 // its text begins with "By" or a like word
	kindClass  = 2 // a class or id says author, writer, autor…
	kindMarked = 3 // itemprop=author, rel=author or class byline
)

// Scores for where a byline candidate sits.
const (
	scoreUnderHeadline = 3  // between the headline and the story's first paragraphs
	scoreAboveHeadline = 1  // shortly before the headline (kicker, top bar)
	scoreNearHeadline  = 1  // right under the headline, before teasers further down that a page without long paragraphs also counts as under it
	scoreBelowStory    = -2 // after the story's opening: bio boxes, signatures
	scoreFarAbove      = -2 // far above the headline: the site's header, a repository's owner
	minBylineScore     = 2  // a text-only line needs a good position
	nearHeadline       = 60 // elements before the headline still counted as near it
	longParagraph      = 80 // runes of a paragraph that is story text
	storyOpening       = 3  // long paragraphs that make the story's opening
	maxLineRunes       = 150
	scoreDesk          = -1 // a desk credited instead of a person yields to a named byline
	scoreLabelled      = 2  // "Autor: Jane Roe" names the author even as a sign-off below the story
)

// visibleByline is the byline the page prints.
type visibleByline struct {
	node   *html.Node
	more   []*html.Node // sibling elements the line continues in
	line   string
	names  []string
	marked []string // names the markup itself calls authors (rel=author, itemprop, hCard)
	score  int
	order  int
}

// bylineGroup is a byline line and the candidates inside it.
type bylineGroup struct {
	root    *html.Node
	more    []*html.Node // sibling lines continuing the list (see joinSiblingGroups)
	kind    int
	members []*html.Node
}

// bestByline finds the byline line the page prints for its story, or nil.
// headline is the element showing the story's title, when known; else
// the first visible <h1> stands for it.
func bestByline(p *page.Page, headline *html.Node) *visibleByline {
	head, _, bottom := storyLandmarksFrom(p, headline)
	var shown *html.Node // the headline placed, or nil
	if head >= 0 {
		shown = p.Elements[head]
	}
	groups := bylineGroups(p, shown)
	var best *visibleByline
	for _, g := range groups {
		v := readGroup(g)
		if v == nil || inWorkRecord(p, g) {
			continue
		}
		v.order = p.Order(g.root)
		v.score += g.kind
		switch {
		case head >= 0 && v.order > head && (bottom < 0 || v.order < bottom):
			v.score += scoreUnderHeadline
			if v.order-head < nearHeadline {
				v.score += scoreNearHeadline
			}
		case head >= 0 && v.order < head && head-v.order < nearHeadline:
			v.score += scoreAboveHeadline
		case head >= 0 && v.order < head:
			v.score += scoreFarAbove
		case bottom >= 0 && v.order > bottom:
			v.score += scoreBelowStory
		case head < 0 && (bottom < 0 || v.order < bottom):
			// No headline: near the story's opening is the place.
			v.score += scoreAboveHeadline
		}
		if v.score < minBylineScore {
			continue
		}
		if best == nil || v.score > best.score {
			best = v
		}
	}
	return best
}

// storyLandmarks returns the positions of the headline (the first visible
// <h1>), of the story's first long paragraph after it and of the end of
// its opening, or -1.
func storyLandmarks(p *page.Page) (head, opening, bottom int) {
	return storyLandmarksFrom(p, nil)
}

// storyLandmarksFrom is storyLandmarks with the headline's element known
// (the one showing the title, which on some pages is an <h2> after a
// widget's <h1>); nil falls back to the first visible <h1>.
func storyLandmarksFrom(p *page.Page, headline *html.Node) (head, opening, bottom int) {
	head, opening, bottom = -1, -1, -1
	if headline != nil && !p.Stats(headline).Hidden {
		head = p.Order(headline)
	}
	for i := 0; head < 0 && i < len(p.Elements); i++ {
		if n := p.Elements[i]; n.DataAtom == atom.H1 && !p.Stats(n).Hidden && p.Stats(n).Text > 0 {
			head = i
		}
	}
	long := 0
	for i := max(head, 0); i < len(p.Elements); i++ {
		n := p.Elements[i]
		if n.DataAtom != atom.P {
			continue
		}
		st := p.Stats(n)
		if st.Hidden || st.Text < longParagraph || st.LinkText*2 > st.Text {
			continue
		}
		if long++; long == 1 {
			opening = i
		}
		if long == storyOpening {
			return head, opening, i
		}
	}
	return head, opening, bottom
}

// bylineGroups collects byline candidates and groups those sharing a line.
// headline is the story's headline, or nil.
func bylineGroups(p *page.Page, headline *html.Node) []*bylineGroup {
	var groups []*bylineGroup
	inBody := false
	for _, n := range p.Elements {
		if n.DataAtom == atom.Body {
			inBody = true
		}
		if !inBody || p.Stats(n).Hidden {
			continue
		}
		kind := candidateKind(p, n)
		if kind == 0 || outsideStory(n, headline) || showsHeadline(n, headline) {
			continue
		}
		if g := groupHolding(groups, n); g != nil {
			g.members = append(g.members, n)
			g.kind = max(g.kind, kind)
			continue
		}
		if len(groups) == maxCandidates {
			break
		}
		groups = append(groups, &bylineGroup{root: lineOf(p, n), kind: kind, members: []*html.Node{n}})
	}
	return joinSiblingGroups(groups)
}

// showsHeadline reports a candidate that holds the headline or is its
// text: a title that opens with a byline word ("Von der Leyen will…")
// reads as a byline, and the headline is never one.
func showsHeadline(n, headline *html.Node) bool {
	if headline == nil {
		return false
	}
	return page.Within(headline, n) || (page.Within(n, headline) && page.Text(n) == page.Text(headline))
}

// groupHolding returns the group whose line contains n.
func groupHolding(groups []*bylineGroup, n *html.Node) *bylineGroup {
	for a := n.Parent; a != nil; a = a.Parent {
		for i := len(groups) - 1; i >= 0 && i >= len(groups)-4; i-- {
			if groups[i].root == a {
				return groups[i]
			}
		}
	}
	return nil
}

// candidateKind says how strongly n presents itself as a byline, or 0.
func candidateKind(p *page.Page, n *html.Node) int {
	st := p.Stats(n)
	if st.Text == 0 || st.Text > maxBylineRunes || st.Paras > 1 {
		return 0
	}
	if prop := strings.ToLower(page.Attr(n, "itemprop")); strings.Contains(prop, "author") || strings.Contains(prop, "creator") {
		return kindMarked
	}
	if n.DataAtom == atom.A && hasToken(page.Attr(n, "rel"), "author") {
		return kindMarked
	}
	if authorPageLink(n) {
		return kindClass
	}
	if hint := classID(n); hint != "" && containsAnyWord(hint, bylineClassHints) && !classWordPrefix(hint, bylineClassAvoid) {
		if strings.Contains(hint, "byline") {
			return kindMarked
		}
		return kindClass
	}
	if st.Text <= maxLineRunes && textualKind(n.DataAtom) && (startsWithPrefix(p, n) || prefixAfterSeparator(n)) {
		return kindText
	}
	return 0
}

// prefixAfterSeparator reports a line whose own text sets a byline prefix
// after a separator, the name following in an element: "Sport | By
// <span>Jane Roe</span> | May 4".
func prefixAfterSeparator(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.TextNode || c.NextSibling == nil || !strings.ContainsAny(c.Data, "|•·") {
			continue
		}
		t := strings.TrimSpace(c.Data)
		i := strings.LastIndexAny(t, "|•·")
		if rest := strings.TrimSpace(t[i+1:]); rest != "" && labelOnly(rest) {
			return true
		}
	}
	return false
}

// textualKind reports the elements a plain-text byline line is printed in.
func textualKind(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Span, atom.Address, atom.Li, atom.Small, atom.Em, atom.Strong,
		atom.B, atom.I, atom.H4, atom.H5, atom.H6, atom.Section, atom.Header, atom.A:
		return true
	}
	return false
}

// startsWithPrefix reports whether n's text begins with a byline word
// followed by more text.
func startsWithPrefix(p *page.Page, n *html.Node) bool {
	if !prefixStartSet[firstWord(n)] {
		return false // most short elements: no need to build their text
	}
	text := strings.TrimLeft(page.Text(n), leadSeparators)
	if text == "" || pictureCredit(text) {
		return false
	}
	if labelOnly(text) {
		// "<span>By</span><a>Jane Roe</a>", "<h5>Autor:</h5>Jane Roe":
		// the label has an element of its own and the name follows it.
		return followedByText(n)
	}
	if i := strings.Index(text, " "); i > 0 && labelSet[strings.ToLower(text[:i])] && stripBylinePrefix(text) != text {
		return true // "Blog Beitrag von Jane Roe", "Erstellt von Jane Roe"
	}
	low := page.LowerKeepOffsets(text) // offsets in low slice text
	for _, pre := range bylinePrefixes {
		if strings.HasPrefix(low, pre) && len(low) > len(pre)+2 {
			rest := text[len(pre):]
			if strings.TrimLeft(rest, ": ") != rest || !isLatinLetter([]rune(pre)[0]) {
				return stripBylinePrefix(text) != text
			}
		}
	}
	return false
}

// labelOnly reports text that is only a byline prefix: "By", "Von",
// "Autor:".
func labelOnly(text string) bool {
	t := strings.TrimSpace(text)
	return stripBylinePrefix(t+" x") == "x" && utf8.RuneCountInString(t) <= maxLabelRunes
}

// maxLabelRunes is the longest label printed alone ("Ein Kommentar von").
const maxLabelRunes = 20

// pictureCredit reports a line labelled only with picture words: "Photo:
// Jane Roe", "Fotos und Grafik: Jane Roe" credit an image, not the story.
func pictureCredit(text string) bool {
	if w := strings.Fields(strings.ToLower(text)); len(w) > 1 && pictureLabelSet[strings.Trim(w[0], ":：,.")] && !joinerSet[w[1]] {
		// "Photo by Jane Roe", "Фото из архива": a picture word leads
		// the line, and no joiner brings in the text ("Fotos und Text").
		return true
	}
	i := strings.IndexAny(text, ":：")
	if i <= 0 || i >= maxBylineLabelBytes {
		return false
	}
	words := strings.Fields(strings.ToLower(text[:i]))
	for _, w := range words {
		if !pictureLabelSet[w] && !joinerSet[w] {
			return false
		}
	}
	return len(words) > 0
}

var pictureLabelSet = newWordSet(pictureLabels)

// prefixStartSet holds the first words (lower case, up to a space, colon
// or slash) of byline prefixes and labels, so that an element's first
// text node tells whether its whole text is worth building.
var prefixStartSet = func() wordSet {
	set := wordSet{}
	for _, list := range [][]string{bylinePrefixes, bylineLabels} {
		for _, w := range list {
			set[leadToken(w)] = true
		}
	}
	return set
}()

// maxBylineLabelBytes bounds a label before its colon or its "by" ("Text
// und Interview:", "Ein Kommentar von"); further in, the colon or word
// belongs to the line's text.
const maxBylineLabelBytes = 40

// leadSeparators open a byline label printed after the line's previous
// part ("| By", "· Von"): they are not part of the label.
const leadSeparators = " \t\n|•·-–—"

// leadToken returns s up to its first space, colon or slash, lower case;
// for scripts written without spaces, the first two characters.
func leadToken(s string) string {
	// Cut before lowering: only the token is lowered, not a whole line
	// (no rune lowers to or from a separator, so the token is the same).
	s = strings.TrimLeft(s, leadSeparators)
	if end := strings.IndexAny(s, " :：/／"); end >= 0 {
		s = s[:end]
	}
	s = strings.ToLower(s)
	if r, _ := utf8.DecodeRuneInString(s); r >= 0x2E80 {
		// CJK labels ("记者", "文/") run into the name.
		if rs := []rune(s); len(rs) > 2 {
			s = string(rs[:2])
		}
		if rs := []rune(s); len(rs) > 1 && rs[0] == '文' {
			s = "文"
		}
	}
	return s
}

// firstWord returns the lead token of the first visible text below n, or
// "" when that text belongs to a breadcrumb trail ("By Course or Type ›
// Main Course" is a trail of recipe facets, not an author line).
func firstWord(n *html.Node) string {
	if isBreadcrumbContainer(n) {
		return ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if t := strings.TrimSpace(c.Data); t != "" {
				return leadToken(t)
			}
		case html.ElementNode:
			if page.Invisible(c) {
				continue
			}
			if isBreadcrumbContainer(c) {
				return ""
			}
			if w := firstWord(c); w != "" {
				return w
			}
		}
	}
	return ""
}

// outsideStory reports whether n sits in navigation, a footer, an aside or
// comments, where no byline of the story is, or is such a region itself by
// its class ("<div id=sidebar>By Jane Roe<ul>…</ul></div>": the site's
// author beside every page). A form or a hinted region that holds the
// story's headline is the page's frame instead ("<div class=one-sidebar>"
// says the layout has a side column; ASP.NET wraps whole pages in a form).
func outsideStory(n, headline *html.Node) bool {
	if hint := classID(n); hint != "" && classWordPrefix(hint, bylineOutsideSelf) {
		return true
	}
	for a := n.Parent; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if postFooter(a) {
			continue // the story's own footer: "Posted by Jane Roe at 18:52"
		}
		switch a.DataAtom {
		case atom.Aside:
			if !storyAside(a, headline) {
				return true
			}
		case atom.Nav, atom.Footer:
			return true
		case atom.Form:
			if headline == nil || !page.Within(headline, a) {
				return true
			}
		case atom.Body:
			return false
		}
		if hint := classID(a); hint != "" && classWordPrefix(hint, bylineOutside) && (headline == nil || !page.Within(headline, a)) {
			return true
		}
	}
	return false
}

// storyAside reports an <aside> that is the story's own side column: it
// sits in the <article> that holds the headline, where themes print the
// author and date beside the text ("<article><h1>…<aside class=meta>Von:
// Jane Roe</aside>"). The site's asides sit outside the article.
func storyAside(aside, headline *html.Node) bool {
	if headline == nil {
		return false
	}
	for a := aside.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Article {
			return page.Within(headline, a)
		}
	}
	return false
}

// lineOf climbs from a candidate to the element holding its whole line
// ("By <a>Jane Roe</a> and <a>John Doe</a>"), staying small.
func lineOf(p *page.Page, n *html.Node) *html.Node {
	line := n
	for a := n.Parent; a != nil && a.Type == html.ElementNode; a = a.Parent {
		switch a.DataAtom {
		case atom.Body, atom.Article, atom.Main, atom.Header, atom.Section, atom.Figure, atom.Ul, atom.Ol, atom.Table:
			return line
		}
		st, cur := p.Stats(a), p.Stats(line)
		if st.Text > maxLineRunes || st.Text > cur.Text+60 || st.Paras > 1 || holdsHeading(a) {
			return line
		}
		line = a
	}
	return line
}

// postFooter reports the footer of a post rather than of the page: a
// footer element inside an article, or one classed as the post's or
// entry's ("post-footer", "entry-footer"), where blogs print the byline.
func postFooter(n *html.Node) bool {
	hint := classID(n)
	isFooter := n.DataAtom == atom.Footer || (hint != "" && classWordPrefix(hint, []string{"footer"}))
	if !isFooter {
		return false
	}
	if hint != "" && classWordPrefix(hint, postFooterHints) {
		return true
	}
	for a := n.Parent; a != nil && a.DataAtom != atom.Body; a = a.Parent {
		if a.DataAtom == atom.Article {
			return true
		}
	}
	return false
}

// postFooterHints are class words of a footer that belongs to a post.
var postFooterHints = []string{"post", "entry", "article", "item"}

// holdsHeading reports whether n contains a headline.
func holdsHeading(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.H1, atom.H2, atom.H3:
			return true
		}
		if holdsHeading(c) {
			return true
		}
	}
	return false
}

// readGroup reads the names of a byline group.
func readGroup(g *bylineGroup) *visibleByline {
	text := groupText(g)
	if pictureCredit(strings.TrimLeft(text, "\x00 \n\t")) || asksQuestion(text) {
		return nil
	}
	line, names := parseLine(text, false, maxParsedLine*(1+len(g.more)))
	score := 0
	if labelledLine(text) {
		score = scoreLabelled
	}
	var marked []string
	for _, m := range g.members {
		if t := markedName(m); t != "" {
			_, n := parseByline(t, true)
			marked = appendNames(marked, n...)
		}
	}
	if linked := authorLinkNames(append([]*html.Node{g.root}, g.more...)); len(linked) > 1 && overlaps(linked, names) {
		marked = appendNames(marked, linked...)
	}
	if len(marked) > 0 && (len(names) == 0 || !overlaps(marked, names)) {
		// The markup names the author and the line read none of it
		// ("owner / repo Public"): the marked names are the line.
		names = marked
		line = strings.Join(marked, ", ")
	}
	if len(names) == 0 {
		if desk := deskLine(text); desk != "" && g.kind >= kindClass {
			// "Von Redaktion" in the author element: the byline as
			// printed, with no person to list.
			return &visibleByline{node: g.root, line: desk, score: scoreDesk}
		}
		return nil
	}
	return &visibleByline{node: g.root, more: g.more, line: line, names: names, marked: marked, score: score}
}

// asksQuestion reports a line that opens with a question ("Found a
// mistake? Tell the newsroom"): a widget's prompt, even in an element
// classed like a byline ("reporter-box"); names end in no question mark.
func asksQuestion(text string) bool {
	first, _, _ := strings.Cut(strings.Trim(text, "\x00 \n\t"), "\x00")
	first = strings.TrimSpace(first)
	return strings.HasSuffix(first, "?") || strings.HasSuffix(first, "？")
}

// labelledLine reports a line that begins with an author label written
// as one ("Autor: Jane Roe", "نویسنده: …", "Autorin/Autor Jane Roe", "文/…")
// or a blog's authorship phrase ("Posted by Jane Roe at 18:52",
// "Eingestellt von Jane Roe").
func labelledLine(text string) bool {
	low := strings.ToLower(strings.TrimLeft(bylineSegmentSeps.Replace(text), "\x00 \n\t"))
	low = strings.Join(strings.Fields(strings.ReplaceAll(low, "\x00", " ")), " ")
	for _, pre := range bylinePrefixes {
		if strings.ContainsAny(pre, labelMarks) && strings.HasPrefix(low, pre) {
			return true
		}
	}
	for _, pre := range postedPhrases {
		if strings.HasPrefix(low, pre+" ") {
			return true
		}
	}
	return false
}

// labelMarks are the characters that make a byline prefix a label
// rather than a word of the sentence: the colon, and the slash, star and
// underscore of gender-inclusive forms and of "文/".
const labelMarks = ":：/*_"

// deskLine returns the desk a byline line credits instead of a person
// ("Von Redaktion", "Author | Redaktion | 25. Januar"), as printed, or "".
func deskLine(text string) string {
	for _, seg := range strings.Split(bylineSegmentSeps.Replace(page.CollapseSpace(text)), "\x00") {
		t := trimPunct(stripBylinePrefix(strings.TrimSpace(seg)))
		if deskSet[strings.ToLower(t)] {
			return t
		}
		// "Example Japan Staff 2019年04月28日": the credit up to the date.
		if words, _ := cutAtStop(strings.Fields(t)); staffCredit(strings.ToLower(strings.Join(words, " "))) {
			return trimPunct(strings.Join(words, " "))
		}
	}
	return ""
}

var deskSet = newWordSet(bylineDesks)

// maxStaffWords bounds a staff credit: "Example News Staff", "Staff
// Writer"; longer text that ends in "staff" is a sentence.
const maxStaffWords = 4

// staffCredit reports a byline that credits the newsroom's staff rather
// than a person: "Staff Writer", "TMZ Staff", "Example Japan Staff".
func staffCredit(low string) bool {
	words := strings.Fields(low)
	if len(words) == 0 || len(words) > maxStaffWords {
		return false
	}
	return words[len(words)-1] == "staff" || (len(words) == 2 && words[0] == "staff" && roleSet[words[1]])
}
