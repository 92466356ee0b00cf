package srcset

import (
	"reflect"
	"testing"
)

func TestParse(t *testing.T) {
	tests := map[string][]Candidate{
		"/a.jpg 320w, /b.jpg 640w":                   {{"/a.jpg", 320, 0}, {"/b.jpg", 640, 0}},
		"/w_400,h_300/a.jpg 400w, /w_800/a.jpg 800w": {{"/w_400,h_300/a.jpg", 400, 0}, {"/w_800/a.jpg", 800, 0}},
		"/a.jpg?w=288,\n /a.jpg?w=576 2x":            {{"/a.jpg?w=288", 0, 0}, {"/a.jpg?w=576", 0, 2}},
		"/a.jpg 600w,https://x.test/b.jpg 1024w":     {{"/a.jpg", 600, 0}, {"https://x.test/b.jpg", 1024, 0}},
		" , /a.jpg":                                  {{"/a.jpg", 0, 0}},
		"":                                           nil,
		",,, ,":                                      nil,
	}
	for in, want := range tests {
		if got := Parse(in); !reflect.DeepEqual(got, want) {
			t.Errorf("Parse(%q) = %+v, want %+v", in, got, want)
		}
	}
}

func TestDimension(t *testing.T) {
	for in, want := range map[string]int{"640": 640, " 640px ": 640, "50%": 0, "": 0, "-3": 0, "0": 0, "999999": 0, "auto": 0} {
		if got := Dimension(in); got != want {
			t.Errorf("Dimension(%q) = %d, want %d", in, got, want)
		}
	}
}
