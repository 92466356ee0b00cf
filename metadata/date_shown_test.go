package metadata

import (
	"strings"
	"testing"
	"time"
)

func TestShownDate(t *testing.T) {
	redated := `<html><head><meta property="article:published_time" content="2026-09-02T10:00:00+00:00">
<meta property="article:modified_time" content="2026-11-20T08:30:00+00:00"></head><body>
<header class="site-head"><a href="/">Harbour Weekly</a></header>
<article><h1>Ferry timetable changes for winter</h1><div class="story-meta"><span class="byline">By Ola Nordmann</span> <span class="story-date">20 November 2026</span></div>
<p>The winter timetable starts in December, with two fewer crossings on weekdays.</p><p>b</p><p>c</p></article></body></html>`
	originalToo := `<html><head><meta property="article:published_time" content="2026-09-02T10:00:00+00:00">
<meta property="article:modified_time" content="2026-11-20T08:30:00+00:00"></head><body>
<article><h1>Ferry timetable changes for winter</h1><div class="story-meta"><span class="story-date">20 November 2026</span>
<span class="posted-on">Posted <time class="published" datetime="2026-09-02">2 September 2026</time></span></div>
<p>The winter timetable starts in December, with two fewer crossings on weekdays.</p><p>b</p><p>c</p></article></body></html>`
	evening := `<html><head><meta property="article:published_time" content="2026-11-23T19:30:00+01:00"></head><body>
<article><h1>Council votes on the new bridge</h1><p class="date">24.11.2026</p>
<p>The council met late into the night before the vote on the bridge.</p><p>b</p><p>c</p></article></body></html>`
	stamp := `<html><head><meta property="article:published_time" content="2026-09-02T10:00:00+02:00">
<meta property="article:modified_time" content="2026-11-20T08:30:00+02:00"></head><body>
<article><h1>Ferry timetable changes for winter</h1><p class="date">20.11.2026, 08:30</p>
<p>The winter timetable starts in December, with two fewer crossings on weekdays.</p><p>b</p><p>c</p></article></body></html>`
	unexplained := `<html><head><meta property="article:published_time" content="2026-09-02T10:00:00+00:00"></head><body>
<article><h1>Ferry timetable changes for winter</h1><p class="date">20 November 2026</p>
<p>The winter timetable starts in December, with two fewer crossings on weekdays.</p><p>b</p><p>c</p></article></body></html>`
	updateOnly := `<html><head><meta property="article:published_time" content="2026-09-02T10:00:00+00:00">
<meta property="article:modified_time" content="2026-11-20T13:42:00+00:00"></head><body>
<article><h1>Ferry timetable changes for winter</h1><div class="byline">By Ola Nordmann <span class="stamp">Updated Nov 20, 2026 @ 8:42 am</span></div>
<p>The winter timetable starts in December, with two fewer crossings on weekdays.</p><p>b</p><p>c</p></article></body></html>`
	staleUpdate := strings.Replace(updateOnly, "2026-11-20T13:42", "2026-11-25T13:42", 1)
	originalShown := strings.Replace(updateOnly, `<span class="stamp">`, `<span class="posted">Published Sep 2, 2026</span> <span class="stamp">`, 1)
	cases := []struct{ name, html, url, day string }{
		{"re-dated story shows the update day", redated, "", "2026-11-20"},
		{"the page shows the original date as well", originalToo, "", "2026-09-02"},
		{"evening release dated the next day", evening, "", "2026-11-24"},
		{"a shown time of day is an edit stamp", stamp, "", "2026-09-02"},
		{"a later day the markup does not explain", unexplained, "", "2026-09-02"},
		{"only an update line is shown", updateOnly, "https://news.example.com/travel/ferry-winter", "2026-11-20"},
		{"the address states the original day", updateOnly, "https://news.example.com/2026/09/02/ferry-winter", "2026-09-02"},
		{"a stale update line is still the shown one", staleUpdate, "", "2026-11-20"},
		{"the original day is shown as well", originalShown, "", "2026-09-02"},
	}
	// The shown update's wall clock takes the zone the markup's stamp of the
	// same moment implies, with the markup's precision.
	if pub, _ := pageDates(pageAt(t, updateOnly, "")); pub.Format(time.RFC3339) != "2026-11-20T08:42:00-05:00" {
		t.Errorf("shown update placed at %s, want 2026-11-20T08:42:00-05:00", pub.Format(time.RFC3339))
	}
	for _, c := range cases {
		pub, _ := pageDates(pageAt(t, c.html, c.url))
		if got := pub.Format("2006-01-02"); got != c.day {
			t.Errorf("%s: published %s, want %s", c.name, got, c.day)
		}
	}
}
