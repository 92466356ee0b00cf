package newsextract

import (
	"time"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/metadata"
)

// Article is a news page taken apart. Every field is optional: a field the
// page does not state stays empty and is left out of the JSON form.
type Article struct {
	// URL is the canonical URL the page declares, else the page URL.
	URL string `json:"url,omitempty"`
	// Title is the headline, without site-name decorations.
	Title string `json:"title,omitempty"`
	// Subtitle is the dek or standfirst printed under the headline.
	Subtitle string `json:"subtitle,omitempty"`
	// Byline is the author line as printed, without "By".
	Byline string `json:"byline,omitempty"`
	// Authors are the names of the people and agencies who wrote it.
	Authors []string `json:"authors,omitempty"`
	// Published is when the article first appeared, in the page's offset.
	Published time.Time `json:"published,omitzero"`
	// PublishedDayOnly says the page gives Published as a calendar day
	// without a time of day: its clock reads midnight and only
	// Published.Date() is stated.
	PublishedDayOnly bool `json:"publishedDayOnly,omitempty"`
	// Modified is when it was last updated.
	Modified time.Time `json:"modified,omitzero"`
	// ModifiedDayOnly is PublishedDayOnly for Modified.
	ModifiedDayOnly bool `json:"modifiedDayOnly,omitempty"`
	// SiteName is the publication's name.
	SiteName string `json:"siteName,omitempty"`
	// Language is the page's BCP 47 language tag, such as "en" or "pt-BR".
	Language string `json:"language,omitempty"`
	// Description is the page's summary as its declared metadata gives it
	// (meta description, Dublin Core, OpenGraph, JSON-LD): the fullest copy
	// without the title or site name glued on, never the site's slogan.
	// Empty when the page declares none; it is not made from the body.
	Description string `json:"description,omitempty"`
	// Breadcrumbs are the sections above the article, outermost first,
	// without "Home" and without the article itself.
	Breadcrumbs []Breadcrumb `json:"breadcrumbs,omitempty"`
	// Tags are the article's keywords and topics.
	Tags []string `json:"tags,omitempty"`
	// LeadImage is the picture heading the story, with caption and credit.
	LeadImage *Image `json:"leadImage,omitempty"`
	// Body is the story itself as ordered blocks; Body.Text, Body.Markdown
	// and Body.HTML render it.
	Body Body `json:"body,omitempty"`
	// Mirrors are the alternate addresses at which the publication says it
	// can also be reached.
	Mirrors []Mirror `json:"mirrors,omitempty"`
	// Alternates are the versions the page declares: AMP, translations, feeds.
	Alternates []Alternate `json:"alternates,omitempty"`
}

// The body's types are defined in package extract, the metadata's in package
// metadata; these aliases let users name them from here.
type (
	// Body is the story as blocks in reading order; see extract.Body.
	Body = extract.Body
	// Block is one paragraph, heading, list, item, quote, pre, table or
	// figure; see extract.Block.
	Block = extract.Block
	// Kind names what a Block is; see extract.Kind.
	Kind = extract.Kind
	// Span is a run of inline text with its link and emphasis; see
	// extract.Span.
	Span = extract.Span
	// Image is a picture with its caption and credit apart; see
	// extract.Image.
	Image = extract.Image
	// Breadcrumb is one section above the article; see
	// metadata.Breadcrumb.
	Breadcrumb = metadata.Breadcrumb
	// Mirror is an alternate address the publication announces; see
	// metadata.Mirror.
	Mirror = metadata.Mirror
	// Alternate is a version of the page it declares (AMP, translation,
	// feed); see metadata.Alternate.
	Alternate = metadata.Alternate
)

// The kinds of Block.
const (
	Paragraph = extract.Paragraph
	Heading   = extract.Heading
	List      = extract.List
	Item      = extract.Item
	Quote     = extract.Quote
	Pre       = extract.Pre
	Table     = extract.Table
	Figure    = extract.Figure
)

// Text renders the body as plain text; see Body.Text.
func (a *Article) Text() string { return a.Body.Text() }

// Markdown renders the body as Markdown; see Body.Markdown.
func (a *Article) Markdown() string { return a.Body.Markdown() }

// HTML renders the body as sanitised HTML; see Body.HTML.
func (a *Article) HTML() string { return a.Body.HTML() }
