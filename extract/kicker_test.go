package extract

import (
	"strings"
	"testing"
)

func TestKickerAboveHeadline(t *testing.T) {
	story := `<p>The ferry to the island ran on its winter timetable all through May, and nobody at the harbour office could say when the summer sailings would begin.</p>` +
		`<p>Shopkeepers on the quay said the late start cost them the first weeks of the season, when day visitors usually fill the cafés.</p>` +
		`<p>The operator blamed a shortage of crew and promised a full timetable from the first week of June.</p>`
	for _, tc := range []struct {
		name, above, gone, kept string
	}{
		{"section link", `<a class="eyebrow" href="/coast/">Coast</a>`, "Coast", ""},
		{"more-from row", `<div class="cat"><span>see more from</span> <a href="/coast/">Coast</a></div>`, "see more from", ""},
		// A picture above the headline is the lead image, not a label.
		{"lead picture", `<figure><img src="/f.jpg" alt=""><figcaption>The quay at dawn</figcaption></figure>`, "", "The quay at dawn"},
	} {
		src := `<html><body><main><section class="article-content"><div class="container"><div class="headings">` +
			tc.above + `<h1>Summer Ferries Start Late</h1></div><div class="content-container">` +
			`<ul class="share"><li><a href="/s">Share</a></li><li><a href="/m">Email</a></li></ul><article>` +
			`<div class="author"><img src="/a.jpg" alt=""><p>By <a href="/au/">Ida Berg</a> <span>May 30, 2025</span></p></div>` +
			story + `</article></div></div></section></main></body></html>`
		text, _, err := extractText(t, src, Options{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if tc.gone != "" && strings.Contains(text, tc.gone) {
			t.Errorf("%s: kicker kept:\n%s", tc.name, text)
		}
		if tc.kept != "" && !strings.Contains(text, tc.kept) {
			t.Errorf("%s: %q lost:\n%s", tc.name, tc.kept, text)
		}
		if !strings.Contains(text, "first week of June") {
			t.Errorf("%s: story lost:\n%s", tc.name, text)
		}
	}
}
