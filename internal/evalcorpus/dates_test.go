package evalcorpus

import (
	"testing"
	"time"
)

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestParseAnnotatedDate(t *testing.T) {
	for _, c := range []struct {
		in        string
		hasOffset bool
	}{
		{"2024-05-03", false},
		{"2024-05-03T15:47", false},
		{"2024-05-03T15:47:42.389000", false},
		{"2024-05-03T15:47:42.389000+00:00", true},
		{"2016-12-09T09:13:00.000Z", true},
		{"2019-01-01T10:00:00-05:00", true},
	} {
		_, off, err := ParseAnnotatedDate(c.in)
		if err != nil || off != c.hasOffset {
			t.Errorf("ParseAnnotatedDate(%q) offset=%v err=%v, want offset=%v", c.in, off, err, c.hasOffset)
		}
	}
	if _, _, err := ParseAnnotatedDate("yesterday"); err == nil {
		t.Error("a non-date must not parse")
	}
}

func TestCompareDate(t *testing.T) {
	ny := time.FixedZone("EST", -5*3600)
	cases := []struct {
		name      string
		want, pre string
		pred      time.Time
		clock     bool
		tol       int
		exact     bool
		day       bool
	}{
		{"same instant, other offset", "2016-12-09T09:13:00.000Z", "minute",
			time.Date(2016, 12, 9, 4, 13, 59, 0, ny), true, 0, true, true},
		{"one minute off", "2016-12-09T09:13:00.000Z", "minute",
			time.Date(2016, 12, 9, 4, 14, 0, 0, ny), true, 0, false, true},
		{"second precision", "2016-12-09T09:13:05Z", "second",
			mustTime(t, "2016-12-09T09:13:05.9Z"), true, 0, true, true},
		{"date-only prediction is day-correct only", "2016-12-09T09:13:00Z", "minute",
			time.Date(2016, 12, 9, 0, 0, 0, 0, time.UTC), false, 0, false, true},
		{"day in the annotation's offset", "2016-12-09T23:30:00-05:00", "day",
			mustTime(t, "2016-12-10T04:30:00Z"), true, 0, true, true},
		{"wall-clock annotation ignores the offset", "2019-10-16T08:00", "minute",
			time.Date(2019, 10, 16, 8, 0, 0, 0, ny), true, 0, true, true},
		{"day annotation, wrong day", "2019-10-16", "day",
			time.Date(2019, 10, 17, 1, 0, 0, 0, time.UTC), true, 0, false, false},
		{"day tolerance", "2019-10-16", "day",
			time.Date(2019, 10, 17, 1, 0, 0, 0, time.UTC), true, 1, true, true},
		{"nothing predicted", "2019-10-16", "day", time.Time{}, false, 0, false, false},
	}
	for _, c := range cases {
		got, ok := CompareDate(c.want, c.pre, c.pred, c.clock, c.tol)
		if !ok || got.Exact != c.exact || got.Day != c.day {
			t.Errorf("%s: got %+v ok=%v, want exact=%v day=%v", c.name, got, ok, c.exact, c.day)
		}
	}
}

func TestHasClock(t *testing.T) {
	if HasClock(time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC)) {
		t.Error("midnight reads as a date without time")
	}
	if !HasClock(time.Date(2020, 1, 2, 0, 1, 0, 0, time.UTC)) {
		t.Error("00:01 is a time")
	}
}
