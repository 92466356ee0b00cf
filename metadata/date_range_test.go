package metadata

import "testing"

func TestStatesRange(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Open house 4-18 May 2026 | daily", true},
		{"Exhibition 4.–18. Mai 2026", true},
		{"12. März 2026, 10:00 Uhr - 17:30 Uhr", true},
		{"Saturday 14 March 2026, 10:00 to 16:00", true},
		{"2026-11-24", false},
		{"24-11-2026", false},
		{"24. November 2026, 07:15 Uhr", false},
		{"Posted 24 Nov 2026 - 07:15", false},
		{"", false},
	}
	for _, c := range cases {
		if got := statesRange(c.text); got != c.want {
			t.Errorf("statesRange(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestEventSpanIsNotADate(t *testing.T) {
	html := `<html><head><title>Garden open days</title></head><body>
<h1>Garden open days</h1><h2>Botanical garden, north gate 4-18 May 2026 | Tue-Sun</h2>
<p>The glasshouses open to visitors for two weeks, with guided walks every afternoon.</p><p>b</p><p>c</p>
</body></html>`
	if pub, _ := pageDates(pageAt(t, html, "")); !pub.IsZero() {
		t.Errorf("published %s, want none: the line gives an event's span", pub)
	}
}

func TestOtherLabelled(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Deadline: 15 March 2026", true},
		{"Antworten bis 23.06.2026", true},
		{"Gültig bis 30.04.2026", true},
		{"Bisher 24.11.2026", false}, // a word that only starts with a label
		{"24. November 2026", false},
		{"Posted 24 Nov 2026", false},
		{"Deadline", false},
		{"Release: 14.11.2026", true}, // a game's or film's release
		{"Release date November 14, 2026", true},
		{"Press release 24.11.2026", false}, // the release is the page
		{"Released 24 Nov 2026", false},     // a publication label
	}
	for _, c := range cases {
		if got := otherLabelled(c.text); got != c.want {
			t.Errorf("otherLabelled(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
