package metadata

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// classKind reads an update or publication mark from n's class or id.
func (s *dateScan) classKind(n *html.Node) dateKind {
	ci := classID(n)
	switch {
	case ci == "":
		return kindUnknown
	case containsAnyWord(ci, modifiedClassWords):
		return kindModified
	case containsAnyWord(ci, publishedClassWords):
		return kindPublished
	}
	return kindUnknown
}

// excluded reports whether a date at n belongs to something other than the
// story: another story's teaser, a related list, reader comments, a
// sidebar or footer outside the story, or the site's masthead.
func (s *dateScan) excluded(n *html.Node) bool {
	inStory := s.inStory(n)
	// In the story's header, next to the headline, component names such as
	// "teaser__metadata" are styling, not another story's teaser.
	header := inStory && s.near(s.p.Order(n))
	for a := n; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if s.headAnc[a] {
			return false // a container of the headline is the story's
		}
		switch a.DataAtom {
		case atom.Body, atom.Html:
			return false // their classes describe the whole page (WordPress body classes)
		case atom.Nav:
			return true
		case atom.Aside, atom.Footer:
			if !inStory {
				return true
			}
		case atom.Header:
			if !inStory && s.headNode != nil && s.p.Order(a) < s.headline {
				return true // the site masthead, often with today's date
			}
		case atom.Article:
			if s.headArticle != nil && a != s.headArticle {
				return !s.selfTeaser(n) // another story's teaser
			}
		case atom.Li:
			if teaserItem(a) {
				return !s.selfTeaser(n)
			}
		}
		switch excludedClass(a, header) {
		case excludeAlways:
			return excludedClass(a, true) == excludeAlways || !s.selfTeaser(n) // readers' dates never count
		case excludeOutside:
			if !inStory {
				return true
			}
		}
	}
	return false
}

// Bounds on the search for a teaser's link: teasers are small.
const (
	maxTeaserDepth = 8   // ancestors climbed from a date to its teaser's link
	maxTeaserNodes = 200 // nodes visited below one ancestor
)

// selfTeaser reports whether the date at n belongs to a teaser of the page
// itself: section fronts and "more stories" lists often include the story
// being read, dated as the story is. The teaser is the nearest ancestor
// that is or holds a link; the date counts when a link of it is the page's.
func (s *dateScan) selfTeaser(n *html.Node) bool {
	if s.p.URL == nil {
		return false
	}
	for a, d := n, 0; a != nil && a.Type == html.ElementNode && d < maxTeaserDepth; a, d = a.Parent, d+1 {
		if page.IsLink(a) {
			return s.isPageURL(page.Attr(a, "href"))
		}
		if linked, self := s.linksIn(a); linked {
			return self
		}
	}
	return false
}

// linksIn reports whether any link is below a, and whether one of them is
// to the page itself, looking at a bounded number of nodes.
func (s *dateScan) linksIn(a *html.Node) (linked, self bool) {
	budget := maxTeaserNodes
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for ; c != nil && budget > 0 && !self; c = c.NextSibling {
			budget--
			if page.IsLink(c) {
				linked = true
				self = s.isPageURL(page.Attr(c, "href"))
			}
			if c.FirstChild != nil {
				walk(c.FirstChild)
			}
		}
	}
	walk(a.FirstChild)
	return linked, self
}

// isPageURL reports whether href names the page being read: the same host
// (or none) and path, whatever the query or fragment.
func (s *dateScan) isPageURL(href string) bool {
	if href == "" || href[0] == '#' {
		return false // a jump within the page, as comment permalinks are
	}
	u, err := s.p.URL.Parse(href)
	return err == nil && u.RawQuery == "" && samePage(u, s.p.URL)
}

// inStory reports whether n is inside the story: the container of the
// headline that also holds the body, else an <article>.
func (s *dateScan) inStory(n *html.Node) bool {
	if s.story != nil {
		return page.Within(n, s.story)
	}
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Article {
			return true
		}
	}
	return false
}

// findStory sets the story container: the nearest ancestor of the headline
// holding at least half of the page's paragraphs (and three or more). With
// no headline, it descends from <body> while one child keeps most of them.
func (s *dateScan) findStory() {
	body := s.p.First(atom.Body)
	if body == nil {
		return
	}
	need := max(3, s.p.Stats(body).Paras/2)
	if s.headNode == nil {
		if s.story = s.densest(body, need); s.story != nil {
			s.headline = s.p.Order(s.story) // the story's start anchors the header window
		}
		return
	}
	for a := s.headNode; a != nil && a.DataAtom != atom.Body && a.Type == html.ElementNode; a = a.Parent {
		if s.p.Stats(a).Paras >= need {
			s.story = a
			return
		}
	}
	s.story = s.densest(body, need) // a headline outside the story (a blog's name)
}

// densest walks down from n while a single child element keeps at least
// four fifths of n's paragraphs; it returns nil when n has fewer than need.
func (s *dateScan) densest(n *html.Node, need int32) *html.Node {
	if s.p.Stats(n).Paras < need {
		return nil
	}
	for steps := 0; steps < 64; steps++ {
		paras := s.p.Stats(n).Paras
		next := (*html.Node)(nil)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && s.p.Stats(c).Paras*5 >= paras*4 && excludedClass(c, false) != excludeAlways {
				next = c
				break
			}
		}
		if next == nil || s.p.Stats(next).Paras < 3 {
			break
		}
		n = next
	}
	return n
}

// teaserItem reports a list item of a list of links: it holds a link and
// its list has at least three items.
func teaserItem(li *html.Node) bool {
	if li.Parent == nil || !linkBelow(li) {
		return false
	}
	items := 0
	for c := li.Parent.FirstChild; c != nil && items < 3; c = c.NextSibling {
		if c.DataAtom == atom.Li {
			items++
		}
	}
	return items >= 3
}

// linkBelow reports whether an <a href> is below n, looking at a bounded
// number of nodes.
func linkBelow(n *html.Node) bool {
	budget := 200
	var walk func(*html.Node) bool
	walk = func(c *html.Node) bool {
		for ; c != nil && budget > 0; c = c.NextSibling {
			budget--
			if page.IsLink(c) {
				return true
			}
			if c.FirstChild != nil && walk(c.FirstChild) {
				return true
			}
		}
		return false
	}
	return walk(n.FirstChild)
}

// How a class or id token excludes the dates below it.
const (
	excludeNever   = iota
	excludeOutside // only outside the story: footers, sidebars
	excludeAlways  // anywhere: comments, related lists, teasers
)

// excludedClass reports whether a class or id token of n names a container
// of other stories' or readers' dates.
func excludedClass(n *html.Node, header bool) int {
	ci := classID(n)
	if ci == "" {
		return excludeNever
	}
	for _, name := range clockClassNames {
		if strings.Contains(ci, name) {
			return excludeAlways
		}
	}
	worst := excludeNever
	always := eachClassToken(n, func(tok string) bool {
		if outsideClassTokens[tok] {
			worst = excludeOutside
		}
		return excludedClassTokens[tok] && (!header || readerClassTokens[tok])
	})
	if always {
		return excludeAlways
	}
	return worst
}

// eachClassToken calls f with the words of n's class and id values, lower
// case, until f returns true: split at spaces, hyphens and underscores, and
// inside camelCase names ("conRelatedLinks" gives con, related, links) as
// CSS modules write them. It reports whether f stopped it.
func eachClassToken(n *html.Node, f func(tok string) bool) bool {
	for _, v := range [2]string{page.Attr(n, "class"), page.Attr(n, "id")} {
		start := 0
		for i := 0; i <= len(v); i++ {
			sep := i == len(v) || v[i] == ' ' || v[i] == '-' || v[i] == '_' || v[i] == '\t' || v[i] == '\n'
			camel := !sep && i > start && isUpperASCII(v[i]) && !isUpperASCII(v[i-1])
			if !sep && !camel {
				continue
			}
			if i > start && f(strings.ToLower(v[start:i])) {
				return true
			}
			start = i
			if sep {
				start = i + 1
			}
		}
	}
	return false
}

func isUpperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }
