// Package ours maps newsextract's Article to the corpus scorer's
// Prediction, so that the root tests and the evaluate tool score the same
// fields the same way. It lives apart from package corpus because corpus
// must not import the library (the library's own packages test with it).
package ours

import (
	"github.com/newsextract/newsextract"
	"github.com/newsextract/newsextract/internal/evalcorpus"
)

// Prediction is the scorer's view of a: body text and every metadata field.
// A nil Article (an error, ErrNotArticle included) is empty output.
func Prediction(a *newsextract.Article) evalcorpus.Prediction {
	if a == nil {
		return evalcorpus.Prediction{}
	}
	p := evalcorpus.Prediction{
		Title: a.Title, Byline: a.Byline, Authors: a.Authors,
		Published: a.Published, PublishedHasClock: !a.Published.IsZero() && !a.PublishedDayOnly,
		Dek: a.Subtitle, Description: a.Description, SiteName: a.SiteName, Lang: a.Language,
		Tags: a.Tags, BodyText: a.Body.Text(),
	}
	if a.LeadImage != nil {
		p.LeadImageURL, p.LeadImageCaption, p.LeadImageCredit = a.LeadImage.URL, a.LeadImage.Caption, a.LeadImage.Credit
	}
	// The section path is what the trafilatura corpus calls categories.
	for _, b := range a.Breadcrumbs {
		p.Categories = append(p.Categories, b.Text)
	}
	return p
}
