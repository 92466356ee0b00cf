package extract

import (
	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// buildBody turns the content below root into blocks, leaving out every
// node for which skip reports true (and its subtree).
func buildBody(p *page.Page, root *html.Node, skip func(*html.Node) bool, opts Options) Body {
	return nil // TODO(builder helper)
}
