package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// role is what an element's tag, attributes and names say it is, before
// looking at its text. Later roles win over earlier ones.
type role uint8

const (
	roleNone        role = iota
	roleStory            // a container name that usually holds the story
	roleStrongStory      // a name or property that always holds the story
	roleWeakClutter      // furniture by part of a name: void on a wrapper of the story
	roleClutter          // furniture by tag, ARIA role or whole name
)

// nameCache remembers the role of each class or id value seen on a page:
// pages repeat a few values on thousands of elements.
type nameCache map[string]role

// names classifies a class or id value, once per distinct value.
func (c nameCache) names(v string) role {
	if v == "" {
		return roleNone
	}
	r, ok := c[v]
	if !ok {
		r = classifyNames(v)
		c[v] = r
	}
	return r
}

// classify reads n's tag, itemprop, role and class/id names.
func classify(n *html.Node, cache nameCache) role {
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer, atom.Dialog, atom.Menu:
		return roleClutter
	case atom.Html, atom.Body:
		return roleNone // page-wide classes ("ads-enabled") say nothing
	}
	r := roleNone
	switch n.DataAtom {
	case atom.Article, atom.Main:
		r = roleStory
	case atom.Header:
		r = roleWeakClutter
	}
	names := customElementRole(n)
	for _, a := range n.Attr {
		switch a.Key {
		case "itemprop":
			if strings.EqualFold(a.Val, "articleBody") {
				return roleStrongStory
			}
		case "role":
			v := strings.ToLower(strings.TrimSpace(a.Val))
			if v == "main" || v == "article" {
				r = max(r, roleStory)
			} else if clutterRole(v) {
				return roleClutter
			}
		case "aria-modal":
			if a.Val == "true" {
				return roleClutter // a modal dialog: consent, sign-in, paywall
			}
		case "class", "id":
			v := a.Val
			if tableTag(n.DataAtom) {
				v = withoutOwnTagNames(v, n.Data)
			}
			names = max(names, cache.names(v))
		}
	}
	if names == roleStrongStory {
		return names
	}
	return max(r, names)
}

// classifyNames classifies a class or id attribute value: a strong story
// name wins, then clutter, then a weak story name.
func classifyNames(v string) role {
	r := roleNone
	hidden, responsive, story := false, false, false
	names := strings.Fields(strings.ToLower(v))
	blocks := contentBlocks(names)
	for _, name := range names {
		if blocks[name] {
			continue
		}
		if hiddenName(name) {
			hidden = true
		}
		if strings.IndexByte(name, ':') > 0 {
			responsive = true // "md:block": shown on wider screens
		}
		if _, ok := strongStoryNames[name]; ok {
			return roleStrongStory
		}
		if _, ok := storyNames[name]; ok {
			r = max(r, roleStory)
			story = true
			continue
		}
		r = max(r, clutterName(name))
	}
	if hidden && !responsive {
		return roleClutter
	}
	if r == roleClutter && story {
		// "entry share": a story container flagged as having share
		// buttons; furniture only if it does not hold the story.
		return roleWeakClutter
	}
	return r
}

// hiddenName reports a utility class that hides its element, alone
// ("d-none") or as a BEM modifier ("player-panel--hidden",
// "u-show--is-hidden").
func hiddenName(name string) bool {
	if i := strings.LastIndex(name, "--"); i >= 0 {
		name = name[i+2:]
	}
	_, ok := hiddenNames[name]
	return ok
}

// contentBlocks returns the names that are a page builder's pair of
// classes on a block of story content: a generic wrapper class and the
// same followed by a content kind ("article-widget article-widget-text").
// Either class of the pair then says nothing about the block, whose
// wrapper word ("widget") would otherwise read as furniture. It looks up
// each name's few possible wrappers in a set of the names, so a long
// class list costs time in its length, not in its square; nil when no
// name ends in a content kind, as on most elements.
func contentBlocks(names []string) map[string]bool {
	var set, blocks map[string]bool
	for _, long := range names {
		// Only a separator close enough to the end can start a kind.
		for i := max(1, len(long)-longestContentKind-1); i < len(long)-1; i++ {
			if c := long[i]; c != '-' && c != '_' {
				continue
			}
			short := long[:i]
			if _, ok := contentKinds[long[i+1:]]; !ok || !builderWrapper(short) {
				continue
			}
			if set == nil {
				set = make(map[string]bool, len(names))
				for _, n := range names {
					set[n] = true
				}
				blocks = make(map[string]bool)
			}
			if set[short] {
				blocks[short], blocks[long] = true, true
			}
		}
	}
	return blocks
}

// longestContentKind is the length of the longest of contentKinds: the
// furthest from a name's end a kind can start.
var longestContentKind = func() int {
	n := 0
	for k := range contentKinds {
		n = max(n, len(k))
	}
	return n
}()

// builderWrapper reports a class name whose last part names a builder's
// generic block ("article-widget", "page_module").
func builderWrapper(name string) bool {
	i := strings.LastIndexAny(name, "-_")
	_, ok := builderBlocks[name[i+1:]]
	return ok && i > 0
}

// clutterName classifies one lower-case class or id name: roleClutter
// when the whole name is furniture, roleWeakClutter when a part or a
// telling substring is, else roleNone.
func clutterName(name string) role {
	if _, ok := keepNames[name]; ok {
		return roleNone
	}
	for _, p := range builderPrefixes {
		if strings.HasPrefix(name, p) {
			// "elementor-widget-text-editor" is the builder's wrapper of
			// any block; only what follows says what the block is.
			name = strings.TrimLeft(name[len(p):], "-_")
			if name == "" {
				return roleNone
			}
			return clutterName(name)
		}
	}
	if component, ok := cssModuleComponent(name); ok {
		return clutterName(component)
	}
	if strings.Count(name, "-")+strings.Count(name, "_") >= maxNameParts {
		return roleNone
	}
	for _, p := range taxonomyPrefixes {
		if strings.HasPrefix(name, p) {
			return roleNone // "tag-social-media" names a topic of the post
		}
	}
	if alignmentSetting(name) {
		return roleNone // "footer-text-align-right" sets a layout, names no box
	}
	if strings.Contains(name, "embed") && name != "embed-code" {
		return roleNone // embedded posts are quoted in the story ("social-media-embed")
	}
	if _, ok := strongClutterNames[name]; ok {
		return roleClutter
	}
	if _, ok := clutterNames[name]; ok {
		return roleWeakClutter
	}
	if _, ok := clutterWholeNames[name]; ok {
		return roleWeakClutter
	}
	if commentSection(name) {
		return roleClutter
	}
	rest := name
	for rest != "" {
		i := strings.IndexAny(rest, "-_:")
		part := rest
		if i >= 0 {
			part, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if part == "" || part == name {
			continue
		}
		if _, ok := clutterNames[part]; ok {
			return roleWeakClutter
		}
	}
	for _, s := range clutterSubstrings {
		if strings.Contains(name, s) {
			return roleWeakClutter
		}
	}
	return roleNone
}

// commentSection reports a name headed by "comment" ("comment-list",
// "comments-area"): the readers' section, which no template wraps around
// its story, however much text the readers wrote. A name that ends in a
// state ("comments-open") flags the story container instead.
func commentSection(name string) bool {
	i := strings.IndexAny(name, "-_")
	if i < 0 {
		return false
	}
	if _, ok := commentHeads[name[:i]]; !ok {
		return false
	}
	j := strings.LastIndexAny(name, "-_")
	_, state := stateWords[name[j+1:]]
	return !state
}

// isPhraseClutter reports whether a short block's text is a furniture
// label: a clutter phrase, a gallery counter, a clip's running time.
func isPhraseClutter(text string) bool {
	if text == "" || utf8.RuneCountInString(text) > maxPhraseRunes {
		return false
	}
	low := strings.ToLower(strings.TrimSpace(text))
	if isLabel(low) || isCounter(low) || isMediaLine(low) || isReadingTime(low) || relativeStamp(text) {
		return true
	}
	// A row of post facts ("March 3, 2026 | Comments closed | RSS"):
	// one part that is a label makes the row furniture. A caption and
	// its credit ("The lab | Photo by …") are two parts, not a row.
	if parts := strings.Split(low, " | "); len(parts) >= minFactRowParts {
		for _, part := range parts {
			if isLabel(part) {
				return true
			}
		}
	}
	return false
}

// minFactRowParts is the fewest " | "-separated parts of a row of post
// facts.
const minFactRowParts = 3

// isLabel reports a lower-cased text that is a clutter phrase or begins
// with one.
func isLabel(low string) bool {
	low = strings.TrimRight(strings.TrimSpace(low), " :.!?…»›>→)")
	low = strings.TrimLeft(low, "(*") // "(Credit: …)", "*Werbung."
	if _, ok := clutterExact[low]; ok {
		return true
	}
	for _, p := range clutterPrefixes {
		if strings.HasPrefix(low, p) && wordEnds(low, len(p)) {
			return true
		}
	}
	return false
}

// wordEnds reports whether s has no letter right after byte offset i, so
// that a phrase matches whole words only.
func wordEnds(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(r)
}

// isCounter reports texts like "3 / 12", "3 of 12": gallery and slide
// counters.
func isCounter(s string) bool {
	if len(s) > maxCounterBytes || strings.IndexAny(s, "0123456789") < 0 {
		return false
	}
	f := strings.Fields(strings.ReplaceAll(s, "/", " / "))
	if len(f) == 4 {
		if _, ok := counterLabels[f[0]]; ok {
			f = f[1:] // "Image 3 of 12"
		}
	}
	if len(f) == 1 {
		// "3of12", glued by a template
		if i := strings.Index(f[0], "of"); i > 0 {
			f = []string{f[0][:i], "of", f[0][i+2:]}
		}
	}
	if len(f) != 3 || !allDigits(f[0]) || !allDigits(f[2]) {
		return false
	}
	_, ok := counterWords[f[1]]
	return ok
}

// maxCounterBytes is the longest text taken for a counter ("Imagen 12 de 50").
const maxCounterBytes = 24

// maxDatelineRunes is the longest line above the story taken for a date
// line ("Published Monday, November 18, 2019 8:22AM EST").
const maxDatelineRunes = 60

// isDateline reports a short line that carries a year: above the story it
// is the date line, which metadata reads.
func isDateline(text string) bool {
	if text == "" || utf8.RuneCountInString(text) > maxDatelineRunes {
		return false
	}
	if weekdayMark(text) {
		return true
	}
	run := 0
	for i := 0; i < len(text); i++ {
		if c := text[i]; c >= '0' && c <= '9' {
			run++
			continue
		}
		if run == 4 && (text[i-4] == '1' || text[i-4] == '2') {
			if n := yearRangeEnd(text[i:]); n > 0 {
				i += n - 1 // a span of years is no date: read on past it
				run = 0
				continue
			}
			return true
		}
		run = 0
	}
	return run == 4 && (text[len(text)-4] == '1' || text[len(text)-4] == '2')
}

// yearRangeEnd returns the length of the range's end ("-2022", "–2022",
// "/2022") at the start of rest, which follows a year, else 0: a span of
// years ("2021-2022 model", "the 1998–2004 series") names a season or a
// period, not the day a story was published.
func yearRangeEnd(rest string) int {
	for _, sep := range []string{"-", "–", "/"} {
		after, ok := strings.CutPrefix(rest, sep)
		if ok && len(after) >= 4 && (after[0] == '1' || after[0] == '2') && allDigits(after[:4]) &&
			(len(after) == 4 || after[4] < '0' || after[4] > '9') {
			return len(sep) + 4
		}
	}
	return 0
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// bylineSeparators end the names of a byline that goes on with a date.
const bylineSeparators = "·|•–—"

// isBylineLine reports a short line such as "By Jane Doe and John Roe".
func isBylineLine(text string) bool {
	if text == "" || utf8.RuneCountInString(text) > maxBylineRunes+maxDatelineRunes {
		return false
	}
	low := page.LowerKeepOffsets(text) // offsets in low slice text
	for _, p := range bylinePrefixes {
		if !strings.HasPrefix(low, p) {
			continue
		}
		rest := strings.TrimSpace(text[len(p):])
		// "By Jane Doe · Published 24 November 2026": the names end at
		// the first separator; what follows is the date line.
		if cut := strings.IndexAny(rest, bylineSeparators); cut > 0 {
			rest = strings.TrimSpace(rest[:cut])
		}
		r, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsUpper(r) && strings.Count(rest, " ") < maxBylineWords &&
			utf8.RuneCountInString(rest) <= maxBylineRunes
	}
	return false
}

// sameTitle reports whether a heading's text is the page's title: equal
// after folding case, space and punctuation, or one a near-whole part of
// the other (sites add a kicker or drop a subtitle).
func sameTitle(text, title string) bool {
	a, b := foldTitle(text), foldTitle(title)
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	return len(short)*10 >= len(long)*8 && strings.Contains(long, short)
}

// kickedTitle reports a heading that is the title behind a kicker of any
// length ("Alleged decolonisation: Why the Kremlin warns …"): above the
// story's first paragraph, such a heading is the headline as the article
// column shows it.
func kickedTitle(text, title string) bool {
	a, b := foldTitle(text), foldTitle(title)
	return b != "" && len(a) > len(b) && strings.HasSuffix(a, " "+b)
}

// foldTitle keeps only lower-case letters and digits, single-spaced.
func foldTitle(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			space = true
		}
	}
	return b.String()
}

// alignmentSetting reports a name that sets how a part of a block is
// aligned ("box-header-align-start", "footer-text-align-right"): a
// presentation option of the block, whatever part it mentions.
func alignmentSetting(name string) bool {
	return strings.Contains(name, "-align-")
}

// tableTag reports the elements of a table, whose class names style the
// table itself (a style sheet's "table-header", "table-striped",
// "td-right").
func tableTag(t atom.Atom) bool {
	switch t {
	case atom.Table, atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr, atom.Td, atom.Th:
		return true
	}
	return false
}

// withoutOwnTagNames drops from a class list the names that open with the
// element's own tag ("table-header" on a <table>): they style the element
// itself (its header row, its stripes), they name no box of furniture.
func withoutOwnTagNames(v, tag string) string {
	if !strings.Contains(v, tag+"-") && !strings.Contains(v, tag+"_") {
		return v
	}
	var keep []string
	for _, f := range strings.Fields(v) {
		l := strings.ToLower(f)
		if strings.HasPrefix(l, tag+"-") || strings.HasPrefix(l, tag+"_") {
			continue
		}
		keep = append(keep, f)
	}
	return strings.Join(keep, " ")
}
