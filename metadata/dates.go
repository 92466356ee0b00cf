package metadata

import (
	"time"
)

// parseDate reads a date written in any supported language or format.
// hasClock reports whether the string gave a time of day; ok is false when s
// is not a date. A stated offset is kept; without one the wall clock is
// returned in UTC. Ambiguous 11/04/2026 reads month first; pages pass their
// language through parseDateHint.
func parseDate(s string) (t time.Time, hasClock, ok bool) {
	return parseDateHint(s, dateHint{monthFirst: true})
}
