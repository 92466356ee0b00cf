package metadata

import "time"

// parseISO reads the strict ISO 8601 / RFC 3339 forms machines write:
// 2026-11-24, 2026-11-24T07:15, 2026-11-24 07:15:00, 2026-11-24T07:15:00.123Z,
// +01:00, +0100 or +01. Anything else is left to the general reader.
func parseISO(s string) (t time.Time, hasClock, ok bool) {
	y, okY := digitsAt(s, 0, 4)
	m, okM := digitsAt(s, 5, 2)
	d, okD := digitsAt(s, 8, 2)
	if !okY || !okM || !okD || s[4] != '-' || s[7] != '-' || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return time.Time{}, false, false
	}
	if len(s) == 10 {
		return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), false, true
	}
	if s[10] != 'T' && s[10] != 't' && s[10] != ' ' {
		return time.Time{}, false, false
	}
	hh, okH := digitsAt(s, 11, 2)
	mm, okMin := digitsAt(s, 14, 2)
	if !okH || !okMin || s[13] != ':' || hh > 23 || mm > 59 {
		return time.Time{}, false, false
	}
	i, ss, ns := 16, 0, 0
	if i < len(s) && s[i] == ':' {
		v, ok := digitsAt(s, i+1, 2)
		if !ok || v > 60 {
			return time.Time{}, false, false
		}
		ss, i = min(v, 59), i+3
		if i < len(s) && (s[i] == '.' || s[i] == ',') {
			j := i + 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j == i+1 {
				return time.Time{}, false, false
			}
			ns, i = fraction(s[i+1:j]), j
		}
	}
	loc, ok := isoZone(s[i:])
	if !ok {
		return time.Time{}, false, false
	}
	return time.Date(y, time.Month(m), d, hh, mm, ss, ns, loc), true, true
}

// isoZone reads the zone suffix of an ISO time: "", Z, +01:00, +0100, +01.
func isoZone(z string) (*time.Location, bool) {
	if len(z) > 0 && z[0] == ' ' {
		z = z[1:]
	}
	switch z {
	case "", "Z", "z", "UTC", "GMT":
		return time.UTC, true
	}
	if z[0] != '+' && z[0] != '-' {
		return nil, false
	}
	h, okH := digitsAt(z, 1, 2)
	m, okM := 0, true
	switch len(z) {
	case 3:
	case 5:
		m, okM = digitsAt(z, 3, 2)
	case 6:
		m, okM = digitsAt(z, 4, 2)
		okM = okM && z[3] == ':'
	default:
		return nil, false
	}
	if !okH || !okM || h > 14 || m > 59 {
		return nil, false
	}
	off := (h*60 + m) * 60
	if z[0] == '-' {
		off = -off
	}
	if off == 0 {
		return time.UTC, true
	}
	return time.FixedZone("", off), true
}

// digitsAt reads n ASCII digits at s[i:].
func digitsAt(s string, i, n int) (int, bool) {
	if i < 0 || i+n > len(s) {
		return 0, false
	}
	v := 0
	for _, c := range []byte(s[i : i+n]) {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}
