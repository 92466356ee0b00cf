package metadata

import "testing"

func TestPathCrumbs(t *testing.T) {
	story := `<h1>Ferry service resumes after six weeks of repairs</h1><p>` +
		`The ferry between the two banks carried its first passengers on Monday morning after repairs.</p>`
	tests := []struct {
		name, src, want string
	}{
		{"slashes with a More menu",
			`<div class="path"><a href="/news">News</a> <span>/</span> <a href="/news/world">World</a> / ` +
				`<div class="more"><button>More</button><div><a href="/x">Other</a></div></div></div>` + story,
			"News › World"},
		{"guillemets, home dropped",
			`<div><a href="/">Home page</a> &raquo; <a href="/provinces">Provinces</a> &raquo; <a href="/provinces/south">South</a></div>` + story,
			"Provinces › South"},
		{"a menu joined by bars is no path",
			`<div><a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/arts">Arts</a></div>` + story, ""},
		{"links without separators are no path",
			`<div><a href="/news">News</a><a href="/sport">Sport</a></div>` + story, ""},
		{"words between the links are no path",
			`<p>Read <a href="/a">this</a> / and <a href="/b">that</a></p>` + story, ""},
		{"a path below the headline is not the article's",
			story + `<div><a href="/news">News</a> / <a href="/sport">Sport</a></div>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := metaOf(t, `<html><body>`+tt.src+`</body></html>`, "https://news.example.test/story")
			if got := joinCrumbs(m.Breadcrumbs); got != tt.want {
				t.Errorf("breadcrumbs = %q, want %q", got, tt.want)
			}
		})
	}
}
