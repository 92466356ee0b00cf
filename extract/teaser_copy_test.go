package extract

import "testing"

func TestDropTeaserCopy(t *testing.T) {
	p := func(s string) Block { return Block{Kind: Paragraph, Text: s} }
	cases := []struct {
		name string
		in   Body
		want int
	}{
		{"clipped copy of the second block", Body{p("The harbour board voted to close the pier..."), p("The harbour board voted to close the pier for the winter."), p("More.")}, 2},
		{"copy two blocks down", Body{p("The harbour board voted to close the pier…"), p("Why now?"), p("The harbour board voted to close the pier for the winter.")}, 2},
		{"no ellipsis", Body{p("The harbour board voted to close the pier"), p("The harbour board voted to close the pier for the winter.")}, 2},
		{"stem too short", Body{p("And then..."), p("And then the rain came.")}, 2},
		{"different text", Body{p("The harbour board voted to close the pier..."), p("Fishermen were not consulted.")}, 2},
		{"beyond reach", Body{p("The harbour board voted to close the pier..."), p("a"), p("b"), p("c"), p("The harbour board voted to close the pier in May.")}, 5},
	}
	for _, c := range cases {
		got := dropTeaserCopy(append(Body(nil), c.in...))
		if len(got) != c.want {
			t.Errorf("%s: %d blocks, want %d", c.name, len(got), c.want)
		}
	}
}
