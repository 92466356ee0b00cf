package evalcorpus

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func annotated[T any](v T) Field[T] { return Field[T]{Present: true, Value: v} }
func null[T any]() Field[T]         { return Field[T]{Present: true, Null: true} }

func TestScoreFieldsAndBody(t *testing.T) {
	pages := []Page{{
		ID: "one", URL: "https://news.example/one",
		Title:         annotated("Council Votes on Budget"),
		Byline:        null[string](),
		Authors:       null[[]string](),
		DatePublished: annotated("2021-03-04T10:20:00Z"),
		DatePrecision: annotated("minute"),
		Lang:          annotated("en-GB"),
		LeadImageURL:  annotated("https://news.example/i.jpg"),
		Tags:          annotated([]string{"Politics", "Budget"}),
		BodyText:      annotated("The council voted on the budget today."),
	}, {
		ID:       "two",
		Title:    annotated("Second"),
		BodyText: annotated("Nothing was extracted from this page at all."),
	}}
	preds := []Prediction{{
		Title: "Council votes on budget", Byline: "Staff", Authors: nil,
		Published: time.Date(2021, 3, 4, 10, 20, 0, 0, time.UTC), PublishedHasClock: true,
		Lang: "en", LeadImageURL: "/i.jpg", Tags: []string{"politics"},
		BodyText: "The council voted on the budget today. Subscribe!",
	}, {}}
	r := Score("mini", pages, preds)
	title := r.Fields[FieldTitle]
	if title.N != 2 || title.Exact != 0 || !near(title.MeanF1(), 0.5) {
		t.Errorf("title = %+v: case differs, so not exact; F1 1 and 0", title)
	}
	if by := r.Fields[FieldByline]; by.Nulls != 1 || by.NullFP != 1 || by.N != 0 {
		t.Errorf("byline = %+v: a returned byline where none is asserted is a FP", by)
	}
	if au := r.Fields[FieldAuthors]; au.Nulls != 1 || au.NullFP != 0 {
		t.Errorf("authors = %+v", au)
	}
	if d := r.Fields[FieldDate]; d.N != 1 || d.Exact != 1 || d.Partial != 1 {
		t.Errorf("date = %+v", d)
	}
	if l := r.Fields[FieldLang]; l.Exact != 0 || l.Partial != 1 {
		t.Errorf("lang = %+v", l)
	}
	if im := r.Fields[FieldLeadImageURL]; im.Exact != 1 {
		t.Errorf("lead image = %+v", im)
	}
	if tg := r.Fields[FieldTags]; !near(tg.F1, 2.0/3) || tg.Exact != 0 {
		t.Errorf("tags = %+v", tg)
	}
	if r.Body.N != 2 || r.Body.Empty != 1 || r.Shingles {
		t.Errorf("body = %+v", r.Body)
	}
	// Page one: 7 truth tokens all found, 1 extra; page two: empty.
	if !near(r.Body.P, 7.0/8) || !near(r.Body.R, 0.5) {
		t.Errorf("body P/R = %v %v", r.Body.P, r.Body.R)
	}
	if w := r.Worst(1); len(w) != 1 || w[0].ID != "two" {
		t.Errorf("Worst = %+v", w)
	}
	if m := r.Misses[FieldTitle]; len(m) != 2 || m[0] != "one" || m[1] != "two" {
		t.Errorf("title misses = %q", m)
	}
	if m := r.Misses[FieldByline]; len(m) != 1 || m[0] != "one" {
		t.Errorf("byline misses = %q: the null FP is a miss", m)
	}
	if m := r.Misses[FieldDate]; len(m) != 0 {
		t.Errorf("date misses = %q", m)
	}
	if r.EmptyOutputs != 1 {
		t.Errorf("EmptyOutputs = %d", r.EmptyOutputs)
	}
}

func TestScoreAEBUsesShingles(t *testing.T) {
	pages := []Page{{ID: "x", BodyText: annotated("one two three four five")}}
	r := Score("aeb", pages, []Prediction{{BodyText: "One two three four five"}})
	// Shingles are case-sensitive: "One two three four" misses, the other hits.
	if !r.Shingles || !near(r.Body.P, 0.5) || !near(r.Body.R, 0.5) {
		t.Fatalf("aeb body = %+v", r.Body)
	}
	r = Score("other", pages, []Prediction{{BodyText: "One two three four five"}})
	if r.Shingles || r.Body.F1 != 1 {
		t.Fatalf("token body = %+v", r.Body)
	}
}

func TestScoreSnippetsAndFirstWords(t *testing.T) {
	pages := []Page{{
		ID:             "s",
		MustContain:    annotated([]string{"alpha beta"}),
		MustNotContain: annotated([]string{"gamma"}),
		BodyFirstWords: annotated("alpha beta"),
	}}
	r := Score("t", pages, []Prediction{{BodyText: "alpha beta gamma"}})
	if r.Snippets != (SnippetCounts{TP: 1, FP: 1}) || r.SnippetPages != 1 {
		t.Errorf("snippets = %+v", r.Snippets)
	}
	if r.FirstWordsN != 1 || r.FirstWordsOK != 1 {
		t.Errorf("first words = %d/%d", r.FirstWordsOK, r.FirstWordsN)
	}
}

func TestWriteMarkdown(t *testing.T) {
	pages := []Page{{ID: "a", Title: annotated("T"), BodyText: annotated("body text")}}
	r := Score("c", pages, []Prediction{{Title: "T", BodyText: "body text"}})
	var buf bytes.Buffer
	WriteMarkdown(&buf, []Run{
		{Name: "ours", Fields: map[string]bool{FieldTitle: true}, Report: r},
		{Name: "peer", Report: r},
	}, true)
	out := buf.String()
	for _, want := range []string{"| ours | 1.000 | 1.000 | **1.000** |", "| title | 1 | 0 | 1.00 / 1.00 | — |"} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
}
