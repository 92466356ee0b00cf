package metadata

import (
	"net/url"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// authorPathWords are the path steps under which sites keep their
// authors' pages ("/author/jane-roe/", "/about/editors/jane-roe/",
// "/autor/jane-roe"). "people" and "profile" are left out: celebrity and
// topic pages live there too ("/people/<star>/").
var authorPathWords = []string{
	"author", "authors", "editors", "writers", "reporters", "journalists", "columnists", "contributors",
	"autor", "autoren", "autorin", "auteur", "auteurs", "autore", "autori", "periodista", "periodistas",
	"redakteur", "redakteure", "journalist", "reporter", "columnist", "contributor",
}

// authorPageLink reports a link to the author's own page whose address
// ends in the name it shows: <a href="/about/editors/jane-roe/">Jane
// Roe</a>. Sites print their bylines so even where no class or
// attribute says it; the name spelled in the address is what tells the
// byline from a link to a topic page.
func authorPageLink(n *html.Node) bool {
	slug := authorPathSlug(n)
	if slug == "" {
		return false // before the text: this runs on every element
	}
	name := fold(page.Text(n))
	return len(name) >= minAuthorSlug && strings.TrimRight(fold(slug), "0123456789") == name
}

// authorPathSlug returns the last path step of a link that lives under an
// author path step ("/author/owen/" gives "owen"), or "".
func authorPathSlug(n *html.Node) string {
	steps := linkPathSteps(n)
	if len(steps) < 2 || !slices.ContainsFunc(steps[:len(steps)-1], func(s string) bool { return slices.Contains(authorPathWords, s) }) {
		return ""
	}
	return steps[len(steps)-1]
}

// linkPathSteps returns the lower-case steps of the path a link's href
// names ("/Author/jane-roe/" gives author, jane-roe), or nil for an element
// that is no link.
func linkPathSteps(n *html.Node) []string {
	href := page.Attr(n, "href")
	if n.DataAtom != atom.A || href == "" {
		return nil
	}
	u, err := url.Parse(href)
	if err != nil {
		return nil
	}
	return strings.FieldsFunc(strings.ToLower(u.Path), func(r rune) bool { return r == '/' })
}

// authorLinkNames returns the names the byline's links to author pages
// show, in order: inside a byline, a link under an author path is an
// author even when its address spells only part of the name
// ("/author/owen/" showing "Owen Pryce", as blog themes print co-authors
// the page's structured data leaves out). Each address counts once: a
// second link to the same page that shows a name shows the author's role
// or desk.
func authorLinkNames(roots []*html.Node) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range roots {
		for n := range r.Descendants() {
			if n.Type != html.ElementNode || authorPathSlug(n) == "" {
				continue
			}
			href := page.Attr(n, "href")
			if seen[href] {
				continue
			}
			if _, names := parseByline(page.Text(n), true); len(names) == 1 {
				out = appendNames(out, names[0])
				seen[href] = true // an avatar's link before it shows no name
			}
		}
	}
	return out
}

// minAuthorSlug is the shortest name matched against an address: shorter
// ones ("jo", "ap") match too many paths by chance.
const minAuthorSlug = 5
