package extract

import (
	"strings"
	"testing"
)

// embedBoxPage is a story that quotes a post in a box named with the
// template's word for any inserted block; extra goes inside the box.
func embedBoxPage(extra string) string {
	return `<html><body><div class="story-text">` + storyPara("harbour", 3) +
		`<div class="story-widget story-social-post"><div class="story-social-post__inner">` +
		`<blockquote class="twitter-tweet"><p>Proud of our crews tonight, the quay is open again.</p>` +
		`— Port Authority (@port_example) <a href="https://x.example/port_example/status/1">May 3, 2024</a></blockquote>` +
		`<script src="https://platform.x.example/widgets.js"></script></div>` + extra + `</div>` +
		storyPara("ferry", 3) + `</div></body></html>`
}

func TestEmbedInFurnitureNamedBoxKept(t *testing.T) {
	text := extractAt(t, embedBoxPage(""), storyURL)
	if !strings.Contains(text, "Proud of our crews tonight") {
		t.Errorf("embedded post left out:\n%s", text)
	}
}

func TestBoxWithMoreThanTheEmbedJudgedByName(t *testing.T) {
	// A box that also holds its own links is a widget, post or not.
	text := extractAt(t, embedBoxPage(`<ul><li><a href="/a">Follow us</a></li><li><a href="/b">More posts</a></li></ul>`), storyURL)
	if strings.Contains(text, "Proud of our crews tonight") {
		t.Errorf("widget box kept:\n%s", text)
	}
}
