package extract

import "testing"

func TestNoteNumber(t *testing.T) {
	for _, c := range []struct {
		link string
		num  string
		ok   bool
	}{
		{`<a href="#footnote-1">1</a>`, "1", true},
		{`<a href=" #fn12 ">12</a>`, "12", true},
		{`<a href="#cite_note-3">[3]</a>`, "", false}, // already bracketed: left as printed
		{`<a href="/page/2">2</a>`, "", false},        // a pager
		{`<a href="#top">Top</a>`, "", false},
		{`<a href="#n1">1234</a>`, "", false},
	} {
		a := firstInBody(t, c.link)
		if num, ok := noteNumber(a); num != c.num || ok != c.ok {
			t.Errorf("noteNumber(%s) = %q, %v; want %q, %v", c.link, num, ok, c.num, c.ok)
		}
	}
}

func TestIsNoteMark(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"[1]", true},
		{" [12] ", true},
		{"[]", false},
		{"[a]", false},
		{"1", false},
		{"[1] A note.", false},
		{"1]", false},
		{"[", false},
	} {
		if got := isNoteMark(c.s); got != c.want {
			t.Errorf("isNoteMark(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
