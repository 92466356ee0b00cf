package metadata

import (
	"strings"
	"unicode/utf8"
)

// Keyword lists sometimes carry the newsroom's machine vocabulary rather
// than topics: wire-service subject codes ("AER", "INDG08", "TOPIC:WAR")
// and taxonomy paths ("sections/world", "topic/floods"). The first are
// dropped, the second keep their last step.

// minCodeList is the fewest subject codes that mark a keyword list as a
// wire service's coding: a handful of capitalised tags ("USA", "NATO",
// "EU") are topics.
const minCodeList = 8

// maxCodeRunes bounds a subject code; longer capitalised strings are
// shouted headlines or names.
const maxCodeRunes = 24

// codedList reports whether most of a keyword list (three in four) are
// subject codes.
func codedList(in []string) bool {
	n := 0
	for _, t := range in {
		if subjectCode(strings.TrimSpace(t)) {
			n++
		}
	}
	return n >= minCodeList && 4*n >= 3*len(in)
}

// subjectCode reports a code: capitals, digits and the punctuation codes
// use, no lower-case letter, no space.
func subjectCode(t string) bool {
	if t == "" || len(t) > maxCodeRunes {
		return false
	}
	for _, r := range t {
		switch {
		case r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == ':', r == '-', r == '_', r == '.', r == '&':
		default:
			return false
		}
	}
	return true
}

// taxonomyLeaf returns a tag written as a taxonomy path ("sections/world",
// "topic/floods and storms", "sport/formula-1") as its last step; other
// tags unchanged. The path's steps are lower-case slugs: "AC/DC" and
// "24/7" are names, not paths.
func taxonomyLeaf(t string) string {
	i := strings.LastIndexByte(t, '/')
	if i <= 0 || i == len(t)-1 {
		return t
	}
	for _, step := range strings.Split(t[:i], "/") {
		if !slugStep(step) {
			return t
		}
	}
	return strings.TrimSpace(t[i+1:])
}

// slugStep reports a lower-case URL slug that begins with a letter.
func slugStep(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// minIndexLetters is the fewest one-letter entries that make a tag list
// an A–Z index of the site's topics rather than the article's tags.
const minIndexLetters = 5

// letterIndex reports a list holding the letters of an A–Z topic index
// ("A", "B", "C", …, "Aberglaube", "Abtreibung", …).
func letterIndex(in []string) bool {
	n := 0
	for _, t := range in {
		if utf8.RuneCountInString(strings.TrimSpace(t)) == 1 {
			n++
		}
	}
	return n >= minIndexLetters
}
