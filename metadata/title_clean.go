package metadata

import (
	"strings"
	"unicode"

	"github.com/newsextract/newsextract/internal/page"
)

// stripDateOnce removes one date or time decoration from either end of a
// title: "Headline : 31.10.2023, 10.19 Uhr", "23.01.2022 - Headline". News
// CMSs stamp the release time onto the <title>; the reader's headline
// carries none. A "Date: Headline" lead-in stays: there the date may be
// the story's subject ("9. November 1989: …").
func stripDateOnce(t string) string {
	for _, sep := range titleDateDecorSeparators {
		if i := strings.LastIndex(t, sep); i > 0 && isDateOnly(t[i+len(sep):]) {
			if head := strings.TrimSpace(t[:i]); hasWords(head) {
				return head
			}
		}
		if sep == " : " {
			continue
		}
		if i := strings.Index(t, sep); i > 0 && isDateOnly(t[:i]) {
			if rest := strings.TrimSpace(t[i+len(sep):]); hasWords(rest) {
				return rest
			}
		}
	}
	return t
}

// isDateOnly reports whether seg is a calendar date, with or without a
// time of day and weekday, and nothing else: every word in it is a month,
// weekday, clock or filler word.
func isDateOnly(seg string) bool {
	seg = strings.TrimSpace(seg)
	if seg == "" || len(seg) > maxTitleDateDecor {
		return false
	}
	if _, _, ok := parseDateHint(seg, dateHint{}); !ok || onlyDigits(seg) {
		return false
	}
	for _, tok := range lexDate(seg) {
		if tok.kind != tokWord {
			continue
		}
		w := tok.text
		if _, ok := monthWords[w]; !ok && !weekdayWords[w] && !fillerWords[w] && !clockWords[w] && !isMeridiem(w) {
			return false
		}
	}
	return true
}

// hasWords reports whether s holds a letter: what is left of a title once
// a decoration is cut must still say something.
func hasWords(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// trimDangling removes a separator left at the end of a title with
// nothing after it ("Headline -", "Headline |"): the CMS's template for
// "Headline - Site" with the site left blank.
func trimDangling(t string) string {
	for {
		u := strings.TrimRightFunc(t, unicode.IsSpace)
		cut := false
		for _, sep := range danglingSeparators {
			if strings.HasSuffix(u, " "+sep) && page.RuneLen(u) > len(sep)+1 {
				u, cut = strings.TrimRightFunc(u[:len(u)-len(sep)], unicode.IsSpace), true
				break
			}
		}
		if !cut || !hasWords(u) {
			return t
		}
		t = u
	}
}

// declaredColon returns t with a "Kicker : Headline" join written as the
// publisher declares it, "Kicker: Headline", when a declared title says
// so: the space before the colon comes from joining the kicker and the
// headline, printed in separate elements, not from the headline. A title
// declared with the spaced colon (French typography) keeps it.
func declaredColon(t string, in titleInput) string {
	if !strings.Contains(t, " : ") {
		return t
	}
	want := strings.ReplaceAll(t, " : ", ": ")
	for _, m := range append(append([]string{}, in.metas...), in.docTitle) {
		if cleanTitle(m, in.sites) == want {
			return want
		}
	}
	return t
}
