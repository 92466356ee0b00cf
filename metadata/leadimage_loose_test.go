package metadata

import (
	"testing"

	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// A picture's wrapper keeps the lines of story written straight into it
// out of the lead figure; a wrapper with only a label, or whose text is
// the caption, stays whole.
func TestReleaseLooseStory(t *testing.T) {
	tests := []struct {
		name, src     string
		caption       string
		wantWholeWrap bool
	}{
		{"story line after the picture block",
			`<div id="w"><div class="separator"><a href="/img/quay.jpg"><img src="/img/quay.jpg" width="640" height="360"></a></div>The first sailing moves forward by forty minutes from April.</div>`,
			"", false},
		{"story line after a break",
			`<div id="w"><img src="/img/quay.jpg" width="640" height="360"><br>The first sailing moves forward by forty minutes from April.</div>`,
			"", false},
		{"a short label is the widget's",
			`<div id="w"><div class="media"><img src="/img/quay.jpg" width="640" height="360"></div>Video</div>`,
			"", true},
		{"loose text read as the caption",
			`<div id="w"><div class="media"><img src="/img/quay.jpg" width="640" height="360"></div>The quay at dawn, seen from the harbour wall.</div>`,
			"The quay at dawn, seen from the harbour wall.", true},
	}
	for _, tt := range tests {
		p := peoplePage(t, "<html><body>"+tt.src+"</body></html>")
		img := p.First(atom.Img)
		wrap := img
		for page.Attr(wrap, "id") != "w" {
			wrap = wrap.Parent
		}
		got := releaseLooseStory(wrap, img, tt.caption, "")
		if (got == wrap) != tt.wantWholeWrap || got != wrap && got.Parent != wrap {
			t.Errorf("%s: got <%s>, whole wrapper %v", tt.name, got.Data, tt.wantWholeWrap)
		}
	}
}

// A quotation holding a picture and the quoted words is not the picture's
// wrapper: only the picture's paragraph is the lead figure.
func TestFigureOfStopsAtQuotation(t *testing.T) {
	p := peoplePage(t, `<html><body><blockquote><p><img src="/img/foyer.jpg" width="800" height="1200"></p><p>“The lighting in the second act took my breath away.”</p></blockquote></body></html>`)
	if got := figureOf(p, p.First(atom.Img)); got.DataAtom != atom.P {
		t.Errorf("figure <%s>, want the picture's paragraph", got.Data)
	}
}
