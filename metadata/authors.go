package metadata

import (
	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// findAuthors returns the byline as printed and the list of author names.
// structured holds the names that JSON-LD, meta tags and microdata gave, in
// precedence order; the visible page confirms or completes them. nodes are
// the byline elements, which the body leaves out.
func findAuthors(p *page.Page, structured []string) (byline string, authors []string, nodes []*html.Node) {
	return "", structured, nil // TODO(people helper)
}
