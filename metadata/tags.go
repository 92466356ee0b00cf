package metadata

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// findTags returns the article's keywords: the first structured source that
// has any (JSON-LD keywords, article:tag, parsely-tags, news_keywords,
// keywords, …), else the page's visible tag links.
func findTags(p *page.Page, s *sources, ld *ldData, md *microdata) []string {
	lists := [][]string{ld.keywords}
	for _, k := range tagMetaKeys {
		var vals []string
		for _, v := range s.meta[k] {
			vals = append(vals, splitKeywords(v)...)
		}
		lists = append(lists, vals)
	}
	lists = append(lists, md.keywords, visibleTags(p, s))
	for _, l := range lists {
		if tags := cleanTags(l); len(tags) > 0 {
			return tags
		}
	}
	return nil
}

// visibleTags returns the texts of rel=tag links and of links inside tag
// lists (class or id "tags", "tag-list", "keywords", "topics").
func visibleTags(p *page.Page, s *sources) []string {
	var out []string
	for _, a := range s.tagLinks {
		out = append(out, page.Text(a))
	}
	if len(out) > 0 {
		return out
	}
	for _, n := range p.Elements {
		if !isTagList(n) || p.Stats(n).Hidden {
			continue
		}
		st := p.Stats(n)
		if st.LinkText*2 < st.Text {
			continue // prose mentioning tags, not a list of them
		}
		eachLink(n, func(a *html.Node) { out = append(out, page.Text(a)) })
		if len(out) > 0 {
			return out
		}
	}
	return out
}

// isTagList reports whether n's class or id names a list of tags.
func isTagList(n *html.Node) bool {
	ci := classID(n)
	if ci == "" {
		return false
	}
	for _, f := range strings.FieldsFunc(ci, func(r rune) bool { return r == ' ' || r == '_' }) {
		switch f {
		case "tags", "tag-list", "taglist", "article-tags", "post-tags", "entry-tags", "tags-list",
			"keywords", "topics", "article-topics", "related-topics", "tagcloud", "tag-links", "tags-links":
			return true
		}
	}
	return false
}

// eachLink calls f for every <a href> below n.
func eachLink(n *html.Node, f func(*html.Node)) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.Data == "a" && page.HasAttr(c, "href") {
			f(c)
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
		}
	}
	return strings.Split(s, sep)
}

// cleanTags trims, drops junk and duplicates (ignoring case, keeping the
// first spelling).
func cleanTags(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range in {
		t = strings.Trim(page.CollapseSpace(html.UnescapeString(t)), " #\"'.")
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

// goodTag reports whether t reads as a topic.
func goodTag(t string) bool {
	if t == "" || page.RuneLen(t) > maxTagRunes || strings.Contains(t, "://") {
		return false
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
	return strings.IndexFunc(t, func(r rune) bool { return r > '9' || r < '0' }) >= 0
}
