// Package metadata finds everything about a news article that is not its
// body: headline, dek, byline and authors, dates, site, language, canonical
// URL, breadcrumbs, tags, the lead image with its caption and credit, the
// mirror addresses a publication announces, and its declared alternates.
//
// It reads JSON-LD, OpenGraph, Twitter cards, <meta> tags, microdata and the
// visible page, merges them by precedence and prefers what the page confirms.
// It never changes the tree it reads.
package metadata

import (
	"net/url"
	"time"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// Metadata is what the page says about its article.
type Metadata struct {
	URL              string       // canonical URL when declared, else the page URL
	Title            string       // headline without site decorations
	Subtitle         string       // dek / standfirst
	Byline           string       // the byline as printed
	Authors          []string     // person or agency names
	Published        time.Time    // first publication, with the page's offset
	PublishedDayOnly bool         // the page gives Published as a day, no time of day; the clock reads midnight
	Modified         time.Time    // last update
	ModifiedDayOnly  bool         // the page gives Modified as a day, no time of day
	SiteName         string       // publication name
	Language         string       // BCP 47 tag
	Description      string       // meta description / summary
	Breadcrumbs      []Breadcrumb // section path, without Home and the article itself
	Tags             []string     // keywords and topics
	LeadImage        *Image       // the image heading the story
	Mirrors          []Mirror     // alternate addresses the publication announces
	Alternates       []Alternate  // AMP, translations, feeds the page declares
	Type             string       // og:type or JSON-LD @type, lower case ("article", "website", …)

	// Owned lists the nodes of the page whose content this metadata has taken:
	// headline, byline and dateline lines, dek, lead figure, mirror notices.
	// The body leaves them out.
	Owned []*html.Node
}

// Breadcrumb is one step of the section path above the article.
type Breadcrumb struct {
	Text string `json:"text"`
	URL  string `json:"url,omitempty"`
}

// Image is a picture with its caption and credit kept apart. It has the same
// fields as extract.Image, so the root package converts one to the other.
type Image struct {
	URL     string `json:"url"`
	Alt     string `json:"alt,omitempty"`
	Caption string `json:"caption,omitempty"`
	Credit  string `json:"credit,omitempty"`
	Width   int    `json:"width,omitempty"`
	Height  int    `json:"height,omitempty"`
}

// Mirror is an alternate address at which the publication says it can be
// reached, with the notice or label that announced it.
type Mirror struct {
	URL  string `json:"url"`
	Text string `json:"text,omitempty"`
}

// Alternate is a version of the page it declares with <link rel=alternate>
// or <link rel=amphtml>: an AMP page, a translation or a feed.
type Alternate struct {
	URL      string `json:"url"`
	Kind     string `json:"kind"`               // "amp", "translation", "feed", "mobile" or "other"
	Language string `json:"language,omitempty"` // hreflang of a translation
	Type     string `json:"type,omitempty"`     // MIME type of a feed
	Title    string `json:"title,omitempty"`
}

// Extract reads the metadata of a parsed document. pageURL may be nil; with
// it, relative URLs become absolute. doc is not changed. A tree nested
// deeper than html.Parse builds (512 elements) is an error.
func Extract(doc *html.Node, pageURL *url.URL) (*Metadata, error) {
	p, err := page.New(doc, pageURL, page.Limits{MaxDepth: page.ParserDepth})
	if err != nil {
		return nil, err
	}
	return FromPage(p), nil
}

// FromPage reads the metadata of an indexed page. It is how the newsextract
// package shares one index between metadata and extract; use Extract.
func FromPage(p *page.Page) *Metadata {
	return merge(p)
}
