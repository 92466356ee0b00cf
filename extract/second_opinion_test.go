package extract

import (
	"strings"
	"testing"
)

func TestTheirSkipper(t *testing.T) {
	p := indexHTML(t, `<html><body><div id="c">
		<h1>Harbour reopens</h1>
		<p>The harbour reopened on Monday after a week of repairs to the outer wall.</p>
		<h3>Related posts</h3>
		<p>Advertisement</p>
	</div></body></html>`)
	root := byID(p, "c")
	got := buildBody(p, root, theirSkipper(p, "Harbour reopens", true), Options{}).Text()
	if want := "The harbour reopened on Monday after a week of repairs to the outer wall."; got != want {
		t.Errorf("with phrases: %q, want %q", got, want)
	}
	if got := buildBody(p, root, theirSkipper(p, "Harbour reopens", false), Options{}).Text(); !strings.Contains(got, "Related posts") {
		t.Errorf("without phrases the labels stay: %q", got)
	}
}

func TestTheirSkipperForms(t *testing.T) {
	// readeck unwraps a form into a <div> that keeps its attributes, and
	// keeps ARIA roles: neither the form nor an alert is story.
	p := indexHTML(t, `<html><body><div id="c">
		<p>The ferry will leave ten minutes later from Monday, the operator said.</p>
		<div action="/join" method="post"><p>Get the day's headlines in your inbox every morning before seven.</p></div>
		<p role="alert">The password must be at least ten characters long.</p>
	</div></body></html>`)
	got := buildBody(p, byID(p, "c"), theirSkipper(p, "", true), Options{}).Text()
	if want := "The ferry will leave ten minutes later from Monday, the operator said."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// readeck's choice is read through its page wrapper; a box named for the
// author is no story to trade ours for.
func TestAuthorBoxChoice(t *testing.T) {
	tests := []struct {
		src  string
		want bool
	}{
		{`<div id="readability-page-1" class="page"><div id="author-description"><h2>About Jan Morrow</h2><p>Host of the show.</p></div></div>`, true},
		{`<div id="readability-page-1" class="page"><div class="writer_bio"><p>Host of the show.</p></div></div>`, true},
		{`<div id="readability-page-1" class="page"><div id="post-body"><p>The quay reopened.</p><p>Ferries resume on Monday.</p></div></div>`, false},
		{`<div id="readability-page-1" class="page"><div class="authority-report"><p>The port authority's report.</p></div></div>`, false},
		{`<div id="readability-page-1" class="page"><p>The quay reopened.</p><div class="author-bio"><p>Host of the show.</p></div></div>`, false},
	}
	for _, tt := range tests {
		p := indexHTML(t, "<html><body>"+tt.src+"</body></html>")
		if got := authorBox(soleElement(byID(p, "readability-page-1"))); got != tt.want {
			t.Errorf("authorBox(%s) = %v, want %v", tt.src, got, tt.want)
		}
	}
}

// readeck is not consulted on a page nested deeper than
// maxSecondOpinionDepth, where its time grows with depth times size.
func TestSecondOpinionDepth(t *testing.T) {
	story := strings.Repeat("<p>The harbour reopened on Monday after a week of repairs to the outer wall.</p>", 5)
	for _, tt := range []struct {
		depth int
		want  bool
	}{{10, true}, {maxSecondOpinionDepth, false}} {
		src := "<html><body>" + strings.Repeat("<div>", tt.depth) + story + strings.Repeat("</div>", tt.depth) + "</body></html>"
		a := newAnalysis(indexHTML(t, src), Options{}, Hints{})
		if _, ok := a.secondOpinion(nil); ok != tt.want {
			t.Errorf("depth %d: second opinion %v, want %v", tt.depth, ok, tt.want)
		}
	}
}

// TestSecondOpinionWork: a page whose text times depth passes the budget
// is not given to readeck, however shallow.
func TestSecondOpinionWork(t *testing.T) {
	para := "<p>" + strings.Repeat("The harbour reopened on Monday after a week of repairs. ", 20) + "</p>"
	const depth = 20
	for _, tt := range []struct {
		paras int
		want  bool
	}{{5, true}, {maxSecondOpinionWork / depth / len(para), false}} {
		src := "<html><body>" + strings.Repeat("<div>", depth) + strings.Repeat(para, tt.paras) + strings.Repeat("</div>", depth) + "</body></html>"
		a := newAnalysis(indexHTML(t, src), Options{}, Hints{})
		if _, ok := a.secondOpinion(nil); ok != tt.want {
			t.Errorf("%d paragraphs: second opinion %v, want %v", tt.paras, ok, tt.want)
		}
	}
}
