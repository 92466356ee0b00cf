package newsextract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract"
)

// FuzzExtract feeds arbitrary bytes through the whole pipeline. It checks
// that Extract returns an Article or an error, never both or neither; that
// every rendering works and the HTML one stays sanitised; and that
// ExtractNode leaves the caller's tree exactly as it was.
func FuzzExtract(f *testing.F) {
	inputs, _ := filepath.Glob(filepath.Join("testdata", "*", "input.html"))
	for _, in := range inputs {
		data, err := os.ReadFile(in)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{"", "<", "<p>", "<article><p>a<br><br>b</p></article>", "\xef\xbb\xbf<p>x", "\xff\xfe<\x00p\x00>\x00"} {
		f.Add([]byte(s))
	}
	var ex newsextract.Extractor
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ex.Extract(context.Background(), bytes.NewReader(data), "https://news.example.test/story")
		// An Article comes with no error, or with ErrNotArticle and an
		// empty body; never neither.
		notArticle := errors.Is(err, newsextract.ErrNotArticle)
		if a == nil && err == nil || a != nil && err != nil && !notArticle {
			t.Fatalf("Extract returned article %v and error %v", a != nil, err)
		}
		if err != nil {
			if !strings.HasPrefix(err.Error(), "newsextract:") {
				t.Fatalf("error without the newsextract: prefix: %v", err)
			}
			if a != nil && len(a.Body) > 0 {
				t.Fatalf("ErrNotArticle with a body of %d blocks", len(a.Body))
			}
			return
		}
		checkRenderings(t, a)
		checkNotMutated(t, &ex, data)
	})
}

func checkRenderings(t *testing.T, a *newsextract.Article) {
	t.Helper()
	_ = a.Text()
	_ = a.Markdown()
	out := strings.ToLower(a.HTML())
	for _, bad := range []string{"<script", "<style", "javascript:", "<iframe"} {
		if strings.Contains(out, bad) {
			t.Fatalf("HTML rendering contains %q:\n%s", bad, out)
		}
	}
	if hasEventAttr(out) {
		t.Fatalf("HTML rendering has an event handler attribute:\n%s", out)
	}
	if _, err := json.Marshal(a); err != nil {
		t.Fatalf("json.Marshal: %v", err)
	}
}

// hasEventAttr reports an on*= attribute inside a tag of the rendering.
func hasEventAttr(out string) bool {
	z := html.NewTokenizer(strings.NewReader(out))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.StartTagToken, html.SelfClosingTagToken:
			for _, attr := range z.Token().Attr {
				if strings.HasPrefix(attr.Key, "on") {
					return true
				}
			}
		}
	}
}

func checkNotMutated(t *testing.T, ex *newsextract.Extractor, data []byte) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return
	}
	var before, after bytes.Buffer
	if err := html.Render(&before, doc); err != nil {
		return
	}
	_, _ = ex.ExtractNode(context.Background(), doc, "https://news.example.test/story")
	if err := html.Render(&after, doc); err != nil {
		t.Fatalf("rendering the tree after ExtractNode: %v", err)
	}
	if !bytes.Equal(before.Bytes(), after.Bytes()) {
		t.Fatal("ExtractNode changed the caller's tree")
	}
}
