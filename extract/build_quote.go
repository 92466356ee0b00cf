package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// maxPullQuoteText is the most text, in runes, an element with a pull-quote
// class may hold; more means the class names a wrapper.
const maxPullQuoteText = 1000

// classedBlock handles, in the flow, the elements whose class (or tag, for
// a stray <figcaption>) says what they are: captions and credits of the
// figure just emitted, embedded posts, pull quotes. It reports false for
// the rest.
func (b *builder) classedBlock(n *html.Node, f format) bool {
	if n.DataAtom == atom.Figcaption && b.captionElement(n) {
		return true
	}
	if len(n.Attr) == 0 {
		return false
	}
	switch {
	case b.captionElement(n):
	case hasClassToken(n, embedPostClasses):
		b.embedPost(n)
	case hasClassHint(n, pullQuoteClassHints) && int(b.p.Stats(n).Text) <= maxPullQuoteText:
		b.quote(n, "")
	default:
		return false
	}
	return true
}

// blockquote handles <blockquote>: an embedded post or a quote.
func (b *builder) blockquote(n *html.Node) {
	if hasClassToken(n, embedPostClasses) {
		b.embedPost(n)
		return
	}
	b.quote(n, "")
}

// quote emits a Quote of n's content. cite is the attribution known from
// outside (a pull quote's figcaption); else a <cite> or <footer> inside,
// else the cite attribute, gives it.
func (b *builder) quote(n *html.Node, cite string) {
	b.flush()
	savedOut, savedCite := b.out, b.cite
	b.out, b.cite = nil, &cite
	b.children(n, format{})
	b.flush()
	kids := b.out
	b.out, b.cite = savedOut, savedCite
	if cite == "" {
		cite = b.ownCite(n)
	}
	cite = strings.TrimSpace(strings.TrimLeft(cite, "—–―-~ "))
	if cite == "" {
		cite = b.p.Resolve(page.Attr(n, "cite"))
	}
	if len(kids) == 0 && cite == "" {
		return
	}
	b.emit(Block{Kind: Quote, Children: kids, Cite: cite})
}

// ownCite returns the text of a <footer> or <cite> that is a child of the
// quote, even when skip leaves it out: page-level clutter rules drop every
// <footer>, but a quote's own footer is its attribution.
func (b *builder) ownCite(n *html.Node) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Footer || c.DataAtom == atom.Cite) && !b.hidden(c) {
			if t := page.Text(c); t != "" {
				return t
			}
		}
	}
	return ""
}

// citeElement reports, inside a quote, a <cite> or <footer> that gives its
// attribution, and records its text.
func (b *builder) citeElement(n *html.Node) bool {
	if b.cite == nil || b.mode != modeFlow || (n.DataAtom != atom.Cite && n.DataAtom != atom.Footer) {
		return false
	}
	if *b.cite == "" {
		*b.cite = page.Text(n)
	}
	return true
}

// pre emits <pre> as a Pre block with its white space kept.
func (b *builder) pre(n *html.Node) {
	b.flush()
	var sb strings.Builder
	b.rawText(&sb, n, 0)
	text := strings.TrimRight(sb.String(), " \t\r\n")
	text = strings.TrimLeft(text, "\r\n")
	if strings.TrimSpace(text) == "" {
		return
	}
	b.emit(Block{Kind: Pre, Text: strings.ReplaceAll(text, "\r\n", "\n")})
}

// rawText appends n's visible text as written; <br> and block edges (code
// highlighters put each line in a <div>) become newlines.
func (b *builder) rawText(sb *strings.Builder, n *html.Node, depth int) {
	if depth > maxBuildDepth {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			sb.WriteString(c.Data)
		case c.Type != html.ElementNode || b.skip(c) || b.hidden(c):
		case c.DataAtom == atom.Br:
			sb.WriteByte('\n')
		case page.IsBlock(c.DataAtom):
			endLine(sb)
			b.rawText(sb, c, depth+1)
			endLine(sb)
		default:
			b.rawText(sb, c, depth+1)
		}
	}
}

// endLine starts a new line unless one was just started.
func endLine(sb *strings.Builder) {
	if s := sb.String(); s != "" && !strings.HasSuffix(s, "\n") {
		sb.WriteByte('\n')
	}
}
