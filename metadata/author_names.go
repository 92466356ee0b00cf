package metadata

// The names of a byline, once parseByline has cut its segments: split at
// commas and joining words, cleaned of honorifics, roles and punctuation,
// and checked to read as a person's or an agency's name.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/page"
)

// namePart is one name's words and whether a comma (rather than a joining
// word) set it off from the one before.
type namePart struct {
	words []string
	comma bool
}

// splitNames splits words into the names of several authors at commas,
// semicolons, CJK enumeration commas and joining words.
func splitNames(words []string) []namePart {
	var parts []namePart
	var cur []string
	comma := false
	flush := func(nextComma bool) {
		if len(cur) > 0 {
			parts = append(parts, namePart{words: cur, comma: comma})
			cur = nil
		}
		comma = nextComma
	}
	for _, w := range words {
		if joinerSet[w] {
			flush(false)
			continue
		}
		for {
			i := strings.IndexAny(w, ",;、，；/")
			if i < 0 {
				break
			}
			if head := w[:i]; head != "" {
				cur = append(cur, head)
			}
			flush(true)
			_, size := utf8.DecodeRuneInString(w[i:])
			w = w[i+size:]
		}
		if w != "" {
			cur = append(cur, w)
		}
	}
	flush(false)
	return parts
}

// cleanName returns the name in words, or "" when they are a role, a
// credential, a label or something else that is not a name. A leading
// role goes ("Reporter Jane Roe"); a trailing one makes the part a title
// ("Senior Politics Editor"); trailing lower-case words go ("Jane Roe
// před").
func cleanName(words []string, loose bool) string {
	for len(words) > 0 && roleSet[strings.ToLower(trimPunct(words[0]))] {
		words = words[1:]
	}
	words = dropSuffixRoles(dropHonorifics(words))
	if len(words) == 0 || endsWithRole(words) {
		return ""
	}
	for i := 1; i < len(words); i++ {
		// A lower-case word other than a particle ends a Latin name:
		// "Jane Roe im Gespräch", "Jane Roe před".
		if w := trimPunct(words[i]); isLowerLatin(w) && !particleSet[w] {
			words = words[:i]
			break
		}
	}
	for len(words) > 1 && particleSet[trimPunct(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	name := trimPunct(strings.Join(words, " "))
	low := strings.ToLower(name)
	if name == "" || roleSet[low] || credentialSet[low] || notNameSet[low] {
		return ""
	}
	if agencySet[low] {
		return name
	}
	return validName(name, len(words), loose)
}

// dropHonorifics drops the forms of address before a name ("Dr. Jane
// Roe"), so long as a first name and a surname remain: "Dr. Roe" is known
// by that.
func dropHonorifics(words []string) []string {
	for len(words) > 2 && honorificSet[strings.ToLower(words[0])] {
		words = words[1:]
	}
	return words
}

// dropSuffixRoles drops the job titles printed after a name
// (bylineSuffixRoles) and a dateline's place before "=" ("워싱턴=김태연
// 특파원": Washington = the correspondent's post).
func dropSuffixRoles(words []string) []string {
	for len(words) > 1 && suffixRoleSet[trimPunct(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	if len(words) > 0 {
		if place, rest, ok := strings.Cut(words[0], "="); ok && place != "" && rest != "" && !hasDigit(place) {
			words = append([]string{rest}, words[1:]...)
		}
	}
	return words
}

// endsWithRole reports words ending in a job title, also as the end of a
// compound ("Online-Redaktion", "Sport-Reporter").
func endsWithRole(words []string) bool {
	if len(words) == 0 {
		return false
	}
	last := strings.ToLower(trimPunct(words[len(words)-1]))
	if i := strings.LastIndexByte(last, '-'); i > 0 && roleSet[last[i+1:]] {
		return true
	}
	if len(words) == 1 && pluralRole(last) {
		return true // "Staff Writers" after two names, its "Staff" gone as a leading role
	}
	return roleSet[last] || (len(words) > 1 && roleSet[strings.ToLower(trimPunct(words[len(words)-2]))+" "+last])
}

// pluralRole reports an English job title in the plural ("writers",
// "reporters"), as a line of several authors prints it. Only a word on its
// own counts: after a first name it is a surname ("Jane Fellows").
func pluralRole(low string) bool {
	stem, ok := strings.CutSuffix(low, "s")
	return ok && len(stem) > 2 && roleSet[stem]
}

// isLowerLatin reports a word in lower-case Latin letters.
func isLowerLatin(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return isLatinLetter(r) && unicode.IsLower(r) && !agencySet[w]
}

// validName checks the shape of a name.
func validName(name string, nwords int, loose bool) string {
	runes := utf8.RuneCountInString(name)
	if nwords > maxNameWords || runes > maxNameRunes || runes < 2 {
		return ""
	}
	upper, letters, cjk := false, 0, 0
	for i, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			upper = true
		}
		_ = i
	}
	for _, r := range name {
		switch {
		case unicode.IsLetter(r):
			letters++
			if !unicode.IsUpper(r) && !unicode.IsLower(r) {
				cjk++
			}
		case strings.ContainsRune("!?:：\"“”«»…。！？", r):
			return ""
		}
	}
	if letters == 0 || (cjk > 0 && nwords == 1 && runes > maxCJKName) ||
		(cjk == letters && nwords == 1 && runes > maxCJKPlainName && !strings.ContainsAny(name, "·・")) {
		return ""
	}
	if cjk == 0 && !upper && !(loose && nwords <= 2) {
		return ""
	}
	return name
}

func trimPunct(s string) string {
	// CJK papers sign a story with the name in lenticular or tortoise-shell
	// brackets at its end: "【田中美咲】", "〔北京＝佐藤一郎〕".
	return strings.Trim(s, " ,;:.-–—·•*\"'“”‘’«»()[]{}|/\\【】〔〕［］（）")
}

func isLatinLetter(r rune) bool {
	return r < 0x250 && unicode.IsLetter(r)
}

// appendNames adds names not already in list, comparing without case.
func appendNames(list []string, names ...string) []string {
	for _, n := range names {
		if !containsName(list, n) {
			list = append(list, n)
		}
	}
	return list
}

func containsName(list []string, name string) bool {
	key := nameKey(name)
	for _, m := range list {
		if nameKey(m) == key {
			return true
		}
	}
	return false
}

// nameKey is a name folded for comparison.
func nameKey(s string) string {
	return strings.ToLower(page.CollapseSpace(strings.ReplaceAll(s, ".", " ")))
}

// allKnown reports whether every name of n is already in list, alone or
// inside more words: "Schreiben Sie Jane Roe eine Nachricht" after "Jane
// Roe" mentions her again.
func allKnown(list, n []string) bool {
	for _, name := range n {
		if !containsName(list, name) && !mentions(name, list) {
			return false
		}
	}
	return len(n) > 0
}

// mentions reports whether s holds one of the full names of list as
// whole words.
func mentions(s string, list []string) bool {
	padded := " " + nameKey(s) + " "
	for _, m := range list {
		if k := nameKey(m); strings.Contains(k, " ") && strings.Contains(padded, " "+k+" ") {
			return true
		}
	}
	return false
}

// isLabelPunctOrSpace reports the runes between a byline label and the
// names: white space of any kind and the punctuation that ends a label.
func isLabelPunctOrSpace(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(":：.-–—", r)
}
