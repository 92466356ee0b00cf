package metadata

import (
	"unicode"
)

// maxDateInput bounds the bytes parseDate reads: a dateline is short, and
// the bound keeps the work per call constant on any input.
const maxDateInput = 512

// Token kinds of the date lexer.
const (
	tokNum  = 'n' // a run of digits
	tokWord = 'w' // a run of letters, normalised
	tokSep  = 's' // one punctuation character
	tokMark = 'c' // a CJK unit mark after a number: 年 月 日 時 分 秒
)

// dateToken is one lexeme of a date string.
type dateToken struct {
	kind   byte
	space  bool   // white space came before it
	sep    rune   // tokSep: the character
	mark   byte   // tokMark: y m d h i s
	val    int    // tokNum: the value (capped), tokWord: unused
	digits int    // tokNum: how many digits
	text   string // tokNum: the digits; tokWord: the normalised word
}

// dateFoldRune maps a rune to the form the tables use, or -1 to drop it:
// Arabic-Indic, Persian and full-width digits to ASCII, Latin accents
// folded, Arabic and Persian letter variants unified, diacritics dropped.
func dateFoldRune(r rune) rune {
	switch {
	case r >= '٠' && r <= '٩':
		return '0' + (r - '٠')
	case r >= '۰' && r <= '۹':
		return '0' + (r - '۰')
	case r >= '０' && r <= '９':
		return '0' + (r - '０')
	case r >= 'ً' && r <= 'ْ', r == 'ـ', r == '\u200c', r == '\u200d', r == '\u200f', r == '\u200e':
		return -1 // harakat, tatweel, joiners, direction marks
	}
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى', 'ی':
		return 'ي'
	case 'ک':
		return 'ك'
	case '：':
		return ':'
	case '，', '、', '،':
		return ','
	case '／':
		return '/'
	case '\u00a0', '\u202f', '\u2009', '\u3000':
		return ' '
	case '–', '—', '−':
		return '-'
	}
	r = unicode.ToLower(r)
	if r < 0xc0 || r > 0x17f {
		if r == 'ё' {
			return 'е'
		}
		return r
	}
	return dateFoldLatin(r)
}

// dateFoldLatin strips the accents that month and weekday names carry in the
// supported Latin-script languages.
func dateFoldLatin(r rune) rune {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å':
		return 'a'
	case 'ç':
		return 'c'
	case 'è', 'é', 'ê', 'ë':
		return 'e'
	case 'ì', 'í', 'î', 'ï':
		return 'i'
	case 'ò', 'ó', 'ô', 'õ', 'ö':
		return 'o'
	case 'ù', 'ú', 'û', 'ü':
		return 'u'
	case 'ñ':
		return 'n'
	}
	return r
}

// isCJKLetter reports the scripts whose words a date lexer keeps apart from
// Latin words: era names and 午後 are runs of these.
func isCJKLetter(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

// lexDate splits s (at most maxDateInput bytes) into tokens in one pass.
func lexDate(s string) []dateToken {
	if len(s) > maxDateInput {
		s = s[:maxDateInput]
	}
	toks := make([]dateToken, 0, 16)
	var word []rune
	var num []byte
	space := false
	wordCJK := false
	flushWord := func() {
		if len(word) > 0 {
			toks = append(toks, dateToken{kind: tokWord, text: string(word), space: space})
			word, space = word[:0], false
		}
	}
	flushNum := func() {
		if len(num) > 0 {
			v := 0
			for _, c := range num {
				if v < 1e15 {
					v = v*10 + int(c-'0')
				}
			}
			toks = append(toks, dateToken{kind: tokNum, val: v, digits: len(num), text: string(num), space: space})
			num, space = num[:0], false
		}
	}
	for _, r := range s {
		r = dateFoldRune(r)
		switch {
		case r < 0:
			continue
		case r >= '0' && r <= '9':
			flushWord()
			num = append(num, byte(r))
			continue
		}
		flushNum()
		if m := cjkMark(r); m != 0 && len(toks) > 0 && len(word) == 0 && toks[len(toks)-1].kind == tokNum {
			toks = append(toks, dateToken{kind: tokMark, mark: m})
			space = false
			continue
		}
		switch {
		case unicode.IsLetter(r):
			cjk := isCJKLetter(r)
			if len(word) > 0 && cjk != wordCJK {
				flushWord()
			}
			wordCJK = cjk
			word = append(word, r)
		case unicode.IsSpace(r):
			flushWord()
			space = true
		default:
			flushWord()
			toks = append(toks, dateToken{kind: tokSep, sep: r, space: space})
			space = false
		}
	}
	flushWord()
	flushNum()
	return joinMeridiem(toks)
}

// joinMeridiem turns the dotted "a.m." / "p. m." into one word token, so the
// time reader sees one marker.
func joinMeridiem(toks []dateToken) []dateToken {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == tokWord && (t.text == "a" || t.text == "p") && i+2 < len(toks) &&
			toks[i+1].kind == tokSep && toks[i+1].sep == '.' &&
			toks[i+2].kind == tokWord && toks[i+2].text == "m" {
			t.text += "m"
			i += 2
			if i+1 < len(toks) && toks[i+1].kind == tokSep && toks[i+1].sep == '.' {
				i++
			}
		}
		out = append(out, t)
	}
	return out
}
