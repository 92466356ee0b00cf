package metadata

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract/internal/page"
)

// pageDateCase is one page and the dates pageDates must find, in RFC 3339
// ("" for none).
type pageDateCase struct {
	name, html, url string
	pub, mod        string
}

func fmtDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

func checkPageDates(t *testing.T, cases []pageDateCase) {
	t.Helper()
	for _, c := range cases {
		pub, mod := pageDates(pageAt(t, c.html, c.url))
		if fmtDate(pub) != c.pub || fmtDate(mod) != c.mod {
			t.Errorf("%s: pageDates = %q, %q; want %q, %q", c.name, fmtDate(pub), fmtDate(mod), c.pub, c.mod)
		}
	}
}

// story wraps header markup and a body of three paragraphs in a page.
func story(head, extra string) string {
	return `<html lang="en"><head><title>Harbour cranes return - The Gazette</title></head><body>
<nav><a href="/">Home</a></nav>
<article><header><h1>Harbour cranes return</h1>` + head + `</header>
<p>The cranes came back on a grey morning, towed by two tugs.</p>
<p>Dock workers lined the quay to watch them swing into place.</p>
<p>Work on the new berth is due to finish in the spring.</p></article>` + extra + `</body></html>`
}

func TestPageDatesSources(t *testing.T) {
	checkPageDates(t, []pageDateCase{
		{name: "og meta", html: `<html><head><meta property="article:published_time" content="2026-11-24T07:15:00+01:00">
<meta property="article:modified_time" content="2026-11-24T09:00:00+01:00"></head><body><h1>x</h1></body></html>`,
			pub: "2026-11-24T07:15:00+01:00", mod: "2026-11-24T09:00:00+01:00"},
		{name: "parsely", html: `<meta name="parsely-pub-date" content="2026-11-24T07:15:00Z">`, pub: "2026-11-24T07:15:00Z"},
		{name: "sailthru", html: `<meta name="sailthru.date" content="2026-11-24 07:15:00">`, pub: "2026-11-24T07:15:00Z"},
		{name: "dublin core", html: `<meta name="DC.date.issued" content="2026-11-24">`, pub: "2026-11-24T00:00:00Z"},
		{name: "citation", html: `<meta name="citation_publication_date" content="2026/11/24">`, pub: "2026-11-24T00:00:00Z"},
		{name: "itemprop meta", html: `<meta itemprop="datePublished" content="2026-11-24T07:15:00-05:00">`, pub: "2026-11-24T07:15:00-05:00"},
		{name: "itemprop meta in a review", html: story(`<div itemprop="review" itemscope itemtype="https://schema.org/Review"><meta itemprop="datePublished" content="2025-05-23"><p>Review by a guest: a quiet house.</p></div>`, ""), pub: ""},
		{name: "og updated", html: `<meta property="og:updated_time" content="2026-11-25T10:00:00Z"><meta name="pubdate" content="2026-11-24T10:00:00Z">`,
			pub: "2026-11-24T10:00:00Z", mod: "2026-11-25T10:00:00Z"},
		{name: "time data-published", html: story(`<p class="byline">By Ann Lee <time data-published="2026-11-24 07:15:00Z">Nov 24, 2026</time></p>`, ""),
			pub: "2026-11-24T07:15:00Z"},
		{name: "datetime on a dated div", html: story(`<div class="post-byline__timestamp" datetime="2026-11-24 17:00:00 -0400">Nov 24, 2026</div>`, ""),
			pub: "2026-11-24T17:00:00-04:00"},
		{name: "time datetime", html: story(`<p class="byline">By Ann Lee <time datetime="2026-11-24T07:15:00+02:00">24 Nov</time></p>`, ""),
			pub: "2026-11-24T07:15:00+02:00"},
		{name: "time pubdate and updated", html: story(`<time pubdate datetime="2026-11-24T07:15">Nov 24</time>
<span>Updated <time datetime="2026-11-25T08:00">Nov 25</time></span>`, ""),
			pub: "2026-11-24T07:15:00Z", mod: "2026-11-25T08:00:00Z"},
		{name: "itemprop span", html: story(`<span itemprop="datePublished">November 24, 2026 7:15 am EST</span>`, ""),
			pub: "2026-11-24T07:15:00-05:00"},
		{name: "hAtom abbr", html: story(`<abbr class="published" title="2026-11-24T07:15:00+00:00">Nov 24</abbr>`, ""),
			pub: "2026-11-24T07:15:00Z"},
		{name: "dateline class", html: story(`<div class="article-date">24 November 2026, 07:15</div>`, ""),
			pub: "2026-11-24T07:15:00Z"},
		{name: "labelled line", html: story(`<p>Published 24 November 2026, 07:15 | Updated: 25 November 2026, 10:30</p>`, ""),
			pub: "2026-11-24T07:15:00Z", mod: "2026-11-25T10:30:00Z"},
		{name: "label element then value", html: story(`<div><strong>Posted on:</strong> 11/24/2026</div>`, ""),
			pub: "2026-11-24T00:00:00Z"},
		{name: "URL only", html: story(``, ""), url: "https://news.example/2026/11/24/harbour-cranes/",
			pub: "2026-11-24T00:00:00Z"},
		{name: "URL slug", html: story(``, ""), url: "https://news.example/world/2026-11-24-harbour-cranes.html",
			pub: "2026-11-24T00:00:00Z"},
		{name: "URL month name", html: story(``, ""), url: "https://news.example/uk/2026/nov/24/cranes",
			pub: "2026-11-24T00:00:00Z"},
		{name: "nothing", html: story(``, ""), url: "https://news.example/uk/cranes-123456789"},
	})
}

func TestPageDatesLanguages(t *testing.T) {
	checkPageDates(t, []pageDateCase{
		{name: "german", html: `<html lang="de"><body><article><h1>Kräne zurück</h1>
<p class="meta">Veröffentlicht am 24. November 2026, 7.15 Uhr</p><p>a</p><p>b</p><p>c</p></article></body></html>`,
			pub: "2026-11-24T07:15:00Z"},
		{name: "spanish", html: `<html lang="es"><body><article><h1>Grúas</h1>
<div>Publicado el 24 de noviembre de 2026 a las 07:15 | Actualizado el 25 de noviembre de 2026</div><p>a</p><p>b</p><p>c</p></article></body></html>`,
			pub: "2026-11-24T07:15:00Z", mod: "2026-11-25T00:00:00Z"},
		{name: "french", html: `<html lang="fr"><body><article><h1>Grues</h1>
<p>Publié le 24 novembre 2026 à 07h15, mis à jour le 24 novembre 2026 à 09h30</p><p>a</p><p>b</p><p>c</p></article></body></html>`,
			pub: "2026-11-24T07:15:00Z", mod: "2026-11-24T09:30:00Z"},
		{name: "korean", html: `<html lang="ko"><body><article><h1>크레인</h1>
<div class="info"><span>입력</span><span class="stamp">2026.11.24. 오후 3:45</span> <span>수정</span><span class="stamp">2026.11.24. 오후 5:02</span></div><p>a</p><p>b</p><p>c</p></article></body></html>`,
			pub: "2026-11-24T15:45:00+09:00", mod: "2026-11-24T17:02:00+09:00"},
		{name: "day first numeric", html: `<html lang="en-GB"><body><article><h1>Cranes</h1>
<span class="date">04/11/2026</span><p>a</p><p>b</p><p>c</p></article></body></html>`,
			pub: "2026-11-04T00:00:00Z"},
		{name: "month first numeric", html: `<html lang="en-US"><body><article><h1>Cranes</h1>
<span class="date">04/11/2026</span><p>a</p><p>b</p><p>c</p></article></body></html>`,
			pub: "2026-04-11T00:00:00Z"},
	})
}

func TestPageDatesExclusions(t *testing.T) {
	future := time.Now().AddDate(0, 0, 10).Format("2006-01-02")
	checkPageDates(t, []pageDateCase{
		{name: "script", html: story(``, `<script>var meta = {"date": "24 November 2026"}; document.write("<time datetime='2026-11-24'>")</script>`)},
		{name: "comment", html: story(``, `<!-- <time datetime="2026-11-24">24 Nov 2026</time> -->`)},
		{name: "related list", html: story(``, `<div class="related-stories"><ul>
<li><a href="/a">Tug crews</a> <span class="date">20 November 2026</span></li>
<li><a href="/b">Berth plans</a> <span class="date">21 November 2026</span></li></ul></div>`)},
		{name: "teaser list", html: story(``, `<ul><li><a href="/a">One</a> <time datetime="2026-11-20">Nov 20</time></li>
<li><a href="/b">Two</a> <time datetime="2026-11-21">Nov 21</time></li>
<li><a href="/c">Three</a> <time datetime="2026-11-22">Nov 22</time></li></ul>`)},
		{name: "teaser articles", html: story(``, `<section><article><h2><a href="/x">Other story</a></h2><time datetime="2026-11-20">Nov 20</time></article></section>`)},
		{name: "reader comments", html: story(``, `<section id="comments"><div class="comment"><p>Great news!</p>
<time datetime="2026-11-25T08:00">Nov 25</time></div></section>`)},
		{name: "event listing", html: story(``, `<div class="eventBox"><h3>Coming up</h3><ul>
<li><a href="/careers-fair"><time datetime="2026-01-26">26 January</time> Careers fair</a></li></ul></div>`)},
		{name: "a software version's date", html: story(``, `<table itemscope itemtype="https://schema.org/SoftwareApplication">
<tr><td>Version:</td><td><span itemprop="softwareVersion">9.04</span> of <time itemprop="datePublished" datetime="2026-02-12T00:00:00">12.02.2026</time></td></tr></table>`)},
		{name: "a podcast episode's date is the page's", html: story(``, `<div itemscope itemtype="http://schema.org/AudioObject">
<span itemprop="datePublished" content="2026-03-18T13:15:00+01:00">18.03.2026 13:15</span></div>`), pub: "2026-03-18T13:15:00+01:00"},
		{name: "sidebar", html: story(``, `<aside><h3>Most read</h3><p class="date">22 November 2026</p></aside>`)},
		{name: "masthead", html: `<html><body><header class="site-header"><span class="date">Tuesday, November 24, 2026</span></header>
<main><h1>Cranes</h1><p>a</p><p>b</p><p>c</p></main></body></html>`},
		{name: "future meta", html: `<meta property="article:published_time" content="` + future + `T07:15:00Z">`},
		{name: "future visible, real meta", html: `<meta property="article:published_time" content="2026-11-20T07:15:00Z">` +
			story(`<span class="date">`+future+`</span>`, ""), pub: "2026-11-20T07:15:00Z"},
		{name: "modified before published", html: `<meta property="article:published_time" content="2026-11-20T07:15:00Z">
<meta property="article:modified_time" content="2026-11-19T07:15:00Z">`, pub: "2026-11-20T07:15:00Z"},
		{name: "modified equal", html: `<meta property="article:published_time" content="2026-11-20T07:15:00Z">
<meta property="article:modified_time" content="2026-11-20T07:15:00Z">`, pub: "2026-11-20T07:15:00Z", mod: "2026-11-20T07:15:00Z"},
	})
}

func TestPageDatesPreference(t *testing.T) {
	checkPageDates(t, []pageDateCase{
		{name: "byline date beats related date", html: story(`<p class="byline">By Ann Lee, <span class="date">23 November 2026</span></p>`,
			`<div class="more-news"><span class="date">22 November 2026</span></div>`), pub: "2026-11-23T00:00:00Z"},
		{name: "nearest the headline", html: `<html><body><div class="date">1 March 2026</div>` + strings.Repeat("<div>x</div>", 40) +
			`<article><h1>Cranes</h1><div class="date">23 November 2026</div><p>a</p><p>b</p><p>c</p></article></body></html>`,
			pub: "2026-11-23T00:00:00Z"},
		{name: "meta day sharpened by dateline clock", html: `<meta name="pubdate" content="2026-11-23">` +
			story(`<span class="date">23 November 2026 07:15 CET</span>`, ""), pub: "2026-11-23T07:15:00+01:00"},
		{name: "weak meta loses to dateline", html: `<meta name="date" content="2026-11-25T10:00:00Z">` +
			story(`<span class="date">23 November 2026</span>`, ""), pub: "2026-11-23T00:00:00Z"},
		{name: "UTC meta takes the dateline's offset", html: `<meta property="article:published_time" content="2026-11-24T05:30:00Z">` +
			story(`<span class="date">November 23, 2026 at 11:30 p.m.</span>`, ""), pub: "2026-11-23T23:30:00-06:00"},
		{name: "only an update", html: story(`<p>Last updated: 25 November 2026</p>`, ""),
			pub: "2026-11-25T00:00:00Z", mod: "2026-11-25T00:00:00Z"},
		{name: "an unmarked line beside the headline", html: story(`<p>Ann Lee, harbour desk, 23 November 2026</p>`, ""),
			pub: "2026-11-23T00:00:00Z"},
		{name: "a sentence beside the headline is not a dateline",
			html: story(`<p>Please write dates without spaces between day, month and year (e.g. 9.9.2019)</p>`, "")},
		{name: "no <h1>: the heading the title repeats anchors the dateline", html: noH1(`<h4>Hybrid battery lasts longer</h4>`),
			pub: "2026-11-01T11:35:00Z"},
		{name: "beside the headline beats a labelled date far below", html: `<html lang="de"><body><article><h1>Die Plejaden im Winter</h1>
<p class="entry-meta">17. September 2026 von Helga Rubin</p>` + strings.Repeat(`<p>Ein langer Absatz über den Sternhaufen.</p>`, 24) +
			`<ul><li>Teleskop: 80 mm Refraktor</li><li>Datum: 31.08.2026</li></ul></article></body></html>`,
			pub: "2026-09-17T00:00:00Z"},
		{name: "only a markup update: a static page", html: `<meta property="article:modified_time" content="2026-11-25T10:00:00Z">` + story(``, ""),
			mod: "2026-11-25T10:00:00Z"},
		{name: "a shown update, sharpened by the markup's", html: `<meta property="article:modified_time" content="2026-11-25T10:00:00Z">` +
			story(`<p>Last updated: 25 November 2026</p>`, ""), pub: "2026-11-25T10:00:00Z", mod: "2026-11-25T10:00:00Z"},
	})
}

// noH1 is a press-release page without an <h1>: a bare date line stands
// above heading, and a long list of links parts them from the text.
func noH1(heading string) string {
	return `<html><head><title>Hybrid battery lasts longer - Science Wire</title></head><body>
<div class="nav"><a href="/">Science Wire</a></div><div class="release-head"><p><em>01.11.2026 11:35</em></p>` + heading + `</div>
<ul class="share">` + strings.Repeat(`<li><a href="/share">Share</a></li>`, 12) + `</ul>
<div class="release-text"><p>Engineers combined two cell chemistries in one pack so that it charges fast and keeps its range.</p>
<p>The pack survived four thousand charging cycles in the lab.</p><p>Road tests begin next year.</p>
<p>Two carmakers have asked for samples.</p><p>The institute will publish the data in spring.</p></div></body></html>`
}

// manyDates is a page with n datelines (line: a format with the day number)
// inside depth nested containers.
func manyDates(n, depth int, line string) string {
	var b strings.Builder
	b.WriteString("<html><body><h1>Cranes</h1>")
	b.WriteString(strings.Repeat(`<div class="wrap box">`, depth))
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, line, i%28+1)
	}
	b.WriteString(strings.Repeat(`</div>`, depth))
	b.WriteString("</body></html>")
	return b.String()
}

// TestPageDatesBounded checks that pages with many date-like elements, and
// deep ones (ancestor checks are linear in depth), complete quickly.
func TestPageDatesBounded(t *testing.T) {
	for _, c := range []struct {
		name     string
		n, depth int
		line     string
	}{
		{"5000 datelines", 5000, 0, `<div class="date">Published %d November 2026 07:15</div>`},
		{"400 deep", 400, 400, `<span class="date">%d November 2026</span>`},
	} {
		p := pageAt(t, manyDates(c.n, c.depth, c.line), "")
		start := time.Now()
		pageDates(p)
		if el := time.Since(start); el > 2*time.Second {
			t.Errorf("pageDates took %v on %s", el, c.name)
		}
	}
}

func TestResolveDates(t *testing.T) {
	html := `<html><head><meta property="article:published_time" content="2026-11-24T12:15:00+00:00"></head><body>
<article><h1>Cranes</h1><p class="posted-on">Posted on <time datetime="2026-11-24T07:15:00-05:00">November 24, 2026</time></p>
<p>a</p><p>b</p><p>c</p></article></body></html>`
	p := pageAt(t, html, "")
	cases := []struct {
		name   string
		ld, md statedDates
		pub    string
	}{
		{"no structured data: meta, in the dateline's offset", statedDates{}, statedDates{}, "2026-11-24T07:15:00-05:00"},
		{"JSON-LD first", statedDates{published: "2026-11-23T09:00:00+01:00"}, statedDates{}, "2026-11-23T09:00:00+01:00"},
		{"microdata below meta", statedDates{}, statedDates{published: "2026-11-20T09:00:00Z"}, "2026-11-24T07:15:00-05:00"},
		{"future JSON-LD ignored", statedDates{published: time.Now().AddDate(0, 1, 0).Format(time.RFC3339)}, statedDates{}, "2026-11-24T07:15:00-05:00"},
		{"JSON-LD day sharpened by the meta clock", statedDates{published: "2026-11-24"}, statedDates{}, "2026-11-24T07:15:00-05:00"},
		{"JSON-LD outvoted by meta and dateline on another day", statedDates{published: "2026-11-02T09:00:00Z"}, statedDates{}, "2026-11-24T07:15:00-05:00"},
		{"JSON-LD a few hours off is kept, in the page's zone", statedDates{published: "2026-11-23T23:00:00Z"}, statedDates{}, "2026-11-23T18:00:00-05:00"},
	}
	for _, c := range cases {
		d := resolveDates(p, c.ld, c.md)
		pub, lines := d.published, d.lines
		if fmtDate(pub) != c.pub {
			t.Errorf("%s: published %s, want %s", c.name, fmtDate(pub), c.pub)
		}
		if strings.HasPrefix(c.pub, "2026-11-24") && (len(lines) != 1 || page.Text(lines[0]) != "Posted on November 24, 2026") {
			t.Errorf("%s: dateline lines %d, want the posted-on line", c.name, len(lines))
		}
	}
}

// TestShownOffset: an instant JSON-LD states in the newsroom's zone is
// shown in the offset of a visible wall clock printing the same moment on
// another day; a zoned dateline or one on the same day changes nothing.
func TestShownOffset(t *testing.T) {
	page := func(line string) string {
		return `<html lang="es"><body><article><h1>Grúas</h1><div class="article-date">` + line + `</div>
<p>a</p><p>b</p><p>c</p></article></body></html>`
	}
	const stated = "2026-11-23T21:00:00-05:00" // JSON-LD: 02:00 UTC on the 24th
	kept := map[string]string{
		"printed in the stated zone":  "23 de noviembre de 2026 - 9:00 p. m.",
		"same day in another zone":    "23 de noviembre de 2026 - 11:00 p. m.",
		"dateline names its own zone": "24 de noviembre de 2026 - 3:00 a. m. CET",
		"another time altogether":     "24 de noviembre de 2026 - 2:07 a. m.",
	}
	for name, line := range kept {
		if d := resolveDates(pageAt(t, page(line), ""), statedDates{published: stated}, statedDates{}); fmtDate(d.published) != stated {
			t.Errorf("%s: published %s, want %s", name, fmtDate(d.published), stated)
		}
	}
	shown := resolveDates(pageAt(t, page("24 de noviembre de 2026 - 2:00 a. m."), ""), statedDates{published: stated}, statedDates{})
	if got := fmtDate(shown.published); got != "2026-11-24T02:00:00Z" {
		t.Errorf("printed in UTC after midnight: published %s, want 2026-11-24T02:00:00Z", got)
	}
}

// TestAddSeconds: a zoned dateline stated to the minute takes the seconds
// of a zoneless machine time on the same wall clock.
func TestAddSeconds(t *testing.T) {
	html := `<html lang="en"><body><article><h1>Cranes</h1><div class="story-meta">By Ann Lee 11/24/2026 04:01 PM EST</div>
<p>a</p><p class="story-footer">Filed <time datetime="2026-11-24 16:01:26">24 November 2026</time></p><p>b</p><p>c</p></article></body></html>`
	d := resolveDates(pageAt(t, html, ""), statedDates{}, statedDates{})
	if got := fmtDate(d.published); got != "2026-11-24T16:01:26-05:00" {
		t.Errorf("published %s, want 2026-11-24T16:01:26-05:00", got)
	}
}

// TestLanguageZone: a visible wall clock without a zone on a page in a
// one-zone language is that zone's; a stated UTC, a machine offset or
// another language leave it alone.
func TestLanguageZone(t *testing.T) {
	page := func(open, title, line string) string {
		return open + `<head><title>` + title + `</title></head><body><article><h1>` + title + `</h1>
<p class="article-date">` + line + `</p><p>a</p><p>b</p><p>c</p></article></body></html>`
	}
	cases := map[string][2]string{
		"japanese":             {page(`<html lang="ja">`, "港の新しい岸壁", "2026年11月24日 07時15分"), "2026-11-24T07:15:00+09:00"},
		"chinese by title":     {page(`<html>`, "港口新码头启用", "2026-11-24 07:15"), "2026-11-24T07:15:00+08:00"},
		"kana in the title":    {page(`<html>`, "港の新しい岸壁", "2026-11-24 07:15"), "2026-11-24T07:15:00+09:00"},
		"stated UTC":           {page(`<html lang="zh-CN">`, "港口新码头启用", "2026-11-24 07:15 UTC"), "2026-11-24T07:15:00Z"},
		"machine offset":       {page(`<html lang="ko">`, "항구", `<time datetime="2026-11-24T07:15:00Z">2026.11.24 07:15</time>`), "2026-11-24T07:15:00Z"},
		"another language":     {page(`<html lang="en">`, "Harbour cranes return", "2026-11-24 07:15"), "2026-11-24T07:15:00Z"},
		"latin title, no lang": {page(`<html>`, "Harbour cranes return", "2026-11-24 07:15"), "2026-11-24T07:15:00Z"},
	}
	for name, c := range cases {
		if d := resolveDates(pageAt(t, c[0], ""), statedDates{}, statedDates{}); fmtDate(d.published) != c[1] {
			t.Errorf("%s: published %s, want %s", name, fmtDate(d.published), c[1])
		}
	}
}

func TestDatelinesKeepLongBlocks(t *testing.T) {
	html := `<html><body><article><h1>Cranes</h1>
<p>BERLIN, 24.11.2026 – The cranes came back on a grey morning, towed by two tugs past the old warehouses.</p>
<p>a</p><p>b</p><p>c</p></article></body></html>`
	d := resolveDates(pageAt(t, html, ""), statedDates{published: "2026-11-24T07:00:00Z"}, statedDates{})
	pub, lines := d.published, d.lines
	if fmtDate(pub) != "2026-11-24T07:00:00Z" || len(lines) != 0 {
		t.Errorf("published %s, %d lines; want the JSON-LD date and no owned line", fmtDate(pub), len(lines))
	}
}

// TestLocalMidnight: a date-only field stored as Central European midnight in
// Zulu reads as the next day; other clocks and stated zones are untouched.
func TestLocalMidnight(t *testing.T) {
	cases := []struct {
		in    string
		clock bool
		want  string
	}{
		{"2026-11-06T23:00:00Z", true, "2026-11-07T00:00:00+01:00"},
		{"2026-11-06T23:00:01Z", true, "2026-11-06T23:00:01Z"},
		{"2026-11-06T22:00:00Z", true, "2026-11-06T22:00:00Z"},
		{"2026-11-06T23:00:00-05:00", true, "2026-11-06T23:00:00-05:00"},
		{"2026-11-06T18:30:00Z", true, "2026-11-06T18:30:00Z"},
	}
	for _, c := range cases {
		in, _, ok := parseDate(c.in)
		if !ok {
			t.Fatalf("%s does not parse", c.in)
		}
		got := localMidnight(dateFound{t: in, clock: c.clock})
		if !got.Equal(in) || fmtDate(got) != c.want {
			t.Errorf("localMidnight(%s) = %s, want %s", c.in, fmtDate(got), c.want)
		}
	}
}

// TestRecordOnly: a publication time only the <meta> tags state, on a page
// whose JSON-LD is a WebPage without an article, is not a story's date —
// unless the page shows that day or its address carries it.
func TestRecordOnly(t *testing.T) {
	const head = `<html><head><meta property="article:published_time" content="2025-03-14T06:12:40+00:00"></head><body><h1>Zitronenbaum überwintern</h1>`
	cases := []struct {
		name, body, url string
		pageOnly        bool
		want            string
	}{
		{"record only", `<p>Text.</p>`, "https://example.org/zitrone/", true, ""},
		{"no page-only JSON-LD", `<p>Text.</p>`, "https://example.org/zitrone/", false, "2025-03-14T06:12:40Z"},
		{"shown on the page", `<p class="date">14.03.2025</p>`, "https://example.org/zitrone/", true, "2025-03-14T06:12:40Z"},
		{"in the address", `<p>Text.</p>`, "https://example.org/2025/03/14/zitrone/", true, "2025-03-14T06:12:40Z"},
	}
	for _, c := range cases {
		p := pageAt(t, head+c.body+`</body></html>`, c.url)
		pub := resolveDates(p, statedDates{pageOnly: c.pageOnly}, statedDates{}).published
		if fmtDate(pub) != c.want {
			t.Errorf("%s: published %q, want %q", c.name, fmtDate(pub), c.want)
		}
	}
}

// TestDeclaresPageOnly: structured data that describes the page or a
// recipe card, with no article type in JSON-LD or microdata.
func TestDeclaresPageOnly(t *testing.T) {
	const ldPage = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Gartenglück"},{"@type":"WebPage","name":"Zitronenbaum"}]}</script>`
	cases := []struct {
		name, html string
		want       bool
	}{
		{"JSON-LD WebPage only", `<html><head>` + ldPage + `</head><body><h1>Zitronenbaum</h1></body></html>`, true},
		{"JSON-LD WebPage, microdata article", `<html><head>` + ldPage + `</head><body><article itemscope itemtype="https://schema.org/BlogPosting"><h1 itemprop="headline">Zitronenbaum</h1></article></body></html>`, false},
		{"JSON-LD Article", `<html><head><script type="application/ld+json">{"@type":"Article","headline":"Zitronenbaum"}</script></head><body><h1>Zitronenbaum</h1></body></html>`, false},
		{"microdata recipe", `<html><body><div itemscope itemtype="http://schema.org/Recipe"><h1 itemprop="name">Bienenstich</h1></div></body></html>`, true},
		{"no structured data", `<html><body><h1>Zitronenbaum</h1></body></html>`, false},
	}
	for _, c := range cases {
		p := pageAt(t, c.html, "https://example.org/zitrone/")
		s := collect(p)
		if got := declaresPageOnly(s, readJSONLD(p, s.ldScripts), readMicrodata(p, s)); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

// A date the page states without a time of day is flagged, so that its
// midnight is not read as a time; a time of day from any source clears it.
func TestDayOnlyDates(t *testing.T) {
	story := func(head, line string) string {
		return `<html><head>` + head + `</head><body><article><h1>Ferry timetable changes for the winter</h1>` + line + `
<p>The winter timetable starts on the first Monday of November, with two fewer crossings on weekdays and none after nine in the evening.</p></article></body></html>`
	}
	tests := []struct {
		name, head, line       string
		pubDayOnly, modDayOnly bool
	}{
		{"day in the dateline", ``, `<p class="date">3 November 2025</p>`, true, false},
		{"time in JSON-LD", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable changes for the winter","datePublished":"2025-11-03T09:15:00+01:00"}</script>`, ``, false, false},
		{"midnight stated", `<meta property="article:published_time" content="2025-11-03T00:00:00+01:00">`, ``, false, false},
		{"day sharpened by meta time", `<meta property="article:published_time" content="2025-11-03T09:15:00+01:00">`, `<p class="date">3 November 2025</p>`, false, false},
		{"modified day only", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable changes for the winter","datePublished":"2025-11-03T09:15:00+01:00","dateModified":"2025-11-05"}</script>`, ``, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := metaOf(t, story(tt.head, tt.line), "")
			if m.Published.IsZero() || m.PublishedDayOnly != tt.pubDayOnly || m.ModifiedDayOnly != tt.modDayOnly {
				t.Errorf("published %v (day only %v), modified %v (day only %v); want day only %v / %v",
					m.Published, m.PublishedDayOnly, m.Modified, m.ModifiedDayOnly, tt.pubDayOnly, tt.modDayOnly)
			}
		})
	}
}
