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

func TestStructuredImage(t *testing.T) {
	p := pageOf(t, `<meta property="og:image" content="/img/a.jpg"><meta property="og:image:width" content="1200"><meta name="twitter:image" content="/img/b.jpg">`)
	s := collect(p)
	img := structuredImage(p, s, readJSONLD(p, s.ldScripts), readMicrodata(p, s))
	if img == nil || img.URL != "/img/a.jpg" || img.Width != 1200 {
		t.Errorf("image %+v", img)
	}
}
