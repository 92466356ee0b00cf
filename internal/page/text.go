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
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if collapseBreak(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
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

// Text returns the visible text below n with white space collapsed. Scripts,
// styles, templates and hidden elements contribute nothing; block elements
// and <br> separate words.
func Text(n *html.Node) string {
	var b strings.Builder
	appendText(&b, n)
	return CollapseSpace(b.String())
}

func appendText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
		if Invisible(n) {
			return
		}
		if n.DataAtom == atom.Br || IsBlock(n.DataAtom) {
			defer b.WriteByte(' ')
			b.WriteByte(' ')
		}
	case html.DocumentNode:
	default:
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		appendText(b, c)
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
// templates, and elements hidden by attribute or inline style.
func Invisible(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Head, atom.Title,
		atom.Svg, atom.Math, atom.Iframe, atom.Object, atom.Embed, atom.Select, atom.Button,
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
