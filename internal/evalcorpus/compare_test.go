package evalcorpus

import "testing"

func TestCompareLang(t *testing.T) {
	for _, c := range []struct {
		want, pred     string
		exact, primary bool
	}{
		{"en", "EN", true, true},
		{"en-US", "en_us", true, true},
		{"en-US", "en", false, true},
		{"de", "en", false, false},
		{"de", "", false, false},
	} {
		e, p := CompareLang(c.want, c.pred)
		if e != c.exact || p != c.primary {
			t.Errorf("CompareLang(%q, %q) = %v %v, want %v %v", c.want, c.pred, e, p, c.exact, c.primary)
		}
	}
}

func TestCompareImageURL(t *testing.T) {
	base := "https://news.example/a/story.html"
	if !CompareImageURL("https://news.example/img/1.jpg", nil, " /img/1.jpg ", base) {
		t.Error("a relative prediction resolves against the page URL")
	}
	if CompareImageURL("https://news.example/img/1.jpg", nil, "/img/2.jpg", base) {
		t.Error("another image must not match")
	}
	alts := []string{"https://cdn.example/1-small.jpg"}
	if !CompareImageURL("https://cdn.example/1-large.jpg", alts, "https://cdn.example/1-small.jpg", base) {
		t.Error("an alternative size is accepted")
	}
	if CompareImageURL("https://news.example/img/1.jpg", nil, "", base) {
		t.Error("nothing predicted is no match")
	}
}

func TestFirstWordsMatch(t *testing.T) {
	text := "The  council met\non Tuesday evening to vote."
	if !FirstWordsMatch("The council met on", text) {
		t.Error("leading words with other spacing must match")
	}
	if FirstWordsMatch("The council voted", text) {
		t.Error("different words must not match")
	}
	if FirstWordsMatch("The council met on Tuesday evening to vote. Then", text) {
		t.Error("a text shorter than the expectation must not match")
	}
	if !FirstWordsMatch("", "  ") || FirstWordsMatch("", "text") {
		t.Error("an empty expectation asks for an empty text")
	}
}

func TestSnippets(t *testing.T) {
	text := "First paragraph of the story.\n\nSecond   paragraph here."
	c := Snippets(
		[]string{"story. Second paragraph", "missing chunk", "  "},
		[]string{"Second paragraph here", "Subscribe now"},
		text)
	if c != (SnippetCounts{TP: 1, FN: 1, FP: 1, TN: 1}) {
		t.Fatalf("Snippets = %+v", c)
	}
	p, r, f := c.Add(SnippetCounts{TP: 2, TN: 1}).PRF()
	// TP 3, FP 1, FN 1.
	if !near(p, 0.75) || !near(r, 0.75) || !near(f, 0.75) {
		t.Fatalf("PRF = %v %v %v", p, r, f)
	}
	if got := c.Accuracy(); !near(got, 0.5) {
		t.Fatalf("Accuracy = %v", got)
	}
}
