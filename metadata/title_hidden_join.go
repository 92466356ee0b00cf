package metadata

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// afterHiddenJoin returns a heading's text after a separator hidden from
// screen readers ("Topic<span aria-hidden="true"> – </span>Headline"):
// the theme joins a kicker line and the headline with a dash for the
// eye only, so what comes before the dash is the kicker, whatever its
// class is called. The kicker must be short and the headline present.
func afterHiddenJoin(n *html.Node) (string, bool) {
	var before, after strings.Builder
	seen := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case seen:
			after.WriteString(" " + page.Text(c))
		case isHiddenJoin(c):
			seen = true
		default:
			before.WriteString(" " + page.Text(c))
		}
	}
	kicker, head := page.CollapseSpace(before.String()), page.CollapseSpace(after.String())
	if !seen || !hasWords(kicker) || !hasWords(head) || len(strings.Fields(kicker)) > maxKickerWords {
		return "", false
	}
	return strings.Trim(head, headingTrimChars), true
}

// isHiddenJoin reports whether c is an element hidden from screen
// readers holding nothing but a separator.
func isHiddenJoin(c *html.Node) bool {
	if c.Type != html.ElementNode || page.Attr(c, "aria-hidden") != "true" {
		return false
	}
	t := hiddenText(c)
	return strings.TrimSpace(t) != "" && strings.Trim(t, headingTrimChars) == ""
}

// hiddenText is the text below an element page.Text leaves out as hidden.
func hiddenText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
		case html.ElementNode:
			b.WriteString(hiddenText(c))
		}
	}
	return b.String()
}
