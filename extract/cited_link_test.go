package extract

import (
	"testing"
)

func TestWrittenAddress(t *testing.T) {
	for text, want := range map[string]bool{
		"https://example.org/report.pdf": true,
		"www.example.org":                true,
		"desk@example.org":               true,
		"Full report (PDF)":              false,
		"@handle":                        false,
		"https://example.org and more":   false,
	} {
		if got := writtenAddress(text); got != want {
			t.Errorf("writtenAddress(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestCitedLink(t *testing.T) {
	const intro = `<p>The full findings are published by the county's building control office:</p>`
	for src, want := range map[string]bool{
		// An announced link off the site, an address written out.
		intro + `<p id="x"><a href="https://county.example.gov/r/1">Inspection report, March</a></p>`:        true,
		`<p>Some story text.</p><p id="x"><a href="https://other.example/x">https://other.example/x</a></p>`: true,
		`<p>Some story text.</p><p id="x"><a href="mailto:desk@example.org">desk@example.org</a></p>`:        true,
		// Announced, but one of the site's own stories.
		intro + `<p id="x"><a href="/news/2025/lido-closes">Lido closes after inspection</a></p>`:          false,
		intro + `<p id="x"><a href="https://www.blog.example/news/x">Lido closes after inspection</a></p>`: false,
		// Not announced; a label inside the paragraph; two targets.
		`<p>Some story text.</p><p id="x"><a href="https://other.example/x">Lido closes</a></p>`:            false,
		intro + `<p id="x">Related: <a href="https://other.example/x">Lido closes</a></p>`:                  false,
		intro + `<p id="x"><a href="https://a.example/x">One</a> <a href="https://b.example/y">Two</a></p>`: false,
	} {
		p := indexedAt(t, `<html><body><div>`+src+`</div></body></html>`, storyURL)
		a := newAnalysis(p, Options{}, Hints{})
		var n = p.Elements[0]
		for _, e := range p.Elements {
			if e.Data == "p" && e.Attr != nil && e.Attr[0].Val == "x" {
				n = e
			}
		}
		if got := a.citedLink(n); got != want {
			t.Errorf("citedLink(%s) = %v, want %v", src, got, want)
		}
	}
}
