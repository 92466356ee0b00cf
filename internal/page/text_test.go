package page

import "testing"

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
