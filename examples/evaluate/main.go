// Command evaluate scores newsextract and its peers (readeck's
// go-readability, go-trafilatura, go-domdistiller) on the shared evaluation
// corpora in one run, and times them on one core.
//
//	cd examples/evaluate && go run . -metadata
//
// It is a module of its own so that the peers never enter the library's
// go.mod. The scoring rules are those of the corpus README, implemented in
// internal/evalcorpus; aeb is scored with its upstream 4-gram shingle metric.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/newsextract/newsextract/internal/evalcorpus"
)

// defaultRoots are where the corpora are found when -corpus is not given:
// from examples/evaluate, and from the repository root.
var defaultRoots = []string{"../../../shared/corpus", "../shared/corpus"}

// options are the command-line flags.
type options struct {
	root     string   // folder holding one folder per corpus
	only     []string // corpora to run; all when empty
	peers    []string // extractors to run, in table order
	n        int      // pages per corpus at most; all when 0
	metadata bool     // print the metadata tables
	verbose  bool     // list our worst pages
}

func main() {
	// One core: the timings compare single-threaded work.
	runtime.GOMAXPROCS(1)
	o, err := parseFlags(os.Args[1:])
	if err == nil {
		_, err = run(os.Stdout, o)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "evaluate:", err)
		os.Exit(1)
	}
}

func parseFlags(args []string) (options, error) {
	fs := flag.NewFlagSet("evaluate", flag.ContinueOnError)
	root := fs.String("corpus", "", "corpus root folder (default: ../../../shared/corpus or ../shared/corpus, whichever exists)")
	only := fs.String("only", "", "comma-separated corpora to run (default: all)")
	peers := fs.String("peers", strings.Join(allPeers, ","), "comma-separated extractors: "+strings.Join(allPeers, ","))
	n := fs.Int("n", 0, "pages per corpus at most (0: all)")
	meta := fs.Bool("metadata", false, "print metadata tables")
	verbose := fs.Bool("v", false, "list our worst pages per corpus")
	if err := fs.Parse(args); err != nil {
		return options{}, err
	}
	o := options{root: *root, only: splitList(*only), peers: splitList(*peers), n: *n, metadata: *meta, verbose: *verbose}
	if o.root == "" {
		if o.root = evalcorpus.Find(defaultRoots...); o.root == "" {
			return o, fmt.Errorf("no corpus folder at %s; pass -corpus", strings.Join(defaultRoots, " or "))
		}
	}
	return o, nil
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// result is what a run measured, for callers other than main (the test).
type result struct {
	runs    map[string][]evalcorpus.Run // by corpus, one per peer
	timings map[string][]timing         // by corpus, baseline first
	total   []timing                    // all corpora together
}

// run evaluates every selected corpus and writes Markdown to w.
func run(w io.Writer, o options) (*result, error) {
	exts, err := selectPeers(o.peers)
	if err != nil {
		return nil, err
	}
	names := o.only
	if len(names) == 0 {
		if names, err = evalcorpus.Names(o.root); err != nil {
			return nil, err
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no corpora under %s", o.root)
	}
	res := &result{runs: map[string][]evalcorpus.Run{}, timings: map[string][]timing{}}
	all := append([]extractor{baseline}, exts...)
	total := make([]timing, len(all))
	warm := false
	for _, name := range names {
		pages, docs, err := loadDocs(o.root, name, o.n)
		if err != nil {
			return nil, err
		}
		if len(docs) == 0 {
			continue
		}
		if !warm {
			// One untimed call each, so that one-time set-up (regexp
			// compilation, WebAssembly start-up) is not charged to a page.
			for _, e := range all {
				safeRun(e, docs[0].data, docs[0].pageURL)
			}
			warm = true
		}
		runs, ts := evalCorpus(name, pages, docs, all)
		for i := range ts {
			total[i].merge(ts[i])
		}
		res.runs[name], res.timings[name] = runs, ts
		writeCorpus(w, o, name, pages, runs, ts)
	}
	res.total = total
	writeSpeed(w, "all corpora", total)
	writeRatios(w, total)
	return res, nil
}

// selectPeers resolves -peers names.
func selectPeers(names []string) ([]extractor, error) {
	if len(names) == 0 {
		return nil, errors.New("no extractors selected")
	}
	var exts []extractor
	for _, n := range names {
		e, ok := extractors[n]
		if !ok {
			return nil, fmt.Errorf("unknown extractor %q (known: %s)", n, strings.Join(allPeers, ", "))
		}
		exts = append(exts, e)
	}
	return exts, nil
}

// loadDocs loads up to n pages of one corpus (all when n is 0) and their
// HTML, so that no timing includes reading or decompressing.
func loadDocs(root, name string, n int) ([]evalcorpus.Page, []doc, error) {
	pages, err := evalcorpus.LoadNamed(root, name)
	if err != nil {
		return nil, nil, err
	}
	if n > 0 && len(pages) > n {
		pages = pages[:n]
	}
	docs := make([]doc, len(pages))
	for i := range pages {
		data, err := pages[i].HTML()
		if err != nil {
			return nil, nil, err
		}
		docs[i] = doc{data: data, pageURL: pages[i].PageURL()}
	}
	return pages, docs, nil
}

// evalCorpus times every extractor in turn and scores the peers' output.
func evalCorpus(name string, pages []evalcorpus.Page, docs []doc, all []extractor) ([]evalcorpus.Run, []timing) {
	var runs []evalcorpus.Run
	ts := make([]timing, 0, len(all))
	for _, e := range all {
		preds, t := measure(e, docs)
		ts = append(ts, t)
		if e.name == baselineName {
			continue
		}
		runs = append(runs, evalcorpus.Run{Name: e.name, Fields: e.fields, Report: evalcorpus.Score(name, pages, preds)})
	}
	return runs, ts
}

// writeCorpus writes one corpus's section.
func writeCorpus(w io.Writer, o options, name string, pages []evalcorpus.Page, runs []evalcorpus.Run, ts []timing) {
	fmt.Fprintf(w, "\n## %s (%d pages)\n", name, len(pages))
	evalcorpus.WriteMarkdown(w, runs, o.metadata)
	writeSpeed(w, name, ts)
	if o.verbose {
		writeWorst(w, runs, o.metadata)
		writeSlowest(w, pages, ts)
	}
}
