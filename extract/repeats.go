package extract

import (
	"strings"
	"unicode/utf8"
)

// Templates print some captions more than once: the same line under every
// slide of a set, the lead picture's caption again in the gallery. A
// reader sees one caption shown again, not more story.

// minRepeatRunes is the shortest caption whose repeat is cleared: short
// credits ("Photo: AP") recur under different pictures by right.
const minRepeatRunes = 30

// clearRepeatedCaptions clears a figure's caption that repeats, word for
// word, the caption of an earlier figure; the picture stays. Images are
// copied, never changed in place: the page's lead image may share one.
func clearRepeatedCaptions(body Body) Body {
	seen := map[string]bool{}
	for i, b := range body {
		if b.Kind != Figure || b.Image == nil {
			continue
		}
		t := strings.TrimSpace(b.Image.Caption)
		if utf8.RuneCountInString(t) < minRepeatRunes {
			continue
		}
		if seen[t] {
			img := *b.Image
			img.Caption = ""
			body[i].Image = &img
		}
		seen[t] = true
	}
	return body
}
