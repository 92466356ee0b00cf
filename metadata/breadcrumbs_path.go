package metadata

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// pathSeparators are the marks that read as "inside": a row of links joined
// by them is a section path even when no class says breadcrumb. Menus join
// their links with "|" or "·", so those are not here.
const pathSeparators = "/›»>→\\‹«<"

// minPathLinks is the fewest links a path has; one link is a section label.
const minPathLinks = 2

// pathCrumbs reads the first row of links joined by separators that stands
// before the headline: "News / Foreign Policy / Russia".
func pathCrumbs(p *page.Page, headline *html.Node) []Breadcrumb {
	end := len(p.Elements)
	if headline != nil {
		if i := p.Order(headline); i >= 0 {
			end = i
		}
	}
	for _, n := range p.Elements[:end] {
		if p.Stats(n).Hidden || p.Stats(n).Text > maxPathRowRunes {
			continue
		}
		if links := pathLinks(n); len(links) >= minPathLinks && !anyInPage(links) {
			out := make([]Breadcrumb, 0, len(links))
			for _, a := range links {
				out = append(out, Breadcrumb{Text: page.Text(a), URL: p.Resolve(page.Attr(a, "href"))})
			}
			return out
		}
	}
	return nil
}

// anyInPage reports whether a link jumps within the page: a row of such
// links is the skip navigation ("To the content / To the menu").
func anyInPage(links []*html.Node) bool {
	for _, a := range links {
		if strings.HasPrefix(strings.TrimSpace(page.Attr(a, "href")), "#") {
			return true
		}
	}
	return false
}

// maxPathRowRunes bounds a path row's text: a few short section names.
const maxPathRowRunes = 200

// pathLinks returns n's child links when its children are only links,
// separator text and controls (a "More" button with its menu), with a
// separator between every two links.
func pathLinks(n *html.Node) []*html.Node {
	var links []*html.Node
	sepBefore := true
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode || c.Type == html.ElementNode && c.DataAtom == atom.Span && c.FirstChild != nil && c.FirstChild == c.LastChild && c.FirstChild.Type == html.TextNode:
			text := strings.TrimSpace(pathText(c))
			if text == "" {
				continue
			}
			if strings.Trim(text, pathSeparators) != "" {
				return nil // words between the links: not a path
			}
			sepBefore = true
		case page.IsLink(c):
			if !sepBefore || page.RuneLen(page.Text(c)) > maxCrumbRunes {
				return nil
			}
			links = append(links, c)
			sepBefore = false
		case c.Type == html.ElementNode && (c.DataAtom == atom.Button || c.DataAtom == atom.Div && hasButton(c)):
			// a menu control after the path, such as "More"
		case c.Type == html.CommentNode:
		default:
			return nil
		}
	}
	return links
}

// pathText is the raw text of a text node or of an element's only text child.
func pathText(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	return n.FirstChild.Data
}

// hasButton reports whether n's first element child is a button.
func hasButton(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c.DataAtom == atom.Button
		}
	}
	return false
}
