package ours

import (
	"testing"
	"time"

	"github.com/newsextract/newsextract"
)

func TestPrediction(t *testing.T) {
	if p := Prediction(nil); p.BodyText != "" || p.Title != "" {
		t.Fatal("a nil Article is empty output")
	}
	a := &newsextract.Article{
		Title: "Headline", Subtitle: "Dek", Published: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC), PublishedDayOnly: true,
		LeadImage:   &newsextract.Image{URL: "https://x.example/i.jpg", Caption: "Cap", Credit: "Cred"},
		Breadcrumbs: []newsextract.Breadcrumb{{Text: "World"}, {Text: "Europe"}},
		Body:        newsextract.Body{{Kind: newsextract.Paragraph, Text: "One."}, {Kind: newsextract.Paragraph, Text: "Two."}},
	}
	p := Prediction(a)
	if p.Title != "Headline" || p.Dek != "Dek" || p.PublishedHasClock || p.LeadImageCredit != "Cred" {
		t.Errorf("fields not mapped: %+v", p)
	}
	a.PublishedDayOnly = false
	if p := Prediction(a); !p.PublishedHasClock {
		t.Error("a published time stated as midnight is a time of day, not a day")
	}
	if len(p.Categories) != 2 || p.Categories[1] != "Europe" {
		t.Errorf("categories = %q, want the breadcrumbs", p.Categories)
	}
	if p.BodyText != "One.\n\nTwo." {
		t.Errorf("body = %q", p.BodyText)
	}
}
