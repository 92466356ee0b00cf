package metadata

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/page"
)

// Limits on what may pass for a name.
const (
	maxLineNames = maxSiblingNames // a paper's author list; more is a list of something else
	maxNameWords = 6               // "Maria de los Angeles Garcia Lopez" is about as long as names get
	maxNameRunes = 60              // longer strings are sentences
	maxCJKName   = 12              // runes of a CJK or Thai name without spaces
	// maxCJKPlainName bounds such a name without the middle dot of a
	// transliteration ("玛丽亚·加西亚"): Chinese, Japanese and Korean names
	// run to six or so; a longer run of Han characters is a clause
	// ("记者从市住建局获悉…": "the reporter learned from the city's …").
	maxCJKPlainName = 8
)

// wordSet is a table turned into a set for lookups.
type wordSet map[string]bool

func newWordSet(words []string) wordSet {
	s := make(wordSet, len(words))
	for _, w := range words {
		s[w] = true
	}
	return s
}

var (
	joinerSet     = newWordSet(bylineJoiners)
	roleSet       = newWordSet(bylineRoles)
	suffixRoleSet = newWordSet(bylineSuffixRoles)
	credentialSet = newWordSet(bylineCredentials)
	honorificSet  = newWordSet(bylineHonorifics)
	stopSet       = newWordSet(bylineStops)
	weakStopSet   = newWordSet(bylineWeakStops)
	notNameSet    = newWordSet(bylineNotNames)
	agencySet     = newWordSet(bylineAgencyKeys())
	particleSet   = newWordSet(nameParticles)
	labelSet      = newWordSet(bylineLabels)
	monthSet      = newWordSet(append(append([]string(nil), bylineMonths...), bylineDayAbbrevs...))
)

func bylineAgencyKeys() []string { return newsAgencies }

// bylineSegmentSeps split a byline line into parts of which only some hold
// names: "Jane Roe | Updated 3 hours ago".
var bylineSegmentSeps = strings.NewReplacer("\x00 ", "\x00", "|", "\x00", "•", "\x00", "·", "\x00", " — ", "\x00",
	" – ", "\x00", " - ", "\x00", "\n", "\x00", "｜", "\x00", "｜", "\x00")

// parseByline reads a byline line. It returns the line as printed without
// its "By" and what trails the names, and the names. loose accepts a single
// lower-case word as a name, for text the markup already calls a name.
// Segments after the names end the list unless a joining word or comma
// leads on to them: "<a>Jane Roe</a>, <a>John Doe</a>" against
// "<a>Jane Roe</a><span>Culture</span>".
func parseByline(line string, loose bool) (clean string, names []string) {
	return parseLine(line, loose, maxParsedLine)
}

// maxParsedLine is the longest byline text read, in runes; longer text is
// a paragraph. Sibling lines joined into one list may each be this long.
const maxParsedLine = 400

// parseLine is parseByline for text of at most limit runes.
func parseLine(line string, loose bool, limit int) (clean string, names []string) {
	line = page.CollapseSpace(strings.ReplaceAll(joinNameParts(line), "\u00ad", ""))
	if line == "" || utf8.RuneCountInString(line) > limit {
		return "", nil
	}
	line = unbracketSignature(line)
	st := lineParse{open: true, loose: loose}
	for _, seg := range splitByline(line) {
		if seg.sep != "" {
			st.sep = seg.sep
		}
		t := strings.TrimSpace(seg.text)
		if t == "" || st.label(t) {
			continue
		}
		if !st.segment(t) {
			break
		}
	}
	// "Jane Roe / 3 June 2024": the separator before the date is not
	// part of the byline.
	return strings.TrimRight(strings.Join(st.kept, ""), trailingSeparators), st.names
}

// signatureBrackets are the CJK bracket pairs a story's closing signature
// is set in: "【田中美咲】", "（山内沙織）".
var signatureBrackets = [][2]string{{"【", "】"}, {"〔", "〕"}, {"［", "］"}, {"（", "）"}}

// unbracketSignature drops the brackets enclosing a whole signature line;
// like "By", they are how the byline is set, not what it says.
func unbracketSignature(line string) string {
	for _, b := range signatureBrackets {
		if inner, ok := strings.CutPrefix(line, b[0]); ok {
			if inner, ok = strings.CutSuffix(inner, b[1]); ok && !strings.Contains(inner, b[0]) {
				return strings.TrimSpace(inner)
			}
		}
	}
	return line
}

// trailingSeparators are the marks a byline never ends in: what followed
// them (a date, a place) was cut.
const trailingSeparators = " /|·•–—-:;,"

// lineParse is parseLine's walk through one printed line.
type lineParse struct {
	kept        []string // the byline's parts as printed
	names       []string
	loose       bool   // lower-case names count
	open        bool   // a joiner or a prefix lets more names follow
	lastWasName bool   // the last segment held names
	afterPrefix bool   // the last segment was a prefix ("By")
	closed      bool   // the names ended; only a prefix starts them again
	seenPrefix  bool   // a prefix led some segment so far
	commaLed    bool   // the last names ended in a comma: what follows may be their role
	joiner      string // the joining segment since the last names
	sep         string // the separator printed since the last names: "·", "|"
}

// label takes a segment that joins, labels or ends the names, and
// reports whether it did.
func (st *lineParse) label(t string) bool {
	prefix := stripBylinePrefix(t) == "" || endsWithPrefix(t)
	switch {
	case st.closed && !prefix:
		return true
	case joinsNames(t):
		st.open, st.joiner, st.commaLed = true, t, st.commaLed || t == ","
		return true
	case prefix && len(st.names) > 0 && picturePrefix(t):
		// "words by | Jane Roe • Art by | John Doe": the names after
		// a picture label credit the pictures.
		st.open, st.closed = false, true
		return true
	case prefix:
		// "Capital | von | Jane Roe", "Example Times | May 4 | By |
		// Jane Roe": what came before the prefix was a label, and
		// what follows is a name even in lower case.
		st.kept, st.names, st.open, st.joiner, st.afterPrefix, st.closed = nil, nil, true, "", true, false
		st.seenPrefix = true
		return true
	}
	if len(st.names) > 0 && !st.seenPrefix && leadingPrefix(t) {
		// "<a>Neue Radwege</a> <span>Von Clara Weiß</span>": what
		// came before the first "Von" was a teaser's title.
		st.kept, st.names, st.open, st.joiner, st.closed = nil, nil, true, "", false
	}
	st.seenPrefix = st.seenPrefix || leadingPrefix(t)
	return false
}

// segment reads the names of a segment into the line; false when the
// line holds as many names as one byline may.
func (st *lineParse) segment(t string) bool {
	if len(st.names) > 0 && st.lastWasName && dashSeparators[st.sep] {
		// "Por Jane Roe — Porto Alegre", "Jane Roe – Berlin Office":
		// after names, a dash leads to their place or desk, not to
		// more authors, who are joined by commas, "and" or dots.
		st.open, st.closed = false, true
		return true
	}
	if len(st.names) > 0 && picturePrefixLed(t) {
		// "Words by Jane Roe · Photographs by John Doe": the names
		// after a picture label in the same segment credit the pictures.
		st.open, st.closed = false, true
		return true
	}
	if editorCredit(t) {
		// "Written by Jane Roe | Edited by John Doe": the names after
		// an editing credit edited the story; they did not write it.
		st.open, st.closed = false, true
		return true
	}
	if first, rest, ok := strings.Cut(t, " "); ok && joinerSet[first] {
		// "<a>Jane Roe</a> and John Doe": the joiner opens the run.
		st.open, st.joiner, t = true, first, rest
	}
	c, n := parseSegment(t, st.loose || st.afterPrefix)
	st.afterPrefix = false
	switch {
	case len(st.names) > 0 && st.lastWasName && (st.commaLed || strings.HasPrefix(t, ",")) && printedTail(c, n):
		// "By Jane Roe, | Science correspondent", "<a>Jane Roe</a>,
		// with Reuters": the role or wire printed after the names
		// belongs to the byline as printed, not to the names.
		st.kept = append(st.kept, ", "+c)
		st.open, st.lastWasName, st.joiner = false, false, ""
	case len(n) == 0:
		if len(st.names) > 0 {
			st.open, st.lastWasName = false, false
		}
	case !st.open && !(fullNames(n) && st.lastWasName):
		st.closed = true // the names ended, unless a prefix starts them again
	case len(st.names) > 0 && (st.joiner == "" || st.joiner == ",") && allAffiliations(n):
		// "<span>Jane Roe</span> <span>Associated Press</span>": the
		// wire or paper she writes for, not a second author.
		st.open, st.lastWasName = false, false
	case allKnown(st.names, n):
		// The same name printed twice (a link and its label, a
		// "More stories by" link): one mention in the line.
		st.open, st.lastWasName, st.joiner = endsWithJoiner(t), true, ""
	default:
		st.kept, st.names = appendRun(st.kept, st.names, c, n, st.joiner, st.sep)
		st.sep = ""
		st.open, st.lastWasName, st.joiner = endsWithJoiner(t), true, ""
		st.commaLed = strings.HasSuffix(t, ",")
		return len(st.names) < maxLineNames
	}
	return true
}

// editorCredit reports a segment that credits the story's editing:
// "Edited by John Doe", "Redigiert von John Doe".
func editorCredit(t string) bool {
	low := strings.Replace(strings.ToLower(t), " :", ":", 1) // "Editor : John Doe"
	return slices.ContainsFunc(editorLabels, func(l string) bool { return strings.HasPrefix(low, l) })
}

// allAffiliations reports names that are all news agencies or papers
// ("Washington Post", "Example Daily News").
func allAffiliations(names []string) bool {
	for _, n := range names {
		low := strings.ToLower(n)
		words := strings.Fields(low)
		paper := len(words) > 1 && paperWordSet[words[len(words)-1]]
		if !agencySet[low] && !paper {
			return false
		}
	}
	return len(names) > 0
}

var paperWordSet = newWordSet(paperWords)

// printedJoiner is what the printed line shows between two runs of names:
// the joining segment met between them ("and", ","), a space after a run
// that ends in one or before one that begins with one, the separator
// printed between them ("·", "|"), else a comma.
func printedJoiner(joiner, sep, before, after string) string {
	if first, _, _ := strings.Cut(after, " "); joinerSet[strings.ToLower(first)] {
		return " " // "Jane Roe (text) and John Doe": the run brings its "and"
	}
	switch {
	case joiner == ",":
		return ", "
	case joiner != "":
		return " " + joiner + " "
	case endsWithJoiner(before):
		return " "
	case sep != "":
		return " " + sep + " "
	}
	return ", "
}

// fullNames reports names of two words or more each: names printed one
// per element without separators between them ("<a>Jane Roe</a>
// <a>John Doe</a>"), unlike section labels ("Culture").
func fullNames(names []string) bool {
	for _, n := range names {
		if !strings.Contains(n, " ") {
			return false
		}
	}
	return true
}

// joinsNames reports a segment that only joins names: ",", "and", "&".
func joinsNames(t string) bool {
	t = strings.Trim(t, " ,;、，")
	return t == "" || joinerSet[strings.ToLower(t)]
}

// endsWithJoiner reports a segment that leads on to more names.
func endsWithJoiner(t string) bool {
	if strings.HasSuffix(t, ",") || strings.HasSuffix(t, "、") || strings.HasSuffix(t, ";") {
		return true
	}
	i := strings.LastIndexByte(t, ' ')
	return i >= 0 && joinerSet[strings.ToLower(t[i+1:])]
}

// parseSegment reads one part of a byline line. After a role or an agency
// printed as an affiliation ("Jane Roe, Staff Writer, Example Times"), only
// a joining word brings in another name.
func parseSegment(seg string, loose bool) (clean string, names []string) {
	seg = stripBylinePrefix(strings.TrimSpace(seg))
	seg, coPrinted, coInner, _ := cutCoauthors(seg)
	seg = removeNoise(dropPictureNames(seg))
	words, dated := cutAtStop(strings.Fields(seg))
	if len(words) == 0 {
		return "", nil
	}
	if dated && strings.HasSuffix(words[len(words)-1], ",") && !strings.Contains(strings.Join(words[:len(words)-1], " "), ",") {
		return "", nil // a dateline: "Frankfurt, October 23"
	}
	clean = strings.Trim(strings.Join(words, " "), " ,;:-–—")
	affiliation := false
	parts := splitNames(words)
	for i, part := range parts {
		if affiliation && part.comma {
			continue
		}
		n := cleanName(part.words, loose)
		switch {
		case n == "":
			affiliation = affiliation || endsWithRole(part.words)
		case part.comma && len(names) > 0 && agencySet[strings.ToLower(n)]:
			affiliation = true
		case i == len(parts)-1 && placeAfterNames(part, names):
			// "Jane Roe, Duisburg": where she filed from, not a second
			// author; the line keeps it as printed.
		default:
			names = append(names, n)
			affiliation = false
		}
	}
	return withCoauthors(clean, names, coPrinted, coInner, loose)
}

// placeAfterNames reports the last part of a byline segment that is one
// capitalised word set off by a comma after full names: the dateline's
// place ("Jane Roe, Duisburg"), not an author known by one name. A word
// with a dot is a publication ("Jane Roe, Example.org"), left to the
// publication rules.
func placeAfterNames(part namePart, names []string) bool {
	if !part.comma || len(part.words) != 1 || len(names) == 0 || strings.Contains(part.words[0], ".") {
		return false
	}
	for _, n := range names {
		if !strings.Contains(n, " ") {
			return false
		}
	}
	return true
}

// stripBylinePrefix removes "By", "Von", "Por", "Text:" and the like, and
// anything before a "by" inside the line ("Analysis by Jane Roe").
func stripBylinePrefix(s string) string {
	s = strings.TrimSpace(s)
	for changed := true; changed; {
		changed = false
		low := page.LowerKeepOffsets(s) // offsets in low slice s
		for _, pre := range bylinePrefixes {
			if !strings.HasPrefix(low, pre) {
				continue
			}
			rest := s[len(pre):]
			r, _ := utf8.DecodeRuneInString(rest)
			last, _ := utf8.DecodeLastRuneInString(pre)
			// A Latin prefix must end at a word boundary; "文/", "记者" and
			// "Autor:" end themselves.
			if rest != "" && isLatinLetter(last) && !unicode.IsSpace(r) && r != ':' && r != '.' {
				continue
			}
			s = strings.TrimLeftFunc(rest, isLabelPunctOrSpace)
			changed = s != ""
			break
		}
	}
	if i := strings.IndexAny(s, ":："); i > 0 && i < maxBylineLabelBytes && allLabels(s[:i]) {
		// "Text und Interview: Jane Roe", "Text und Interview: by Jane
		// Roe": the rest may open with a label of its own, and is shorter.
		return stripBylinePrefix(strings.TrimLeftFunc(s[i:], isLabelPunctOrSpace))
	}
	low := page.LowerKeepOffsets(s)
	for _, mid := range []string{" by ", " von ", " par ", " por ", " door "} {
		i := strings.Index(low, mid)
		if i <= 0 || i >= maxBylineLabelBytes {
			continue
		}
		// "von" is also a particle inside names ("Alexa von Heyden"): it
		// starts the names only after a label ("Rezept von").
		before := strings.Fields(low[:i])
		if len(before) == 0 {
			continue // only spaces before it ("Text:\t by"): no word to judge
		}
		label := before[len(before)-1]
		if pictureLabelSet[label] && len(before) > 1 {
			// "Jane Roe Illustration von John Doe": the names after a
			// picture label credit pictures; the author came before.
			return strings.TrimSpace(s[:i-len(label)])
		}
		if mid == " von " && !labelSet[label] {
			continue
		}
		return strings.TrimSpace(s[i+len(mid):])
	}
	return s
}

// picturePrefix reports a prefix segment led by picture words: "Art by",
// "Photos by", "Illustration von".
func picturePrefix(t string) bool {
	words := strings.Fields(strings.ToLower(t))
	if len(words) < 2 {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if !pictureLabelSet[w] && !pictureWorkSet[w] && !joinerSet[w] {
			return false
		}
	}
	return true
}

// maxPicturePrefixWords is the most words a picture label with its
// prefix word runs to: "Photos and video by".
const maxPicturePrefixWords = 4

// picturePrefixLed reports a segment opening with a picture label and its
// prefix word, then more: "Photographs by John Doe".
func picturePrefixLed(t string) bool {
	words := strings.Fields(t)
	for i := 1; i < min(len(words)-1, maxPicturePrefixWords); i++ {
		if lead := strings.Join(words[:i+1], " "); endsWithPrefix(lead) && picturePrefix(lead) {
			return true
		}
	}
	return false
}

// leadingPrefix reports a segment that begins with a byline prefix and
// goes on with more: "Von Clara Weiß", "By Jane Roe".
func leadingPrefix(t string) bool {
	low := strings.ToLower(t)
	for _, pre := range bylinePrefixes {
		if len(low) > len(pre)+1 && strings.HasPrefix(low, pre) && (low[len(pre)] == ' ' || low[len(pre)] == ':') {
			return true
		}
	}
	return false
}

// allLabels reports text made only of byline labels and joiners: "Text
// und Interview", "Words and pictures".
func allLabels(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	for _, w := range words {
		if w = withoutGenderSuffix(w); !labelSet[w] && !joinerSet[w] {
			return false
		}
	}
	return len(words) > 0
}

// withoutGenderSuffix returns a German role noun without the
// gender-inclusive ending it may carry ("kolumnist*in", "autor_innen"),
// so that the label tables list each noun once.
func withoutGenderSuffix(w string) string {
	for _, suf := range genderSuffixes {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// endsWithPrefix reports a segment that ends in a byline word, the name
// following in the next element: "Rezept von <a>user</a>".
func endsWithPrefix(t string) bool {
	i := strings.LastIndexByte(t, ' ')
	if i < 0 {
		return false
	}
	switch strings.ToLower(t[i+1:]) {
	case "by", "par", "por", "door", "av", "af":
		return true
	case "von", "di":
		// A particle never ends a name: "Tipps von", "Ein Artikel von"
		// close a segment only as the prefix of the next one. Capitalised,
		// the word may be a name ("Lady Di") unless a label precedes it.
		return t[i+1:] == "von" || t[i+1:] == "di" || labelSet[strings.ToLower(lastWord(t[:i]))]
	}
	return false
}

// lastWord returns the last word of s.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// removeNoise drops e-mail addresses, @handles, URLs and parentheses.
func removeNoise(s string) string {
	if strings.ContainsAny(s, "([") {
		s = dropBracketed(s)
	}
	if !strings.ContainsAny(s, "@/") {
		return s
	}
	words := strings.Fields(s)
	out := words[:0]
	for _, w := range words {
		lw := strings.ToLower(w)
		if strings.Contains(w, "@") || strings.Contains(lw, "://") || strings.HasPrefix(lw, "www.") {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// dropBracketed removes "(…)" and keeps the text of "[…]" that wraps the
// whole line ("[Jane Roe, Example News]").
func dropBracketed(s string) string {
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
		s = s[1 : len(s)-1]
	}
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(' || r == '（':
			depth++
			b.WriteByte(' ')
		case (r == ')' || r == '）') && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cutAtStop ends the words at the first date, time, update note or call to
// action.
func cutAtStop(words []string) (kept []string, dated bool) {
	for i, w := range words {
		low := strings.ToLower(strings.Trim(w, ",;:.!?()[]\"'“”«»"))
		if low == "" {
			continue
		}
		if stopSet[low] || (i+1 < len(words) && stopSet[low+" "+strings.ToLower(strings.Trim(words[i+1], ",.:"))]) {
			return words[:i], false
		}
		if weakStopSet[w] && !particleBeforeName(words, i) {
			return words[:i], false
		}
		if (hasDigit(low) && !handleToken(low)) || (monthSet[strings.TrimSuffix(low, ".")] && nearDigit(words, i)) {
			return words[:i], true
		}
	}
	return words, false
}

// particleBeforeName reports whether words[i] is a particle that leads on
// to a capitalised surname ("Michelina de la Maza"), not a word that ends
// the name ("Jane Roe de Paris" is rarer than "Michiel de Jong").
func particleBeforeName(words []string, i int) bool {
	if i == 0 {
		return false
	}
	for j := i; j < len(words); j++ {
		switch w := words[j]; {
		case particleSet[w]:
			continue
		case capitalised(w):
			return true
		}
		return false
	}
	return false
}

// handleToken reports an account name with digits ("jroe1984",
// "delta201"): Latin letters, digits and underscores only, beginning with
// a letter and with three letters at least, unlike "10.", "2019", "18:27"
// or "令和8年".
func handleToken(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !isLatinLetter(r) || strings.ContainsAny(w, ".:/-") {
		return false
	}
	letters := 0
	for _, r := range w {
		switch {
		case isLatinLetter(r):
			letters++
		case !unicode.IsDigit(r) && r != '_':
			return false // "令和8年": a date in another script
		}
	}
	return letters >= 3 && !monthSet[strings.TrimRightFunc(w, unicode.IsDigit)]
}

// nearDigit reports whether a word next to words[i] holds a digit, which
// makes words[i] a month rather than a name like "June".
func nearDigit(words []string, i int) bool {
	return (i+1 < len(words) && hasDigit(words[i+1])) || (i > 0 && hasDigit(words[i-1]))
}

func hasDigit(s string) bool {
	for _, r := range s {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
