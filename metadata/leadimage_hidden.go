package metadata

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// screenReaderHints are class fragments of utility classes that draw text
// off screen for assistive technology. Matched inside a class name, so
// that generated names ("ssrcss-1ipr6qv-VisuallyHidden") count too.
var screenReaderHints = []string{
	"visually-hidden",    // the common utility class
	"visuallyhidden",     // HTML5 Boilerplate, and CSS-in-JS "…-VisuallyHidden"
	"sr-only",            // Bootstrap
	"screen-reader-text", // WordPress core
	"screen-reader-only", // long spelling
	"element-invisible",  // Drupal
	"offscreen",          // "a11y-offscreen", BBC-style off-screen labels
	"off-screen",         // hyphenated spelling
}

// maxScreenReaderLabel is the most text, in runes, an off-screen element
// inside a caption may hold and be read as a label ("Image caption, ");
// a longer one is content a site merely styles oddly.
const maxScreenReaderLabel = 80

// screenReaderLabel reports a short element only assistive technology
// reads: a label such as "Image source, " before a credit, which a
// sighted reader never sees and which is no part of the caption.
func screenReaderLabel(n *html.Node) bool {
	if !offScreen(n) {
		return false
	}
	return page.RuneLen(page.Text(n)) <= maxScreenReaderLabel
}

// offScreen reports an element drawn off screen: by a screen-reader
// utility class, or by the clip pattern such classes use, inline.
func offScreen(n *html.Node) bool {
	if c := strings.ToLower(page.Attr(n, "class")); c != "" && containsAnyWord(c, screenReaderHints) {
		return true
	}
	style := page.Attr(n, "style")
	if style == "" {
		return false
	}
	style = strings.ReplaceAll(strings.ToLower(style), " ", "")
	// clip:rect(0,0,0,0) / clip:rect(1px,1px,1px,1px) or clip-path:inset(50%)
	// on an absolutely positioned box: nothing of it shows.
	return strings.Contains(style, "position:absolute") &&
		(strings.Contains(style, "clip:rect(") || strings.Contains(style, "clip-path:inset(50%)"))
}

// unread reports elements whose text a caption leaves out: content that
// never shows, and labels only screen readers announce.
func unread(n *html.Node) bool {
	return concealed(n) || screenReaderLabel(n)
}
