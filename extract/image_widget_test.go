package extract

import "testing"

func TestImageWidgetIsFigure(t *testing.T) {
	widget := `<div class="w1"><span class="w2"><picture><img src="/img/pier.jpg" width="700" height="466"></picture></span>` +
		`<p><span>Workers repair the old pier before the season opens</span></p><p>Picture: JO MARSH</p></div>`
	tile := `<div class="t1"><img src="/img/icon-apply.png"><p><strong>Apply online</strong><br>Fill in the form in two minutes</p></div>`
	src := `<html><body><main><div class="story">` + storyPara("bridge", 4) + widget + storyPara("budget", 3) + tile +
		storyPara("tunnel", 2) + `</div></main></body></html>`
	_, r, err := extractText(t, src, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var fig *Image
	for _, b := range r.Body {
		if b.Kind == Figure && b.Image.URL == "/img/pier.jpg" {
			fig = b.Image
		}
		if b.Kind == Paragraph && (b.Text == "Picture: JO MARSH" || b.Text == "Workers repair the old pier before the season opens") {
			t.Errorf("caption left as a paragraph: %q", b.Text)
		}
	}
	if fig == nil || fig.Caption != "Workers repair the old pier before the season opens" || fig.Credit != "JO MARSH" {
		t.Errorf("figure = %+v, want the picture with its caption and credit", fig)
	}
	if r.Body.Text() == "" || !containsBlock(r.Body, "Apply online") {
		t.Errorf("a tile's text (title and line) is no caption:\n%s", r.Body.Text())
	}
}

// containsBlock reports a paragraph of body that holds s.
func containsBlock(body Body, s string) bool {
	for _, b := range body {
		if b.Kind == Paragraph && len(b.Text) >= len(s) && b.Text[:len(s)] == s {
			return true
		}
	}
	return false
}
