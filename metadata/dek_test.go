package metadata

import (
	"strings"
	"testing"
)

func TestDek(t *testing.T) {
	body := `<p>The first paragraph of the body tells the story in some detail, long enough to be body text for sure.</p>
<p>The second paragraph continues the story with more detail, again long enough to be real body text.</p>
<p>A third paragraph closes it.</p>`
	cases := []struct{ name, src, want string }{
		{"standfirst class",
			`<h1>Harbour reopens</h1><div class="byline">By A</div><p class="article-standfirst">Ships return to the quay after three weeks of repairs.</p>` + body,
			"Ships return to the quay after three weeks of repairs."},
		{"dek suffix in a styled class",
			`<h1>Harbour reopens</h1><div class="ContentHeaderDek-x1y2">Ships return to the quay after three weeks of repairs.</div>` + body,
			"Ships return to the quay after three weeks of repairs."},
		{"h2 right after h1",
			`<header><h1>Harbour reopens</h1><h2>Ships return to the quay after three weeks of repairs</h2></header>` + body,
			"Ships return to the quay after three weeks of repairs"},
		{"a long h2 right after h1 is still the dek",
			`<header><h1>Harbour reopens</h1><h2>` + strings.Repeat("Ships return to the quay after three weeks of repairs. ", 15) + `</h2></header>` + body,
			strings.TrimSpace(strings.Repeat("Ships return to the quay after three weeks of repairs. ", 15))},
		{"h2 after the headline's own wrapper",
			`<div class="hd"><div class="ttl-wrp"><h1>Harbour reopens</h1></div><h2 class="descp">Ships return to the quay after three weeks of repairs</h2><nav><a href="/india">Ports</a></nav></div>` + body,
			"Ships return to the quay after three weeks of repairs"},
		{"h2 after a wrapper holding more than the headline is no dek",
			`<div class="hd"><div class="ttl-wrp"><span class="kicker">Ports</span><h1>Harbour reopens</h1></div><h2>Ships return to the quay after three weeks of repairs</h2></div>` + body,
			""},
		{"a sentence in a div right after the headline",
			`<div class="t-mark"><h1>Harbour reopens</h1><div class="t-d3 mt-15">Ships return to the quay after three weeks of repairs.</div></div>` + body,
			"Ships return to the quay after three weeks of repairs."},
		{"a sentence in a div right after the headline's hgroup",
			`<hgroup><span>Ports</span><h1>Harbour reopens</h1></hgroup><div class="copy-lg"><span>Ships return to the quay after three weeks of repairs.</span></div><div class="by">By A</div>` + body,
			"Ships return to the quay after three weeks of repairs."},
		{"a date or label in a div right after the headline is no dek",
			`<div class="t-mark"><h1>Harbour reopens</h1><div class="t-d3 mt-15">Updated on the third of March at ten past nine</div></div>` + body,
			""},
		{"bold first paragraph",
			`<h1>Harbour reopens</h1><div><p><strong>Ships return to the quay after three weeks of repairs and inspections.</strong></p>` + body + `</div>`,
			"Ships return to the quay after three weeks of repairs and inspections."},
		{"meta description shown under the headline",
			`<meta name="description" content="Ships return to the quay after three weeks of repairs."><h1>Harbour reopens</h1><div class="top"><span>Ships return to the quay after three weeks of repairs.</span></div>` + body,
			"Ships return to the quay after three weeks of repairs."},
		{"meta description that is only the first body paragraph is no dek",
			`<meta name="description" content="The first paragraph of the body tells the story in some detail, long enough to be body text for sure."><h1>Harbour reopens</h1>` + body,
			""},
		{"meta description not shown is no dek",
			`<meta name="description" content="A summary written for search engines only."><h1>Harbour reopens</h1>` + body,
			""},
		{"image caption is not a dek",
			`<h1>Harbour reopens</h1><figure><figcaption class="image-summary">Boats in the harbour at dawn, seen from the pier.</figcaption></figure>` + body,
			""},
		{"a signature closing the standfirst is the byline's",
			`<meta name="description" content="Ships return to the quay after three weeks of repairs. Von Jane Roe"><h1>Harbour reopens</h1><div class="shorttext"><p>Ships return to the quay after three weeks of repairs. <i>Von Jane Roe</i></p></div>` + body,
			"Ships return to the quay after three weeks of repairs."},
		{"a closing phrase that is no byline stays",
			`<h1>Harbour reopens</h1><p class="standfirst">Ships return to the quay after three weeks, <em>by all accounts early</em></p>` + body,
			"Ships return to the quay after three weeks, by all accounts early"},
		{"Tailwind's leading- line height is no lead",
			`<h1>Harbour reopens</h1><div class="byline">By A</div><p class="leading-tight text-md">You are reading a free article; members get our research and more. <a href="/join">Join</a></p>` + body,
			""},
		{"meta description copying the body's second paragraph is no dek",
			`<meta name="description" content="The second paragraph continues the story with more detail, again long enough to be real body text."><h1>Harbour reopens</h1><div><p>A short opening line of the story, of one sentence.</p>` + body + `</div>`,
			""},
		{"a reworded meta description shown under the headline",
			`<meta name="description" content="Ships are said to return to the quay after three weeks of repairs. How long will the work last?"><h1>Harbour reopens</h1><div class="x1"><p class="k9z">Ships return to the quay after three weeks of repairs. How long will the work really last?</p></div>` + body,
			"Ships return to the quay after three weeks of repairs. How long will the work really last?"},
		{"the reworded description, not its wrapper",
			`<meta name="description" content="Ships are said to return to the quay after three weeks of repairs. How long will the work last?"><h1>Harbour reopens</h1><div class="x1"><div>Harbour news</div><p>Ships return to the quay after three weeks of repairs. How long will the work really last?</p></div>` + body,
			"Ships return to the quay after three weeks of repairs. How long will the work really last?"},
		{"the body's first paragraph, classed like the next ones, is no dek",
			`<meta name="description" content="The first paragraph of the body tells the story in detail, long enough to be body text."><h1>Harbour reopens</h1><div><p class="body-text">The first paragraph of the body tells the story in some detail, long enough to be body text for sure.</p><p class="body-text">The second paragraph continues the story with more detail.</p><p class="body-text">A third paragraph closes it.</p></div>`,
			""},
		{"the marked article body is no dek",
			`<meta name="description" content="The whole story printed in one paragraph, which the description cuts short"><h1>Harbour reopens</h1><p itemprop="articleBody">The whole story printed in one paragraph, which the description cuts short after a while.</p>`,
			""},
		{"the JSON-LD description shown, the meta one worded for search",
			`<meta name="description" content="Repairs end early at the harbour: what owners need to know now."><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour reopens","description":"Ships return to the quay after three weeks of repairs. Why did the work end early?"}</script><h1>Harbour reopens</h1><div class="x1"><p class="k9z">Ships return to the quay after three weeks of repairs. Why did the work end early?</p></div>` + body,
			"Ships return to the quay after three weeks of repairs. Why did the work end early?"},
		{"ad leaderboard is not a lead",
			`<h1>Harbour reopens</h1><div class="leaderboard">Advertisement space for the sponsors of this page.</div>` + body,
			""},
	}
	for _, c := range cases {
		m := metaOf(t, "<html><head></head><body>"+c.src+"</body></html>", "")
		if m.Subtitle != c.want {
			t.Errorf("%s: dek %q, want %q", c.name, m.Subtitle, c.want)
		}
	}
}

func TestDekNotTheLeadFigure(t *testing.T) {
	m := metaOf(t, `<html><body><h1>Harbour reopens</h1><figure class="lead-art"><img src="a.jpg"><figcaption>The morning ferry leaving the north slipway.</figcaption></figure><p>Body text that is long enough to count as the first paragraph of the story.</p></body></html>`, "")
	if m.Subtitle != "" {
		t.Errorf("dek %q taken from the lead figure", m.Subtitle)
	}
}

func TestDekWidensToItsParagraph(t *testing.T) {
	m := metaOf(t, `<html><head><meta name="description" content="Ships return to the quay after three weeks of repairs."></head><body><h1>Harbour reopens</h1><p class="x"><strong>Kiel.</strong> <span>Ships return to the quay after three weeks of repairs.</span></p><p>Body text that is long enough to count as the first paragraph of the story and more.</p></body></html>`, "")
	if m.Subtitle != "Kiel. Ships return to the quay after three weeks of repairs." {
		t.Errorf("dek %q, want the whole paragraph with its dateline", m.Subtitle)
	}
}

func TestDekNotAnImageText(t *testing.T) {
	body := `<p>Body text that is long enough to count as the first paragraph of the story, and then some more.</p><p>Second paragraph that is also long enough to be body text of the story in question.</p>`
	for _, src := range []string{
		`<h1>Harbour reopens</h1><div class="atc-ImageDescription">Boats in the harbour at dawn, seen from the pier. Picture: A. Brook</div>` + body,
		`<h1>Harbour reopens</h1><div class="article__lead-content"><img src="a.jpg"><span>Boats in the harbour at dawn, seen from the pier.</span></div>` + body,
	} {
		if m := metaOf(t, "<html><body>"+src+"</body></html>", ""); m.Subtitle != "" {
			t.Errorf("dek %q taken from an image's text", m.Subtitle)
		}
	}
}
