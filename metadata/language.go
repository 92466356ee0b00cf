package metadata

import "strings"

// findLanguage returns the page's language as a BCP 47 tag: <html lang>,
// then Content-Language, JSON-LD inLanguage, og:locale and the rest.
func findLanguage(s *sources, ld *ldData, md *microdata) string {
	cands := []string{s.htmlLang, s.get("content-language"), ld.language, s.get("og:locale"),
		s.get("language"), s.get("dc.language"), s.get("citation_language"), md.language}
	for _, c := range cands {
		if t := normalizeLang(c); t != "" {
			return t
		}
	}
	return ""
}

// normalizeLang turns "en_us", "EN-us" or "de, en" into BCP 47 casing
// ("en-US"); it returns "" for values that are not language tags.
func normalizeLang(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ",; "); i >= 0 {
		s = s[:i]
	}
	s = strings.ReplaceAll(s, "_", "-")
	if s == "" || len(s) > 35 {
		return ""
	}
	parts := strings.Split(s, "-")
	primary := strings.ToLower(parts[0])
	if len(primary) < 2 || len(primary) > 3 || !isAlpha(primary) {
		return ""
	}
	out := []string{primary}
	for _, sub := range parts[1:] {
		switch {
		case sub == "" || len(sub) > 8:
			return primary
		case len(sub) == 4 && isAlpha(sub):
			out = append(out, strings.ToUpper(sub[:1])+strings.ToLower(sub[1:])) // script
		case len(sub) == 2 && isAlpha(sub), len(sub) == 3 && isDigits(sub):
			out = append(out, strings.ToUpper(sub)) // region
		default:
			out = append(out, strings.ToLower(sub))
		}
	}
	return strings.Join(out, "-")
}

func isAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
