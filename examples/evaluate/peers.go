package main

import (
	"bytes"
	"context"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	distiller "github.com/markusmobius/go-domdistiller"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/newsextract/newsextract"
	"github.com/newsextract/newsextract/internal/evalcorpus"
	"github.com/newsextract/newsextract/internal/evalcorpus/ours"
)

// extractor is one contender: a name, the metadata fields it can return
// (only those are scored) and the whole pipeline from raw page bytes.
type extractor struct {
	name   string
	fields map[string]bool
	run    func(data []byte, pageURL string) evalcorpus.Prediction
}

// baselineName is the html.Parse-only row of the speed table.
const baselineName = "html.Parse"

// allPeers is the -peers default, in table order.
var allPeers = []string{"ours", "readeck", "trafilatura", "domdistiller"}

// extractors maps -peers names to extractors; the baseline is not a peer.
var extractors = map[string]extractor{
	"ours": {name: "ours", run: runOurs, fields: fieldSet(
		evalcorpus.FieldTitle, evalcorpus.FieldByline, evalcorpus.FieldAuthors, evalcorpus.FieldDate,
		evalcorpus.FieldDek, evalcorpus.FieldDescription, evalcorpus.FieldSiteName, evalcorpus.FieldLang,
		evalcorpus.FieldLeadImageURL, evalcorpus.FieldLeadImageCaption, evalcorpus.FieldLeadImageCredit,
		evalcorpus.FieldTags, evalcorpus.FieldCategories)},
	"readeck": {name: "readeck", run: runReadeck, fields: fieldSet(
		evalcorpus.FieldTitle, evalcorpus.FieldByline, evalcorpus.FieldDate, evalcorpus.FieldDescription,
		evalcorpus.FieldSiteName, evalcorpus.FieldLang, evalcorpus.FieldLeadImageURL)},
	"trafilatura": {name: "trafilatura", run: runTrafilatura, fields: fieldSet(
		evalcorpus.FieldTitle, evalcorpus.FieldByline, evalcorpus.FieldAuthors, evalcorpus.FieldDate,
		evalcorpus.FieldDescription, evalcorpus.FieldSiteName, evalcorpus.FieldLang,
		evalcorpus.FieldLeadImageURL, evalcorpus.FieldTags, evalcorpus.FieldCategories)},
	"domdistiller": {name: "domdistiller", run: runDistiller, fields: fieldSet(
		evalcorpus.FieldTitle, evalcorpus.FieldByline, evalcorpus.FieldAuthors, evalcorpus.FieldDescription)},
}

// baseline parses the page and nothing else: the floor every extractor
// above pays.
var baseline = extractor{name: baselineName, run: func(data []byte, _ string) evalcorpus.Prediction {
	html.Parse(bytes.NewReader(data))
	return evalcorpus.Prediction{}
}}

func fieldSet(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// safeRun runs one extractor on one page; a panic counts as empty output.
func safeRun(e extractor, data []byte, pageURL string) (pred evalcorpus.Prediction, panicked bool) {
	defer func() {
		if recover() != nil {
			pred, panicked = evalcorpus.Prediction{}, true
		}
	}()
	return e.run(data, pageURL), false
}

// parseURL is the page URL for peers that take a *url.URL, nil when absent.
func parseURL(s string) *url.URL {
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil
	}
	return u
}

// runOurs runs newsextract. With ErrNotArticle it scores the page's own
// metadata that comes with the error; any other error is empty output.
func runOurs(data []byte, pageURL string) evalcorpus.Prediction {
	a, _ := newsextract.Extract(context.Background(), bytes.NewReader(data), pageURL)
	if a == nil {
		return evalcorpus.Prediction{}
	}
	return ours.Prediction(a)
}

// runReadeck runs readeck's go-readability v2 with the page URL.
func runReadeck(data []byte, pageURL string) evalcorpus.Prediction {
	parser := readability.NewParser()
	a, err := parser.Parse(bytes.NewReader(data), parseURL(pageURL))
	if err != nil {
		return evalcorpus.Prediction{}
	}
	p := evalcorpus.Prediction{
		Title: a.Title(), Byline: a.Byline(), Description: a.Excerpt(), SiteName: a.SiteName(),
		Lang: a.Language(), LeadImageURL: a.ImageURL(),
	}
	if t, err := a.PublishedTime(); err == nil {
		p.Published, p.PublishedHasClock = t, evalcorpus.HasClock(t)
	}
	if a.Node != nil {
		var b strings.Builder
		a.RenderText(&b)
		p.BodyText = b.String()
	}
	return p
}

// runTrafilatura runs go-trafilatura with default options and the page URL.
func runTrafilatura(data []byte, pageURL string) evalcorpus.Prediction {
	res, err := trafilatura.Extract(bytes.NewReader(data), trafilatura.Options{OriginalURL: parseURL(pageURL)})
	if err != nil || res == nil {
		return evalcorpus.Prediction{}
	}
	m := res.Metadata
	p := evalcorpus.Prediction{
		Title: m.Title, Byline: m.Author, Description: m.Description, SiteName: m.Sitename,
		Lang: m.Language, LeadImageURL: m.Image, Tags: m.Tags, Categories: m.Categories,
		BodyText: res.ContentText,
	}
	if m.Author != "" {
		// trafilatura joins several authors with "; ".
		p.Authors = strings.Split(m.Author, "; ")
	}
	if !m.Date.IsZero() {
		p.Published, p.PublishedHasClock = m.Date, evalcorpus.HasClock(m.Date)
	}
	return p
}

// runDistiller runs go-domdistiller. Pagination lookup is skipped: no other
// contender looks for next pages, and it costs time.
func runDistiller(data []byte, pageURL string) evalcorpus.Prediction {
	res, err := distiller.ApplyForReader(bytes.NewReader(data), &distiller.Options{
		OriginalURL: parseURL(pageURL), SkipPagination: true,
	})
	if err != nil || res == nil {
		return evalcorpus.Prediction{}
	}
	return evalcorpus.Prediction{
		Title: res.Title, Byline: res.MarkupInfo.Author, Authors: res.MarkupInfo.Article.Authors,
		Description: res.MarkupInfo.Description, BodyText: res.Text,
	}
}
