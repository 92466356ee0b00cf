package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// maxPostHeaderExtra is the most text, in runes, a post's header may hold
// besides its title and time ("Updated", a contributor's name): more is a
// byline box or a dek, which belong to the page's own header.
const maxPostHeaderExtra = 60

// maxPostHeaderDepth is how far below its <article> a post's header may
// sit: live-blog templates put it right under the post or one wrapper down.
const maxPostHeaderDepth = 2

// postHeading returns the heading of a <header> that opens one post of a
// live blog or a list of updates, else nil: the header sits in an
// <article> with paragraphs of its own, and holds one sub-heading (never
// the page's <h1>), a <time> and next to nothing else. Its heading is the
// post's title, part of the story, not the page header the tag usually is.
func (a *analysis) postHeading(n *html.Node) *html.Node {
	if n.DataAtom != atom.Header {
		return nil
	}
	post := enclosingArticle(n)
	if post == nil || a.p.Stats(post).Paras <= a.p.Stats(n).Paras {
		return nil // a teaser's header: no paragraph of its own below it
	}
	var heading, stamp *html.Node
	extra := 0
	var walk func(c *html.Node) bool
	walk = func(c *html.Node) bool {
		for ; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				extra += page.RuneLen(strings.TrimSpace(c.Data))
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.H1:
				return false
			case isHeading(c.DataAtom):
				if heading != nil {
					return false // a header of several headings is a masthead
				}
				heading = c
			case c.DataAtom == atom.Time:
				stamp = c
			default:
				if !walk(c.FirstChild) {
					return false
				}
			}
		}
		return true
	}
	if !walk(n.FirstChild) || heading == nil || stamp == nil || extra > maxPostHeaderExtra ||
		sameTitle(page.Text(heading), a.hints.Title) {
		return nil
	}
	return heading
}

// markPostHeader takes the header at position i for a post's header
// (see postHeading), so that postClutter keeps its title.
func (a *analysis) markPostHeader(i int, n *html.Node) {
	h := a.postHeading(n)
	if h == nil {
		return
	}
	a.role[i] = roleNone
	if a.postHeads == nil {
		a.postHeads = map[int32]*html.Node{}
	}
	a.postHeads[int32(i)] = h
}

// postClutter settles whether the element at position i, under parent
// par, is furniture when a post's header is involved; c is the verdict so
// far. Metadata may own the header for the date line its <time> states:
// the header stays, but of its children only the title's branch does.
func (a *analysis) postClutter(i int, n *html.Node, par int32, c bool) bool {
	if _, ok := a.postHeads[int32(i)]; ok {
		return false
	}
	if h, ok := a.postHeads[par]; ok {
		return !page.Within(h, n) // the time, a name or a share button beside the title
	}
	return c
}

// enclosingArticle returns the <article> that is n's parent or the
// element above it, else nil.
func enclosingArticle(n *html.Node) *html.Node {
	p := n.Parent
	for d := 0; d < maxPostHeaderDepth && p != nil; d++ {
		if p.DataAtom == atom.Article {
			return p
		}
		p = p.Parent
	}
	return nil
}
