// Package credit separates a picture's credit from its caption.
//
// A credit is recognised only where captions put one: in trailing brackets
// ("… (Photo: AP)"), after a label that starts the caption or follows a
// sentence or separator ("… Photograph: Sam Lee/The Guardian"), after a ©
// sign, or as a short name after a trailing " / " or " | " ("… / AFP").
// Running text that merely mentions a photo is left whole.
package credit

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Split returns caption without its credit, and the credit alone:
// "Pilots at the quay. (File photo by AP)" gives "Pilots at the quay." and "AP".
func Split(caption string) (text, credit string) {
	s := strings.TrimSpace(caption)
	if s == "" {
		return "", ""
	}
	if text, credit, ok := bracketCredit(s); ok {
		return text, credit
	}
	if text, credit, ok := labelledCredit(s); ok {
		return text, credit
	}
	if text, credit, ok := trailingCredit(s); ok {
		return text, credit
	}
	if text, credit, ok := shotBy(s); ok {
		return text, credit
	}
	return s, ""
}

// maxShotByRunes is the longest name read before "撮影": a Japanese
// photographer's name, or a desk's ("本社ヘリから").
const maxShotByRunes = 12

// shotBy reads the Japanese papers' closing "、<name>撮影" ("photographed
// by"): "…＝名寄市で2025年4月2日、佐藤一郎撮影" credits 佐藤一郎. The name
// runs back to the last "、", "＝" or full stop and holds no digits or
// spaces, which a date or a clause would.
func shotBy(s string) (text, credit string, ok bool) {
	head, found := strings.CutSuffix(s, "撮影")
	if !found {
		return "", "", false
	}
	i := strings.LastIndexAny(head, "、＝=。 ")
	if i < 0 {
		return "", "", false
	}
	_, size := utf8.DecodeRuneInString(head[i:])
	name := head[i+size:]
	n := utf8.RuneCountInString(name)
	if n < 2 || n > maxShotByRunes || strings.ContainsFunc(name, func(r rune) bool { return unicode.IsDigit(r) || unicode.IsSpace(r) }) {
		return "", "", false
	}
	return strings.TrimRight(head[:i], "、＝= "), name, true
}

// Merge splits caption like Split when no credit is known; with one (from
// a credit element), the caption still loses a credit written into it, and
// a different one is added: "GHULAM RASOOL" and "… decades. /AFP via Getty
// Images" give "GHULAM RASOOL, AFP via Getty Images".
func Merge(caption, known string) (text, credit string) {
	text, credit = Split(caption)
	known = Clean(known)
	switch {
	case known == "":
		return text, credit
	case credit == "" || strings.Contains(strings.ToLower(known), strings.ToLower(credit)):
		return text, known
	case strings.Contains(strings.ToLower(credit), strings.ToLower(known)):
		return text, credit
	}
	return text, known + ", " + credit
}

// List writes the parties a credit names as a list, the way credits read
// from several elements are joined: "DPA Images | Jane Doe" gives "DPA
// Images, Jane Doe". The bar is a template's separator, not the credit's.
func List(credit string) string {
	return strings.ReplaceAll(credit, " | ", ", ")
}

// Clean strips a credit line found on its own (a credit element) of its
// label and brackets: "(Photo: Jane Doe/Reuters)" gives "Jane Doe/Reuters".
func Clean(credit string) string {
	// "– Jane Doe": the dash that joined it to the caption is not the credit's.
	s := strings.TrimLeft(strings.TrimSpace(credit), "–—|/ ")
	if isLabelOnly(s) || isTiming(s) {
		return "" // a label apart from its name; a media player's length or date
	}
	for range 3 {
		if len(s) >= 2 && (s[0] == '(' && s[len(s)-1] == ')' || s[0] == '[' && s[len(s)-1] == ']') {
			s = strings.TrimSpace(s[1 : len(s)-1])
		}
		rest, ok := afterMarker(s)
		if !ok {
			rest, ok = afterBareLabel(s)
		}
		if !ok {
			break
		}
		s = rest
	}
	return strings.TrimSpace(strings.TrimRight(s, ";,"))
}

// bracketCredit reads a credit in brackets closing the caption.
func bracketCredit(s string) (text, credit string, ok bool) {
	last := s[len(s)-1]
	if last != ')' && last != ']' {
		return "", "", false
	}
	open := matchingOpen(s)
	if open < 0 {
		return "", "", false
	}
	inner := strings.TrimSpace(s[open+1 : len(s)-1])
	credit, ok = afterMarker(inner)
	if !ok {
		credit, ok = afterBracketLabel(inner)
	}
	// A bare name needs a finished sentence before it, unless it has the
	// photographer/agency form, which no aside has: "… on Monday [Jane Doe/Reuters]".
	if !ok && (isWirePhoto(inner) || isDocumentation(inner) || (afterSentence(s[:open]) || agencyForm(inner)) && bareName(inner) ||
		afterSentence(s[:open]) && sourcedPhoto(inner)) {
		credit, ok = inner, true
	}
	if !ok || !plausible(credit) {
		return "", "", false
	}
	return trimTail(s[:open]), credit, true
}

// matchingOpen returns the index of the bracket that opens the one closing
// s, or -1.
func matchingOpen(s string) int {
	closeB := s[len(s)-1]
	openB := byte('(')
	if closeB == ']' {
		openB = '['
	}
	level := 0
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case closeB:
			level++
		case openB:
			level--
			if level == 0 {
				return i
			}
		}
	}
	return -1
}

// isWirePhoto reports the wire services' "AP Photo/Jane Doe" form, where
// the whole bracket is the credit.
func isWirePhoto(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "photo/") || strings.Contains(l, "foto/") || strings.Contains(l, "photo /")
}

// maxSourcedPhotoWords is the longest bracketed "<source> photo" read as
// a credit: a paper's, a desk's or a handout's name, never an aside.
const maxSourcedPhotoWords = 4

// sourcedPhoto reports a bracket that names where a picture came from
// with the word photo last: "(Tribune file photo)", "(Staff photo)",
// "(Courtesy photo)", as American papers credit their own pictures.
func sourcedPhoto(inner string) bool {
	l := strings.ToLower(inner)
	words := strings.Fields(l)
	if len(words) < 2 || len(words) > maxSourcedPhotoWords {
		return false
	}
	last := words[len(words)-1]
	return last == "photo" || last == "photograph" || last == "photos"
}

// labelledCredit finds the first place a credit may start at which a label,
// by-phrase or symbol stands, and takes the rest of the caption as the
// credit. A © sign counts anywhere.
func labelledCredit(s string) (text, credit string, ok bool) {
	if rest, found := afterMarker(s); found {
		// A credit heading the caption: "Photo: AFP. Crowds at the quay."
		if i := sentenceEnd(rest[:min(len(rest), maxCreditBytes)]); i > 0 {
			return strings.TrimSpace(rest[i+1:]), strings.TrimSpace(rest[:i]), true
		}
		if plausible(rest) {
			return "", rest, true
		}
	}
	if text, credit, ok := ellipsisCredit(s); ok {
		return text, credit, true
	}
	// A credit ends the caption, so only its tail can hold one; this also
	// keeps the work linear on long input.
	for pos := nextStart(s, max(0, len(s)-maxCreditBytes)); pos > 0 && pos < len(s); pos = nextStart(s, pos) {
		if rest, found := afterMarker(s[pos:]); found && plausible(rest) {
			return trimTail(s[:pos]), trimStop(rest), true
		}
	}
	if text, credit, ok := gluedLabelCredit(s); ok {
		return text, credit, true
	}
	if text, credit, ok := afterGluedStop(s); ok {
		return text, credit, true
	}
	if text, credit, ok := afterCommaLabel(s); ok {
		return text, credit, true
	}
	if text, credit, ok := spacedLabelCredit(s); ok {
		return text, credit, true
	}
	if i := strings.LastIndex(s, "©"); i > 0 {
		if rest := Clean(s[i:]); plausible(rest) {
			return trimTail(s[:i]), rest, true
		}
	}
	return "", "", false
}

// afterGluedStop reads a labelled credit glued to the caption's last full
// stop, as templates print a credit element after the text without a
// space: "… in Albania.Foto: Jane Doe (Reuters)". Only a capital after the
// stop counts, so "e.g.photo:" in prose does not.
func afterGluedStop(s string) (text, credit string, ok bool) {
	for i := max(1, len(s)-maxCreditBytes); i < len(s)-1; i++ {
		if s[i] != '.' || s[i-1] == '.' {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[i+1:]); !unicode.IsUpper(r) {
			continue
		}
		if rest, found := afterMarker(s[i+1:]); found && plausible(rest) {
			return s[:i+1], rest, true
		}
	}
	return "", "", false
}

// afterCommaLabel reads a credit whose label and colon follow a comma:
// "Riders on the grid, Foto: Jane Doe". Only the colon form counts after a
// comma; "…, photographed by her son" is the caption's own words.
func afterCommaLabel(s string) (text, credit string, ok bool) {
	i := strings.LastIndex(s, ", ")
	if i <= 0 || len(s)-i > maxCreditBytes {
		return "", "", false
	}
	if name, ok := afterColonLabel(s[i+2:]); ok && plausible(name) {
		return s[:i], name, true
	}
	return "", "", false
}

// nextStart returns the next index after pos at which a credit may start:
// after a sentence end or a separator. It returns -1 when there is none.
func nextStart(s string, pos int) int {
	best := -1
	for _, sep := range startSeparators {
		if i := strings.Index(s[pos+1:], sep); i >= 0 {
			at := pos + 1 + i + len(sep)
			if best < 0 || at < best {
				best = at
			}
		}
	}
	return best
}

// startSeparators end a caption's text where a labelled credit may follow.
var startSeparators = []string{". ", "! ", "? ", " | ", " / ", " - ", " – ", " — ", "; ", "\n", "。", "، "}

// sentenceEnd returns the index of the period closing a leading credit
// ("AFP. …"), or -1. A period after an initial ("J. Doe") does not count.
func sentenceEnd(s string) int {
	for i := strings.Index(s, ". "); i >= 0; {
		word := s[strings.LastIndexAny(s[:i], " /")+1 : i]
		if utf8.RuneCountInString(word) > 2 {
			return i
		}
		next := strings.Index(s[i+2:], ". ")
		if next < 0 {
			return -1
		}
		i += 2 + next
	}
	return -1
}

// trailingCredit reads a short name after the last trailing separator:
// "Pilots at the quay / AFP".
func trailingCredit(s string) (text, credit string, ok bool) {
	best := -1
	sepLen := 0
	for _, sep := range separators {
		if i := strings.LastIndex(s, sep); i > best {
			best, sepLen = i, len(sep)
		}
	}
	// " /AFP": a slash glued to the credit, after a finished sentence.
	if i := strings.LastIndex(s, " /"); i > best && i > 0 && strings.ContainsRune(".!?", rune(s[i-1])) {
		best, sepLen = i, 2
	}
	if best <= 0 {
		return signatureCredit(s)
	}
	tail := strings.TrimSpace(s[best+sepLen:])
	head := trimTail(s[:best])
	// "… (AFP / Jane Doe)": a separator inside brackets splits no credit off.
	if head == "" || !nameLike(tail) || strings.Count(tail, ")") > strings.Count(tail, "(") {
		return "", "", false
	}
	return head, tail, true
}

// signatureCredit reads a bare name signing a finished caption, as agencies
// and many newsrooms print them: "… from the ground up. Supplied",
// "… 대화하고 있다. 뉴스1", "… in August. Jane Doe (Reuters)". The name
// must be short, unpunctuated, without commas, and every word must start
// with a capital (or a letter of a script without case), bar a few
// connectors: running text fails that.
func signatureCredit(s string) (text, credit string, ok bool) {
	i := strings.LastIndex(s, ". ")
	if i <= 0 || ordinalDay(s[:i]) {
		return "", "", false
	}
	tail := strings.TrimSpace(s[i+2:])
	name, most := tail, maxSignatureWords
	if agencyForm(tail) {
		most = maxTailWords // "Keystone/The White House via AP/Jane Doe"
	}
	// "… in August. Jane Doe (dpa/picture alliance via Getty)": the
	// photographer's name, and the agency in brackets.
	if open := strings.LastIndex(tail, " ("); open > 0 && strings.HasSuffix(tail, ")") && bracketedAgency(tail[open+2:len(tail)-1]) {
		name = tail[:open]
	}
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > most || strings.ContainsAny(name, ",.!?:;()") || !plausible(tail) {
		return "", "", false
	}
	for _, w := range words {
		if !nameWord(w) && w != "/" {
			return "", "", false
		}
	}
	return s[:i+1], tail, true
}

// ordinalDay reports text ending in a day written as an ordinal number
// ("…, 28"), as German and Nordic dates put it before the month: the period
// after it ("28. April 2023") ends no sentence.
func ordinalDay(s string) bool {
	j := strings.LastIndexAny(s, " (")
	w := s[j+1:]
	if w == "" || len(w) > 2 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// bracketedAgency reports the inside of the brackets after a signing name
// that names an agency: a few words, no sentence, no brackets of its own.
func bracketedAgency(s string) bool {
	return s != "" && len(strings.Fields(s)) <= maxTailWords && !strings.ContainsAny(s, ",.!?:;()") && plausible(s)
}

// NameOnly reports text that reads as a credit's name alone, with no label
// and no sentence: "The Daily Ledger", "Jane Doe/AFP". Captions set such a
// line apart from their text in markup.
func NameOnly(s string) bool {
	s = strings.TrimSpace(s)
	return !strings.HasSuffix(s, ":") && nameLike(s)
}

// nameLike reports a short tail that reads as a name or agency: a few
// words, starting with a capital or digit, not a sentence.
func nameLike(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if s == "" || !(unicode.IsUpper(r) || unicode.IsDigit(r) || !unicode.IsLower(r) && unicode.IsLetter(r)) {
		return false
	}
	if initials(s) {
		return true // "… junto a la prensa. / D. S.": a staff photographer's initials
	}
	if len(strings.Fields(s)) > maxTailWords || strings.Contains(s, ". ") || strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "Inc.") {
		return false
	}
	return plausible(s)
}

// maxInitials is the most initials a credit signs with ("J. M. R.").
const maxInitials = 4

// initials reports a tail made only of capital initials, each with its
// point: "D. S.", "J.M.R.".
func initials(s string) bool {
	n := 0
	for _, w := range strings.Fields(s) {
		for w != "" {
			r, size := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) || size >= len(w) || w[size] != '.' {
				return false
			}
			w = w[size+1:]
			n++
		}
	}
	return n >= 2 && n <= maxInitials
}

// plausible reports a credit of sensible length that names something.
func plausible(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > maxCreditRunes {
		return false
	}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// abbreviations end a credit with their own point: "Example Media Inc.".
var abbreviations = map[string]bool{"inc": true, "ltd": true, "corp": true, "co": true, "jr": true, "sr": true, "ag": true}

// trimStop drops the full stop that closes the caption's last sentence
// from a credit ending it: "… Photo by the author." credits "the author".
// Initials ("J. Doe", "D. S.") and abbreviations keep their point.
func trimStop(credit string) string {
	body, ok := strings.CutSuffix(credit, ".")
	if !ok {
		return credit
	}
	last := body[strings.LastIndexAny(body, " /.")+1:]
	if utf8.RuneCountInString(last) < 3 || abbreviations[strings.ToLower(last)] {
		return credit
	}
	for _, r := range last {
		if !unicode.IsLetter(r) {
			return credit
		}
	}
	return body
}

// trimTail trims the caption text left before a credit of the separators
// that joined them.
func trimTail(s string) string {
	return strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("|/-–—;:,(", r)
	})
}
