package metadata

import (
	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// findMirrors returns the alternate addresses the page announces and the
// notice nodes that announced them (which the body must leave out).
func findMirrors(p *page.Page) (mirrors []Mirror, notices []*html.Node) {
	return nil, nil // TODO(mirrors helper)
}
