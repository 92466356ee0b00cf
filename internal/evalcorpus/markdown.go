package evalcorpus

import (
	"fmt"
	"io"
	"strings"
)

// Run is one extractor's report on one corpus, named, with the metadata
// fields the extractor can return (the others print as "—").
type Run struct {
	Name   string
	Fields map[string]bool
	Report Report
}

// WriteMarkdown writes the body table and, where the corpus has them, the
// snippet and first-words tables; with metadata, also the fields table.
func WriteMarkdown(w io.Writer, runs []Run, metadata bool) {
	if len(runs) == 0 {
		return
	}
	r0 := &runs[0].Report
	if r0.Body.N > 0 {
		WriteBody(w, runs)
	}
	if r0.SnippetPages > 0 {
		WriteSnippets(w, runs)
	}
	if r0.FirstWordsN > 0 {
		WriteFirstWords(w, runs)
	}
	if metadata && r0.ScoredFields > 0 {
		WriteFields(w, runs)
	}
}

// WriteBody writes body_text precision, recall and F1 per extractor.
func WriteBody(w io.Writer, runs []Run) {
	r0 := &runs[0].Report
	metric := "bags of case-folded `\\w+` tokens"
	if r0.Shingles {
		metric = "4-gram shingles of `\\w+` tokens (aeb evaluate.py)"
	}
	fmt.Fprintf(w, "\nBody text, %d pages, %s; P is averaged over pages with output, R over all, F1 of the means:\n\n", r0.Body.N, metric)
	fmt.Fprintln(w, "| extractor | P | R | F1 | mean page F1 | empty |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|")
	for _, run := range runs {
		b := run.Report.Body
		fmt.Fprintf(w, "| %s | %.3f | %.3f | **%.3f** | %.3f | %d |\n", run.Name, b.P, b.R, b.F1, b.MeanPageF1, b.Empty)
	}
}

// WriteSnippets writes the trafilatura chunk scores per extractor.
func WriteSnippets(w io.Writer, runs []Run) {
	fmt.Fprintf(w, "\nBody chunks (must / must not contain), %d pages, counts summed over pages:\n\n", runs[0].Report.SnippetPages)
	fmt.Fprintln(w, "| extractor | TP | FN | FP | TN | P | R | F1 | accuracy |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|")
	for _, run := range runs {
		c := run.Report.Snippets
		p, r, f := c.PRF()
		fmt.Fprintf(w, "| %s | %d | %d | %d | %d | %.3f | %.3f | **%.3f** | %.3f |\n",
			run.Name, c.TP, c.FN, c.FP, c.TN, p, r, f, c.Accuracy())
	}
}

// WriteFirstWords writes the share of pages whose text begins right.
func WriteFirstWords(w io.Writer, runs []Run) {
	fmt.Fprintf(w, "\nBody first words, %d pages:\n\n", runs[0].Report.FirstWordsN)
	fmt.Fprintln(w, "| extractor | right | rate |")
	fmt.Fprintln(w, "|---|---:|---:|")
	for _, run := range runs {
		r := run.Report
		fmt.Fprintf(w, "| %s | %d | **%.3f** |\n", run.Name, r.FirstWordsOK, ratio(float64(r.FirstWordsOK), r.FirstWordsN))
	}
}

// WriteFields writes one row per annotated metadata field, one column per
// extractor. A cell gives the exact-match rate, then the mean token or set
// F1 (dates: right calendar day; lang: right primary subtag), then false
// positives on pages asserting the field absent.
func WriteFields(w io.Writer, runs []Run) {
	fmt.Fprintln(w, "\nMetadata: exact / F1 (date: day-correct; lang: primary subtag) / false positives where asserted absent:")
	fmt.Fprintln(w)
	head := []string{"field", "n", "null"}
	for _, run := range runs {
		head = append(head, run.Name)
	}
	fmt.Fprintln(w, "| "+strings.Join(head, " | ")+" |")
	fmt.Fprintln(w, "|---|---:|---:"+strings.Repeat("|---", len(runs))+"|")
	for _, f := range Fields {
		s0 := runs[0].Report.Fields[f]
		if s0 == nil || s0.N+s0.Nulls == 0 {
			continue
		}
		row := []string{f, fmt.Sprint(s0.N), fmt.Sprint(s0.Nulls)}
		for _, run := range runs {
			row = append(row, fieldCell(f, run))
		}
		fmt.Fprintln(w, "| "+strings.Join(row, " | ")+" |")
	}
	if n := runs[0].Report.UnparsedDates; n > 0 {
		fmt.Fprintf(w, "\n%d date_published annotations do not parse as dates and are not scored.\n", n)
	}
}

// fieldCell formats one extractor's score on one field.
func fieldCell(f string, run Run) string {
	if !run.Fields[f] {
		return "—"
	}
	s := run.Report.Fields[f]
	var parts []string
	if s.N > 0 {
		parts = append(parts, fmt.Sprintf("%.2f", s.ExactRate()))
		switch f {
		case FieldDate, FieldLang:
			parts = append(parts, fmt.Sprintf("%.2f", s.PartialRate()))
		case FieldLeadImageURL:
		default:
			parts = append(parts, fmt.Sprintf("%.2f", s.MeanF1()))
		}
	}
	if s.Nulls > 0 {
		parts = append(parts, fmt.Sprintf("FP %d/%d", s.NullFP, s.Nulls))
	}
	return strings.Join(parts, " / ")
}
