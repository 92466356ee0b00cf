package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// firstInBody parses a fragment and returns the first node of its body.
func firstInBody(t *testing.T, src string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	return doc.LastChild.LastChild.FirstChild // html > body > first node
}

func TestStrayCredit(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{`<p class="story-meta__credit">A view of the harbour at dawn. | Photo by Ana Ruiz</p>`, true},
		{`<p class="photo-credit">Jan Vos</p>`, true},
		// A credit that holds its picture is the figure's own.
		{`<p class="media-credit"><img src="/a.jpg" alt="">Photo: Jan Vos</p>`, false},
		// Only paragraphs: a credit wrapper may hold the story.
		{`<div class="credit-wrapper">Photo: Jan Vos</div>`, false},
		{`<p class="lead">The harbour reopened on Monday.</p>`, false},
	} {
		if got := strayCredit(firstInBody(t, tc.in)); got != tc.want {
			t.Errorf("strayCredit(%s) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestStrayCreditLeftOutAboveStory(t *testing.T) {
	src := `<html><body><div class="story-text"><div class="story-meta">` +
		`<p class="story-meta__credit">“Every vote will be counted,” the clerk said on the courthouse steps. | Photo by Ana Ruiz</p></div>` +
		`<p>Officials in several counties said on Monday that the paper they need for mail-in ballots had arrived weeks late.</p>` +
		`<p>Printers have promised to run extra shifts so that every ballot is mailed before the deadline set by state law.</p>` +
		`<p class="story-meta__credit">This sentence, set below the story, is not a stray lead credit but the story's last words.</p>` +
		`</div></body></html>`
	text := bodyText(t, src)
	if strings.Contains(text, "courthouse steps") {
		t.Errorf("the credit above the story is kept:\n%s", text)
	}
	if !strings.Contains(text, "story's last words") || !strings.HasPrefix(text, "Officials") {
		t.Errorf("story text lost:\n%s", text)
	}
}

// An <address> holds the contact details of the page's author or owner;
// inside the story's container it is left out.
func TestAddressLeftOut(t *testing.T) {
	src := `<html><body><div class="story-text">` +
		`<p>Officials in several counties said on Monday that the paper they need for mail-in ballots had arrived weeks late.</p>` +
		`<p>Printers have promised to run extra shifts so that every ballot is mailed before the deadline set by state law.</p>` +
		`<address>Page maintained by the county web office · Last changed 2026-03-02</address>` +
		`</div></body></html>`
	if text := bodyText(t, src); strings.Contains(text, "maintained") || !strings.HasPrefix(text, "Officials") {
		t.Errorf("body:\n%s", text)
	}
}

// bodyText extracts a page's body as plain text.
func bodyText(t *testing.T, src string) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Extract(doc, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res.Body.Text()
}
