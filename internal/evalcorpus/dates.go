package evalcorpus

import (
	"errors"
	"strings"
	"time"
)

// The date precisions of the schema.
const (
	PrecisionDay    = "day"
	PrecisionMinute = "minute"
	PrecisionSecond = "second"
)

// annotatedLayouts are the ISO 8601 forms the schema allows, with offset;
// Go accepts a fractional second after the seconds field even when the
// layout has none.
var annotatedLayouts = []string{
	"2006-01-02T15:04:05Z07:00",
	"2006-01-02T15:04Z07:00",
}

// wallLayouts are the same forms without an offset: wall-clock times.
var wallLayouts = []string{
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02",
}

// ParseAnnotatedDate reads a date_published value. hasOffset is false for
// a wall-clock time (then t is in UTC but means local fields only).
func ParseAnnotatedDate(s string) (t time.Time, hasOffset bool, err error) {
	s = strings.TrimSpace(s)
	for _, l := range annotatedLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true, nil
		}
	}
	for _, l := range wallLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, false, nil
		}
	}
	return time.Time{}, false, errors.New("corpus: unparsable date " + s)
}

// DateCheck is how a predicted date compares with the annotation.
type DateCheck struct {
	Exact bool // right at the annotated precision
	Day   bool // right calendar date (within the page's tolerance)
}

// CompareDate checks pred against the annotation want at precision (day,
// minute or second; "" means day). predHasClock says whether the prediction
// states a time of day: without one it can only be right at day precision.
// An annotation with an offset is an instant; one without is compared on
// wall-clock fields only. Calendar dates are compared in the annotation's
// offset when both sides have a clock, else as written. toleranceDays
// widens the day check (postlight dates that upstream checks in the test
// machine's time zone). ok is false when want does not parse.
func CompareDate(want, precision string, pred time.Time, predHasClock bool, toleranceDays int) (c DateCheck, ok bool) {
	w, hasOffset, err := ParseAnnotatedDate(want)
	if err != nil {
		return c, false
	}
	if pred.IsZero() {
		return c, true
	}
	p := pred
	if hasOffset && predHasClock {
		p = pred.In(w.Location())
	}
	c.Day = absDays(dayNumber(w)-dayNumber(p)) <= toleranceDays
	switch precision {
	case PrecisionMinute, PrecisionSecond:
		if !predHasClock {
			return c, true
		}
		unit := time.Minute
		if precision == PrecisionSecond {
			unit = time.Second
		}
		if hasOffset {
			c.Exact = pred.Truncate(unit).Equal(w.Truncate(unit))
		} else {
			c.Exact = wallTruncate(pred, unit).Equal(wallTruncate(w, unit))
		}
	default:
		c.Exact = c.Day
	}
	return c, true
}

// dayNumber counts calendar days of t's wall-clock date, for differences.
func dayNumber(t time.Time) int {
	y, m, d := t.Date()
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

func absDays(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// wallTruncate keeps t's wall-clock fields down to unit, dropping its offset.
func wallTruncate(t time.Time, unit time.Duration) time.Time {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	if unit == time.Minute {
		s = 0
	}
	return time.Date(y, mo, d, h, mi, s, 0, time.UTC)
}

// HasClock guesses whether an extractor's time states a time of day: the
// peers return a plain time.Time, and a date-only value comes back as
// midnight. A story really published at 00:00:00 is thereby taken for a
// date, which only costs minute/second credit on such pages.
func HasClock(t time.Time) bool {
	h, m, s := t.Clock()
	return h != 0 || m != 0 || s != 0 || t.Nanosecond() != 0
}

// tolerance is the day tolerance a page's date annotation allows.
func tolerance(p *Page) int {
	if strings.Contains(p.Extra.DateNote, "+-1 day") {
		return 1
	}
	return 0
}
