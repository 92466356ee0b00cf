package extract

import (
	"strings"
	"testing"
)

func TestTeaserCardInsideStoryLeftOut(t *testing.T) {
	card := `<div class="m1"><article class="c3"><div class="t0"><h3><span>Live coverage</span><span>: </span>` +
		`<a href="/news/harbour-live-100.html">The latest on the harbour strike</a></h3>` +
		`<div class="d2">Crews, ferries and talks: what happens next, hour by hour.</div></div>` +
		`<div class="p4"><picture><img src="/img/harbour.jpg" width="640" height="360"></picture><div class="l5">Live blog</div></div></article></div>`
	src := `<html><body><main><div class="q9">` + storyPara("bridge", 5) + storyPara("budget", 3) + card +
		`</div></main></body></html>`
	text, _, err := extractText(t, src, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "budget plan") || strings.Contains(text, "hour by hour") || strings.Contains(text, "harbour strike") {
		t.Errorf("wrong body:\n%s", text)
	}
}

func TestShortStoryArticleKept(t *testing.T) {
	// A short post in an <article> of its own, its headline linking to its
	// permalink and a related box below: the post is no card.
	src := `<html><body><main><article><h1>Ferry back on time</h1><img src="/img/ferry.jpg" width="640" height="360">` +
		storyPara("ferry", 2) + `<div class="more"><h3><a href="/other">Another story</a></h3></div></article></main></body></html>`
	text, _, err := extractText(t, src, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "ferry plan") {
		t.Errorf("wrong body:\n%s", text)
	}
}
