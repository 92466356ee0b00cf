package metadata

import (
	"strings"
	"testing"

	"golang.org/x/net/html/atom"
)

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

func TestCamelCaseRelatedBoxIsNotTheStory(t *testing.T) {
	// The story states its day only in a generic <meta name="date">; the
	// related-links box below it (a camelCase class, one item) dates another
	// story and must not win as a visible dateline.
	html := `<html><head><title>Dyke repairs finished early</title>
<meta name="date" content="2026-04-20T14:57:00+02:00"></head><body>
<h1>Dyke repairs finished early</h1>
<div class="storyBody"><p>Crews closed the last gap in the dyke on Monday, a month ahead of plan.</p>
<p>The council thanked residents for their patience during the works.</p><p>Traffic on the dyke road resumes on Friday.</p></div>
<div class="conRelatedLinks"><h4>Further links</h4><ul><li><a href="/spring-floods">
<span class="date">01.05.2026</span> <span>Spring floods: what the new pumps can do</span></a></li></ul></div>
</body></html>`
	pub, _ := pageDates(pageAt(t, html, ""))
	if got := pub.Format("2006-01-02"); got != "2026-04-20" {
		t.Errorf("published %s, want the story's 2026-04-20, not the related story's", got)
	}
}

func TestClassTokensSplitCamelCase(t *testing.T) {
	doc := pageAt(t, `<div id="x" class="cssArticleRelated box-teaserList"></div>`, "")
	var got []string
	eachClassToken(doc.First(atom.Div), func(tok string) bool { got = append(got, tok); return false })
	if want := "css article related box teaser list x"; strings.Join(got, " ") != want {
		t.Errorf("tokens %q, want %q", got, want)
	}
}

func TestSelfTeaserDatesThePage(t *testing.T) {
	// The story shows no date; the "latest" list beside it includes the
	// story itself, dated. Other teasers' dates never count.
	page := func(own string) string {
		return `<html><head><title>Volunteers rebuild the dune path</title></head><body>
<h1>Volunteers rebuild the dune path</h1>
<div class="story"><p>Forty volunteers spent Saturday replacing the boardwalk across the dunes.</p>
<p>The old planks had rotted after three wet winters.</p><p>The path reopens to walkers next week.</p></div>
<div class="latest-list"><h3>Latest</h3><ul>
<li><a href="/news/harbour-fees"><div class="teaser"><div class="teaser-date">02.11.2026</div><h4>Harbour fees rise</h4></div></a></li>
<li><a href="` + own + `"><div class="teaser"><div class="teaser-date">10.11.2026</div><h4>Volunteers rebuild the dune path</h4></div></a></li>
<li><a href="/news/ferry-winter"><div class="teaser"><div class="teaser-date">12.11.2026</div><h4>Winter ferry times</h4></div></a></li>
</ul></div></body></html>`
	}
	const address = "https://coastnews.example/news/dune-path"
	for _, c := range []struct{ name, own, want string }{
		{"relative link to the page", "/news/dune-path", "2026-11-10"},
		{"absolute link, other host spelling", "https://www.coastnews.example/news/dune-path/", "2026-11-10"},
		{"a link to another page", "/news/dune-path-map", ""},
		{"a jump within the page", "#comments", ""},
	} {
		pub, _ := pageDates(pageAt(t, page(c.own), address))
		got := ""
		if !pub.IsZero() {
			got = pub.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("%s: published %q, want %q", c.name, got, c.want)
		}
	}
}
