package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// customElementRole classifies an autonomous custom element by its tag
// name ("related-articles", "newsletter-signup", "pp-inline-teaser",
// "story-body"): a component's name says what it is as a class name would. Each part of
// the name counts as a whole name, since the tag names one component. A
// component around a <figure> is the figure's zoom or lazy-load wrapper
// ("a-lightbox"), whatever its name.
func customElementRole(n *html.Node) role {
	if n.DataAtom != 0 || !strings.Contains(n.Data, "-") || holdsTag(n, atom.Figure, 0) {
		return roleNone
	}
	r := classifyNames(n.Data)
	for _, part := range strings.Split(n.Data, "-") {
		if _, ok := clutterWholeNames[part]; ok {
			r = max(r, roleWeakClutter)
		}
	}
	return r
}
