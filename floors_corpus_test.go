package newsextract_test

import (
	"fmt"
	"testing"

	"github.com/newsextract/newsextract"
	"github.com/newsextract/newsextract/internal/evalcorpus"
)

// A floor is one level the library keeps on one corpus: the metadata bars
// of issue 4 that we meet, and the body levels we have reached, each a
// little under today's figure so that machine noise cannot fail it but a
// real regression does. aeb has its own test (TestCorpusAEB), which also
// runs under -race.
type floor struct {
	what string
	min  float64
	get  func(r *evalcorpus.Report) float64
}

func exact(field string) func(*evalcorpus.Report) float64 {
	return func(r *evalcorpus.Report) float64 { return r.Fields[field].ExactRate() }
}

func meanF1(field string) func(*evalcorpus.Report) float64 {
	return func(r *evalcorpus.Report) float64 { return r.Fields[field].MeanF1() }
}

func sameDay(field string) func(*evalcorpus.Report) float64 {
	return func(r *evalcorpus.Report) float64 { return r.Fields[field].PartialRate() }
}

func bodyF1(r *evalcorpus.Report) float64 { return r.Body.F1 }

func snippetF1(r *evalcorpus.Report) float64 {
	_, _, f := r.Snippets.PRF()
	return f
}

func firstWords(r *evalcorpus.Report) float64 {
	if r.FirstWordsN == 0 {
		return 0
	}
	return float64(r.FirstWordsOK) / float64(r.FirstWordsN)
}

// corpusFloors are the levels per corpus.
var corpusFloors = map[string][]floor{
	"fundus": {
		{"body F1", 0.955, bodyF1},
		{"authors", 0.85, exact(evalcorpus.FieldAuthors)},
		{"published", 0.92, exact(evalcorpus.FieldDate)},
		{"dek F1", 0.70, meanF1(evalcorpus.FieldDek)},
		{"lead image", 0.80, exact(evalcorpus.FieldLeadImageURL)},
		{"caption F1", 0.75, meanF1(evalcorpus.FieldLeadImageCaption)},
		{"credit F1", 0.50, meanF1(evalcorpus.FieldLeadImageCredit)},
		{"tags F1", 0.60, meanF1(evalcorpus.FieldTags)},
	},
	"postlight": {
		{"first words", 0.70, firstWords},
		{"title", 0.85, exact(evalcorpus.FieldTitle)},
		{"byline", 0.70, exact(evalcorpus.FieldByline)},
		{"published (same day)", 0.85, sameDay(evalcorpus.FieldDate)},
		{"lead image", 0.50, exact(evalcorpus.FieldLeadImageURL)},
	},
	"readability": {
		{"body F1", 0.975, bodyF1},
		{"site name", 0.90, exact(evalcorpus.FieldSiteName)},
		{"published", 0.90, exact(evalcorpus.FieldDate)},
		{"language", 0.95, exact(evalcorpus.FieldLang)},
	},
	"trafilatura": {
		{"chunk F1", 0.93, snippetF1},
		{"title", 0.70, exact(evalcorpus.FieldTitle)},
		{"byline", 0.65, exact(evalcorpus.FieldByline)},
		{"published", 0.90, exact(evalcorpus.FieldDate)},
		{"tags", 0.45, exact(evalcorpus.FieldTags)},
	},
}

// TestCorpusFloors scores every corpus with a floor and fails on a field
// that fell under it. Like TestCorpusMirrors it skips under -race.
func TestCorpusFloors(t *testing.T) {
	if raceEnabled { // race_test.go
		t.Skip("skipped under -race (minutes over four corpora); run go test -run TestCorpusFloors . without -race")
	}
	for name, floors := range corpusFloors {
		t.Run(name, func(t *testing.T) {
			pages := corpusPages(t, name)
			preds, failed := extractPages(t, &newsextract.Extractor{}, pages)
			r := evalcorpus.Score(name, pages, preds)
			if failed > 0 {
				t.Errorf("%d pages failed with an error other than ErrNotArticle", failed)
			}
			for _, f := range floors {
				got := f.get(&r)
				t.Logf("%s %s: %.4f (floor %.3f)", name, f.what, got, f.min)
				if got < f.min {
					t.Errorf("%s %s = %.4f, under its floor %.3f; see the pages with: %s", name, f.what, got, f.min, evaluateCommand(name))
				}
			}
		})
	}
}

// evaluateCommand is the command that lists a corpus's misses.
func evaluateCommand(name string) string {
	return fmt.Sprintf("cd examples/evaluate && go run . -only %s -peers ours -metadata -v", name)
}
