package extract

import (
	"strings"
	"testing"
)

const shortPostURL = "https://quiet-lane.example/2025/03/first-swallows/"

// shortPostPage is a classic blog theme's single post: header, content
// column, sidebar and footer as sibling <div>s, the post opening with its
// title linked to the permalink at href, and too little text to outweigh
// the furniture around it.
func shortPostPage(href string) string {
	return `<html><body><div id="wrapper">` +
		`<div id="header"><h1><a href="/">Quiet Lane</a></h1></div>` +
		`<div id="content"><div class="post" id="post-77">` +
		`<h2 class="posttitle"><a href="` + href + `">First swallows</a></h2>` +
		`<p class="postmeta">2 March 2025 · Filed under <a href="/category/birds/">birds</a></p>` +
		`<div class="postentry"><p>The first swallows were back over the pond this morning, two weeks earlier than last year.</p>` +
		`<p>They stayed low over the water for an hour, then vanished towards the old barn where they nested before.</p></div>` +
		`<div class="sharing"><h3 class="share-title"><a href="https://social.example/share">Share this</a></h3></div>` +
		`</div><div class="navigation"><a href="/2025/02/frost/">« Frost on the reeds</a></div>` +
		`<div id="respond"><h2 id="comments">No comments yet</h2><form id="commentform"><p><label>Name</label><input name="author"></p>` +
		`<p><textarea name="comment"></textarea></p><p><input type="submit" value="Send"></p></form></div></div>` +
		`<div id="sidebar"><div class="widget text-widget"><h2>About</h2><p>I am a retired teacher and I write down what I see around the pond: ` +
		`birds, frogs, the odd heron and a great deal of weather. Posts come when there is something to tell, which in winter is not often.</p></div><h2><a href="/archive/">Archive</a></h2><ul><li><a href="/2025/02/">February 2025</a></li>` +
		`<li><a href="/2025/01/">January 2025</a></li></ul><h2><a href="/links/">Links</a></h2><ul><li><a href="https://other.example/">A friend's garden diary</a></li></ul></div>` +
		`<div id="footer"><p>Quiet Lane is a diary of the birds, frogs and weather around one small pond at the end of a country lane.</p></div>` +
		`</div></body></html>`
}

func TestPostHeadedByOwnPermalinkIsNoTeaser(t *testing.T) {
	text := extractAt(t, shortPostPage(shortPostURL), shortPostURL)
	for _, want := range []string{"first swallows were back", "vanished towards the old barn"} {
		if !strings.Contains(text, want) {
			t.Errorf("body lost %q:\n%s", want, text)
		}
	}
}

func TestHeadingLinksHere(t *testing.T) {
	for href, want := range map[string]bool{
		shortPostURL:              true,
		"/2025/03/first-swallows": true,
		"https://www.quiet-lane.example/2025/03/first-swallows/#comments": true,
		"/2025/02/frost/": false,
		"https://other.example/2025/03/first-swallows/": false,
	} {
		p := indexedAt(t, shortPostPage(href), shortPostURL)
		a := newAnalysis(p, Options{}, Hints{})
		h := int32(-1)
		for i, n := range p.Elements {
			if n.Data == "h2" {
				h = int32(i)
				break
			}
		}
		if got := a.headingLinksHere(h); got != want {
			t.Errorf("heading linking to %q: links here = %v, want %v", href, got, want)
		}
	}
}
