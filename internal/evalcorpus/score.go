package evalcorpus

import (
	"sort"
	"time"
)

// Prediction is what one extractor returned for one page, in the corpus's
// terms. The zero value is an empty output (an error, a refusal, a panic).
type Prediction struct {
	Title             string
	Byline            string
	Authors           []string
	Published         time.Time
	PublishedHasClock bool // Published states a time of day, not only a date
	Dek               string
	Description       string
	SiteName          string
	Lang              string
	LeadImageURL      string
	LeadImageCaption  string
	LeadImageCredit   string
	Tags              []string
	Categories        []string
	BodyText          string
}

// The metadata fields scored, in the order the tables list them.
const (
	FieldTitle            = "title"
	FieldByline           = "byline"
	FieldAuthors          = "authors"
	FieldDate             = "date_published"
	FieldDek              = "dek"
	FieldDescription      = "description"
	FieldSiteName         = "site_name"
	FieldLang             = "lang"
	FieldLeadImageURL     = "lead_image_url"
	FieldLeadImageCaption = "lead_image_caption"
	FieldLeadImageCredit  = "lead_image_credit"
	FieldTags             = "tags"
	FieldCategories       = "categories"
)

// Fields lists every metadata field in table order.
var Fields = []string{
	FieldTitle, FieldByline, FieldAuthors, FieldDate, FieldDek, FieldDescription,
	FieldSiteName, FieldLang, FieldLeadImageURL, FieldLeadImageCaption,
	FieldLeadImageCredit, FieldTags, FieldCategories,
}

// FieldScore accumulates one metadata field over a corpus.
type FieldScore struct {
	N       int     // pages with a value annotated
	Exact   int     // exact matches (dates: right at the annotated precision)
	F1      float64 // sum of token F1 (strings) or set F1 (lists)
	P, R    float64 // sums of set precision and recall (lists)
	Partial int     // lang: primary subtag matches; dates: right calendar day
	Nulls   int     // pages asserting the field absent
	NullFP  int     // of those, pages where something was returned
}

// ExactRate is Exact / N.
func (s *FieldScore) ExactRate() float64 { return ratio(float64(s.Exact), s.N) }

// MeanF1 is the mean token or set F1 over annotated pages.
func (s *FieldScore) MeanF1() float64 { return ratio(s.F1, s.N) }

// PartialRate is Partial / N.
func (s *FieldScore) PartialRate() float64 { return ratio(float64(s.Partial), s.N) }

// FPRate is NullFP / Nulls.
func (s *FieldScore) FPRate() float64 { return ratio(float64(s.NullFP), s.Nulls) }

func ratio(x float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return x / float64(n)
}

// PageScore is one page's body result, for listing the worst pages.
type PageScore struct {
	ID       string
	Counts   Counts        // body_text comparison (tokens or aeb shingles)
	HasBody  bool          // body_text annotated
	Snippets SnippetCounts // trafilatura chunk checks
	Words    int           // body_first_words: 1 right, -1 wrong, 0 not annotated
	Empty    bool          // the extractor returned no body text
}

// BodyScore is the body_text metric over a corpus (the aeb scheme: precision
// averaged over pages with output, recall over pages with expected text).
type BodyScore struct {
	N          int     // pages with body_text
	P, R, F1   float64 // the aggregate
	MeanPageF1 float64 // mean of the pages' own F1 (an empty output scores 0)
	Empty      int     // of the N pages, those with no output
}

// Report is one extractor's scores on one corpus.
type Report struct {
	Corpus        string
	Pages         int
	Shingles      bool // Body is the aeb 4-gram shingle metric, else token bags
	Body          BodyScore
	SnippetPages  int
	Snippets      SnippetCounts
	FirstWordsN   int
	FirstWordsOK  int
	Fields        map[string]*FieldScore
	PerPage       []PageScore
	EmptyOutputs  int // pages with neither body text nor title
	ScoredFields  int // fields with at least one annotation
	UnparsedDates int // annotations that did not parse (a corpus defect)

	// Misses lists per field the pages not matched exactly, or where a
	// value came back although the page asserts the field absent.
	Misses map[string][]string
	page   string // the page whose fields are being scored
}

// Score scores preds (preds[i] for pages[i]) on the corpus called name.
// The aeb corpus is scored with its upstream shingle metric, the others
// with bags of case-folded tokens.
func Score(name string, pages []Page, preds []Prediction) Report {
	r := Report{Corpus: name, Pages: len(pages), Shingles: name == "aeb", Fields: map[string]*FieldScore{}}
	for _, f := range Fields {
		r.Fields[f] = &FieldScore{}
	}
	var counts []Counts
	for i := range pages {
		p, pr := &pages[i], Prediction{}
		if i < len(preds) {
			pr = preds[i]
		}
		ps := r.scoreBody(p, &pr)
		if ps.HasBody {
			counts = append(counts, ps.Counts)
		}
		r.PerPage = append(r.PerPage, ps)
		r.scoreFields(p, &pr)
	}
	r.Body.P, r.Body.R, r.Body.F1 = Aggregate(counts)
	if r.Body.N > 0 {
		r.Body.MeanPageF1 /= float64(r.Body.N)
	}
	for _, s := range r.Fields {
		if s.N+s.Nulls > 0 {
			r.ScoredFields++
		}
	}
	return r
}

// scoreBody scores body_text, the snippet checks and the first words.
func (r *Report) scoreBody(p *Page, pr *Prediction) PageScore {
	ps := PageScore{ID: p.ID, Empty: !hasText(pr.BodyText)}
	if ps.Empty && !hasText(pr.Title) {
		r.EmptyOutputs++
	}
	if p.BodyText.Annotated() {
		ps.HasBody = true
		if r.Shingles {
			ps.Counts = ShingleCounts(p.BodyText.Value, pr.BodyText)
		} else {
			ps.Counts = TokenCounts(p.BodyText.Value, pr.BodyText)
		}
		r.Body.N++
		r.Body.MeanPageF1 += ps.Counts.F1()
		if ps.Empty {
			r.Body.Empty++
		}
	}
	if p.MustContain.Annotated() || p.MustNotContain.Annotated() {
		ps.Snippets = Snippets(p.MustContain.Value, p.MustNotContain.Value, pr.BodyText)
		r.Snippets = r.Snippets.Add(ps.Snippets)
		r.SnippetPages++
	}
	if p.BodyFirstWords.Present {
		r.FirstWordsN++
		ps.Words = -1
		if FirstWordsMatch(p.BodyFirstWords.Value, pr.BodyText) {
			r.FirstWordsOK++
			ps.Words = 1
		}
	}
	return ps
}

// Worst returns up to n pages with body_text, lowest page F1 first (ties by
// id), for the -v listing.
func (r *Report) Worst(n int) []PageScore {
	var list []PageScore
	for _, ps := range r.PerPage {
		if ps.HasBody {
			list = append(list, ps)
		}
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].Counts.F1() < list[j].Counts.F1() })
	return list[:min(n, len(list))]
}
