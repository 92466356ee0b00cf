package metadata

import (
	"strings"
	"unicode"
	"unicode/utf8"

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

// dropSiteParts removes the first and the last part of a <title> when
// it holds the site's name ("Example Fan Club Town - Headline - Section"
// on example.org, "Headline | example ♥ Magazine"): the part names the
// site in a longer form than any declared name. What is left must be a
// headline of several words after a leading part, of any length before a
// trailing one.
func dropSiteParts(t string, sites []string) string {
	for _, sep := range titlePartSeparators {
		i := strings.Index(t, sep)
		if i <= 0 {
			continue
		}
		lead, rest := t[:i], strings.TrimSpace(t[i+len(sep):])
		if partNamesSite(lead, sites) && headlineLength(rest) {
			t = rest
			break
		}
	}
	for _, sep := range titlePartSeparators {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		if head := strings.TrimSpace(t[:i]); partNamesSite(t[i+len(sep):], sites) && hasWords(head) {
			return head
		}
	}
	return t
}

// partNamesSite reports whether a short title part holds the site's name.
func partNamesSite(part string, sites []string) bool {
	return page.RuneLen(part) <= maxSiteRunes/2 && hostInName(part, sites)
}

// gluedSiteTail returns t without a site name glued to its end with no
// space: run onto the last word when the name has several words
// ("Harbour ferry timetableThe Coast Weekly"), or after a joiner
// ("Headline」:Site", "Headline!-Site"), as templates that join the page
// and site names with nothing between write them. A name of one word may
// end a headline's last word, and a hyphen after a letter joins a
// compound ("post-Example"), so neither is cut.
func gluedSiteTail(t, site string) (string, bool) {
	if page.RuneLen(site) < minSiteNameRunes || len(t) <= len(site) || !strings.EqualFold(t[len(t)-len(site):], site) {
		return "", false
	}
	head := t[:len(t)-len(site)]
	last, size := utf8.DecodeLastRuneInString(head)
	if strings.ContainsRune(titleTailJoiners, last) {
		before, _ := utf8.DecodeLastRuneInString(head[:len(head)-size])
		head = head[:len(head)-size]
		if last != ':' && last != '|' && (unicode.IsLetter(before) || unicode.IsDigit(before)) || !hasWords(head) {
			return "", false
		}
		return strings.TrimSpace(head), true
	}
	if len(strings.Fields(site)) < 2 || !unicode.IsLetter(last) && !unicode.IsDigit(last) {
		return "", false
	}
	return head, true
}

// siteInMiddle returns the part of t before the site's name when the name
// sits between separators with a short call to action after it
// ("Campaign | Site | Discover now!"): the headline is what comes first.
func siteInMiddle(t string, sites []string) string {
	for _, sep := range titlePartSeparators {
		parts := strings.Split(t, sep)
		start := len(parts[0]) + len(sep) // where parts[k] begins in t
		for k := 1; k < len(parts)-1; k++ {
			end := start + len(parts[k])
			if isSiteName(parts[k], sites) && !moreWordsThan(t[end+len(sep):], maxCallWords) {
				if head := strings.TrimSpace(t[:start-len(sep)]); hasWords(head) {
					return head
				}
			}
			start = end + len(sep)
		}
	}
	return t
}

// moreWordsThan reports whether s has more than n space-separated words,
// reading no further than the word that tells.
func moreWordsThan(s string, n int) bool {
	words, in := 0, false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			in = false
		case !in:
			in = true
			if words++; words > n {
				return true
			}
		}
	}
	return false
}
