package metadata

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// titleClassParts name the element a theme prints the page's title in
// when it is no heading ("title-text", "post__headline"): whole parts of
// a class token split at '-' and '_', so "subtitle" is none.
var titleClassParts = []string{"title", "headline"}

// minClassedTitleRunes is the shortest text read as a title so classed: a
// shorter one is a label or an icon's caption.
const minClassedTitleRunes = 4

// minStoryParagraphRunes is the length of a paragraph read as the story's
// start; the title classed below it belongs to a comment form or teaser.
const minStoryParagraphRunes = 80

// classedTitle returns the text of the first visible element classed as a
// title when every declared title is the site's name (og:title and
// <title> both "Brand Magazine") and no <h1> prints a headline: the page
// declares no title of its own, the one it shows sits in a styled block.
// The logo, links and texts naming the site are passed over, and so is
// anything below the story's first paragraph (a comment form's "reply
// title").
func classedTitle(in titleInput, cands []string, h1s []heading) (string, *html.Node, bool) {
	if len(h1s) > 0 || len(cands) == 0 || !isStructured(in.metas) {
		return "", nil, false
	}
	for _, c := range cands {
		if !isSiteForm(c, in.sites) {
			return "", nil, false
		}
	}
	for _, n := range in.p.Elements {
		st := in.p.Stats(n)
		if n.DataAtom == atom.P && !st.Hidden && int(st.Text) >= minStoryParagraphRunes {
			break // the story has begun: a title prints above it
		}
		if !hasTitleClass(n) || hasLogoClass(n) {
			continue
		}
		if st.Hidden || st.LinkText > 0 || int(st.Text) < minClassedTitleRunes || int(st.Text) > maxTitleRunes {
			continue
		}
		if t := page.Text(n); hasWords(t) && !isSiteForm(t, in.sites) {
			return t, n, true
		}
	}
	return "", nil, false
}

// isSiteForm reports whether t is the site's name or a short form of it
// ("Brand" for "Brand Magazine").
func isSiteForm(t string, sites []string) bool {
	if isSiteName(t, sites) {
		return true
	}
	f := fold(t)
	for _, s := range sites {
		if fs := fold(s); len(f) >= minSiteNameRunes && strings.HasPrefix(fs, f) {
			return true
		}
	}
	return false
}

// hasTitleClass reports whether one of n's class tokens has a part
// naming a title.
func hasTitleClass(n *html.Node) bool {
	for _, tok := range strings.Fields(strings.ToLower(page.Attr(n, "class"))) {
		for _, part := range strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '_' }) {
			for _, w := range titleClassParts {
				if part == w {
					return true
				}
			}
		}
	}
	return false
}
