// Package extract finds the main content of a news page and returns it as
// clean, structured blocks: paragraphs, headings, lists, quotes,
// preformatted text, tables and figures with their captions and credits.
//
// It scores candidate containers over statistics computed in one walk of
// the tree, keeps its state in maps keyed by node, and never changes the
// tree it reads.
package extract

import (
	"errors"
	"fmt"
	"net/url"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

var (
	// ErrNoContent is returned when a page has no main content to extract.
	ErrNoContent = errors.New("no main content")

	// ErrTooDeep is returned for a tree nested deeper than html.Parse
	// builds (512 elements).
	ErrTooDeep = page.ErrTooDeep
)

// Favor trades precision against recall. It moves the thresholds of the
// container choice and of what is left out inside it: how link-heavy a
// paragraph may be, how much furniture a container may drag in, how much
// story text a neighbouring block needs to join, how many levels up
// neighbours are looked for, how link-heavy a list inside the story may be.
//
// Measured on the aeb corpus (4-gram shingles; P / R):
// Balanced 0.960 / 0.982, Precision 0.962 / 0.979, Recall 0.954 / 0.984;
// on fundus (token bags): 0.921 / 0.957, 0.923 / 0.950, 0.909 / 0.957.
type Favor int

const (
	// Balanced is the default: the trade-off that scores best on the
	// evaluation corpora.
	Balanced Favor = iota
	// Precision leaves out borderline blocks: less clutter, some text lost.
	Precision
	// Recall keeps borderline blocks: less text lost, some clutter kept.
	Recall
)

// Options tune extraction. The zero value keeps images, links and tables
// and balances precision and recall.
type Options struct {
	OmitImages bool  // drop figures
	OmitLinks  bool  // keep link text, drop link targets
	OmitTables bool  // drop tables
	Favor      Favor // precision or recall
}

// Hints are what the caller already knows about the page, so that the body
// leaves out what belongs elsewhere.
type Hints struct {
	Title string       // the headline, left out when it opens the body
	Skip  []*html.Node // nodes owned by metadata: byline, dek, lead figure, notices
	// Dek is the standfirst metadata found, so that the body can tell the
	// dek among the Skip nodes and keep it when it reads as the story's
	// first paragraph rather than a header line.
	Dek string
	// PageType is og:type or the JSON-LD @type, lower case ("article",
	// "website", "collectionpage"…), or "" when the page declares none.
	PageType string
}

// Result is the extracted body and how sure the extractor is of it.
type Result struct {
	Body Body `json:"body"` // the story's blocks in reading order
	// Confidence in [0, 1]: how clearly one container stood out as the
	// story. Low values suggest a page that is not an article.
	Confidence float64 `json:"confidence"`
}

// Extract finds the main content of a parsed document. pageURL may be nil;
// with it, links and images become absolute. doc is not changed. A tree
// nested deeper than html.Parse builds is ErrTooDeep.
func Extract(doc *html.Node, pageURL *url.URL, opts Options) (*Result, error) {
	if doc == nil {
		return nil, ErrNoContent
	}
	p, err := page.New(doc, pageURL, page.Limits{MaxDepth: page.ParserDepth})
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	return FromPage(p, opts, Hints{})
}

// FromPage extracts from an indexed page. It is how the newsextract package
// shares one index between metadata and extract; use Extract.
func FromPage(p *page.Page, opts Options, hints Hints) (*Result, error) {
	if len(p.Elements) == 0 {
		return nil, ErrNoContent
	}
	a := newAnalysis(p, opts, hints)
	a.index()
	best, rival := a.best()
	if best < 0 && a.articleTeasers > 0 {
		a = a.retry()
		best, rival = a.best()
	}
	conf, ok := a.verdict(best, rival)
	if best < 0 {
		// No paragraph reads as story: a page of a few short lines keeps
		// them, unless they are links.
		best, conf, ok = a.bare()
	}
	if !ok {
		return nil, ErrNoContent
	}
	body := a.build(best, conf)
	if len(body) == 0 && rival >= 0 {
		// The winner was all notice text (a cookie widget with more words
		// than a short post): the story is the runner-up.
		body = a.build(rival, conf)
	}
	if len(body) == 0 {
		return nil, ErrNoContent
	}
	return &Result{Body: body, Confidence: conf}, nil
}

// build turns the container best, widened to the story's extent, into
// blocks, and leaves out notices, labels and teaser copy.
func (a *analysis) build(best int, conf float64) Body {
	p := a.p
	sel := a.widen(best)
	root := p.Elements[sel.root]
	skip := a.skipper(sel)
	if parts, r := a.fragments(sel); parts != nil {
		root, skip = p.Elements[r], a.partsSkipper(sel, parts, r, skip)
	}
	body := buildBody(p, root, skip, a.opts)
	if useSecondOpinion && conf < unsureConfidence {
		if theirs, ok := a.secondOpinion(body); ok {
			body = theirs
		}
	}
	if a.tune.phrases {
		body = dropEndHeadings(clearRepeatedCaptions(dropTeaserCopy(dropContactCards(dropNotices(dropOpeningDateline(dropLabels(body)))))))
	}
	return body
}

// retry indexes the page again reading alike <article>s without linked
// headings as sections of one story (a recipe's header, ingredients and
// steps), not as teasers. It runs only when the teaser reading left no
// story at all: a listing keeps its linked headings and stays a listing.
func (a *analysis) retry() *analysis {
	b := newAnalysis(a.p, a.opts, a.hints)
	b.sectionArticles = true
	b.index()
	return b
}
