package metadata

import (
	"net/url"
	"strings"

	"github.com/newsextract/newsextract/internal/page"
)

// unresized returns the original of a declared share image when the page
// also declares it (og:image with "?w=1200", twitter:image without): the
// same address without a query that only scales it down. A query that
// crops (a height, a crop box) makes a card of its own, which stays.
func unresized(p *page.Page, s *sources, u string) string {
	base, query, ok := strings.Cut(u, "?")
	if !ok || !widthOnly(query) {
		return u
	}
	for _, k := range imageMetaKeys {
		for _, v := range s.meta[k] {
			if p.Resolve(v) == base {
				return base
			}
		}
	}
	return u
}

// widthOnly reports a query that asks for a width and no height or crop.
func widthOnly(query string) bool {
	q, err := url.ParseQuery(query)
	if err != nil || queryInt(q, "w", "width") == 0 {
		return false
	}
	for k := range q {
		switch strings.ToLower(k) {
		case "h", "height", "crop", "fit", "resize", "ar":
			return false
		}
	}
	return true
}
