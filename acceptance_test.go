package newsextract_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsextract/newsextract"
)

// The acceptance test states, case by case, what a human reader says about
// each issue-2 fixture under testdata: its headline, who wrote it, when,
// what the story says first and last, and which clutter is not part of it.
// Unlike the goldens it pins only these facts, so it keeps failing for the
// right reasons while the rest of the output changes.
//
// Facts the library does not meet yet are listed in accKnownGaps: they are
// reported with t.Log instead of failing, and flagged when they start to
// pass so that the entry can be removed. Never weaken a fact to make it pass.

// accResult is one extraction, shared by the facts of its case.
type accResult struct {
	a    *newsextract.Article
	err  error
	text string // a.Body.Text()
}

// accFacts holds the constructors of facts, as methods so that their short
// names stay out of the package namespace the other tests share.
type accFacts struct{}

// accept is how the case table calls the constructors: accept.title("…").
var accept accFacts

// accFact is one statement about a case; check returns "" when it holds,
// else what is wrong.
type accFact struct {
	name  string
	check func(r *accResult) string
}

// TestAcceptance extracts each issue-2 fixture once, with one shared
// Extractor, and checks its facts as subtests named case/fact.
func TestAcceptance(t *testing.T) {
	var ex newsextract.Extractor
	for _, name := range slices.Sorted(maps.Keys(accCases)) {
		facts := accCases[name]
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			r := accExtract(t, &ex, name)
			for _, f := range facts {
				t.Run(f.name, func(t *testing.T) {
					accReport(t, name, f.name, f.check(r))
				})
			}
		})
	}
}

// TestAcceptanceGapsExist keeps accKnownGaps honest: every entry names a
// case, or a case and one of its facts.
func TestAcceptanceGapsExist(t *testing.T) {
	for key := range accKnownGaps {
		c, f, hasFact := strings.Cut(key, "/")
		facts, ok := accCases[c]
		if !ok || hasFact && !slices.ContainsFunc(facts, func(x accFact) bool { return x.name == f }) {
			t.Errorf("accKnownGaps entry %q names no case/fact", key)
		}
	}
}

// accExtract runs the extractor on testdata/<name> as the golden test does.
func accExtract(t *testing.T, ex *newsextract.Extractor, name string) *accResult {
	t.Helper()
	dir := filepath.Join("testdata", name)
	input, err := os.ReadFile(filepath.Join(dir, "input.html"))
	if err != nil {
		t.Fatal(err)
	}
	pageURL := readOptional(t, filepath.Join(dir, "url"))
	ct := readOptional(t, filepath.Join(dir, "content-type"))
	a, err := ex.ExtractWithContentType(context.Background(), bytes.NewReader(input), pageURL, ct)
	r := &accResult{a: a, err: err}
	if a != nil {
		r.text = a.Body.Text()
	}
	return r
}

// accReport fails on a broken fact unless it is a known gap, and points
// out known gaps that no longer are.
func accReport(t *testing.T, caseName, fact, problem string) {
	t.Helper()
	key := caseName + "/" + fact
	reason, known := accKnownGaps[key]
	if !known {
		key = caseName
		reason, known = accKnownGaps[key]
	}
	switch {
	case problem == "" && known && key != caseName:
		t.Errorf("known gap %q now holds: remove it from accKnownGaps, so that a regression of it fails", key)
	case problem != "" && known:
		t.Logf("known gap (%s): %s", reason, problem)
	case problem != "":
		t.Error(problem)
	}
}

// on builds a fact named name that checks the article and its body text;
// a failed extraction breaks every such fact.
func (accFacts) on(name string, check func(a *newsextract.Article, text string) string) accFact {
	return accFact{name, func(r *accResult) string {
		if r.err != nil {
			return fmt.Sprintf("extraction failed: %v", r.err)
		}
		return check(r.a, r.text)
	}}
}

// field builds a fact comparing one string field with want.
func (accFacts) field(name, want string, get func(a *newsextract.Article) string) accFact {
	return accept.on(name, func(a *newsextract.Article, text string) string {
		if got := get(a); got != want {
			return fmt.Sprintf("%s = %q, want %q", name, got, want)
		}
		return ""
	})
}

func (accFacts) title(want string) accFact {
	return accept.field("title", want, func(a *newsextract.Article) string { return a.Title })
}

func (accFacts) subtitle(want string) accFact {
	return accept.field("subtitle", want, func(a *newsextract.Article) string { return a.Subtitle })
}

func (accFacts) byline(want string) accFact {
	return accept.field("byline", want, func(a *newsextract.Article) string { return a.Byline })
}

func (accFacts) siteName(want string) accFact {
	return accept.field("site-name", want, func(a *newsextract.Article) string { return a.SiteName })
}

func (accFacts) language(want string) accFact {
	return accept.field("language", want, func(a *newsextract.Article) string { return a.Language })
}

func (accFacts) description(want string) accFact {
	return accept.field("description", want, func(a *newsextract.Article) string { return a.Description })
}

// lead states the lead image's caption (without its credit) and credit.
func (accFacts) lead(caption, credit string) []accFact {
	get := func(a *newsextract.Article) *newsextract.Image {
		if a.LeadImage == nil {
			return &newsextract.Image{URL: "<no lead image>"}
		}
		return a.LeadImage
	}
	return []accFact{
		accept.field("lead-caption", caption, func(a *newsextract.Article) string { return get(a).Caption }),
		accept.field("lead-credit", credit, func(a *newsextract.Article) string { return get(a).Credit }),
	}
}

func (accFacts) leadURL(want string) accFact {
	return accept.field("lead-url", want, func(a *newsextract.Article) string {
		if a.LeadImage == nil {
			return ""
		}
		return a.LeadImage.URL
	})
}

// list builds a fact comparing a list of strings with want, in order.
func (accFacts) list(name string, want []string, get func(a *newsextract.Article) []string) accFact {
	return accept.on(name, func(a *newsextract.Article, text string) string {
		if got := get(a); !slices.Equal(got, want) {
			return fmt.Sprintf("%s = %q, want %q", name, got, want)
		}
		return ""
	})
}

func (accFacts) authors(want ...string) accFact {
	if want == nil {
		want = []string{}
	}
	return accept.list("authors", want, func(a *newsextract.Article) []string {
		if a.Authors == nil {
			return []string{}
		}
		return a.Authors
	})
}

func (accFacts) breadcrumbs(want ...string) accFact {
	return accept.list("breadcrumbs", want, func(a *newsextract.Article) []string {
		texts := []string{}
		for _, b := range a.Breadcrumbs {
			texts = append(texts, b.Text)
		}
		return texts
	})
}

// noByline states that the page names no author at all.
func (accFacts) noByline() []accFact {
	return []accFact{accept.byline(""), accept.authors()}
}

// tag states that the article's tags include want.
func (accFacts) tag(want string) accFact {
	return accept.on("tag:"+want, func(a *newsextract.Article, text string) string {
		if !slices.Contains(a.Tags, want) {
			return fmt.Sprintf("tags %q lack %q", a.Tags, want)
		}
		return ""
	})
}

// mirror states that Mirrors holds want; a trailing slash is the same URL.
func (accFacts) mirror(want string) accFact {
	return accept.on("mirror", func(a *newsextract.Article, text string) string {
		for _, m := range a.Mirrors {
			if strings.TrimSuffix(m.URL, "/") == strings.TrimSuffix(want, "/") {
				return ""
			}
		}
		return fmt.Sprintf("mirrors %+v lack %s", a.Mirrors, want)
	})
}

// translation states that Alternates declares a translation into lang.
func (accFacts) translation(lang string) accFact {
	return accept.on("translation:"+lang, func(a *newsextract.Article, text string) string {
		for _, alt := range a.Alternates {
			if alt.Kind == "translation" && alt.Language == lang {
				return ""
			}
		}
		return fmt.Sprintf("alternates %+v lack a %s translation", a.Alternates, lang)
	})
}

// published states the first-publication instant; with offset it also
// states the UTC offset the page gives, which the Article promises to keep.
func (accFacts) published(rfc3339 string, offset bool) accFact {
	return accept.when("published", rfc3339, offset, func(a *newsextract.Article) time.Time { return a.Published })
}

func (accFacts) modified(rfc3339 string) accFact {
	return accept.when("modified", rfc3339, false, func(a *newsextract.Article) time.Time { return a.Modified })
}

func (accFacts) when(name, rfc3339 string, offset bool, get func(a *newsextract.Article) time.Time) accFact {
	want, err := time.Parse(time.RFC3339, rfc3339)
	if err != nil {
		panic(err)
	}
	return accept.on(name, func(a *newsextract.Article, text string) string {
		got := get(a)
		_, gotOff := got.Zone()
		_, wantOff := want.Zone()
		if !got.Equal(want) || (offset && gotOff != wantOff) {
			return fmt.Sprintf("%s = %s, want %s", name, got.Format(time.RFC3339), rfc3339)
		}
		return ""
	})
}

// body states that the body text holds each of the passages: the story's
// first and last paragraphs at least.
func (accFacts) body(passages ...string) []accFact {
	var facts []accFact
	for i, s := range passages {
		facts = append(facts, accept.on(fmt.Sprintf("body-has-%d", i+1), func(_ *newsextract.Article, text string) string {
			if !strings.Contains(text, s) {
				return fmt.Sprintf("body lacks %q; body begins:\n%s", s, accHead(text))
			}
			return ""
		}))
	}
	return facts
}

// clutter states that none of the phrases appears anywhere in the body.
func (accFacts) clutter(phrases ...string) []accFact {
	var facts []accFact
	for _, s := range phrases {
		facts = append(facts, accept.on("no-clutter:"+s, func(_ *newsextract.Article, text string) string {
			if strings.Contains(text, s) {
				return fmt.Sprintf("body holds clutter %q", s)
			}
			return ""
		}))
	}
	return facts
}

// accHead returns the start of a body text, enough to see what went wrong.
func accHead(text string) string {
	const max = 600
	if len(text) <= max {
		return text
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut] + "…"
}

// before states that passage a comes before passage b in the body.
func (accFacts) before(a, b string) accFact {
	return accept.on("order:"+a+"<"+b, func(_ *newsextract.Article, text string) string {
		i, j := strings.Index(text, a), strings.Index(text, b)
		if i < 0 || j < 0 || i > j {
			return fmt.Sprintf("want %q (at %d) before %q (at %d)", a, i, b, j)
		}
		return ""
	})
}

// heading states that the body holds a subheading with exactly this text.
func (accFacts) heading(want string) accFact {
	return accept.on("heading:"+want, func(a *newsextract.Article, text string) string {
		for _, b := range a.Body {
			if b.Kind == newsextract.Heading && b.Text == want {
				return ""
			}
		}
		return fmt.Sprintf("body has no heading %q", want)
	})
}

// figure states that the body holds a figure whose image URL contains
// file, with this caption and credit kept apart.
func (accFacts) figure(file, caption, credit string) accFact {
	return accept.on("figure:"+file, func(a *newsextract.Article, text string) string {
		for _, b := range a.Body {
			if b.Kind != newsextract.Figure || b.Image == nil || !strings.Contains(b.Image.URL, file) {
				continue
			}
			if b.Image.Caption != caption || b.Image.Credit != credit {
				return fmt.Sprintf("figure %s: caption %q credit %q, want %q and %q",
					file, b.Image.Caption, b.Image.Credit, caption, credit)
			}
			return ""
		}
		return fmt.Sprintf("body has no figure with %s", file)
	})
}

// noFigure states that no body figure's image URL contains file: the lead
// picture, which the Article holds as LeadImage, is not repeated.
func (accFacts) noFigure(file string) accFact {
	return accept.on("no-figure:"+file, func(a *newsextract.Article, _ string) string {
		for _, b := range a.Body {
			if b.Kind == newsextract.Figure && b.Image != nil && strings.Contains(b.Image.URL, file) {
				return fmt.Sprintf("body repeats the lead picture as a figure: %s", b.Image.URL)
			}
		}
		return ""
	})
}

// figureURL states that the body holds a figure with exactly this URL.
func (accFacts) figureURL(url string) accFact {
	return accept.on("figure-url:"+url, func(a *newsextract.Article, text string) string {
		for _, b := range a.Body {
			if b.Kind == newsextract.Figure && b.Image != nil && b.Image.URL == url {
				return ""
			}
		}
		return fmt.Sprintf("body has no figure with URL %s", url)
	})
}

// errIs states that extraction fails with target.
func (accFacts) errIs(target error) accFact {
	return accFact{"error", func(r *accResult) string {
		if !errors.Is(r.err, target) {
			return fmt.Sprintf("error = %v, want %v", r.err, target)
		}
		return ""
	}}
}

// facts flattens single facts and fact groups into one list.
func (accFacts) facts(parts ...any) []accFact {
	var out []accFact
	for _, p := range parts {
		switch v := p.(type) {
		case accFact:
			out = append(out, v)
		case []accFact:
			out = append(out, v...)
		default:
			panic(fmt.Sprintf("facts: unexpected %T", p))
		}
	}
	return out
}
