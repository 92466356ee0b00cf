package metadata

import (
	"net/url"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// findBreadcrumbs returns the section path: JSON-LD BreadcrumbList, else
// microdata, else a breadcrumb navigation, else a row of links joined by
// path separators above the headline; without Home, menu controls, the
// site's own name and the article's title.
func findBreadcrumbs(p *page.Page, s *sources, ld *ldData, md *microdata, cc crumbContext) []Breadcrumb {
	var headline *html.Node
	if len(s.h1s) > 0 {
		headline = s.h1s[0]
	}
	for _, list := range [][]Breadcrumb{ld.breadcrumbs, md.breadcrumbs, navCrumbs(p, s), pathCrumbs(p, headline), categoryCrumbs(p, s, headline)} {
		if out := cleanCrumbs(p, list, cc); len(out) > 0 {
			return out
		}
	}
	return nil
}

// isBreadcrumbContainer reports whether n's class, id or aria-label says it
// holds breadcrumbs. <body> and <html> never do: their classes describe the
// page ("genesis-breadcrumbs-visible" says a trail is shown further down).
func isBreadcrumbContainer(n *html.Node) bool {
	if n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		return false
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id", "aria-label":
			if containsFold(a.Val, "breadcrumb") {
				return true
			}
		}
	}
	return locationLabelled(n)
}

// locationLabels open a breadcrumb trail printed as text: "当前位置：首页 >
// 新闻 > 正文", "Sie sind hier: Startseite > Presse".
var locationLabels = []string{
	"当前位置", "您的位置", "您现在的位置", "所在位置", "現在位置", "現在の位置",
	"you are here", "sie sind hier", "vous êtes ici", "usted está aquí", "está aqui", "sei qui", "u bent hier",
}

// locationLabelled reports an element whose own text opens with a
// location label: the trail follows it.
func locationLabelled(n *html.Node) bool {
	c := n.FirstChild
	if c == nil || c.Type != html.TextNode {
		return false
	}
	t := strings.ToLower(strings.TrimSpace(c.Data))
	for _, l := range locationLabels {
		if strings.HasPrefix(t, l) {
			return true
		}
	}
	return false
}

// navCrumbs reads the first visible breadcrumb navigation: its links in
// order, and a last unlinked entry (the current section or the article).
func navCrumbs(p *page.Page, s *sources) []Breadcrumb {
	for _, n := range s.crumbNavs {
		if p.Stats(n).Hidden || (n.Parent != nil && isBreadcrumbContainer(n.Parent)) {
			continue
		}
		var out []Breadcrumb
		eachLink(n, func(a *html.Node) {
			if t := page.Text(a); t != "" && !inDropdown(a, n) {
				out = append(out, Breadcrumb{Text: t, URL: p.Resolve(page.Attr(a, "href"))})
			}
		})
		if last := lastUnlinked(n); last != "" {
			out = append(out, Breadcrumb{Text: last})
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// inDropdown reports whether link a sits in a list nested inside the
// trail's list below nav: a step's drop-down of sibling sections, not a
// step of the path.
func inDropdown(a, nav *html.Node) bool {
	lists := 0
	for n := a.Parent; n != nil && n != nav; n = n.Parent {
		if n.DataAtom == atom.Ul || n.DataAtom == atom.Ol {
			lists++
		}
	}
	return lists >= 2
}

// categoryCrumbs is the section a page without a trail declares with
// category links (rel=category, as WordPress prints "Filed under").
// Categories in sidebars and widgets are the site's, not the article's.
// article:section is not used: measured, it names a section where readers
// see none far more often than it helps.
func categoryCrumbs(p *page.Page, s *sources, headline *html.Node) []Breadcrumb {
	var out []Breadcrumb
	for _, a := range s.catLinks {
		if !inSiteFurniture(a, headline) && len(out) < maxCategoryCrumbs {
			out = append(out, Breadcrumb{Text: page.Text(a), URL: p.Resolve(page.Attr(a, "href"))})
		}
	}
	return out
}

// lastUnlinked returns the text of the last list item without a link, as
// trails print the current page; none when that item is an <h1>, which
// is the article's own (SEO) title, not a section.
func lastUnlinked(n *html.Node) string {
	var last *html.Node
	var walk func(c *html.Node, depth int)
	walk = func(c *html.Node, depth int) {
		for ; c != nil && depth < 16; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Li {
				last = c
				continue
			}
			walk(c.FirstChild, depth+1)
		}
	}
	walk(n.FirstChild, 0)
	if last == nil || hasLink(last) || hasH1(last) {
		return ""
	}
	return page.Text(last)
}

// hasH1 reports whether n holds an <h1>.
func hasH1(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.H1 || c.Type == html.ElementNode && hasH1(c) {
			return true
		}
	}
	return false
}

func hasLink(n *html.Node) bool {
	found := false
	eachLink(n, func(*html.Node) { found = true })
	return found
}

// crumbContext is what tells a section from the article itself.
type crumbContext struct {
	title string   // the article's headline
	sites []string // the site's names
	self  string   // the article's canonical address
}

// cleanCrumbs drops Home, controls (menus, pagers, search), the site
// name, the title, the article's own entry, in-page links, separators and
// duplicates.
func cleanCrumbs(p *page.Page, in []Breadcrumb, cc crumbContext) []Breadcrumb {
	ft := fold(cc.title)
	var out []Breadcrumb
	seen := map[string]bool{}
	for i, bc := range in {
		t := strings.Trim(page.CollapseSpace(bc.Text), " >»›/|·•→")
		k := fold(t)
		switch {
		case k == "" || page.RuneLen(t) > maxCrumbRunes || seen[k]:
			continue
		case strings.IndexFunc(t, unicode.IsLetter) < 0:
			continue // an issue, year or page number ("2025/14"), not a section
		case crumbSkip[strings.ToLower(strings.Trim(t, ".…:"))] || crumbSearch[strings.ToLower(t)]:
			continue
		case ft != "" && (k == ft || len(k) > minTitlePartBytes && (strings.HasPrefix(ft, k) || strings.HasSuffix(ft, k))):
			continue // the headline, or the headline without its kicker
		case isSelfLink(p, bc.URL, cc.self) && len(strings.Fields(t)) >= minLeafWords:
			continue // the article's own entry, named by a variant of its headline
		case i == 0 && isSiteName(t, cc.sites):
			continue // the first crumb naming the site is its home link
		case i == 0 && isHomeURL(bc.URL):
			continue
		}
		seen[k] = true
		out = append(out, Breadcrumb{Text: t, URL: bc.URL})
	}
	return out
}

// isSelfLink reports whether u leads to the page itself: its own address
// or its canonical one.
func isSelfLink(p *page.Page, u, self string) bool {
	link, err := url.Parse(u)
	if u == "" || err != nil {
		return false
	}
	if own, err := url.Parse(self); self != "" && err == nil && samePage(link, own) {
		return true
	}
	return p.URL != nil && samePage(link, p.URL)
}

// isHomeURL reports whether u is a site's root.
func isHomeURL(u string) bool {
	if u == "" {
		return false
	}
	i := strings.Index(u, "://")
	if i < 0 {
		return u == "/"
	}
	rest := u[i+3:]
	j := strings.IndexByte(rest, '/')
	return j < 0 || strings.Trim(rest[j:], "/") == "" || strings.HasPrefix(strings.Trim(rest[j:], "/"), "index.")
}
