package metadata

// A corpus report for findAuthors and findLeadImage, run only on demand:
//
//	PEOPLE_CORPUS=../../shared/corpus go test -run TestPeopleCorpus -v ./metadata
//
// It runs FromPage, so the structured values come from the real
// collection, and scores Authors and LeadImage as the corpus README says.

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/newsextract/newsextract/internal/page"
)

type evalCase struct {
	ID          string          `json:"id"`
	URL         string          `json:"url"`
	Authors     json.RawMessage `json:"authors"`
	Byline      json.RawMessage `json:"byline"`
	LeadURL     json.RawMessage `json:"lead_image_url"`
	LeadCaption json.RawMessage `json:"lead_image_caption"`
	LeadCredit  json.RawMessage `json:"lead_image_credit"`
	Extra       struct {
		Alternatives []string `json:"lead_image_url_alternatives"`
	} `json:"extra"`
}

// field is an annotation: absent, null, or a value.
type field struct {
	present, null bool
	str           string
	list          []string
}

func parseField(raw json.RawMessage) field {
	if len(raw) == 0 {
		return field{}
	}
	if string(raw) == "null" {
		return field{present: true, null: true}
	}
	f := field{present: true}
	if raw[0] == '[' {
		_ = json.Unmarshal(raw, &f.list)
	} else {
		_ = json.Unmarshal(raw, &f.str)
	}
	return f
}

var evalTokens = regexp.MustCompile(`[\p{L}\p{N}_]+`)

func evalNorm(s string) string {
	return strings.ToLower(page.CollapseSpace(norm.NFC.String(s)))
}

func tokenF1(got, want string) float64 {
	g, w := evalTokens.FindAllString(evalNorm(got), -1), evalTokens.FindAllString(evalNorm(want), -1)
	if len(g) == 0 && len(w) == 0 {
		return 1
	}
	if len(g) == 0 || len(w) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, t := range w {
		count[t]++
	}
	tp := 0
	for _, t := range g {
		if count[t] > 0 {
			count[t]--
			tp++
		}
	}
	if tp == 0 {
		return 0
	}
	p, r := float64(tp)/float64(len(g)), float64(tp)/float64(len(w))
	return 2 * p * r / (p + r)
}

// splitExpected splits an annotated byline string into names the simple
// way an evaluator would.
func splitExpected(s string) []string {
	s = page.CollapseSpace(s)
	for _, pre := range []string{"By ", "by ", "BY ", "Par ", "Von "} {
		s = strings.TrimPrefix(s, pre)
	}
	s = strings.NewReplacer(" and ", ",", " & ", ",", ";", ",").Replace(s)
	var out []string
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

func sameSet(got, want []string) bool {
	g, w := map[string]bool{}, map[string]bool{}
	for _, s := range got {
		g[evalNorm(s)] = true
	}
	for _, s := range want {
		w[evalNorm(s)] = true
	}
	if len(g) != len(w) {
		return false
	}
	for k := range w {
		if !g[k] {
			return false
		}
	}
	return true
}

func loadEvalPage(t *testing.T, dir, id, rawURL string) *page.Page {
	f, err := os.Open(filepath.Join(dir, id+".html.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	text, _ := page.Decode(data, "")
	doc, err := page.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var u *url.URL
	if rawURL != "" {
		u, _ = url.Parse(rawURL)
	}
	p, err := page.New(doc, u, page.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

type evalStat struct {
	n, hit         int
	f1             float64
	nulls, nullFPs int
}

func (s *evalStat) String() string {
	if s.n == 0 && s.nulls == 0 {
		return "-"
	}
	return fmt.Sprintf("n=%d exact=%.3f f1=%.3f nullFP=%d/%d", s.n, float64(s.hit)/float64(max(s.n, 1)), s.f1/float64(max(s.n, 1)), s.nullFPs, s.nulls)
}

func TestPeopleCorpus(t *testing.T) {
	root := os.Getenv("PEOPLE_CORPUS")
	if root == "" {
		t.Skip("set PEOPLE_CORPUS to the corpus directory")
	}
	verbose := os.Getenv("PEOPLE_VERBOSE")
	for _, corpus := range []string{"fundus", "postlight", "readability", "trafilatura"} {
		dir := filepath.Join(root, corpus)
		files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
		sort.Strings(files)
		var authors, imgURL, caption, credit evalStat
		for _, fn := range files {
			data, err := os.ReadFile(fn)
			if err != nil {
				t.Fatal(err)
			}
			var c evalCase
			if err := json.Unmarshal(data, &c); err != nil {
				t.Fatal(err)
			}
			fa, fb := parseField(c.Authors), parseField(c.Byline)
			fu, fc, fr := parseField(c.LeadURL), parseField(c.LeadCaption), parseField(c.LeadCredit)
			if !fa.present && !fb.present && !fu.present {
				continue
			}
			p := loadEvalPage(t, dir, c.ID, c.URL)
			m := FromPage(p)
			byline, names := m.Byline, m.Authors
			switch {
			case fa.null || fb.null:
				authors.nulls++
				if len(names) > 0 {
					authors.nullFPs++
					if strings.Contains(verbose, "a") {
						t.Logf("%s/%s: FP %q", corpus, c.ID, names)
					}
				}
			case fa.present || fb.present:
				want := fa.list
				if !fa.present || len(want) == 0 {
					want = splitExpected(fb.str)
				}
				authors.n++
				ok := sameSet(names, want)
				if ok {
					authors.hit++
				} else if strings.Contains(verbose, "a") {
					t.Logf("%s/%s: got %q (byline %q) want %q", corpus, c.ID, names, byline, want)
				}
				authors.f1 += tokenF1(strings.Join(names, " "), strings.Join(want, " "))
			}
			if !fu.present {
				continue
			}
			var got Image
			if m.LeadImage != nil {
				got = *m.LeadImage
			}
			if fu.null {
				imgURL.nulls++
				if got.URL != "" {
					imgURL.nullFPs++
				}
			} else {
				imgURL.n++
				ok := got.URL == strings.TrimSpace(fu.str)
				for _, alt := range c.Extra.Alternatives {
					ok = ok || got.URL == alt
				}
				if ok {
					imgURL.hit++
					imgURL.f1++
				} else if strings.Contains(verbose, "i") {
					t.Logf("%s/%s: image %q want %q", corpus, c.ID, got.URL, fu.str)
				}
			}
			for _, pair := range []struct {
				st        *evalStat
				f         field
				got, kind string
			}{{&caption, fc, got.Caption, "caption"}, {&credit, fr, got.Credit, "credit"}} {
				if !pair.f.present {
					continue
				}
				if pair.f.null {
					pair.st.nulls++
					if pair.got != "" {
						pair.st.nullFPs++
						if strings.Contains(verbose, "n") {
							t.Logf("%s/%s: %s %q asserted absent", corpus, c.ID, pair.kind, pair.got)
						}
					}
					continue
				}
				pair.st.n++
				f1 := tokenF1(pair.got, pair.f.str)
				pair.st.f1 += f1
				if evalNorm(pair.got) == evalNorm(pair.f.str) {
					pair.st.hit++
				}
				if f1 < 0.5 && strings.Contains(verbose, "c") {
					t.Logf("%s/%s: %s %q want %q", corpus, c.ID, pair.kind, pair.got, pair.f.str)
				}
			}
		}
		t.Logf("%-12s authors %v", corpus, &authors)
		if imgURL.n+imgURL.nulls > 0 {
			t.Logf("%-12s image   %v", corpus, &imgURL)
			t.Logf("%-12s caption %v", corpus, &caption)
			t.Logf("%-12s credit  %v", corpus, &credit)
		}
	}
}
