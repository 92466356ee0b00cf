package metadata

import "testing"

func TestSiteClockIsNotADate(t *testing.T) {
	html := `<html><head><title>Rules of the board</title></head><body>
<div class="forum-head"><div class="current-time">Current date and time: 12 March 2026, 09:41</div></div>
<h1>Rules of the board</h1>
<div class="post"><p class="author">by Moderator on 5 June 2019, 18:02</p>
<p>Please stay on topic and be kind to new members; posts that advertise will be removed.</p><p>b</p><p>c</p></div>
</body></html>`
	pub, _ := pageDates(pageAt(t, html, ""))
	if got := pub.Format("2006-01-02"); got != "2019-06-05" {
		t.Errorf("published %s, want the post's 2019-06-05, not the site clock", got)
	}
}
