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
