package page

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// CollapseSpace trims s and folds every run of white space into one space.
func CollapseSpace(s string) string {
	if isCollapsed(s) {
		return s // the common case for attributes and short text: no copy
	}
	var c collapser
	c.b.Grow(len(s))
	c.writeString(s)
	return c.b.String()
}

// collapseBreak reports the runes CollapseSpace treats as white space.
func collapseBreak(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// isCollapsed reports whether CollapseSpace would return s unchanged: valid
// UTF-8, no white space but single ASCII spaces between other runes.
func isCollapsed(s string) bool {
	space := true // a leading space is not collapsed
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c == ' ' {
				if space {
					return false
				}
				space = true
				continue
			}
			if collapseBreak(rune(c)) {
				return false
			}
			space = false
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || collapseBreak(r) {
			return false
		}
		i += size
		space = false
	}
	return s == "" || !space
}

// collapser folds white space while text is written to it, so that Text
// builds its string once instead of gathering and then collapsing it. In
// raw mode it gathers the text as it is, a space for each boundary.
type collapser struct {
	b       strings.Builder
	raw     bool
	space   bool // white space seen since the last rune written
	invalid bool // a piece had a byte that is not UTF-8
}

// writeSpace is white space between pieces: a block boundary or <br>.
func (c *collapser) writeSpace() {
	if c.raw {
		c.b.WriteByte(' ')
		return
	}
	c.space = c.b.Len() > 0
}

// writeString writes s with its white space folded into the text so far.
func (c *collapser) writeString(s string) {
	if c.raw {
		c.b.WriteString(s)
		return
	}
	for i := 0; i < len(s); {
		if j := asciiWordEnd(s, i); j > i {
			c.pendingSpace()
			c.b.WriteString(s[i:j]) // a run of ASCII other than white space at once
			i = j
			continue
		}
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			c.invalid = c.invalid || (r == utf8.RuneError && size == 1)
		}
		i += size
		if collapseBreak(r) {
			c.writeSpace()
			continue
		}
		c.pendingSpace()
		c.b.WriteRune(r)
	}
}

// pendingSpace writes the space folded from white space before a rune.
func (c *collapser) pendingSpace() {
	if c.space {
		c.b.WriteByte(' ')
		c.space = false
	}
}

// asciiWordEnd returns where the run of ASCII that is not white space
// starting at i ends; i when there is none.
func asciiWordEnd(s string, i int) int {
	for i < len(s) && s[i] < utf8.RuneSelf && !collapseBreak(rune(s[i])) {
		i++
	}
	return i
}

// Text returns the visible text below n with white space collapsed. Scripts,
// styles, templates and hidden elements contribute nothing; block elements
// and <br> separate words.
func Text(n *html.Node) string {
	var c collapser
	c.walk(n)
	if !c.invalid {
		return c.b.String()
	}
	// Pieces that are not UTF-8 may join into runes across node
	// boundaries: gather the text first, as CollapseSpace would see it.
	raw := collapser{raw: true}
	raw.walk(n)
	return CollapseSpace(raw.b.String())
}

// walk writes the visible text below n.
func (c *collapser) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		c.writeString(n.Data)
		return
	case html.ElementNode:
		if Invisible(n) {
			return
		}
		if n.DataAtom == atom.Br || IsBlock(n.DataAtom) {
			defer c.writeSpace()
			c.writeSpace()
		}
	case html.DocumentNode:
	default:
		return
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.walk(ch)
	}
}

// Attr returns the value of n's attribute key, or "".
func Attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// HasAttr reports whether n has the attribute key.
func HasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return true
		}
	}
	return false
}

// Invisible reports whether n's content never shows: scripts, styles,
// templates, and elements hidden by attribute or inline style. MathML is
// not among them: browsers render <math> as the formula a reader sees.
func Invisible(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Head, atom.Title,
		atom.Svg, atom.Iframe, atom.Object, atom.Embed, atom.Select, atom.Button,
		atom.Input, atom.Textarea, atom.Canvas:
		return true
	}
	return HiddenByAttr(n)
}

// HiddenByAttr reports whether n is hidden by the hidden attribute,
// aria-hidden, or display:none / visibility:hidden in its style.
func HiddenByAttr(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			if hiddenStyle(a.Val) {
				return true
			}
		}
	}
	return false
}

func hiddenStyle(style string) bool {
	if !strings.Contains(style, "none") && !strings.Contains(style, "hidden") {
		return false
	}
	s := strings.ToLower(strings.ReplaceAll(style, " ", ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// IsBlock reports whether elements with tag a start a new line.
func IsBlock(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body, atom.Dd, atom.Details,
		atom.Dialog, atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Header,
		atom.Hgroup, atom.Hr, atom.Html, atom.Li, atom.Main, atom.Nav, atom.Ol, atom.P, atom.Pre,
		atom.Section, atom.Summary, atom.Table, atom.Tbody, atom.Td, atom.Tfoot, atom.Th,
		atom.Thead, atom.Tr, atom.Ul, atom.Caption, atom.Picture, atom.Video, atom.Audio:
		return true
	}
	return false
}

// RuneLen is the number of runes in s.
func RuneLen(s string) int { return utf8.RuneCountInString(s) }

// LowerKeepOffsets lower-cases s rune by rune, but leaves as they are the
// runes whose lower case is another number of bytes ("Ⱥ" grows, "İ" and
// the Kelvin sign shrink) and bytes that are not UTF-8, so that a byte
// offset found in the result is the same offset in s. With strings.ToLower
// it is not: an index found in its result can cut a rune of s, point at
// other text, or run past the end of s.
func LowerKeepOffsets(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); (r == utf8.RuneError && size == 1) || utf8.RuneLen(l) != size {
			b.WriteString(s[i : i+size]) // not UTF-8, or a lower case of another width
		} else {
			b.WriteRune(l)
		}
		i += size
	}
	return b.String()
}
