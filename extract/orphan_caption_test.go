package extract

import (
	"strings"
	"testing"
)

// galleryCaption is a one-slide gallery above the story: the caption in
// the picture's alt text and again, full and shortened, in a caption block
// beside the picture.
const galleryCaption = `<div class="gallery"><ul class="gallery-slides"><li class="gallery-item">` +
	`<div class="img-wrap"><img src="/photos/1.jpg" alt="The old swing bridge over the harbour mouth at low tide on Monday. Photo: Ana Ruiz / Harbour Post"></div>` +
	`<div class="caption"><div class="caption-full">The old swing bridge over the harbour mouth at low tide on Monday.</div>` +
	`<div class="caption-truncated">The old swing bridge over the harbour mouth at low tide on Monday.</div></div></li></ul></div>`

func TestOrphanCaptionLeftOut(t *testing.T) {
	src := `<html><body><main><div class="article-body">` + galleryCaption +
		storyPara("bridge", 4) + storyPara("tunnel", 3) + `</div></main></body></html>`
	text, _, err := extractText(t, src, Options{OmitImages: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(text, "The council said the bridge plan") {
		t.Errorf("body does not start with the story:\n%s", text)
	}
}

func TestIntroCopiedIntoAltStays(t *testing.T) {
	// An intro paragraph whose words the picture's alt text repeats is no
	// caption: it is not named one.
	intro := "Glass jars make a small garden that keeps its own moisture for weeks."
	src := `<html><body><main><div class="article-body"><div class="intro"><img src="/a.jpg" alt="` + intro +
		`"><p>` + intro + `</p></div>` + storyPara("bridge", 4) + `</div></main></body></html>`
	text, _, err := extractText(t, src, Options{OmitImages: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, intro) {
		t.Errorf("body lost the intro:\n%s", text)
	}
}
