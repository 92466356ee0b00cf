package metadata

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// maxGuessedOffset bounds an offset inferred from a day alone: beyond a
// few hours the visible day is more likely another date than another zone.
const maxGuessedOffset = 3 * time.Hour

// localize gives a UTC instant the page's local offset when the visible page
// shows the same moment in local time. Metadata often states UTC while the
// dateline shows the local wall clock, and the local calendar day is the
// one readers (and datelines) mean. The instant never changes.
func (s *dateScan) localize(f dateFound) dateFound {
	if !f.clock || f.tier > tierMeta {
		return f
	}
	if _, off := f.t.Zone(); off != 0 {
		return s.shownOffset(f)
	}
	e, ok := s.localEvidence(f)
	if !ok {
		return f
	}
	if _, off := e.t.Zone(); off != 0 {
		f.t = f.t.In(e.t.Location()) // the dateline names its zone
		return f
	}
	if e.clock {
		if d, ok := wallOffset(e.t, f.t); ok && d != 0 {
			f.t = f.t.In(time.FixedZone("", int(d/time.Second)))
		}
		return f
	}
	// A day only: the smallest whole-hour offset that puts the instant on it.
	day := time.Date(e.t.Year(), e.t.Month(), e.t.Day(), 0, 0, 0, 0, time.UTC)
	var d time.Duration
	switch {
	case day.After(f.t):
		d = day.Sub(f.t).Truncate(time.Hour) + time.Hour
		if day.Sub(f.t)%time.Hour == 0 {
			d -= time.Hour
		}
	case f.t.Sub(day) >= 24*time.Hour:
		d = -(f.t.Sub(day.Add(24*time.Hour)).Truncate(time.Hour) + time.Hour)
	default:
		return f
	}
	if d <= maxGuessedOffset && d >= -maxGuessedOffset {
		f.t = f.t.In(time.FixedZone("", int(d/time.Second)))
	}
	return f
}

// shownOffset gives an instant stated with one offset the offset of the
// visible dateline when that wall clock shows the same moment on another
// calendar day: structured data may carry the newsroom's zone while the page
// prints the time in another (often UTC), and the day printed is the one
// readers and datelines mean. The instant never changes; a dateline with its
// own zone, or on the same day, leaves the stated offset alone.
func (s *dateScan) shownOffset(f dateFound) dateFound {
	e, ok := s.localEvidence(f)
	if !ok || !e.clock {
		return f
	}
	if _, off := e.t.Zone(); off != 0 || sameDay(e.t, f.t) {
		return f
	}
	if d, ok := wallOffset(e.t, f.t); ok {
		f.t = f.t.In(time.FixedZone("", int(d/time.Second)))
	}
	return f
}

// wallOffset is the offset at which instant shows wall's clock (read
// without its zone): the dateline's wall clock minus the instant, in
// quarter hours. Twelve hours or more apart is an a.m./p.m. slip or
// another date, not a zone.
func wallOffset(wall, instant time.Time) (time.Duration, bool) {
	w := time.Date(wall.Year(), wall.Month(), wall.Day(), wall.Hour(), wall.Minute(), 0, 0, time.UTC)
	d := w.Sub(instant.Truncate(time.Minute))
	return d, d%(15*time.Minute) == 0 && d < 12*time.Hour && d > -12*time.Hour
}

// localEvidence is the most trusted visible or URL date of the same kind
// within a day of f's instant that disagrees with f's UTC calendar day or
// wall clock.
func (s *dateScan) localEvidence(f dateFound) (dateFound, bool) {
	var b dateFound
	ok := false
	for _, g := range slices.Concat(s.found, s.clocks) {
		if g.tier <= tierMicrodata || g.tier == tierWeakMeta || (g.kind != f.kind && g.kind != kindUnknown) {
			continue
		}
		wall := time.Date(g.t.Year(), g.t.Month(), g.t.Day(), g.t.Hour(), g.t.Minute(), 0, 0, time.UTC)
		if d := wall.Sub(f.t); d > 38*time.Hour || d < -38*time.Hour {
			continue // another day altogether, not another zone
		}
		if gy, gm, gd := g.t.Date(); !g.clock {
			if fy, fm, fd := f.t.Date(); gy == fy && gm == fm && gd == fd {
				continue // agrees with the UTC day
			}
		}
		// The most precise evidence first: a stated zone beats a wall clock,
		// which beats a bare day.
		gp, bp := precision(g), precision(b)
		if !ok || gp > bp || (gp == bp && (g.tier < b.tier || (g.tier == b.tier && g.rank < b.rank))) {
			b, ok = g, true
		}
	}
	return b, ok
}

// outvote replaces a JSON-LD publication date when the page's <meta> keys
// and its visible dateline agree on another day: two independent sources
// against one, typically a structured-data plugin filling in the post's
// creation or import date.
func (s *dateScan) outvote(f dateFound) dateFound {
	if f.tier != tierStructured {
		return f
	}
	m, okM := s.bestIn(tierMeta, tierMeta)
	v, okV := s.bestIn(tierMarked, tierDateline)
	if !okM || !okV || !sameDay(m.t, v.t) {
		return f
	}
	if d := m.t.Sub(f.t); d < 36*time.Hour && d > -36*time.Hour {
		return f // a zone or an edit apart, not another day
	}
	return m
}

// bestIn is the most trusted publication candidate in tiers lo to hi.
func (s *dateScan) bestIn(lo, hi int) (dateFound, bool) {
	var b dateFound
	ok := false
	for _, g := range s.found {
		if g.tier < lo || g.tier > hi || g.kind == kindModified {
			continue
		}
		if !ok || g.tier < b.tier || (g.tier == b.tier && g.rank < b.rank) {
			b, ok = g, true
		}
	}
	return b, ok
}

// localMidnight shows a UTC stamp of exactly 23:00:00 that nothing on the
// page placed in a zone as the same instant at 00:00 of the next day: CMSs in
// Central Europe store a date-only field as local midnight converted to Zulu,
// so the day the page means is the next one. 22:00 is left alone: it is as
// often a real late-evening post in British summer time. The instant is
// kept; only the wall clock the day is read from changes.
func localMidnight(f dateFound) time.Time {
	t := f.t
	if t.Location() != time.UTC || !f.clock {
		return t
	}
	if h := t.Hour(); h == 23 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return t.In(time.FixedZone("", (24-h)*3600))
	}
	return t
}

// oneZoneLanguages are page languages whose readers live in one time zone
// without daylight time, in minutes east of UTC: a wall clock such a page
// prints without a zone is that zone's.
var oneZoneLanguages = map[string]int{
	"ja": 9 * 60, // Japan Standard Time
	"ko": 9 * 60, // Korea Standard Time
	"zh": 8 * 60, // China, Taiwan, Hong Kong, Singapore alike
}

// languageZone places a visible wall clock printed without a zone in the
// zone of the page's language (oneZoneLanguages). The instant changes: the
// clock was never UTC, only read as such.
func (s *dateScan) languageZone(f dateFound) dateFound {
	if !f.clock || !visibleTier(f.tier) || f.node == nil {
		return f
	}
	if _, off := f.t.Zone(); off != 0 || statesZone(f.node) {
		return f
	}
	off, ok := oneZoneLanguages[s.zoneLanguage()]
	if !ok {
		return f
	}
	y, m, d := f.t.Date()
	f.t = time.Date(y, m, d, f.t.Hour(), f.t.Minute(), f.t.Second(), f.t.Nanosecond(), time.FixedZone("", off*60))
	return f
}

// zoneLanguage is the page's primary language subtag from <html lang>, else
// guessed from the script of its <title>: kana is Japanese, Hangul Korean,
// Han characters alone Chinese.
func (s *dateScan) zoneLanguage() string {
	if h := s.p.First(atom.Html); h != nil {
		if lang, _, _ := strings.Cut(strings.ToLower(page.Attr(h, "lang")), "-"); lang != "" {
			return lang
		}
	}
	t := s.p.First(atom.Title)
	if t == nil {
		return ""
	}
	text := page.Text(t)
	if text == "" && t.FirstChild != nil {
		text = t.FirstChild.Data // the title's raw text node
	}
	han := false
	for _, r := range text {
		switch {
		case unicode.In(r, unicode.Hiragana, unicode.Katakana):
			return "ja"
		case unicode.Is(unicode.Hangul, r):
			return "ko"
		case unicode.Is(unicode.Han, r):
			han = true
		}
	}
	if han {
		return "zh"
	}
	return ""
}

// statesZone reports whether the element a date was read from names UTC
// itself: a zone word in its text, or an offset or Z in its datetime.
func statesZone(n *html.Node) bool {
	text := strings.ToLower(page.Text(n))
	if strings.Contains(text, "utc") || strings.Contains(text, "gmt") {
		return true
	}
	v := strings.TrimSpace(page.Attr(n, "datetime") + page.Attr(n, "content"))
	return strings.ContainsAny(v, "+zZ") || len(v) > 19 && strings.LastIndexByte(v, '-') > 10
}
