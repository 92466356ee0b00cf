package metadata

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestBreadcrumbs(t *testing.T) {
	cases := []struct{ name, src, want, firstURL string }{
		{"nav with Home, More and the title",
			`<h1>Talks stall</h1><nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/news/foreign-policy">Foreign Policy</a></li><li><a href="/news/russia">Russia</a></li><li><a href="/more">More</a></li><li>Talks stall</li></ol></nav>`,
			"News › Foreign Policy › Russia", "https://ex.com/news"},
		{"German home and menu controls",
			`<div class="breadcrumbs"><a href="/">Startseite</a> » <a href="/politik">Politik</a> » <a href="#">Mehr</a></div>`,
			"Politik", "https://ex.com/politik"},
		{"microdata BreadcrumbList",
			`<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/"><span itemprop="name">Accueil</span></a></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/monde"><span itemprop="name">Monde</span></a></li></ol>`,
			"Monde", "https://ex.com/monde"},
		{"JSON-LD BreadcrumbList",
			`<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Inicio","item":"https://ex.com/"},{"@type":"ListItem","position":2,"name":"Deportes","item":"https://ex.com/deportes"}]}</script>`,
			"Deportes", "https://ex.com/deportes"},
		{"site name as first crumb",
			`<meta property="og:site_name" content="Coastal Post"><ul class="breadcrumb"><li><a href="/x">Coastal Post</a></li><li><a href="/sport">Sport</a></li></ul>`,
			"Sport", "https://ex.com/sport"},
		{"last step is the article itself under another headline",
			`<h1>Harbour fees rise</h1><script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Wirtschaft","item":"https://ex.com/wirtschaft/"},{"@type":"ListItem","position":2,"name":"Hafengebühren: Reeder zahlen ab Mai mehr","item":"https://ex.com/a/b"}]}</script>`,
			"Wirtschaft", "https://ex.com/wirtschaft/"},
		{"a one-word section linked to the page itself stays",
			`<h1>Repotting a fern</h1><div class="breadcrumb"><a href="/">Home</a> › <a href="/a/b">Houseplants</a></div>`,
			"Houseplants", "https://ex.com/a/b"},
		{"a step's drop-down of sibling sections is no step",
			`<nav class="breadcrumb"><ul><li class="has-sub"><a href="/sport">Sport</a><ul class="sub"><li><a href="/sport/tennis">Tennis</a></li><li><a href="/sport/golf">Golf</a></li></ul></li><li><a href="/sport/sailing">Sailing</a></li></ul></nav><h1>Harbour regatta</h1>`,
			"Sport › Sailing", "https://ex.com/sport"},
		{"the search page is no step",
			`<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Erweiterte Suche","item":"https://ex.com/erweiterte-suche/"},{"@type":"ListItem","position":2,"name":"Talks stall"}]}</script><h1>Talks stall</h1><ul class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/artikel/">Artikel</a></li><li><a href="/search.php">Search</a></li></ul>`,
			"Artikel", "https://ex.com/artikel/"},
		{"the headline without its kicker is no step",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Hafenfest - Fähren fahren die ganze Nacht durch"}</script><h1>Fähren fahren die ganze Nacht durch</h1><ol class="breadcrumb"><li><a href="/region">Region</a></li><li>Fähren fahren die ganze Nacht durch</li></ol>`,
			"Region", "https://ex.com/region"},
		{"an issue number is no step",
			`<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/ausgaben/2025/14">2025/14</a> › <a href="/inland">Inland</a></nav><h1>Die Werft bleibt</h1>`,
			"Inland", "https://ex.com/inland"},
		{"skip links are not a path",
			`<nav id="skiplinks"><a href="#content">To the content</a> / <a href="#menu">To the menu</a></nav><h1>Harbour fees rise</h1>`,
			"", ""},
	}
	for _, c := range cases {
		m := metaOf(t, "<html><head></head><body>"+c.src+"</body></html>", "https://ex.com/a/b")
		if got := joinCrumbs(m.Breadcrumbs); got != c.want {
			t.Errorf("%s: breadcrumbs %q, want %q", c.name, got, c.want)
			continue
		}
		if len(m.Breadcrumbs) > 0 && m.Breadcrumbs[0].URL != c.firstURL {
			t.Errorf("%s: first URL %q, want %q", c.name, m.Breadcrumbs[0].URL, c.firstURL)
		}
	}
}

func TestBreadcrumbsFromCategoryLinks(t *testing.T) {
	m := metaOf(t, `<html><body><h1>Owl count</h1><p>Filed under <a rel="category tag" href="/c/birds">Birds</a></p><div class="sidebar"><a rel="category" href="/c/all">Everything</a></div></body></html>`, "https://ex.com/p")
	if got := joinCrumbs(m.Breadcrumbs); got != "Birds" {
		t.Errorf("breadcrumbs %q, want the post's category", got)
	}
}

func TestLocationLabelled(t *testing.T) {
	for _, c := range []struct {
		src  string
		want bool
	}{
		{`<div>当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻</a></div>`, true},
		{`<p>You are here: <a href="/">Home</a> » <a href="/press/">Press</a></p>`, true},
		{`<div><a href="/">Home</a> You are here</div>`, false},
		{`<p>Where you are here matters.</p>`, false},
	} {
		doc, err := html.Parse(strings.NewReader(c.src))
		if err != nil {
			t.Fatal(err)
		}
		var el *html.Node
		for n := range doc.Descendants() {
			if n.Type == html.ElementNode && (n.Data == "div" || n.Data == "p") {
				el = n
				break
			}
		}
		if got := locationLabelled(el); got != c.want {
			t.Errorf("locationLabelled(%s) = %v, want %v", c.src, got, c.want)
		}
	}
}
