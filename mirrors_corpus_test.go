package newsextract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract"
	"github.com/newsextract/newsextract/internal/evalcorpus"
)

// maxMirrorPageShare is the share of real pages that may report mirrors.
// Almost no page of the evaluation corpora announces one, so more than this
// means the notice rule fires on story prose or page furniture.
const maxMirrorPageShare = 0.01

// TestCorpusMirrors runs Extract over every page of every corpus under
// ../shared/corpus and logs the pages that report mirrors, for review.
//
// It takes about 4 minutes under the race detector on a loaded two-core
// machine (25 s without), far over CI's budget, and races are covered by
// the golden tests, so it skips under -race.
func TestCorpusMirrors(t *testing.T) {
	if raceEnabled { // race_test.go
		t.Skip("skipped under -race (minutes over the whole corpus); run go test -run TestCorpusMirrors . without -race")
	}
	root := evalcorpus.Find()
	if root == "" {
		t.Skipf("../shared/corpus not found: %s needs the evaluation corpora at %s (relative to the repository root)", t.Name(), evalcorpus.SharedDir)
	}
	names, err := evalcorpus.Names(root)
	if err != nil {
		t.Fatal(err)
	}
	var pages []evalcorpus.Page
	for _, name := range names {
		ps, err := evalcorpus.LoadNamed(root, name)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, ps...)
	}
	if len(pages) == 0 {
		t.Skipf("no pages under %s", root)
	}
	start := time.Now()
	found := make([][]newsextract.Mirror, len(pages))
	err = evalcorpus.ForEach(pages, 0, func(i int, p *evalcorpus.Page, html []byte) error {
		a, err := newsextract.Extract(context.Background(), bytes.NewReader(html), p.PageURL())
		if err == nil {
			found[i] = a.Mirrors
		}
		return nil // errors are other tests' concern; this one counts mirrors
	})
	if err != nil {
		t.Fatal(err)
	}
	reporting := 0
	for i, ms := range found {
		if len(ms) == 0 {
			continue
		}
		reporting++
		urls := make([]string, len(ms))
		for j, m := range ms {
			urls[j] = m.URL
		}
		t.Logf("%s/%s: %s (from %q)", pages[i].Corpus, pages[i].ID, strings.Join(urls, " "), ms[0].Text)
	}
	t.Logf("%d of %d pages report mirrors (%d corpora, %v)", reporting, len(pages), len(names), time.Since(start).Round(time.Millisecond))
	if float64(reporting) > maxMirrorPageShare*float64(len(pages)) {
		t.Errorf("%d of %d pages report mirrors, more than %.0f%%: the notice rule fires on prose", reporting, len(pages), 100*maxMirrorPageShare)
	}
}

// TestMirrorNoticesStayOut checks the mirror-* cases of testdata through
// the whole pipeline, whatever their want files say: the negative cases
// (mirror-neg-*) report no mirrors, the others do, and no notice text or
// mirror host reaches the body, the description or any other field.
func TestMirrorNoticesStayOut(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "mirror-*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no mirror-* cases under testdata (%v)", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			input, err := os.ReadFile(filepath.Join(dir, "input.html"))
			if err != nil {
				t.Fatal(err)
			}
			a, err := newsextract.Extract(context.Background(), bytes.NewReader(input), readOptional(t, filepath.Join(dir, "url")))
			if err != nil {
				t.Fatal(err)
			}
			negative := strings.HasPrefix(filepath.Base(dir), "mirror-neg-")
			if negative != (len(a.Mirrors) == 0) {
				t.Fatalf("negative case %v, mirrors %+v", negative, a.Mirrors)
			}
			rest := *a
			rest.Mirrors, rest.Alternates, rest.URL = nil, nil, ""
			js, err := json.Marshal(rest)
			if err != nil {
				t.Fatal(err)
			}
			others := string(js) + a.Markdown()
			for _, m := range a.Mirrors {
				host := strings.SplitN(strings.SplitN(m.URL, "//", 2)[1], "/", 2)[0]
				if strings.Contains(others, host) {
					t.Errorf("mirror host %s appears outside Mirrors", host)
				}
				if lead := []rune(m.Text); m.Text != "Onion-Location" && len(lead) > 24 && strings.Contains(others, string(lead[:24])) {
					t.Errorf("notice %q appears outside Mirrors", string(lead[:24]))
				}
			}
		})
	}
}
