package extract

import (
	"strings"
	"testing"
)

// A live page's list of jumps to its key entries: each item an <a> that a
// script makes a link (no href, a data attribute naming the entry) and a
// clock time. It is navigation like any list of links.
func TestScriptedJumpListLeftOut(t *testing.T) {
	jumps := `<div class="pinned"><h3>Top moments</h3><ul>` +
		`<li><div class="jump"><a data-entry="81">Ferry crews vote to return to work after the long talks</a><time>18:04</time></div></li>` +
		`<li><div class="jump"><a data-entry="77">Council leader promises a new timetable by spring</a><time>16:52</time></div></li>` +
		`<li><div class="jump"><a onclick="jump(70)">Harbour car park to reopen on Monday morning</a><time>15:10</time></div></li>` +
		`<li><div class="jump"><a data-entry="64">Union says the bridge tolls must be paid by the operator</a><time>13:37</time></div></li>` +
		`<li><div class="jump"><a data-entry="58">What the strike means for your commute this week</a><time>11:21</time></div></li>` +
		`</ul></div>`
	src := `<html><body><main><div class="live">` + jumps + storyPara("bridge", 5) + storyPara("budget", 3) +
		`</div></main></body></html>`
	text, _, err := extractText(t, src, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "budget plan") || strings.Contains(text, "Ferry crews vote") || strings.Contains(text, "Top moments") {
		t.Errorf("wrong body:\n%s", text)
	}
}

// A named anchor is no link: the text it wraps stays story text.
func TestNamedAnchorTextKept(t *testing.T) {
	src := `<html><body><main><div class="story">` + storyPara("bridge", 4) +
		`<p><a name="part2">The ferry crews said the bridge plan would change their working day, and they asked for talks before the summer.</a></p>` +
		storyPara("budget", 3) + `</div></main></body></html>`
	text, _, err := extractText(t, src, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "asked for talks") {
		t.Errorf("wrong body:\n%s", text)
	}
}
