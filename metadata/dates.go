package metadata

import (
	"time"

	"github.com/newsextract/newsextract/internal/page"
)

// parseDate reads a date written in any supported language or format.
// hasClock reports whether the string gave a time of day; ok is false when s
// is not a date.
func parseDate(s string) (t time.Time, hasClock, ok bool) {
	return time.Time{}, false, false // TODO(dates helper)
}

// pageDates finds the published and modified dates the visible page and its
// non-JSON-LD markup state: <time>, itemprop, meta names, datelines, the URL.
func pageDates(p *page.Page) (published, modified time.Time) {
	return time.Time{}, time.Time{} // TODO(dates helper)
}
