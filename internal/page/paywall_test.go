package page

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestParseSimpleSelector(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{".member-body", true},
		{"#rest", true},
		{"div.story.gated", true},
		{"section#rest.gated", true},
		{"main .article-page", false}, // descendant combinator
		{"div > p", false},
		{"[data-gated]", false},
		{".a:not(.b)", false},
		{"#a#b", false},
		{"div", false}, // a bare tag names no part
		{"", false},
	} {
		if _, ok := parseSimpleSelector(tc.in); ok != tc.ok {
			t.Errorf("parseSimpleSelector(%q) ok = %v, want %v", tc.in, ok, tc.ok)
		}
	}
}

// gatedPage is a page whose JSON-LD declares a hidden part paywalled.
func gatedPage(ld, shown, part string) string {
	return `<html><head><script type="application/ld+json">` + ld + `</script></head><body>` +
		`<div id=story><p>` + shown + `</p>` +
		`<div class="rest gated" style="display:none"><p>` + part + `</p></div></div></body></html>`
}

const (
	gatedLD    = `{"@type":"NewsArticle","isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".gated"}}`
	freeLD     = `{"@type":"NewsArticle","isAccessibleForFree":true,"speakable":{"cssSelector":[".gated"]}}`
	shownText  = "The council met on Monday evening to settle the budget for the coming year."
	gatedText  = "Members argued for two hours over the cost of repairing the old swimming baths, which have been closed since a roof beam cracked in the spring, before a narrow vote kept them open."
	copiedText = shownText + " " + gatedText
)

func TestPaywalledPartShown(t *testing.T) {
	for _, tc := range []struct {
		name, ld, shown string
		hidden          bool
	}{
		{"declared part counts as shown", gatedLD, shownText, false},
		{"a speakable selector is no paywall", freeLD, shownText, true},
		{"a hidden copy of shown text stays hidden", gatedLD, copiedText, true},
		{"broken JSON declares nothing", `{"isAccessibleForFree":false,"cssSelector":".gated",}`, shownText, true},
	} {
		p := mustPage(t, gatedPage(tc.ld, tc.shown, gatedText), "")
		var part *html.Node
		for _, n := range p.Elements {
			if strings.Contains(Attr(n, "class"), "gated") {
				part = n
			}
		}
		st := p.Stats(part)
		if st.Hidden != tc.hidden {
			t.Errorf("%s: Hidden = %v, want %v", tc.name, st.Hidden, tc.hidden)
		}
		story := p.Stats(p.Elements[p.Order(part.Parent)])
		if got := story.Paras == 2; got == tc.hidden {
			t.Errorf("%s: story counts %d paragraphs", tc.name, story.Paras)
		}
	}
}

func TestGatedPartShownWithoutDeclaration(t *testing.T) {
	long := strings.Repeat(gatedText+" ", 3)
	for _, tc := range []struct {
		name, class, text string
		hidden            bool
	}{
		{"a long hidden paywall part counts as shown", "paywall", long, false},
		{"a short hidden prompt stays hidden", "paywall", "Subscribe to read the rest of this story.", true},
		{"another class stays hidden", "paywall-notice", long, true},
	} {
		src := `<html><body><div id=story><p>` + shownText + `</p><div class="` + tc.class + `" hidden><p>` +
			tc.text + `</p></div></div></body></html>`
		p := mustPage(t, src, "")
		var part *html.Node
		for _, n := range p.Elements {
			if Attr(n, "class") == tc.class {
				part = n
			}
		}
		if st := p.Stats(part); st.Hidden != tc.hidden {
			t.Errorf("%s: Hidden = %v, want %v", tc.name, st.Hidden, tc.hidden)
		}
	}
}

// Paragraphs gated one by one count as shown when together they are long
// enough to be the story's gated text; one short gated line stays hidden.
func TestGatedParagraphsShown(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paras int
		want  bool
	}{
		{"three gated paragraphs", 3, false},
		{"one short gated paragraph", 1, true},
	} {
		var b strings.Builder
		for range tc.paras {
			b.WriteString(`<p class="paywall" aria-hidden="true">` + gatedText + `</p>`)
		}
		p := mustPage(t, `<html><body><div id=story><p>`+shownText+`</p>`+b.String()+`</div></body></html>`, "")
		for _, n := range p.Elements {
			if Attr(n, "class") == "paywall" && p.Stats(n).Hidden != tc.want {
				t.Errorf("%s: Hidden = %v, want %v", tc.name, p.Stats(n).Hidden, tc.want)
			}
		}
	}
}
