package metadata

import "testing"

func TestNormalizeLang(t *testing.T) {
	cases := map[string]string{
		"en":          "en",
		"EN-us":       "en-US",
		"en_US":       "en-US",
		"zh-hans-cn":  "zh-Hans-CN",
		"es-419":      "es-419",
		"de, en":      "de",
		"":            "",
		"{{lang}}":    "",
		"x":           "",
		"english-usa": "",
	}
	for in, want := range cases {
		if got := normalizeLang(in); got != want {
			t.Errorf("normalizeLang(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLanguageSources(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"html lang", `<html lang="fr-ca"><head></head><body></body></html>`, "fr-CA"},
		{"content-language", `<html><head><meta http-equiv="Content-Language" content="de"></head><body></body></html>`, "de"},
		{"og:locale", `<html><head><meta property="og:locale" content="pt_BR"></head><body></body></html>`, "pt-BR"},
		{"JSON-LD inLanguage", `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"h","inLanguage":"it-IT"}</script></head><body></body></html>`, "it-IT"},
		{"html lang first", `<html lang="nl"><head><meta property="og:locale" content="en_US"></head><body></body></html>`, "nl"},
	}
	for _, c := range cases {
		if got := metaOf(t, c.src, "").Language; got != c.want {
			t.Errorf("%s: language %q, want %q", c.name, got, c.want)
		}
	}
}
