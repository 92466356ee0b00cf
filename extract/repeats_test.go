package extract

import "testing"

func TestClearRepeatedCaptions(t *testing.T) {
	fig := func(url, caption string) Block {
		return Block{Kind: Figure, Image: &Image{URL: url, Caption: caption}}
	}
	p := func(s string) Block { return Block{Kind: Paragraph, Text: s} }
	same := "The company's spring revue on the opening night, seen from the balcony"
	story := "The revue ran for three weeks and sold out every evening, the theatre said."
	repeated := fig("/b.jpg", same)
	body := Body{fig("/a.jpg", same), p(story), p(story), repeated, fig("/c.jpg", "Stage hands at work"), fig("/d.jpg", "Stage hands at work")}
	got := clearRepeatedCaptions(body)
	want := []string{same, story, story, "", "Stage hands at work", "Stage hands at work"}
	if len(got) != len(want) {
		t.Fatalf("got %d blocks, want %d", len(got), len(want))
	}
	for i, b := range got {
		text := b.Text
		if b.Image != nil {
			text = b.Image.Caption
		}
		if text != want[i] {
			t.Errorf("block %d: %q, want %q", i, text, want[i])
		}
	}
	if repeated.Image.Caption != same {
		t.Error("the shared image was changed in place")
	}
}
