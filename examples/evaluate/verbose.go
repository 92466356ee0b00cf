package main

import (
	"fmt"
	"io"
	"sort"

	"github.com/newsextract/newsextract/internal/evalcorpus"
)

// worstCount is how many pages -v lists per corpus.
const worstCount = 12

// writeWorst lists ours' weakest pages (the first run's when ours was not
// run): lowest body F1, most failed chunk checks, wrong first words, and
// with metadata the pages each field misses.
func writeWorst(w io.Writer, runs []evalcorpus.Run, metadata bool) {
	if len(runs) == 0 {
		return
	}
	run := runs[0]
	for _, r := range runs {
		if r.Name == "ours" {
			run = r
		}
	}
	rep := &run.Report
	if rep.Body.N > 0 {
		fmt.Fprintf(w, "\nWorst body pages for %s (page id, P, R, F1):\n\n", run.Name)
		for _, ps := range rep.Worst(worstCount) {
			note := ""
			if ps.Empty {
				note = " (empty output)"
			}
			fmt.Fprintf(w, "- `%s` P %.3f R %.3f F1 %.3f%s\n", ps.ID, ps.Counts.Precision(), ps.Counts.Recall(), ps.Counts.F1(), note)
		}
	}
	if rep.SnippetPages > 0 {
		writeWorstSnippets(w, run.Name, rep)
	}
	if metadata {
		writeMisses(w, run.Name, rep)
	}
	if rep.FirstWordsN > 0 {
		fmt.Fprintf(w, "\nPages where %s's text begins wrongly:\n\n", run.Name)
		for _, ps := range rep.PerPage {
			if ps.Words < 0 {
				fmt.Fprintf(w, "- `%s`\n", ps.ID)
			}
		}
	}
}

// writeWorstSnippets lists the pages with the most failed chunk checks.
func writeWorstSnippets(w io.Writer, name string, rep *evalcorpus.Report) {
	list := append([]evalcorpus.PageScore(nil), rep.PerPage...)
	bad := func(ps evalcorpus.PageScore) int { return ps.Snippets.FN + ps.Snippets.FP }
	sort.SliceStable(list, func(i, j int) bool { return bad(list[i]) > bad(list[j]) })
	fmt.Fprintf(w, "\nWorst chunk pages for %s (page id: missed must-chunks, kept must-not chunks):\n\n", name)
	for _, ps := range list[:min(worstCount, len(list))] {
		if bad(ps) == 0 {
			break
		}
		note := ""
		if ps.Empty {
			note = " (empty output)"
		}
		fmt.Fprintf(w, "- `%s` missed %d, kept %d%s\n", ps.ID, ps.Snippets.FN, ps.Snippets.FP, note)
	}
}

// slowestCount is how many of our slowest pages -v lists per corpus.
const slowestCount = 5

// writeSlowest lists the pages ours took longest on.
func writeSlowest(w io.Writer, pages []evalcorpus.Page, ts []timing) {
	for _, t := range ts {
		if t.name != "ours" || len(t.durs) != len(pages) {
			continue
		}
		idx := make([]int, len(pages))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, b int) bool { return t.durs[idx[a]] > t.durs[idx[b]] })
		fmt.Fprintf(w, "\nSlowest pages for ours:\n\n")
		for _, i := range idx[:min(slowestCount, len(idx))] {
			fmt.Fprintf(w, "- `%s` %.1f ms\n", pages[i].ID, float64(t.durs[i].Microseconds())/1000)
		}
	}
}

// writeMisses lists, per field, the first pages a field is wrong on.
func writeMisses(w io.Writer, name string, rep *evalcorpus.Report) {
	header := false
	for _, f := range evalcorpus.Fields {
		ids := rep.Misses[f]
		if len(ids) == 0 {
			continue
		}
		if !header {
			fmt.Fprintf(w, "\nMetadata misses for %s (not exact, or returned where asserted absent; first %d):\n\n", name, worstCount)
			header = true
		}
		fmt.Fprintf(w, "- %s (%d):", f, len(ids))
		for _, id := range ids[:min(worstCount, len(ids))] {
			fmt.Fprintf(w, " `%s`", id)
		}
		fmt.Fprintln(w)
	}
}
