package page

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestOffScreen(t *testing.T) {
	for in, want := range map[string]bool{
		`<span class="visually-hidden">Image caption, </span>`:                            true,
		`<span class="ssrcss-1ipr6qv-VisuallyHidden e16en2lz0">Image source, </span>`:     true,
		`<span class="icon sr-only">opens in a new window</span>`:                         true,
		`<span style="position: absolute; clip: rect(1px, 1px, 1px, 1px)">Photo: </span>`: true,
		`<span class="caption">A harbour at dusk</span>`:                                  false,
		`<span class="srcset-note">x</span>`:                                              false,
		`<span class="offscreenish">x</span>`:                                             false,
		`<span style="position: absolute; top: 0">Overlay</span>`:                         false,
	} {
		doc, err := html.Parse(strings.NewReader("<body>" + in))
		if err != nil {
			t.Fatal(err)
		}
		span := doc.FirstChild.LastChild.FirstChild // html > body > span
		if got := OffScreen(span); got != want {
			t.Errorf("OffScreen(%s) = %v, want %v", in, got, want)
		}
	}
}
