package metadata

import (
	"bytes"
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// fuzzSeedPages are small pages that reach the byline, JSON-LD, figure,
// breadcrumb, date and meta-tag readers, so the fuzzer starts inside them.
var fuzzSeedPages = []string{
	``,
	`<html lang="de"><head><title>Ein Titel | Blatt</title><meta property="og:title" content="Ein Titel"><meta name="author" content="Anna Beispiel"><meta property="article:published_time" content="2024-03-05T10:00:00+01:00"></head><body><h1>Ein Titel</h1><p class="byline">Von Anna Beispiel und Bernd Muster, 5. März 2024</p></body></html>`,
	`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"A headline","author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Organization","name":"Wire"}],"datePublished":"2024-01-02T03:04:05Z","image":{"@type":"ImageObject","url":"/a.jpg","caption":"A caption (Photo: AP)"}},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home","item":"/"},{"@type":"ListItem","position":2,"name":"World","item":"/world"}]}]}</script><h1>A headline</h1>`,
	`<article><header><h1>Headline here</h1><p class="dek">A standfirst that tells more.</p><div class="byline">By <a rel="author" href="/a/jr">Jane Roe</a> | Updated <time datetime="2023-07-08T09:10:00-04:00">July 8, 2023</time></div></header><figure><img src="/lead-1200x800.jpg" srcset="/lead-600.jpg 600w, /lead-1200.jpg 1200w" alt="x"><figcaption>Crowds gather at dawn. <cite>Photograph: Agency</cite></figcaption></figure><p>Body.</p></article>`,
	`<nav aria-label="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li><li>Story</li></ol></nav><div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Story</h1><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ⱥnn Ⱦoe</span></span><meta itemprop="datePublished" content="2022-02-02"></div><meta name="keywords" content="one, two, three">`,
	`<h1>ȺȺȺ</h1><p>BY ȺNNA ȾOE AND İVAN Ⱥ</p><p class="author">Posted by ȺB at 18:52</p><p>Por Ⱥ y Ⱦ | 3 de mayo de 2024</p><p>文/张伟、李娜</p>`,
	`<link rel="canonical" href="https://x.test/a"><link rel="alternate" hreflang="fr" href="/fr"><link rel="amphtml" href="/amp"><meta property="og:image" content="//cdn.test/i.jpg"><meta name="description" content="Desc"><meta property="og:site_name" content="Site — the slogan">`,
}

// FuzzMetadata feeds arbitrary HTML through the package's entry point: it
// must return metadata or an error, never panic, and what it returns must
// encode as JSON (all but the tree nodes it owns).
func FuzzMetadata(f *testing.F) {
	for _, s := range fuzzSeedPages {
		f.Add([]byte(s))
	}
	base, _ := url.Parse("https://news.example.test/2024/01/02/story")
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := html.Parse(bytes.NewReader(data))
		if err != nil {
			return
		}
		md, err := Extract(doc, base)
		if (md == nil) == (err == nil) {
			t.Fatalf("Extract returned metadata %v and error %v", md != nil, err)
		}
		if err != nil {
			return
		}
		for _, a := range md.Authors {
			if strings.TrimSpace(a) == "" {
				t.Fatalf("empty author in %q", md.Authors)
			}
		}
		fields := *md
		fields.Owned = nil // tree nodes, which point back at each other
		if _, err := json.Marshal(fields); err != nil {
			t.Fatalf("json.Marshal: %v", err)
		}
	})
}
