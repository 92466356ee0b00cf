package extract

import "strings"

// Kind names the construct a Block stands for.
type Kind string

// The kinds of Block. Each renderer handles every kind.
const (
	Paragraph Kind = "paragraph" // running text
	Heading   Kind = "heading"   // a subheading inside the story; Level 2–6
	List      Kind = "list"      // Children of kind Item hold the entries; Ordered for <ol>
	Item      Kind = "item"      // one list entry: text, and Children for nested lists
	Quote     Kind = "quote"     // a blockquote, pull quote or embedded post: Children, Cite
	Pre       Kind = "pre"       // preformatted text or code, whitespace kept
	Table     Kind = "table"     // Rows of cells; HeaderRows leading rows are headers
	Figure    Kind = "figure"    // an image with its caption and credit
)

// Block is one unit of the article body. Which fields are set depends on
// Kind; the rest stay zero so that the JSON form carries only what matters.
type Block struct {
	Kind Kind `json:"kind"`

	// Text is the block's plain text, with the spaces the page shows and
	// "\n" for line breaks. Set for paragraphs, headings, items and pre.
	Text string `json:"text,omitempty"`

	// Spans is the same text with its inline markup (links, emphasis, code).
	// It is nil when the text carries no markup; renderers then use Text.
	Spans []Span `json:"spans,omitempty"`

	Level   int  `json:"level,omitempty"`   // heading level, 2–6
	Ordered bool `json:"ordered,omitempty"` // numbered list

	// Children are the nested blocks of a list (its items), an item (a
	// nested list) or a quote (its paragraphs).
	Children []Block `json:"children,omitempty"`

	// Cite is the attribution of a quote or embedded post: a name or URL.
	Cite string `json:"cite,omitempty"`

	Rows       [][]string `json:"rows,omitempty"`       // table cells, row by row
	HeaderRows int        `json:"headerRows,omitempty"` // leading rows that are headers

	Image *Image `json:"image,omitempty"` // the figure's image
}

// Span is a run of inline text inside a block.
type Span struct {
	Text   string `json:"text"`
	URL    string `json:"url,omitempty"`    // absolute link target
	Strong bool   `json:"strong,omitempty"` // <strong>, <b>
	Em     bool   `json:"em,omitempty"`     // <em>, <i>
	Code   bool   `json:"code,omitempty"`   // <code>, <kbd>, <samp>
	Break  bool   `json:"break,omitempty"`  // a line break (<br>); Text is "\n"
}

// Image is a picture with what the page says about it. The lead image of an
// article and every figure in its body share this structure.
type Image struct {
	URL     string `json:"url"`               // absolute, the largest candidate the page offers
	Alt     string `json:"alt,omitempty"`     // the alt text
	Caption string `json:"caption,omitempty"` // the caption without the credit
	Credit  string `json:"credit,omitempty"`  // photographer or agency, without "Photo:" and the like
	Width   int    `json:"width,omitempty"`   // pixels, when declared
	Height  int    `json:"height,omitempty"`  // pixels, when declared
}

// Body is the article's main content: blocks in reading order.
type Body []Block

// spansText joins spans into plain text.
func spansText(spans []Span) string {
	var b strings.Builder
	for _, s := range spans {
		b.WriteString(s.Text)
	}
	return b.String()
}

// NewTextBlock returns a block of kind k whose text is the concatenation of
// spans. Spans is kept only when some span carries markup, so Text and Spans
// never disagree.
func NewTextBlock(k Kind, spans []Span) Block {
	b := Block{Kind: k, Text: spansText(spans)}
	for _, s := range spans {
		if s.URL != "" || s.Strong || s.Em || s.Code {
			b.Spans = spans
			break
		}
	}
	return b
}

// inlines returns the spans to render: Spans, or Text as one plain span.
func (b *Block) inlines() []Span {
	if b.Spans != nil {
		return b.Spans
	}
	if b.Text == "" {
		return nil
	}
	return []Span{{Text: b.Text}}
}
