package metadata

import "time"

// findClock returns the time of day written next to date d: after it
// ("24 November 2026, 07:15") or, failing that, just before it ("07:15,
// 24.11.2026", "下午3:45 …").
func findClock(toks []dateToken, d dayMonthYear) clock {
	for j := d.end; j < len(toks) && j < d.end+8; j++ {
		if m, _, _ := monthOf(toks, j); m != 0 || (toks[j].kind == tokNum && toks[j].digits > 2) {
			break // the next date begins: its time is not ours
		}
		if c := timeAt(toks, j); c.ok {
			return c
		}
	}
	for j := d.start - 1; j >= 0 && j >= d.start-6; j-- {
		if c := timeAt(toks, j); c.ok && c.end <= d.start {
			return zoneAfterDate(toks, d, c)
		}
	}
	return clock{}
}

// zoneAfterDate reads the zone of a time written before its date from just
// after the date ("22:00, 11 July 2021 BST"): the zone closes the whole
// stamp, not the time alone. A zone already read next to the time stays.
func zoneAfterDate(toks []dateToken, d dayMonthYear, c clock) clock {
	if c.hasOff || c.usZone {
		return c
	}
	z := clock{end: d.end}
	readZone(toks, &z)
	c.off, c.hasOff, c.usZone = z.off, z.hasOff, z.usZone
	return c
}

// timeAt reads a time of day starting at the hour number toks[j]: 07:15,
// 07:15:00.123, 7.15 Uhr, 15h30, 15 Uhr, 8時30分, 3:45 p.m., 7 pm, then an
// optional zone.
func timeAt(toks []dateToken, j int) clock {
	if !isNum(toks, j, 2) {
		return clock{}
	}
	c := clock{h: toks[j].val}
	k := j + 1
	switch {
	case isSep(toks, k, ':') && isNum(toks, k+1, 2) && toks[k+1].digits == 2:
		c.m, k = toks[k+1].val, k+2
		if isSep(toks, k, ':') && isNum(toks, k+1, 2) && toks[k+1].digits == 2 {
			c.s, k = toks[k+1].val, k+2
			if (isSep(toks, k, '.') || isSep(toks, k, ',')) && k+1 < len(toks) && toks[k+1].kind == tokNum && !toks[k+1].space {
				c.ns, k = fraction(toks[k+1].text), k+2
			}
		}
	case isSep(toks, k, '.') && !toks[k].space && isNum(toks, k+1, 2) && toks[k+1].digits == 2 && !toks[k+1].space &&
		(clockWordAt(toks, k+2) || clockWordAt(toks, j-1)):
		c.m, k = toks[k+1].val, k+2
	case k < len(toks) && toks[k].kind == tokWord && toks[k].text == "h" && !toks[k].space && isNum(toks, k+1, 2) && !toks[k+1].space:
		c.m, k = toks[k+1].val, k+2
	case k < len(toks) && toks[k].kind == tokWord && (toks[k].text == "h" || toks[k].text == "uhr"):
		k++
	case k < len(toks) && toks[k].kind == tokMark && toks[k].mark == 'h':
		k++
		if isNum(toks, k, 2) && k+1 < len(toks) && toks[k+1].kind == tokMark && toks[k+1].mark == 'i' {
			c.m, k = toks[k].val, k+2
		}
	case k < len(toks) && toks[k].kind == tokWord && isMeridiem(toks[k].text):
	default:
		return clock{}
	}
	c.end = k
	if !applyMeridiem(toks, j, &c) || c.h > 23 || c.m > 59 || c.s > 60 {
		return clock{}
	}
	if c.s == 60 {
		c.s = 59 // a leap second is as near as time.Date gets
	}
	c.ok = true
	readZone(toks, &c)
	return c
}

// clockWordAt reports whether toks[i] is a word that marks a time of day:
// "Uhr", "h", "ore", "um", a.m./p.m.
func clockWordAt(toks []dateToken, i int) bool {
	return i >= 0 && i < len(toks) && toks[i].kind == tokWord && (clockWords[toks[i].text] || isMeridiem(toks[i].text))
}

// isMeridiem reports words that mark a.m. or p.m.
func isMeridiem(w string) bool {
	_, ok := meridiem[w]
	return ok
}

// applyMeridiem moves a 12-hour time to 24 hours when a.m./p.m. follows it
// (or, in Chinese, Japanese and Arabic, comes before it). It reports false
// for a 12-hour clock reading above 12.
func applyMeridiem(toks []dateToken, j int, c *clock) bool {
	pm, found := false, false
	k := c.end
	if k < len(toks) && toks[k].kind == tokWord {
		pm, found = meridiem[toks[k].text]
		if found {
			c.end++
		}
	}
	if !found && j > 0 && toks[j-1].kind == tokWord && toks[j-1].text != "am" && toks[j-1].text != "pm" {
		pm, found = meridiem[toks[j-1].text]
	}
	if !found {
		return true
	}
	if c.h == 0 || c.h > 12 {
		return false
	}
	if pm && c.h < 12 {
		c.h += 12
	} else if !pm && c.h == 12 {
		c.h = 0
	}
	return true
}

// fraction converts the digits after a decimal point to nanoseconds.
func fraction(digits string) int {
	ns, scale := 0, 100000000
	for i := 0; i < len(digits) && scale > 0; i++ {
		ns += int(digits[i]-'0') * scale
		scale /= 10
	}
	return ns
}

// readZone reads the zone after a time: Z, UTC, GMT+1, CET, (MEZ), ET,
// +01:00, -0500.
func readZone(toks []dateToken, c *clock) {
	k := c.end
	for k < len(toks) && (isSep(toks, k, '(') || (toks[k].kind == tokWord && (toks[k].text == "uhr" || toks[k].text == "h"))) {
		k++
	}
	if k >= len(toks) {
		return
	}
	if t := toks[k]; t.kind == tokWord {
		if us, ok := usZones[t.text]; ok {
			c.off, c.usZone = us, true
			return
		}
		off, ok := zoneOffsets[t.text]
		if !ok {
			return
		}
		c.off, c.hasOff = off, true
		if d, ok := signedOffset(toks, k+1, true); ok {
			c.off += d
		}
		return
	}
	if d, ok := signedOffset(toks, k, false); ok {
		c.off, c.hasOff = d, true
	}
}

// signedOffset reads +01:00, +0100, -05 (short only after a zone name, as
// in GMT+1) at k, in minutes.
func signedOffset(toks []dateToken, k int, short bool) (int, bool) {
	if !(isSep(toks, k, '+') || isSep(toks, k, '-')) || !isNum(toks, k+1, 4) || toks[k+1].space {
		return 0, false
	}
	sign := 1
	if toks[k].sep == '-' {
		sign = -1
	}
	n := toks[k+1]
	var h, m int
	switch {
	case n.digits == 4:
		h, m = n.val/100, n.val%100
	case isSep(toks, k+2, ':') && isNum(toks, k+3, 2) && toks[k+3].digits == 2:
		h, m = n.val, toks[k+3].val
	case short:
		h = n.val
	default:
		return 0, false
	}
	if h > 14 || m > 59 {
		return 0, false
	}
	return sign * (h*60 + m), true
}

// usOffset is the offset of a US zone given only as ET/CT/MT/PT on a date:
// daylight time from the second Sunday of March to the first Sunday of
// November.
func usOffset(standard, y, m, d int) int {
	day := time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC)
	start := nthSunday(y, time.March, 2)
	end := nthSunday(y, time.November, 1)
	if !day.Before(start) && day.Before(end) {
		return standard + 60
	}
	return standard
}

// nthSunday is the n-th Sunday of a month, at midnight UTC.
func nthSunday(y int, m time.Month, n int) time.Time {
	first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	shift := (7 - int(first.Weekday())) % 7
	return first.AddDate(0, 0, shift+7*(n-1))
}
