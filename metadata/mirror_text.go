package metadata

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldNotice normalises text for phrase matching, so that one table entry
// matches every way a page writes it: lower case; accents and Arabic
// vowel marks dropped (after canonical decomposition, so "é" is "e", "آ"
// and "أ" are "ا", "й" is "и"); typographic apostrophes straight; Arabic
// yeh and kaf in their Persian forms, which Persian pages mix freely;
// ZWNJ, tatweel and direction marks dropped; white space single spaces.
func foldNotice(s string) string {
	if isPlainASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i, r := range s {
		if r < 0xC0 { // nothing below À decomposes
			space = foldRune(&b, r, space)
			continue
		}
		d := norm.NFD.PropertiesString(s[i:]).Decomposition()
		if d == nil {
			space = foldRune(&b, r, space)
			continue
		}
		for _, dr := range string(d) {
			space = foldRune(&b, dr, space)
		}
	}
	return b.String()
}

// foldRune writes one decomposed rune of foldNotice and returns whether a
// space is pending.
func foldRune(b *strings.Builder, r rune, space bool) bool {
	switch {
	case unicode.Is(unicode.Mn, r):
		return space
	case unicode.IsSpace(r):
		return b.Len() > 0
	}
	switch r {
	case '\u200c', '\u200d', '\u0640', '\u200e', '\u200f', '\u200b', '\ufeff':
		return space
	case '’', '‘', 'ʼ', '´', '`', '′':
		r = '\''
	case 'ي', 'ى':
		r = 'ی'
	case 'ك':
		r = 'ک'
	}
	if space {
		b.WriteByte(' ')
	}
	b.WriteRune(unicode.ToLower(r))
	return false
}

// isPlainASCII reports ASCII text with single spaces only and no back
// quote, which folding would only lower-case.
func isPlainASCII(s string) bool {
	prev := byte(' ')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c == '`' || c < ' ' || c == ' ' && prev == ' ' {
			return false
		}
		prev = c
	}
	return prev != ' '
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
	phrasesByWord    = indexPhrases(foldedPhrases)
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

// phraseIndex finds phrases without trying each on each line: phrases in
// scripts written with spaces (Latin, Cyrillic) by their first word, the
// others (Arabic script, Chinese) whole, only on lines in those scripts.
type phraseIndex struct {
	byFirst  map[string][]int // first word → phrases starting with it
	scripted []int            // phrases in scripts matched as substrings
}

func indexPhrases(phrases []noticePhrase) phraseIndex {
	idx := phraseIndex{byFirst: map[string][]int{}}
	for i, p := range phrases {
		first, _ := nextWord(p.text, 0)
		r, _ := utf8.DecodeRuneInString(p.text)
		if first == "" || !spacedScript(r) {
			idx.scripted = append(idx.scripted, i)
			continue
		}
		idx.byFirst[first] = append(idx.byFirst[first], i)
	}
	return idx
}

// spacedScript reports letters of the scripts whose phrases the index
// finds by first word.
func spacedScript(r rune) bool {
	return r < 0x590 // Latin, Greek, Cyrillic, Armenian
}

// nextWord returns the run of letters and digits at or after byte i of s,
// and the byte where it ends.
func nextWord(s string, i int) (string, int) {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			break
		}
		i += size
	}
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !isWordRune(r) {
			break
		}
		j += size
	}
	return s[i:j], j
}

func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9') ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// matchPhrase looks for notice phrases in folded text. The result is
// formula or self when any phrase found is.
func matchPhrase(folded string) (noticePhrase, bool) {
	var got noticePhrase
	found, scripted := false, false
	note := func(p noticePhrase) {
		found = true
		got.formula = got.formula || p.formula
		got.self = got.self || p.self
	}
	for i := 0; i < len(folded); {
		w, end := nextWord(folded, i)
		if w == "" {
			break
		}
		start := end - len(w)
		if r, _ := utf8.DecodeRuneInString(w); !spacedScript(r) {
			scripted = true
		}
		for _, k := range phrasesByWord.byFirst[w] {
			if strings.HasPrefix(folded[start:], foldedPhrases[k].text) {
				note(foldedPhrases[k])
			}
		}
		i = end
	}
	if scripted {
		for _, k := range phrasesByWord.scripted {
			if strings.Contains(folded, foldedPhrases[k].text) {
				note(foldedPhrases[k])
			}
		}
	}
	return got, found
}

// stripPhrases blanks out the notice phrases in folded text, leaving what
// else the line says.
func stripPhrases(folded string) string {
	for _, p := range foldedPhrases {
		if strings.Contains(folded, p.text) {
			folded = strings.ReplaceAll(folded, p.text, " ")
		}
	}
	return folded
}

// hasQuotes reports quotation marks, which in a story mark a quoted speaker
// whose "we" and "our" are not the site's.
func hasQuotes(s string) bool {
	return strings.ContainsAny(s, "\"“”„«»「」『』‹›")
}
