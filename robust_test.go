package newsextract_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"math/rand"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract"
)

// Bounds every hostile input must stay within.
const (
	hostileTimeLimit = 5 * time.Second // far above a real page's few milliseconds
	hostileAllocX    = 128             // bytes per input byte: the parser copies every attribute, the second opinion the tree
	hostileAllocBase = 64 << 20        // plus a fixed allowance for tables and buffers
	hostileAllocTag  = 1 << 10         // plus per tag: the parser multiplies unclosed formatting tags
)

func hostileInputs() map[string][]byte {
	garbage := make([]byte, 1<<20)
	rand.New(rand.NewSource(1)).Read(garbage)
	tenMB := bytes.Repeat([]byte("plain words without any markup at all, "), 10<<20/39)
	return map[string][]byte{
		"empty":            nil,
		"whitespace":       []byte(" \n\t "),
		"binary garbage":   garbage,
		"10MB of text":     tenMB,
		"100k nested divs": []byte(strings.Repeat("<div>", 100_000) + "text" + strings.Repeat("</div>", 100_000)),
		"unclosed soup":    []byte(strings.Repeat("<b><i><u><font><a href=x><p>word ", 20_000)),
		"unclosed tables":  []byte(strings.Repeat("<table><tr><td>cell ", 20_000)),
		"attribute storm":  []byte("<p " + strings.Repeat(`a="b" `, 200_000) + ">x</p>"),
		"comment bomb":     []byte(strings.Repeat("<!--", 100_000) + "<p>text</p>"),
		"huge json-ld":     []byte(`<script type="application/ld+json">` + strings.Repeat(`{"@graph":[`, 50_000) + `</script><p>text</p>`),
		"deep lists":       []byte(strings.Repeat("<ul><li>", 300) + "item"),
		"br flood":         []byte("<article><p>" + strings.Repeat("word<br>", 200_000) + "</p></article>"),
		// Titles split at every separator and matched against every heading.
		"title of separators": []byte("<title>" + strings.Repeat("Ab | ", 20_000) + "</title>" + strings.Repeat("<h2>Ab</h2><p>text</p>", 100)),
		"title of dashes":     []byte("<title>" + strings.Repeat("Word - ", 100_000) + "</title><p>text</p>"),
		"a headline per h1":   []byte("<title>" + strings.Repeat("A long headline about the harbour | ", 10) + "</title>" + strings.Repeat("<h1>A long headline about the harbour</h1><p>Some text of the story.</p>", 20_000)),
		"long class list":     namedDiv("class", "c", 20_000),
		"long id":             namedDiv("id", "id", 20_000),
		"repeated class":      []byte(`<article><div class="` + strings.Repeat("a ", 50_000) + `"><p>text</p></div></article>`),
		"deep chains":         []byte(strings.Repeat(strings.Repeat("<div><p>Some words here.</p>", 500)+strings.Repeat("</div>", 500), 160)),
	}
}

// namedDiv is a story whose one <div> carries n distinct names in attr.
func namedDiv(attr, prefix string, n int) []byte {
	var b strings.Builder
	b.WriteString("<article><p>" + strings.Repeat("A sentence of the story. ", 40) + "</p><div " + attr + `="`)
	for i := range n {
		fmt.Fprintf(&b, "%s%d ", prefix, i)
	}
	b.WriteString(`"><p>text</p></div></article>`)
	return []byte(b.String())
}

// TestHostileInput checks that hostile pages end in an error or an Article,
// quickly and within bounded memory, and never panic.
func TestHostileInput(t *testing.T) {
	for name, input := range hostileInputs() {
		t.Run(name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			start := time.Now()
			a, err := newsextract.Extract(context.Background(), bytes.NewReader(input), "https://example.test/a")
			elapsed := time.Since(start)
			runtime.ReadMemStats(&after)
			if a == nil && err == nil {
				t.Fatal("nil Article and nil error")
			}
			if elapsed > hostileTimeLimit && !raceEnabled {
				t.Errorf("took %v, want under %v", elapsed, hostileTimeLimit)
			}
			alloc := after.TotalAlloc - before.TotalAlloc
			limit := uint64(hostileAllocX*len(input) + hostileAllocBase + hostileAllocTag*bytes.Count(input, []byte("<")))
			if alloc > limit && !raceEnabled {
				t.Errorf("allocated %d bytes for %d input bytes, want at most %d", alloc, len(input), limit)
			}
			t.Logf("%v, %d MB allocated, err=%v", elapsed, alloc>>20, err)
		})
	}
}

func TestSizeLimit(t *testing.T) {
	ex := newsextract.Extractor{MaxBytes: 1000}
	_, err := ex.Extract(context.Background(), strings.NewReader(strings.Repeat("<p>x</p>", 200)), "")
	if !errors.Is(err, newsextract.ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	ex = newsextract.Extractor{MaxNodes: 50}
	_, err = ex.Extract(context.Background(), strings.NewReader(strings.Repeat("<p>x</p>", 200)), "")
	if !errors.Is(err, newsextract.ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge for the node limit", err)
	}
	// The limit counts elements, not the text nodes between them: 200
	// paragraphs of text and bold words are 400 tags and 600 text nodes.
	ex = newsextract.Extractor{MaxNodes: 450}
	_, err = ex.Extract(context.Background(), strings.NewReader(strings.Repeat("<p>word <b>x</b> more</p>\n", 200)), "")
	if errors.Is(err, newsextract.ErrTooLarge) {
		t.Fatalf("err = %v for 400 tags under a limit of 450", err)
	}
}

func TestDepthLimit(t *testing.T) {
	_, err := newsextract.Extract(context.Background(), strings.NewReader(strings.Repeat("<div>", 10_000)), "")
	if !errors.Is(err, newsextract.ErrTooDeep) {
		t.Fatalf("err = %v, want ErrTooDeep", err)
	}
	ex := newsextract.Extractor{MaxDepth: 20}
	_, err = ex.Extract(context.Background(), strings.NewReader(strings.Repeat("<div>", 100)+"<p>text</p>"), "")
	if !errors.Is(err, newsextract.ErrTooDeep) {
		t.Fatalf("err = %v, want ErrTooDeep for MaxDepth 20", err)
	}
}

func TestEmptyIsNotArticle(t *testing.T) {
	for _, in := range []string{"", "<html><body></body></html>", "<nav><a href=/>Home</a></nav>"} {
		_, err := newsextract.Extract(context.Background(), strings.NewReader(in), "")
		if !errors.Is(err, newsextract.ErrNotArticle) {
			t.Errorf("Extract(%q) err = %v, want ErrNotArticle", in, err)
		}
	}
}

func TestBadURL(t *testing.T) {
	for _, u := range []string{"not a url", "ftp://example.test/x", "/relative/path", "javascript:alert(1)"} {
		_, err := newsextract.Extract(context.Background(), strings.NewReader("<p>x</p>"), u)
		if !errors.Is(err, newsextract.ErrBadURL) {
			t.Errorf("Extract with URL %q: err = %v, want ErrBadURL", u, err)
		}
	}
}

func TestCanceledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := newsextract.Extract(ctx, strings.NewReader("<article><p>Some text.</p></article>"), "")
	if !errors.Is(err, context.Canceled) || !strings.HasPrefix(err.Error(), "newsextract: ") {
		t.Fatalf("err = %v, want context.Canceled behind the package's prefix", err)
	}
}

// stallingReader gives its data, then cancels the call and blocks no
// further: a body that keeps trickling in after the caller gave up.
type stallingReader struct {
	data   []byte
	cancel context.CancelFunc
}

func (r *stallingReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		r.cancel()
		return copy(p, "<p>more"), nil
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

// A call cancelled while the body is still being read stops reading.
func TestCanceledWhileReading(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	_, err := newsextract.Extract(ctx, &stallingReader{data: []byte("<article><p>Some text."), cancel: cancel}, "")
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

// errReader fails after its data.
type errReader struct{ data []byte }

func (r *errReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, errors.New("connection reset")
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestReadError(t *testing.T) {
	_, err := newsextract.Extract(context.Background(), &errReader{data: []byte("<p>x")}, "")
	if err == nil || !strings.Contains(err.Error(), "connection reset") || !strings.HasPrefix(err.Error(), "newsextract:") {
		t.Fatalf("err = %v, want a newsextract: error wrapping the read error", err)
	}
}

// Bytes that are no text (compressed pages, PDFs, images) are refused with
// ErrNotArticle and their type, not decoded into mojibake.
func TestBinaryInputRefused(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<html><body><article><p>" + strings.Repeat("A sentence of the story. ", 40) + "</p></article></body></html>"))
	zw.Close()
	for name, input := range map[string][]byte{
		"gzip": gz.Bytes(),
		"pdf":  []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
		"png":  []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"),
	} {
		_, err := newsextract.Extract(context.Background(), bytes.NewReader(input), "https://example.test/a")
		if !errors.Is(err, newsextract.ErrNotArticle) || !strings.Contains(err.Error(), "not HTML") {
			t.Errorf("%s: err = %v, want ErrNotArticle saying the input is not HTML", name, err)
		}
	}
}

// Text without a single tag, and a body its Content-Type calls something
// else than a page, are refused with no Article.
func TestNonHTMLRefused(t *testing.T) {
	story := "<article><p>" + strings.Repeat("A sentence of the story. ", 40) + "</p></article>"
	for name, c := range map[string]struct{ body, contentType string }{
		"plain text": {strings.Repeat("A sentence of the story. ", 40), ""},
		"JSON":       {`{"headline": "A story", "text": "` + strings.Repeat("A sentence. ", 40) + `"}`, ""},
		"JSON typed": {story, "application/json; charset=utf-8"},
		"image":      {story, "image/webp"},
	} {
		a, err := (&newsextract.Extractor{}).ExtractWithContentType(context.Background(), strings.NewReader(c.body), "https://example.test/a", c.contentType)
		if !errors.Is(err, newsextract.ErrNotArticle) || a != nil {
			t.Errorf("%s: Article %v, err = %v, want nil and ErrNotArticle", name, a != nil, err)
		}
	}
	for _, ct := range []string{"", "text/html", "application/xhtml+xml", "text/plain", "application/octet-stream", "nonsense;;"} {
		if _, err := (&newsextract.Extractor{}).ExtractWithContentType(context.Background(), strings.NewReader(story), "", ct); err != nil {
			t.Errorf("Content-Type %q: err = %v, want the story", ct, err)
		}
	}
}

// A page the sniffing rules call binary for one stray control byte, as
// they do when it opens with a tag they do not list, is still a page.
func TestStrayControlByte(t *testing.T) {
	page := "<meta charset=utf-8>\x0b<title>A story</title><article><p>" + strings.Repeat("A sentence of the story. ", 40) + "</p></article>"
	a, err := newsextract.Extract(context.Background(), strings.NewReader(page), "")
	if err != nil || a.Title != "A story" {
		t.Fatalf("err = %v, want the story", err)
	}
}
