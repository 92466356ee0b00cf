package metadata

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// titleInput is what findTitle weighs.
type titleInput struct {
	metas    []string     // structured candidates in precedence order: JSON-LD headline, og:title, …
	docTitle string       // <title>
	sites    []string     // names the site goes by: og:site_name, publisher, host
	h1s      []*html.Node // visible <h1>s
	subheads []*html.Node // visible <h2>, <h3>, itemprop=headline
	hasLD    bool         // metas[0] is a JSON-LD headline
	ldName   string       // the JSON-LD article's name, which may differ from its headline
	p        *page.Page
}

// findTitle returns the headline without site decorations and the element
// showing it (nil when the page does not show it). A title the page shows
// wins; then a decorated title whose headline part the page shows; then
// the first structured title.
func findTitle(in titleInput) (string, *html.Node) {
	t, n := pickTitle(in)
	declared := declaredTitles(in)
	return declaredForm(declaredColon(t, in), declared), n
}

// pickTitle chooses among the visible headings and declared titles.
func pickTitle(in titleInput) (string, *html.Node) {
	in.sites = append(logoNames(in.h1s), in.sites...)
	raw := append(append([]string{}, in.metas...), in.docTitle)
	cands := cleanCandidates(raw, in.sites)
	h1s := headings(in.p, in.h1s, in.sites)
	heads := append(append([]heading{}, h1s...), headings(in.p, in.subheads, in.sites)...)
	// The JSON-LD headline is the editorial headline by definition; it wins
	// unless the CMS cut it short.
	if in.hasLD && len(cands) > 0 && cands[0] == cleanTitle(in.metas[0], in.sites) && !cutShort(cands[0], h1s) {
		return ldTitle(in, cands, h1s, heads)
	}
	if t, n, ok := equalHeading(heads, cands); ok {
		return t, n
	}
	// A decorated title with a visible heading as its main part; on a page
	// without a headline <h1>, also a heading before a longer tagline
	// ("Villa Azul - Holiday home in Florida").
	named := !headlineH1(h1s)
	for _, h := range heads {
		for _, c := range raw {
			if decoratedBy(c, h.text, named) {
				return h.text, h.node
			}
		}
	}
	// A visible heading with a declared title as its main part: the theme
	// prints the decorated form ("Headline | Brand") in the <h1>.
	for _, h := range heads {
		for _, c := range cands {
			if decoratedBy(h.text, c, false) {
				return c, h.node
			}
		}
	}
	// A visible <h1> printing a declared title behind a kicker line.
	if h, c, ok := kickerHeading(unlinked(in.p, h1s), cands); ok {
		return c, h.node
	}
	// A structured headline cut short, as JSON-LD ones are at 110 characters.
	for _, h := range h1s {
		for _, c := range cands {
			if fc, fh := fold(c), fold(h.text); len(fc) >= 30 && len(fh) > len(fc) && strings.HasPrefix(fh, fc) && !printsApart(h.node, fc) {
				return h.text, h.node
			}
		}
	}
	// The page's headline telling the same story in other words: the
	// social title is an SEO variant, the reader sees the <h1>. A JSON-LD
	// headline is the editorial headline by definition and keeps its place.
	if t, n, ok := sameStoryHeading(in, h1s, cands); ok {
		return t, n
	}
	if h, ok := seconded(in.p, h1s, cands, in.hasLD); ok {
		return h.text, h.node
	}
	if h, ok := blankSlotHeading(in, h1s, heads); ok {
		return h.text, h.node
	}
	if t, n, ok := classedTitle(in, cands, h1s); ok {
		return t, n
	}
	if len(cands) > 0 {
		t := cands[0]
		if cleanTitle(in.docTitle, in.sites) == t && !isStructured(in.metas) {
			t = printedTitleHead(in.p, titleLeaf(dropTitleTail(dropTitleTail(dropSiteParts(t, in.sites)))))
		}
		return t, headingShowing(in.p, t)
	}
	if len(h1s) > 0 {
		return h1s[0].text, h1s[0].node
	}
	return "", nil
}

// equalHeading finds a visible heading equal to a declared title: the
// headline, in the page's own quotes and dashes when those are all that
// differs, else in the declared form.
func equalHeading(heads []heading, cands []string) (string, *html.Node, bool) {
	for _, c := range cands {
		for _, h := range heads {
			if fold(h.text) != fold(c) {
				continue
			}
			if plainTypography(h.text) == plainTypography(c) {
				return h.text, h.node, true // the reader sees these quotes and dashes
			}
			return c, h.node, true
		}
	}
	return "", nil, false
}

// cleanCandidates are the declared titles without site decorations,
// leaving out empty, overlong and menu-entry ones ("Home").
func cleanCandidates(raw, sites []string) []string {
	var cands []string
	for _, c := range raw {
		if c = cleanTitle(c, sites); c != "" && page.RuneLen(c) <= maxTitleRunes && !genericPageNames[strings.ToLower(c)] {
			cands = append(cands, c)
		}
	}
	return cands
}

// ldTitle returns the JSON-LD headline cands[0], or the visible heading
// that the page's other declared titles or the article's name show
// instead of it.
func ldTitle(in titleInput, cands []string, h1s, heads []heading) (string, *html.Node) {
	if h, ok := namedHeading(unlinked(in.p, h1s), in.ldName, cands[0], in.sites); ok {
		return h.text, h.node
	}
	if h, ok := kickerlessHeading(unlinked(in.p, h1s), cands); ok {
		return h.text, h.node
	}
	if h, ok := markedKickerHeading(unlinked(in.p, h1s), cands[0]); ok {
		return h.text, h.node
	}
	if h, ok := runInKickerHeading(in.p, unlinked(in.p, h1s), cands[0]); ok {
		return h.text, h.node
	}
	if h, ok := confirmedHeading(in.p, h1s, heads, cands); ok {
		return h.text, h.node
	}
	if h, ok := disputedHeading(in.p, h1s, heads, cands); ok {
		return h.text, h.node
	}
	n := showing(heads, cands[0], in.p)
	if n != nil {
		if t := headingText(n); t != cands[0] && plainTypography(t) == plainTypography(cands[0]) {
			return t, n // the page's own quotes and dashes
		}
	}
	return cands[0], n
}

// declaredTitles are the publisher's declared titles other than the JSON-LD
// headline (og:title, twitter:title, <title>, …), without decorations.
func declaredTitles(in titleInput) []string {
	var out []string
	for i, m := range append(append([]string{}, in.metas...), in.docTitle) {
		if i == 0 && in.hasLD {
			continue
		}
		if c := cleanTitle(m, in.sites); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// declaredForm returns the chosen headline t as the publisher declares it
// without a short "Topic: " kicker in front: the headline proper, the
// kicker being a label the page prints with it.
func declaredForm(t string, declared []string) string {
	for _, d := range declared {
		if r, ok := withoutKicker(t, d); ok {
			return r
		}
	}
	return t
}

// withoutKicker returns t's part after a "Kicker: " prefix when that part
// is the declared title d.
func withoutKicker(t, d string) (string, bool) {
	fd := fold(d)
	if len(fd) < minKickerlessFold {
		return "", false
	}
	i := strings.Index(t, ": ")
	if i <= 0 || len(strings.Fields(t[:i])) > maxKickerWords || fold(t[i+2:]) != fd {
		return "", false
	}
	return strings.TrimSpace(t[i+2:]), true
}

// namedHeading returns the visible <h1> that shows the JSON-LD article's
// name when its headline field says something else: wikis put the page's
// one-line description there, and the reader's headline is the name.
func namedHeading(h1s []heading, name, headline string, sites []string) (heading, bool) {
	fn := fold(cleanTitle(name, sites))
	if fn == "" || fn == fold(headline) {
		return heading{}, false
	}
	for _, h := range h1s {
		if fold(h.text) == fn {
			return h, true
		}
	}
	return heading{}, false
}

// kickerlessHeading returns the visible <h1> that another structured
// title repeats when the JSON-LD headline cands[0] is that same headline
// with the kicker in front ("Topic: Headline"): the page prints the kicker
// apart, and both the reader's and the social headline leave it out.
func kickerlessHeading(h1s []heading, cands []string) (heading, bool) {
	lead := fold(cands[0])
	for _, h := range h1s {
		fh := fold(h.text)
		if len(fh) >= minKickerlessFold && len(fh) < len(lead) && strings.HasSuffix(lead, fh) && declares(cands[1:], fh) {
			return h, true
		}
	}
	return heading{}, false
}

// markedKickerHeading returns the visible <h1> whose markup sets a kicker
// apart from the headline (a child classed "kicker", "overline", …, or
// one before a separator hidden from screen readers) when
// the JSON-LD headline lead is the two run together ("Topic: Headline"):
// the template says which part is the headline, and the declared title
// only joins them for feeds and search.
func markedKickerHeading(h1s []heading, lead string) (heading, bool) {
	fl := fold(lead)
	for _, h := range h1s {
		fh := fold(h.text)
		if len(fh) < minKickerlessFold || len(fh) >= len(fl) || !strings.HasSuffix(fl, fh) {
			continue
		}
		for c := h.node.FirstChild; c != nil; c = c.NextSibling {
			if isKicker(c) {
				if fk := fold(page.Text(c)); fk != "" && strings.HasPrefix(fl, fk) {
					return h, true
				}
			}
		}
		if _, ok := afterHiddenJoin(h.node); ok {
			return h, true // the heading's text is already the part after the join
		}
	}
	return heading{}, false
}

// declares reports whether one of the declared titles folds to f.
func declares(declared []string, f string) bool {
	for _, c := range declared {
		if fold(c) == f {
			return true
		}
	}
	return false
}

// confirmedHeading returns the story's visible headline when the page's
// only <h1> is the last step of its breadcrumb trail (an SEO title some
// CMSs print there, often the JSON-LD headline too): the heading outside
// the trail that another declared title (og:title, <title>, …) repeats,
// provided no heading there shows the JSON-LD headline. The reader sees
// that heading as the headline, and a second declared source agrees.
func confirmedHeading(p *page.Page, h1s, heads []heading, cands []string) (heading, bool) {
	if len(outsideCrumbs(h1s)) > 0 {
		return heading{}, false
	}
	own := outsideCrumbs(unlinked(p, heads))
	lead := fold(cands[0])
	for _, h := range own {
		if fold(h.text) == lead {
			return heading{}, false
		}
	}
	for _, h := range own {
		if headlineLength(h.text) && declares(cands[1:], fold(h.text)) {
			return h, true
		}
	}
	return heading{}, false
}

// disputedHeading returns the page's headline <h1>, the first one of
// several words outside links and the breadcrumb trail (section headings
// such as "More from the region" come after it), when the declared
// titles disagree among themselves (the JSON-LD headline tells the story
// in other words than the social title) and no heading shows any of
// them: no declared wording is confirmed, so the one the reader sees
// decides.
func disputedHeading(p *page.Page, h1s, heads []heading, cands []string) (heading, bool) {
	var own []heading
	for _, h := range outsideCrumbs(unlinked(p, h1s)) {
		if headlineLength(h.text) {
			own = append(own, h)
		}
	}
	if len(own) == 0 || !disputed(cands) {
		return heading{}, false
	}
	for _, h := range heads {
		fh := fold(h.text)
		for _, c := range cands {
			if fc := fold(c); strings.HasPrefix(fh, fc) || strings.HasSuffix(fh, fc) {
				return heading{}, false
			}
		}
	}
	return own[0], true
}

// disputed reports whether another declared title of several words
// shares too few words with the JSON-LD headline cands[0] to be the same
// wording.
func disputed(cands []string) bool {
	for _, c := range cands[1:] {
		if headlineLength(c) && wordOverlap(c, cands[0]) < sameStoryOverlap {
			return true
		}
	}
	return false
}

// outsideCrumbs drops the headings inside a breadcrumb trail: some themes
// print the trail's last step, the page's own title, as an <h1>.
func outsideCrumbs(hs []heading) []heading {
	var out []heading
	for _, h := range hs {
		if !inCrumbs(h.node) {
			out = append(out, h)
		}
	}
	return out
}

// inCrumbs reports whether n is or sits inside a breadcrumb container.
func inCrumbs(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n.Type == html.ElementNode && isBreadcrumbContainer(n) {
			return true
		}
	}
	return false
}

// unlinked returns the headings that are not all link text: a heading that
// is one link leads to another page (a section, a teaser).
func unlinked(p *page.Page, hs []heading) []heading {
	var out []heading
	for _, h := range hs {
		if st := p.Stats(h.node); st.LinkText < st.Text {
			out = append(out, h)
		}
	}
	return out
}

// showing returns the heading that shows title, else any heading-like
// element that does.
func showing(heads []heading, title string, p *page.Page) *html.Node {
	ft := fold(title)
	for _, h := range heads {
		if fold(h.text) == ft {
			return h.node
		}
	}
	return headingShowing(p, title)
}

// cutShort reports whether a headline was cut: it ends in an ellipsis, or
// a visible <h1> continues it.
func cutShort(t string, h1s []heading) bool {
	if strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…") {
		return true
	}
	ft := fold(t)
	for _, h := range h1s {
		if fh := fold(h.text); len(fh) > len(ft) && strings.HasPrefix(fh, ft) && !printsApart(h.node, ft) {
			return true
		}
	}
	return false
}

// isStructured reports whether any structured title exists.
func isStructured(metas []string) bool {
	for _, m := range metas {
		if strings.TrimSpace(m) != "" {
			return true
		}
	}
	return false
}

// dropTitleTail removes the last part of a <title> after a separator when
// it is short and the rest is a headline of several words: "Headline |
// Blog name" on a page that declares no site name.
func dropTitleTail(t string) string {
	for _, sep := range titlePartSeparators {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		if len(strings.Fields(tail)) <= 4 && len(strings.Fields(head)) >= 4 && page.RuneLen(tail) <= 40 {
			return head
		}
	}
	return t
}

// titleLeaf keeps the last step of a <title> written as a trail ("Blog
// Archive » Headline", "Club - News » Headline"): the guillemet points
// down the site's hierarchy, so the headline is the leaf, when it has
// several words and the trail before it is short.
func titleLeaf(t string) string {
	i := strings.LastIndex(t, trailSeparator)
	if i <= 0 {
		return t
	}
	trail, leaf := t[:i], strings.TrimSpace(t[i+len(trailSeparator):])
	if len(strings.Fields(leaf)) >= minLeafWords && len(strings.Fields(trail)) <= maxTrailWords {
		return leaf
	}
	return t
}

type heading struct {
	node *html.Node
	text string
}

// headings returns the visible headings' texts without kicker lines,
// leaving out empty and overlong ones and site logos.
func headings(p *page.Page, ns []*html.Node, sites []string) []heading {
	var out []heading
	for _, n := range ns {
		t := stripDateOnce(headingText(n))
		if t == "" || page.RuneLen(t) > maxTitleRunes || isLogo(n, t, sites) {
			continue
		}
		out = append(out, heading{n, t})
	}
	return out
}

// headingText is a heading's text without the kicker or overline some
// sites print inside it ("Eskalation im Nahen Osten" above the headline),
// without a <small> line under it (date, categories), and without the
// separator left between kicker and headline (often visually hidden).
func headingText(n *html.Node) string {
	if t, ok := afterHiddenJoin(n); ok {
		return t
	}
	if !hasAsideChild(n) {
		return page.Text(n)
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !isHeadingAside(c) {
			b.WriteString(" ")
			b.WriteString(page.Text(c))
		}
	}
	t := strings.Trim(page.CollapseSpace(b.String()), headingTrimChars)
	if t == "" {
		return page.Text(n)
	}
	return t
}

// hasAsideChild reports whether a heading has a kicker or <small> child.
func hasAsideChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if isHeadingAside(c) {
			return true
		}
	}
	return false
}

// isHeadingAside reports whether a heading's child is not the headline: a
// kicker line, or a <small> line of date or categories.
func isHeadingAside(c *html.Node) bool {
	return c.Type == html.ElementNode && (c.DataAtom == atom.Small || isKicker(c))
}

// isKicker reports whether a heading's child is a kicker line.
func isKicker(n *html.Node) bool {
	ci := classID(n)
	return ci != "" && containsAnyWord(ci, kickerClassWords)
}

// logoNames returns the texts of headings that are one link to the site's
// root: the site's name as its logo prints it.
func logoNames(ns []*html.Node) []string {
	var out []string
	for _, n := range ns {
		if t := page.Text(n); t != "" && page.RuneLen(t) <= maxSiteRunes && isLogo(n, t, nil) {
			out = append(out, t)
		}
	}
	return out
}

// isLogo reports whether a heading is the site's logo or name: all link
// to the site's root, or the site's name.
func isLogo(n *html.Node, text string, sites []string) bool {
	if isSiteName(text, sites) || hasLogoClass(n) {
		return true
	}
	var a *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if a != nil {
				return false
			}
			a = c
		} else if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
	}
	return a != nil && a.DataAtom == atom.A && isHomeLink(page.Attr(a, "href"))
}

// isHomeLink reports whether href leads to the site's front page, also
// written relative as static-site generators do ("index.html", "./").
func isHomeLink(href string) bool {
	rel := strings.TrimPrefix(href, "./")
	return isHomeURL(href) || href == "./" || strings.HasPrefix(rel, "index.") && !strings.Contains(rel, "/")
}

// hasLogoClass reports whether a heading's class or id names the site's
// logo or brand.
func hasLogoClass(n *html.Node) bool {
	ci := classID(n)
	for _, w := range logoClassWords {
		if strings.Contains(ci, w) {
			return true
		}
	}
	return false
}

// headingShowing finds the element that shows title: a heading or an
// itemprop=headline whose text is the title.
func headingShowing(p *page.Page, title string) *html.Node {
	want := fold(title)
	if want == "" {
		return nil
	}
	for _, n := range p.Elements {
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3:
		default:
			if !hasToken(page.Attr(n, "itemprop"), "headline") {
				continue
			}
		}
		st := p.Stats(n)
		if st.Hidden || int(st.Text) > 2*maxTitleRunes {
			continue
		}
		if fold(page.Text(n)) == want {
			return n
		}
	}
	return nil
}

// decoratedBy reports whether title t is head plus decorations on either
// side of a separator, head being the longer side, or with named, head
// before a last separator and a longer tagline. "Topic: " prefixes are
// not decorations.
func decoratedBy(t, head string, named bool) bool {
	fh := fold(head)
	if fh == "" || len(t) > maxDecoratedTitleBytes {
		return false
	}
	ft, at := foldWithOffsets(t)
	if ft == fh {
		return false
	}
	for _, sep := range titleSeparators {
		if sep == ": " {
			continue
		}
		// Separators hold no letter or digit, so the fold of each side of
		// a split is a slice of the fold of t.
		last := strings.Count(t, sep)
		for i, from := 1, 0; i <= last; i++ {
			pos := from + strings.Index(t[from:], sep)
			from = pos + len(sep)
			left, right := ft[:at[pos]], ft[at[from]:]
			if left == fh && (len(left) >= len(right) || named && i == last) || right == fh && len(right) >= len(left) {
				return true
			}
		}
	}
	return false
}

// cleanTitle removes site decorations from t: a separator with a site name
// on its far side, at either end, repeatedly; and a site name glued to the
// front ("SITE-Headline"). A title that is only the site name stays whole.
func cleanTitle(t string, sites []string) string {
	if len(t) > maxDecoratedTitleBytes {
		return page.CollapseSpace(t)
	}
	t = trimDangling(page.CollapseSpace(t))
	for range 4 {
		next := trimDangling(stripDateOnce(stripSiteOnce(t, sites)))
		if next == t || next == "" {
			break
		}
		t = next
	}
	return t
}

// stripSiteOnce removes one site decoration from either end of t.
func stripSiteOnce(t string, sites []string) string {
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(t, sep); i > 0 {
			if isSiteName(t[i+len(sep):], sites) {
				return strings.TrimSpace(t[:i])
			}
		}
		if i := strings.Index(t, sep); i > 0 && isSiteName(t[:i], sites) {
			// "Site: Headline" but not "Brexit: Headline" with site "Brexit".
			if rest := strings.TrimSpace(t[i+len(sep):]); sep != ": " || page.RuneLen(rest) > 20 {
				return rest
			}
		}
	}
	for _, s := range sites {
		for _, j := range titlePrefixJoiners {
			if len(s) >= 2 && len(t) > len(s)+len(j) && strings.EqualFold(t[:len(s)], s) && strings.HasPrefix(t[len(s):], j) {
				return strings.TrimSpace(t[len(s)+len(j):])
			}
		}
		if head, ok := gluedSiteTail(t, s); ok {
			return head
		}
	}
	if rest, ok := joinedSiteEnd(t, sites); ok {
		return rest
	}
	return siteInMiddle(t, sites)
}

// isSiteName reports whether seg names the site: equal to a known name
// once case, spaces and punctuation are ignored, or the host's name.
func isSiteName(seg string, sites []string) bool {
	f := fold(seg)
	if f == "" || len(f) > 60 {
		return false
	}
	for _, s := range sites {
		fs := fold(s)
		if fs == "" {
			continue
		}
		if f == fs || strings.TrimPrefix(f, "the") == strings.TrimPrefix(fs, "the") {
			return true
		}
		// "Site.com" against "site", or "Site Online" against "site".
		if len(fs) >= 4 && (strings.HasPrefix(f, fs) && len(f)-len(fs) <= 6) {
			return true
		}
	}
	return false
}

// fold reduces s to lower-case letters and digits, for comparing titles
// and names written with different punctuation, quotes or spacing.
// foldWithOffsets is fold(s) with, for each byte offset i of s at a rune
// boundary, the length of fold(s[:i]).
func foldWithOffsets(s string) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	at := make([]int, len(s)+1)
	for i, r := range s {
		at[i] = b.Len()
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	at[len(s)] = b.Len()
	return b.String(), at
}

func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// wordOverlap is the share of the shorter text's words found in the other.
func wordOverlap(a, b string) float64 {
	wa, wb := lowerWords(a), lowerWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	set := make(map[string]bool, len(wb))
	for _, w := range wb {
		set[w] = true
	}
	n := 0
	for _, w := range wa {
		if set[w] {
			n++
		}
	}
	return float64(n) / float64(len(wa))
}

// lowerWords splits s into its words, lower case: the runs of letters
// and digits that the word-overlap tests compare.
func lowerWords(s string) []string { return strings.FieldsFunc(strings.ToLower(s), notWordRune) }

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
