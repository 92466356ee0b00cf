package extract

import (
	"strings"
	"testing"
)

func TestIsReadingTime(t *testing.T) {
	for text, want := range map[string]bool{
		"4 min read":          true,
		"Lesezeit: 2 Minuten": true,
		"3 Min Lesezeit":      true,
		"Reading time: 6 min": true,
		"5 min de lecture":    true,
		"Listen 5 min":        true,
		"25 Min.":             false, // a recipe's time
		"Read more":           false,
		"Lesezeit":            false,
		"2 cups read":         false,
		"Read 4 chapters":     false,
	} {
		if got := isReadingTime(strings.ToLower(text)); got != want {
			t.Errorf("isReadingTime(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestReadingTimeLeftOut(t *testing.T) {
	src := `<html><body><main><div class="entry-content"><span class="rt-reading-time" style="display: block;">` +
		`<span class="rt-label rt-prefix">Reading time:</span> <span class="rt-time">3</span> <span class="rt-label rt-postfix">minutes</span></span>` +
		storyPara("bridge", 4) + storyPara("tunnel", 3) + `</div></main></body></html>`
	wantStoryFirst(t, src)
}

func TestControlNamedListeningTimeLeftOut(t *testing.T) {
	// Hashed class names, as CSS-in-JS builds give them: only the
	// control's name says what the time beside it is.
	bar := `<div class="c-x81kq"><div class="c-p2mzt"><div class="c-r7dw0">` +
		`<div role="button" tabindex="0" aria-label="Listen"><svg aria-hidden="true"><path d="M1 1h2"></path></svg></div></div>` +
		`<span aria-hidden="true">Listen</span><div class="c-j4nbe">6 min</div></div></div>`
	src := `<html><body><main><div class="story">` + bar + storyPara("bridge", 4) +
		`<div class="facts"><div>Cooking</div><div>25 min</div></div>` + storyPara("budget", 3) + `</div></main></body></html>`
	text, _, err := extractText(t, src, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(text, "6 min") {
		t.Errorf("listening time kept:\n%s", text)
	}
	if !strings.Contains(text, "25 min") {
		t.Errorf("a time no listen control names was dropped:\n%s", text)
	}
}
