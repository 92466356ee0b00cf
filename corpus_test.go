package newsextract_test

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsextract/newsextract"
	"github.com/newsextract/newsextract/internal/evalcorpus"
	"github.com/newsextract/newsextract/internal/evalcorpus/ours"
)

// aebMinF1 is the aeb shingle F1 below which TestCorpusAEB fails: above
// the best peer's 0.962 on this benchmark, a little under our 0.980.
const aebMinF1 = 0.975

// corpusPages loads one corpus of ../shared/corpus, skipping the test when
// the corpus is not there (a clone without the evaluation data).
func corpusPages(t testing.TB, name string) []evalcorpus.Page {
	t.Helper()
	dir := evalcorpus.Find(filepath.Join(evalcorpus.SharedDir, name))
	if dir == "" {
		t.Skipf("../shared/corpus not found: %s needs the evaluation corpus %q at %s (relative to the repository root)",
			t.Name(), name, filepath.Join(evalcorpus.SharedDir, name))
	}
	pages, err := evalcorpus.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) == 0 {
		t.Skipf("corpus %s is empty", dir)
	}
	return pages
}

// extractPages runs one Extractor over pages on all cores and returns the
// predictions the scorer takes (body text and the metadata fields), and how
// many pages failed with an error other than ErrNotArticle.
func extractPages(t testing.TB, ex *newsextract.Extractor, pages []evalcorpus.Page) ([]evalcorpus.Prediction, int) {
	t.Helper()
	preds := make([]evalcorpus.Prediction, len(pages))
	var failed atomic.Int32
	err := evalcorpus.ForEach(pages, 0, func(i int, p *evalcorpus.Page, html []byte) error {
		a, err := ex.Extract(context.Background(), bytes.NewReader(html), p.PageURL())
		if err != nil {
			if !errors.Is(err, newsextract.ErrNotArticle) {
				failed.Add(1)
				t.Logf("%s: %v", p.ID, err)
			}
			return nil
		}
		preds[i] = ours.Prediction(a)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return preds, int(failed.Load())
}

// TestCorpusAEB guards body quality on the Scrapinghub article extraction
// benchmark, scored exactly as its upstream evaluate.py does.
func TestCorpusAEB(t *testing.T) {
	pages := corpusPages(t, "aeb")
	start := time.Now()
	preds, failed := extractPages(t, &newsextract.Extractor{}, pages)
	r := evalcorpus.Score("aeb", pages, preds)
	b := r.Body
	t.Logf("aeb: %d pages in %v: shingle P %.4f R %.4f F1 %.4f, %d empty, %d errors",
		len(pages), time.Since(start).Round(time.Millisecond), b.P, b.R, b.F1, b.Empty, failed)
	if b.F1 < aebMinF1 {
		t.Errorf("aeb shingle F1 = %.4f (P %.4f, R %.4f, %d pages empty), want >= %.2f; "+
			"see the worst pages with: cd examples/evaluate && go run . -only aeb -peers ours -v",
			b.F1, b.P, b.R, b.Empty, aebMinF1)
	}
}
