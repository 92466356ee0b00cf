package metadata

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// dateKind says what a found date claims to be.
type dateKind byte

const (
	kindUnknown   dateKind = iota // a date with no label: taken as publication
	kindPublished                 // labelled or marked as first publication
	kindModified                  // labelled or marked as an update
)

// Source tiers, most trusted first.
const (
	tierStructured = iota // JSON-LD, given by the caller
	tierMeta              // <meta> keys
	tierMicrodata         // microdata values, given by the caller
	tierMarked            // itemprop, <time pubdate>, hAtom classes, labelled lines
	tierTime              // a bare <time datetime>
	tierDateline          // the short text of a date-like class
	tierNear              // a short unmarked date next to the headline
	tierWeakMeta          // generic <meta> keys (date, dc.date): often the page's build time
	tierTitle             // a date leading the page title or headline
	tierURL               // the page address
)

// dateFound is one candidate date.
type dateFound struct {
	t     time.Time
	clock bool
	kind  dateKind
	tier  int
	rank  int        // meta: position in the names table; visible: distance to the headline
	node  *html.Node // the visible element it was read from, or nil
}

// Bounds on visible candidates: datelines are short.
const (
	maxDatelineRunes = 160 // longer blocks are prose, not datelines
	maxLabelBytes    = 300 // direct text examined for a label
	maxLabelPrefix   = 48  // bytes of it that can hold the label
	maxBareLabel     = 40  // bytes of a label standing without its date ("Datum:")
	maxLabelLead     = 16  // bytes of qualifier a line may open with before its label
	maxNearRunes     = 80  // an unmarked dateline is shorter still
	nearBefore       = 15  // elements before the headline in its window
	nearAfter        = 60  // elements after it
)

// pageDates finds the published and modified dates the visible page and its
// non-JSON-LD markup state: <meta>, <time>, itemprop, datelines near the
// headline, and finally the URL. It never returns a date more than a day in
// the future, nor a modified date before the published one.
func pageDates(p *page.Page) (published, modified time.Time) {
	d := resolveDates(p, statedDates{}, statedDates{})
	return d.published, d.modified
}

// statedDates are the published and modified values one structured source
// gives, as written. pageOnly says the page's structured data declares a
// WebPage or a recipe card and no article (see recordOnly).
type statedDates struct {
	published, modified string
	pageOnly            bool
}

// resolveDates is pageDates with what JSON-LD (ld) and microdata (md)
// state. JSON-LD ranks above everything; microdata below <meta> keys but
// above the visible page (it is markup, and it may sit in places the visible
// rules pass over). The same rules apply to all: none in the future, the most
// precise statement of the chosen moment, the local offset a dateline shows.
func resolveDates(p *page.Page, ld, md statedDates) chosenDates {
	s := dateScan{p: p, hint: pageHint(p), limit: time.Now().Add(24 * time.Hour), pageOnly: ld.pageOnly}
	s.addParsed(ld.published, kindPublished, tierStructured, 0)
	s.addParsed(ld.modified, kindModified, tierStructured, 0)
	s.addParsed(md.published, kindPublished, tierMicrodata, 0)
	s.addParsed(md.modified, kindModified, tierMicrodata, 0)
	s.findHeadline()
	s.findStory()
	s.collect()
	if t, ok := s.titleDate(); ok {
		s.node = nil
		s.add(dateFound{t: t, tier: tierTitle})
	}
	if t, ok := urlDate(p); ok {
		s.add(dateFound{t: t, tier: tierURL})
	}
	d := s.choose()
	d.lines = s.datelines(d.published, d.modified)
	return d
}

// chosenDates are the dates resolveDates settles on.
type chosenDates struct {
	published, modified time.Time
	// publishedDayOnly and modifiedDayOnly say the page states the day and
	// no time of day: the clock then reads midnight.
	publishedDayOnly, modifiedDayOnly bool
	// lines are the short dateline elements that state the chosen dates,
	// for the body to leave out.
	lines []*html.Node
}

// choose picks the published and modified dates among the candidates.
func (s *dateScan) choose() (d chosenDates) {
	pub, okP := s.best(kindPublished, kindUnknown)
	okP = okP && !s.recordOnly(pub)
	mod, okM := s.best(kindModified, kindModified)
	if !okP && okM && s.showsUpdate() {
		pub, okP = mod, true // only an update is stated: the version we read is from then
	}
	if okP {
		pub = s.shown(s.outvote(pub))
		pub = s.languageZone(s.localize(s.sharpen(pub)))
		d.published, d.publishedDayOnly = localMidnight(pub), !pub.clock
	}
	if okM {
		mod = s.languageZone(s.localize(s.sharpen(mod)))
		if t := localMidnight(mod); !okP || !t.Before(d.published) {
			d.modified, d.modifiedDayOnly = t, !mod.clock
		}
	}
	return d
}

// showsUpdate reports whether the visible page states an update date. An
// update date only the markup states dates a static page (WordPress SEO
// plugins give pages a modified time and no published one), not a story.
func (s *dateScan) showsUpdate() bool {
	for _, f := range s.found {
		if f.kind == kindModified && f.tier >= tierMarked && f.tier <= tierNear {
			return true
		}
	}
	return false
}

// dateScan gathers candidates in one pass over the page index.
type dateScan struct {
	p           *page.Page
	hint        dateHint
	limit       time.Time           // dates after this are in the future
	headline    int                 // document position of the headline, or -1
	headNode    *html.Node          // the headline, or nil
	headArticle *html.Node          // the <article> holding the headline, or nil
	headAnc     map[*html.Node]bool // the headline and its ancestors: never excluding
	story       *html.Node          // the headline's container that holds the body, or nil
	node        *html.Node          // the visible element being read, or nil
	pageOnly    bool                // structured data declares a WebPage or recipe and no article
	found       []dateFound
	clocks      []dateFound // wall clocks printed beside a UTC machine value: evidence for localize only
}

// pageHint reads the page language: US-style month-first numeric dates only
// for English pages.
func pageHint(p *page.Page) dateHint {
	if html := p.First(atom.Html); html != nil {
		lang := strings.ToLower(page.Attr(html, "lang"))
		return dateHint{monthFirst: lang == "en" || strings.HasPrefix(lang, "en-us") || lang == ""}
	}
	return dateHint{monthFirst: true}
}

// findHeadline is the story headline: of the visible <h1> elements, the
// one the page title repeats, else one inside <article> or <main>, else the
// first; on a page without one, an <h2>–<h4> the title repeats (templates
// that style the story title as a lower heading). It sets the headline's
// position and the <article> holding it.
func (s *dateScan) findHeadline() {
	s.headline = -1
	title := ""
	if t := s.p.First(atom.Title); t != nil {
		title = strings.ToLower(page.Text(t))
		if title == "" && t.FirstChild != nil {
			title = strings.ToLower(t.FirstChild.Data)
		}
	}
	best := -10 // below any candidate: lower headings score -2 or -1
	for i, n := range s.p.Elements {
		st := s.p.Stats(n)
		if !headlineTag(n.DataAtom) || st.Hidden || st.Text == 0 || st.Text > 300 {
			continue
		}
		score := 0
		h := strings.ToLower(page.Text(n))
		if page.RuneLen(h) < 4 {
			continue // "…", a logo letter: not a headline
		}
		if strings.Contains(title, h) {
			score += 2
		}
		if inStory(n) {
			score++
		}
		if n.DataAtom != atom.H1 {
			if score < 2 {
				continue // a lower heading stands in only when the title repeats it
			}
			score -= 4 // and never against an <h1>
		}
		if score > best {
			best, s.headline, s.headNode = score, i, n
		}
	}
	s.headAnc = map[*html.Node]bool{}
	for a := s.headNode; a != nil; a = a.Parent {
		s.headAnc[a] = true
		if a.DataAtom == atom.Article && s.headArticle == nil {
			s.headArticle = a
		}
	}
}

// headlineTag reports the heading levels a headline is looked for in.
func headlineTag(a atom.Atom) bool {
	return a == atom.H1 || a == atom.H2 || a == atom.H3 || a == atom.H4
}

// inStory reports whether n is inside <article> or <main>.
func inStory(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Article || a.DataAtom == atom.Main {
			return true
		}
	}
	return false
}

// add keeps a candidate that is not in the future.
func (s *dateScan) add(f dateFound) {
	if f.t.IsZero() || f.t.After(s.limit) {
		return
	}
	f.node = s.node
	s.found = append(s.found, f)
}

// parse reads a date with the page's hint.
func (s *dateScan) parse(v string) (time.Time, bool, bool) {
	return parseDateHint(v, s.hint)
}

// collect walks the indexed elements once.
func (s *dateScan) collect() {
	for i, n := range s.p.Elements {
		s.node = nil
		switch n.DataAtom {
		case atom.Meta:
			s.meta(n)
			continue
		case atom.Script, atom.Style, atom.Template, atom.Noscript:
			continue
		}
		st := s.p.Stats(n)
		if st.Hidden {
			continue
		}
		s.node = n
		if st.Text == 0 {
			s.hAtomTitle(n, i) // <span class="updated" title="2026-11-24T07:15:00+00:00"></span>
			continue
		}
		s.visible(n, i, st)
	}
}

// meta reads a <meta> whose key names a publication or update date.
func (s *dateScan) meta(n *html.Node) {
	content := page.Attr(n, "content")
	if content == "" {
		content = page.Attr(n, "value") // some templates write value= instead
	}
	if content == "" {
		return
	}
	for _, key := range []string{"property", "name", "itemprop", "http-equiv"} {
		k := strings.ToLower(strings.TrimSpace(page.Attr(n, key)))
		if k == "" || key == "itemprop" && foreignScope(n) {
			// A <meta itemprop> inside a review, product or comment
			// dates that thing, not the page.
			continue
		}
		if r := nameRank(publishedMetaNames, k); r >= 0 {
			tier := tierMeta
			if weakMetaNames[k] {
				tier = tierWeakMeta
			}
			s.addParsed(content, kindPublished, tier, r)
		} else if r := nameRank(modifiedMetaNames, k); r >= 0 {
			s.addParsed(content, kindModified, tierMeta, r)
		}
	}
}

func nameRank(list []string, k string) int {
	for i, v := range list {
		if v == k {
			return i
		}
	}
	return -1
}

// addParsed parses v and keeps it as a candidate.
func (s *dateScan) addParsed(v string, kind dateKind, tier, rank int) bool {
	t, clock, ok := s.parse(v)
	if !ok {
		return false
	}
	s.add(dateFound{t: t, clock: clock, kind: kind, tier: tier, rank: rank})
	return !t.After(s.limit)
}

// best returns the candidate of kind a or b from the most trusted tier,
// preferring kind a within a tier, then the best rank. Among visible
// dates, one beside the headline wins over marked ones farther down (a
// photo's "Date:" in the body, a labelled date in a details box).
func (s *dateScan) best(a, b dateKind) (dateFound, bool) {
	var w dateFound
	ok := false
	for _, f := range s.found {
		if f.kind != a && f.kind != b {
			continue
		}
		var better bool
		switch {
		case !ok:
			better = true
		case visibleTier(f.tier) && visibleTier(w.tier) && s.beside(f) != s.beside(w):
			better = s.beside(f) // beside the headline beats any visible mark farther away
		case f.tier == w.tier:
			better = (f.kind == a && w.kind != a) || (f.kind == w.kind && f.rank < w.rank)
		default:
			better = f.tier < w.tier
		}
		if better {
			w, ok = f, true
		}
	}
	return w, ok
}

// sharpen replaces the chosen date with a more precise statement of the
// same moment: another candidate of a compatible kind that agrees on the
// wall clock (or, for a day-only date, the day) and adds a time of day,
// seconds or an offset. The most precise wins, then the most trusted.
func (s *dateScan) sharpen(f dateFound) dateFound {
	best, bestScore := f, precision(f)
	for _, g := range s.found {
		if g.kind != f.kind && g.kind != kindUnknown && f.kind != kindUnknown {
			continue
		}
		if !sameWall(f, g) {
			continue
		}
		sc := precision(g)
		if sc > bestScore || (sc == bestScore && sc > precision(f) && (g.tier < best.tier || (g.tier == best.tier && g.rank < best.rank))) {
			best, bestScore = g, sc
		}
	}
	best.kind = f.kind
	return s.addSeconds(best)
}

// addSeconds gives a zoned time stated to the minute the seconds of a
// zoneless candidate on the same wall clock: a dateline prints "4:01 PM EDT"
// while a machine attribute beside it keeps "16:01:26" without a zone, and
// neither alone states the whole moment.
func (s *dateScan) addSeconds(f dateFound) dateFound {
	if _, off := f.t.Zone(); !f.clock || off == 0 || f.t.Second() != 0 || f.t.Nanosecond() != 0 {
		return f
	}
	for _, g := range s.found {
		if _, off := g.t.Zone(); off != 0 || !g.clock || g.t.Second() == 0 || !sameWall(f, g) ||
			(g.kind != f.kind && g.kind != kindUnknown && f.kind != kindUnknown) {
			continue
		}
		y, m, d := f.t.Date()
		f.t = time.Date(y, m, d, f.t.Hour(), f.t.Minute(), g.t.Second(), g.t.Nanosecond(), f.t.Location())
		return f
	}
	return f
}

// precision scores what a date states: a time of day, seconds, an offset.
func precision(f dateFound) int {
	sc := 0
	if f.clock {
		sc += 4
		if _, off := f.t.Zone(); off != 0 {
			sc += 2
		}
		if f.t.Second() != 0 || f.t.Nanosecond() != 0 {
			sc++
		}
	}
	return sc
}

// sameWall reports whether g states f's wall clock to the minute, or f's
// day when f has no time of day.
func sameWall(f, g dateFound) bool {
	fy, fm, fd := f.t.Date()
	gy, gm, gd := g.t.Date()
	if fy != gy || fm != gm || fd != gd {
		return false
	}
	if !f.clock {
		return true
	}
	return g.clock && f.t.Hour() == g.t.Hour() && f.t.Minute() == g.t.Minute()
}

// visibleTier reports the tiers of dates read from the visible page.
func visibleTier(t int) bool { return t >= tierMarked && t <= tierNear }

// beside reports whether a visible candidate stands beside the headline
// (or the story's start), within maxShownRank.
func (s *dateScan) beside(f dateFound) bool {
	return s.headline >= 0 && f.rank <= maxShownRank
}
