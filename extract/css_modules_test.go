package extract

import "testing"

func TestCSSModuleNames(t *testing.T) {
	for name, want := range map[string]role{
		"byline_byline-content-wrapper__imque": roleWeakClutter,
		"relatedlinks_list__a1b2c":             roleWeakClutter,
		"newsletterpromo_box__x_9zq":           roleWeakClutter,
		"image_image-widget__lyzt4":            roleNone, // the story's picture
		"articlebody_paragraph__q7jj1":         roleNone,
	} {
		if got := clutterName(name); got != want {
			t.Errorf("clutterName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestCSSModuleBylineLeftOut(t *testing.T) {
	src := `<html><body><main><div class="Article_body__k2LmQ">` +
		`<div class="Byline_byline-content-wrapper__Imque"><span><strong>Jane Roe</strong> Senior Transport Reporter</span></div>` +
		storyPara("bridge", 4) + storyPara("tunnel", 3) + `</div></main></body></html>`
	wantStoryFirst(t, src)
}
