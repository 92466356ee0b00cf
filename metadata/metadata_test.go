package metadata

import (
	"errors"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// TestExtractTooDeep: a hand-built tree deeper than html.Parse builds is
// an error, not minutes of walking subtrees.
func TestExtractTooDeep(t *testing.T) {
	doc := deepTree(page.ParserDepth + 1)
	if _, err := Extract(doc, nil); !errors.Is(err, page.ErrTooDeep) {
		t.Fatalf("Extract of %d levels: err = %v, want ErrTooDeep", page.ParserDepth+1, err)
	}
	if _, err := Extract(deepTree(page.ParserDepth-8), nil); err != nil {
		t.Fatalf("Extract within the parser's depth: %v", err)
	}
}

// deepTree nests depth byline <div>s, the innermost holding a byline.
func deepTree(depth int) *html.Node {
	doc := &html.Node{Type: html.DocumentNode}
	cur := doc
	for range depth {
		n := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div, Attr: []html.Attribute{{Key: "class", Val: "byline"}}}
		cur.AppendChild(n)
		cur = n
	}
	cur.AppendChild(&html.Node{Type: html.TextNode, Data: "By Jane Roe"})
	return doc
}
