package evalcorpus

import "strings"

// ShingleSize is the aeb scorer's n-gram length.
const ShingleSize = 4

// Counts are the true positives, false positives and false negatives of one
// page's comparison, normalised to sum to 1 (as the aeb scorer does, so that
// long pages weigh no more than short ones), or all zero when both sides are
// empty.
type Counts struct{ TP, FP, FN float64 }

// Precision is the aeb scorer's precision_score.
func (c Counts) Precision() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FP == 0:
		return 0
	}
	return c.TP / (c.TP + c.FP)
}

// Recall is the aeb scorer's recall_score.
func (c Counts) Recall() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FN == 0:
		return 0
	}
	return c.TP / (c.TP + c.FN)
}

// F1 is the page's own F1, the harmonic mean of its precision and recall.
func (c Counts) F1() float64 { return f1(c.Precision(), c.Recall()) }

// f1 is the harmonic mean of p and r, 0 when both are 0.
func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Aggregate is the aeb scorer's metrics_from_tp_fp_fns: precision averaged
// over the pages with output (TP+FP > 0), recall averaged over the pages with
// expected text (TP+FN > 0), F1 of those two means. A mean over no pages is 0
// (upstream would raise).
func Aggregate(cs []Counts) (p, r, f float64) {
	var np, nr int
	for _, c := range cs {
		if c.TP+c.FP > 0 {
			p += c.Precision()
			np++
		}
		if c.TP+c.FN > 0 {
			r += c.Recall()
			nr++
		}
	}
	if np > 0 {
		p /= float64(np)
	}
	if nr > 0 {
		r /= float64(nr)
	}
	return p, r, f1(p, r)
}

// compareBags counts the multiset overlap of truth and pred, normalised.
func compareBags(truth, pred []string) Counts {
	want := make(map[string]int, len(truth))
	for _, t := range truth {
		want[t]++
	}
	var c Counts
	for _, t := range pred {
		if want[t] > 0 {
			want[t]--
			c.TP++
		} else {
			c.FP++
		}
	}
	for _, n := range want {
		c.FN += float64(n)
	}
	if s := c.TP + c.FP + c.FN; s > 0 {
		c.TP, c.FP, c.FN = c.TP/s, c.FP/s, c.FN/s
	}
	return c
}

// Shingles are the aeb scorer's n-grams of \w+ tokens, joined: tokens are
// taken as they are (the upstream pattern's IGNORECASE flag does not change
// what \w+ matches, and nothing lower-cases them), and a text with fewer
// than n tokens but at least one gives one shorter shingle.
func Shingles(text string, n int) []string {
	toks := Tokens(text)
	if len(toks) == 0 {
		return nil
	}
	count := max(1, len(toks)-n+1)
	out := make([]string, 0, count)
	for i := 0; i < count; i++ {
		// NUL is not a word character, so joined shingles stay distinct.
		out = append(out, strings.Join(toks[i:min(i+n, len(toks))], "\x00"))
	}
	return out
}

// ShingleCounts is the aeb scorer's string_shingle_matching with 4-grams.
// The texts are compared as given, without normalisation, as upstream does.
func ShingleCounts(truth, pred string) Counts {
	return compareBags(Shingles(truth, ShingleSize), Shingles(pred, ShingleSize))
}

// TokenCounts compares the bags of normalised, case-folded \w+ tokens: the
// body_text metric of every corpus but aeb.
func TokenCounts(truth, pred string) Counts {
	return compareBags(FoldedTokens(truth), FoldedTokens(pred))
}

// TokenF1 is the partial credit of a string field: F1 of the case-folded
// token bags; 1 when both have no tokens, 0 when only one has.
func TokenF1(truth, pred string) float64 {
	c := TokenCounts(truth, pred)
	if c.TP+c.FP+c.FN == 0 {
		return 1
	}
	return c.F1()
}

// SetPRF compares two name sets (authors, tags, categories) after
// normalising and case-folding each entry; duplicates and empty entries are
// dropped. Both empty is a perfect score; only one empty scores 0.
func SetPRF(truth, pred []string) (p, r, f float64) {
	want, got := foldSet(truth), foldSet(pred)
	if len(want) == 0 && len(got) == 0 {
		return 1, 1, 1
	}
	if len(want) == 0 || len(got) == 0 {
		return 0, 0, 0
	}
	hit := 0
	for s := range got {
		if want[s] {
			hit++
		}
	}
	p = float64(hit) / float64(len(got))
	r = float64(hit) / float64(len(want))
	return p, r, f1(p, r)
}

// foldSet is the set of normalised, case-folded non-empty entries.
func foldSet(list []string) map[string]bool {
	set := make(map[string]bool, len(list))
	for _, s := range list {
		if s = Fold(Normalize(s)); s != "" {
			set[s] = true
		}
	}
	return set
}
