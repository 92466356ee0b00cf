package metadata

import "testing"

func TestFindDescription(t *testing.T) {
	const title = "Harbour reopens after storm"
	sites := []string{"Coastal Post", "coastalpost.example", "coastalpost"}
	full := "The harbour reopened on Monday after a week of repairs to the sea wall."
	cases := []struct {
		name  string
		cands []string
		want  string
	}{
		{"first by precedence", []string{full, "Another summary of the repairs to the wall."}, full},
		{"cut with an ellipsis", []string{"The harbour reopened on Monday after a week of...", full}, full},
		{"cut mid-sentence", []string{"The harbour reopened on Monday after a", full}, full},
		{"a complete sentence is not cut", []string{"The harbour reopened on Monday.", "The harbour reopened on Monday. Boats queued at the gate."}, "The harbour reopened on Monday."},
		{"a much longer text is the body", []string{"The harbour reopened on...", "The harbour reopened on Monday after a week of repairs to the sea wall, " + filler(400)}, "The harbour reopened on..."},
		{"title and site glued on", []string{title + " | " + full + " - COASTAL POST", full}, full},
		{"said twice", []string{full + " " + full, full}, full},
		{"the site's slogan", []string{"Coastalpost.example - news from the bay"}, ""},
		{"the site's name", []string{"Coastal Post", full}, full},
		{"slogan sharing words with the headline is kept", []string{"Coastal Post: the harbour reopens"}, "Coastal Post: the harbour reopens"},
		{"the headline yields", []string{title, full}, full},
		{"the headline alone is kept", []string{title}, title},
		{"none", []string{"", ""}, ""},
	}
	for _, c := range cases {
		if got := findDescription(c.cands, title, sites); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

func filler(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = 'a' + byte(i%26)
		if i%7 == 6 {
			b[i] = ' '
		}
	}
	return string(b)
}

func TestDescriptionCandidatesLeaveOutTheSiteSlogan(t *testing.T) {
	const slogan = "All the harbour news, every morning."
	src := `<html><head><meta name="description" content="` + slogan + `">
<meta name="description" content="The sea wall is mended and the gates are open again.">
<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Coastal Post","description":"` + slogan + `"},{"@type":"NewsArticle","headline":"Harbour reopens"}]}</script>
</head><body><h1>Harbour reopens</h1></body></html>`
	p := pageOf(t, src)
	s := collect(p)
	got := descriptionCandidates(s, readJSONLD(p, s.ldScripts), readMicrodata(p, s))
	for _, c := range got {
		if c == slogan {
			t.Fatalf("candidates %q hold the WebSite's slogan", got)
		}
	}
	if len(got) == 0 || got[0] != "The sea wall is mended and the gates are open again." {
		t.Errorf("candidates = %q, want the story's summary first", got)
	}
}
