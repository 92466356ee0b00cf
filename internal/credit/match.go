package credit

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// afterMarker reports whether s starts with a credit marker (a label and
// its colon, a by-phrase, a symbol) and returns what follows it.
func afterMarker(s string) (string, bool) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	for _, sym := range symbols {
		if n, ok := prefixFold(s, sym); ok {
			return named(s[n:])
		}
	}
	for _, p := range byPhrases {
		if n, ok := prefixFold(s, p); ok && n < len(s) && isSpaceByte(s[n]) {
			return named(s[n:])
		}
	}
	for _, l := range labels {
		n, ok := prefixFold(s, l)
		if !ok {
			continue
		}
		if rest, ok := afterColon(s[n:]); ok {
			return named(rest)
		}
		if rest, ok := afterSymbol(s[n:]); ok {
			return rest, true // "Bild © Jane Doe": a label before the sign
		}
		if strings.HasSuffix(l, ".") && n < len(s) && isSpaceByte(s[n]) {
			return named(s[n:]) // "Fot. Jan Kowalski"
		}
	}
	return "", false
}

// afterSymbol returns what follows a copyright sign that, after spaces,
// opens s.
func afterSymbol(s string) (string, bool) {
	t := strings.TrimLeft(s, " \u00a0\u202f")
	if len(t) == len(s) {
		return "", false // "Bild©…" glued: no label
	}
	for _, sym := range symbols {
		if n, ok := prefixFold(t, sym); ok {
			return named(t[n:])
		}
	}
	return "", false
}

// afterColon returns what follows the colon (or dash) after a label,
// allowing the spaces French typography puts before it.
func afterColon(s string) (string, bool) {
	t := strings.TrimLeft(s, " \u00a0\u202f\t")
	for _, c := range []string{":", "：", " -", "-", "–", "—", "=", "＝"} {
		if strings.HasPrefix(t, c) {
			rest := t[len(c):]
			// "Photo-essay", not "Photo - AFP"; Korean glues the equals
			// sign to both sides ("사진=연합뉴스"), and no word joins one.
			glued := c == ":" || c == "：" || c == "=" || c == "＝"
			if !glued && rest != "" && !isSpaceByte(rest[0]) {
				return "", false
			}
			return rest, true
		}
	}
	return "", false
}

// named trims a credit and reports whether anything is left.
func named(s string) (string, bool) {
	s = strings.TrimSpace(strings.TrimLeft(s, " \u00a0\u202f:"))
	return s, s != ""
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

// prefixFold reports whether s starts with prefix, ignoring case, and how
// many bytes of s the prefix covers. A prefix ending in a letter must not
// be followed by one ("photo" does not start "photographer").
func prefixFold(s, prefix string) (int, bool) {
	i := 0
	for _, pr := range prefix {
		if i >= len(s) {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != pr && unicode.ToLower(r) != unicode.ToLower(pr) {
			return 0, false
		}
		i += size
	}
	last, _ := utf8.DecodeLastRuneInString(prefix)
	if unicode.IsLetter(last) && i < len(s) {
		if next, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsLetter(next) {
			return 0, false
		}
	}
	return i, true
}
