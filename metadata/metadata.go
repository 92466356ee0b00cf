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
	"errors"
	"fmt"
	"net/url"
	"time"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// Metadata is what the page says about its article.
type Metadata struct {
	URL              string       `json:"url,omitempty"`              // canonical URL when declared, else the page URL
	Title            string       `json:"title,omitempty"`            // headline without site decorations
	Subtitle         string       `json:"subtitle,omitempty"`         // dek / standfirst
	Byline           string       `json:"byline,omitempty"`           // the byline as printed
	Authors          []string     `json:"authors,omitempty"`          // person or agency names
	Published        time.Time    `json:"published,omitzero"`         // first publication, with the page's offset
	PublishedDayOnly bool         `json:"publishedDayOnly,omitempty"` // the page gives Published as a day, no time of day; the clock reads midnight
	Modified         time.Time    `json:"modified,omitzero"`          // last update
	ModifiedDayOnly  bool         `json:"modifiedDayOnly,omitempty"`  // the page gives Modified as a day, no time of day
	SiteName         string       `json:"siteName,omitempty"`         // publication name
	Language         string       `json:"language,omitempty"`         // BCP 47 tag
	Description      string       `json:"description,omitempty"`      // meta description / summary
	Breadcrumbs      []Breadcrumb `json:"breadcrumbs,omitempty"`      // section path, without Home and the article itself
	Tags             []string     `json:"tags,omitempty"`             // keywords and topics
	LeadImage        *Image       `json:"leadImage,omitempty"`        // the image heading the story
	Mirrors          []Mirror     `json:"mirrors,omitempty"`          // alternate addresses the publication announces
	Alternates       []Alternate  `json:"alternates,omitempty"`       // AMP, translations, feeds the page declares
	Type             string       `json:"type,omitempty"`             // og:type or JSON-LD @type, lower case ("article", "website", …)

	// Owned lists the nodes of the page whose content this metadata has taken:
	// headline, byline and dateline lines, dek, lead figure, mirror notices.
	// The body leaves them out. They point into the caller's tree, so JSON
	// leaves them out too.
	Owned []*html.Node `json:"-"`
}

// Breadcrumb is one step of the section path above the article.
type Breadcrumb struct {
	Text string `json:"text"`
	URL  string `json:"url,omitempty"` // absolute when the page's URL is known; "" for a step that links nowhere
}

// Image is a picture with its caption and credit kept apart. It has the same
// fields as extract.Image, so the root package converts one to the other.
type Image struct {
	URL     string `json:"url"`               // the widest version the page offers, absolute when the page's URL is known
	Alt     string `json:"alt,omitempty"`     // the image's alternative text
	Caption string `json:"caption,omitempty"` // the caption without its credit
	Credit  string `json:"credit,omitempty"`  // photographer or agency, without "Photo:" or "©"
	Width   int    `json:"width,omitempty"`   // in pixels, as the page declares it; 0 when unknown
	Height  int    `json:"height,omitempty"`  // in pixels, as the page declares it; 0 when unknown
}

// Mirror is an alternate address at which the publication says it can be
// reached, with the notice or label that announced it.
type Mirror struct {
	URL  string `json:"url"`            // the alternate address, absolute
	Text string `json:"text,omitempty"` // the notice's words or the link's label
}

// Alternate is a version of the page it declares with <link rel=alternate>
// or <link rel=amphtml>: an AMP page, a translation or a feed.
type Alternate struct {
	URL      string `json:"url"`                // the alternate's address, absolute when the page's URL is known
	Kind     string `json:"kind"`               // "amp", "translation", "feed", "mobile" or "other"
	Language string `json:"language,omitempty"` // hreflang of a translation
	Type     string `json:"type,omitempty"`     // MIME type of a feed
	Title    string `json:"title,omitempty"`    // the link's title attribute
}

// ErrTooDeep is returned for a tree nested deeper than html.Parse builds
// (512 elements).
var ErrTooDeep = page.ErrTooDeep

// Extract reads the metadata of a parsed document. pageURL may be nil; with
// it, relative URLs become absolute. doc is not changed. A nil doc, and a
// tree nested deeper than html.Parse builds (ErrTooDeep), are errors.
func Extract(doc *html.Node, pageURL *url.URL) (*Metadata, error) {
	if doc == nil {
		return nil, errors.New("metadata: nil document")
	}
	p, err := page.New(doc, pageURL, page.Limits{MaxDepth: page.ParserDepth})
	if err != nil {
		return nil, fmt.Errorf("metadata: %w", err)
	}
	return FromPage(p), nil
}

// FromPage reads the metadata of an indexed page. It is how the newsextract
// package shares one index between metadata and extract; use Extract.
func FromPage(p *page.Page) *Metadata {
	return merge(p)
}
