package metadata

import (
	"net/url"
	"strings"
	"testing"
)

func TestSiteName(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"og:site_name", `<meta property="og:site_name" content="Coastal Post"><title>x</title>`, "Coastal Post"},
		{"JSON-LD publisher", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"h","publisher":{"@type":"Organization","name":"Coastal Post"}}</script>`, "Coastal Post"},
		{"application-name", `<meta name="application-name" content="Coastal Post">`, "Coastal Post"},
		{"title suffix naming the host", `<title>Harbour reopens after storm | Coastalpost Online</title>`, "Coastalpost Online"},
		{"title suffix not naming the host", `<title>Harbour reopens after storm | Weekend</title>`, ""},
		{"nothing", `<title>Harbour reopens</title>`, ""},
		{"slogan the publisher leaves out", `<meta property="og:site_name" content="Coastal Post - News from the bay"><script type="application/ld+json">{"@type":"NewsArticle","headline":"h","publisher":{"@type":"Organization","name":"Coastal Post"}}</script>`, "Coastal Post"},
		{"legal form the publisher leaves out", `<meta property="og:site_name" content="Coastal Post Ltd"><script type="application/ld+json">{"@type":"NewsArticle","headline":"h","publisher":{"@type":"Organization","name":"Coastal Post"}}</script>`, "Coastal Post"},
		{"domain ending kept", `<meta property="og:site_name" content="Coastal Post.com"><script type="application/ld+json">{"@type":"NewsArticle","headline":"h","publisher":{"@type":"Organization","name":"Coastal Post"}}</script>`, "Coastal Post.com"},
		{"ornaments around the name", `<meta property="og:site_name" content="☆☆☆☆☆ - Coastal Post - ★">`, "Coastal Post"},
		{"longer name not a decoration", `<meta property="og:site_name" content="Coastal"><meta name="application-name" content="Coastal Post">`, "Coastal"},
	}
	for _, c := range cases {
		m := metaOf(t, "<html><head>"+c.src+"</head><body></body></html>", "https://www.coastalpost.example/a")
		if m.SiteName != c.want {
			t.Errorf("%s: site %q, want %q", c.name, m.SiteName, c.want)
		}
	}
}

func TestHostNames(t *testing.T) {
	u, _ := url.Parse("https://www.news.example.co.uk/a")
	if got := strings.Join(hostNames(u), "|"); got != "news.example.co.uk|example" {
		t.Errorf("hostNames = %q", got)
	}
}
