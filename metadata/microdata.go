package metadata

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// microdata is what itemscope/itemprop markup says about the article.
type microdata struct {
	typ                             string
	headline, description, language string
	published, modified             string
	image                           string
	authors, keywords               []string
	authorsShown                    bool // some author's name is page text, not only a <meta> tag's
	breadcrumbs                     []Breadcrumb
	headlineNode, descriptionNode   *html.Node
}

// readMicrodata reads the properties of the page's article scope (or, when
// no scope declares an article type, of untyped and page scopes), and its
// BreadcrumbList.
func readMicrodata(p *page.Page, s *sources) *microdata {
	md := &microdata{}
	var article *html.Node
	for _, sc := range s.scopes {
		if t, ok := itemType(sc, articleTypes); ok {
			article, md.typ = sc, t
			break
		}
	}
	for _, sc := range s.scopes {
		if _, ok := itemType(sc, map[string]bool{"breadcrumblist": true}); ok {
			md.breadcrumbs = microBreadcrumbs(p, sc)
			break
		}
	}
	for _, n := range s.itemprops {
		sc := scopeOf(n)
		if article != nil && sc != article {
			continue
		}
		if article == nil && sc != nil {
			if _, ok := itemType(sc, pageTypes); !ok && page.Attr(sc, "itemtype") != "" {
				continue
			}
		}
		md.take(p, n)
	}
	return md
}

// take records one property of the article scope.
func (md *microdata) take(p *page.Page, n *html.Node) {
	for _, prop := range strings.Fields(strings.ToLower(page.Attr(n, "itemprop"))) {
		switch prop {
		case "headline":
			if md.headline == "" {
				md.headline, md.headlineNode = itemValue(p, n), n
			}
		case "description", "alternativeheadline":
			if md.description == "" {
				md.description, md.descriptionNode = itemValue(p, n), n
			}
		case "datepublished":
			if md.published == "" {
				md.published = itemValue(p, n)
			}
		case "datemodified":
			if md.modified == "" {
				md.modified = itemValue(p, n)
			}
		case "inlanguage":
			if md.language == "" {
				md.language = itemValue(p, n)
			}
		case "image":
			if md.image == "" && !page.HasAttr(n, "itemscope") {
				md.image = itemValue(p, n)
			}
		case "keywords":
			md.keywords = append(md.keywords, splitKeywords(itemValue(p, n))...)
		case "author", "creator":
			if name, shown := authorName(p, n); name != "" {
				md.authors = append(md.authors, name)
				md.authorsShown = md.authorsShown || shown
			}
		}
	}
}

// authorName reads an author property: the name inside a Person scope, the
// content of a <meta>, else the element's text. shown says the name is
// the text of an element rather than an attribute's.
func authorName(p *page.Page, n *html.Node) (name string, shown bool) {
	if page.HasAttr(n, "itemscope") {
		walkScope(n, func(c *html.Node) bool {
			if hasToken(page.Attr(c, "itemprop"), "name") {
				name, shown = itemValue(p, c), page.Attr(c, "content") == "" && c.DataAtom != atom.Meta
				return false
			}
			return true
		})
		return name, shown
	}
	if n.DataAtom == atom.Meta || n.DataAtom == atom.Link {
		v := page.CollapseSpace(page.Attr(n, "content"))
		if strings.Contains(v, "://") {
			return "", false
		}
		return v, false
	}
	return page.Text(n), true
}

// itemValue is a property's value by the microdata rules: content, href,
// src, datetime or value attributes by element, else the text.
func itemValue(p *page.Page, n *html.Node) string {
	if v := page.Attr(n, "content"); v != "" {
		return page.CollapseSpace(v)
	}
	switch n.DataAtom {
	case atom.A, atom.Link, atom.Area:
		return p.Resolve(page.Attr(n, "href"))
	case atom.Img, atom.Audio, atom.Video, atom.Source, atom.Iframe, atom.Embed:
		return p.Resolve(page.Attr(n, "src"))
	case atom.Time:
		if v := page.Attr(n, "datetime"); v != "" {
			return strings.TrimSpace(v)
		}
	case atom.Data, atom.Meter:
		return strings.TrimSpace(page.Attr(n, "value"))
	case atom.Meta:
		// Some templates write value= where the spec has content=.
		return page.CollapseSpace(page.Attr(n, "value"))
	}
	return page.Text(n)
}

// scopeOf returns the itemscope an itemprop belongs to: its nearest
// ancestor with itemscope (an element's own scope holds its children, not
// itself).
func scopeOf(n *html.Node) *html.Node {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && page.HasAttr(a, "itemscope") {
			return a
		}
	}
	return nil
}

// itemType reports whether the scope's itemtype names a type in set.
func itemType(n *html.Node, set map[string]bool) (string, bool) {
	for _, t := range strings.Fields(page.Attr(n, "itemtype")) {
		t = strings.ToLower(strings.TrimRight(t, "/"))
		if i := strings.LastIndexAny(t, "/:"); i >= 0 {
			t = t[i+1:]
		}
		if set[t] {
			return t, true
		}
	}
	return "", false
}

// walkScope visits the elements below scope that belong to it (not to a
// nested scope), while visit returns true.
func walkScope(scope *html.Node, visit func(*html.Node) bool) {
	var walk func(n *html.Node, depth int) bool
	walk = func(n *html.Node, depth int) bool {
		if depth > 64 {
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if !visit(c) {
				return false
			}
			if !page.HasAttr(c, "itemscope") && !walk(c, depth+1) {
				return false
			}
		}
		return true
	}
	walk(scope, 0)
}

// microBreadcrumbs reads a microdata BreadcrumbList: each itemListElement's
// name and item link.
func microBreadcrumbs(p *page.Page, list *html.Node) []Breadcrumb {
	var out []Breadcrumb
	walkScope(list, func(n *html.Node) bool {
		if !hasToken(page.Attr(n, "itemprop"), "itemListElement") {
			return true
		}
		var bc Breadcrumb
		visit := func(c *html.Node) bool {
			props := strings.ToLower(page.Attr(c, "itemprop"))
			if hasToken(props, "name") && bc.Text == "" {
				bc.Text = page.CollapseSpace(firstNonBlank(page.Attr(c, "content"), page.Text(c)))
			}
			if hasToken(props, "item") && bc.URL == "" {
				bc.URL = p.Resolve(firstNonBlank(page.Attr(c, "href"), page.Attr(c, "content"), page.Attr(c, "itemid")))
				if bc.Text == "" && page.HasAttr(c, "itemscope") {
					walkScope(c, func(cc *html.Node) bool {
						if hasToken(page.Attr(cc, "itemprop"), "name") {
							bc.Text = page.CollapseSpace(firstNonBlank(page.Attr(cc, "content"), page.Text(cc)))
							return false
						}
						return true
					})
				}
			}
			return true
		}
		if page.HasAttr(n, "itemscope") {
			walkScope(n, visit)
		}
		if bc.Text != "" {
			out = append(out, bc)
		}
		return true
	})
	return out
}
