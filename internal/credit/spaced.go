package credit

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// spacedLabelCredit reads a one-word label set with its capital and colon
// after the caption's last word, with only a space before it or glued to
// a lower-case letter, as templates append a credit element: "… in the
// studio Foto: Jane Doe", "… im StudioQuelle: Jane Doe/dpa". Prose puts
// such a label mid-sentence too ("the photo: a view"), so the label must
// be capitalised and the rest must be a name alone (see nameShaped).
func spacedLabelCredit(s string) (text, credit string, ok bool) {
	for i := max(1, len(s)-maxCreditBytes); i < len(s); i++ {
		r, _ := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsUpper(r) {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		if prev != ' ' && !unicode.IsLower(prev) {
			continue
		}
		rest, found := afterColonLabel(s[i:])
		if found && nameShaped(rest) {
			return trimTail(s[:i]), rest, true
		}
	}
	return "", "", false
}

// afterColonLabel returns what follows a label and its colon opening s.
func afterColonLabel(s string) (string, bool) {
	for _, l := range labels {
		n, ok := prefixFold(s, l)
		if !ok {
			continue
		}
		t := strings.TrimLeft(s[n:], " \u00a0\u202f")
		if c, size := utf8.DecodeRuneInString(t); c == ':' || c == '：' {
			return named(t[size:])
		}
		return "", false
	}
	return "", false
}

// nameShaped reports a short credit every word of which starts with a
// capital, a digit or a slash-joined agency, bar the connectors names
// contain: "Jane Doe/dpa", "CHIP". "Eine Frau im Regen" is a sentence.
func nameShaped(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxTailWords || strings.ContainsAny(s, ".!?:;") || !plausible(s) {
		return false
	}
	for _, w := range words {
		if !nameWord(w) {
			return false
		}
	}
	return true
}

// nameWord reports a word a credit's name may hold: it starts with a
// capital, a digit or a letter of a script without case, or it is one of
// the connectors names contain ("van", "de", "via").
func nameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return !(unicode.IsLower(r) && !isConnector(w)) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
