package evalcorpus

import (
	"net/url"
	"strings"
)

// CompareLang compares language tags case-insensitively ("_" taken for
// "-"): exact is the whole tag, primary the primary subtag ("en-US" and
// "en" share "en").
func CompareLang(want, pred string) (exact, primary bool) {
	w, p := langTag(want), langTag(pred)
	if w == "" || p == "" {
		return false, false
	}
	wp, _, _ := strings.Cut(w, "-")
	pp, _, _ := strings.Cut(p, "-")
	return w == p, wp == pp
}

func langTag(s string) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), "_", "-")
}

// CompareImageURL reports whether pred names the annotated lead image: an
// exact match after trimming and resolving both against base, where alts
// (other sizes of the same image) count as well.
func CompareImageURL(want string, alts []string, pred, base string) bool {
	p := resolve(pred, base)
	if p == "" {
		return false
	}
	if p == resolve(want, base) {
		return true
	}
	for _, a := range alts {
		if p == resolve(a, base) {
			return true
		}
	}
	return false
}

// resolve trims ref and makes it absolute against base where both parse.
func resolve(ref, base string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	b, err := url.Parse(strings.TrimSpace(base))
	if err != nil || base == "" {
		return ref
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	return b.ResolveReference(r).String()
}

// FirstWordsMatch is the body_first_words check: the first N white-space
// separated words of text equal the N words of want; an empty want asks for
// an empty text.
func FirstWordsMatch(want, text string) bool {
	w, got := Words(want), Words(text)
	if len(w) == 0 {
		return len(got) == 0
	}
	if len(got) < len(w) {
		return false
	}
	for i := range w {
		if w[i] != got[i] {
			return false
		}
	}
	return true
}

// SnippetCounts are the trafilatura chunk checks: a contained must-chunk is
// a TP (else FN), a contained must-not chunk an FP (else TN).
type SnippetCounts struct{ TP, FP, FN, TN int }

// Add sums two counts.
func (c SnippetCounts) Add(o SnippetCounts) SnippetCounts {
	return SnippetCounts{c.TP + o.TP, c.FP + o.FP, c.FN + o.FN, c.TN + o.TN}
}

// PRF is precision, recall and F1 of the summed counts (0 where undefined).
func (c SnippetCounts) PRF() (p, r, f float64) {
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	return p, r, f1(p, r)
}

// Accuracy is (TP+TN) over all checks, as trafilatura's evaluation reports.
func (c SnippetCounts) Accuracy() float64 {
	n := c.TP + c.FP + c.FN + c.TN
	if n == 0 {
		return 0
	}
	return float64(c.TP+c.TN) / float64(n)
}

// Snippets checks the chunks against text, both white-space normalised.
// Chunks empty after normalisation test nothing and are skipped.
func Snippets(must, mustNot []string, text string) SnippetCounts {
	t := Normalize(text)
	var c SnippetCounts
	c.TP, c.FN = contained(t, must)
	c.FP, c.TN = contained(t, mustNot)
	return c
}

// contained counts the chunks found in the normalised text t, and the rest.
func contained(t string, chunks []string) (in, out int) {
	for _, s := range chunks {
		switch s = Normalize(s); {
		case s == "":
		case strings.Contains(t, s):
			in++
		default:
			out++
		}
	}
	return in, out
}
