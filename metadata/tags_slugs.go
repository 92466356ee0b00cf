package metadata

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// tagPathWords are the path steps under which platforms keep a topic's
// page ("/tag/data-science", "/tags/climate/").
var tagPathWords = []string{"tag", "tags"}

// minSlugTags is how many tag links make an unnamed list the article's:
// one lone link is a teaser or a menu entry.
const minSlugTags = 2

// slugTagList returns the texts of the first list below the headline whose
// links all go to tag pages spelling the text they show ("Data Science"
// linking /tag/data-science): platforms with generated class names print
// an article's tags so, with no class or rel saying it. Lists in the
// page's header, navigation, footer or furniture are passed over.
func slugTagList(p *page.Page, headline *html.Node) []string {
	if headline == nil {
		return nil
	}
	after := p.Order(headline)
	links, tags := slugLinkCounts(p, after)
	for i := after + 1; i < len(p.Elements); i++ {
		n := p.Elements[i]
		if links[i] != tags[i] || tags[i] < minSlugTags || p.Stats(n).Hidden ||
			inSiteFurniture(n, headline) || inChrome(n) || inOtherStories(n, headline) {
			continue
		}
		var texts []string
		eachLink(n, func(a *html.Node) { texts = append(texts, page.Text(a)) })
		return texts
	}
	return nil
}

// slugLinkCounts counts, for each element after the one at index after,
// the links below it (as eachLink finds them) and those of them that are
// tag links outside teaser cards: one pass from the last element up, so
// that the search stays linear in the page.
func slugLinkCounts(p *page.Page, after int) (links, tags []int32) {
	links = make([]int32, len(p.Elements))
	tags = make([]int32, len(p.Elements))
	for i := len(p.Elements) - 1; i > after; i-- {
		n := p.Elements[i]
		par := p.Order(n.Parent)
		if par <= after {
			continue
		}
		if page.IsLink(n) && !strings.HasPrefix(strings.TrimSpace(page.Attr(n, "href")), "#") {
			// A link counts for its parent; what it holds is not looked at.
			links[par]++
			if slugTagLink(n) && !inTeaserCard(p, n) {
				tags[par]++
			}
			continue
		}
		links[par] += links[i]
		tags[par] += tags[i]
	}
	return links, tags
}

// slugTagLink reports a link to a tag page whose last step spells the
// text it shows.
func slugTagLink(a *html.Node) bool {
	steps := linkPathSteps(a)
	if len(steps) < 2 || !slices.Contains(tagPathWords, steps[len(steps)-2]) {
		return false
	}
	text := fold(page.Text(a))
	return text != "" && fold(steps[len(steps)-1]) == text
}

// inChrome reports n inside the page's header, navigation or footer.
func inChrome(n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		switch a.DataAtom {
		case atom.Nav, atom.Header, atom.Footer:
			return true
		}
	}
	return false
}

// inOtherStories reports n inside a box of other stories (related,
// similar, recommended, more), below whatever holds the headline: their
// tag links are those stories' topics.
func inOtherStories(n, headline *html.Node) bool {
	for a := n; a != nil && !page.Within(headline, a); a = a.Parent {
		for _, tok := range strings.FieldsFunc(strings.ToLower(classID(a)), func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
			if excludedClassTokens[tok] || tok == "similar" {
				return true
			}
		}
	}
	return false
}
