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

func TestJapaneseStampLeftOut(t *testing.T) {
	story := `<p>市は2日、港に架ける新しい橋の着工が来年春になると発表した。資材の価格が上がり、工事の費用を見直すためだという。市長は記者会見で、完成の時期は変えないと話した。</p>` +
		`<p>橋は港の東と西を結び、完成すれば車で十分かかる道のりが二分に縮まる。地元の商店街は客が増えると期待している。</p>`
	stamp := `<p class="src"><a href="/list/?m=minato">みなと新報</a> 4/2(水) 9:05配信</p>`
	for name, src := range map[string]string{
		// In the header, above the story.
		"above": `<html><body><div class="main"><div class="hd"><h1>港の新しい橋、着工は来年春に</h1>` + stamp +
			`</div><div class="bd">` + story + `</div></div></body></html>`,
		// Among the paragraphs, where it is the first story text.
		"first": `<html><body><div class="main"><h1>港の新しい橋、着工は来年春に</h1><div class="bd">` + stamp + story +
			`</div></div></body></html>`,
	} {
		text, _, err := extractText(t, src, Options{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(text, "配信") || !strings.HasPrefix(text, "市は2日") {
			t.Errorf("%s: wrong body:\n%s", name, text)
		}
	}
}

func TestJapaneseStamp(t *testing.T) {
	for s, want := range map[string]bool{
		"みなと新報 4/2(水) 9:05配信":      true,
		"4月2日（水）更新":                true,
		"市は4月2日（水）に会見を開き、計画を説明した。": false, // a sentence
		"会議(水)で決定":                 false, // no date before the weekday
	} {
		if got := japaneseStamp(s); got != want {
			t.Errorf("japaneseStamp(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestStampedNameLeftOut(t *testing.T) {
	entry := func(clock, who, head, text string) string {
		return `<div class="e1"><div class="e2"><time>` + clock + `</time><mark>` + who + `</mark></div>` +
			`<div class="e3"><h3>` + head + `</h3><p>` + text + `</p></div></div>`
	}
	src := `<html><body><main><div class="live">` + storyPara("bridge", 3) +
		entry("18:40", "Maren Holloway", "Crews leave the hall", "The meeting has ended and crew members are leaving the hall, several of them saying the vote was close.") +
		entry("18:05", "PINNED", "Operator speaks", "A spokesperson for the operator said the company had made its best offer and hoped the crews would accept it.") +
		`<div class="e2"><time>09:00</time> doors open to the public for the harbour festival</div>` +
		storyPara("budget", 3) + `</div></main></body></html>`
	text, _, err := extractText(t, src, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(text, "Maren Holloway") || strings.Contains(text, "PINNED") {
		t.Errorf("entry stamps kept:\n%s", text)
	}
	if !strings.Contains(text, "best offer") || !strings.Contains(text, "doors open") {
		t.Errorf("story lost:\n%s", text)
	}
}

func TestCapitalisedWords(t *testing.T) {
	for s, want := range map[string]bool{
		"Maren Holloway":           true,
		"KEY UPDATE":               true,
		"Jean-Luc Ferry":           true,
		"doors open":               false,
		"Crews vote. More to come": false,
	} {
		if got := capitalisedWords(s); got != want {
			t.Errorf("capitalisedWords(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestRelativeStamp(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"21 mins ago", true},
		{"2 hours ago10:05 Jane Doe", true},
		{"3 days ago 09:30 Live Desk", true},
		{"5 hours ago the mayor said the bridge would stay shut", false},
		{"The ferry left 2 hours ago", false},
		{"Two hours ago", false},
		{"10 years ago Jane Doe won her first race in this valley, the club said", false},
	} {
		if got := relativeStamp(tc.in); got != tc.want {
			t.Errorf("relativeStamp(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestDropOpeningDateline(t *testing.T) {
	p := func(s string) Block { return Block{Kind: Paragraph, Text: s} }
	story := "The harbour master read the new rules aloud to the crews on the quay."
	for _, tc := range []struct {
		first string
		drop  bool
	}{
		{"Posted on March 3, 2026 by admin", true},
		{"sexta-feira, 22 de outubro de 2010 às 20:13", true},
		{"Bonn, 11.10.2021", true},
		{"Daily intake: 1694 kcal.", false},       // a count, not a year
		{"Anno 1800 returns to the stage", false}, // a title with a number
		{"A long paragraph that opens the story in the year 2026, as stories do, and goes on well past the length of a date line.", false},
	} {
		got := dropOpeningDateline(Body{p(tc.first), p(story)})
		if dropped := len(got) == 1; dropped != tc.drop {
			t.Errorf("dropOpeningDateline(%q) dropped=%v, want %v", tc.first, dropped, tc.drop)
		}
	}
	if got := dropOpeningDateline(Body{p("Bonn, 11.10.2021")}); len(got) != 1 {
		t.Errorf("a body of one date line was emptied")
	}
}
