package metadata

import "testing"

func TestTitleDate(t *testing.T) {
	const body = `<p>The association met in the town hall to plan the spring cleanup along the river banks.</p><p>b</p><p>c</p>`
	cases := []struct{ name, html, day string }{
		{"date leading the title", `<html><head><title>14.03.2026 - Volunteers plan the river cleanup</title></head><body><h1>Volunteers plan the river cleanup</h1>` + body + `</body></html>`, "2026-03-14"},
		{"date leading the headline", `<html><head><title>Riverside Club</title></head><body><h1>2026-03-14 | Volunteers plan the river cleanup</h1>` + body + `</body></html>`, "2026-03-14"},
		{"date inside the title is the subject's", `<html><head><title>Report on the cleanup of 14.03.2026 - Riverside Club</title></head><body><h1>Report on the cleanup</h1>` + body + `</body></html>`, "0001-01-01"},
		{"a year alone is not a date", `<html><head><title>2026: the year ahead | Riverside Club</title></head><body><h1>2026: the year ahead</h1>` + body + `</body></html>`, "0001-01-01"},
		{"a future date is ignored", `<html><head><title>14.03.2999 - Volunteers plan the river cleanup</title></head><body><h1>Volunteers plan</h1>` + body + `</body></html>`, "0001-01-01"},
	}
	for _, c := range cases {
		pub, _ := pageDates(pageAt(t, c.html, ""))
		if got := pub.Format("2006-01-02"); got != c.day {
			t.Errorf("%s: published %s, want %s", c.name, got, c.day)
		}
	}
}
