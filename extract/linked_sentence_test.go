package extract

import (
	"strings"
	"testing"
)

func TestLinkedOpeningSentenceKept(t *testing.T) {
	page := func(first string) string {
		return `<html><body><div class="story-body"><p>` + first + `</p>` + storyPara("harbour", 3) + storyPara("ferry", 2) +
			`</div></body></html>`
	}
	kept := `<a href="/people/jane-roe">Harbour master Jane Roe</a> has stepped down from <a href="/topics/harbour-board">the Northfield County Harbour Board</a>.`
	if text := extractAt(t, page(kept), storyURL); !strings.Contains(text, "has stepped down from the Northfield") {
		t.Errorf("linked opening sentence left out:\n%s", text)
	}
	for _, out := range []string{
		`Read more: <a href="/2024/05/ferry-fares">Ferry fares to rise in the autumn</a>`,
		`<a href="/2024/05/ferry-fares">Ferry fares to rise in the autumn</a> | <a href="/2024/05/quay">Quay works end early</a> | Harbour`,
	} {
		if text := extractAt(t, page(out), storyURL); strings.Contains(text, "Ferry fares to rise") {
			t.Errorf("link line kept:\n%s", text)
		}
	}
}

func TestLinkedSentenceWords(t *testing.T) {
	for src, want := range map[string]bool{
		`<p><a href="/a">Ann</a> met <a href="/b">Bo</a> in the old town hall.</p>`:                           true,
		`<p>Also: <a href="/a">A long linked headline about the harbour</a> - Courier</p>`:                    false,
		`<p><a href="/a">Comments</a><a href="/b">Print</a><button>Share this page with friends</button></p>`: false,
		`<p><a href="/a">One</a> · <a href="/b">Two</a> · <a href="/c">Three</a> | more</p>`:                  false,
		// A sentence that ends inside its link; a source announcing its quote.
		`<p>Two years ago, <a href="/a">the council approved the plan.</a></p>`: true,
		`<p><a href="/a">The Harbour Gazette</a> reported:</p>`:                 true,
		// Labels before a link, and a sentence-like label without a stop.
		`<p>Read more about it: <a href="/a">The council approved the plan.</a></p>`:     false,
		`<p>More from the harbour » <a href="/a">The council approved the plan.</a></p>`: false,
		`<p>You might also like <a href="/a">Council approves the plan</a></p>`:          false,
	} {
		p := indexedAt(t, `<html><body>`+src+`</body></html>`, storyURL)
		var n = p.Elements[len(p.Elements)-1]
		for _, e := range p.Elements {
			if e.Data == "p" {
				n = e
				break
			}
		}
		if got := linkedSentence(n); got != want {
			t.Errorf("linkedSentence(%s) = %v, want %v", src, got, want)
		}
	}
}
