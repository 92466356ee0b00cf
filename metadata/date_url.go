package metadata

import (
	"strings"
	"time"

	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// urlDate reads a publication day from the page address, or from its
// canonical link when the address is unknown: /2026/11/24/, /2026/nov/24/,
// /2026-11-24-slug, /20261124/.
func urlDate(p *page.Page) (time.Time, bool) {
	path := ""
	if p.URL != nil {
		path = p.URL.EscapedPath()
	} else {
		for _, n := range p.Elements {
			if n.DataAtom == atom.Link && strings.EqualFold(page.Attr(n, "rel"), "canonical") {
				path = page.Attr(n, "href")
				if i := strings.Index(path, "://"); i >= 0 {
					path = path[i+3:]
				}
				break
			}
		}
	}
	if len(path) > 2048 {
		path = path[:2048]
	}
	segs := strings.Split(path, "/")
	for i := 0; i+2 < len(segs); i++ {
		if t, ok := urlYMD(segs[i], segs[i+1], segs[i+2]); ok {
			return t, true
		}
	}
	for _, seg := range segs {
		if t, ok := slugDate(seg); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// urlYMD reads three path segments as year, month (number or English
// abbreviation) and day.
func urlYMD(ys, ms, ds string) (time.Time, bool) {
	y, okY := digitsAt(ys, 0, 4)
	if !okY || len(ys) != 4 || len(ds) < 1 || len(ds) > 2 {
		return time.Time{}, false
	}
	d, okD := digitsAt(ds, 0, len(ds))
	m, okM := 0, false
	if len(ms) >= 1 && len(ms) <= 2 {
		m, okM = digitsAt(ms, 0, len(ms))
	} else if len(ms) <= 9 {
		m, okM = monthWords[strings.ToLower(ms)]
	}
	if !okD || !okM {
		return time.Time{}, false
	}
	return urlDay(y, m, d)
}

// slugDate finds 2026-11-24, 2026_11_24 or 20261124 inside one segment,
// bounded by non-digits so that ids do not read as dates.
func slugDate(seg string) (time.Time, bool) {
	for i := 0; i+8 <= len(seg); i++ {
		if i > 0 && isASCIIDigit(seg[i-1]) || !isASCIIDigit(seg[i]) {
			continue
		}
		y, ok := digitsAt(seg, i, 4)
		if !ok {
			continue
		}
		if i+10 <= len(seg) && (seg[i+4] == '-' || seg[i+4] == '_') && seg[i+7] == seg[i+4] &&
			(i+10 == len(seg) || !isASCIIDigit(seg[i+10])) {
			m, okM := digitsAt(seg, i+5, 2)
			d, okD := digitsAt(seg, i+8, 2)
			if okM && okD {
				if t, ok := urlDay(y, m, d); ok {
					return t, true
				}
			}
		}
		if i+8 == len(seg) || !isASCIIDigit(seg[i+8]) {
			m, okM := digitsAt(seg, i+4, 2)
			d, okD := digitsAt(seg, i+6, 2)
			if okM && okD {
				if t, ok := urlDay(y, m, d); ok {
					return t, true
				}
			}
		}
	}
	return time.Time{}, false
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// urlDay validates a day read from a URL.
func urlDay(y, m, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, validYear(t)
}
