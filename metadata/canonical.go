package metadata

import (
	"net/url"
	"strings"

	"github.com/newsextract/newsextract/internal/page"
)

// findURL returns the page's canonical address: rel=canonical, then og:url
// and the like, then the page URL. A declared address that is the site's
// root while the page is not is a template default and is ignored.
func findURL(p *page.Page, s *sources) string {
	cands := []string{s.canonical}
	for _, k := range canonicalMetaKeys {
		cands = append(cands, s.get(k))
	}
	for _, c := range cands {
		u := p.Resolve(c)
		if u == "" {
			continue
		}
		pu, err := url.Parse(u)
		if err != nil || !pu.IsAbs() || pu.Host == "" || (pu.Scheme != "http" && pu.Scheme != "https") {
			continue
		}
		if isRootPath(pu) && p.URL != nil && !isRootPath(p.URL) {
			continue
		}
		return u
	}
	if p.URL != nil {
		return p.URL.String()
	}
	return ""
}

func isRootPath(u *url.URL) bool {
	return strings.Trim(u.Path, "/") == "" && u.RawQuery == ""
}

// samePage reports whether u names the page at base: the same host
// (ignoring "www.") and the same non-root path (ignoring a trailing
// slash), whatever the query or fragment.
func samePage(u, base *url.URL) bool {
	return strings.TrimSuffix(u.Path, "/") != "" && page.SamePage(u, base)
}
