package extract

import (
	"strings"
	"testing"
)

// subheadPage is a story whose template classes its subheads with the
// name of its sidebar box headings.
func subheadPage(between string) string {
	return `<html><body><div class="story-text">` + storyPara("harbour", 3) +
		`<h2 class="sidebar-title">Night shifts cut</h2>` + between + storyPara("ferry", 3) +
		`</div><div class="sidebar"><h2 class="sidebar-title">Most read</h2><ul><li><a href="/a">A</a></li></ul></div></body></html>`
}

func TestSubheadWithFurnitureClassKept(t *testing.T) {
	text := extractAt(t, subheadPage(""), storyURL)
	if !strings.Contains(text, "Night shifts cut") {
		t.Errorf("subhead between story paragraphs left out:\n%s", text)
	}
	if strings.Contains(text, "Most read") {
		t.Errorf("sidebar heading kept:\n%s", text)
	}
}

func TestFurnitureHeadingBeforeListLeftOut(t *testing.T) {
	// The same heading over a list of links heads a box, not a section.
	text := extractAt(t, subheadPage(`<ul class="links"><li><a href="/b">Ferry timetable</a></li><li><a href="/c">Port map</a></li></ul>`), storyURL)
	if strings.Contains(text, "Night shifts cut") {
		t.Errorf("box heading kept as a subhead:\n%s", text)
	}
}

func TestSubheadOpeningSectionWrapperKept(t *testing.T) {
	// Each section sits in a wrapper that opens with its heading and a
	// picture; an empty ad slot stands between two sections.
	src := `<html><body><div class="story-text"><div class="section">` + storyPara("harbour", 2) + `</div>` +
		`<div class="ad-slot"></div><div class="section"><h2 class="widget-title">Night shifts cut</h2>` +
		`<div class="widget-image"><img src="/a.jpg"></div>` + storyPara("ferry", 2) + `</div></div>` +
		`<div class="sidebar"><div class="widget"><h2 class="widget-title">Most read</h2><ul><li><a href="/a">A</a></li></ul></div></div></body></html>`
	text := extractAt(t, src, storyURL)
	if !strings.Contains(text, "Night shifts cut") {
		t.Errorf("subhead opening its section left out:\n%s", text)
	}
	if strings.Contains(text, "Most read") {
		t.Errorf("sidebar heading kept:\n%s", text)
	}
}

func TestSubheadAfterSubscribeBoxKept(t *testing.T) {
	// A subscribe box and a share button stand between the end of one
	// section and the subhead of the next.
	src := `<html><body><div class="story-text">` + storyPara("harbour", 3) +
		`<div class="subscription-widget"><p>Subscribe for free to receive new posts and support my work.</p><form><input type="email"></form></div>` +
		`<p class="button-wrapper"><a class="button" href="/share">Share</a></p>` +
		`<h2 class="header-anchor-post">Night shifts cut</h2>` + storyPara("ferry", 3) +
		`</div><div class="sidebar"><h2 class="sidebar-title">Most read</h2><ul><li><a href="/a">A</a></li></ul></div></body></html>`
	text := extractAt(t, src, storyURL)
	if !strings.Contains(text, "Night shifts cut") {
		t.Errorf("subhead after a subscribe box left out:\n%s", text)
	}
	if strings.Contains(text, "Subscribe for free") {
		t.Errorf("subscribe box kept:\n%s", text)
	}
}
