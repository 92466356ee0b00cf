package metadata

import "strings"

// statesRange reports whether an unmarked line gives a span of time, "9–23
// Feb 2026" or "13:15 - 19:00": an event's dates or opening hours, not the
// day a story was published.
func statesRange(text string) bool {
	return clockRange(text) || dayRange(text)
}

// clockRange finds two times of day joined by a range word.
func clockRange(text string) bool {
	first := clockAt(text, 0)
	if first < 0 {
		return false
	}
	second := clockAt(text, first+3)
	if second < 0 {
		return false
	}
	between := text[first+3 : second]
	if len(between) > 16 {
		return false
	}
	for _, j := range rangeJoiners {
		if strings.Contains(between, j) {
			return true
		}
	}
	return false
}

// clockAt is the index of the first "d:dd" at or after from, at the colon
// minus one, or -1.
func clockAt(text string, from int) int {
	for i := from + 1; i+2 < len(text); i++ {
		if text[i] == ':' && isDigit(text[i-1]) && isDigit(text[i+1]) && isDigit(text[i+2]) {
			return i - 1
		}
	}
	return -1
}

// dayRange finds "9-23 Feb" or "9.–23. Februar": two short day numbers
// joined by a dash and followed by a month word (not an all-numeric date
// such as 24-11-2026 or 2026-11-24).
func dayRange(text string) bool {
	for i := 1; i+2 < len(text); i++ {
		if text[i] != '-' && !strings.HasPrefix(text[i:], "–") {
			continue
		}
		a := i
		if a > 0 && text[a-1] == '.' {
			a--
		}
		na := 0
		for a > 0 && isDigit(text[a-1]) {
			a--
			na++
		}
		if na < 1 || na > 2 || (a > 0 && (isDigit(text[a-1]) || text[a-1] == '-' || text[a-1] == '.')) {
			continue
		}
		b := i + 1
		if text[i] != '-' {
			b = i + len("–")
		}
		nb := 0
		for b < len(text) && isDigit(text[b]) {
			b++
			nb++
		}
		if nb < 1 || nb > 2 {
			continue
		}
		if b < len(text) && text[b] == '.' {
			b++
		}
		if b+1 < len(text) && text[b] == ' ' && isLetter(text[b+1]) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }

// otherLabelled reports whether a line's first digit follows a label for a
// date that is not the page's own ("Deadline: 15 March", "bis 23.06.").
func otherLabelled(text string) bool {
	i := strings.IndexAny(text, allDigits)
	if i <= 0 {
		return false
	}
	lead := strings.ToLower(text[:i])
	for _, w := range otherDateLabels {
		for j := strings.Index(lead, w); j >= 0; {
			if !wordAt(lead, j-1, true) && !wordAt(lead, j+len(w), false) && !ownLabel(lead[:j], w) {
				return true
			}
			k := strings.Index(lead[j+1:], w)
			if k < 0 {
				break
			}
			j += 1 + k
		}
	}
	return false
}

// ownLabel reports whether the words before label w make it the page's own
// date after all: a press release's date is its publication.
func ownLabel(before, w string) bool {
	q, ok := otherLabelOwners[w]
	return ok && strings.HasSuffix(strings.TrimRight(before, " \u00a0"), q)
}
