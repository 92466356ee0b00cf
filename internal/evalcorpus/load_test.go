package evalcorpus

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
)

// writePage writes <id>.json and a gzipped <id>.html.gz into dir.
func writePage(t *testing.T, dir, id, jsonText, html string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, id+".json"), []byte(jsonText), 0o644); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(html))
	zw.Close()
	if err := os.WriteFile(filepath.Join(dir, id+".html.gz"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoadNullVersusAbsent(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "mini")
	os.Mkdir(dir, 0o755)
	writePage(t, dir, "b", `{"id":"b","title":"Second","byline":null,"authors":null,
		"tags":["x","y"],"extra":{"harness_base_url":"http://fakehost/test/page.html"}}`, "<p>two</p>")
	writePage(t, dir, "a", `{"id":"a","url":"https://example.org/a","title":null,"body_text":"One"}`, "<p>one</p>")
	pages, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 2 || pages[0].ID != "a" || pages[1].ID != "b" {
		t.Fatalf("pages not loaded in id order: %+v", pages)
	}
	a, b := pages[0], pages[1]
	if !a.Title.Present || !a.Title.Null || a.Title.Annotated() {
		t.Errorf("a.title is null: %+v", a.Title)
	}
	if a.Byline.Present {
		t.Error("a.byline is absent, not annotated")
	}
	if !b.Byline.Null || !b.Authors.Null || !b.Tags.Annotated() || len(b.Tags.Value) != 2 {
		t.Errorf("b fields wrong: byline %+v authors %+v tags %+v", b.Byline, b.Authors, b.Tags)
	}
	if a.Corpus != "mini" || a.PageURL() != "https://example.org/a" || b.PageURL() != "http://fakehost/test/page.html" {
		t.Errorf("corpus %q, urls %q %q", a.Corpus, a.PageURL(), b.PageURL())
	}
	html, err := b.HTML()
	if err != nil || string(html) != "<p>two</p>" {
		t.Fatalf("HTML = %q, %v", html, err)
	}
	if _, err := Load(filepath.Join(dir, "absent")); err == nil {
		t.Error("a missing folder must be an error")
	}
	names, err := Names(filepath.Dir(dir))
	if err != nil || len(names) != 1 || names[0] != "mini" {
		t.Fatalf("Names = %v, %v", names, err)
	}
}

func TestForEachVisitsEveryPage(t *testing.T) {
	dir := t.TempDir()
	for _, id := range []string{"p1", "p2", "p3", "p4", "p5"} {
		writePage(t, dir, id, `{"id":"`+id+`"}`, "<p>"+id+"</p>")
	}
	pages, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var n, size atomic.Int64
	err = ForEach(pages, 3, func(i int, p *Page, html []byte) error {
		n.Add(1)
		size.Add(int64(len(html)))
		return nil
	})
	if err != nil || n.Load() != 5 || size.Load() != int64(5*len("<p>p1</p>")) {
		t.Fatalf("ForEach visited %d pages, %d bytes, err %v", n.Load(), size.Load(), err)
	}
	os.Remove(filepath.Join(dir, "p3.html.gz"))
	if err := ForEach(pages, 2, func(int, *Page, []byte) error { return nil }); err == nil {
		t.Fatal("a missing page file must be reported")
	}
}

func TestFind(t *testing.T) {
	dir := t.TempDir()
	if got := Find(filepath.Join(dir, "nope"), dir); got != dir {
		t.Fatalf("Find = %q, want %q", got, dir)
	}
	if got := Find(filepath.Join(dir, "nope")); got != "" {
		t.Fatalf("Find of a missing folder = %q", got)
	}
}
