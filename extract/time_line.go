package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// A block above the story that holds nothing but <time> elements is the
// story's date line: published and updated stamps side by side, often
// longer than a one-date line ("December 6, 2016 — 6:22 PM EST December 7,
// 2016 — 1:55 PM EST"), too long for a text date line or for metadata to
// claim it. Metadata reads the dates from the <time>s; in the body they
// would be its first words.

// maxTimeLineDepth bounds the walk below a date line: stamps sit a few
// wrappers down, never deeper.
const maxTimeLineDepth = 8

// timeLine reports a block whose text is all inside <time> elements, with
// at most separators (dashes, bars, dots, commas) between them, and holds
// at least one.
func timeLine(n *html.Node) bool {
	found, ok := timesOnly(n, 0)
	return ok && found
}

// timesOnly walks n: found reports a <time> with text, ok that no text
// outside a <time> is more than a separator.
func timesOnly(n *html.Node, depth int) (found, ok bool) {
	if depth > maxTimeLineDepth {
		return false, false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			if strings.TrimFunc(c.Data, separatorRune) != "" {
				return found, false
			}
		case c.Type != html.ElementNode:
		case c.DataAtom == atom.Time:
			found = found || strings.TrimSpace(page.Text(c)) != ""
		default:
			f, k := timesOnly(c, depth+1)
			if !k {
				return found, false
			}
			found = found || f
		}
	}
	return found, true
}

// separatorRune reports spaces and the punctuation set between stamps.
func separatorRune(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) || r == '|' || r == '·'
}

// cjkWeekdays are the one-character weekdays that Japanese dates put in
// brackets after the day ("3/9(木) 18:45"); such dates often leave out the
// year.
const cjkWeekdays = "月火水木金土日"

// weekdayMark reports a date written the Japanese way: a digit, then a
// weekday in round brackets, half or full width ("3/9(木)", "3月9日（木）").
func weekdayMark(text string) bool {
	for i, r := range text {
		if r != '(' && r != '（' {
			continue
		}
		rest := text[i+utf8.RuneLen(r):]
		wd, n := utf8.DecodeRuneInString(rest)
		if !strings.ContainsRune(cjkWeekdays, wd) {
			continue
		}
		closing, _ := utf8.DecodeRuneInString(rest[n:])
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		if (closing == ')' || closing == '）') && (before >= '0' && before <= '9' || before == '日') {
			return true
		}
	}
	return false
}

// japaneseStamp reports a short line dated the Japanese way and not a
// sentence ("Minato Times 4/2(水) 9:05配信": source, date, "distributed").
// Counted by the character, its few words read as story text, so it may
// be the first story paragraph itself, where a date line is not looked for.
func japaneseStamp(text string) bool {
	t := strings.TrimSpace(text)
	return t != "" && utf8.RuneCountInString(t) <= maxDatelineRunes && !strings.HasSuffix(t, "。") && weekdayMark(t)
}

// A live page stamps each entry with its time and its writer, set apart
// from the entry's text ("<time>21:00</time><mark>Jane Doe</mark>"): the
// line is the entry's meta, not its text.

// maxStampNameRunes is the longest writer's name or label after a stamp.
const maxStampNameRunes = 40

// stampedName reports a block, not a paragraph, that opens with a <time>
// and holds besides only a short name: capitalised words, no sentence.
func stampedName(n *html.Node, text string) bool {
	if n.DataAtom == atom.P || utf8.RuneCountInString(text) > maxStampNameRunes+maxDatelineRunes {
		return false
	}
	var stamp *html.Node
	for c := n.FirstChild; c != nil && stamp == nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return false
		case c.Type == html.ElementNode && c.DataAtom == atom.Time:
			stamp = c
		case c.Type == html.ElementNode:
			return false
		}
	}
	if stamp == nil {
		return false
	}
	name := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(text), strings.TrimSpace(page.Text(stamp))))
	return name != "" && utf8.RuneCountInString(name) <= maxStampNameRunes && capitalisedWords(name)
}

// capitalisedWords reports text whose words all start with a capital
// letter and that ends no sentence: a name or a label.
func capitalisedWords(s string) bool {
	if strings.ContainsAny(s, ".!?:") {
		return false
	}
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// relativeUnits are the English units of a relative stamp ("21 mins ago").
var relativeUnits = map[string]bool{
	"min": true, "mins": true, "minute": true, "minutes": true,
	"hr": true, "hrs": true, "hour": true, "hours": true,
	"day": true, "days": true,
}

// relativeStamp reports a live entry's meta line written as plain text
// that opens with a relative time ("21 mins ago", "2 hours ago 10:05 Jane
// Doe"): a number, a unit and "ago", then at most a clock time and a short
// name. A sentence that opens so goes on with lower-case words.
func relativeStamp(text string) bool {
	t := strings.TrimSpace(text)
	if utf8.RuneCountInString(t) > maxStampNameRunes+maxDatelineRunes {
		return false
	}
	i := strings.Index(strings.ToLower(t), " ago")
	if i < 0 {
		return false
	}
	num, unit, ok := strings.Cut(t[:i], " ")
	if !ok || strings.Trim(num, "0123456789") != "" || !relativeUnits[strings.ToLower(unit)] {
		return false
	}
	rest := strings.TrimLeft(t[i+len(" ago"):], "0123456789: ")
	return rest == "" || utf8.RuneCountInString(rest) <= maxStampNameRunes && capitalisedWords(rest)
}

// dropOpeningDateline leaves out a date line that opens the body ("Posted
// on March 3, 2026 by admin", "sexta-feira, 22 de outubro de 2010"): the
// skipper looks for date lines above the first story paragraph, and a line
// that opens the story's own container is taken for that paragraph.
func dropOpeningDateline(body Body) Body {
	if len(body) > 1 && body[0].Kind == Paragraph && isDateline(body[0].Text) && hasYear(body[0].Text) {
		return body[1:]
	}
	return body
}

// hasYear reports a run of exactly four digits that reads as a year of the
// last or this century: a date line holds one; a count or a model number
// ("1694 kcal", "Anno 1800") does not pass for one.
func hasYear(text string) bool {
	run := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] >= '0' && text[i] <= '9' {
			run++
			continue
		}
		if run == 4 && (text[i-4:i-2] == "19" || text[i-4:i-2] == "20") {
			return true
		}
		run = 0
	}
	return false
}
