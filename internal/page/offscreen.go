package page

import (
	"strings"

	"golang.org/x/net/html"
)

// screenReaderClasses are utility classes that draw text off screen for
// assistive technology: labels ("Image caption, ", "opens in a new
// window") a sighted reader never sees.
var screenReaderClasses = []string{
	"visually-hidden",    // the common utility class
	"visuallyhidden",     // HTML5 Boilerplate, and CSS-in-JS "…-VisuallyHidden"
	"u-visually-hidden",  // prefixed utility spelling
	"hidden-visually",    // reversed spelling
	"sr-only",            // Bootstrap
	"sr_only",            // underscore spelling
	"sr-text",            // shortened spelling
	"screen-reader-text", // WordPress core
	"screen-reader-only", // long spelling
	"element-invisible",  // Drupal
	"a11y-hidden",        // accessibility-prefixed spelling
	"offscreen",          // "a11y-offscreen", BBC-style off-screen labels
	"off-screen",         // hyphenated spelling
}

// MaxScreenReaderLabel is the most text, in runes, an off-screen element
// may hold and be read as a label; a longer one is content a site merely
// styles oddly.
const MaxScreenReaderLabel = 80

// OffScreen reports an element drawn off screen for screen readers: by
// one of the utility classes (also at the end of a generated name such as
// "ssrcss-1ipr6qv-VisuallyHidden"), or by the clip pattern such classes
// use, written inline.
func OffScreen(n *html.Node) bool {
	if n.Type != html.ElementNode || len(n.Attr) == 0 {
		return false
	}
	for _, tok := range strings.Fields(strings.ToLower(Attr(n, "class"))) {
		for _, c := range screenReaderClasses {
			if tok == c || strings.HasSuffix(tok, "-"+c) {
				return true
			}
		}
	}
	style := Attr(n, "style")
	if style == "" {
		return false
	}
	style = strings.ReplaceAll(strings.ToLower(style), " ", "")
	// clip:rect(0,0,0,0) / clip:rect(1px,1px,1px,1px) or clip-path:inset(50%)
	// on an absolutely positioned box: nothing of it shows.
	return strings.Contains(style, "position:absolute") &&
		(strings.Contains(style, "clip:rect(") || strings.Contains(style, "clip-path:inset(50%)"))
}
