package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Many sites open a story with a box of key points under a one-line label
// ("In brief", "Kort fortalt"). The points are the site's own summary of
// the story; the label is furniture. The same words as a sub-heading
// between story paragraphs introduce the story's own text, so the label is
// left out only when it heads a box: a container holding the label and one
// list, apart from the story's paragraphs.

// summaryLabels are the labels of key-point boxes, lower case, without the
// closing colon.
var summaryLabels = map[string]string{
	"in brief":                "English",
	"in short":                "English",
	"key points":              "English",
	"at a glance":             "English",
	"summary":                 "English",
	"tl;dr":                   "English",
	"highlights":              "English: key points above a news story",
	"story highlights":        "English: key points above a news story",
	"key takeaways":           "English",
	"das wichtigste in kürze": "German: the essentials in brief",
	"in kürze":                "German: in brief",
	"kurz gesagt":             "German: in short",
	"auf einen blick":         "German: at a glance",
	"zusammenfassung":         "German: summary",
	"en bref":                 "French: in brief",
	"l'essentiel":             "French: the essentials",
	"l’essentiel":             "French: the essentials, typographic apostrophe",
	"en résumé":               "French: in summary",
	"en resumen":              "Spanish: in summary",
	"lo esencial":             "Spanish: the essentials",
	"in sintesi":              "Italian: in summary",
	"in breve":                "Italian: in brief",
	"em resumo":               "Portuguese: in summary",
	"kort fortalt":            "Norwegian, Danish: briefly told",
	"kort sagt":               "Norwegian, Swedish: in short",
	"i korthet":               "Swedish: in brief",
	"in het kort":             "Dutch: in brief",
	"kort samengevat":         "Dutch: briefly summed up",
	"lyhyesti":                "Finnish: in brief",
	"w skrócie":               "Polish: in brief",
	"вкратце":                 "Russian: in brief",
	"коротко":                 "Russian: briefly",
}

// boxLabel reports a key-point box's label: its text is a summary label
// and it shares its parent, which is not the story's root, with one list
// (or one block opening with a list) only, besides the box's own controls.
func boxLabel(n *html.Node, text string, root *html.Node) bool {
	low := strings.TrimRight(strings.ToLower(strings.TrimSpace(text)), " :.")
	if _, ok := summaryLabels[low]; !ok || n.Parent == nil || n.Parent == root {
		return false
	}
	var other *html.Node
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c == n || boxControl(c.DataAtom) {
			continue
		}
		if other != nil {
			return false
		}
		other = c
	}
	return other != nil && holdsList(other)
}

// boxControl reports what a box holds besides its content: the button
// that folds it open, the script behind it.
func boxControl(t atom.Atom) bool {
	return t == atom.Button || t == atom.Script || t == atom.Style || t == atom.Template
}

// holdsList reports a list, or an element that opens with one (a note
// on how the points were written may follow).
func holdsList(n *html.Node) bool {
	for d := 0; d < 3 && n != nil; d++ {
		if n.DataAtom == atom.Ul || n.DataAtom == atom.Ol {
			return true
		}
		c := n.FirstChild
		for c != nil && c.Type != html.ElementNode {
			c = c.NextSibling
		}
		n = c
	}
	return false
}
