package metadata

import (
	"net/url"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// findTags returns the article's keywords. Each structured source (JSON-LD
// keywords, article:tag, parsely-tags, news_keywords, keywords, …) gives a
// list; the list the other sources agree with most wins, precedence breaks
// ties. The page's visible tag links serve when no source has any.
func findTags(p *page.Page, s *sources, ld *ldData, md *microdata, sites []string, headline *html.Node) []string {
	lists := [][]string{cleanTags(ld.keywords)}
	for _, k := range tagMetaKeys {
		var vals []string
		for _, v := range s.meta[k] {
			if !echoesSummary(v, s) {
				vals = append(vals, splitKeywords(v)...)
			}
		}
		lists = append(lists, cleanTags(vals))
	}
	lists = append(lists, cleanTags(md.keywords))
	for i, l := range lists {
		if namesSite(l, sites) {
			lists[i] = nil
		}
	}
	best, bestScore, bestAlone := -1, -1, 0
	for i, l := range lists {
		if len(l) == 0 {
			continue
		}
		score, alone := agreement(lists, i)
		// Between lists others agree with equally, the one with fewer
		// tags no other source names wins: the other is a copy of the
		// keywords with the CMS's layout names appended.
		if score > bestScore || score > 0 && score == bestScore && alone < bestAlone {
			best, bestScore, bestAlone = i, score, alone
		}
	}
	if best >= 0 {
		return lists[best]
	}
	return cleanTags(visibleTags(p, s, headline))
}

// echoesSummary reports whether a keywords value repeats the page's
// description or title: a CMS filling the field with the summary when the
// author gave no keywords. Split at its commas it would read as clauses.
func echoesSummary(v string, s *sources) bool {
	k := fold(v)
	if page.RuneLen(k) < minEchoRunes {
		return false
	}
	summaries := []string{s.title}
	for _, key := range descriptionMetaKeys {
		summaries = append(summaries, s.meta[key]...)
	}
	for _, o := range summaries {
		if strings.HasPrefix(fold(o), k) {
			return true
		}
	}
	return false
}

// minEchoRunes is the fewest letters and digits of a keywords value
// compared with the summary: a keyword or two that open a short title are
// still keywords.
const minEchoRunes = 40

// namesSite reports whether a keyword list names the site itself: the
// site-wide SEO list every page carries, not the article's topics.
func namesSite(tags, sites []string) bool {
	for _, t := range tags {
		if isSiteName(t, sites) {
			return true
		}
	}
	return false
}

// agreement scores lists[i] by the tags the other lists share with it, and
// counts its tags no other list names.
func agreement(lists [][]string, i int) (score, alone int) {
	confirmed := make([]bool, len(lists[i]))
	for j, o := range lists {
		if j == i || len(o) == 0 {
			continue
		}
		set := make(map[string]bool, len(o))
		for _, t := range o {
			set[strings.ToLower(t)] = true
		}
		for k, t := range lists[i] {
			if set[strings.ToLower(t)] {
				score++
				confirmed[k] = true
			}
		}
	}
	for _, c := range confirmed {
		if !c {
			alone++
		}
	}
	return score, alone
}

// visibleTags returns the texts of rel=tag links and of links inside tag
// lists (class or id "tags", "tag-list", "keywords", "topics", or ending
// "-tags" or "-keywords").
func visibleTags(p *page.Page, s *sources, headline *html.Node) []string {
	var out []string
	for _, a := range s.tagLinks {
		if !inSiteFurniture(a, headline) && !inTeaserCard(p, a) {
			out = append(out, page.Text(a))
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, n := range p.Elements {
		if !isTagList(n) || p.Stats(n).Hidden || inSiteFurniture(n, headline) {
			continue
		}
		st := p.Stats(n)
		if st.LinkText*2 < st.Text {
			continue // prose mentioning tags, not a list of them
		}
		eachLink(n, func(a *html.Node) { out = append(out, page.Text(a)) })
		if letterIndex(out) {
			out = out[:0] // the site's A–Z topic index; the article's list may follow
			continue
		}
		if len(out) > 0 {
			return out
		}
	}
	if len(out) == 0 {
		out = slugTagList(p, headline)
	}
	return out
}

// inSiteFurniture reports whether n sits in a sidebar, widget or tag
// cloud: site-wide lists, not the article's own tags (which sit in the
// article's footer, or in a <nav> or <aside> of their own). A widget that
// holds the headline is the page's main column (blog platforms render the
// post itself as a widget), not furniture beside it.
func inSiteFurniture(n, headline *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type != html.ElementNode {
			continue
		}
		for _, tok := range strings.Fields(classID(a)) {
			if tagFurniture[tok] || strings.HasPrefix(tok, "widget_") || strings.Contains(tok, "cloud") {
				return headline == nil || !page.Within(headline, a)
			}
		}
	}
	return false
}

// maxCardDepth bounds the search for a card's heading: a card nests it a
// few wrappers deep, a story further.
const maxCardDepth = 8

// inTeaserCard reports whether n sits in an <article> whose heading links
// to another page: a card announcing another story, whose tag links are
// that story's topics.
func inTeaserCard(p *page.Page, n *html.Node) bool {
	art := n.Parent
	for art != nil && art.DataAtom != atom.Article {
		art = art.Parent
	}
	if art == nil {
		return false
	}
	h := page.FirstHeading(art, maxCardDepth)
	if h == nil {
		return false
	}
	link := page.FirstLink(h)
	if link == nil {
		return false
	}
	target, err := url.Parse(p.Resolve(page.Attr(link, "href")))
	return err == nil && target.Host != "" && (p.URL == nil || !samePage(target, p.URL))
}

// isTagList reports whether n's class or id names a list of tags.
func isTagList(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		if eachToken(a.Val, func(c byte) bool { return c == ' ' || c == '_' }, func(tok string) bool {
			for _, w := range tagListWords {
				if strings.EqualFold(tok, w) {
					return true
				}
			}
			return hasTagListSuffix(tok)
		}) {
			return true
		}
	}
	return false
}

// hasTagListSuffix reports a class naming what kind of tags it lists
// ("field-name-field-tags", "recipe-tags", "stories-keywords"), as CMS
// fields and components name them.
func hasTagListSuffix(tok string) bool {
	l := strings.ToLower(tok)
	return slices.ContainsFunc(tagListSuffixes, func(suf string) bool { return strings.HasSuffix(l, suf) })
}

// eachLink calls f for every <a href> below n.
func eachLink(n *html.Node, f func(*html.Node)) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.Data == "a" && page.HasAttr(c, "href") {
			// In-page links are skip links and toggles, not tags or crumbs.
			if !strings.HasPrefix(strings.TrimSpace(page.Attr(c, "href")), "#") {
				f(c)
			}
			continue
		}
		eachLink(c, f)
	}
}

// splitKeywords splits a keyword string on commas (or semicolons when it
// has no commas).
func splitKeywords(s string) []string {
	sep := ","
	if !strings.Contains(s, ",") {
		switch {
		case strings.Contains(s, ";"):
			sep = ";"
		case strings.Contains(s, "，"):
			sep = "，"
		case strings.Contains(s, "、"):
			sep = "、"
		case strings.Contains(s, " ") && isCJKText(s):
			// Chinese and Japanese sites separate keywords with spaces.
			return strings.Fields(s)
		}
	}
	return strings.Split(s, sep)
}

// cleanTags trims, drops junk, machine tags and duplicates (ignoring case,
// keeping the first spelling), and keeps a taxonomy path's last step. A
// list that is an analytics list, subject codes or an A–Z index gives none.
func cleanTags(in []string) []string {
	switch fields := fieldTags(in); {
	case fields >= minMachineTags && 4*fields >= 3*len(in):
		in = topicFieldValues(in, false) // the few other entries are fragments of it
	case fields >= minMachineTags && 2*fields >= len(in):
		in = topicFieldValues(in, true)
	}
	if codedList(in) || letterIndex(in) {
		return nil // the index's topics
	}
	seen := map[string]bool{}
	var out []string
	for _, t := range in {
		t = taxonomyLeaf(strings.Trim(page.CollapseSpace(html.UnescapeString(t)), " #\"'.»›>|"))
		if !goodTag(t) {
			continue
		}
		k := strings.ToLower(t)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, t)
		if len(out) == maxTags {
			break
		}
	}
	return out
}

// fieldTags counts the "Field: value" pairs in a keyword list ("Page Type:
// Article", "Word count: 800"): analytics metadata a CMS writes into the
// keywords, not topics. A list of mostly such pairs loses them, and one of
// almost only such pairs is dropped whole. Judged per list, since one topic
// may carry a colon ("Space: the final frontier").
func fieldTags(in []string) int {
	n := 0
	for _, t := range in {
		if isFieldTag(strings.TrimSpace(t)) {
			n++
		}
	}
	return n
}

// isFieldTag reports whether t reads "Field: value" with a short field name.
func isFieldTag(t string) bool {
	_, _, ok := cutFieldTag(t)
	return ok
}

// cutFieldTag splits a "Field: value" tag.
func cutFieldTag(t string) (field, value string, ok bool) {
	field, value, ok = strings.Cut(strings.TrimSpace(t), ": ")
	ok = ok && field != "" && value != "" && len(strings.Fields(field)) <= maxTagFieldWords
	return field, value, ok
}

// topicFieldValues reads an analytics keyword list: the values of its
// topic fields ("Subject: Justice" is Justice) are the article's topics,
// its other fields are not. keepPlain keeps the entries that are no field.
func topicFieldValues(in []string, keepPlain bool) []string {
	var out []string
	for _, t := range in {
		field, value, ok := cutFieldTag(t)
		switch {
		case ok && topicFields[strings.ToLower(field)]:
			out = append(out, value)
		case !ok && keepPlain:
			out = append(out, t)
		}
	}
	return out
}

// goodTag reports whether t reads as a topic.
func goodTag(t string) bool {
	if t == "" || page.RuneLen(t) > maxTagRunes || strings.Contains(t, "://") {
		return false
	}
	if strings.HasPrefix(t, "/") || strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") {
		return false // a path ("/article") or the list's label ("Themen:")
	}
	l := strings.ToLower(t)
	if tagJunk[l] {
		return false
	}
	for _, pre := range tagPrefixJunk {
		if strings.HasPrefix(l, pre) {
			return false
		}
	}
	if looksLikeID(t) || looksLikeDomain(t) || snakeIdentifier(t) {
		return false
	}
	return strings.IndexFunc(t, unicode.IsLetter) >= 0 // "2024" and "(1)" are no topics
}

// looksLikeID reports a UUID or long hex id, which CMSs leak into keyword
// lists.
func looksLikeID(t string) bool {
	hex := 0
	for _, r := range t {
		switch {
		case r >= '0' && r <= '9', r >= 'a' && r <= 'f', r >= 'A' && r <= 'F':
			hex++
		case r == '-':
		default:
			return false
		}
	}
	return hex >= 16
}

// snakeIdentifier reports a lower-case identifier joined by underscores
// ("type_review", "cat_neurology", "k1_otherbraindisorders"): a CMS's
// routing or analytics key, not a topic an editor wrote. Capitalised codes
// ("INSURANCE_HEALTH_SOCIAL") are left to the subject-code rule.
func snakeIdentifier(t string) bool {
	if !strings.Contains(t, "_") {
		return false
	}
	for _, r := range t {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return false
		}
	}
	return true
}

// looksLikeDomain reports a bare host name ("example.com"), which is the
// site, not a topic.
func looksLikeDomain(t string) bool {
	if strings.ContainsAny(t, " /") {
		return false
	}
	i := strings.LastIndexByte(t, '.')
	if i <= 0 || len(t)-i-1 < 2 || len(t)-i-1 > 6 {
		return false
	}
	return isAlpha(t[i+1:])
}

// isCJKText reports whether s is written in Chinese, Japanese or Korean
// characters rather than Latin letters.
func isCJKText(s string) bool {
	cjk, latin := 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r):
			cjk++
		case r < 0x80 && unicode.IsLetter(r):
			latin++
		}
	}
	return cjk > latin
}
