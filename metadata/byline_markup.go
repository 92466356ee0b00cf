package metadata

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// Reading a byline line's markup: which elements hold names, which hold
// labels, topics or the publication, and the line's text with segment
// breaks between its elements.

// markedName returns the name an itemprop=author, rel=author or hCard
// author element ("author vcard", the name in its "fn") holds, or "".
func markedName(n *html.Node) string {
	if n.DataAtom == atom.A && hasToken(page.Attr(n, "rel"), "author") {
		return page.Text(n)
	}
	if class := page.Attr(n, "class"); hasToken(class, "vcard") && hasToken(class, "author") {
		if fn := findClass(n, "fn"); fn != nil {
			return page.Text(fn)
		}
		return page.Text(n)
	}
	if !strings.Contains(strings.ToLower(page.Attr(n, "itemprop")), "author") {
		return ""
	}
	if name := findItemprop(n, "name"); name != nil {
		if name.DataAtom == atom.Meta {
			return page.Attr(name, "content")
		}
		return page.Text(name)
	}
	return page.Text(n)
}

// findItemprop returns the first element below n with itemprop prop.
func findItemprop(n *html.Node, prop string) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if hasToken(page.Attr(c, "itemprop"), prop) {
			return c
		}
		if f := findItemprop(c, prop); f != nil {
			return f
		}
	}
	return nil
}

// findClass returns the first element below n whose class list holds
// class.
func findClass(n *html.Node, class string) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if hasToken(page.Attr(c, "class"), class) {
			return c
		}
		if f := findClass(c, class); f != nil {
			return f
		}
	}
	return nil
}

// classWordIn reports whether a word of a class string (split at spaces,
// hyphens and underscores) is one of words.
func classWordIn(hint string, words []string) bool {
	for _, w := range classWords(strings.ToLower(hint)) {
		if slices.Contains(words, w) {
			return true
		}
	}
	return false
}

// classWordPrefix reports whether a word of a class and id string (split
// at spaces, hyphens and underscores) begins with one of prefixes:
// "author-bio" and "comments-area" match, "vcard" does not match "card".
func classWordPrefix(hint string, prefixes []string) bool {
	for _, w := range classWords(hint) {
		for _, pre := range prefixes {
			if strings.HasPrefix(w, pre) {
				return true
			}
		}
	}
	return false
}

// classWords splits a class and id string at spaces, hyphens and
// underscores.
func classWords(hint string) []string {
	return strings.FieldsFunc(hint, func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n'
	})
}

// bylineText returns n's visible text with a segment break (NUL) where an
// element other than inline formatting or a name's part (nameElement)
// begins or ends, so that names in separate elements stay apart:
// <span>Jane Roe</span><span>Reporter</span>.
func bylineText(n *html.Node) string {
	var b strings.Builder
	appendBroken(&b, n, nil, func(c *html.Node) bool { return !formatting(c.DataAtom) && !nameElement(c) }, 0, bylineHidden)
	return b.String()
}

// bylineHidden reports an element a byline reader skips: one not shown,
// the publication's or a topic's (sourceElement, taxonomyElement), or
// text for screen readers only ("View ORCID Profile", "opens in a new
// window") unless that text is the byline's "By".
func bylineHidden(n *html.Node) bool {
	if page.Invisible(n) {
		return true
	}
	if sourceElement(n) || taxonomyElement(n) {
		return true
	}
	if page.OffScreen(n) {
		t := strings.ToLower(strings.TrimLeft(page.Text(n), leadSeparators))
		return t != "" && stripBylinePrefix(t+" x") != "x"
	}
	return false
}

// sourceElement reports an element inside a byline line that names the
// publication the story comes from (class "source-name", "provider",
// itemprop=publisher): the house, not an author. A news agency printed so
// stays: it is the byline of a wire story.
func sourceElement(n *html.Node) bool {
	hint := strings.ToLower(page.Attr(n, "class"))
	if !hasToken(page.Attr(n, "itemprop"), "publisher") && (hint == "" || !classWordPrefix(hint, bylineSourceHints)) {
		return false
	}
	return !agencySet[strings.ToLower(trimPunct(page.Text(n)))]
}

// taxonomyElement reports a tag or category link, or the list holding
// them, printed on the byline's line ("by jane · <a rel=tag>Elections</a>"):
// a topic, never a name.
func taxonomyElement(n *html.Node) bool {
	if hasToken(page.Attr(n, "rel"), "tag") {
		return true
	}
	for _, c := range strings.Fields(page.Attr(n, "class")) {
		if slices.Contains(taxonomyClasses, strings.ToLower(c)) {
			return true
		}
	}
	return classWordIn(page.Attr(n, "class"), taxonomyClassWords)
}

// appendBroken writes the text below n, leaving out hidden and skipped
// elements and writing sep before and after each element brk selects.
func appendBroken(b *strings.Builder, n *html.Node, skip []*html.Node, brk func(*html.Node) bool, sep byte, hidden func(*html.Node) bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
		case html.ElementNode:
			if hidden(c) || containsNode(skip, c) {
				continue
			}
			if c.DataAtom == atom.Br {
				b.WriteByte(sep)
			}
			split := brk(c)
			if split {
				b.WriteByte(sep)
			}
			appendBroken(b, c, skip, brk, sep, hidden)
			if split {
				b.WriteByte(sep)
			}
		}
	}
}

// nameElement reports an element holding one part of a person's name
// ("<span class=firstname>Marlene Lundberg</span> <span
// class=lastname>Holm</span>", itemprop=givenName): the parts make one
// name, however many words the given name has.
func nameElement(n *html.Node) bool {
	if p := page.Attr(n, "itemprop"); hasToken(p, "givenname") || hasToken(p, "familyname") {
		return true
	}
	return classWordIn(page.Attr(n, "class"), nameClassWords)
}

// formatting reports inline elements that style words without separating
// them.
func formatting(a atom.Atom) bool {
	switch a {
	case atom.B, atom.Strong, atom.I, atom.Em, atom.U, atom.Mark, atom.Abbr, atom.Sup, atom.Sub, atom.Font, atom.Small:
		return true
	}
	return false
}
