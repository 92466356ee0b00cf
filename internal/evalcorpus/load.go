// Package evalcorpus reads the evaluation corpora kept outside the repository
// (../shared/corpus: <id>.html.gz plus <id>.json per page) and scores
// extractor output against their annotations, following the scoring rules
// of the corpus README. It is used by the root tests, the benchmarks and the
// examples/evaluate tool; the library itself never imports it.
package evalcorpus

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// maxPageBytes bounds one decompressed page, so that a corrupt or hostile
// file cannot exhaust memory; the largest corpus page is a few MB.
const maxPageBytes = 64 << 20

// Field is one annotation: Present is false when the key is absent (not
// annotated, not scored); Null is true when the key is JSON null (asserted
// absent: any non-empty prediction is a false positive).
type Field[T any] struct {
	Present bool
	Null    bool
	Value   T
}

// UnmarshalJSON records presence and null-ness. encoding/json calls it for
// every key present in the object, null included.
func (f *Field[T]) UnmarshalJSON(data []byte) error {
	f.Present = true
	if bytes.Equal(bytes.TrimSpace(data), []byte("null")) {
		f.Null = true
		return nil
	}
	return json.Unmarshal(data, &f.Value)
}

// Annotated reports whether the field carries a value to compare against.
func (f Field[T]) Annotated() bool { return f.Present && !f.Null }

// Page is one corpus page and its expectations.
type Page struct {
	ID     string `json:"id"`
	Corpus string `json:"corpus"`
	URL    string `json:"url"`
	File   string `json:"html"`

	Title            Field[string]   `json:"title"`
	Authors          Field[[]string] `json:"authors"`
	Byline           Field[string]   `json:"byline"`
	DatePublished    Field[string]   `json:"date_published"`
	DatePrecision    Field[string]   `json:"date_precision"`
	Dek              Field[string]   `json:"dek"`
	Description      Field[string]   `json:"description"`
	SiteName         Field[string]   `json:"site_name"`
	Lang             Field[string]   `json:"lang"`
	LeadImageURL     Field[string]   `json:"lead_image_url"`
	LeadImageCaption Field[string]   `json:"lead_image_caption"`
	LeadImageCredit  Field[string]   `json:"lead_image_credit"`
	Tags             Field[[]string] `json:"tags"`
	Categories       Field[[]string] `json:"categories"`
	BodyText         Field[string]   `json:"body_text"`
	MustContain      Field[[]string] `json:"body_must_contain"`
	MustNotContain   Field[[]string] `json:"body_must_not_contain"`
	BodyFirstWords   Field[string]   `json:"body_first_words"`

	Extra Extra `json:"extra"`

	dir string // the folder holding File
}

// Extra holds the corpus-specific details that scoring or extraction use.
type Extra struct {
	// HarnessBaseURL is the base URL the readability harness parses pages
	// with; it stands in for URL where a page declares none.
	HarnessBaseURL string `json:"harness_base_url"`
	// LeadImageAlternatives are other sizes of the fundus lead image.
	LeadImageAlternatives []string `json:"lead_image_url_alternatives"`
	// DateNote explains a postlight date that upstream checks loosely.
	DateNote string `json:"date_note"`
}

// PageURL is the URL to pass to an extractor: the page's real URL, else the
// harness base URL its corpus was tested with, else "".
func (p *Page) PageURL() string {
	if p.URL != "" {
		return p.URL
	}
	return p.Extra.HarnessBaseURL
}

// Path is the file name of the gzipped HTML.
func (p *Page) Path() string { return filepath.Join(p.dir, p.File) }

// HTML returns the page's raw bytes, decompressed.
func (p *Page) HTML() ([]byte, error) {
	f, err := os.Open(p.Path())
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("corpus: %s: %w", p.File, err)
	}
	data, err := io.ReadAll(io.LimitReader(zr, maxPageBytes+1))
	if err != nil {
		return nil, fmt.Errorf("corpus: %s: %w", p.File, err)
	}
	if len(data) > maxPageBytes {
		return nil, fmt.Errorf("corpus: %s: larger than %d bytes", p.File, maxPageBytes)
	}
	return data, nil
}

// Load reads every <id>.json of one corpus folder, sorted by id. Pages whose
// JSON lacks an html file name get <id>.html.gz; the corpus name defaults to
// the folder's name.
func Load(dir string) ([]Page, error) {
	if fi, err := os.Stat(dir); err != nil {
		return nil, err
	} else if !fi.IsDir() {
		return nil, fmt.Errorf("corpus: %s is not a folder", dir)
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	pages := make([]Page, 0, len(names))
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		var p Page
		if err := json.Unmarshal(data, &p); err != nil {
			return nil, fmt.Errorf("corpus: %s: %w", name, err)
		}
		stem := strings.TrimSuffix(filepath.Base(name), ".json")
		if p.ID == "" {
			p.ID = stem
		}
		if p.File == "" {
			p.File = stem + ".html.gz"
		}
		if p.Corpus == "" {
			p.Corpus = filepath.Base(dir)
		}
		p.dir = dir
		pages = append(pages, p)
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

// Names lists the corpus folders under root (folders holding *.json files),
// sorted.
func Names(root string) ([]string, error) {
	entries, err := os.ReadDir(root)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		if m, _ := filepath.Glob(filepath.Join(root, e.Name(), "*.json")); len(m) > 0 {
			names = append(names, e.Name())
		}
	}
	return names, nil
}
