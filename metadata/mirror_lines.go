package metadata

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// Notices are read line by line, as a reader sees them: a line is the text
// between two block boundaries or <br>s, whatever inline markup splits it.
// That way "Press TV's website can also be accessed at …" matches even
// when part of it is bold, and the address on the next line is "the next
// line" whether it sits in a sibling <p>, after a <br> or in a list.

// maxLineBytes bounds the raw text kept for one line; longer lines are
// story paragraphs, never notices, and are only counted.
const maxLineBytes = 4096

// textLine is one visual line of the page. Its text is collapsed only when
// a notice is looked for on it (prepare), since most lines never are.
type textLine struct {
	block    *html.Node   // nearest block ancestor of the line's text
	tops     []*html.Node // the block's children the line's text came from
	links    []*html.Node // <a href> elements with text on the line
	raw      string       // text as in the page; "" when the line is long
	text     string       // raw collapsed, after prepare; "" when long
	runes    int          // runes of text, after prepare
	long     bool         // longer than any notice
	prepared bool
}

// prepare collapses the line's text and measures it.
func (l *textLine) prepare() {
	if l.prepared {
		return
	}
	l.prepared = true
	if !l.long {
		l.text = page.CollapseSpace(l.raw)
		l.runes = page.RuneLen(l.text)
		l.long = l.runes > maxNoticeRunes
	}
	if l.long {
		l.text, l.runes = "", maxNoticeRunes+1
	}
}

// lineBuilder splits a page into lines in one iterative walk.
type lineBuilder struct {
	lines  []textLine
	blocks []*html.Node // open block elements, innermost last
	cur    textLine
	first  string          // the line's text while it is one piece
	raw    strings.Builder // the line's text once it has several
	top    *html.Node      // child of the current block on the path to the walk
	link   *html.Node      // the <a href> the walk is in, if any
}

// pageLines returns the visible lines of p, in document order.
func pageLines(p *page.Page) []textLine {
	b := &lineBuilder{lines: make([]textLine, 0, len(p.Elements)/4+16)}
	root := p.Doc
	n := root.FirstChild
	for n != nil {
		entered := b.enter(n)
		if entered && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		if entered {
			b.leave(n)
		}
		for n != nil && n.NextSibling == nil {
			n = n.Parent
			if n == root || n == nil {
				n = nil
				break
			}
			b.leave(n)
		}
		if n != nil {
			n = n.NextSibling
		}
	}
	b.flush()
	return b.lines
}

// enter handles a node on the way down and reports whether to walk below it.
func (b *lineBuilder) enter(n *html.Node) bool {
	if len(b.blocks) > 0 && n.Parent == b.blocks[len(b.blocks)-1] {
		b.top = n
	}
	switch n.Type {
	case html.TextNode:
		b.addText(n.Data)
		return false
	case html.ElementNode:
	default:
		return n.Type == html.DocumentNode
	}
	if page.Invisible(n) {
		return false
	}
	switch {
	case n.DataAtom == atom.Br:
		b.flush()
		return false
	case blockLike(n):
		b.flush()
		b.blocks = append(b.blocks, n)
		b.top = nil
	case page.IsLink(n):
		b.link = n
	}
	return true
}

// leave handles an entered element on the way up.
func (b *lineBuilder) leave(n *html.Node) {
	if n == b.link {
		b.link = nil
	}
	if n.Type != html.ElementNode || !blockLike(n) {
		return
	}
	b.flush()
	if len(b.blocks) > 0 {
		b.blocks = b.blocks[:len(b.blocks)-1]
	}
	b.top = nil
}

// blockLike reports elements that start a line: block elements, table
// cells, and the document's <html> and <body> themselves.
func blockLike(n *html.Node) bool {
	return page.IsBlock(n.DataAtom) || n.DataAtom == atom.Body
}

func (b *lineBuilder) addText(s string) {
	if b.cur.long {
		return
	}
	if len(b.first)+b.raw.Len()+len(s) > maxLineBytes {
		b.cur.long, b.first = true, ""
		b.raw.Reset()
		return
	}
	if hasText(s) {
		b.noteTop()
		b.noteLink()
	}
	switch {
	case b.first == "" && b.raw.Len() == 0:
		b.first = s // most lines are one text node: no copy
	case b.raw.Len() == 0:
		b.raw.WriteString(b.first)
		b.raw.WriteString(s)
		b.first = ""
	default:
		b.raw.WriteString(s)
	}
}

// hasText reports whether s has anything but white space; it usually
// answers at the first byte.
func hasText(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r', '\f':
			continue
		}
		if s[i] < utf8.RuneSelf {
			return true
		}
		return strings.TrimSpace(s[i:]) != ""
	}
	return false
}

// noteLink records the link the current text is in on the current line,
// so that a link wrapping a block belongs to the lines of its text.
func (b *lineBuilder) noteLink() {
	if b.link == nil {
		return
	}
	if k := len(b.cur.links); k == 0 || b.cur.links[k-1] != b.link {
		b.cur.links = append(b.cur.links, b.link)
	}
}

// noteTop records the block child the current text or link came from.
func (b *lineBuilder) noteTop() {
	if b.top == nil {
		return
	}
	if k := len(b.cur.tops); k == 0 || b.cur.tops[k-1] != b.top {
		b.cur.tops = append(b.cur.tops, b.top)
	}
}

// flush ends the current line and keeps it when it has text.
func (b *lineBuilder) flush() {
	line := b.cur
	b.cur = textLine{}
	line.raw = b.first
	if b.raw.Len() > 0 {
		line.raw = b.raw.String()
		b.raw = strings.Builder{}
	}
	b.first = ""
	if len(b.blocks) > 0 {
		line.block = b.blocks[len(b.blocks)-1]
	}
	if line.long {
		line.raw = ""
	} else if !hasText(line.raw) {
		return
	}
	b.lines = append(b.lines, line)
}
