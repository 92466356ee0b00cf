package newsextract_test

import (
	"bytes"
	"context"
	"sync"
	"testing"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract"
	"github.com/newsextract/newsextract/internal/evalcorpus"
)

// benchDoc is one corpus page held in memory for the benchmarks.
type benchDoc struct {
	data    []byte
	pageURL string
}

var (
	benchOnce sync.Once
	benchDocs []benchDoc
	benchErr  error
)

// loadBenchDocs reads every page of every corpus once per process, in an
// order that takes one page from each corpus in turn, so that a benchmark
// which stops after a few hundred pages still sees every kind of page.
// Both benchmarks walk the same order, so their ns/op compare.
func loadBenchDocs(b *testing.B) []benchDoc {
	b.Helper()
	root := evalcorpus.Find()
	if root == "" {
		b.Skipf("../shared/corpus not found: %s needs the evaluation corpora at %s (relative to the repository root)", b.Name(), evalcorpus.SharedDir)
	}
	benchOnce.Do(func() {
		names, err := evalcorpus.Names(root)
		if err != nil {
			benchErr = err
			return
		}
		var lists [][]benchDoc
		for _, name := range names {
			pages, err := evalcorpus.LoadNamed(root, name)
			if err != nil {
				benchErr = err
				return
			}
			docs := make([]benchDoc, len(pages))
			for i := range pages {
				data, err := pages[i].HTML()
				if err != nil {
					benchErr = err
					return
				}
				docs[i] = benchDoc{data: data, pageURL: pages[i].PageURL()}
			}
			lists = append(lists, docs)
		}
		benchDocs = interleave(lists)
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	if len(benchDocs) == 0 {
		b.Skipf("no pages under %s", root)
	}
	return benchDocs
}

// interleave takes one element of each list in turn until all are used.
func interleave(lists [][]benchDoc) []benchDoc {
	var out []benchDoc
	for i := 0; ; i++ {
		added := false
		for _, l := range lists {
			if i < len(l) {
				out = append(out, l[i])
				added = true
			}
		}
		if !added {
			return out
		}
	}
}

// BenchmarkExtract is the whole pipeline from bytes, one page per op.
func BenchmarkExtract(b *testing.B) {
	docs := loadBenchDocs(b)
	var ex newsextract.Extractor
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		d := docs[i%len(docs)]
		i++
		ex.Extract(ctx, bytes.NewReader(d.data), d.pageURL)
	}
}

// BenchmarkParseOnly is html.Parse of the same pages in the same order: the
// floor under BenchmarkExtract.
func BenchmarkParseOnly(b *testing.B) {
	docs := loadBenchDocs(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		d := docs[i%len(docs)]
		i++
		html.Parse(bytes.NewReader(d.data))
	}
}
