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

func TestHostedPublication(t *testing.T) {
	const page = "https://www.pressly.example/north-desk/a-story-1a2b"
	ld := func(name, home string) string {
		return `<meta property="og:site_name" content="Pressly"><script type="application/ld+json">{"@type":"NewsArticle","headline":"h","publisher":{"@type":"Organization","name":"` + name + `","url":"` + home + `"}}</script>`
	}
	cases := []struct{ name, src, want string }{
		{"publication section named after the publisher", ld("North Desk", "https://pressly.example/north-desk"), "North Desk"},
		{"relative home", ld("North Desk", "/north-desk/"), "North Desk"},
		{"section not named after the publisher", ld("Northern Daily", "https://pressly.example/north-desk"), "Pressly"},
		{"home at the site's root", ld("North Desk", "https://pressly.example/"), "Pressly"},
		{"home on another host", ld("North Desk", "https://other.example/north-desk"), "Pressly"},
		{"section that does not hold the page", ld("South Desk", "https://pressly.example/south-desk"), "Pressly"},
	}
	for _, c := range cases {
		m := metaOf(t, "<html><head>"+c.src+"</head><body></body></html>", page)
		if m.SiteName != c.want {
			t.Errorf("%s: site %q, want %q", c.name, m.SiteName, c.want)
		}
	}
}

func TestIsSlugOf(t *testing.T) {
	for _, c := range []struct {
		seg, name string
		want      bool
	}{
		{"voodoo-lab", "Voodoo Lab", true},
		{"@voodoo", "Voodoo", true},
		{"news", "Daily News", false},
		{"", "", false},
		{"café-central", "Café Central", true},
	} {
		if got := isSlugOf(c.seg, c.name); got != c.want {
			t.Errorf("isSlugOf(%q, %q) = %v", c.seg, c.name, got)
		}
	}
}
