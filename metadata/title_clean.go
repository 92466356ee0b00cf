package metadata

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

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

// kickerHeading returns the <h1> that opens with a kicker element and
// goes on with a declared title ("<span>Press release of the department
// :</span>Headline"), and that title: the kicker line is printed apart,
// the headline is the rest.
func kickerHeading(h1s []heading, cands []string) (heading, string, bool) {
	for _, h := range h1s {
		first := h.node.FirstChild
		for first != nil && (first.Type == html.TextNode && strings.TrimSpace(first.Data) == "" || first.Type == html.ElementNode && page.Text(first) == "") {
			first = first.NextSibling
		}
		if first == nil || first.Type != html.ElementNode {
			continue
		}
		lead, all := fold(page.Text(first)), fold(h.text)
		if lead == "" || !strings.HasPrefix(all, lead) || len(all)-len(lead) < minKickerlessFold {
			continue
		}
		for _, c := range cands {
			if fold(c) == all[len(lead):] {
				return h, c, true
			}
		}
	}
	return heading{}, "", false
}

// dropSiteParts removes the first and the last part of a <title> when
// it holds the site's name ("Example Fan Club Town - Headline - Section"
// on example.org, "Headline | example ♥ Magazine"): the part names the
// site in a longer form than any declared name. What is left must be a
// headline of several words after a leading part, of any length before a
// trailing one.
func dropSiteParts(t string, sites []string) string {
	for _, sep := range titleSeparators[:8] {
		i := strings.Index(t, sep)
		if i <= 0 {
			continue
		}
		lead, rest := t[:i], strings.TrimSpace(t[i+len(sep):])
		if partNamesSite(lead, sites) && len(strings.Fields(rest)) >= minRivalWords {
			t = rest
			break
		}
	}
	for _, sep := range titleSeparators[:8] {
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

// siteDecorated reports whether a <title> carries the site's name in a
// part of its own ("Section | Site", "Page - Example Club Town"): the
// template's title for a page of the site, which may name the page by
// its menu entry rather than its heading.
func siteDecorated(docTitle string, sites []string) bool {
	t := page.CollapseSpace(docTitle)
	if cleanTitle(t, sites) != t {
		return true
	}
	for _, sep := range titleSeparators[:8] {
		for _, part := range []string{lastPart(t, sep), firstPart(t, sep)} {
			if part != "" && partNamesSite(part, sites) {
				return true
			}
		}
	}
	return false
}

// seconded returns the page's first headline <h1> when the first declared
// title tells another story and a later one (the <title>) tells the
// <h1>'s: the social title is a share prompt or a campaign line, the
// reader's headline is the one a second source repeats.
func seconded(p *page.Page, h1s []heading, cands []string, hasLD bool) (heading, bool) {
	if hasLD || len(cands) < 2 {
		return heading{}, false
	}
	for _, h := range outsideCrumbs(unlinked(p, h1s)) {
		if len(strings.Fields(h.text)) < minRivalWords {
			continue
		}
		if wordOverlap(h.text, cands[0]) >= sameStoryOverlap {
			return heading{}, false
		}
		for _, c := range cands[1:] {
			if len(strings.Fields(c)) >= minRivalWords && wordOverlap(h.text, c) >= sameStoryOverlap {
				return h, true
			}
		}
		return heading{}, false
	}
	return heading{}, false
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

// templateTitle reports whether the page's declared titles are all its
// <title> without the site's name, and the <title> carries that name
// ("About us - Site"): the template's title, naming the page by its menu
// entry, not a headline an editor wrote.
func templateTitle(in titleInput, cands []string) bool {
	if !siteDecorated(in.docTitle, in.sites) {
		return false
	}
	doc := fold(cleanTitle(in.docTitle, in.sites))
	for _, c := range cands {
		if fold(c) != doc {
			return false
		}
	}
	return true
}

// printsApart reports whether a heading prints the folded headline ft as
// one element of its own: what follows it in the heading is another line
// (a subtitle), not the rest of a headline the declared one cut short.
func printsApart(n *html.Node, ft string) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && fold(page.Text(c)) == ft {
			return true
		}
	}
	return false
}

// headlineH1 reports whether one of the <h1>s has several words, as a
// headline has: a page whose <h1>s are a section's name, or that has
// none, names itself in a lesser heading.
func headlineH1(h1s []heading) bool {
	for _, h := range h1s {
		if len(strings.Fields(h.text)) >= minRivalWords {
			return true
		}
	}
	return false
}

// sameStoryHeading returns the page's headline <h1> when it tells the
// first declared title's story in other words: the page's one <h1>
// (also when the declared titles only repeat a template's <title>, or
// there are none), or the first of several when it has the words of a
// headline. A declared headline the <h1> prints apart from a subtitle is
// returned as declared.
func sameStoryHeading(in titleInput, h1s []heading, cands []string) (string, *html.Node, bool) {
	own := unlinked(in.p, h1s)
	if in.hasLD || len(own) == 0 {
		return "", nil, false
	}
	h := own[0]
	switch {
	case len(own) == 1 && (len(cands) == 0 || templateTitle(in, cands)):
	case len(cands) == 0:
		return "", nil, false
	case wordOverlap(h.text, cands[0]) < sameStoryOverlap:
		return "", nil, false
	case len(own) > 1 && len(strings.Fields(h.text)) < minRivalWords:
		return "", nil, false
	}
	if len(cands) > 0 && printsApart(h.node, fold(cands[0])) {
		return cands[0], h.node, true
	}
	return h.text, h.node, true
}

// siteInMiddle returns the part of t before the site's name when the name
// sits between separators with a short call to action after it
// ("Campaign | Site | Discover now!"): the headline is what comes first.
func siteInMiddle(t string, sites []string) string {
	for _, sep := range titleSeparators[:8] {
		parts := strings.Split(t, sep)
		for k := 1; k < len(parts)-1; k++ {
			tail := strings.Join(parts[k+1:], sep)
			if isSiteName(parts[k], sites) && len(strings.Fields(tail)) <= maxCallWords {
				if head := strings.TrimSpace(strings.Join(parts[:k], sep)); hasWords(head) {
					return head
				}
			}
		}
	}
	return t
}
