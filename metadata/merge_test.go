package metadata

import "testing"

func TestPageTypeAndDescription(t *testing.T) {
	m := metaOf(t, `<html><head><meta property="og:type" content="Article"><meta property="og:description" content="Ships return."></head><body></body></html>`, "")
	if m.Type != "article" || m.Description != "Ships return." {
		t.Errorf("type %q description %q", m.Type, m.Description)
	}
	m = metaOf(t, `<html><head><meta property="og:type" content="website"><script type="application/ld+json">{"@type":"BlogPosting","headline":"h"}</script></head><body></body></html>`, "")
	if m.Type != "blogposting" {
		t.Errorf("type %q, want the JSON-LD story type", m.Type)
	}
}

func TestStructuredAuthorsPrecedence(t *testing.T) {
	p := pageOf(t, `<meta name="author" content="Meta Name"><meta property="article:author" content="https://ex.com/u/1"><script type="application/ld+json">{"@type":"NewsArticle","headline":"h","author":{"@type":"Person","name":"Ada Brook"}}</script>`)
	s := collect(p)
	if got := structuredAuthors(s, readJSONLD(p, s.ldScripts), readMicrodata(p, s)); len(got.names) != 1 || got.names[0] != "Ada Brook" || got.fromMetaTags {
		t.Errorf("authors %+v, want Ada Brook from JSON-LD", got)
	}
	p = pageOf(t, `<meta property="article:author" content="https://ex.com/u/1"><meta name="parsely-author" content="Cal Dorn">`)
	s = collect(p)
	if got := structuredAuthors(s, readJSONLD(p, s.ldScripts), readMicrodata(p, s)); len(got.names) != 1 || got.names[0] != "Cal Dorn" || !got.fromMetaTags {
		t.Errorf("authors %+v: a profile URL is not a name; want Cal Dorn from meta tags", got)
	}
}

// Microdata that gives its author's name only in a <meta> tag shows it no
// more than a <meta name=author> does; a name printed as text is shown.
func TestStructuredAuthorsMicrodataShown(t *testing.T) {
	tests := []struct {
		name, src string
		unshown   bool
	}{
		{"name in a meta tag", `<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">H</h1><div itemprop="author" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Example Weekly"></div></div>`, true},
		{"author as a meta tag", `<div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="author" content="Example Weekly"></div>`, true},
		{"name printed", `<div itemscope itemtype="https://schema.org/NewsArticle"><p itemprop="author" itemscope itemtype="https://schema.org/Person">Von <span itemprop="name">Ada Brook</span></p></div>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := pageOf(t, tt.src)
			s := collect(p)
			got := structuredAuthors(s, readJSONLD(p, s.ldScripts), readMicrodata(p, s))
			if len(got.names) != 1 || got.fromMetaTags != tt.unshown {
				t.Errorf("authors %+v, want one name, from meta tags %v", got, tt.unshown)
			}
		})
	}
}

func TestStructuredImage(t *testing.T) {
	p := pageOf(t, `<meta property="og:image" content="/img/a.jpg"><meta property="og:image:width" content="1200"><meta name="twitter:image" content="/img/b.jpg">`)
	s := collect(p)
	img := structuredImage(p, s, readJSONLD(p, s.ldScripts), readMicrodata(p, s))
	if img == nil || img.URL != "/img/a.jpg" || img.Width != 1200 {
		t.Errorf("image %+v", img)
	}
}
