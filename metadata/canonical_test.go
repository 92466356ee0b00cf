package metadata

import "testing"

func TestCanonicalURL(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"relative canonical resolved", `<link rel="canonical" href="/news/harbour">`, "https://ex.com/news/harbour"},
		{"og:url", `<meta property="og:url" content="https://ex.com/news/harbour-og">`, "https://ex.com/news/harbour-og"},
		{"home page canonical is a template default", `<link rel="canonical" href="https://ex.com/"><meta property="og:url" content="https://ex.com/news/h">`, "https://ex.com/news/h"},
		{"javascript canonical ignored", `<link rel="canonical" href="javascript:void(0)">`, "https://ex.com/news/harbour?utm=x"},
		{"page URL", ``, "https://ex.com/news/harbour?utm=x"},
	}
	for _, c := range cases {
		m := metaOf(t, "<html><head>"+c.src+"</head><body></body></html>", "https://ex.com/news/harbour?utm=x")
		if m.URL != c.want {
			t.Errorf("%s: url %q, want %q", c.name, m.URL, c.want)
		}
	}
}
