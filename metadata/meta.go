package metadata

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// sources is what one pass over the page's elements collects for the
// field finders: <meta> values, links, JSON-LD scripts, microdata
// properties and visible headings.
type sources struct {
	meta      map[string][]string // lower-case name/property/http-equiv → contents, in page order
	ldScripts []*html.Node        // <script type=application/ld+json>
	canonical string              // first rel=canonical href, raw
	htmlLang  string              // <html lang>
	title     string              // <title> text
	h1s       []*html.Node        // visible <h1> elements
	subheads  []*html.Node        // visible <h2>, <h3> and itemprop=headline elements
	itemprops []*html.Node        // elements with an itemprop attribute
	scopes    []*html.Node        // elements with itemscope
	crumbNavs []*html.Node        // elements whose class, id or aria-label says breadcrumb
	tagLinks  []*html.Node        // <a rel=tag>
	catLinks  []*html.Node        // <a rel=category>: WordPress categories
}

// maxSubheads bounds the <h2>/<h3> elements kept as headline candidates;
// the headline comes early, long pages list hundreds of teasers.
const maxSubheads = 64

// collect walks the page's elements once.
func collect(p *page.Page) *sources {
	s := &sources{meta: map[string][]string{}}
	for _, n := range p.Elements {
		switch n.DataAtom {
		case atom.Meta:
			s.addMeta(n)
		case atom.Link:
			if s.canonical == "" && hasToken(page.Attr(n, "rel"), "canonical") {
				s.canonical = page.Attr(n, "href")
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(page.Attr(n, "type")), "ld+json") {
				s.ldScripts = append(s.ldScripts, n)
			}
		case atom.Html:
			if s.htmlLang == "" {
				s.htmlLang = page.Attr(n, "lang")
				if s.htmlLang == "" {
					s.htmlLang = attrNS(n, "lang")
				}
			}
		case atom.Title:
			if s.title == "" && n.FirstChild != nil {
				s.title = page.CollapseSpace(n.FirstChild.Data)
			}
		case atom.H1:
			if !p.Stats(n).Hidden {
				s.h1s = append(s.h1s, n)
			}
		case atom.H2, atom.H3:
			if !p.Stats(n).Hidden && len(s.subheads) < maxSubheads {
				s.subheads = append(s.subheads, n)
			}
		case atom.A:
			// rel="category tag" marks a WordPress category, not a tag.
			switch rel := page.Attr(n, "rel"); {
			case hasToken(rel, "category"):
				s.catLinks = append(s.catLinks, n)
			case hasToken(rel, "tag"):
				s.tagLinks = append(s.tagLinks, n)
			}
		}
		if page.HasAttr(n, "itemprop") {
			s.itemprops = append(s.itemprops, n)
			if n.DataAtom != atom.H1 && hasToken(page.Attr(n, "itemprop"), "headline") && !p.Stats(n).Hidden {
				s.subheads = append(s.subheads, n)
			}
		}
		if page.HasAttr(n, "itemscope") {
			s.scopes = append(s.scopes, n)
		}
		if isBreadcrumbContainer(n) {
			s.crumbNavs = append(s.crumbNavs, n)
		}
	}
	return s
}

// addMeta records one <meta> under each of its keys.
func (s *sources) addMeta(n *html.Node) {
	content := page.Attr(n, "content")
	if content == "" {
		content = page.Attr(n, "value")
	}
	content = page.CollapseSpace(html.UnescapeString(content))
	if content == "" {
		return
	}
	for _, k := range []string{"name", "property", "http-equiv"} {
		for _, key := range strings.Fields(strings.ToLower(page.Attr(n, k))) {
			s.meta[key] = append(s.meta[key], content)
			// Dublin Core is written dc.title, dc:title and dcterms:title.
			if alt := dcKey(key); alt != key {
				s.meta[alt] = append(s.meta[alt], content)
			}
		}
	}
}

// dcKey spells Dublin Core keys one way: "dc:title", "dcterm:title" and
// "dcterms.title" become "dc.title".
func dcKey(key string) string {
	for _, pre := range []string{"dcterms:", "dcterms.", "dcterm:", "dcterm.", "dc:"} {
		if strings.HasPrefix(key, pre) {
			return "dc." + key[len(pre):]
		}
	}
	return key
}

// get returns the first value of the first key that has one.
func (s *sources) get(keys ...string) string {
	for _, k := range keys {
		if v := s.meta[k]; len(v) > 0 {
			return v[0]
		}
	}
	return ""
}

// hasToken reports whether the space-separated list has tok, ignoring case.
func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// attrNS returns a namespaced attribute such as xml:lang.
func attrNS(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key || a.Key == "xml:"+key {
			return a.Val
		}
	}
	return ""
}

// classID is an element's class and id, lower case, for pattern tests.
func classID(n *html.Node) string {
	// strings.ToLower returns a lower-case string as it is, so a lone
	// lower-case class or id costs no allocation.
	c, id := page.Attr(n, "class"), page.Attr(n, "id")
	switch {
	case id == "":
		return strings.ToLower(c)
	case c == "":
		return strings.ToLower(id)
	}
	return strings.ToLower(c + " " + id)
}
