package metadata

import (
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// peoplePage indexes an HTML fragment as a page at https://news.example/a.
func peoplePage(t *testing.T, src string) *page.Page {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse("https://news.example/2024/05/story.html")
	p, err := page.New(doc, u, page.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// bylineStory wraps a byline block in a page with a headline and story text.
func bylineStory(byline string) string {
	return `<html><head><title>T</title></head><body><nav><a href="/">Home</a></nav><article>
<h1>River pilots return to the northern quay</h1>` + byline + `
<p>The first boats came back to the quay on Tuesday morning after a winter spent in the southern basin, their crews tired but cheerful.</p>
<p>Harbour officials said the channel had been dredged twice since October and would stay open for the season, weather permitting.</p>
<p>Local traders welcomed the news, saying the empty quay had cost them most of their spring business in the last two years.</p>
</article><footer><p>Copyright Example News</p></footer></body></html>`
}

func TestParseByline(t *testing.T) {
	tests := []struct {
		in    string
		clean string
		names []string
	}{
		{"By Jane Roe", "Jane Roe", []string{"Jane Roe"}},
		{"【田中美咲】", "田中美咲", []string{"田中美咲"}},
		{"〔佐藤一郎〕", "佐藤一郎", []string{"佐藤一郎"}},
		{"（山内 沙織）", "山内 沙織", []string{"山内 沙織"}},
		{"By Jane Roe and John Doe", "Jane Roe and John Doe", []string{"Jane Roe", "John Doe"}},
		{"By Ann Smith, Bo Jones and Cy Lee", "Ann Smith, Bo Jones and Cy Lee", []string{"Ann Smith", "Bo Jones", "Cy Lee"}},
		{"By Jane Roe | Updated 3 hours ago", "Jane Roe", []string{"Jane Roe"}},
		{"Por Carla Mendes — Porto Alegre", "Carla Mendes", []string{"Carla Mendes"}},
		{"记者从市住房和城乡建设局获悉，全市今年计划加装电梯三百部。", "", nil}, // "the reporter learned from …": a clause
		{"记者 王小明", "王小明", []string{"王小明"}},
		{"アレクサンドラ・ガルシア", "アレクサンドラ・ガルシア", []string{"アレクサンドラ・ガルシア"}}, // a transliteration, set with its dot
		{"Por Carla Mendes e Rui Prado, Portal Sul — Porto Alegre", "Carla Mendes e Rui Prado, Portal Sul", []string{"Carla Mendes", "Rui Prado", "Portal Sul"}},
		{"By Jane Roe – Berlin Office", "Jane Roe", []string{"Jane Roe"}},
		{"Von Anna Berger und Jonas Keller", "Anna Berger und Jonas Keller", []string{"Anna Berger", "Jonas Keller"}},
		{"Por María López y Carlos Ruiz", "María López y Carlos Ruiz", []string{"María López", "Carlos Ruiz"}},
		{"Par Claire Martin et Paul Petit", "Claire Martin et Paul Petit", []string{"Claire Martin", "Paul Petit"}},
		{"Jane Roe July 10, 2015", "Jane Roe", []string{"Jane Roe"}},
		{"Jane Roe / 3 June 2024", "Jane Roe", []string{"Jane Roe"}},
		{"신현주 기자", "신현주 기자", []string{"신현주"}},
		{"박준석 기자 외 1명", "박준석 기자", []string{"박준석"}},
		{"워싱턴=김태연 특파원", "워싱턴=김태연 특파원", []string{"김태연"}},
		{"Jane Roe – 10:08 am Fri Jul 19, 2013", "Jane Roe", []string{"Jane Roe"}},
		{"By Jane Roe jane.roe@news.example @janeroe", "Jane Roe", []string{"Jane Roe"}},
		{"Jane Roe, Staff Writer", "Jane Roe, Staff Writer", []string{"Jane Roe"}},
		{"By Jane Roe and John Doe, Staff Writers", "Jane Roe and John Doe, Staff Writers", []string{"Jane Roe", "John Doe"}},
		{"Jane Roe and Ann Fellows", "Jane Roe and Ann Fellows", []string{"Jane Roe", "Ann Fellows"}},
		{"By Dr. Jane Roe", "Dr. Jane Roe", []string{"Jane Roe"}},
		{"By Dr. Roe", "Dr. Roe", []string{"Dr. Roe"}},
		{"By Jane Roe, Senior Politics Editor, Example Times", "Jane Roe, Senior Politics Editor, Example Times", []string{"Jane Roe"}},
		{"By Associated Press", "Associated Press", []string{"Associated Press"}},
		{"Von dpa", "dpa", []string{"dpa"}},
		{"Jane Roe, Associated Press", "Jane Roe, Associated Press", []string{"Jane Roe"}},
		{"Текст: Иван Петров и Анна Смирнова", "Иван Петров и Анна Смирнова", []string{"Иван Петров", "Анна Смирнова"}},
		{"文/张伟", "张伟", []string{"张伟"}},
		{"记者 李明、王芳", "李明、王芳", []string{"李明", "王芳"}},
		{"بقلم أحمد علي", "أحمد علي", []string{"أحمد علي"}},
		{"Jane Roe im Gespräch mit John Doe", "Jane Roe im Gespräch mit John Doe", []string{"Jane Roe", "John Doe"}},
		{"Text und Interview: Jane Roe", "Jane Roe", []string{"Jane Roe"}},
		{"Autor*innen: Jane Roe und John Doe", "Jane Roe und John Doe", []string{"Jane Roe", "John Doe"}},
		{"Escribe\x00Jane Roe", "Jane Roe", []string{"Jane Roe"}},
		{"\x00Autorin/Autor\x00 Jane Roe", "Jane Roe", []string{"Jane Roe"}},
		{"Autor:in Jane Roe", "Jane Roe", []string{"Jane Roe"}},
		// Editors edited the story; they did not write it.
		{"Written by Jane Roe\x00Edited by John Doe", "Jane Roe", []string{"Jane Roe"}},
		{"Edited by John Doe", "", nil},
		{"Words by\x00Jane Roe\x00 · Photographs by Marcus Hale", "Jane Roe", []string{"Jane Roe"}},
		{"Words by Jane Roe · Photographs by Marcus Hale", "Jane Roe", []string{"Jane Roe"}},
		// A place after the names is the dateline's, not an author.
		{"Von Lena Brandt, Duisburg", "Lena Brandt, Duisburg", []string{"Lena Brandt"}},
		{"By Jane Roe, John Doe, Lille", "Jane Roe, John Doe, Lille", []string{"Jane Roe", "John Doe"}},
		{"Alexa von Heyden", "Alexa von Heyden", []string{"Alexa von Heyden"}},
		{"Andrew Hale, Software Engineer", "Andrew Hale, Software Engineer", []string{"Andrew Hale"}},
		{"By Jane Roe | Jane Roe | May 3, 2020", "Jane Roe", []string{"Jane Roe"}},
		{"by\x00Jane Roe\x00More stories by Jane Roe", "Jane Roe", []string{"Jane Roe"}},
		{"Ein Artikel von\x00Jane Roe\x003. Mai 2024", "Jane Roe", []string{"Jane Roe"}},
		{"Tipps von\x00Alexa von Heyden", "Alexa von Heyden", []string{"Alexa von Heyden"}},
		{"Par Loïc Le Clerc le 3 mai 2019", "Loïc Le Clerc", []string{"Loïc Le Clerc"}},
		{"Courrier du Val\x0004.05.2015 à 13h36\x00Mis à jour le\x0005.05.2015\x00Par\x00Jane Roe", "Jane Roe", []string{"Jane Roe"}},
		// A role or wire printed after the names in an element of its
		// own stays in the byline as printed when a comma leads to it.
		{"By \x00Jane Roe,\x00 Science correspondent\x0025 November 2026\x00Share", "Jane Roe, Science correspondent", []string{"Jane Roe"}},
		{"By \x00Jane Roe\x00 and \x00John Doe\x00, with Reuters", "Jane Roe and John Doe, with Reuters", []string{"Jane Roe", "John Doe"}},
		{"\x00Jane Roe\x00, \x00Associated Press\x00", "Jane Roe, Associated Press", []string{"Jane Roe"}},
		{"\x00Jane Roe\x00\x00Reporter\x00", "Jane Roe", []string{"Jane Roe"}},
		{"\x00Jane Roe,\x00 read her latest columns and the archive", "Jane Roe", []string{"Jane Roe"}},
		{"Politik · Jane Roe, John Doe", "Politik · Jane Roe, John Doe", []string{"Jane Roe", "John Doe"}},
		{"By Jane Roe | John Doe", "Jane Roe | John Doe", []string{"Jane Roe", "John Doe"}},
		{"By Jane Roe (with John Doe)", "Jane Roe (with John Doe)", []string{"Jane Roe", "John Doe"}},
		{"Par \x00Jane Roe\x00 (avec John Doe et Ann Poe)", "Jane Roe (avec John Doe et Ann Poe)", []string{"Jane Roe", "John Doe", "Ann Poe"}},
		{"By Jane Roe (Reuters)", "Jane Roe", []string{"Jane Roe"}},
		{"来源：", "", nil},
		{"Updated 3 hours ago", "", nil},
		{"Share this story", "", nil},
	}
	for _, tt := range tests {
		clean, names := parseByline(tt.in, false)
		if clean != tt.clean || !slices.Equal(names, tt.names) {
			t.Errorf("parseByline(%q) = %q, %q; want %q, %q", tt.in, clean, names, tt.clean, tt.names)
		}
	}
}

func TestFindAuthorsVisible(t *testing.T) {
	tests := []struct {
		name    string
		byline  string
		want    []string
		line    string
		nodeTag string
	}{
		{"byline class", `<div class="byline">By Jane Roe and John Doe</div>`,
			[]string{"Jane Roe", "John Doe"}, "Jane Roe and John Doe", "div"},
		{"rel author links", `<p class="meta">By <a rel="author" href="/a/jr">Jane Roe</a>, <a rel="author" href="/a/jd">John Doe</a> and <a rel="author" href="/a/al">Ann Lee</a></p>`,
			[]string{"Jane Roe", "John Doe", "Ann Lee"}, "", "p"},
		{"itemprop name inside", `<div class="meta"><span itemprop="author" itemscope><span itemprop="name">Jane Roe</span></span> <time>May 3, 2024</time></div>`,
			[]string{"Jane Roe"}, "", ""},
		{"update note", `<div class="article-byline">By Jane Roe | Updated 3 hours ago</div>`,
			[]string{"Jane Roe"}, "Jane Roe", "div"},
		{"german", `<p class="autor">Von Anna Berger und Jonas Keller</p>`,
			[]string{"Anna Berger", "Jonas Keller"}, "", "p"},
		{"spanish", `<div class="firma">Por María López y Carlos Ruiz</div>`,
			[]string{"María López", "Carlos Ruiz"}, "", ""},
		{"french", `<span class="signature">Par Claire Martin et Paul Petit</span>`,
			[]string{"Claire Martin", "Paul Petit"}, "", ""},
		{"date glued", `<div class="byline"><span>Jane Roe</span><span>July 10, 2015</span></div>`,
			[]string{"Jane Roe"}, "", ""},
		{"role element", `<div class="author"><span class="name">Jane Roe</span><span class="title">Staff Writer</span></div>`,
			[]string{"Jane Roe"}, "", ""},
		{"plain text line", `<p>By Jane Roe</p>`, []string{"Jane Roe"}, "Jane Roe", "p"},
		// news.example's regional desk: the publication, not a co-author.
		{"publication desk after the name", `<p class="author">Jane Roe, NEWS NORTH</p>`, []string{"Jane Roe"}, "Jane Roe", "p"},
		{"user name after a prefix element", `<div class="recipe-author">Rezept von <a href="/u/kochfan">kochfan</a></div>`,
			[]string{"kochfan"}, "kochfan", "div"},
		{"no byline", `<p class="dek">A short summary of the story above.</p>`, nil, "", ""},
		// Tag and category links on the byline's line are topics; the
		// hCard's "fn" names the author even as a lower-case handle.
		{"hcard handle before tag links", `<div class="entry-meta"><span class="author vcard"><a class="url fn n" href="/author/jr/">jroe</a></span><span class="tags-links"><a href="/tag/quay/" rel="tag">Quay</a>, <a href="/tag/pilots/" rel="tag">Pilots</a></span></div>`,
			[]string{"jroe"}, "jroe", "div"},
		{"category list before the author", `<div class="post_posted_on"><div class="posted_date">16.12.2022</div><div class="post_cats"><a href="/category/harbour/">Harbour</a></div><div class="post_author"><a href="/author/jane/">Jane Roe</a></div></div>`,
			[]string{"Jane Roe"}, "Jane Roe", "div"},
		{"gender-inclusive role label", `<p class="column-extra">Kolumnist*in: <span class="author vcard"><a class="url fn n" href="/author/jr/">Jane Roe</a></span></p>`,
			[]string{"Jane Roe"}, "Jane Roe", "p"},
		{"name printed in parts", `<div class="byline"><a rel="author" href="/a/shb"><span class="firstname">Siri Haugland</span> <span class="lastname">Berg</span></a></div>`,
			[]string{"Siri Haugland Berg"}, "Siri Haugland Berg", "div"},
		{"screen-reader label after a separator", `<div class="article_meta_info"><span class="trending">new</span> <span class="screen-reader-text">| By </span> <span>Jane Roe</span> | <time>May 3, 2024</time></div>`,
			[]string{"Jane Roe"}, "Jane Roe", "div"},
		{"the story's own aside", `<aside class="meta"><p class="authors">Von:<br><i><a href="/autor/jane-roe-2211" class="author-name">Jane Roe</a></i></p><p class="date">12.05.2024</p></aside>`,
			[]string{"Jane Roe"}, "Jane Roe", "p"},
		{"name parts marked with itemprop", `<div class="byline">Von <span><span itemprop="givenName">Siri Haugland</span> <span itemprop="familyName">Berg</span></span></div>`,
			[]string{"Siri Haugland Berg"}, "Siri Haugland Berg", "div"},
		{"spanish escribe", `<div class="article-date-author">Escribe <span class="small"><a href="/periodista/jane-roe/">Jane Roe</a></span></div>`,
			[]string{"Jane Roe"}, "Jane Roe", "div"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := peoplePage(t, bylineStory(tt.byline))
			line, got, nodes := findAuthors(p, declaredAuthors{}, nil)
			if !slices.Equal(got, tt.want) {
				t.Errorf("authors = %q, want %q (line %q)", got, tt.want, line)
			}
			if tt.line != "" && line != tt.line {
				t.Errorf("byline = %q, want %q", line, tt.line)
			}
			if len(tt.want) > 0 && len(nodes) != 1 {
				t.Fatalf("nodes = %d, want 1", len(nodes))
			}
			if tt.nodeTag != "" && nodes[0].Data != tt.nodeTag {
				t.Errorf("node = <%s>, want <%s>", nodes[0].Data, tt.nodeTag)
			}
			for _, n := range nodes {
				if st := p.Stats(n); st.Paras > 0 || holdsHeading(n) {
					t.Errorf("byline node holds story text or the headline: %+v", st)
				}
			}
		})
	}
}

func TestFindAuthorsLabelledSignOff(t *testing.T) {
	// "Autor: Jane Roe" after the story's last paragraph: a sign-off, the
	// only byline the page prints.
	src := strings.Replace(bylineStory(``), "</article>", `<p class="author-line">Autor: Jane Roe</p></article>`, 1)
	line, got, _ := findAuthors(peoplePage(t, src), declaredAuthors{}, nil)
	if line != "Jane Roe" || !slices.Equal(got, []string{"Jane Roe"}) {
		t.Errorf("byline %q, authors %q; want Jane Roe", line, got)
	}
	// Without the label, a line below the story is a bio or a signature.
	src = strings.Replace(bylineStory(``), "</article>", `<p class="author-line">Jane Roe</p></article>`, 1)
	if line, got, _ := findAuthors(peoplePage(t, src), declaredAuthors{}, nil); len(got) != 0 {
		t.Errorf("unlabelled line below the story: byline %q, authors %q; want none", line, got)
	}
}

func TestFindAuthorsExcludesFurniture(t *testing.T) {
	// An author bio box and a "more from" list below the story, and comment
	// authors, are no byline.
	src := bylineStory(``) + `<div class="author-bio"><p>Jane Roe covers shipping and the sea for Example News. She lives on the coast with two dogs.</p></div>
<div class="more-from-author"><ul><li><a href="/1">Other story one</a></li><li><a href="/2">Other story two</a></li></ul></div>
<section class="comments"><div class="comment-author">Reader Name</div></section>`
	_, got, nodes := findAuthors(peoplePage(t, src), declaredAuthors{}, nil)
	if len(got) != 0 || len(nodes) != 0 {
		t.Errorf("authors = %q, nodes %d; want none", got, len(nodes))
	}
}

func TestFindAuthorsNoByline(t *testing.T) {
	sidebar := `<div id="Sidebar"><p>By <strong>Jane Roe</strong></p><ul><li><a href="/archive/">Archive</a></li><li><a href="/contact/">Contact</a></li></ul></div>`
	tests := []struct {
		name string
		page string
	}{
		{"site sidebar", strings.Replace(bylineStory(``), "<article>", sidebar+"<article>", 1)},
		{"video credit", bylineStory(`<span class="credit video-credit">By Harbour Authority Media</span>`)},
		{"photo label", bylineStory(`<div class="img-box">Photo : Harbour Agency Pictures</div>`)},
		{"photo label in author class", bylineStory(`<div class="img-caption"><span class="autorenfeld">Foto: Jane Roe</span></div>`)},
		{"breadcrumb", bylineStory(`<div class="breadcrumb"><h4><a href="/harbour/">Harbour</a></h4><p class="byline">May 6, 2025 05:30</p></div>`)},
		{"archived status", bylineStory(`<div class="post-meta">Posted by <span>6 years ago</span> <span>Archived</span></div>`)},
		// A trail of "By …" facets on a recipe site is navigation, and
		// neither the trail nor the block holding it and the headline is
		// an author line.
		{"the site's aside after the story", strings.Replace(bylineStory(``), "</article>", `</article><aside class="meta"><p class="authors">Von: Jane Roe</p></aside>`, 1)},
		{"error-report widget", bylineStory(`<div class="reporterbox"><div class="reporterbox-title">Found a mistake in this story?</div><div class="reporterbox-text">Mark the words and tell the newsroom in two clicks.</div></div>`)},
		{"by-facet trail", strings.Replace(bylineStory(``), "<h1>", `<div class="hero"><div class="breadcrumbs"><ul><li><a href="/by-course/">By Course or Type</a></li><li><a href="/mains/">Main Course</a></li></ul></div><h1>`, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line, got, nodes := findAuthors(peoplePage(t, tt.page), declaredAuthors{}, nil)
			if len(got) != 0 || line != "" || len(nodes) != 0 {
				t.Errorf("byline %q, authors %q; want none", line, got)
			}
		})
	}
}

func TestFindAuthorsDesk(t *testing.T) {
	tests := []struct {
		name, byline, line string
		authors            []string
	}{
		{"desk in author element", `<div class="author-date">von Redaktion, <span>24. Januar 2022</span></div>`, "Redaktion", nil},
		{"desk after a label", `<div class="entry-meta">Author <span class="author">Redaktion</span></div>`, "Redaktion", nil},
		{"named byline wins", `<div class="byline">Von Redaktion</div><div class="byline">Von Anna Berger</div>`, "Anna Berger", []string{"Anna Berger"}},
		{"plain line is no desk byline", `<p>Von Redaktion</p>`, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line, got, _ := findAuthors(peoplePage(t, bylineStory(tt.byline)), declaredAuthors{}, nil)
			if line != tt.line || !slices.Equal(got, tt.authors) {
				t.Errorf("byline %q, authors %q; want %q, %q", line, got, tt.line, tt.authors)
			}
		})
	}
}

func TestFindAuthorsStructured(t *testing.T) {
	visible := `<div class="byline">By Jane Roe, Harbour Correspondent</div>`
	tests := []struct {
		name       string
		byline     string
		structured []string
		want       []string
	}{
		{"confirmed", visible, []string{"Jane Roe"}, []string{"Jane Roe"}},
		{"no visible", ``, []string{"Jane Roe", "John Doe"}, []string{"Jane Roe", "John Doe"}},
		{"joined string split", ``, []string{"Jane Roe and John Doe"}, []string{"Jane Roe", "John Doe"}},
		{"url dropped", visible, []string{"https://news.example/authors/jane-roe"}, []string{"Jane Roe"}},
		{"site name replaced", visible, []string{"Example News Online"}, []string{"Jane Roe"}},
		{"organisation alone kept", ``, []string{"Example News Online"}, []string{"Example News Online"}},
		{"agency kept", ``, []string{"Reuters"}, []string{"Reuters"}},
		{"id dropped", visible, []string{"105092"}, []string{"Jane Roe"}},
		{"publication as affiliation dropped", ``, []string{"Jane Roe, News Example"}, []string{"Jane Roe"}},
		{"credential dropped", ``, []string{"Jane Roe, PhD"}, []string{"Jane Roe"}},
		{"company dropped", ``, []string{"Example Media GmbH, Hamburg, Germany"}, nil},
		{"publisher and its address dropped", ``, []string{"News Example, Springfield, Freedonia"}, nil},
		{"unprinted login dropped", ``, []string{"jroe_desk"}, nil},
		{"printed login kept", `<p class="meta">Posted by jroe_desk</p>`, []string{"jroe_desk"}, []string{"jroe_desk"}},
		{"capitalised single name kept", ``, []string{"Jroe"}, []string{"Jroe"}},
		{"catalogue order", ``, []string{"Roe, Jane"}, []string{"Jane Roe"}},
		{"other stories' authors dropped", visible, []string{"Jane Roe", "Ann Lee", "Bo Park", "Cy Moss", "Di Vance"}, []string{"Jane Roe"}},
		{"unprinted co-authors kept", visible, []string{"Jane Roe", "Ann Lee", "Bo Park"}, []string{"Jane Roe", "Ann Lee", "Bo Park"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got, _ := findAuthors(peoplePage(t, bylineStory(tt.byline)), declaredAuthors{names: tt.structured}, nil)
			if !slices.Equal(got, tt.want) {
				t.Errorf("authors = %q, want %q", got, tt.want)
			}
		})
	}
}

func FuzzParseByline(f *testing.F) {
	for _, s := range []string{"By Jane Roe and John Doe", "Von X und Y | 3. Mai", "((", "文/张伟、", ",,,and,,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, names := parseByline(s, false)
		for _, n := range names {
			if n == "" || utf8.RuneCountInString(n) > utf8.RuneCountInString(s) {
				t.Fatalf("bad name %q from %q", n, s)
			}
		}
	})
}

// TestPeopleHostileInput feeds pages built to be slow: thousands of byline
// lines, deep nesting and empty wrappers must stay fast and not panic.
func TestPeopleHostileInput(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><body><h1>Headline</h1>")
	for range 20000 {
		b.WriteString(`<p class="byline">By Jane Roe and John Doe <span class="author">X</span></p>`)
	}
	for range 400 {
		b.WriteString(`<div class="author">`)
	}
	b.WriteString("By Deep Name")
	for range 20000 {
		b.WriteString(`<figure><img src="/a.jpg" srcset="/a.jpg 1w, , ,, /b.jpg 2x"><figcaption>(((</figcaption></figure>`)
	}
	b.WriteString("</body></html>")
	p := peoplePage(t, b.String())
	start := time.Now()
	_, names, _ := findAuthors(p, declaredAuthors{names: []string{strings.Repeat("a, ", 5000)}}, nil)
	findLeadImage(p, &Image{URL: "/a.jpg", Caption: strings.Repeat("(", 10000)}, nil)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v", d)
	}
	if len(names) == 0 {
		t.Error("the byline lines name Jane Roe and John Doe")
	}
}

// TestStripBylinePrefixCaseLength: lower-casing may change a string's
// byte length ("Ⱥ" becomes the longer "ⱥ"); a mid-line "by" found in the
// lowered text must not cut the original at the wrong place or past its
// end.
func TestStripBylinePrefixCaseLength(t *testing.T) {
	for _, in := range []string{"ȺȺȺȺȺȺ by X", "ȺȺȺȺȺ Foto von X", "İ Text von Jane Roe Illustration von John Doe"} {
		_ = stripBylinePrefix(in)
		_, _ = parseByline(in, false)
	}
	// Runes that grow and runes that shrink ("İ", the Kelvin sign) may
	// leave the total length as it was and still move every offset.
	for in, want := range map[string]string{
		"Ⱥ by John Doe, İstanbul": "John Doe, İstanbul",
		"ȺȺ by John Doe \u212A":   "John Doe \u212A",
		"WRİTTEN BY Jane Roe":     "Jane Roe",
		"ȺȺ Photos by John Doe":   "ȺȺ",
		"Jane Roe Foto von İ Doe": "Jane Roe",
	} {
		if got := stripBylinePrefix(in); got != want {
			t.Errorf("stripBylinePrefix(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCleanStructuredEmptyGivenName: a structured name whose comma is
// followed by nothing once noise is gone ("aA,(000000", found by
// FuzzMetadata) is no catalogue order and no panic.
func TestCleanStructuredEmptyGivenName(t *testing.T) {
	for _, in := range []string{"aA,(000000", "Roe, ", "Roe,\u00a0(1970)"} {
		_ = cleanStructured([]string{in})
	}
	if catalogueOrder("Roe", "") || catalogueOrder("Roe", " \t") {
		t.Error("catalogueOrder with an empty given name")
	}
}

// TestStripBylinePrefixSpaceBeforeBy: white space alone before a mid-line
// "by" (untrimmed input, or a tab left after a label's colon) gave no word
// before it, and taking the last one panicked.
func TestStripBylinePrefixSpaceBeforeBy(t *testing.T) {
	for in, want := range map[string]string{
		"  by Jane Roe":                     "Jane Roe",
		"\u00a0 by Jane Roe":                "Jane Roe",
		"Text und Interview:\t by Jane Roe": "Jane Roe",
		"Autor: \u2003by X Y Z":             "X Y Z",
	} {
		if got := stripBylinePrefix(in); got != want {
			t.Errorf("stripBylinePrefix(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNamesHost(t *testing.T) {
	tests := []struct {
		name, url string
		want      bool
	}{
		{"Kanal Acht Nachrichten", "https://www.kanal-acht.example/politik/x.html", true}, // begins with the host label
		{"Deutsche Rundschau", "https://dr.example/a", true},                              // initials spell the label
		{"Jane Roe", "https://www.example-news.test/a", false},
		{"Ann Berg", "https://ab.example/a", true},     // initials: allOrgs only asks when a printed byline disagrees
		{"Anna", "https://an.example/a", false},        // one word has no initials to spell a label
		{"Fritz Weber", "https://ft.example/a", false}, // two words, two letters, but not these
		{"Example Daily", "", false},
	}
	for _, tt := range tests {
		p := peoplePage(t, bylineStory(``))
		p.URL = nil
		if tt.url != "" {
			u, err := url.Parse(tt.url)
			if err != nil {
				t.Fatal(err)
			}
			p.URL = u
		}
		if got := readPublication(p).namesHost(tt.name); got != tt.want {
			t.Errorf("namesHost(%q, %s) = %v, want %v", tt.name, tt.url, got, tt.want)
		}
	}
}

func TestLabelledLine(t *testing.T) {
	for text, want := range map[string]bool{
		"Autor: Jane Roe":                true,
		"\x00Autorin/Autor\x00 Jane Roe": true,
		"Autor*in Jane Roe":              true,
		"文/张伟":                           true,
		"By Jane Roe":                    false,
		"Posted by Jane Roe at 18:52":    true,
	} {
		if got := labelledLine(text); got != want {
			t.Errorf("labelledLine(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestAddMarked(t *testing.T) {
	tests := []struct {
		authors, marked, want []string
	}{
		// The printed, marked authors in their order; the list's spelling.
		{[]string{"Siri H. Berg"}, []string{"Even Moe", "Berg"}, []string{"Even Moe", "Siri H. Berg"}},
		{[]string{"Jane Roe"}, []string{"Jane Roe"}, []string{"Jane Roe"}},
		{[]string{"Jane Roe", "John Doe"}, nil, []string{"Jane Roe", "John Doe"}},
		// A structured author the markup does not mark stays, after them.
		{[]string{"Jane Roe", "Ann Lee"}, []string{"Jane Roe", "Bo Jones"}, []string{"Jane Roe", "Bo Jones", "Ann Lee"}},
	}
	for _, tt := range tests {
		if got := addMarked(tt.authors, tt.marked); !slices.Equal(got, tt.want) {
			t.Errorf("addMarked(%q, %q) = %q, want %q", tt.authors, tt.marked, got, tt.want)
		}
	}
}

// A theme's <meta name=author> naming the publication, on a post that
// prints no byline, is no author; a person there, or the publication in
// JSON-LD, still is.
func TestUnprintedMetaAuthorThatIsThePublication(t *testing.T) {
	story := func(head string) string {
		return `<html><head><meta property="og:site_name" content="Kessel Valley Rowing Club">` + head + `</head><body><article>
<h1>Spring regatta moves to the lower lake</h1>
<p>The club's spring regatta will be rowed on the lower lake this year, because the upper basin is being drained for repairs to its weir.</p>
</article></body></html>`
	}
	const at = "https://kesselvalleyrowing.example/news/spring-regatta"
	tests := []struct {
		name, head, want string
	}{
		{"site name in meta author", `<meta name="author" content="Kessel Valley Rowing Club">`, ""},
		{"host in meta author", `<meta name="author" content="KesselValleyRowing.example">`, ""},
		{"person in meta author", `<meta name="author" content="Irma Feldt">`, "Irma Feldt"},
		{"site name reordered in meta author", `<meta name="author" content="Rowing Club Kessel Valley">`, ""},
		{"publication in JSON-LD", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Spring regatta moves to the lower lake","author":{"@type":"Organization","name":"Kessel Valley Rowing Club"}}</script>`, "Kessel Valley Rowing Club"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if m := metaOf(t, story(tt.head), at); m.Byline != tt.want {
				t.Errorf("byline %q, want %q (authors %q)", m.Byline, tt.want, m.Authors)
			}
		})
	}
}
