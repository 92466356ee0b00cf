package extract

import (
	"strings"
	"testing"
)

func TestIsMediaLine(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"02:57 Min. Verfügbar bis 12.05.2027", true},
		{"Video 3:12 min", true},
		{"Audio 04:10", true},
		{"Video: 1:02:33", true},
		{"2:38 min", true},
		{"00:00 / 03:15", true},
		{"Vidéo 4:05 · disponible jusqu'au 3 mars 2028", true},
		{"Video verfügbar bis 28.02.2029", true},
		{"2 min 04.04.2029", true},
		{"Video 12 Min.", true},
		{"VIDEO2:07", true},            // label and running time in adjacent spans
		{"VIDEO2:0702:07", true},       // and the time again, zero-padded
		{"Audio 1:02:331:02:33", true}, // two formats of one time
		{"videos2:07", false},          // not a media word
		{"VIDEO2:07 of the match", false},
		{"2 cups 04.04.2029", false},
		{"2 min tragen", false},
		{"15 Min.", false},    // a recipe's cooking time
		{"10 minutes", false}, // a cell of a settings table
		{"Zubereitung 15 min", false},
		{"14:05", false},                      // a live blog's time stamp
		{"3:12", false},                       // a bare clock time
		{"Video", false},                      // a section label, no running time
		{"Audio 04:10 Uhr im Rathaus", false}, // a sentence goes on
		{"Verfügbar bis auf Weiteres", false}, // no date
		{"Die Sitzung dauerte 3:12 min", false},
		{"12:75 min", false}, // not a running time
	}
	for _, c := range cases {
		if got := isPhraseClutter(c.text); got != c.want {
			t.Errorf("isPhraseClutter(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestClipCaptionLeftOut(t *testing.T) {
	clip := `<div class="clip"><div class="clip-player"></div><div class="clip-info">` +
		`<time datetime="PT2M5S">02:05 min</time><div class="clip-title">Divers search the old harbour wall for cracks</div></div></div>`
	aside := `<div class="note"><b>Ferry times</b><div>Boats leave every hour from the north pier until eight.</div></div>`
	src := `<html><body><main><div class="story">` + storyPara("bridge", 4) + clip + storyPara("budget", 3) + aside +
		storyPara("tunnel", 2) + `</div></main></body></html>`
	text, _, err := extractText(t, src, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(text, "Divers search") || strings.Contains(text, "02:05") {
		t.Errorf("clip caption kept:\n%s", text)
	}
	if !strings.Contains(text, "budget plan") || !strings.Contains(text, "every hour") {
		t.Errorf("story lost:\n%s", text)
	}
}
