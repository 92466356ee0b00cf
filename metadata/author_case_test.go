package metadata

import (
	"strings"
	"testing"
)

// A byline set in capitals takes the spelling the page's meta tags give the
// same name; without one, or for an acronym, the capitals stay.
func TestShoutedBylineRespelled(t *testing.T) {
	tests := []struct{ head, byline, wantLine, wantAuthors string }{
		{`<meta name="author" content="Irma Feldt">`, `<p class="byline">By <span class="byline-author">IRMA FELDT</span></p>`, "Irma Feldt", "Irma Feldt"},
		{`<script type="application/ld+json">{"@type":"NewsArticle","headline":"River pilots return to the northern quay","author":[{"@type":"Person","name":"Irma Feldt"},{"@type":"Person","name":"Oskar Brandt"}]}</script>`, `<p class="byline">By <span class="byline-author">IRMA FELDT</span> and <span class="byline-author">OSKAR BRANDT</span></p>`, "Irma Feldt and Oskar Brandt", "Irma Feldt|Oskar Brandt"},
		{``, `<p class="byline">By <span class="byline-author">IRMA FELDT</span></p>`, "IRMA FELDT", "IRMA FELDT"},
	}
	for _, tt := range tests {
		m := metaOf(t, `<html><head>`+tt.head+`</head><body>`+bylineStory(tt.byline)[len(`<html><head><title>T</title></head><body>`):], "https://news.example/2024/05/story.html")
		if m.Byline != tt.wantLine || strings.Join(m.Authors, "|") != tt.wantAuthors {
			t.Errorf("byline %q authors %q, want %q and %q", m.Byline, m.Authors, tt.wantLine, tt.wantAuthors)
		}
	}
}

func TestShouted(t *testing.T) {
	for in, want := range map[string]bool{"JANE ROE": true, "Jane Roe": false, "AP": false, "J.R.": false, "McDONALD": false, "黄明": false, "ÅSA LÖF": true} {
		if got := shouted(in); got != want {
			t.Errorf("shouted(%q) = %v, want %v", in, got, want)
		}
	}
}
