package page

import (
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestCollapseSpaceFastPath checks that returning already collapsed strings
// as they are gives what the rune-by-rune fold gives.
func TestCollapseSpaceFastPath(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", ""},
		{" ", ""},
		{"a", "a"},
		{"a b", "a b"},
		{" a b", "a b"},
		{"a b ", "a b"},
		{"a  b", "a b"},
		{"a\tb", "a b"},
		{"a\u00a0b", "a b"},
		{"a\u200bb", "a b"},
		{"\ufeffa", "a"},
		{"caf\u00e9 ok", "caf\u00e9 ok"},
		{"\ufffd", "\ufffd"},
		{"a\xffb", "a\ufffdb"},
		{"\xe2\x80", "\ufffd\ufffd"},
	}
	for _, c := range cases {
		if got := CollapseSpace(c.in); got != c.want {
			t.Errorf("CollapseSpace(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := isCollapsed(c.in); got != (c.in == c.want) {
			t.Errorf("isCollapsed(%q) = %v", c.in, got)
		}
	}
}

// TestTextJoinsBrokenRunes checks that bytes of one rune split over two text
// nodes join as they do in the gathered text.
func TestTextJoinsBrokenRunes(t *testing.T) {
	p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	p.AppendChild(&html.Node{Type: html.TextNode, Data: "it\xe2\x80"})
	p.AppendChild(&html.Node{Type: html.TextNode, Data: "\x99s  \n done"})
	if got, want := Text(p), "it\u2019s done"; got != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
}

// TestLowerKeepOffsets checks that the lowered text has the same length as
// the original, rune for rune, and lowers every rune that keeps its width.
func TestLowerKeepOffsets(t *testing.T) {
	for in, want := range map[string]string{
		"":                        "",
		"By Jane ROE":             "by jane roe",
		"Ⱥ by İstanbul \u212Aiel": "Ⱥ by İstanbul \u212Aiel",
		"ÉCOLE Ω":                 "école ω",
		"A\xffB\xe2\x82":          "a\xffb\xe2\x82",
	} {
		got := LowerKeepOffsets(in)
		if got != want || len(got) != len(in) {
			t.Errorf("LowerKeepOffsets(%q) = %q, want %q", in, got, want)
		}
	}
}
