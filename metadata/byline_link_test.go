package metadata

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestAuthorPageLink(t *testing.T) {
	tests := []struct {
		link string
		want bool
	}{
		{`<a href="https://gadgets.example/about/editors/jane-roe/">Jane Roe</a>`, true},
		{`<a href="/autor/jane-roe-4411">Jane Roe</a>`, true}, // an id after the name
		{`<a href="/author/jroe/">Jane Roe</a>`, false},       // a login: the address does not spell the name
		{`<a href="/people/jane-roe/">Jane Roe</a>`, false},   // a topic page about her
		{`<a href="/topics/jane-roe/">Jane Roe</a>`, false},
		{`<a href="/author/">Authors</a>`, false},
		{`<a href="/author/al/">Al</a>`, false}, // too short to tell
		{`<span>Jane Roe</span>`, false},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader(tt.link))
		if err != nil {
			t.Fatal(err)
		}
		n := findFirstElement(doc)
		if got := authorPageLink(n); got != tt.want {
			t.Errorf("authorPageLink(%s) = %v, want %v", tt.link, got, tt.want)
		}
	}
}

// findFirstElement returns the first element inside <body>.
func findFirstElement(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data != "html" && c.Data != "head" && c.Data != "body" {
			return c
		}
		if f := findFirstElement(c); f != nil {
			return f
		}
	}
	return nil
}

func TestAuthorLinkNames(t *testing.T) {
	tests := []struct {
		name, html string
		want       []string
	}{
		{"co-authors by short slugs", `<h4><a href="/author/mara/">Mara Quist</a>, <a href="/author/owen/">Owen Pryce</a></h4>`, []string{"Mara Quist", "Owen Pryce"}},
		{"avatar link first", `<div><a href="/author/mara/"><img alt="Mara Quist"></a><a href="/author/mara/">Mara Quist</a></div>`, []string{"Mara Quist"}},
		{"second link to the same page is a role", `<div><a href="/autoren/jane-roe">Jane Roe</a> <a href="/autoren/jane-roe">Redaktion Example.de</a></div>`, []string{"Jane Roe"}},
		{"topic links are not authors", `<div><a href="/tag/climate/">Climate</a> <a href="/author/mara/">Mara Quist</a></div>`, []string{"Mara Quist"}},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader(tt.html))
		if err != nil {
			t.Fatal(err)
		}
		got := authorLinkNames([]*html.Node{findFirstElement(doc)})
		if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("%s: authorLinkNames = %q, want %q", tt.name, got, tt.want)
		}
	}
}
