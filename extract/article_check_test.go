package extract

import (
	"errors"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/page"
)

func homePage() string {
	var b strings.Builder
	b.WriteString(`<html><body>` + navAndSidebar + `<main><h1>Top stories</h1>`)
	for _, s := range []string{"ferry", "bridge", "budget", "school", "harbour", "market", "library", "museum"} {
		b.WriteString(`<article class="teaser"><h2><a href="/` + s + `">The ` + s + ` story of the week in the town</a></h2><p>What the ` + s + ` means for residents, in two short lines of summary.</p></article>`)
	}
	b.WriteString(`</main></body></html>`)
	return b.String()
}

func TestHomePageIsNoArticle(t *testing.T) {
	for _, pt := range []string{"website", ""} {
		_, _, err := extractText(t, homePage(), Options{}, func(p *page.Page) Hints { return Hints{PageType: pt} })
		if !errors.Is(err, ErrNoContent) {
			t.Errorf("page type %q: err = %v, want ErrNoContent", pt, err)
		}
	}
}

func TestEmptyPageIsNoArticle(t *testing.T) {
	for _, src := range []string{`<html><body></body></html>`, `<html><body>` + navAndSidebar + `</body></html>`, ``} {
		if _, _, err := extractText(t, src, Options{}, nil); !errors.Is(err, ErrNoContent) {
			t.Errorf("%q: err = %v, want ErrNoContent", src, err)
		}
	}
}

func TestCJKShortParagraphsAreAnArticle(t *testing.T) {
	// Short paragraphs without spaces: no 140-character threshold applies.
	src := `<html><body>` + navAndSidebar + `<div class="article-content">
<p>市议会周二宣布，旧桥将于春季重新开放。</p>
<p>修复工程历时两年，费用超出预算。</p>
<p>居民可以在本月底前提出意见。</p></div></body></html>`
	text, r, err := extractText(t, src, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "旧桥将于春季重新开放") || !strings.Contains(text, "居民可以") {
		t.Errorf("wrong body:\n%s", text)
	}
	if r.Confidence <= 0 {
		t.Errorf("confidence %v", r.Confidence)
	}
}

func TestShortParagraphPageIsAnArticle(t *testing.T) {
	src := `<html><body><div class="post-content"><p>The bridge opens on Monday.</p><p>Traffic will be light at first.</p><p>Buses return in May.</p></div></body></html>`
	text, _, err := extractText(t, src, Options{}, nil)
	if err != nil || !strings.Contains(text, "Buses return in May.") {
		t.Errorf("err %v, body %q", err, text)
	}
}

func TestConfidenceTracksClarity(t *testing.T) {
	clear := `<html><body>` + navAndSidebar + `<div class="article-body">` + storyPara("bridge", 8) + storyPara("budget", 8) + storyPara("ferry", 8) + `</div></body></html>`
	murky := `<html><body><div>` + storyPara("bridge", 1) + `</div><div>` + storyPara("budget", 1) + `</div></body></html>`
	_, rc, err1 := extractText(t, clear, Options{}, nil)
	_, rm, err2 := extractText(t, murky, Options{}, nil)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	if rc.Confidence <= rm.Confidence {
		t.Errorf("clear story confidence %v <= murky %v", rc.Confidence, rm.Confidence)
	}
}

// recipePage is a page cut into sibling <article> boxes: header, ingredients,
// method. Each is short and opens with a link (a rating, a jump link), so
// each alone reads like a teaser; together they are the story.
func recipePage() string {
	return `<html><body>` + navAndSidebar + `<main>
<article class="box recipe-header"><h1>Plum crumble with oats</h1><p><a href="#rate">Rate it</a> A crumble we bake every autumn when the plums come in all at once and the tree bends.</p></article>
<article class="box recipe-ingredients"><h2>Ingredients</h2><p><a href="#units">Units</a> Six ripe plums, one cup of rolled oats, half a cup of brown sugar, a knob of cold butter.</p></article>
<article class="box recipe-method"><h2>Method</h2><p><a href="#print">Print</a> Halve the plums and lay them in a dish, scatter the topping, bake until golden.</p></article>
</main></body></html>`
}

func TestSectionArticlesAreOneStory(t *testing.T) {
	text, _, err := extractText(t, recipePage(), Options{}, nil)
	if err != nil {
		t.Fatalf("err = %v, want the recipe", err)
	}
	for _, want := range []string{"Halve the plums", "rolled oats"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
}

func TestTextInLinksGoingNowhereKept(t *testing.T) {
	for _, href := range []string{"javascript:void(0)", "JavaScript:", "#top", ""} {
		src := `<html><body><a href="` + href + `"><p>The ferry ran late.</p><p>Nobody minded much.</p>All went home.</a></body></html>`
		text, _, err := extractText(t, src, Options{}, nil)
		if err != nil || !strings.Contains(text, "Nobody minded much") {
			t.Errorf("href %q: err = %v, text %q", href, err, text)
		}
	}
	src := `<html><body><a href="/ferry"><p>The ferry ran late.</p><p>Nobody minded much.</p>All went home.</a></body></html>`
	if _, _, err := extractText(t, src, Options{}, nil); !errors.Is(err, ErrNoContent) {
		t.Errorf("a page that is one real link: err = %v, want ErrNoContent", err)
	}
}

// shortLinesPage has no paragraph that reads as story: its lines are too
// short, and its only sentences are mostly link.
func shortLinesPage() string {
	var b strings.Builder
	b.WriteString(`<html><body><nav><ul>`)
	for _, s := range []string{"Exhibitions on show this winter", "Collections and archive", "Visit us and plan your day", "Learning and schools", "Shop and gift vouchers", "Membership and friends", "Venue hire for events", "Cafe and picnic areas", "Access and facilities", "Research library", "Press office", "Jobs and volunteering", "Newsletter sign-up", "Support the museum"} {
		b.WriteString(`<li><a href="/` + s[:4] + `">` + s + `</a></li>`)
	}
	b.WriteString(`</ul></nav><h1>Opening hours</h1><ul>`)
	for _, d := range []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"} {
		b.WriteString(`<li>` + d + `: 9–5</li><li>` + d + ` evening: closed</li>`)
	}
	b.WriteString(`</ul><footer><p>The museum is a registered charity run by a board of trustees, with the support of the county and of many volunteers who give their time every week.</p>
<p>Images in the collection are shown for study only and remain the property of their makers, their estates or the lenders named beside each one of them.</p>
<p>This site uses cookies to count visits and to remember your choices; you can change your settings at any time from the page about privacy.</p></footer></body></html>`)
	return b.String()
}

func TestShortLinesPageKept(t *testing.T) {
	text, _, err := extractText(t, shortLinesPage(), Options{}, nil)
	if err != nil || !strings.Contains(text, "Sunday evening: closed") {
		t.Errorf("err = %v, text %q", err, text)
	}
}
