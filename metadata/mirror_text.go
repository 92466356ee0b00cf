package metadata

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldNotice normalises text for phrase matching, so that one table entry
// matches every way a page writes it: lower case; accents and Arabic
// vowel marks dropped (after canonical decomposition, so "é" is "e", "آ"
// and "أ" are "ا", "й" is "и"); typographic apostrophes straight; Arabic
// yeh and kaf in their Persian forms, which Persian pages mix freely;
// ZWNJ, tatweel and direction marks dropped; white space single spaces.
func foldNotice(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		switch r {
		case '\u200c', '\u200d', '\u0640', '\u200e', '\u200f', '\u200b', '\ufeff':
			continue
		case '’', '‘', 'ʼ', '´', '`', '′':
			r = '\''
		case 'ي', 'ى':
			r = 'ی'
		case 'ك':
			r = 'ک'
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// lettersOnly keeps the letters and digits of folded text, so that "Press
// TV's" and "presstv" compare equal.
func lettersOnly(folded string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, folded)
}

// words splits folded text into runs of letters and digits.
func words(folded string) []string {
	return strings.FieldsFunc(folded, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// foldedWords is a selfWord table with its words folded once.
type foldedWords []selfWord

func foldWords(table []selfWord) foldedWords {
	out := make(foldedWords, len(table))
	for i, w := range table {
		w.word = foldNotice(w.word)
		out[i] = w
	}
	return out
}

// in reports whether folded text (split into ws) holds one of the words.
func (t foldedWords) in(folded string, ws []string) bool {
	for _, w := range t {
		switch w.how {
		case anywhere:
			if strings.Contains(folded, w.word) {
				return true
			}
		case wholeWord, wordPrefix:
			for _, x := range ws {
				if x == w.word || (w.how == wordPrefix && strings.HasPrefix(x, w.word)) {
					return true
				}
			}
		}
	}
	return false
}

// The tables, folded once.
var (
	foldedPhrases    = foldPhrases(noticePhrases)
	foldedFirstPers  = foldWords(firstPersonWords)
	foldedOwnNames   = foldWords(ownNamePhrases)
	foldedLinkLabels = foldWords(mirrorLabels)
)

func foldPhrases(table []noticePhrase) []noticePhrase {
	out := make([]noticePhrase, len(table))
	for i, p := range table {
		p.text = foldNotice(p.text)
		out[i] = p
	}
	return out
}

// matchPhrase returns the first notice phrase in folded text.
func matchPhrase(folded string) (noticePhrase, bool) {
	for _, p := range foldedPhrases {
		if strings.Contains(folded, p.text) {
			return p, true
		}
	}
	return noticePhrase{}, false
}

// hasQuotes reports quotation marks, which in a story mark a quoted speaker
// whose "we" and "our" are not the site's.
func hasQuotes(s string) bool {
	return strings.ContainsAny(s, "\"“”„«»「」『』‹›")
}
