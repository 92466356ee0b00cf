package metadata

import (
	"strings"
	"unicode"
)

// Newspapers often store a byline in capitals for a small-caps style
// ("JEFFREY GETTLEMAN") while their meta tags or structured data spell the
// same name properly. The proper spelling is the name; capitals are type.

// properSpellings returns the names any structured source gives that are
// not written in capitals only ("By JANE ROE" is): the spellings a shouted
// name gives way to.
func properSpellings(s *sources, ld *ldData, md *microdata) []string {
	var out []string
	add := func(names []string) {
		for _, n := range names {
			if n = stripBylinePrefix(strings.TrimSpace(n)); n != "" && !shouted(n) {
				out = append(out, n)
			}
		}
	}
	add(ld.authors)
	add(md.authors)
	for _, k := range authorMetaKeys {
		add(s.values(k))
	}
	return out
}

// respell replaces each name written in capitals only, in the byline and
// in the list, by the proper spelling of the same name.
func respell(byline string, authors, spellings []string) (string, []string) {
	var out []string
	for _, sp := range spellings {
		if up := strings.ToUpper(sp); up != sp {
			byline = strings.ReplaceAll(byline, up, sp)
		}
		for i, a := range authors {
			if shouted(a) && strings.EqualFold(sp, a) {
				if out == nil {
					out = append([]string(nil), authors...)
				}
				out[i] = sp
			}
		}
	}
	if out == nil {
		return byline, authors
	}
	return byline, out
}

// shouted reports a name with letters and no lower-case one among them
// ("JANE ROE"); scripts without case are never shouted.
func shouted(s string) bool {
	upper := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= minShoutedLetters
}

// minShoutedLetters keeps initials and acronyms ("AP", "J.R.") out:
// they are written in capitals by right.
const minShoutedLetters = 4
