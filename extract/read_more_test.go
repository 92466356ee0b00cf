package extract

import (
	"strings"
	"testing"
)

// foldPage is a story whose later paragraphs a script folds behind a
// "read more" expander, followed by a read-more link to another page.
func foldPage() string {
	folded := strings.Repeat("The ferry crews voted to accept the new rota after a long night of talks at the union hall. ", 4)
	return `<html><body><div class="story-text">` + storyPara("harbour", 4) + storyPara("tunnel", 4) +
		`<p class="story-fold js-read-more">` + folded + `</p>` +
		`<p class="read-more"><a href="/2024/05/ferry-fares">Read more about the ferry fares</a></p>` +
		`</div></body></html>`
}

func TestFoldedTextKept(t *testing.T) {
	text := extractAt(t, foldPage(), storyURL)
	if !strings.Contains(text, "ferry crews voted to accept") {
		t.Errorf("folded story text left out:\n%s", text)
	}
	if strings.Contains(text, "Read more about") {
		t.Errorf("read-more link kept:\n%s", text)
	}
}
