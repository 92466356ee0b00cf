package main

import (
	"fmt"
	"io"
	"math"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/newsextract/newsextract/internal/evalcorpus"
)

// doc is one page ready for extraction: bytes already in memory, so that
// timing covers the extractor's whole pipeline from bytes and nothing else.
type doc struct {
	data    []byte
	pageURL string
}

// timing is one extractor's speed and allocation over a set of pages.
type timing struct {
	name   string
	durs   []time.Duration
	total  time.Duration
	alloc  uint64 // bytes allocated in all
	panics int
}

// measure runs e over docs in sequence, after a GC so that one extractor's
// garbage is not collected on another's time, timing each page and reading
// the allocation total around the whole pass.
func measure(e extractor, docs []doc) ([]evalcorpus.Prediction, timing) {
	t := timing{name: e.name, durs: make([]time.Duration, 0, len(docs))}
	preds := make([]evalcorpus.Prediction, len(docs))
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i, d := range docs {
		start := now()
		pred, panicked := safeRun(e, d.data, d.pageURL)
		dur := now() - start
		t.durs = append(t.durs, dur)
		t.total += dur
		preds[i] = pred
		if panicked {
			t.panics++
		}
	}
	runtime.ReadMemStats(&after)
	t.alloc = after.TotalAlloc - before.TotalAlloc
	return preds, t
}

// merge adds o's pages to t (for the all-corpora table).
func (t *timing) merge(o timing) {
	t.name = o.name
	t.durs = append(t.durs, o.durs...)
	t.total += o.total
	t.alloc += o.alloc
	t.panics += o.panics
}

// quantile is the q-quantile of the page times (nearest rank), in ms.
func (t *timing) quantile(q float64) float64 {
	if len(t.durs) == 0 {
		return 0
	}
	s := slices.Clone(t.durs)
	slices.Sort(s)
	i := int(math.Ceil(q*float64(len(s)))) - 1
	return float64(s[max(i, 0)]) / float64(time.Millisecond)
}

func (t *timing) pagesPerSec() float64 {
	if t.total <= 0 {
		return 0
	}
	return float64(len(t.durs)) / t.total.Seconds()
}

func (t *timing) allocPerPage() float64 {
	if len(t.durs) == 0 {
		return 0
	}
	return float64(t.alloc) / float64(len(t.durs))
}

// writeSpeed writes the speed table; the ratio columns compare ours with
// each row (ours pages/s ÷ the row's, ours bytes/page ÷ the row's).
func writeSpeed(w io.Writer, title string, ts []timing) {
	var ours *timing
	for i := range ts {
		if ts[i].name == "ours" {
			ours = &ts[i]
		}
	}
	fmt.Fprintf(w, "\nSpeed, %s (%s, GOMAXPROCS=1, one page at a time, whole pipeline from bytes):\n\n", title, clockName)
	fmt.Fprintln(w, "| extractor | median ms | p95 ms | pages/s | MB alloc/page | ours speed × | ours alloc × | panics |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|")
	for i := range ts {
		t := &ts[i]
		speed, alloc := "—", "—"
		if ours != nil && t != ours {
			speed = ratioText(ours.pagesPerSec(), t.pagesPerSec())
			alloc = ratioText(ours.allocPerPage(), t.allocPerPage())
		}
		fmt.Fprintf(w, "| %s | %.2f | %.2f | %.0f | %.2f | %s | %s | %d |\n", t.name, t.quantile(0.5),
			t.quantile(0.95), t.pagesPerSec(), t.allocPerPage()/(1<<20), speed, alloc, t.panics)
	}
}

// writeRatios sums the speed table up in one sentence for ours.
func writeRatios(w io.Writer, ts []timing) {
	var ours *timing
	for i := range ts {
		if ts[i].name == "ours" {
			ours = &ts[i]
		}
	}
	if ours == nil {
		return
	}
	var parts []string
	for i := range ts {
		if t := &ts[i]; t != ours {
			parts = append(parts, fmt.Sprintf("%s× %s's pages/s and %s× its bytes allocated per page",
				ratioText(ours.pagesPerSec(), t.pagesPerSec()), t.name, ratioText(ours.allocPerPage(), t.allocPerPage())))
		}
	}
	fmt.Fprintf(w, "\nOurs runs at %s.\n", strings.Join(parts, "; "))
}

func ratioText(a, b float64) string {
	if b == 0 {
		return "—"
	}
	return fmt.Sprintf("%.2f", a/b)
}
