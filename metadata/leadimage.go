package metadata

import (
	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// findLeadImage returns the image heading the story, with caption and credit
// apart. structured is what JSON-LD / og:image / twitter:image declared (nil
// if nothing). node is the lead figure in the page, which the body leaves out.
func findLeadImage(p *page.Page, structured *Image) (img *Image, node *html.Node) {
	return structured, nil // TODO(people helper)
}
