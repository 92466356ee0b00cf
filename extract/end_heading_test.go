package extract

import (
	"strings"
	"testing"
)

func TestDropEndHeadings(t *testing.T) {
	p := func(s string) Block { return Block{Kind: Paragraph, Text: s} }
	h := func(s string) Block { return Block{Kind: Heading, Text: s, Level: 2} }
	story := "The harbour office reopened the ferry route on Monday after a week of storms."
	for _, tc := range []struct {
		name string
		in   Body
		want []string
	}{
		{"box titles left behind", Body{p(story), h("From the archive"), h("More on this topic")}, []string{story}},
		{"heading inside the story stays", Body{h("Hotels count the cost"), p(story)}, []string{"Hotels count the cost", story}},
		{"a sentence set as a heading stays", Body{p(story), h("All of these lamps and many more are in the shop's winter sale, which has already begun.")},
			[]string{story, "All of these lamps and many more are in the shop's winter sale, which has already begun."}},
		{"a lone heading stays", Body{h("Tide tables")}, []string{"Tide tables"}},
	} {
		var got []string
		for _, b := range dropEndHeadings(tc.in) {
			got = append(got, b.Text)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
