package metadata

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// TestExtractTooDeep: a hand-built tree deeper than html.Parse builds is
// an error, not minutes of walking subtrees.
func TestExtractTooDeep(t *testing.T) {
	doc := deepTree(page.ParserDepth + 1)
	if _, err := Extract(doc, nil); !errors.Is(err, ErrTooDeep) {
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

// TestExtractNil: a nil document is an error, not a panic.
func TestExtractNil(t *testing.T) {
	if m, err := Extract(nil, nil); err == nil || m != nil {
		t.Fatalf("Extract(nil) = %v, %v; want an error", m, err)
	}
}

// TestMetadataJSON: the metadata encodes with the Article's field names,
// and the nodes it owns, which point into the caller's tree, stay out.
func TestMetadataJSON(t *testing.T) {
	doc, _ := html.Parse(strings.NewReader(`<html><head><title>A story</title></head><body><h1>A story</h1><p class="byline">By Jane Roe</p><p>` + strings.Repeat("Words of the story. ", 30) + `</p></body></html>`))
	m, err := Extract(doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Owned) == 0 {
		t.Fatal("nothing owned; the test needs a headline node")
	}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatalf("json.Marshal: %v", err)
	}
	if got, want := string(b), `{"title":"A story","byline":"Jane Roe","authors":["Jane Roe"]}`; got != want {
		t.Errorf("JSON\n got %s\nwant %s", got, want)
	}
}
