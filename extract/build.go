package extract

// The block builder walks the chosen container once, in document order, and
// emits blocks as a reader sees them:
//
//   - Text is folded the way a browser shows it: white-space runs become one
//     space, block edges and <br> separate words, nothing is glued when tags
//     go, and block edges are trimmed. <br><br> ends a paragraph.
//   - Hidden nodes and those skip reports are left out, except that a
//     quote's own <footer>/<cite> still gives its attribution and an
//     embedded post's text is read whole once the post is kept.
//   - Images become Figures wherever they stand; a caption or credit element
//     right after one completes it. Decoration (icons, emoji, pixels) does
//     not.
//   - Tables that lay out content are walked as flow; data tables become
//     Table blocks.
//
// See build_embed.go for embedded posts and players.

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// maxBuildDepth bounds the builder's recursion for trees built by callers
// without the parser's own limit of 512; deeper content is left out.
const maxBuildDepth = 2048

// mode says what block-level markup means at the current point of the walk.
type mode int

const (
	// modeFlow: block elements end the paragraph and emit their own blocks.
	modeFlow mode = iota
	// modeItem: inside a list item; block edges become line breaks and
	// nested lists become the item's children.
	modeItem
	// modeText: inside a heading, cell or caption; block edges become spaces.
	modeText
)

// builder is the state of one buildBody call. It reads the tree and writes
// only its own fields.
type builder struct {
	p    *page.Page
	skip func(*html.Node) bool
	opts Options

	out   Body      // blocks of the current level (body or quote)
	buf   inlineBuf // the block being written
	mode  mode
	depth int

	itemKids []Block   // nested lists of the item being built
	cite     *string   // where <cite> text goes inside a quote, else nil
	credits  *[]string // where credit text goes inside a caption, else nil
	// figured is true while the last thing emitted is a figure from an
	// image: a <noscript> copy or caption right after it belongs to it.
	figured bool
	// begun is true once a paragraph of prose has been emitted: the
	// story has started, and a bare number after it is the story's own.
	begun bool
	// note holds a footnote's number standing alone ("[1]"), for the
	// paragraph of the note's text that follows it.
	note []Span
}

// buildBody turns the content below root into blocks, leaving out every
// node for which skip reports true (and its subtree).
func buildBody(p *page.Page, root *html.Node, skip func(*html.Node) bool, opts Options) Body {
	if root == nil {
		return nil
	}
	if skip == nil {
		skip = func(*html.Node) bool { return false }
	}
	b := &builder{p: p, skip: skip, opts: opts, buf: newInlineBuf()}
	if root.Type == html.ElementNode && (skip(root) || p.Stats(root).Hidden) {
		return nil
	}
	b.children(root, format{})
	b.flush()
	return b.out
}

// children walks n's children.
func (b *builder) children(n *html.Node, f format) {
	if b.depth >= maxBuildDepth {
		return
	}
	b.depth++
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.node(c, f)
	}
	b.depth--
}

// node handles one node in the current mode.
func (b *builder) node(n *html.Node, f format) {
	switch n.Type {
	case html.TextNode:
		b.text(n.Data, f)
	case html.ElementNode:
		// A caption's credit keeps its place though its class reads as
		// furniture elsewhere ("caption-credit"), as in a figure's parts.
		if b.skip(n) && !(b.credits != nil && b.isCredit(n)) || b.screenReaderLabel(n) {
			return
		}
		if b.hidden(n) {
			b.hiddenElement(n, f)
			return
		}
		b.buf.edge = true
		b.element(n, f)
		b.buf.edge = true
	}
}

// text writes a text node's content.
func (b *builder) text(s string, f format) {
	b.buf.write(s, f)
	if b.mode == modeFlow && !b.buf.empty {
		b.figured = false
	}
}

// hidden reports whether n never shows. Nodes outside the index (parsed
// from <noscript>) count as visible.
func (b *builder) hidden(n *html.Node) bool {
	if st := b.p.Stats(n); st.Depth > 0 {
		return st.Hidden // indexed: Depth counts from 1
	}
	return page.Invisible(n)
}

// screenReaderLabel reports a short label drawn off screen for assistive
// technology ("Image caption"): a sighted reader never sees it.
func (b *builder) screenReaderLabel(n *html.Node) bool {
	if !page.OffScreen(n) {
		return false
	}
	if st := b.p.Stats(n); st.Depth > 0 {
		return int(st.Text) <= page.MaxScreenReaderLabel
	}
	return page.RuneLen(page.Text(n)) <= page.MaxScreenReaderLabel
}

// rubyParens reports a <ruby> that wraps its readings in <rp> fallback
// parentheses.
func rubyParens(ruby *html.Node) bool {
	if ruby == nil {
		return false
	}
	for c := ruby.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Rp {
			return true
		}
	}
	return false
}

// hiddenElement handles the invisible elements that still carry content:
// an iframe with an embedded post or video, the <noscript> copy of a lazy
// image. Both count only where their parent shows.
func (b *builder) hiddenElement(n *html.Node, f format) {
	if n.Parent != nil && b.hidden(n.Parent) || page.HiddenByAttr(n) {
		return
	}
	switch n.DataAtom {
	case atom.Iframe:
		if b.mode == modeFlow {
			b.iframe(n)
		}
	case atom.Noscript:
		if b.mode == modeFlow && !b.figured {
			b.noscript(n)
		}
	}
}

// element dispatches on the tag.
func (b *builder) element(n *html.Node, f format) {
	switch n.DataAtom {
	case atom.Br:
		b.lineBreak()
		return
	case atom.Rt:
		// A ruby annotation (furigana, pinyin) glosses the base text
		// above it. With <rp> parentheses the page asks for "base
		// (reading)" where ruby does not render, and plain text keeps
		// that; without them the reading would run into the word.
		if !rubyParens(n.Parent) {
			return
		}
	case atom.A:
		if num, ok := noteNumber(n); ok {
			// A footnote's marker, or its number in the notes: "[1]",
			// where the page sets it as a superscript or a hanging
			// number that plain text would glue to the words.
			b.text("["+num+"]", format{})
			return
		}
		if href := page.Attr(n, "href"); href != "" && !b.opts.OmitLinks {
			f.url = b.p.Resolve(href)
		}
	case atom.Strong, atom.B:
		f.strong = true
	case atom.Em, atom.I, atom.Dfn, atom.Var:
		f.em = true
	case atom.Code, atom.Kbd, atom.Samp, atom.Tt:
		f.code = true
	case atom.Wbr:
		return
	case atom.Q:
		// Browsers put quotation marks around <q>.
		b.text("“", f)
		b.children(n, f)
		b.text("”", f)
		return
	case atom.Img:
		if hasClassHint(n, emojiClassHints) {
			// An emoji drawn as an image reads as its alt text.
			b.text(page.Attr(n, "alt"), f)
			return
		}
	case atom.Hr:
		b.boundary()
		return
	}
	if n.FirstChild == nil && len(n.Attr) > 0 && hasClassToken(n, breakClasses) {
		// An empty element a style sheet turns into a line break.
		b.lineBreak()
		return
	}
	if b.mode != modeFlow || !b.blockElement(n, f) {
		b.generic(n, f)
	}
}

// generic walks an element that means nothing special here: a block
// element bounds its content, an inline one does not.
func (b *builder) generic(n *html.Node, f format) {
	switch {
	case b.citeElement(n):
		return
	case b.mode == modeText && b.creditElement(n):
		return
	case b.credits != nil && isCounterNode(n):
		return // a gallery's slide counter in its own element of a caption ("1/5")
	case b.mode == modeItem && (n.DataAtom == atom.Ul || n.DataAtom == atom.Ol):
		if list, ok := b.list(n); ok {
			b.itemKids = append(b.itemKids, list)
		}
		return
	case n.DataAtom == atom.Img || n.DataAtom == atom.Picture || page.CustomPicture(n):
		// An image inside a heading, item or cell is decoration.
		return
	}
	if page.IsBlock(n.DataAtom) {
		b.boundary()
		b.children(n, f)
		b.boundary()
		return
	}
	b.children(n, f)
}

// blockElement handles, in flow mode, the elements that emit their own
// blocks. It returns false for the rest.
func (b *builder) blockElement(n *html.Node, f format) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		b.heading(n, f)
	case atom.Ul, atom.Ol:
		if b.isGallery(n) || !holdsTag(n, atom.Li, 0) {
			// A gallery's pictures become Figures. Old pages indent quoted
			// text with a bare <ul> ("<ul><i>…</i></ul>"): a list without
			// items is no list, and its text reads as paragraphs.
			b.generic(n, f)
			return true
		}
		b.flush()
		if list, ok := b.list(n); ok {
			b.emit(list)
		}
	case atom.Blockquote:
		b.blockquote(n)
	case atom.Pre:
		b.pre(n)
	case atom.Table:
		b.table(n)
	case atom.Figure:
		b.figure(n)
	case atom.Div:
		if !b.imageWidget(n) {
			return b.classedBlock(n, f)
		}
		b.figure(n)
	case atom.Img, atom.Picture:
		b.image(n)
	case atom.Video:
		b.video(n)
	default:
		if page.CustomPicture(n) {
			if !mediaAlternate(n) {
				b.image(n) // an AMP page's <amp-img>
			}
			return true
		}
		return b.classedBlock(n, f)
	}
	return true
}

// boundary marks a block edge: a new paragraph in flow mode, a line break
// in an item, a space in a heading or cell.
func (b *builder) boundary() {
	switch b.mode {
	case modeFlow:
		b.flush()
	case modeItem:
		b.buf.lineBreak()
	default:
		b.buf.space()
	}
}

// lineBreak handles <br>: two in a row end the paragraph in flow mode.
func (b *builder) lineBreak() {
	switch {
	case b.mode == modeFlow && b.buf.atBreak():
		b.flush()
	case b.mode == modeText:
		b.buf.space()
	default:
		b.buf.lineBreak()
	}
}

// flush ends the paragraph being written, emitting it unless it is empty.
func (b *builder) flush() {
	spans := b.buf.take()
	if spans == nil {
		return
	}
	if b.note != nil {
		// The note's number, set apart as a hanging number, opens the
		// note's text.
		spans = append(append(b.note, Span{Text: " "}), spans...)
		b.note = nil
	}
	blk := NewTextBlock(Paragraph, spans)
	if !hasWordRune(blk.Text) || isIcon(blk.Text) || !b.begun && isBareCount(blk.Text) {
		return
	}
	if isNoteMark(blk.Text) && b.begun {
		b.note = spans
		return
	}
	b.begun = b.begun || len(strings.Fields(blk.Text)) >= minProseWords
	b.emit(blk)
}

// minProseWords is the fewest words of a paragraph that starts the story:
// a counter or a label above it has one or two.
const minProseWords = 8

// emit appends a finished block to the current level.
func (b *builder) emit(blk Block) {
	b.out = append(b.out, blk)
	b.figured = blk.Kind == Figure
}

// inline collects the spans of n's content in mode m (modeItem or
// modeText) and format f, with the builder's paragraph state set aside meanwhile.
func (b *builder) inline(n *html.Node, m mode, f format) []Span {
	savedBuf, savedMode := b.buf, b.mode
	b.buf, b.mode = newInlineBuf(), m
	b.children(n, f)
	spans := b.buf.take()
	b.buf, b.mode = savedBuf, savedMode
	return spans
}

// heading emits h1–h6 as a Heading; h1 inside the story counts as level 2,
// since the article's own title is level 1.
func (b *builder) heading(n *html.Node, f format) {
	b.flush()
	spans := b.inline(n, modeText, f)
	if spans == nil {
		return
	}
	blk := NewTextBlock(Heading, spans)
	if !hasWordRune(blk.Text) {
		return
	}
	blk.Level = headingLevel(n.DataAtom)
	b.emit(blk)
}

// headingLevel maps h1–h6 to 2–6: h1 and h2 both become 2.
func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 2
}
