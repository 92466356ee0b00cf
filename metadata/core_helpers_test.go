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
	m, err := Extract(doc, u)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// pageOf indexes an inline page.
func pageOf(t *testing.T, src string) *page.Page {
	t.Helper()
	doc, err := page.Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	p, err := page.New(doc, nil, page.Limits{})
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
