package metadata

import (
	"strings"
	"testing"
)

func TestDecodeLDTolerates(t *testing.T) {
	cases := map[string]string{
		"plain":          `{"@type":"NewsArticle","headline":"A"}`,
		"trailing comma": `{"@type":"NewsArticle","headline":"A",}`,
		"array comma":    `[{"@type":"NewsArticle","headline":"A"},]`,
		"comment wrap":   `<!-- {"@type":"NewsArticle","headline":"A"} -->`,
		"cdata wrap": `//<![CDATA[
{"@type":"NewsArticle","headline":"A"}
//]]>`,
		"raw newline in string": "{\"@type\":\"NewsArticle\",\"headline\":\"A\nB\"}",
		"bad escape":            `{"@type":"NewsArticle","headline":"A\'s"}`,
		"two values":            `{"@type":"WebSite","name":"S"} {"@type":"NewsArticle","headline":"A"}`,
	}
	for name, src := range cases {
		vals := decodeLD(src)
		if len(vals) == 0 {
			t.Errorf("%s: nothing decoded from %q", name, src)
		}
	}
	if vals := decodeLD(`{"@type": "NewsArticle", "headline": `); len(vals) != 0 {
		t.Errorf("truncated JSON decoded to %v", vals)
	}
}

func TestJSONLDGraphArticle(t *testing.T) {
	m := metaOf(t, `<html><head><script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","@id":"https://ex.com/#site","name":"Example Daily","inLanguage":"en-GB"},
 {"@type":"Organization","@id":"https://ex.com/#org","name":"Example Daily Ltd"},
 {"@type":"Person","@id":"https://ex.com/#p1","name":"Ada Brook"},
 {"@type":["ReportageNewsArticle"],"headline":"Harbour reopens after storm",
  "author":[{"@id":"https://ex.com/#p1"},{"@type":"Person","name":"Cal Dorn"}],
  "publisher":{"@id":"https://ex.com/#org"},
  "keywords":"harbour, storms, ,shipping",
  "image":{"@type":"ImageObject","url":"/img/harbour.jpg","caption":"The harbour at dawn","width":"1200px","height":800},
  "liveBlogUpdate":[{"@type":"BlogPosting","headline":"Update one","author":"X","datePublished":"2024-01-01","articleBody":"b","image":"u"}]},
 {"@type":"BreadcrumbList","itemListElement":[
  {"@type":"ListItem","position":2,"item":{"@id":"https://ex.com/news/","name":"News"}},
  {"@type":"ListItem","position":1,"name":"Home","item":"https://ex.com/"},
  {"@type":"ListItem","position":3,"name":"Harbour reopens after storm"}]}
]}
</script></head><body><p>x</p></body></html>`, "https://ex.com/news/harbour")
	if m.Title != "Harbour reopens after storm" {
		t.Errorf("title %q", m.Title)
	}
	if m.SiteName != "Example Daily" { // the publisher, less the legal form the WebSite name leaves out
		t.Errorf("site %q", m.SiteName)
	}
	if m.Language != "en-GB" {
		t.Errorf("language %q", m.Language)
	}
	if m.Type != "reportagenewsarticle" {
		t.Errorf("type %q", m.Type)
	}
	if got := strings.Join(m.Tags, "|"); got != "harbour|storms|shipping" {
		t.Errorf("tags %q", got)
	}
	if got := joinCrumbs(m.Breadcrumbs); got != "News" || m.Breadcrumbs[0].URL != "https://ex.com/news/" {
		t.Errorf("breadcrumbs %q %+v", got, m.Breadcrumbs)
	}
	p := pageOf(t, `<script type="application/ld+json">{"@graph":[{"@type":"Person","@id":"#a","name":"Ada Brook"},{"@type":"NewsArticle","headline":"H","author":{"@id":"#a"},"image":[{"@type":"ImageObject","contentUrl":"https://ex.com/a.jpg","caption":"Cap"}]}]}</script>`)
	ld := readJSONLD(p, collect(p).ldScripts)
	if strings.Join(ld.authors, "|") != "Ada Brook" {
		t.Errorf("authors through @id: %q", ld.authors)
	}
	if ld.image == nil || ld.image.URL != "https://ex.com/a.jpg" || ld.image.Caption != "Cap" {
		t.Errorf("image %+v", ld.image)
	}
}

func TestJSONLDPrefersTopLevelStory(t *testing.T) {
	p := pageOf(t, `<script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Live: the vote",
"liveBlogUpdate":[{"@type":"BlogPosting","headline":"Polls close","author":"A","datePublished":"2024-01-01","articleBody":"b","image":"u"}]}</script>`)
	ld := readJSONLD(p, collect(p).ldScripts)
	if ld.headline != "Live: the vote" {
		t.Errorf("headline %q, want the live blog's own", ld.headline)
	}
}

func TestJSONLDEscapedHeadline(t *testing.T) {
	p := pageOf(t, `<script type="application/ld+json">{"@type":"Article","headline":"Tom &amp; Jerry <em>return</em>","author":"https://ex.com/u/1"}</script>`)
	ld := readJSONLD(p, collect(p).ldScripts)
	if ld.headline != "Tom & Jerry return" {
		t.Errorf("headline %q", ld.headline)
	}
	if len(ld.authors) != 0 {
		t.Errorf("a profile URL is not a name: %q", ld.authors)
	}
}

func FuzzDecodeLD(f *testing.F) {
	for _, s := range []string{`{"@type":"NewsArticle","headline":"A",}`, `<!--[{"a":1},]-->`, "{\"a\":\"b\nc\"}", `{"a":"\q"}`, `[[[[`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		vals := decodeLD(s)
		d := &ldData{byID: map[string]ldObject{}, nested: map[int]bool{}}
		for _, v := range vals {
			d.flatten(v, 0, false)
		}
		d.article = d.pickArticle()
	})
}

func TestJSONLDLoneClipDatesThePage(t *testing.T) {
	cases := []struct{ name, ld, want string }{
		{"one video", `{"@type":"VideoObject","name":"Crews train","uploadDate":"2025-01-18T21:40:00Z"}`, "2025-01-18T21:40:00Z"},
		{"podcast episode", `{"@type":"PodcastEpisode","name":"Episode 12","datePublished":"2025-02-03"}`, "2025-02-03"},
		{"several clips are a listing", `[{"@type":"VideoObject","uploadDate":"2025-01-18"},{"@type":"VideoObject","uploadDate":"2025-01-12"}]`, ""},
		{"an article's own date wins", `{"@type":"NewsArticle","headline":"Crews train","datePublished":"2025-01-19","video":{"@type":"VideoObject","uploadDate":"2025-01-18"}}`, "2025-01-19"},
	}
	for _, c := range cases {
		p := pageOf(t, `<script type="application/ld+json">`+c.ld+`</script>`)
		if got := readJSONLD(p, collect(p).ldScripts).published; got != c.want {
			t.Errorf("%s: published %q, want %q", c.name, got, c.want)
		}
	}
}

// The page object's ImageObject lends its caption to the article's
// picture when both name the same address; another picture's does not.
func TestJSONLDPageImageCaption(t *testing.T) {
	for _, tc := range []struct{ thumb, want string }{
		{"https://ex.com/up/fair.jpg", "The midway at dusk."},
		{"https://ex.com/up/other.jpg", ""},
	} {
		src := `<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Fair moves","thumbnailUrl":"` + tc.thumb + `"},{"@type":"WebPage","primaryImageOfPage":{"@id":"#img"}},{"@type":"ImageObject","@id":"#img","url":"https://ex.com/up/fair.jpg","caption":"The midway at dusk."}]}</script></head><body></body></html>`
		p := pageOf(t, src)
		s := collect(p)
		if got := readJSONLD(p, s.ldScripts).image.Caption; got != tc.want {
			t.Errorf("thumbnail %s: caption %q, want %q", tc.thumb, got, tc.want)
		}
	}
}
