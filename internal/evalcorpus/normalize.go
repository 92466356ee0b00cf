package evalcorpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Normalize is the README's string normalisation: Unicode NFC, every run of
// white space (Unicode, NBSP included) one space, trimmed.
func Normalize(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
}

// Fold case-folds s for case-insensitive comparison (ß and ss compare
// equal, as do Σ and σ). A Caser is not safe for concurrent use, so each
// call makes its own.
func Fold(s string) string {
	return cases.Fold().String(s)
}

// isWord reports whether r is a \w character as Python 3's re module
// defines it for str patterns (the aeb scorer's tokenizer): letters (L*),
// numbers (N*) and the underscore. Combining marks are not word characters
// there, so they split tokens; we do the same to match upstream exactly.
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// Tokens returns the \w+ runs of s, as they are (no case folding).
func Tokens(s string) []string {
	var toks []string
	start := -1
	for i, r := range s {
		switch {
		case isWord(r) && start < 0:
			start = i
		case !isWord(r) && start >= 0:
			toks = append(toks, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, s[start:])
	}
	return toks
}

// FoldedTokens returns the \w+ tokens of the normalised s, each case-folded:
// the tokens of every token-F1 comparison except the aeb shingles. Folding
// after splitting keeps a token whole when folding yields a combining mark
// (İ folds to i and U+0307).
func FoldedTokens(s string) []string {
	toks := Tokens(Normalize(s))
	c := cases.Fold()
	for i, t := range toks {
		toks[i] = c.String(t)
	}
	return toks
}

// Words splits s on white space after NFC: the words of body_first_words.
func Words(s string) []string {
	return strings.Fields(norm.NFC.String(s))
}

// hasText reports whether s holds anything but white space.
func hasText(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if !unicode.IsSpace(r) {
			return true
		}
		s = s[n:]
	}
	return false
}
