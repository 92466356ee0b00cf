package metadata

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestTags(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"article:tag metas", `<meta property="article:tag" content="Harbours"><meta property="article:tag" content="Storms">`, "Harbours|Storms"},
		{"news_keywords", `<meta name="news_keywords" content="harbours, storms, harbours, Storms">`, "harbours|storms"},
		{"JSON-LD array", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"h","keywords":["Harbours","Storms"]}</script>`, "Harbours|Storms"},
		{"parsely tags", `<meta name="parsely-tags" content="harbours,storms">`, "harbours|storms"},
		{"sailthru tags", `<meta name="sailthru.tags" content="harbours, storms">`, "harbours|storms"},
		{"the list others agree with wins",
			`<meta property="article:tag" content="Business, Finance, &amp; Economics"><meta name="keywords" content="Rates, Banks"><meta name="news_keywords" content="Rates, Banks">`,
			"Rates|Banks"},
		{"junk dropped",
			`<meta name="keywords" content="Harbours, 1234, 26157981-b4f7-4929-adc1-e860c6f03636, example.com, type:article, null, https://ex.com/x, Storms">`,
			"Harbours|Storms"},
		{"snake-case keys dropped, capitalised codes kept",
			`<meta name="keywords" content="Harbours, type_review, cat_ports-shipping, k1_storms, HARBOUR_SAFETY, Storms">`,
			"Harbours|HARBOUR_SAFETY|Storms"},
		{"CJK keywords separated by spaces", `<meta name="keywords" content="港口 风暴 航运">`, "港口|风暴|航运"},
		{"rel=tag links", `<p><a rel="tag" href="/t/harbours">Harbours</a> <a rel="tag" href="/t/storms">Storms</a></p>`, "Harbours|Storms"},
		{"tag list links, skip link ignored",
			`<ul class="article-tags"><li><a href="#next">Skip this section</a></li><li><a href="/t/h">Harbours</a></li><li><a href="/t/s">Storms</a></li></ul>`,
			"Harbours|Storms"},
		{"none", `<p>No tags.</p>`, ""},
	}
	for _, c := range cases {
		m := metaOf(t, "<html><head></head><body>"+c.src+"</body></html>", "https://ex.com/a")
		if got := strings.Join(m.Tags, "|"); got != c.want {
			t.Errorf("%s: tags %q, want %q", c.name, got, c.want)
		}
	}
}

func TestTagsSiteWideListDropped(t *testing.T) {
	m := metaOf(t, `<html><head><meta property="og:site_name" content="Valley Online"><meta name="keywords" content="Valley Online, news, hotels, weather"></head><body><a rel="tag" href="/t/floods">Floods</a><div class="widget_tag_cloud"><a rel="tag" href="/t/x">Everything</a></div><a rel="category tag" href="/c/local">Local</a></body></html>`, "https://valley.example/a")
	if got := strings.Join(m.Tags, "|"); got != "Floods" {
		t.Errorf("tags %q, want the article's own tag link only", got)
	}
}

func TestTagsMachineFieldsDropped(t *testing.T) {
	m := metaOf(t, `<html><head><meta name="keywords" content="Section: Business, Word Count: 800, Page Type: Story, Tariffs, Shipping"></head><body><h1>x</h1></body></html>`, "")
	if got := strings.Join(m.Tags, "|"); got != "Tariffs|Shipping" {
		t.Errorf("tags %q, want the topics without the analytics fields", got)
	}
	m = metaOf(t, `<html><head><meta name="keywords" content="Space: the final frontier, Astronomy, Rockets"></head><body><h1>x</h1></body></html>`, "")
	if got := strings.Join(m.Tags, "|"); got != "Space: the final frontier|Astronomy|Rockets" {
		t.Errorf("tags %q, want a single colon kept", got)
	}
}

func TestTagsAnalyticsListDropped(t *testing.T) {
	m := metaOf(t, `<html><head><meta name="keywords" content="Day: Monday, Hour: 09.00, Page Type: Story, Length: 800-999, Desk: Metro, Short"></head><body><h1>x</h1></body></html>`, "")
	if len(m.Tags) != 0 {
		t.Errorf("tags %q, want none from an analytics list", m.Tags)
	}
}

// An analytics list's topic fields are the topics: "Subject: Courts" is
// Courts, whether the list is all fields or mostly fields.
func TestTagsAnalyticsTopicFields(t *testing.T) {
	tests := []struct{ ld, want string }{
		{`["Day: Tuesday","Hour: 16.00","Page Type: Story","Long","Words: 800-999","Subject: Courts","Subject: Housing","Partner: Feedly"]`, "Courts|Housing"},
		{`["Section: Metro","Page Type: Story","Topic: Tenancy law","Rent control","Evictions"]`, "Tenancy law|Rent control|Evictions"},
	}
	for _, tt := range tests {
		m := metaOf(t, `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"x","keywords":`+tt.ld+`}</script></head><body><h1>x</h1></body></html>`, "")
		if got := strings.Join(m.Tags, "|"); got != tt.want {
			t.Errorf("tags %q, want %q", got, tt.want)
		}
	}
}

// Tag links in a card announcing another story are that story's topics;
// the story's own, and a card linking back to this page, still count.
func TestTagsNotFromTeaserCards(t *testing.T) {
	card := func(href string) string {
		return `<article class="post"><h2 class="entry-title"><a href="` + href + `">Who owns the terraces?</a></h2><p class="post-meta"><a href="/category/land/" rel="tag">Land</a></p><p>The stone terraces above the village were built by hand.</p></article>`
	}
	const at = "https://notes.example/2025/09/ledger/"
	for _, tc := range []struct{ body, want string }{
		{`<h1>The orchard ledger</h1><p>Every orchard keeps a ledger.</p>` + card("/2025/08/terraces/") + card("/2025/07/cannery/"), ""},
		{`<article><h1><a href="/2025/09/ledger/">The orchard ledger</a></h1><p>Every orchard keeps a ledger. <a href="/tag/orchards/" rel="tag">Orchards</a></p></article>`, "Orchards"},
	} {
		m := metaOf(t, `<html><head></head><body>`+tc.body+`</body></html>`, at)
		if got := strings.Join(m.Tags, "|"); got != tc.want {
			t.Errorf("tags %q, want %q", got, tc.want)
		}
	}
}

// A widget that holds the headline is the post itself (blog platforms
// render it as one); its tag links count, a sidebar widget's do not.
func TestTagsInPostWidget(t *testing.T) {
	m := metaOf(t, `<html><head></head><body><div class="widget Blog"><h1>Dyke walk</h1><p>We walked the dyke.</p><span class="post-labels"><a rel="tag" href="/label/dykes">dykes</a></span></div><div class="widget Label"><a rel="tag" href="/label/beaches">beaches</a></div></body></html>`, "https://walks.example/2025/10/dyke.html")
	if got := strings.Join(m.Tags, "|"); got != "dykes" {
		t.Errorf("tags %q, want the post widget's label only", got)
	}
}

// A class ending "-tags" or "-keywords" names a tag list by its field or
// component ("field-name-field-tags", "stories-keywords"); "tagsmith" or
// "tags-wrapper-note" do not.
func TestTagListSuffix(t *testing.T) {
	for tok, want := range map[string]bool{
		"field-name-field-tags": true, "pane-recipe-tags": true, "stories-keywords": true, "Page-Tags": true,
		"tags": false, "tagsmith": false, "tags-wrapper-note": false, "keywordsearch": false,
	} {
		if got := hasTagListSuffix(tok); got != want {
			t.Errorf("hasTagListSuffix(%q) = %v, want %v", tok, got, want)
		}
	}
}

// A tag list holding an A–Z index of the site's topics is passed over; the
// article's own list further down still counts.
func TestTagsAfterLetterIndex(t *testing.T) {
	index := `<ul class="tags">`
	for _, l := range []string{"A", "B", "C", "D", "E", "F", "Abfall", "Bahnhof"} {
		index += `<li><a href="/themen/` + l + `">` + l + `</a></li>`
	}
	index += `</ul>`
	m := metaOf(t, `<html><head></head><body>`+index+`<h1>Library moves</h1><p>The library moves.</p><ul class="tags"><li><a href="/themen/library">Library</a></li><li><a href="/themen/station">Station</a></li></ul></body></html>`, "https://town.example/a")
	if got := strings.Join(m.Tags, "|"); got != "Library|Station" {
		t.Errorf("tags %q, want the article's list after the index", got)
	}
}

// Lists the other sources agree with equally: the one without tags no
// other source names wins. With no agreement at all, precedence decides.
func TestTagsTieFewerUnconfirmed(t *testing.T) {
	ld := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","keywords":["tides","harbours","splitscreenhero","magazine"]}</script>`
	m := metaOf(t, `<html><head>`+ld+`<meta name="news_keywords" content="tides, harbours"><meta name="keywords" content="tides, harbours"></head><body><h1>x</h1></body></html>`, "")
	if got := strings.Join(m.Tags, "|"); got != "tides|harbours" {
		t.Errorf("tags %q, want the list without the layout names", got)
	}
	m = metaOf(t, `<html><head><meta property="article:tag" content="tides"><meta property="article:tag" content="harbours"><meta name="keywords" content="tides harbours"></head><body><h1>x</h1></body></html>`, "")
	if got := strings.Join(m.Tags, "|"); got != "tides|harbours" {
		t.Errorf("tags %q, want precedence when no list agrees", got)
	}
}

func TestSlugTagLink(t *testing.T) {
	tests := []struct {
		link string
		want bool
	}{
		{`<a href="https://blog.example/tag/data-science?source=post">Data Science</a>`, true},
		{`<a href="/tags/climate/">Climate</a>`, true},
		{`<a href="/tag/climate/">Weather news</a>`, false}, // the text is not the slug
		{`<a href="/topics/climate/">Climate</a>`, false},
		{`<a href="/tag/">Tags</a>`, false},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader(tt.link))
		if err != nil {
			t.Fatal(err)
		}
		if got := slugTagLink(findFirstElement(doc)); got != tt.want {
			t.Errorf("slugTagLink(%s) = %v, want %v", tt.link, got, tt.want)
		}
	}
}
