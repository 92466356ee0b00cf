package extract

import (
	"strings"
	"testing"
)

func TestFoldHeaderKept(t *testing.T) {
	fold := func(head, panelAttrs string) string {
		return `<div class="card"><div class="card-header">` + head + `</div><div class="collapse"` + panelAttrs + `>` +
			storyPara("ferry", 1) + `</div></div>`
	}
	page := func(folds string) string {
		return `<html><body><div class="story-text">` + storyPara("harbour", 3) + folds + `</div></body></html>`
	}
	for _, tc := range []struct {
		head, panel string
		want        bool
	}{
		{`<div aria-expanded="false" aria-controls="p1">When does the ferry run?</div>`, ``, true},
		{`When does the ferry run?`, ` aria-labelledby="h1"`, true},
		// Without a control the header may be any box's: left out.
		{`When does the ferry run?`, ``, false},
		// A control whose line is a link heads no section.
		{`<a href="/faq" aria-expanded="false">When does the ferry run?</a>`, ``, false},
	} {
		text := extractAt(t, page(fold(tc.head, tc.panel)), storyURL)
		if got := strings.Contains(text, "When does the ferry run?"); got != tc.want {
			t.Errorf("%s%s: kept %v, want %v\n%s", tc.head, tc.panel, got, tc.want, text)
		}
	}
}
