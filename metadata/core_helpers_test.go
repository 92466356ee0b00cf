package metadata

import (
	"net/url"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/page"
)

// metaOf extracts the metadata of an inline page at pageURL ("" for none).
func metaOf(t *testing.T, src, pageURL string) *Metadata {
	t.Helper()
	return FromPage(pageAt(t, src, pageURL))
}

// pageOf indexes an inline page with no URL.
func pageOf(t *testing.T, src string) *page.Page {
	t.Helper()
	return pageAt(t, src, "")
}

// pageAt indexes an inline page at pageURL ("" for none).
func pageAt(t *testing.T, src, pageURL string) *page.Page {
	t.Helper()
	doc, err := page.Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var u *url.URL
	if pageURL != "" {
		if u, err = url.Parse(pageURL); err != nil {
			t.Fatal(err)
		}
	}
	p, err := page.New(doc, u, page.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func joinCrumbs(bcs []Breadcrumb) string {
	var parts []string
	for _, b := range bcs {
		parts = append(parts, b.Text)
	}
	return strings.Join(parts, " › ")
}
