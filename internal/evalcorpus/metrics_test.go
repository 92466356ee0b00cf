package evalcorpus

import (
	"math"
	"reflect"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestTokensPythonWord(t *testing.T) {
	// Python's \w is letters, numbers and "_"; combining marks split words.
	got := Tokens("Hello, wörld_1 x² — ½ 一二 हिन्दी")
	want := []string{"Hello", "wörld_1", "x²", "½", "一二", "ह", "न", "द"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Tokens = %q, want %q", got, want)
	}
	if got := Tokens("  ...  "); got != nil {
		t.Fatalf("Tokens of punctuation = %q, want none", got)
	}
}

func TestNormalizeAndFold(t *testing.T) {
	// "e" + combining acute composes under NFC; NBSP and newlines collapse.
	if got := Normalize(" Cafe\u0301\u00a0au\n\tlait  "); got != "Café au lait" {
		t.Fatalf("Normalize = %q", got)
	}
	if got := FoldedTokens("STRASSE Straße"); got[0] != got[1] {
		t.Fatalf("FoldedTokens = %q: fold should equate ß and SS", got)
	}
}

func TestShinglesShortText(t *testing.T) {
	// Fewer tokens than the shingle size still give one shingle.
	if got := Shingles("a b", 4); len(got) != 1 || got[0] != "a\x00b" {
		t.Fatalf("Shingles(a b) = %q", got)
	}
	if got := Shingles("", 4); got != nil {
		t.Fatalf("Shingles of empty = %q", got)
	}
	if got := len(Shingles("one two three four five", 4)); got != 2 {
		t.Fatalf("5 tokens give %d shingles, want 2", got)
	}
}

// The expected values below come from running upstream evaluate.py's
// string_shingle_matching and metrics_from_tp_fp_fns on the same strings.
func TestShingleCountsMatchUpstream(t *testing.T) {
	cases := []struct {
		truth, pred string
		want        Counts
	}{
		// Case matters: "One" and "one" differ upstream.
		{"One two three four five six.", "one two three four five six seven", Counts{0.4, 0.4, 0.2}},
		{"One two three four five six.", "One two three four five six seven", Counts{0.75, 0.25, 0}},
		{"a b", "a b", Counts{1, 0, 0}},
		{"alpha beta gamma delta", "", Counts{0, 0, 1}},
	}
	var all []Counts
	for _, c := range cases {
		got := ShingleCounts(c.truth, c.pred)
		if !near(got.TP, c.want.TP) || !near(got.FP, c.want.FP) || !near(got.FN, c.want.FN) {
			t.Errorf("ShingleCounts(%q, %q) = %+v, want %+v", c.truth, c.pred, got, c.want)
		}
		all = append(all, got)
	}
	p, r, f := Aggregate(all)
	if !near(p, 0.75) || !near(r, 2.0/3) || !near(f, 0.7058823529411765) {
		t.Fatalf("Aggregate = %v %v %v, want 0.75 0.6667 0.7059", p, r, f)
	}
}

func TestAggregateSkipsEmptyOutputForPrecision(t *testing.T) {
	// An empty output lowers recall only; a page with nothing on either side
	// counts nowhere.
	p, r, _ := Aggregate([]Counts{{1, 0, 0}, {0, 0, 1}, {}})
	if p != 1 || r != 0.5 {
		t.Fatalf("Aggregate = %v %v, want 1 0.5", p, r)
	}
	if p, r, f := Aggregate(nil); p != 0 || r != 0 || f != 0 {
		t.Fatal("Aggregate of nothing should be zero")
	}
}

func TestTokenCountsBag(t *testing.T) {
	// Bags: repeated tokens count; case is folded.
	c := TokenCounts("the cat the hat", "The the cat dog")
	// truth {the:2 cat hat}, pred {the:2 cat dog}: tp 3, fp 1, fn 1.
	if !near(c.Precision(), 0.75) || !near(c.Recall(), 0.75) {
		t.Fatalf("TokenCounts = %+v", c)
	}
}

func TestTokenF1(t *testing.T) {
	if got := TokenF1("Breaking: Big News", "big news"); !near(got, 0.8) {
		t.Fatalf("TokenF1 = %v, want 0.8", got)
	}
	if got := TokenF1("Title", ""); got != 0 {
		t.Fatalf("TokenF1 with empty prediction = %v", got)
	}
	if got := TokenF1("—", ""); got != 1 {
		t.Fatalf("TokenF1 of two token-less strings = %v", got)
	}
}

func TestSetPRF(t *testing.T) {
	p, r, f := SetPRF([]string{"Jane Doe", "John  Roe"}, []string{"jane doe", "Max Moe", "JANE DOE"})
	if !near(p, 0.5) || !near(r, 0.5) || !near(f, 0.5) {
		t.Fatalf("SetPRF = %v %v %v", p, r, f)
	}
	if _, _, f := SetPRF([]string{"A"}, nil); f != 0 {
		t.Fatal("an empty prediction must score 0")
	}
	if _, _, f := SetPRF([]string{"Ann Lee"}, []string{" ann\u00a0lee "}); f != 1 {
		t.Fatal("names must compare after normalisation and folding")
	}
}
