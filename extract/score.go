package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// analysis is the per-call state of one extraction. Per-node values live in
// slices parallel to page.Elements (indexed by document position, the same
// keying as the page's own statistics); nothing is written into the tree.
type analysis struct {
	p     *page.Page
	opts  Options
	hints Hints
	tune  tuning

	parent  []int32 // position of the parent element, -1 at the top
	size    []int32 // elements in the subtree, the element included
	role    []role  // what tag and names say
	clutter []bool  // the element or an ancestor is clutter
	unit    []unit  // the element's own text, outside nested blocks
	good    []int32 // story-like text in the subtree
	bad     []int32 // link and furniture text in the subtree
	story   []bool  // the element's own text counts as story
	links   []int32 // links in the subtree
	hskip   map[*html.Node]bool
	// accountForms are the positions of forms asking for a password or
	// an e-mail address (see noteAccountInput).
	accountForms []int32
	// postHeads maps the position of each live post's header to the
	// post's heading (see postHeading); nil on most pages.
	postHeads map[int32]*html.Node

	// articleTeasers counts <article>s taken for teasers only for being
	// alike siblings; sectionArticles turns that reading off (see retry).
	articleTeasers  int
	sectionArticles bool
	// deadLinks marks a bare page whose text sits in links that go
	// nowhere: link text there is no sign of furniture.
	deadLinks bool
}

// unit is the text a block element holds itself, outside nested blocks:
// one paragraph, list item, cell or heading.
type unit struct {
	text, link, words int32
}

// tuning are the thresholds Favor moves.
type tuning struct {
	unitLinkDensity float64 // above it a block's text is links, not story
	badWeight       float64 // how much furniture text costs a container
	siblingBad      float64 // bad/good a sibling may have and still join
	skipLinkDensity float64 // above it a block inside the story is a link list
	minSiblingText  int32   // runes of story text a sibling needs
	phrases         bool    // leave out blocks that match clutter phrases
}

func tuningFor(f Favor) tuning {
	switch f {
	case Precision:
		return tuning{unitLinkDensity: 0.35, badWeight: 0.9, siblingBad: 0.25, skipLinkDensity: 0.4, minSiblingText: 300, phrases: true}
	case Recall:
		return tuning{unitLinkDensity: 0.65, badWeight: 0.3, siblingBad: 1, skipLinkDensity: 0.75, minSiblingText: 20}
	}
	return tuning{unitLinkDensity: 0.5, badWeight: 0.7, siblingBad: 0.5, skipLinkDensity: 0.55, minSiblingText: 200, phrases: true}
}

// minUnitWords is the fewest words a block needs to count as story text;
// shorter blocks (labels, buttons, counters) count neither way.
const minUnitWords = 4

func newAnalysis(p *page.Page, opts Options, hints Hints) *analysis {
	n := len(p.Elements)
	a := &analysis{
		p: p, opts: opts, hints: hints, tune: tuningFor(opts.Favor),
		parent: make([]int32, n), size: make([]int32, n), role: make([]role, n),
		clutter: make([]bool, n), unit: make([]unit, n),
		good: make([]int32, n), bad: make([]int32, n), story: make([]bool, n), links: make([]int32, n),
	}
	if len(hints.Skip) > 0 {
		a.hskip = make(map[*html.Node]bool, len(hints.Skip))
		for _, s := range hints.Skip {
			a.hskip[s] = true
		}
	}
	return a
}

// index fills the per-node slices in linear passes: roles and units
// top-down, raw story text bottom-up, clutter top-down (a furniture name on
// a wrapper that holds the story is void), then good and bad bottom-up.
func (a *analysis) index() {
	p := a.p
	cache := nameCache{}
	for i, n := range p.Elements {
		a.parent[i] = int32(p.Order(n.Parent))
		a.role[i] = classify(n, cache)
		if a.role[i] == roleWeakClutter {
			a.markPostHeader(i, n)
		}
		if isUnit(n) {
			st := p.Stats(n)
			a.unit[i] = unit{st.Text, st.LinkText, st.Words}
		}
		a.noteAccountInput(i, n)
	}
	a.subtractNested()
	raw, marks := a.rawStory()
	a.markAccountForms()
	total := raw[0]
	for i, n := range p.Elements {
		// Most of the story's text is never furniture, whatever its name
		// says ("content-with-sidebar") or metadata took it for (a dek that
		// repeats a one-paragraph story); nor is a named story container.
		most := raw[i] > 0 && raw[i]*2 > total
		par := a.parent[i]
		c := a.hskip[n] && !a.bodyParagraph(i, n) && !most && marks[i]&holdsStory == 0 && !a.leadParagraph(i, n, raw)
		c = a.postClutter(i, n, par, c)
		if a.role[i] == roleClutter && marks[i]&holdsStory == 0 ||
			a.role[i] == roleWeakClutter && marks[i]&holdsStory == 0 && !most && !a.subhead(n, raw) && !wrapsEmbed(n, 0) && !a.foldedText(i, n) &&
				!a.sectionHeader(i, n, raw) {
			c = true
		}
		if a.role[i] == roleStrongStory || par >= 0 && marks[par]&inStory != 0 {
			marks[i] |= inStory
		}
		// A gallery inside a story is left out even when its captions
		// outweigh the story; a page that is only a gallery keeps it.
		if marks[i]&gallery != 0 && total-raw[i] >= minStoryBesideGallery {
			c = true
		}
		if !most && (marks[i]&teaser != 0 || marks[i]&(linkTeaser|inStory) == linkTeaser || a.teaserCard(i, n, raw)) {
			c = true
		}
		if par >= 0 && a.clutter[par] {
			c = true
		}
		a.clutter[i] = c
	}
	clear(raw) // a.good again, for the final sums
	for i := len(p.Elements) - 1; i >= 0; i-- {
		n := p.Elements[i]
		if p.Stats(n).Hidden {
			continue
		}
		a.scoreUnit(i, n)
		if par := a.parent[i]; par >= 0 {
			a.good[par] += a.good[i]
			a.bad[par] += a.bad[i]
		}
	}
}

// leadParagraph reports a paragraph that metadata took for the dek but
// that stands among the story's paragraphs, followed by another one and
// with at least as much story text beside it: it is the story's first
// paragraph, repeated in the page's description, and the body keeps it.
func (a *analysis) leadParagraph(i int, n *html.Node, raw []int32) bool {
	par := a.parent[i]
	if n.DataAtom != atom.P || par < 0 || raw[i] == 0 || raw[par]-raw[i] < raw[i] {
		return false
	}
	// A dek is followed by the byline, the date or the lead figure; the
	// first paragraph is followed by the second.
	next := page.NextElement(n)
	if next == nil || next.DataAtom != atom.P {
		return false
	}
	if j := a.p.Order(next); j < 0 || raw[j] == 0 {
		return false
	}
	// Byline and date lines are neither a lead nor the paragraph after it.
	if bylineOrDate(page.Text(n)) || bylineOrDate(page.Text(next)) {
		return false
	}
	// And it is the first: a notice after the story is no lead.
	for prev := n.PrevSibling; prev != nil; prev = prev.PrevSibling {
		if j := a.p.Order(prev); j >= 0 && raw[j] > 0 {
			return false
		}
	}
	return true
}

// bylineOrDate reports a line that only says who wrote the story or when.
func bylineOrDate(text string) bool { return isBylineLine(text) || isDateline(text) }

// Marks rawStory sets on elements.
const (
	holdsStory  = 1 << iota // a strong story container is at or below it
	linkedHead              // a heading that is all link is below it
	teaser                  // one of several alike blocks announcing other stories
	linkTeaser              // the same, told only by opening with a link: not inside a story
	inStory                 // a strong story container is at or above it
	gallery                 // holds the slides of a gallery: several "3/12" counters
	slidesBelow             // a child already holds the slides
)

// maxTeaserText is the most story-like text a teaser holds: an excerpt,
// never a whole story.
const maxTeaserText = 1000

// minTeasers is how many alike siblings make a list of teasers.
const minTeasers = 3

// rawStory sums story text bottom-up before any clutter decision (it
// reuses a.good, which the caller clears) and marks wrappers of the story,
// linked headings and teasers: blocks under a linked heading with short
// text, of which the parent holds several of the same tag.
func (a *analysis) rawStory() (raw []int32, marks []uint8) {
	p := a.p
	raw = a.good
	marks = make([]uint8, len(p.Elements))
	alike := map[int64]int32{}
	counters := a.bad // gallery counters in the subtree; a.bad is unused until the final sums
	defer clear(counters)
	// firstHead is the position of the first linked heading in the
	// subtree, 0 for none (position 0 is <html>, never a heading).
	firstHead := make([]int32, len(p.Elements))
	for i, n := range p.Elements {
		if teaserTag(n.DataAtom) && a.parent[i] >= 0 {
			alike[a.alikeKey(i, n)]++
		}
	}
	for i := len(p.Elements) - 1; i >= 0; i-- {
		a.size[i]++
		n := p.Elements[i]
		st := p.Stats(n)
		if !st.Hidden && a.storyUnit(i, n) {
			raw[i] += a.unit[i].text - a.unit[i].link
		}
		if a.role[i] == roleStrongStory {
			marks[i] |= holdsStory
		}
		if isHeading(n.DataAtom) && st.Text > 0 && st.LinkText*10 >= st.Text*8 {
			marks[i] |= linkedHead
			firstHead[i] = int32(i)
		}
		par := a.parent[i]
		if raw[i] < maxTeaserText && teaserTag(n.DataAtom) && par >= 0 && marks[i]&holdsStory == 0 &&
			alike[a.alikeKey(i, n)] >= minTeasers {
			switch {
			case n.DataAtom == atom.Article && a.sectionArticles:
				// a section of one story: neither kind of teaser
			case marks[i]&linkedHead != 0 && a.headingLinksHere(firstHead[i]):
				// this page's own post, headed by its permalink
			case marks[i]&linkedHead != 0:
				marks[i] |= teaser
			case n.DataAtom == atom.Article && !a.liveBlog() && a.announcesSitePage(i):
				// a teaser links to another page of the site; a listicle item does not (section_card.go)
				marks[i] |= teaser
				a.articleTeasers++
			case st.LinkText*10 >= st.Text && opensWithLink(n):
				marks[i] |= linkTeaser
			}
		} else if a.loneTeaser(i, n, raw[i], marks[i]) {
			marks[i] |= teaser
		}
		if counters[i] == 0 && st.Text <= maxCounterRunes && isCounterNode(n) {
			counters[i] = 1
		}
		if counters[i] >= minTeasers && marks[i]&slidesBelow == 0 {
			marks[i] |= gallery // the lowest element holding the slides
		}
		if page.IsLink(n) {
			a.links[i]++
		}
		if par >= 0 {
			a.size[par] += a.size[i]
			if !st.Hidden {
				a.lift(i, par, rawSums{raw, marks, firstHead, counters})
			}
		}
	}
	return raw, marks
}

// rawSums are the per-element sums rawStory carries from child to parent.
type rawSums struct {
	raw       []int32
	marks     []uint8
	firstHead []int32
	counters  []int32
}

// lift adds a shown child's sums to its parent's.
func (a *analysis) lift(i int, par int32, s rawSums) {
	a.links[par] += a.links[i]
	// Text under unmistakable furniture (comments, a cookie dialog) does
	// not count toward what a wrapper holds, nor do its linked headings
	// (a share bar's "Share / Tweet") make the wrapper a teaser.
	if a.role[i] != roleClutter || s.marks[i]&holdsStory != 0 {
		s.raw[par] += s.raw[i]
		s.marks[par] |= s.marks[i] & linkedHead
		if s.firstHead[i] != 0 {
			// Children come last to first: the first one's wins.
			s.firstHead[par] = s.firstHead[i]
		}
	}
	s.marks[par] |= s.marks[i] & holdsStory
	s.counters[par] += s.counters[i]
	if s.counters[i] >= minTeasers {
		s.marks[par] |= slidesBelow
	}
}

// alikeKey is the key under which rawStory counts n among its alike
// siblings: its parent and tag. A slider wraps each <article> card in a
// slide of its own, so a card alone in its wrapper counts among the
// wrapper's siblings.
func (a *analysis) alikeKey(i int, n *html.Node) int64 {
	par := a.parent[i]
	if n.DataAtom == atom.Article && a.parent[par] >= 0 && page.OnlyElement(n) {
		par = a.parent[par]
	}
	return int64(par)<<32 | int64(n.DataAtom)
}

// opensWithLink reports whether the first text below n is inside a link,
// as in a teaser that opens with the headline of the story it announces.
func opensWithLink(n *html.Node) bool {
	link := false
	for c, steps := n.FirstChild, 0; c != nil && steps < 64; steps++ {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return link
		case c.Type == html.ElementNode && c.FirstChild != nil && !page.Invisible(c):
			link = link || c.DataAtom == atom.A
			c = c.FirstChild
			continue
		}
		for c.NextSibling == nil && c.Parent != n {
			c = c.Parent
			if c.DataAtom == atom.A {
				link = false
			}
		}
		c = c.NextSibling
	}
	return false
}

// minStoryBesideGallery is the story text, in runes, a page needs besides
// a gallery for the gallery to be left out.
const minStoryBesideGallery = 500

// maxCounterRunes is the longest text of a gallery counter ("12 of 50").
const maxCounterRunes = 12

// isCounterNode reports an element whose only content is a gallery
// counter such as "3/12"; it reads the text node in place.
func isCounterNode(n *html.Node) bool {
	c := n.FirstChild
	if c == nil || c.NextSibling != nil || c.Type != html.TextNode {
		return false
	}
	return isCounter(strings.ToLower(c.Data))
}

// teaserTag reports the tags teasers come in.
func teaserTag(t atom.Atom) bool {
	return t == atom.Article || t == atom.Li || t == atom.Div || t == atom.Section
}

// subtractNested takes nested blocks out of the unit that holds them, so
// that each rune of text belongs to exactly one unit.
func (a *analysis) subtractNested() {
	p := a.p
	for i, n := range p.Elements {
		if !isUnit(n) || p.Stats(n).Hidden {
			continue
		}
		for par := a.parent[i]; par >= 0; par = a.parent[par] {
			if isUnit(p.Elements[par]) {
				u, st := &a.unit[par], p.Stats(n)
				u.text -= st.Text
				u.link -= st.LinkText
				u.words -= st.Words
				break
			}
		}
	}
}

// storyUnit reports whether a block's own text reads as story text,
// clutter aside.
func (a *analysis) storyUnit(i int, n *html.Node) bool {
	u := a.unit[i]
	return u.text > 0 && !isHeading(n.DataAtom) && n.DataAtom != atom.Figcaption && n.DataAtom != atom.Caption &&
		float64(u.link) <= a.tune.unitLinkDensity*float64(u.text) && u.words >= minUnitWords
}

// scoreUnit adds a block's own text to good or bad.
func (a *analysis) scoreUnit(i int, n *html.Node) {
	u := a.unit[i]
	switch {
	case u.text <= 0:
	case a.clutter[i]:
		a.bad[i] += u.text
	case a.storyUnit(i, n):
		a.good[i] += u.text - u.link
		a.bad[i] += u.link / 2
		a.story[i] = true
	case float64(u.link) > a.tune.unitLinkDensity*float64(u.text):
		a.bad[i] += u.text
	}
}

// isUnit reports elements that hold text of their own as a block.
func isUnit(n *html.Node) bool {
	return page.IsBlock(n.DataAtom)
}

func isHeading(t atom.Atom) bool { return page.IsHeading(t) }

// bonus is the share of its good text a container earns for its name.
func (a *analysis) bonus(i int) float64 {
	switch a.role[i] {
	case roleStrongStory:
		return 0.5
	case roleStory:
		return 0.15
	}
	return 0
}

// score is a container's worth: its story text, raised by a story name,
// minus the furniture it would drag in.
func (a *analysis) score(i int) float64 {
	g := float64(a.good[i])
	return g*(1+a.bonus(i)) - a.tune.badWeight*float64(a.bad[i])
}

// isContainer reports elements that may hold a whole story.
func isContainer(t atom.Atom) bool {
	switch t {
	case atom.Div, atom.Section, atom.Article, atom.Main, atom.Td, atom.Body, atom.Blockquote,
		atom.Span, atom.Font, atom.Center, atom.Form, atom.Dd, atom.Li, atom.P, atom.Pre, atom.Table,
		atom.Tbody, atom.Tr:
		return true
	}
	return false
}

// best returns the position of the highest-scoring container and of the
// best one that neither holds nor sits inside it (-1 when none).
func (a *analysis) best() (best, rival int) {
	best, rival = -1, -1
	var bs float64
	for i, n := range a.p.Elements {
		if a.good[i] == 0 || a.clutter[i] || !isContainer(n.DataAtom) || a.p.Stats(n).Hidden {
			continue
		}
		if s := a.score(i); best < 0 || s > bs {
			best, bs = i, s
		}
	}
	if best < 0 {
		return -1, -1
	}
	var rs float64
	for i, n := range a.p.Elements {
		if a.good[i] == 0 || a.clutter[i] || !isContainer(n.DataAtom) || a.related(i, best) {
			continue
		}
		if s := a.score(i); rival < 0 || s > rs {
			rival, rs = i, s
		}
	}
	return best, rival
}

// related reports whether one of i and j holds the other.
func (a *analysis) related(i, j int) bool {
	return a.inside(i, j) || a.inside(j, i)
}

// inside reports whether i is j or below it: subtrees are contiguous in
// document order.
func (a *analysis) inside(i, j int) bool {
	return i >= j && i < j+int(a.size[j])
}

// bodyParagraph reports the dek when a reader sees it as the story's
// opening rather than a line set off beside the headline: it neither
// follows the headline directly nor sits in a <header>. Wrapped in its own
// blocks after the headline block, or after the byline, it opens the text.
func (a *analysis) bodyParagraph(i int, n *html.Node) bool {
	if a.hints.Dek == "" || page.CollapseSpace(page.Text(n)) != a.hints.Dek {
		return false
	}
	par := a.parent[i]
	if prev := page.PrevElement(n); prev != nil && a.isHeadline(prev) {
		return false
	}
	for j := par; j >= 0; j = a.parent[j] {
		if a.p.Elements[j].DataAtom == atom.Header {
			return false
		}
	}
	return true
}

// isHeadline reports the story's headline: the h1, or a heading that says
// the title. A dek right under a section heading inside the story is text.
func (a *analysis) isHeadline(n *html.Node) bool {
	if n.DataAtom == atom.H1 {
		return true
	}
	return isHeading(n.DataAtom) && a.hints.Title != "" && page.CollapseSpace(page.Text(n)) == a.hints.Title
}
