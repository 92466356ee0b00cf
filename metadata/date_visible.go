package metadata

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// visible looks at one shown element for a date: itemprop, <time>, hAtom
// classes, date-like classes and labelled lines.
func (s *dateScan) visible(n *html.Node, i int, st page.Stats) {
	rank := s.distance(i)
	if prop := strings.ToLower(page.Attr(n, "itemprop")); prop != "" {
		kind := dateKind(0)
		switch prop {
		case "datepublished", "datecreated":
			kind = kindPublished
		case "datemodified":
			kind = kindModified
		}
		if kind != 0 && foreignScope(n) {
			return // a product's, review's or comment's date, not the page's
		}
		if kind != 0 && !s.excluded(n) {
			s.element(n, st, kind, tierMarked, rank)
			return
		}
	}
	if n.DataAtom == atom.Time {
		if s.excluded(n) {
			return
		}
		kind, tier := s.classKind(n), tierTime
		if page.HasAttr(n, "pubdate") {
			kind = kindPublished
		}
		if kind == kindUnknown {
			kind = labelBefore(n)
		}
		if kind != kindUnknown {
			tier = tierMarked
		}
		s.element(n, st, kind, tier, rank)
		return
	}
	if st.Text > maxDatelineRunes {
		return
	}
	if page.Attr(n, "id") == mediaWikiLastmod {
		s.dateline(n, kindModified, tierDateline, rank) // in the page footer, yet the page's own
		return
	}
	if ci := classID(n); ci != "" && containsAnyWord(ci, dateClassWords) {
		if !s.excluded(n) {
			s.dateline(n, s.classKind(n), tierDateline, rank)
		}
		return
	}
	if labelled(n) {
		if !s.excluded(n) && !s.dateline(n, kindUnknown, tierMarked, rank) {
			s.addText(s.withNext(n), kindUnknown, tierMarked, rank)
		}
		return
	}
	if s.near(i) && st.Text <= maxNearRunes && ownDigits(n) && !s.excluded(n) && !wordy(page.Text(n)) {
		s.dateline(n, kindUnknown, tierNear, rank)
	}
}

// mediaWikiLastmod is the id of MediaWiki's footer line "This page was
// last edited on …": the date of the version shown, the only one a wiki
// page states.
const mediaWikiLastmod = "footer-info-lastmod"

// maxNearWords bounds the words of an unmarked dateline: a byline, a place,
// categories; a line with more is a sentence that mentions a date.
const maxNearWords = 9

// wordy reports whether text has more than maxNearWords words of two or
// more letters.
func wordy(text string) bool {
	words, run := 0, 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			run++
			continue
		}
		if run >= 2 {
			words++
		}
		run = 0
	}
	if run >= 2 {
		words++
	}
	return words > maxNearWords
}

// foreignScope reports whether n's microdata scope declares a thing the
// page describes rather than publishes (foreignScopeTypes): its dates are
// that thing's.
func foreignScope(n *html.Node) bool {
	sc := scopeOf(n)
	if sc == nil {
		return false
	}
	_, ok := itemType(sc, foreignScopeTypes)
	return ok
}

// near reports whether position i is in the story header window around the
// headline, where an unmarked short date is the story's.
func (s *dateScan) near(i int) bool {
	return s.headline >= 0 && i >= s.headline-nearBefore && i <= s.headline+nearAfter
}

// ownDigits reports whether n's own text (not its children's) has a digit.
func ownDigits(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.ContainsAny(c.Data, allDigits) {
			return true
		}
	}
	return false
}

// withNext is the text of a label element and of what follows it in its
// parent ("<h5>Datum:</h5> 03.11.2021"), bounded.
func (s *dateScan) withNext(n *html.Node) string {
	var b strings.Builder
	b.WriteString(page.Text(n))
	for c := n.NextSibling; c != nil && b.Len() < 120; c = c.NextSibling {
		b.WriteByte(' ')
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
		case html.ElementNode:
			if s.p.Stats(c).Text <= maxNearRunes && !page.Invisible(c) {
				b.WriteString(page.Text(c))
			}
		}
	}
	return b.String()
}

// hAtomTitle reads an empty hAtom element (class "published" or "updated")
// whose title attribute holds the machine-readable date.
func (s *dateScan) hAtomTitle(n *html.Node, i int) {
	title := page.Attr(n, "title")
	if title == "" || len(title) > 64 {
		return
	}
	kind := s.classKind(n)
	if kind == kindUnknown || s.excluded(n) {
		return
	}
	s.addParsed(title, kind, tierMarked, s.distance(i))
}

// distance ranks a candidate by how far it stands from the headline;
// a date above the headline counts double, since story datelines mostly
// follow it.
func (s *dateScan) distance(i int) int {
	if s.headline < 0 {
		return i
	}
	if i < s.headline {
		return 2 * (s.headline - i)
	}
	return i - s.headline
}

// element reads a marked element: its datetime or content attribute (or a
// data attribute templates use for the same value), else its text.
func (s *dateScan) element(n *html.Node, st page.Stats, kind dateKind, tier, rank int) {
	for _, key := range []string{"datetime", "content", "data-datetime", "data-timestamp", "data-date", "data-published"} {
		if v := page.Attr(n, key); v != "" && s.addParsed(v, kind, tier, rank) {
			s.shownClock(n, st, v, kind, rank)
			return
		}
	}
	if st.Text <= maxDatelineRunes {
		s.dateline(n, kind, tier, rank)
	}
}

// shownClock keeps the zoned clock an element prints beside its UTC
// machine value ("<time datetime=…Z>Updated Apr 2, 2025, 4:15 PM
// EDT</time>") as evidence of the page's offset. It is no candidate: the
// machine value is the date. A clock without a zone is left out: whether
// its day or the UTC one is meant, the corpora disagree.
func (s *dateScan) shownClock(n *html.Node, st page.Stats, v string, kind dateKind, rank int) {
	if v = strings.TrimSpace(v); st.Text > maxDatelineRunes || !strings.HasSuffix(v, "Z") && !strings.HasSuffix(v, "+00:00") {
		return
	}
	if t, clock, ok := s.parse(page.Text(n)); ok && clock {
		if _, off := t.Zone(); off != 0 {
			s.clocks = append(s.clocks, dateFound{t: t, clock: true, kind: kind, tier: tierDateline, rank: rank, node: n})
		}
	}
}

// dateline reads the short text of n, split at publication and update
// labels; kind applies to text before any label. A machine value the
// element carries comes first: an <abbr> title, or a datetime attribute a
// template put on an element other than <time>. It reports whether a date
// was found.
func (s *dateScan) dateline(n *html.Node, kind dateKind, tier, rank int) bool {
	if n.DataAtom == atom.Abbr {
		if v := page.Attr(n, "title"); v != "" && s.addParsed(v, kind, tier, rank) {
			return true
		}
	}
	if v := page.Attr(n, "datetime"); v != "" && s.addParsed(v, kind, tier, rank) {
		return true
	}
	return s.addText(page.Text(n), kind, tier, rank)
}

// allDigits are the digits dates are written with on the supported pages.
const allDigits = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９"

// addText parses a dateline's text segment by segment.
func (s *dateScan) addText(text string, kind dateKind, tier, rank int) bool {
	if len(text) < 6 || !strings.ContainsAny(text, allDigits) {
		return false
	}
	if len(text) > 4*maxDatelineRunes {
		text = text[:4*maxDatelineRunes]
	}
	if kind == kindUnknown && tier >= tierDateline && (statesRange(text) || otherLabelled(text)) {
		return false // an event's span or a deadline, not a publication
	}
	found := false
	for _, seg := range splitLabels(text, kind) {
		segTier := tier
		if seg.kind != kindUnknown && tier > tierMarked {
			segTier = tierMarked // a label marks the date as well as markup does
		}
		if s.addParsed(seg.text, seg.kind, segTier, rank) {
			found = true
		}
	}
	return found
}

// labelSegment is text after a label, up to the next one.
type labelSegment struct {
	kind dateKind
	text string
}

// labelHit is one label found in a line.
type labelHit struct {
	start, end int
	kind       dateKind
}

// splitLabels cuts a dateline at its labels: "Published 24 Nov 2026,
// updated 25 Nov 2026" gives a published and a modified segment.
func splitLabels(text string, kind dateKind) []labelSegment {
	lower := strings.ToLower(text)
	var hits []labelHit
	for _, l := range publishedLabels {
		hits = appendHits(hits, lower, l, kindPublished)
	}
	for _, l := range modifiedLabels {
		hits = appendHits(hits, lower, l, kindModified)
	}
	if len(hits) == 0 {
		return []labelSegment{{kind: kind, text: lower}}
	}
	sort.Slice(hits, func(a, b int) bool {
		if hits[a].start != hits[b].start {
			return hits[a].start < hits[b].start
		}
		return hits[a].end > hits[b].end
	})
	segs := []labelSegment{{kind: kind, text: lower[:hits[0].start]}}
	for i, h := range hits {
		if i > 0 && h.start < hits[i-1].end {
			continue // a shorter label inside a longer one: "last updated"
		}
		end := len(lower)
		for _, next := range hits[i+1:] {
			if next.start >= h.end {
				end = next.start
				break
			}
		}
		segs = append(segs, labelSegment{kind: h.kind, text: lower[h.end:end]})
	}
	return segs
}

// appendHits adds the places label occurs in lower (at most a few).
func appendHits(hits []labelHit, lower, label string, kind dateKind) []labelHit {
	from := 0
	for n := 0; n < 4; n++ {
		i := strings.Index(lower[from:], label)
		if i < 0 {
			return hits
		}
		start := from + i
		from = start + len(label)
		if wordAt(lower, start-1, true) || wordAt(lower, from, false) {
			continue // inside a longer word: "understand", "unpublished"
		}
		hits = append(hits, labelHit{start: start, end: from, kind: kind})
	}
	return hits
}

// wordAt reports whether a Latin or Cyrillic letter ends (before) or starts
// (after) at byte i of s. Scripts written without spaces or with attached
// particles (CJK, Arabic) never block a label.
func wordAt(s string, i int, before bool) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(s[:i+1])
	} else {
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return unicode.In(r, unicode.Latin, unicode.Cyrillic)
}

// labelled reports whether n's own text (not its children's) opens with a
// publication or update label.
func labelled(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.TextNode {
			continue
		}
		t := strings.TrimSpace(c.Data)
		if t == "" {
			continue
		}
		if len(t) > maxLabelBytes {
			return false
		}
		if !labelFirstByte[t[0]] || (len(t) > maxBareLabel && !strings.ContainsAny(t, allDigits)) {
			return false // a label stands alone or before the digits of its date
		}
		if len(t) > maxLabelPrefix {
			t = t[:maxLabelPrefix] // labels open the line; a cut rune only ends the prefix
		}
		return labelKind(strings.ToLower(t), true) != kindUnknown
	}
	return false
}

// labelFirstByte holds the bytes a label can start with, in either case, so
// that most text is passed over without lowering it.
var labelFirstByte = func() (set [256]bool) {
	for _, list := range [][]string{publishedLabels, modifiedLabels} {
		for _, l := range list {
			set[l[0]] = true
			set[strings.ToUpper(l)[0]] = true
		}
	}
	return set
}()

// labelKind returns the kind of label at the start of lower (prefix) or
// anywhere in it.
func labelKind(lower string, prefix bool) dateKind {
	match := func(l string) bool {
		i := strings.Index(lower, l)
		// At the start, or after a short qualifier: "Letzte Änderung",
		// "Zuletzt aktualisiert", "Date de publication".
		return i == 0 || (i > 0 && (!prefix || i <= maxLabelLead))
	}
	for _, l := range modifiedLabels {
		if match(l) {
			return kindModified
		}
	}
	for _, l := range publishedLabels {
		if match(l) {
			return kindPublished
		}
	}
	return kindUnknown
}

// labelBefore reads the text just before n in its parent ("Updated: <time>")
// for a label.
func labelBefore(n *html.Node) dateKind {
	var b strings.Builder
	for c := n.PrevSibling; c != nil && b.Len() < 80; c = c.PrevSibling {
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
		case html.ElementNode:
			if c.FirstChild != nil && c.FirstChild.Type == html.TextNode && c.FirstChild.NextSibling == nil {
				b.WriteString(c.FirstChild.Data)
			}
		}
	}
	if b.Len() == 0 {
		return kindUnknown
	}
	return labelKind(strings.ToLower(b.String()), false)
}
