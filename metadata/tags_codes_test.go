package metadata

import (
	"slices"
	"testing"
)

func TestCodedList(t *testing.T) {
	codes := []string{"ENR", "ELG08", "NRG", "UTIL", "COM", "POL", "EUROP", "RSBI:ENERGY-TRANSITION", "Energy"}
	if !codedList(codes) {
		t.Errorf("codedList(%q) = false, want true", codes)
	}
	for _, in := range [][]string{
		{"USA", "NATO", "EU", "Ukraine"},                          // a few capitalised topics
		{"ENR", "NRG", "UTIL", "COM", "Energy", "Europe", "Grid"}, // too few codes
		{"Energy", "Europe", "Utilities", "Grid", "Winter", "Gas", "Prices", "Regulation"},
	} {
		if codedList(in) {
			t.Errorf("codedList(%q) = true, want false", in)
		}
	}
}

func TestTaxonomyLeaf(t *testing.T) {
	tests := map[string]string{
		"sections/nyheter":                   "nyheter",
		"topic/kollektivtrafik & skolskjuts": "kollektivtrafik & skolskjuts",
		"sport/formula-1":                    "formula-1",
		"a/b/c-d":                            "c-d",
		"AC/DC":                              "AC/DC", // a name, not a path
		"24/7":                               "24/7",
		"Topic/Floods":                       "Topic/Floods",
		"energy/":                            "energy/",
		"floods":                             "floods",
	}
	for in, want := range tests {
		if got := taxonomyLeaf(in); got != want {
			t.Errorf("taxonomyLeaf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWithoutSectionName(t *testing.T) {
	hosts := []string{"bitwerk.example", "bitwerk"}
	tests := []struct {
		declared, want []string
	}{
		{[]string{"Sicherheit", "Bitwerk Online"}, []string{"Bitwerk Online"}},
		{[]string{"Bitwerk Online", "Bitwerk"}, []string{"Bitwerk Online", "Bitwerk"}},
		// Unrelated to the host, but nothing declared names it either.
		{[]string{"Nordlicht Verlag"}, []string{"Nordlicht Verlag"}},
		// Shares a word with the host-named one: the same publication.
		{[]string{"Bitwerk Security", "Bitwerk Online"}, []string{"Bitwerk Security", "Bitwerk Online"}},
	}
	for _, tt := range tests {
		if got := withoutSectionName(tt.declared, hosts); !slices.Equal(got, tt.want) {
			t.Errorf("withoutSectionName(%q) = %q, want %q", tt.declared, got, tt.want)
		}
	}
}

func TestLetterIndex(t *testing.T) {
	index := []string{"A", "B", "C", "D", "Ü", "Aberglaube", "Abstimmung"}
	if !letterIndex(index) {
		t.Errorf("letterIndex(%q) = false, want true", index)
	}
	tags := []string{"C", "C++", "Go", "Rust"} // one one-letter topic is a topic
	if letterIndex(tags) {
		t.Errorf("letterIndex(%q) = true, want false", tags)
	}
}

func TestGoodTagPathsAndLabels(t *testing.T) {
	for tag, want := range map[string]bool{
		"/article":                  false,
		"Themen:":                   false,
		"話題：":                       false,
		"Pressefreiheit":            true,
		"Space: the final frontier": true,
	} {
		if got := goodTag(tag); got != want {
			t.Errorf("goodTag(%q) = %v, want %v", tag, got, want)
		}
	}
}
