package extract

import (
	"github.com/newsextract/newsextract/internal/page"

	"strings"
	"testing"
)

// stackedPage is a story followed by the next one the page loads as the
// reader scrolls, both whole <article>s under their own <h1>.
func stackedPage(title string) string {
	return `<html><body><main><article id="one"><h1>Bridge to reopen in spring</h1>` +
		storyPara("bridge", 4) + storyPara("tunnel", 3) + `</article>
<div class="under-article"><article id="two"><h1>Harbour fees to rise next year</h1>` +
		storyPara("harbour", 5) + storyPara("quay", 4) + `</article></div></main></body></html>`
}

func TestStackedStoriesKeepTheFirst(t *testing.T) {
	text, _, err := extractText(t, stackedPage(""), Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "bridge plan") || !strings.Contains(text, "tunnel plan") {
		t.Errorf("body lacks the first story:\n%s", text)
	}
	if strings.Contains(text, "harbour plan") || strings.Contains(text, "quay plan") {
		t.Errorf("body runs on into the next story:\n%s", text)
	}
}

func TestStackedStoriesKeepTheTitledOne(t *testing.T) {
	hints := func(*page.Page) Hints { return Hints{Title: "Harbour fees to rise next year"} }
	text, _, err := extractText(t, stackedPage(""), Options{}, hints)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "harbour plan") || strings.Contains(text, "bridge plan") {
		t.Errorf("body is not the story the title names:\n%s", text)
	}
}

func TestOneArticleUnderH1IsNotStacked(t *testing.T) {
	// A story beside a short teaser <article> with its own h1 stays whole
	// with its closing paragraphs outside the article.
	src := `<html><body><div id="wrap"><article><h1>Bridge to reopen in spring</h1>` +
		storyPara("bridge", 4) + `</article><div class="more">` + storyPara("closing", 3) + `</div></div></body></html>`
	text, _, err := extractText(t, src, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "closing plan") {
		t.Errorf("body lost the closing paragraphs:\n%s", text)
	}
}
