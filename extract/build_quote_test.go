package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestBuildQuotes(t *testing.T) {
	runBuildCases(t, []buildCase{
		{name: "blockquote with cite element",
			in:   `<blockquote><p>We will rebuild the pier.</p><p>Every plank of it.</p><footer>— <cite>Mayor Ines Alba</cite></footer></blockquote>`,
			want: Body{{Kind: Quote, Cite: "Mayor Ines Alba", Children: []Block{para("We will rebuild the pier."), para("Every plank of it.")}}}},
		{name: "loose text in blockquote",
			in:   `<blockquote>Words without a paragraph.</blockquote>`,
			want: Body{{Kind: Quote, Children: []Block{para("Words without a paragraph.")}}}},
		{name: "cite attribute",
			in:   `<blockquote cite="/speech"><p>Said here.</p></blockquote>`,
			want: Body{{Kind: Quote, Cite: "https://news.example.com/speech", Children: []Block{para("Said here.")}}}},
		{name: "pull quote figure",
			in:   `<figure class="wp-block-pullquote"><blockquote><p>The sea gave us everything.</p></blockquote><figcaption>Rosa Vento</figcaption></figure>`,
			want: Body{{Kind: Quote, Cite: "Rosa Vento", Children: []Block{para("The sea gave us everything.")}}}},
		{name: "pull quote aside",
			in:   `<p>Before.</p><aside class="pull-quote">The sea gave us everything.</aside><p>After.</p>`,
			want: Body{para("Before."), {Kind: Quote, Children: []Block{para("The sea gave us everything.")}}, para("After.")}},
		{name: "empty quote dropped",
			in:   `<blockquote> </blockquote><p>x1</p>`,
			want: Body{para("x1")}},
		{name: "cite in prose stays text",
			in:   `<p>She read <cite>The Tides</cite> twice.</p>`,
			want: Body{{Kind: Paragraph, Text: "She read The Tides twice."}}},
	})
}

func TestBuildEmbeds(t *testing.T) {
	runBuildCases(t, []buildCase{
		{name: "tweet",
			in: `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Ferry service resumes at noon <a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; Harbour Office (@harbour) <a href="https://twitter.com/harbour/status/123?ref_src=twsrc%5Etfw">May 4, 2024</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>`,
			want: Body{{Kind: Quote, Cite: "https://twitter.com/harbour/status/123", Children: []Block{
				{Kind: Paragraph, Text: "Ferry service resumes at noon pic.twitter.com/abc", Spans: []Span{
					{Text: "Ferry service resumes at noon "}, {Text: "pic.twitter.com/abc", URL: "https://t.co/abc"}}},
				{Kind: Paragraph, Text: "— Harbour Office (@harbour) May 4, 2024", Spans: []Span{
					{Text: "— Harbour Office (@harbour) "}, {Text: "May 4, 2024", URL: "https://twitter.com/harbour/status/123"}}}}}}},
		{name: "instagram",
			in: `<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/XYZ/?utm_source=ig_embed&amp;img_index=2"><div><a href="https://www.instagram.com/p/XYZ/">View this post on Instagram</a></div>
				<p><a href="https://www.instagram.com/p/XYZ/">First light over the bay</a></p><p>A post shared by Bay Photos (@bay)</p></blockquote>`,
			opts: Options{OmitLinks: true},
			want: Body{{Kind: Quote, Cite: "https://www.instagram.com/p/XYZ/?img_index=2", Children: []Block{para("First light over the bay")}}}},
		{name: "tiktok without text",
			in:   `<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@bay/video/42"><section></section></blockquote>`,
			want: Body{{Kind: Quote, Cite: "https://www.tiktok.com/@bay/video/42"}}},
		{name: "facebook div",
			in:   `<div class="fb-post" data-href="https://www.facebook.com/bay/posts/7"></div>`,
			want: Body{{Kind: Quote, Cite: "https://www.facebook.com/bay/posts/7"}}},
		{name: "youtube iframe",
			in: `<p>Watch:</p><iframe src="https://www.youtube.com/embed/abc123" title="Launch of the new ferry"></iframe>`,
			want: Body{para("Watch:"), {Kind: Paragraph, Text: "Launch of the new ferry", Spans: []Span{
				{Text: "Launch of the new ferry", URL: "https://www.youtube.com/embed/abc123"}}}}},
		{name: "youtube iframe without title, lazy",
			in: `<iframe data-src="//www.youtube-nocookie.com/embed/xyz"></iframe>`,
			want: Body{{Kind: Paragraph, Text: "https://www.youtube-nocookie.com/embed/xyz", Spans: []Span{
				{Text: "https://www.youtube-nocookie.com/embed/xyz", URL: "https://www.youtube-nocookie.com/embed/xyz"}}}}},
		{name: "ad iframe dropped",
			in:   `<iframe src="https://ads.example.org/slot"></iframe><p>Text.</p>`,
			want: Body{para("Text.")}},
		{name: "iframe dropped without links",
			in:   `<iframe src="https://player.vimeo.com/video/1" title="Clip"></iframe>`,
			opts: Options{OmitLinks: true},
			want: nil},
	})
}

func TestBuildPre(t *testing.T) {
	runBuildCases(t, []buildCase{
		{name: "whitespace kept",
			in:   "<pre><code>func main() {\n\tfmt.Println(\"hi\")\n}\n</code></pre>",
			want: Body{{Kind: Pre, Text: "func main() {\n\tfmt.Println(\"hi\")\n}"}}},
		{name: "lines in divs and br",
			in:   `<pre><div class="line">a := 1</div><div class="line">b := 2</div>c := 3<br>d := 4</pre>`,
			want: Body{{Kind: Pre, Text: "a := 1\nb := 2\nc := 3\nd := 4"}}},
		{name: "inline code",
			in: `<p>Run <code>go  test</code> now.</p>`,
			want: Body{{Kind: Paragraph, Text: "Run go test now.", Spans: []Span{
				{Text: "Run "}, {Text: "go test", Code: true}, {Text: " now."}}}}},
	})
}

func TestBuildLinks(t *testing.T) {
	runBuildCases(t, []buildCase{
		{name: "absolute links",
			in: `<p>See <a href="/report">the report</a> and <a href="javascript:void(0)">this</a>.</p>`,
			want: Body{{Kind: Paragraph, Text: "See the report and this.", Spans: []Span{
				{Text: "See "}, {Text: "the report", URL: "https://news.example.com/report"}, {Text: " and this."}}}}},
		{name: "omit links keeps text",
			in:   `<p>See <a href="/report">the report</a>.</p>`,
			opts: Options{OmitLinks: true},
			want: Body{para("See the report.")}},
		{name: "nested formatting",
			in: `<p><a href="https://x.example/"><strong>Bold <em>both</em></strong></a></p>`,
			want: Body{{Kind: Paragraph, Text: "Bold both", Spans: []Span{
				{Text: "Bold ", URL: "https://x.example/", Strong: true}, {Text: "both", URL: "https://x.example/", Strong: true, Em: true}}}}},
	})
}

func TestBuildTables(t *testing.T) {
	runBuildCases(t, []buildCase{
		{name: "data table",
			in: `<table><caption>Results</caption><thead><tr><th>Party</th><th>Seats</th></tr></thead>
				<tbody><tr><td> Blue </td><td>41</td></tr><tr><td>Green</td><td>12</td></tr><tr><td></td><td></td></tr></tbody></table>`,
			want: Body{para("Results"), {Kind: Table, HeaderRows: 1, Rows: [][]string{{"Party", "Seats"}, {"Blue", "41"}, {"Green", "12"}}}}},
		{name: "th row without thead",
			in:   `<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>`,
			want: Body{{Kind: Table, HeaderRows: 1, Rows: [][]string{{"A", "B"}, {"1", "2"}}}}},
		{name: "bold first row is header",
			in:   `<table><tr><td><p><b>Status</b></p></td><td><strong>Meaning</strong></td><td></td></tr><tr><td>new</td><td><b>ready</b></td><td>x1</td></tr></table>`,
			want: Body{{Kind: Table, HeaderRows: 1, Rows: [][]string{{"Status", "Meaning", ""}, {"new", "ready", "x1"}}}}},
		{name: "bold single row stays data",
			in:   `<table><tr><td><b>A</b></td><td><b>B</b></td></tr></table>`,
			want: Body{{Kind: Table, Rows: [][]string{{"A", "B"}}}}},
		{name: "omit tables",
			in:   `<table><tr><td>1</td><td>2</td></tr></table><p>After.</p>`,
			opts: Options{OmitTables: true},
			want: Body{para("After.")}},
		{name: "layout table walked",
			in:   `<table><tr><td><h2>Title</h2><p>Story text in a layout table.</p></td><td>Side</td></tr></table>`,
			want: Body{{Kind: Heading, Level: 2, Text: "Title"}, para("Story text in a layout table."), para("Side")}},
		{name: "single cell layout",
			in:   `<table role="presentation"><tr><td>Only cell <b>here</b></td></tr></table>`,
			opts: Options{OmitTables: true},
			want: Body{{Kind: Paragraph, Text: "Only cell here", Spans: []Span{{Text: "Only cell "}, {Text: "here", Strong: true}}}}},
	})
}

func TestBuildQuoteFooterSkipped(t *testing.T) {
	doc := `<blockquote><p>Words.</p><footer>— <cite>A. Speaker</cite></footer></blockquote>`
	got := buildHTMLSkip(t, doc, func(n *html.Node) bool { return n.DataAtom == atom.Footer })
	want := Body{{Kind: Quote, Cite: "A. Speaker", Children: []Block{para("Words.")}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("body differs (-want +got):\n%s", diff)
	}
}
