package metadata

import (
	"strings"
	"testing"
)

func TestMicrodataArticle(t *testing.T) {
	m := metaOf(t, `<html><body>
<div itemscope itemtype="https://schema.org/NewsArticle">
 <h1 itemprop="headline">Harbour reopens</h1>
 <p itemprop="description">Ships return to the quay after three weeks of repairs.</p>
 <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ada Brook</span></span>
 <meta itemprop="keywords" content="harbours, storms">
 <meta itemprop="inLanguage" content="en-gb">
 <div itemscope itemtype="https://schema.org/NewsArticle"><h2 itemprop="headline">Related: other story</h2></div>
</div></body></html>`, "")
	if m.Title != "Harbour reopens" {
		t.Errorf("title %q", m.Title)
	}
	if m.Subtitle != "Ships return to the quay after three weeks of repairs." {
		t.Errorf("dek %q", m.Subtitle)
	}
	if strings.Join(m.Tags, "|") != "harbours|storms" {
		t.Errorf("tags %q", m.Tags)
	}
	if m.Language != "en-GB" {
		t.Errorf("language %q", m.Language)
	}
	if m.Type != "newsarticle" {
		t.Errorf("type %q", m.Type)
	}
	p := pageOf(t, `<div itemscope itemtype="http://schema.org/Article"><a itemprop="author" href="/u/ada">Ada Brook</a><meta itemprop="author" content="https://ex.com/u/cal"></div>`)
	md := readMicrodata(p, collect(p))
	if strings.Join(md.authors, "|") != "Ada Brook" {
		t.Errorf("microdata authors %q", md.authors)
	}
}

func TestMicrodataMetaValueAttribute(t *testing.T) {
	p := pageOf(t, `<div itemscope itemtype="http://schema.org/Article"><div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" value="Ada Brook"></div></div>`)
	md := readMicrodata(p, collect(p))
	if strings.Join(md.authors, "|") != "Ada Brook" {
		t.Errorf("microdata authors %q, want the <meta value=> name", md.authors)
	}
}
