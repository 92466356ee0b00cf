// Package page holds what both extract and metadata read: the parsed
// document, its URLs and per-node statistics computed in one walk.
package page

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Limits bound the work one page may cause.
type Limits struct {
	MaxNodes int // elements in the tree; text nodes are bounded by them
	MaxDepth int // element nesting
}

// ParserDepth is the deepest element nesting html.Parse builds. The
// packages' own Extract functions hold trees built some other way to it
// too: the readers below walk subtrees per candidate line, and a deeper
// hand-made tree (200,000 levels) kept them busy for minutes.
const ParserDepth = 512

// Errors the index reports; the root package wraps them in its own.
var (
	ErrTooManyNodes = errors.New("too many nodes")
	ErrTooDeep      = errors.New("nested too deeply")
)

// Stats are one element's counts over the visible text below it.
type Stats struct {
	Text     int32 // runes of text, white space runs counted as one
	LinkText int32 // of which inside <a href>
	Words    int32 // words (runs of letters and digits)
	Commas   int32 // commas, in Latin, CJK and Arabic forms
	Paras    int32 // <p> elements below
	Depth    int32 // element depth from <html> = 1
	Hidden   bool  // the element or an ancestor never shows (a declared paywalled part counts as shown: paywall.go)
}

// Page is one parsed document with its URLs and index. It is read-only once
// built: extract and metadata never change the tree.
type Page struct {
	Doc  *html.Node
	URL  *url.URL // the page's address; nil when unknown
	Base *url.URL // what relative references resolve against: <base href>, else URL

	Elements []*html.Node         // element nodes in document order
	order    map[*html.Node]int32 // position of each element in Elements
	stats    []Stats              // parallel to Elements
	maxDepth int32                // the deepest element's Depth
}

// Parse parses UTF-8 HTML.
func Parse(utf8HTML []byte) (*html.Node, error) {
	doc, err := html.Parse(bytes.NewReader(utf8HTML))
	if err != nil {
		if strings.Contains(err.Error(), "exceeds") {
			return nil, fmt.Errorf("%w: %v", ErrTooDeep, err)
		}
		return nil, err
	}
	return doc, nil
}

// New indexes doc in one walk. pageURL may be nil.
func New(doc *html.Node, pageURL *url.URL, lim Limits) (*Page, error) {
	p := &Page{Doc: doc, URL: pageURL, Base: pageURL}
	// Sized up front: growing the order map and the two slices one
	// doubling at a time cost more than the extra walk.
	size, scripts, gated := countElements(doc, lim.MaxNodes)
	p.Elements = make([]*html.Node, 0, size)
	p.stats = make([]Stats, 0, size)
	p.order = make(map[*html.Node]int32, size)
	if err := p.index(lim, shownParts(doc, paywalledParts(scripts), gated)); err != nil {
		return nil, err
	}
	if base := p.First(atom.Base); base != nil {
		if href := strings.TrimSpace(Attr(base, "href")); href != "" {
			if u, err := url.Parse(href); err == nil {
				if p.URL != nil {
					u = p.URL.ResolveReference(u)
				}
				if u.IsAbs() {
					p.Base = u
				}
			}
		}
	}
	return p, nil
}

// countElements counts doc's element nodes, stopping past max when max > 0,
// and gathers the JSON-LD scripts and the hidden gated parts on the way:
// the index needs the parts paywalled before it decides what is hidden.
func countElements(doc *html.Node, max int) (count int, ldScripts, gated []*html.Node) {
	for n := doc; n != nil; {
		if n.Type == html.ElementNode {
			count++
			if max > 0 && count > max {
				return count, nil, nil
			}
			if IsLDScript(n) {
				ldScripts = append(ldScripts, n)
			} else if gatedPart(n) {
				gated = append(gated, n)
			}
		}
		n = nextInTree(n, doc, true)
	}
	return count, ldScripts, gated
}

// nextInTree returns the node after n in document order within root, or
// nil past its end; descend false skips n's subtree. It walks without
// recursion, so that no input can exhaust the stack.
func nextInTree(n, root *html.Node, descend bool) *html.Node {
	if descend && n.FirstChild != nil {
		return n.FirstChild
	}
	for n != root && n.NextSibling == nil {
		n = n.Parent
	}
	if n == root {
		return nil
	}
	return n.NextSibling
}

// frame is the walk's state for one open element.
type frame struct {
	node   *html.Node
	pos    int32
	link   bool
	hidden bool
}

// indexer is the state of one indexing walk.
type indexer struct {
	p     *Page
	lim   Limits
	stack []frame
	nodes int
	shown map[*html.Node]bool // hidden paywalled parts counted as shown (paywall.go)
}

// index walks the tree once, without recursion, so that no input can
// exhaust the stack, and fills Elements, order and stats.
func (p *Page) index(lim Limits, shown map[*html.Node]bool) error {
	ix := &indexer{p: p, lim: lim, shown: shown}
	n := p.Doc
	for n != nil {
		if err := ix.visit(n); err != nil {
			return err
		}
		if n.FirstChild != nil && (n.Type == html.ElementNode || n.Type == html.DocumentNode) {
			n = n.FirstChild
			continue
		}
		for n != nil && n.NextSibling == nil {
			if n.Type == html.ElementNode {
				ix.leave()
			}
			n = n.Parent
			if n == p.Doc {
				n = nil
			}
		}
		if n != nil {
			if n.Type == html.ElementNode {
				ix.leave()
			}
			n = n.NextSibling
		}
	}
	return nil
}

// visit counts a text node into its element, or opens an element.
func (ix *indexer) visit(n *html.Node) error {
	if n.Type == html.ElementNode {
		ix.nodes++
		if ix.lim.MaxNodes > 0 && ix.nodes > ix.lim.MaxNodes {
			return ErrTooManyNodes
		}
	}
	switch n.Type {
	case html.TextNode:
		if len(ix.stack) > 0 {
			top := ix.stack[len(ix.stack)-1]
			s := &ix.p.stats[top.pos]
			t, w, c := countText(n.Data)
			s.Text += t
			s.Words += w
			s.Commas += c
			if top.link {
				s.LinkText += t
			}
		}
	case html.ElementNode:
		if ix.lim.MaxDepth > 0 && len(ix.stack) >= ix.lim.MaxDepth {
			return ErrTooDeep
		}
		ix.enter(n)
	}
	return nil
}

// enter records an element and pushes its frame.
func (ix *indexer) enter(n *html.Node) {
	p := ix.p
	pos := int32(len(p.Elements))
	p.Elements = append(p.Elements, n)
	p.order[n] = pos
	f := frame{node: n, pos: pos}
	if len(ix.stack) > 0 {
		parent := ix.stack[len(ix.stack)-1]
		f.link, f.hidden = parent.link, parent.hidden
	}
	f.link = f.link || (n.DataAtom == atom.A && (HasAttr(n, "href") || scriptedLink(n)))
	f.hidden = f.hidden || Invisible(n) && !ix.shown[n]
	depth := int32(len(ix.stack) + 1)
	p.maxDepth = max(p.maxDepth, depth)
	p.stats = append(p.stats, Stats{Depth: depth, Hidden: f.hidden})
	ix.stack = append(ix.stack, f)
}

// leave pops a finished element and adds its counts to its parent; hidden
// elements add nothing to visible parents.
func (ix *indexer) leave() {
	top := ix.stack[len(ix.stack)-1]
	ix.stack = ix.stack[:len(ix.stack)-1]
	if len(ix.stack) == 0 {
		return
	}
	child, parent := &ix.p.stats[top.pos], &ix.p.stats[ix.stack[len(ix.stack)-1].pos]
	if child.Hidden && !parent.Hidden {
		return
	}
	parent.Text += child.Text
	parent.LinkText += child.LinkText
	parent.Words += child.Words
	parent.Commas += child.Commas
	parent.Paras += child.Paras
	if top.node.DataAtom == atom.P {
		parent.Paras++
	}
}

// countText counts a text node's runes (white space runs as one), words and
// commas in one pass. ASCII, most of any page, takes a table-driven path.
func countText(s string) (runes, words, commas int32) {
	inSpace, inWord := true, false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch asciiClass[c] {
			case asciiSpace:
				if !inSpace {
					runes++
				}
				inSpace, inWord = true, false
				continue
			case asciiWord:
				if !inWord {
					words++
				}
				// Take the rest of the word at once.
				for i < len(s) && s[i] < utf8.RuneSelf && asciiClass[s[i]] == asciiWord {
					i++
					runes++
				}
				inWord = true
			case asciiComma:
				commas++
				inWord = false
			default:
				inWord = false
			}
			inSpace = false
			runes++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) {
			if !inSpace {
				runes++
			}
			inSpace, inWord = true, false
			continue
		}
		inSpace = false
		runes++
		switch r {
		case '，', '、', '،':
			commas++
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if !inWord || isIdeograph(r) {
				words++
			}
			inWord = true
		} else {
			inWord = false
		}
	}
	return runes, words, commas
}

// What countText makes of an ASCII byte.
const (
	asciiOther = iota // punctuation and symbols: end a word
	asciiSpace        // white space: ends a word, a run counts as one rune
	asciiWord         // letters and digits
	asciiComma        // ',': ends a word and counts as a comma
)

// asciiClass sorts the ASCII bytes for countText.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for _, c := range []byte(" \n\t\r\f\v") {
		t[c] = asciiSpace
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = asciiWord, asciiWord
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = asciiWord
	}
	t[','] = asciiComma
	return t
}()

// firstIdeograph is where the Thai block starts: no script below it is
// written without spaces, so the table look-ups can be skipped.
const firstIdeograph = 0x0E00

// isIdeograph reports scripts written without spaces, where each character
// counts as a word.
func isIdeograph(r rune) bool {
	if r < firstIdeograph {
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Thai, r)
}

// Stats returns n's counts; the zero Stats for nodes that are not indexed
// elements.
func (p *Page) Stats(n *html.Node) Stats {
	if i, ok := p.order[n]; ok {
		return p.stats[i]
	}
	return Stats{}
}

// MaxDepth returns the deepest element's depth from <html> = 1; 0 for a
// page without elements.
func (p *Page) MaxDepth() int {
	return int(p.maxDepth)
}

// Order returns n's position in document order, or -1.
func (p *Page) Order(n *html.Node) int {
	if i, ok := p.order[n]; ok {
		return int(i)
	}
	return -1
}

// First returns the first element with tag a, or nil.
func (p *Page) First(a atom.Atom) *html.Node {
	for _, n := range p.Elements {
		if n.DataAtom == a {
			return n
		}
	}
	return nil
}

// Resolve makes ref absolute against the page's base. It returns "" for
// references that are empty, unparsable or javascript:/data: URLs.
func (p *Page) Resolve(ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.HasPrefix(ref, "#") {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "javascript", "data", "vbscript", "about", "blob":
		return ""
	}
	if p.Base != nil {
		u = p.Base.ResolveReference(u)
	} else if u.Scheme == "" && strings.HasPrefix(ref, "//") {
		u.Scheme = "https"
	}
	return u.String()
}

// CountTags counts the start tags in data ("<" followed by a letter) with a
// fast byte scan, so that oversized pages are refused before parsing.
func CountTags(data []byte) int {
	n := 0
	for {
		i := bytes.IndexByte(data, '<')
		if i < 0 || i+1 >= len(data) {
			return n
		}
		c := data[i+1] | 0x20
		if c >= 'a' && c <= 'z' {
			n++
		}
		data = data[i+1:]
	}
}

// Within reports whether n is anc or sits below it.
func Within(n, anc *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == anc {
			return true
		}
	}
	return false
}

// scriptedLink reports an <a> without href that a script makes a link: it
// carries a click handler or data attributes the script reads ("jump to
// entry" lists on live pages). A bare <a name> anchor carries neither.
func scriptedLink(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && (a.Key == "onclick" || strings.HasPrefix(a.Key, "data-")) {
			return true
		}
	}
	return false
}
