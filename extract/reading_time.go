package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// Story headers show how long the story takes to read or to listen to:
// "4 min read", "Lesezeit: 3 Min.", "3 Min Lesezeit". A block that says
// only that is furniture wherever it stands. Only a labelled time counts:
// "25 Min." alone is a recipe's or a route's time.

// readingLabels open or close a reading-time line, lower case.
var readingLabels = map[string]string{
	"read":              "English: '4 min read'",
	"reading time":      "English",
	"listen":            "English: the listen button's label",
	"lesezeit":          "German",
	"lesedauer":         "German",
	"temps de lecture":  "French",
	"de lecture":        "French: '3 min de lecture'",
	"tiempo de lectura": "Spanish",
	"de lectura":        "Spanish: '3 min de lectura'",
	"tempo di lettura":  "Italian",
	"di lettura":        "Italian: '3 min di lettura'",
	"leestijd":          "Dutch",
	"lästid":            "Swedish",
}

// isReadingTime reports a reading or listening time, given lower-cased:
// a number with a minute unit and a reading label before or after it.
func isReadingTime(low string) bool {
	s := strings.Trim(strings.TrimSpace(low), ":.·|-–")
	labelled := false
	for label := range readingLabels {
		if t, ok := strings.CutPrefix(s, label); ok && wordEnds(s, len(label)) {
			s, labelled = strings.TrimLeft(t, " :·|-–"), true
		}
		if t, ok := strings.CutSuffix(s, label); ok {
			s, labelled = strings.TrimRight(t, " ·|-–."), true
		}
	}
	if !labelled {
		return false
	}
	f := strings.Fields(s)
	switch len(f) {
	case 1: // "2min"
		k := strings.IndexFunc(f[0], func(r rune) bool { return r < '0' || r > '9' })
		return k > 0 && minuteUnit(f[0][k:])
	case 2:
		return allDigits(f[0]) && minuteUnit(f[1])
	}
	return false
}

// minuteUnit reports a unit of minutes, with or without its full stop.
func minuteUnit(s string) bool {
	_, ok := durationUnits[strings.TrimRight(s, ".")]
	return ok
}

// A listen button often names itself only to assistive technology
// (aria-label "Listen", its visible label hidden or an icon) and shows the
// recording's length beside it: the bare "5 min" left in the text is then
// the listening time, labelled by the control next to it.

// maxControlSiblings bounds how far back a time looks for its control:
// the button stands right before it, at most behind its visible label.
const maxControlSiblings = 3

// maxControlDepth bounds the search for the control inside a sibling: a
// button sits a wrapper or two down.
const maxControlDepth = 3

// maxBareTimeBytes is the longest bare time taken ("120 minutes").
const maxBareTimeBytes = 16

// controlReadingTime reports a bare time ("5 min"), text being n's text,
// whose preceding sibling holds a control named with a reading label.
func controlReadingTime(n *html.Node, text string) bool {
	t := strings.TrimSpace(text)
	if t == "" || t[0] < '0' || t[0] > '9' || len(t) > maxBareTimeBytes {
		return false // most blocks: checked before any copy is made
	}
	low := strings.ToLower(t)
	if f := strings.Fields(low); len(f) != 2 || !allDigits(f[0]) || !minuteUnit(f[1]) {
		return false
	}
	k := 0
	for s := n.PrevSibling; s != nil && k < maxControlSiblings; s = s.PrevSibling {
		if s.Type != html.ElementNode {
			continue
		}
		k++
		if label := controlName(s, 0); label != "" && isReadingTime(strings.ToLower(label)+" "+low) {
			return true
		}
	}
	return false
}

// controlName returns the aria-label of the first button in n's subtree,
// or "".
func controlName(n *html.Node, depth int) string {
	if n.DataAtom == atom.Button || page.Attr(n, "role") == "button" {
		return strings.TrimSpace(page.Attr(n, "aria-label"))
	}
	if depth >= maxControlDepth {
		return ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if name := controlName(c, depth+1); name != "" {
				return name
			}
		}
	}
	return ""
}
