package credit

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bareName reports the inside of closing brackets that is only a person's
// or agency's name, as some papers print the photographer: "… (Edu Luque)".
// It must be two to four words, each starting with a capital (bar the
// connectors names contain), with no digits and no punctuation but the
// slash, hyphen, apostrophe and the period of an initial: "(New photos)",
// "(2019)", "(left, in red)" and "(He denies it)"-like asides fail, the
// last because a name has no verb-shaped lower-case words.
func bareName(s string) bool {
	words := strings.Fields(s)
	most := maxBareNameWords
	if agencyForm(s) {
		// "Jane Doe/The Union via AP", "JANE DOE, AFP via Getty Images":
		// a slash or "via" names a photographer and an agency.
		most = maxTailWords
		words = strings.Fields(strings.ReplaceAll(s, ", ", " "))
	}
	if len(words) < 2 || len(words) > most || !plausible(s) {
		return false
	}
	capitals := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case isConnector(w) || w == "/":
			continue // "AFP / Jane Doe": a spaced slash joins agency and name
		case !unicode.IsUpper(r):
			return false
		}
		capitals++
		for _, c := range w {
			if !unicode.IsLetter(c) && !strings.ContainsRune("/-'’.", c) {
				return false
			}
		}
	}
	return capitals >= 2
}

// maxBareNameWords is the longest bracketed name read as a credit without
// a label: a photographer's full name or an agency's.
const maxBareNameWords = 4

// isDocumentation reports the Indonesian and Malay "Dok." (dokumentasi)
// credit, where the whole bracket is the credit: "(Dok. Pribadi)".
func isDocumentation(s string) bool {
	n, ok := prefixFold(s, "dok.")
	return ok && n < len(s)
}

// ellipsisCredit reads the "Credit...Name" form some papers append to a
// caption, often glued to its last sentence: "… at dawn.Credit...Jane Doe".
func ellipsisCredit(s string) (text, credit string, ok bool) {
	from := max(0, len(s)-maxCreditBytes)
	for _, mark := range ellipsisMarks {
		i := strings.LastIndex(s[from:], mark)
		if i < 0 {
			continue
		}
		i += from
		if rest := strings.TrimSpace(s[i+len(mark):]); plausible(rest) {
			return trimTail(s[:i]), rest, true
		}
	}
	return "", "", false
}

// ellipsisMarks are the label-and-ellipsis forms of ellipsisCredit.
var ellipsisMarks = []string{
	"Credit...", // three periods
	"Credit…",   // the ellipsis character
}

// isLabelOnly reports a credit element holding only a label ("Copyright",
// "Photo:"), its name printed in another element.
func isLabelOnly(s string) bool {
	s = strings.TrimRight(s, " :：.…")
	for _, l := range labels {
		if n, ok := prefixFold(s, l); ok && n == len(s) {
			return true
		}
	}
	return false
}

// afterBareLabel strips, from a credit element's text, a label written
// without a colon before the name ("Copyright Jane Doe/AP"). Only labels
// that cannot start a name count: "Picture alliance" is an agency.
func afterBareLabel(s string) (string, bool) {
	for _, l := range bareLabels {
		if n, ok := prefixFold(s, l); ok && n < len(s) && isSpaceByte(s[n]) {
			return named(s[n:])
		}
	}
	return "", false
}

// bareLabels are the labels read without a colon in a credit element.
var bareLabels = []string{
	"copyright",     // "Copyright Jane Doe/AP"
	"image credits", // plural form
	"image credit",  // "Image credit Jane Doe"
	"photo credits", // plural form
	"photo credit",  // "Photo credit Jane Doe"
	"credits",       // plural form
	"credit",        // "Credit Jane Doe"
}

// bracketLabels are the labels read without a colon when they open a
// caption's closing brackets: Italian and Spanish papers write "(foto
// Jane Doe)", "(Foto Ansa)".
var bracketLabels = []string{"fotografía", "fotografia", "fotos", "foto", "photos", "photo"}

// afterBracketLabel reads the name after a bracket label, as long as every
// word of it is written like a name ("(foto Ansa)", "(photo Jane Doe)");
// "(foto d'archivio)" and "(photo above)" are asides.
func afterBracketLabel(inner string) (string, bool) {
	for _, l := range bracketLabels {
		n, ok := prefixFold(inner, l)
		if !ok || n >= len(inner) || !isSpaceByte(inner[n]) {
			continue
		}
		name := strings.TrimSpace(inner[n:])
		words := strings.Fields(name)
		if len(words) == 0 || len(words) > maxBareNameWords || strings.ContainsAny(name, ",.!?:;()") {
			return "", false
		}
		for _, w := range words {
			if !nameWord(w) || isConnector(w) && w == words[0] {
				return "", false
			}
		}
		return name, true
	}
	return "", false
}

// afterSentence reports text that ends a sentence, so that brackets after
// it stand apart: "… at the quay. (Edu Luque)", not "Ana Ruiz (Die Linke)".
func afterSentence(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	return s != "" && strings.ContainsRune(".!?", rune(s[len(s)-1]))
}

// agencyForm reports a name written the way wires credit a picture: with
// a slash between photographer and agency, or "via" before the agency.
func agencyForm(s string) bool {
	return strings.Contains(s, "/") || strings.Contains(s, " via ")
}

// gluedLabelCredit reads a credit whose label of two words and a colon
// follows the caption without a separator, as templates glue them: "…
// powered by AI Image Credits: Strava". One word and a colon ("… the
// photo: a view") is too common in prose to count there.
func gluedLabelCredit(s string) (text, credit string, ok bool) {
	for i := max(0, len(s)-maxCreditBytes); i < len(s); i++ {
		if s[i] != ' ' {
			continue
		}
		for _, l := range twoWordLabels {
			n, found := prefixFold(s[i+1:], l)
			if !found {
				continue
			}
			if rest, ok := afterColon(s[i+1+n:]); ok && strings.HasPrefix(strings.TrimLeft(s[i+1+n:], " \u00a0\u202f"), ":") {
				if rest, ok = named(rest); ok && plausible(rest) {
					return trimTail(s[:i]), rest, true
				}
			}
		}
	}
	return "", "", false
}

// twoWordLabels are the labels of more than one word, gluedLabelCredit's.
var twoWordLabels = func() []string {
	var out []string
	for _, l := range labels {
		if strings.Contains(l, " ") {
			out = append(out, l)
		}
	}
	return out
}()

// maxUnitRunes bounds the unit after a length: "Min.", "min", "s".
const maxUnitRunes = 4

// isTiming reports a media player's length or date standing where a credit
// may ("03:07 Min.", "25.04.24", "2024-04-25"): digits and separators, with
// at most a short unit after them, name nobody.
func isTiming(s string) bool {
	head, unit, _ := strings.Cut(strings.TrimSpace(s), " ")
	if utf8.RuneCountInString(strings.TrimRight(unit, ".")) > maxUnitRunes || strings.Contains(unit, " ") {
		return false
	}
	digits := 0
	for _, r := range head {
		switch {
		case unicode.IsDigit(r):
			digits++
		case !strings.ContainsRune(":.-/", r):
			return false
		}
	}
	return digits >= 2
}
