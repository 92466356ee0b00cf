package extract

import "testing"

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
		{"Vidéo 4:05 · disponible jusqu'au 3 mars 2028", true},
		{"Video verfügbar bis 28.02.2029", true},
		{"2 min 04.04.2029", true},
		{"Video 12 Min.", true},
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
