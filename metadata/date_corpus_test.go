package metadata

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract/internal/page"
)

// corpusDate is the part of a corpus expectation the date report reads.
type corpusDate struct {
	ID        string  `json:"id"`
	URL       string  `json:"url"`
	Published *string `json:"date_published"`
	Precision string  `json:"date_precision"`
	present   bool
}

// TestDateCorpusReport scores pageDates and FromPage published dates on the
// shared evaluation corpus. It runs only with NEWSEXTRACT_DATE_REPORT=1
// (the corpus is not part of the repository); -v lists the misses.
func TestDateCorpusReport(t *testing.T) {
	if os.Getenv("NEWSEXTRACT_DATE_REPORT") == "" {
		t.Skip("set NEWSEXTRACT_DATE_REPORT=1 to score dates on ../shared/corpus")
	}
	root := filepath.Join("..", "..", "shared", "corpus")
	for _, corpus := range []string{"fundus", "postlight", "trafilatura", "readability"} {
		files, _ := filepath.Glob(filepath.Join(root, corpus, "*.json"))
		var n, okPage, okAll, okMix, nulls, nullOK int
		var spent time.Duration
		for _, f := range files {
			exp, html := readCorpusCase(t, f)
			if !exp.present {
				continue
			}
			p := corpusPage(t, html, exp.URL)
			start := time.Now()
			pub, _ := pageDates(p)
			spent += time.Since(start)
			all := FromPage(p).Published
			src := collect(p)
			ld := readJSONLD(p, src.ldScripts)
			md := readMicrodata(p, src)
			mix := resolveDates(p, statedDates{published: ld.published, modified: ld.modified, pageOnly: declaresPageOnly(src, ld, md)}, statedDates{published: md.published, modified: md.modified}).published
			if exp.Published == nil {
				nulls++
				if all.IsZero() {
					nullOK++
				} else {
					t.Logf("%s/%s: want none, got %s", corpus, exp.ID, all.Format(time.RFC3339))
				}
				continue
			}
			n++
			if dateMatches(*exp.Published, exp.Precision, pub, corpus) {
				okPage++
			} else if os.Getenv("NEWSEXTRACT_DATE_REPORT") == "page" {
				t.Logf("P %s/%s: want %s (%s), pageDates %s", corpus, exp.ID, *exp.Published,
					exp.Precision, pub.Format(time.RFC3339Nano))
			}
			if dateMatches(*exp.Published, exp.Precision, mix, corpus) {
				okMix++
			} else if os.Getenv("NEWSEXTRACT_DATE_REPORT") == "resolve" {
				t.Logf("R %s/%s: want %s (%s), resolveDates %s, FromPage %s", corpus, exp.ID, *exp.Published,
					exp.Precision, mix.Format(time.RFC3339Nano), all.Format(time.RFC3339Nano))
			}
			if dateMatches(*exp.Published, exp.Precision, all, corpus) {
				okAll++
			} else {
				t.Logf("%s/%s: want %s (%s), got %s (pageDates %s)", corpus, exp.ID, *exp.Published,
					exp.Precision, all.Format(time.RFC3339Nano), pub.Format(time.RFC3339Nano))
			}
		}
		t.Logf("%-12s dated %3d: pageDates %.3f, FromPage %.3f, resolveDates %.3f; asserted absent %d: %d empty; pageDates %v",
			corpus, n, float64(okPage)/float64(max(n, 1)), float64(okAll)/float64(max(n, 1)), float64(okMix)/float64(max(n, 1)),
			nulls, nullOK, spent)
	}
}

func readCorpusCase(t *testing.T, f string) (corpusDate, []byte) {
	raw, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	var exp corpusDate
	if err := json.Unmarshal(raw, &exp); err != nil {
		t.Fatal(err)
	}
	var keys map[string]json.RawMessage
	_ = json.Unmarshal(raw, &keys)
	_, exp.present = keys["date_published"]
	gz, err := os.ReadFile(strings.TrimSuffix(f, ".json") + ".html.gz")
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	html, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return exp, html
}

func corpusPage(t *testing.T, raw []byte, pageURL string) *page.Page {
	utf8, _ := page.Decode(raw, "")
	doc, err := page.Parse(utf8)
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(pageURL)
	if pageURL == "" {
		u = nil
	}
	p, err := page.New(doc, u, page.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// dateMatches applies the corpus rule: the calendar day for "day", else the
// instant truncated to the precision; without an annotated offset, wall
// clocks are compared. Postlight day checks allow a day either side.
func dateMatches(want, precision string, got time.Time, corpus string) bool {
	if got.IsZero() {
		return false
	}
	w, hasOff, ok := parseCorpusTime(want)
	if !ok {
		return false
	}
	if precision == "" || precision == "day" || corpus == "postlight" {
		g := got
		if hasOff && corpus == "postlight" {
			g = got.UTC()
		}
		gd := time.Date(g.Year(), g.Month(), g.Day(), 0, 0, 0, 0, time.UTC)
		wd := time.Date(w.Year(), w.Month(), w.Day(), 0, 0, 0, 0, time.UTC)
		diff := gd.Sub(wd)
		if corpus == "postlight" && (precision == "day" || precision == "") {
			return diff >= -24*time.Hour && diff <= 24*time.Hour
		}
		return diff == 0
	}
	unit := time.Minute
	if precision == "second" {
		unit = time.Second
	}
	if !hasOff {
		g := time.Date(got.Year(), got.Month(), got.Day(), got.Hour(), got.Minute(), got.Second(), 0, time.UTC)
		return g.Truncate(unit).Equal(w.Truncate(unit))
	}
	return got.Truncate(unit).Equal(w.Truncate(unit))
}

func parseCorpusTime(s string) (time.Time, bool, bool) {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, strings.Contains(layout, "Z07"), true
		}
	}
	return time.Time{}, false, false
}

// TestDateCorpusPage prints every date candidate of one corpus page, named
// by NEWSEXTRACT_DATE_PAGE=<corpus>/<id>.
func TestDateCorpusPage(t *testing.T) {
	id := os.Getenv("NEWSEXTRACT_DATE_PAGE")
	if id == "" {
		t.Skip("set NEWSEXTRACT_DATE_PAGE=<corpus>/<id>")
	}
	exp, html := readCorpusCase(t, filepath.Join("..", "..", "shared", "corpus", id+".json"))
	p := corpusPage(t, html, exp.URL)
	s := dateScan{p: p, hint: pageHint(p), limit: time.Now().Add(24 * time.Hour)}
	s.findHeadline()
	s.findStory()
	s.collect()
	for _, f := range s.found {
		t.Logf("kind %d tier %d rank %4d clock %v %s", f.kind, f.tier, f.rank, f.clock, f.t.Format(time.RFC3339))
	}
	pub, mod := pageDates(p)
	t.Logf("pageDates: %s / %s", pub.Format(time.RFC3339), mod.Format(time.RFC3339))
}
