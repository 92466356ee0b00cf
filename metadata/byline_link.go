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
	if n.DataAtom != atom.A {
		return false
	}
	href := page.Attr(n, "href")
	if href == "" {
		return false
	}
	u, err := url.Parse(href)
	if err != nil {
		return false
	}
	steps := strings.FieldsFunc(strings.ToLower(u.Path), func(r rune) bool { return r == '/' })
	if len(steps) < 2 {
		return false
	}
	slug := steps[len(steps)-1]
	if !slices.ContainsFunc(steps[:len(steps)-1], func(s string) bool { return slices.Contains(authorPathWords, s) }) {
		return false
	}
	name := fold(page.Text(n))
	return len(name) >= minAuthorSlug && strings.TrimRight(fold(slug), "0123456789") == name
}

// minAuthorSlug is the shortest name matched against an address: shorter
// ones ("jo", "ap") match too many paths by chance.
const minAuthorSlug = 5
