package extract

import (
	"strings"
	"testing"
)

// splitStory is a story the layout splits into two rows of the same
// class with a full-width ad row between them, deep enough apart that no
// sibling join reaches the first row.
func splitStory(firstRow string) string {
	row := func(inner string) string {
		return `<section class="row"><div class="container"><div class="column"><div class="column-inner">` + inner + `</div></div></div></section>`
	}
	return `<html><body><main>` + row(`<h1>Bridge to reopen</h1><div class="story-text">`+firstRow+`</div>`) +
		`<section class="row"><div class="ad"><p>Advertisement</p></div></section>` +
		row(`<div class="story-text">`+storyPara("bridge", 5)+storyPara("tunnel", 4)+`</div>`) +
		row(`<div class="newsletter-box story-text"><p>Subscribe</p></div>`) + relatedBox + `</main></body></html>`
}

func TestStoryPartsInLayoutRowsJoin(t *testing.T) {
	text, _, err := extractText(t, splitStory(storyPara("opening", 3)), Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"opening plan", "bridge plan", "tunnel plan"} {
		if !strings.Contains(text, want) {
			t.Errorf("body lacks %q:\n%s", want, text)
		}
	}
	if i, j := strings.Index(text, "opening plan"), strings.Index(text, "bridge plan"); i > j {
		t.Errorf("parts out of order:\n%s", text)
	}
	for _, bad := range []string{"Advertisement", "Subscribe", "Harbour master", "Bridge to reopen"} {
		if strings.Contains(text, bad) {
			t.Errorf("body has %q:\n%s", bad, text)
		}
	}
}

func TestShortPartOfSameClassStaysOut(t *testing.T) {
	// A row of the same class with a line of text is no part of the story.
	text, _, err := extractText(t, splitStory(`<p>Share this</p>`), Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(text, "Share this") || !strings.Contains(text, "bridge plan") {
		t.Errorf("unexpected body:\n%s", text)
	}
}
