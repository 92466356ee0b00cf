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
	meta      map[string][]string // lower-case name/property/http-equiv → contents, property ones first, each in page order
	fromProp  map[string]int      // how many of meta[key]'s leading values came from a property attribute
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

// maxSubheads bounds the <h2>/<h3> elements kept as headline candidates,
// and maxH1s the <h1>s: the headline comes early, long pages list hundreds
// of teasers, in any heading.
const (
	maxSubheads = 64
	maxH1s      = 64
)

// collect walks the page's elements once.
func collect(p *page.Page) *sources {
	s := &sources{meta: map[string][]string{}, fromProp: map[string]int{}}
	for _, n := range p.Elements {
		switch n.DataAtom {
		case atom.Meta:
			s.addMeta(n)
		case atom.Link:
			if s.canonical == "" && hasToken(page.Attr(n, "rel"), "canonical") {
				s.canonical = page.Attr(n, "href")
			}
		case atom.Script:
			if page.IsLDScript(n) {
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
			if !p.Stats(n).Hidden && len(s.h1s) < maxH1s {
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

// addMeta records one <meta> under each of its keys. A property attribute
// may list several keys ("dc:title og:title"); each gets the content.
func (s *sources) addMeta(n *html.Node) {
	content := page.Attr(n, "content")
	if content == "" {
		content = page.Attr(n, "value")
	}
	content = page.CollapseSpace(html.UnescapeString(content))
	if content == "" {
		return
	}
	for _, k := range []string{"property", "name", "http-equiv"} {
		for _, key := range strings.Fields(strings.ToLower(page.Attr(n, k))) {
			s.addValue(key, content, k == "property")
			// Dublin Core is written dc.title, dc:title and dcterms:title.
			if alt := dcKey(key); alt != key {
				s.addValue(alt, content, k == "property")
			}
		}
	}
}

// addValue files content under key. Values from a property attribute go
// before those from name: property is the attribute RDFa, OpenGraph and
// Dublin Core's dc: prefix define, and a page that writes a key both ways
// keeps name= for older readers, often with a stale or shortened copy.
func (s *sources) addValue(key, content string, property bool) {
	vs := s.meta[key]
	if !property {
		s.meta[key] = append(vs, content)
		return
	}
	i := s.fromProp[key]
	vs = append(vs, "")
	copy(vs[i+1:], vs[i:])
	vs[i] = content
	s.meta[key] = vs
	s.fromProp[key] = i + 1
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

// values returns a key's values: those a property attribute gave when
// there are any, since the name= copies of the same key then repeat the
// field in an older or shorter form; else all of them.
func (s *sources) values(key string) []string {
	if n := s.fromProp[key]; n > 0 {
		return s.meta[key][:n]
	}
	return s.meta[key]
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
