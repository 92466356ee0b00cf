package extract

import (
	"net/url"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// A paragraph that is one link reads as furniture most of the time: a
// related headline, a "read more" line set apart. Two shapes of it are the
// story's own: an address written out in full (a source, a petition, a
// mailbox the story gives the reader), and a link the paragraph before
// announces with a colon ("sign the petition here:") that leads off the
// site. A "Related:" label before links to the site's own stories stays
// furniture.

// citedLink reports a paragraph that is one link the story hands to the
// reader rather than a pointer to another of the site's stories.
func (a *analysis) citedLink(n *html.Node) bool {
	if n.DataAtom != atom.P {
		return false
	}
	href, text, ok := loneLink(n)
	if !ok {
		return false
	}
	return writtenAddress(text) || announcedByColon(n) && !a.onSite(href)
}

// loneLink returns the target and text of a paragraph whose words all sit
// in links to one address; links without words (a picture's) do not count.
func loneLink(n *html.Node) (href, text string, ok bool) {
	ok = true
	var b strings.Builder
	var walk func(c *html.Node, depth int)
	walk = func(c *html.Node, depth int) {
		for ; c != nil && ok && depth < maxCardDepth; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				ok = !hasWordRune(c.Data)
			case c.Type != html.ElementNode || page.Invisible(c):
				// comments and hidden text say nothing
			case c.DataAtom == atom.A:
				t := page.CollapseSpace(page.Text(c))
				if !hasWordRune(t) {
					continue
				}
				h := strings.TrimSpace(page.Attr(c, "href"))
				ok = href == "" || h == href
				href = h
				b.WriteString(t)
			default:
				walk(c.FirstChild, depth+1)
			}
		}
	}
	walk(n.FirstChild, 0)
	return href, b.String(), ok && href != ""
}

// writtenAddress reports link text that is an address spelled out: a web
// address or an e-mail address, with no other words.
func writtenAddress(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || strings.IndexFunc(t, unicode.IsSpace) >= 0 {
		return false
	}
	l := strings.ToLower(t)
	if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "www.") {
		return true
	}
	at := strings.IndexByte(l, '@')
	return at > 0 && strings.Contains(l[at:], ".")
}

// announcedByColon reports a paragraph right after a sentence of story
// text that ends with a colon.
func announcedByColon(n *html.Node) bool {
	prev := page.PrevElement(n)
	if prev == nil || prev.DataAtom != atom.P {
		return false
	}
	t := strings.TrimRightFunc(page.CollapseSpace(page.Text(prev)), unicode.IsSpace)
	return len([]rune(t)) >= minLeadRunes && strings.HasSuffix(t, ":")
}

// onSite reports a link within the page's own site: a relative address,
// or one on the page's host ("www." aside). Unreadable addresses count as
// on the site: no evidence of leaving it.
func (a *analysis) onSite(href string) bool {
	u, err := url.Parse(href)
	if err != nil || u.Scheme == "" && u.Host == "" {
		return true
	}
	if a.p.URL == nil || u.Host == "" {
		return false
	}
	return page.SameHost(u, a.p.URL)
}
