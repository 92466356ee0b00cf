package newsextract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsextract/newsextract"
	"github.com/newsextract/newsextract/internal/golden"
)

// goldenCase is one folder under testdata: input.html, and optionally url
// (the page URL, one line) and content-type (an HTTP Content-Type header).
type goldenCase struct {
	name, dir, url, contentType string
}

func goldenCases(t testing.TB) []goldenCase {
	dirs, err := filepath.Glob(filepath.Join("testdata", "*", "input.html"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []goldenCase
	for _, in := range dirs {
		dir := filepath.Dir(in)
		c := goldenCase{name: filepath.Base(dir), dir: dir}
		c.url = readOptional(t, filepath.Join(dir, "url"))
		c.contentType = readOptional(t, filepath.Join(dir, "content-type"))
		cases = append(cases, c)
	}
	if len(cases) == 0 {
		t.Fatal("no golden cases under testdata/")
	}
	return cases
}

func readOptional(t testing.TB, path string) string {
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return ""
	}
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(data))
}

// goldenError is want.json for a page that yields an error, with the
// Article that comes with ErrNotArticle.
type goldenError struct {
	Error   string               `json:"error"`
	Article *newsextract.Article `json:"article,omitempty"`
}

// TestGolden extracts every testdata case with one shared Extractor, in
// parallel, and compares the whole Article (want.json) and its body as
// Markdown (want.md).
func TestGolden(t *testing.T) {
	var ex newsextract.Extractor // shared: proves one Extractor serves concurrent calls
	for _, c := range goldenCases(t) {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			input, err := os.ReadFile(filepath.Join(c.dir, "input.html"))
			if err != nil {
				t.Fatal(err)
			}
			rerun := "go test -run 'TestGolden/" + c.name + "$' ."
			a, err := ex.ExtractWithContentType(context.Background(), bytes.NewReader(input), c.url, c.contentType)
			var got any = a
			if err != nil {
				got = goldenError{Error: err.Error(), Article: a}
			}
			js, jerr := json.MarshalIndent(got, "", "  ")
			if jerr != nil {
				t.Fatal(jerr)
			}
			golden.Check(t, filepath.Join(c.dir, "want.json"), append(js, '\n'), rerun)
			if err == nil {
				golden.Check(t, filepath.Join(c.dir, "want.md"), []byte(a.Markdown()), rerun)
			}
		})
	}
}
