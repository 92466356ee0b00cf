package extract

import (
	"strings"
	"testing"
)

func TestCustomElementRole(t *testing.T) {
	for src, want := range map[string]role{
		`<site-navigation><a href="/">Home</a></site-navigation>`:                               roleWeakClutter,
		`<gov-inline-teaser><p>More on this</p></gov-inline-teaser>`:                            roleWeakClutter,
		`<newsletter-signup><p>Sign up</p></newsletter-signup>`:                                 roleWeakClutter,
		`<story-body><p>Text</p></story-body>`:                                                  roleStrongStory,
		`<x-lightbox><figure><img src="a.jpg"><figcaption>A</figcaption></figure></x-lightbox>`: roleNone,
		`<div class="x"><p>Text</p></div>`:                                                      roleNone,
	} {
		if got := customElementRole(firstInBody(t, src)); got != want {
			t.Errorf("customElementRole(%s) = %v, want %v", src, got, want)
		}
	}
}

func TestCustomElementTeaserLeftOut(t *testing.T) {
	src := `<html><body><main><div class="content"><h1>Bridge plan stalls again</h1>` +
		storyPara("bridge", 4) +
		`<gov-inline-teaser><p><a href="/faq">Questions and answers</a></p><p>Everything residents have asked the council about the works on the river crossing, in one place.</p></gov-inline-teaser>` +
		storyPara("tunnel", 3) + `</div></main></body></html>`
	text, _, err := extractText(t, src, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "tunnel plan") || strings.Contains(text, "Everything residents") {
		t.Errorf("body keeps the inline teaser or lost the story:\n%s", text)
	}
}
