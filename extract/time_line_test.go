package extract

import (
	"strings"
	"testing"
)

// stampsPage is a story whose header shows the published and updated
// stamps side by side, each a <time>, too long together for a date line.
const stampsPage = `<html><body><main><div class="story"><h1>Bridge plan stalls again</h1>
<div class="story-times"><time datetime="2026-03-02T09:15:00Z">Monday, March 2, 2026 — 9:15 AM GMT</time> |
<time class="updated" datetime="2026-03-03T14:40:00Z">Tuesday, March 3, 2026 — 2:40 PM GMT</time></div>
` + "%s" + `</div></main></body></html>`

// wantStoryFirst checks that the body of src opens with the story's first
// paragraph (a storyPara on "bridge").
func wantStoryFirst(t *testing.T, src string) {
	t.Helper()
	text, _, err := extractText(t, src, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(text, "The council said the bridge plan") {
		t.Errorf("body does not start with the story:\n%s", text)
	}
}

func TestTimeStampsLineLeftOut(t *testing.T) {
	src := strings.Replace(stampsPage, "%s", storyPara("bridge", 4)+storyPara("tunnel", 3), 1)
	wantStoryFirst(t, src)
}

func TestTimeLine(t *testing.T) {
	for src, want := range map[string]bool{
		`<div><time>May 2, 2026</time> · <span><time>updated 10:40</time></span></div>`: true,
		`<div>Published <time>May 2, 2026</time></div>`:                                 false,
		`<p>The vote on <time>May 2</time> settled it.</p>`:                             false,
		`<div> | </div>`: false,
	} {
		if got := timeLine(firstInBody(t, src)); got != want {
			t.Errorf("timeLine(%s) = %v, want %v", src, got, want)
		}
	}
}
