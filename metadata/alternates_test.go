package metadata

import (
	"reflect"
	"testing"
)

func TestFindAlternates(t *testing.T) {
	head := `
<link rel="canonical" href="https://www.sunvale-times.com/news/pier">
<link rel="amphtml" href="/amp/news/pier">
<link rel="alternate" hreflang="en" href="https://www.sunvale-times.com/news/pier">
<link rel="alternate" hreflang="fr" href="https://fr.sunvale-times.com/actualites/jetee">
<link rel="alternate" hreflang="fr" href="https://fr.sunvale-times.com/actualites/jetee">
<link rel="alternate" hreflang="zh_hant_tw" href="https://tw.sunvale-times.com/pier">
<link rel="alternate" hreflang="x-default" href="https://www.sunvale-times.com/intl/pier">
<link rel="alternate" type="application/rss+xml" title="Sunvale Times » Feed" href="/feed/">
<link rel="alternate" type="application/atom+xml" title="Comments" hreflang="en" href="/comments/feed.atom">
<link rel="alternate" type="application/json+oembed" href="/oembed?url=x">
<link rel="alternate" media="only screen and (max-width: 640px)" href="https://m.sunvale-times.com/news/pier">
<link rel="alternate" href="javascript:alert(1)">
<link rel="stylesheet" href="/main.css">
<link rel="alternate" hreflang="de">`
	p := mirrorPage(t, "http://sunvale-times.com/news/pier/", head, "")
	got := findAlternates(p)
	want := []Alternate{
		{URL: "http://sunvale-times.com/amp/news/pier", Kind: "amp"},
		{URL: "https://fr.sunvale-times.com/actualites/jetee", Kind: "translation", Language: "fr"},
		{URL: "https://tw.sunvale-times.com/pier", Kind: "translation", Language: "zh-Hant-TW"},
		{URL: "https://www.sunvale-times.com/intl/pier", Kind: "translation", Language: "x-default"},
		{URL: "http://sunvale-times.com/feed/", Kind: "feed", Type: "application/rss+xml", Title: "Sunvale Times » Feed"},
		{URL: "http://sunvale-times.com/comments/feed.atom", Kind: "feed", Type: "application/atom+xml", Title: "Comments", Language: "en"},
		{URL: "http://sunvale-times.com/oembed?url=x", Kind: "other", Type: "application/json+oembed"},
		{URL: "https://m.sunvale-times.com/news/pier", Kind: "mobile"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("alternates:\n got %+v\nwant %+v", got, want)
	}
	if ms, _ := findMirrors(p); len(ms) != 0 {
		t.Errorf("alternates reported as mirrors: %q", mirrorURLs(ms))
	}
}

func TestFindAlternatesNone(t *testing.T) {
	if got := findAlternates(mirrorPage(t, "", "", "")); got != nil {
		t.Errorf("alternates = %+v", got)
	}
}
