package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/evalcorpus"
)

// storyParagraphs is the text of the pages below: original prose.
var storyParagraphs = []string{
	"The harbour authority in Lindenport voted on Thursday to replace the wooden ferry pier, which has stood since the town's founding fair and now leans noticeably toward the channel.",
	"Engineers told the board that the pilings had lost almost a third of their strength over the past decade, and that winter storms would only speed the decline unless work began before the autumn tides.",
	"Residents who use the crossing every morning said they welcomed the decision but worried about the months without service, since the detour by road adds nearly forty minutes to the trip into the city.",
	"The authority promised a temporary landing stage within weeks of the closure, and said the new pier would be wider, lit at night and built to take the larger boats ordered for next year.",
}

// pageHTML builds a small news page with navigation and footer clutter.
func pageHTML(title string, paras []string) string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>` + title + ` | Lindenport Gazette</title>`)
	b.WriteString(`<meta property="og:site_name" content="Lindenport Gazette"><meta name="description" content="The ferry pier will be rebuilt."></head><body>`)
	b.WriteString(`<header class="site-header"><nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>`)
	b.WriteString(`<main><article class="story"><h1>` + title + `</h1><p class="byline">By Mara Quell</p>`)
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString(`</article><aside class="related"><h3>Most read</h3><ul><li><a href="/a">Bakery wins regional prize</a></li><li><a href="/b">Rowing club elects new captain</a></li></ul></aside></main>`)
	b.WriteString(`<footer><p>© Lindenport Gazette. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>`)
	return b.String()
}

// writeMini writes a two-page corpus in the shared layout and returns its root.
func writeMini(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	dir := filepath.Join(root, "mini")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	pages := []struct {
		id, title string
		paras     []string
	}{
		{"pier", "Harbour board votes to rebuild ferry pier", storyParagraphs},
		{"pier-short", "Ferry pier to close for rebuilding", storyParagraphs[1:3]},
	}
	for _, p := range pages {
		meta := map[string]any{
			"id": p.id, "corpus": "mini", "url": "https://gazette.example/local/" + p.id,
			"html": p.id + ".html.gz", "title": p.title, "byline": "Mara Quell",
			"site_name": "Lindenport Gazette", "body_text": strings.Join(p.paras, "\n\n"),
			"tags": nil,
		}
		js, _ := json.Marshal(meta)
		if err := os.WriteFile(filepath.Join(dir, p.id+".json"), js, 0o644); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte(pageHTML(p.title, p.paras)))
		zw.Close()
		if err := os.WriteFile(filepath.Join(dir, p.id+".html.gz"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestRunReportsSaneNumbers(t *testing.T) {
	root := writeMini(t)
	var out bytes.Buffer
	res, err := run(&out, options{root: root, peers: allPeers, metadata: true, verbose: true})
	if err != nil {
		t.Fatal(err)
	}
	runs := res.runs["mini"]
	if len(runs) != len(allPeers) {
		t.Fatalf("got %d runs, want one per peer", len(runs))
	}
	for _, r := range runs {
		b := r.Report.Body
		if b.N != 2 || b.F1 < 0 || b.F1 > 1 || b.P > 1 || b.R > 1 {
			t.Errorf("%s: body score out of range: %+v", r.Name, b)
		}
		if r.Report.Fields[evalcorpus.FieldTags].Nulls != 2 {
			t.Errorf("%s: the null tags annotation was not counted", r.Name)
		}
	}
	// Every extractor should find most of so plain a story.
	for _, r := range runs {
		if r.Report.Body.R < 0.6 {
			t.Errorf("%s: body recall %.3f on a plain page", r.Name, r.Report.Body.R)
		}
	}
	ts := res.timings["mini"]
	if len(ts) != len(allPeers)+1 || ts[0].name != baselineName {
		t.Fatalf("timings = %d rows, first %q", len(ts), ts[0].name)
	}
	for _, tm := range ts {
		if len(tm.durs) != 2 || tm.total <= 0 || tm.alloc == 0 || tm.pagesPerSec() <= 0 {
			t.Errorf("%s: timing not recorded: %d pages, %v, %d bytes", tm.name, len(tm.durs), tm.total, tm.alloc)
		}
	}
	text := out.String()
	for _, want := range []string{"## mini (2 pages)", "| html.Parse |", "| ours |", "| readeck |", "| title | 2 | 0 |", "Speed, all corpora", "Worst body pages for ours"} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
}

func TestRunOptions(t *testing.T) {
	root := writeMini(t)
	res, err := run(&bytes.Buffer{}, options{root: root, only: []string{"mini"}, peers: []string{"ours"}, n: 1})
	if err != nil {
		t.Fatal(err)
	}
	if r := res.runs["mini"]; len(r) != 1 || r[0].Report.Pages != 1 {
		t.Fatalf("-n 1 -peers ours ran %+v", r)
	}
	if _, err := run(&bytes.Buffer{}, options{root: root, peers: []string{"nosuch"}}); err == nil {
		t.Fatal("an unknown peer must be an error")
	}
	if _, err := run(&bytes.Buffer{}, options{root: root, only: []string{"absent"}, peers: allPeers}); err == nil {
		t.Fatal("a missing corpus must be an error")
	}
	o, err := parseFlags([]string{"-corpus", root, "-only", "mini, other", "-peers", "ours,readeck", "-n", "3", "-metadata", "-v"})
	if err != nil || o.root != root || len(o.only) != 2 || len(o.peers) != 2 || o.n != 3 || !o.metadata || !o.verbose {
		t.Fatalf("parseFlags = %+v, %v", o, err)
	}
}

func TestPanickingPeerCountsAsEmpty(t *testing.T) {
	boom := extractor{name: "boom", run: func([]byte, string) evalcorpus.Prediction { panic("peer bug") }}
	preds, tm := measure(boom, []doc{{data: []byte("<p>x</p>")}})
	if tm.panics != 1 || preds[0].BodyText != "" {
		t.Fatalf("panic not contained: %+v %+v", tm, preds[0])
	}
}
