package newsextract_test

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/newsextract/newsextract"
)

// httpPage is a short Russian story; served as ISO 8859-5, which no sniffing guesses, with the
// charset only in the header, it decodes only if the header is read.
const httpPage = `<html><head><title>Паром снова ходит</title></head><body><article>
<h1>Паром снова ходит</h1>
<p>После шести недель ремонта паром между двумя берегами снова перевозит пассажиров и машины.</p>
<p>Первый рейс ушёл в семь утра, на борту было около сорока человек и несколько грузовиков.</p>
<p>Перевозчик обещает вернуть летнее расписание к началу декабря, если позволит погода.</p>
</article></body></html>`

func httpResponse(t *testing.T, header http.Header) *http.Response {
	t.Helper()
	body, err := charmap.ISO8859_5.NewEncoder().Bytes([]byte(httpPage))
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse("https://news.example.test/ferry")
	return &http.Response{
		StatusCode: http.StatusOK,
		Header:     header,
		Body:       io.NopCloser(bytes.NewReader(body)),
		Request:    &http.Request{URL: u},
	}
}

func TestExtractHTTP(t *testing.T) {
	resp := httpResponse(t, http.Header{
		"Content-Type":   {"text/html; charset=iso-8859-5"},
		"Onion-Location": {"http://examplenewsabcdefghijklmnopqrstuvwxyz234567abcdefghijklm.onion/ferry"},
	})
	var ex newsextract.Extractor
	a, err := ex.ExtractHTTP(context.Background(), resp)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Паром снова ходит" {
		t.Errorf("Title = %q: the header's charset was not used", a.Title)
	}
	if a.URL != "https://news.example.test/ferry" {
		t.Errorf("URL = %q, want the request's URL", a.URL)
	}
	if len(a.Mirrors) != 1 || !strings.HasSuffix(a.Mirrors[0].URL, ".onion/ferry") || a.Mirrors[0].Text != "Onion-Location" {
		t.Errorf("Mirrors = %+v, want the Onion-Location header's address", a.Mirrors)
	}
}

func TestExtractHTTPIgnoresBadOnionLocation(t *testing.T) {
	for _, h := range []string{"https://not-an-onion.example.test/", "javascript:alert(1)", "::"} {
		resp := httpResponse(t, http.Header{"Content-Type": {"text/html; charset=iso-8859-5"}, "Onion-Location": {h}})
		a, err := newsextract.Extract(context.Background(), resp.Body, "https://news.example.test/ferry")
		if err != nil {
			t.Fatal(err)
		}
		var ex newsextract.Extractor
		resp = httpResponse(t, http.Header{"Content-Type": {"text/html; charset=iso-8859-5"}, "Onion-Location": {h}})
		b, err := ex.ExtractHTTP(context.Background(), resp)
		if err != nil {
			t.Fatal(err)
		}
		if len(b.Mirrors) != len(a.Mirrors) {
			t.Errorf("Onion-Location %q added a mirror: %+v", h, b.Mirrors)
		}
	}
}

func TestExtractHTTPNil(t *testing.T) {
	var ex newsextract.Extractor
	if _, err := ex.ExtractHTTP(context.Background(), nil); err == nil {
		t.Error("ExtractHTTP(nil) returned no error")
	}
}
