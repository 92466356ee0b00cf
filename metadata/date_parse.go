package metadata

import (
	"strings"
	"time"
)

// dateHint carries what the page says about how to read ambiguous dates.
type dateHint struct {
	monthFirst bool // 11/04/2026 is November 4 (US English), not 11 April
}

// dayMonthYear is a calendar date found in tokens, before validation.
type dayMonthYear struct {
	y, m, d    int
	solar      bool // y and m are Solar Hijri
	start, end int  // token range [start, end)
}

// clock is a time of day and, when given, its offset from UTC.
type clock struct {
	h, m, s, ns int
	off         int // minutes east of UTC
	hasOff      bool
	usZone      bool // off is a US zone's standard offset; daylight time may apply
	end         int  // token after the time
	ok          bool // a time was found
}

// parseDateHint is parseDate with the page's reading hints.
func parseDateHint(s string, h dateHint) (t time.Time, hasClock, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) > maxDateInput {
		s = s[:maxDateInput]
	}
	if s == "" {
		return time.Time{}, false, false
	}
	if t, hasClock, ok := parseISO(s); ok {
		return t, hasClock, validYear(t)
	}
	if onlyDigits(s) {
		return parseEpoch(s)
	}
	toks := lexDate(s)
	d, found := findDate(toks, h)
	if !found {
		return time.Time{}, false, false
	}
	y, m, day := d.y, d.m, d.d
	if d.solar {
		y, m, day = solarToGregorian(y, m, day)
	}
	if m < 1 || m > 12 || day < 1 || day > daysIn(y, m) {
		return time.Time{}, false, false
	}
	c := findClock(toks, d)
	loc := time.UTC
	if c.usZone {
		c.off, c.hasOff = usOffset(c.off, y, m, day), true
	}
	if d.solar && c.ok && !c.hasOff {
		c.off, c.hasOff = iranOffset(d.y, d.m, d.d), true // a Solar Hijri wall clock is Tehran's
	}
	if c.hasOff && c.off != 0 {
		loc = time.FixedZone("", c.off*60)
	}
	t = time.Date(y, time.Month(m), day, c.h, c.m, c.s, c.ns, loc)
	if !validYear(t) {
		return time.Time{}, false, false
	}
	return t, c.ok, true
}

// validYear rejects dates before the web news era and after next year.
func validYear(t time.Time) bool {
	y := t.Year()
	return y >= 1990 && y <= time.Now().Year()+1
}

func onlyDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// parseEpoch reads Unix time in seconds (9–10 digits) or milliseconds
// (12–13 digits); other bare numbers are not dates.
func parseEpoch(s string) (time.Time, bool, bool) {
	var v int64
	for i := 0; i < len(s); i++ {
		v = v*10 + int64(s[i]-'0')
		if v > 1e14 {
			return time.Time{}, false, false
		}
	}
	var t time.Time
	switch len(s) {
	case 9, 10:
		t = time.Unix(v, 0).UTC()
	case 12, 13:
		t = time.UnixMilli(v).UTC()
	default:
		return time.Time{}, false, false
	}
	return t, true, validYear(t)
}

// daysIn is the number of days of month m (1–12) of Gregorian year y.
func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// findDate returns the first calendar date written in toks.
func findDate(toks []dateToken, h dateHint) (dayMonthYear, bool) {
	for i := range toks {
		t := &toks[i]
		var d dayMonthYear
		var ok bool
		switch t.kind {
		case tokNum:
			if d, ok = cjkDate(toks, i); !ok {
				if d, ok = numericDate(toks, i, h); !ok {
					d, ok = dayFirstWords(toks, i)
				}
			}
		case tokWord:
			if d, ok = eraDate(toks, i); !ok {
				d, ok = monthFirstWords(toks, i)
			}
		}
		if ok {
			return d, true
		}
	}
	return dayMonthYear{}, false
}

// isSep reports whether toks[i] is the separator c.
func isSep(toks []dateToken, i int, c rune) bool {
	return i >= 0 && i < len(toks) && toks[i].kind == tokSep && toks[i].sep == c
}

// isNum reports whether toks[i] is a number of at most maxDigits digits.
func isNum(toks []dateToken, i, maxDigits int) bool {
	return i >= 0 && i < len(toks) && toks[i].kind == tokNum && toks[i].digits <= maxDigits
}

// cjkDate reads 2026年11月24日 (also Korean 년 월 일) starting at i.
func cjkDate(toks []dateToken, i int) (dayMonthYear, bool) {
	if i+5 >= len(toks) || toks[i].digits != 4 {
		return dayMonthYear{}, false
	}
	d, ok := cjkMonthDay(toks, i+2)
	d.y, d.start = toks[i].val, i
	return d, ok && toks[i+1].kind == tokMark && toks[i+1].mark == 'y'
}

// cjkMonthDay reads 11月24日 at i.
func cjkMonthDay(toks []dateToken, i int) (dayMonthYear, bool) {
	if i+3 >= len(toks) || !isNum(toks, i, 2) || !isNum(toks, i+2, 2) ||
		toks[i+1].kind != tokMark || toks[i+1].mark != 'm' ||
		toks[i+3].kind != tokMark || toks[i+3].mark != 'd' {
		return dayMonthYear{}, false
	}
	return dayMonthYear{m: toks[i].val, d: toks[i+2].val, end: i + 4}, true
}

// eraDate reads a Japanese era year: 令和8年11月24日, 令和元年5月1日.
func eraDate(toks []dateToken, i int) (dayMonthYear, bool) {
	w := toks[i].text
	if len(w) < 6 || w[0] < 0xe0 {
		return dayMonthYear{}, false // era names are two CJK characters
	}
	for era, start := range eraStarts {
		if !strings.HasPrefix(w, era) {
			continue
		}
		rest := w[len(era):]
		switch {
		case rest == "" && isNum(toks, i+1, 2) && i+2 < len(toks) && toks[i+2].kind == tokMark && toks[i+2].mark == 'y':
			d, ok := cjkMonthDay(toks, i+3)
			d.y, d.start = start+toks[i+1].val, i
			return d, ok
		case rest == "元年" || rest == "元":
			j := i + 1
			if rest == "元" && j < len(toks) && toks[j].kind == tokWord && toks[j].text == "年" {
				j++
			}
			d, ok := cjkMonthDay(toks, j)
			d.y, d.start = start+1, i
			return d, ok
		}
	}
	return dayMonthYear{}, false
}

// numericDate reads 2026-11-24, 2026/11/24, 24.11.2026, 24. 11. 2026,
// 11/24/2026 and 24.11.26 starting at i.
func numericDate(toks []dateToken, i int, h dateHint) (dayMonthYear, bool) {
	a := toks[i]
	if i+4 >= len(toks) || a.digits > 4 || toks[i+1].kind != tokSep {
		return dayMonthYear{}, false
	}
	sep := toks[i+1].sep
	if sep == '|' {
		return pipedDate(toks, i)
	}
	if sep != '.' && sep != '/' && sep != '-' {
		return dayMonthYear{}, false
	}
	b, c := toks[i+2], toks[i+4]
	if b.kind != tokNum || c.kind != tokNum || !isSep(toks, i+3, sep) || b.digits > 2 ||
		toks[i+1].space || toks[i+3].space || ((b.space || c.space) && sep != '.') {
		return dayMonthYear{}, false
	}
	// A fourth part (1.2.3.4, 2026-11-24-5) makes it a version or an id.
	if i+6 < len(toks) && isSep(toks, i+5, sep) && !toks[i+5].space && toks[i+6].kind == tokNum && !toks[i+6].space {
		return dayMonthYear{}, false
	}
	d := dayMonthYear{start: i, end: i + 5}
	switch {
	case a.digits == 4 && c.digits <= 2:
		d.y, d.m, d.d = a.val, b.val, c.val
	case a.digits <= 2 && (c.digits == 4 || (c.digits == 2 && sep != '-')):
		d.y = c.val
		if c.digits == 2 {
			d.y = twoDigitYear(c.val)
		}
		d.d, d.m = a.val, b.val
		monthFirst := sep != '.' && (b.val > 12 || (a.val <= 12 && h.monthFirst))
		if monthFirst || (sep == '.' && b.val > 12 && a.val <= 12) {
			d.d, d.m = b.val, a.val
		}
	default:
		return dayMonthYear{}, false
	}
	if persianYear(d.y) {
		d.solar = true
	}
	return d, true
}

// pipedDate reads the day-first "26 | 01 | 2026" some templates set with
// pipes; only the unambiguous shape (a two-digit month, a four-digit year)
// counts, so table cells and scores are not dates.
func pipedDate(toks []dateToken, i int) (dayMonthYear, bool) {
	a, b, c := toks[i], toks[i+2], toks[i+4]
	if a.digits > 2 || b.kind != tokNum || b.digits != 2 || c.kind != tokNum || c.digits != 4 || !isSep(toks, i+3, '|') {
		return dayMonthYear{}, false
	}
	if i+6 < len(toks) && isSep(toks, i+5, '|') && toks[i+6].kind == tokNum {
		return dayMonthYear{}, false // a fourth number: a row of figures
	}
	return dayMonthYear{y: c.val, m: b.val, d: a.val, start: i, end: i + 5}, true
}

// twoDigitYear reads yy as 20yy unless that is after next year.
func twoDigitYear(yy int) int {
	if 2000+yy <= time.Now().Year()+1 {
		return 2000 + yy
	}
	return 1900 + yy
}

// persianYear reports a year number that can only be Solar Hijri in a
// dated news page: 1368 (1989) to 1410 (2031).
func persianYear(y int) bool { return y >= 1368 && y <= 1410 }

// monthOf returns the month a word (and, for Levantine names, the word after
// it) names: the month, how many tokens it took, whether it is Solar Hijri.
func monthOf(toks []dateToken, i int) (m, n int, solar bool) {
	if i < 0 || i >= len(toks) || toks[i].kind != tokWord {
		return 0, 0, false
	}
	w := toks[i].text
	if m, ok := monthWords[w]; ok {
		return m, 1, false
	}
	if m, ok := solarMonths[w]; ok {
		return m, 1, true
	}
	if second, ok := levantineMonths[w]; ok && i+1 < len(toks) && toks[i+1].kind == tokWord {
		if m, ok := second[toks[i+1].text]; ok {
			return m, 2, false
		}
	}
	return 0, 0, false
}

// skipSoft returns the index of the first token from i on that is not
// punctuation or a filler word, looking at most 3 tokens ahead.
func skipSoft(toks []dateToken, i int) int {
	for n := 0; i < len(toks) && n < 3; i, n = i+1, n+1 {
		t := toks[i]
		switch {
		case t.kind == tokSep && strings.ContainsRune(".,-/", t.sep):
		case t.kind == tokWord && fillerWords[t.text]:
		default:
			return i
		}
	}
	return i
}

// yearAt reads a year at i: four digits, or two digits directly followed by
// a time (RFC 822 "24 Nov 26 07:15").
func yearAt(toks []dateToken, i int) (int, bool) {
	if i >= len(toks) || toks[i].kind != tokNum {
		return 0, false
	}
	switch t := toks[i]; {
	case t.digits == 4:
		return t.val, true
	case t.digits == 2 && isNum(toks, i+1, 2) && isSep(toks, i+2, ':'):
		return twoDigitYear(t.val), true
	}
	return 0, false
}

// dayFirstWords reads "24 November 2026", "24. November 2026", "24 de
// noviembre de 2026", "24 ноября 2026 г.", "۲۴ آبان ۱۴۰۵" starting at i.
func dayFirstWords(toks []dateToken, i int) (dayMonthYear, bool) {
	if toks[i].digits > 2 || toks[i].val < 1 || toks[i].val > 31 {
		return dayMonthYear{}, false
	}
	j := skipSoft(toks, i+1)
	m, n, solar := monthOf(toks, j)
	if m == 0 {
		return dayMonthYear{}, false
	}
	k := skipSoft(toks, j+n)
	y, ok := yearAt(toks, k)
	if !ok {
		return dayMonthYear{}, false
	}
	if solar != persianYear(y) {
		return dayMonthYear{}, false
	}
	return dayMonthYear{y: y, m: m, d: toks[i].val, solar: solar, start: i, end: k + 1}, true
}

// monthFirstWords reads "November 24, 2026", "Nov. 24th 2026" starting at
// the month word i.
func monthFirstWords(toks []dateToken, i int) (dayMonthYear, bool) {
	m, n, solar := monthOf(toks, i)
	if m == 0 {
		return dayMonthYear{}, false
	}
	j := skipSoft(toks, i+n)
	if !isNum(toks, j, 2) || toks[j].val < 1 || toks[j].val > 31 {
		return dayMonthYear{}, false
	}
	k := skipSoft(toks, j+1)
	y, ok := yearAt(toks, k)
	end := k + 1
	if !ok {
		// Unix date(1) and ANSI C order: "Fri Apr 28 19:20:36 CEST 2023".
		y, ok = yearAfterClock(toks, k)
		end = k
	}
	if !ok || solar != persianYear(y) {
		return dayMonthYear{}, false
	}
	return dayMonthYear{y: y, m: m, d: toks[j].val, solar: solar, start: i, end: end}, true
}

// yearAfterClock reads the year after a time and an optional zone name.
func yearAfterClock(toks []dateToken, k int) (int, bool) {
	c := timeAt(toks, k)
	if !c.ok {
		return 0, false
	}
	e := c.end
	if e < len(toks) && toks[e].kind == tokWord {
		e++
	}
	if e < len(toks) && toks[e].kind == tokNum && toks[e].digits == 4 {
		return toks[e].val, true
	}
	return 0, false
}
