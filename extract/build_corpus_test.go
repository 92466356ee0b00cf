package extract

import (
	"bytes"
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/evalcorpus"
	"github.com/newsextract/newsextract/internal/page"
)

// corpusPages parses every page of the shared corpora, or skips the test
// when they are not there.
func corpusPages(tb testing.TB) []*page.Page {
	tb.Helper()
	root := evalcorpus.Find("../" + evalcorpus.SharedDir)
	if root == "" {
		tb.Skip("no shared corpus")
	}
	names, err := evalcorpus.Names(root)
	if err != nil {
		tb.Fatal(err)
	}
	var pages []*page.Page
	for _, name := range names {
		cps, err := evalcorpus.LoadNamed(root, name)
		if err != nil {
			tb.Fatal(err)
		}
		for i := range cps {
			raw, err := cps[i].HTML()
			if err != nil {
				tb.Fatal(err)
			}
			text, _ := page.Decode(raw, "")
			doc, err := page.Parse(text)
			if err != nil {
				continue
			}
			var u *url.URL
			if pu := cps[i].PageURL(); pu != "" {
				u, _ = url.Parse(pu)
			}
			p, err := page.New(doc, u, page.Limits{})
			if err != nil {
				continue
			}
			pages = append(pages, p)
		}
	}
	return pages
}

// TestBuildCorpusInvariants builds the whole <body> of every corpus page
// and checks what every body must satisfy: Text and Spans agree, no white
// space at block edges or doubled, no empty blocks, absolute URLs.
func TestBuildCorpusInvariants(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus test")
	}
	for _, p := range corpusPages(t) {
		body := buildBody(p, p.First(atom.Body), nil, Options{})
		checkBlocks(t, p.URL, body)
	}
}

func checkBlocks(t *testing.T, u *url.URL, blocks []Block) {
	t.Helper()
	for i := range blocks {
		blk := &blocks[i]
		switch blk.Kind {
		case Paragraph, Heading, Item:
			if blk.Spans != nil && spansText(blk.Spans) != blk.Text {
				t.Errorf("%v: Text and Spans disagree: %q", u, blk.Text)
			}
			if blk.Text != strings.TrimSpace(blk.Text) || strings.Contains(blk.Text, "  ") ||
				strings.Contains(blk.Text, " \n") || strings.Contains(blk.Text, "\n ") {
				t.Errorf("%v: bad white space in %s %q", u, blk.Kind, blk.Text)
			}
			if blk.Text == "" && len(blk.Children) == 0 {
				t.Errorf("%v: empty %s", u, blk.Kind)
			}
			for _, s := range blk.Spans {
				if pu, err := url.Parse(s.URL); u != nil && s.URL != "" && (err != nil || pu.Scheme == "") {
					t.Errorf("%v: relative link %q", u, s.URL)
				}
			}
		case Figure:
			if blk.Image == nil || u != nil && !strings.Contains(blk.Image.URL, "://") {
				t.Errorf("%v: figure without absolute image: %+v", u, blk.Image)
			}
		case Table:
			if len(blk.Rows) == 0 {
				t.Errorf("%v: empty table", u)
			}
		}
		checkBlocks(t, u, blk.Children)
	}
}

// BenchmarkBuildBody builds the whole <body> of every corpus page; compare
// with BenchmarkParseCorpus, the parse of the same pages.
func BenchmarkBuildBody(b *testing.B) {
	pages := corpusPages(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			buildBody(p, p.First(atom.Body), nil, Options{})
		}
	}
}

// BenchmarkParseCorpus parses every corpus page: the yardstick.
func BenchmarkParseCorpus(b *testing.B) {
	pages := corpusPages(b)
	var srcs [][]byte
	for _, p := range pages {
		var buf bytes.Buffer
		if err := html.Render(&buf, p.Doc); err == nil {
			srcs = append(srcs, buf.Bytes())
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range srcs {
			if _, err := html.Parse(bytes.NewReader(s)); err != nil {
				b.Fatal(err)
			}
		}
	}
}
