package metadata

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// maxDekBylineRunes bounds the signature a standfirst may end with: a
// label and a few names, never a sentence.
const maxDekBylineRunes = 80

// withoutSignature returns the dek's text without a byline set apart at
// its end, as broadcasters sign the standfirst ("… lebendig. <i>Von Jane
// Roe</i>"): the byline is the author's, not part of the summary.
func withoutSignature(n *html.Node, text string) string {
	sig := trailingSignature(n)
	if sig == nil {
		return text
	}
	rest := textWithout(n, []*html.Node{sig})
	if page.RuneLen(rest) < minDekRunes {
		return text
	}
	return rest
}

// trailingSignature returns the inline element closing n (through its
// last blocks) when its text is a labelled byline, or nil.
func trailingSignature(n *html.Node) *html.Node {
	for depth := 0; n != nil && depth < 4; depth++ {
		c := lastContent(n)
		if c == nil || c.Type != html.ElementNode {
			return nil
		}
		if page.IsBlock(c.DataAtom) {
			n = c
			continue
		}
		if !signatureElement(c.DataAtom) || c == n.FirstChild {
			return nil
		}
		if t := page.CollapseSpace(page.Text(c)); signatureByline(t) {
			return c
		}
		return nil
	}
	return nil
}

// signatureElement reports the inline elements a signature is set in.
func signatureElement(a atom.Atom) bool {
	switch a {
	case atom.I, atom.Em, atom.Span, atom.Small, atom.B, atom.Strong, atom.Cite:
		return true
	}
	return false
}

// signatureByline reports text that opens with a byline label and reads
// as names: "Von Jane Roe", "By Jane Roe and John Doe".
func signatureByline(t string) bool {
	if t == "" || page.RuneLen(t) > maxDekBylineRunes || stripBylinePrefix(t) == strings.TrimSpace(t) {
		return false
	}
	_, names := parseByline(t, false)
	return len(names) > 0
}
