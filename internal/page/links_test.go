package page

import (
	"net/url"
	"strings"
	"testing"
)

func TestSamePage(t *testing.T) {
	base, _ := url.Parse("https://blog.example/2024/06/02/bridge-plan/")
	for target, want := range map[string]bool{
		"https://www.blog.example/2024/06/02/bridge-plan":        true,
		"http://blog.example/2024/06/02/bridge-plan/?ref=home#c": true,
		"https://blog.example/2024/05/03/ferry-fares/":           false,
		"https://other.example/2024/06/02/bridge-plan/":          false,
	} {
		u, _ := url.Parse(target)
		if got := SamePage(u, base); got != want {
			t.Errorf("SamePage(%q) = %v, want %v", target, got, want)
		}
	}
}

func TestFirstHeadingAndLink(t *testing.T) {
	doc, err := Parse([]byte(`<article><div><div><h3 class="t"><span><a href="/next">Next story</a></span></h3></div></div><h2>Later</h2></article>`))
	if err != nil {
		t.Fatal(err)
	}
	var art = doc
	for art != nil && art.Data != "article" {
		art = nextInTree(art, doc, true)
	}
	h := FirstHeading(art, 4)
	if h == nil || h.Data != "h3" {
		t.Fatalf("FirstHeading = %v, want the h3", h)
	}
	if FirstHeading(art, 1) == nil || FirstHeading(art, 1).Data != "h2" {
		t.Errorf("FirstHeading within one level should find the h2 beside the wrappers")
	}
	if l := FirstLink(h); l == nil || !strings.HasSuffix(Attr(l, "href"), "/next") {
		t.Errorf("FirstLink = %v, want the /next link", l)
	}
}
