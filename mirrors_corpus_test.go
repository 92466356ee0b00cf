// The corpus run takes about 4 minutes under the race detector on a
// loaded two-core machine (25 s without), far over CI's budget, and races
// are covered by the golden tests, so it runs only without -race.

//go:build !race

package newsextract_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract"
	"github.com/newsextract/newsextract/internal/corpus"
)

// maxMirrorPageShare is the share of real pages that may report mirrors.
// Almost no page of the evaluation corpora announces one, so more than this
// means the notice rule fires on story prose or page furniture.
const maxMirrorPageShare = 0.01

// TestCorpusMirrors runs Extract over every page of every corpus under
// ../shared/corpus and logs the pages that report mirrors, for review.
func TestCorpusMirrors(t *testing.T) {
	root := corpus.Find()
	if root == "" {
		t.Skipf("../shared/corpus not found: %s needs the evaluation corpora at %s (relative to the repository root)", t.Name(), corpus.SharedDir)
	}
	names, err := corpus.Names(root)
	if err != nil {
		t.Fatal(err)
	}
	var pages []corpus.Page
	for _, name := range names {
		ps, err := corpus.LoadNamed(root, name)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, ps...)
	}
	if len(pages) == 0 {
		t.Skipf("no pages under %s", root)
	}
	start := time.Now()
	found := make([][]newsextract.Mirror, len(pages))
	err = corpus.ForEach(pages, 0, func(i int, p *corpus.Page, html []byte) error {
		a, err := newsextract.Extract(context.Background(), bytes.NewReader(html), p.PageURL())
		if err == nil {
			found[i] = a.Mirrors
		}
		return nil // errors are other tests' concern; this one counts mirrors
	})
	if err != nil {
		t.Fatal(err)
	}
	reporting := 0
	for i, ms := range found {
		if len(ms) == 0 {
			continue
		}
		reporting++
		urls := make([]string, len(ms))
		for j, m := range ms {
			urls[j] = m.URL
		}
		t.Logf("%s/%s: %s (from %q)", pages[i].Corpus, pages[i].ID, strings.Join(urls, " "), ms[0].Text)
	}
	t.Logf("%d of %d pages report mirrors (%d corpora, %v)", reporting, len(pages), len(names), time.Since(start).Round(time.Millisecond))
	if float64(reporting) > maxMirrorPageShare*float64(len(pages)) {
		t.Errorf("%d of %d pages report mirrors, more than %.0f%%: the notice rule fires on prose", reporting, len(pages), 100*maxMirrorPageShare)
	}
}
