package extract

import (
	"strings"

	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// verdict decides whether the page is an article at all and how sure the
// choice of container is. Home pages and section indexes hold many teasers:
// short texts under linked headings, several <article> elements of which
// none dominates, a page type that says "website". CJK and short-paragraph
// pages pass: nothing here counts characters per paragraph.
func (a *analysis) verdict(best, rival int) (confidence float64, ok bool) {
	if best < 0 || a.good[best] == 0 {
		return 0, false
	}
	g := float64(a.good[best])
	pageGood := float64(a.good[0])
	share := g / max(pageGood, 1)
	gap := 1.0
	if rival >= 0 {
		if bs, rs := a.score(best), a.score(rival); bs > 0 && rs > 0 {
			gap = max(0, 1-rs/bs)
		}
	}
	size := min(1, g/1500)
	confidence = 0.4*size + 0.3*share + 0.3*gap
	if l := a.listing(best); l > 0 {
		threshold := 2.0
		if page.ArticleType(a.hints.PageType) {
			threshold = 3.0
		} else if declaredListing(a.hints.PageType) {
			threshold = 1.0
		}
		if l >= threshold {
			return confidence * 0.3, false
		}
		confidence *= 1 - l/(2*threshold)
	}
	return confidence, true
}

// listing returns how much the container looks like a list of teasers:
// 0 for none, about 1 per independent sign.
func (a *analysis) listing(best int) float64 {
	end := best + int(a.size[best])
	articles, linkedHeads, storyUnits := 0, 0, 0
	var biggest int32
	for i := best + 1; i < end; i++ {
		n := a.p.Elements[i]
		if a.clutter[i] {
			continue
		}
		if a.story[i] {
			storyUnits++
		}
		switch n.DataAtom {
		case atom.Article:
			// A listicle's items link nowhere on the site: no teasers.
			if a.announcesSitePage(i) {
				articles++
				biggest = max(biggest, a.good[i])
			}
		case atom.H2, atom.H3, atom.H4:
			st := a.p.Stats(n)
			if st.Text > 0 && st.LinkText*10 >= st.Text*8 {
				linkedHeads++
			}
		}
	}
	l := 0.0
	if articles >= 3 && biggest*2 < a.good[best] && !a.liveBlog() {
		l++
	}
	if linkedHeads >= 4 && linkedHeads*2 >= storyUnits {
		l++
	}
	if st := a.p.Stats(a.p.Elements[best]); st.LinkText*2 > st.Text {
		l++
	}
	if storyUnits > 0 && a.good[best]/int32(storyUnits) < 100 && linkedHeads >= 3 {
		l += 0.5
	}
	return l
}

// liveBlogType is the schema.org type of live coverage (LiveBlogPosting),
// lower case as the hints carry it.
const liveBlogType = "liveblog"

// liveBlog reports a page declared as live coverage: its updates are
// <article>s of one story, not teasers of others.
func (a *analysis) liveBlog() bool { return strings.Contains(a.hints.PageType, liveBlogType) }

// declaredListing reports page types of home pages and indexes.
func declaredListing(t string) bool {
	switch t {
	case "website", "collectionpage", "itemlist", "searchresultspage", "profilepage":
		return true
	}
	return false
}

// minBareText is the text, in runes, outside links and furniture that
// makes a page without story paragraphs worth keeping.
const minBareText = 200

// bareConfidence is the confidence in a page without story paragraphs.
const bareConfidence = 0.1

// bare returns the body of a page that has text but no paragraph that
// reads as story, when that text is not mostly links.
func (a *analysis) bare() (body int, confidence float64, ok bool) {
	for i, n := range a.p.Elements {
		if n.DataAtom != atom.Body {
			continue
		}
		st := a.p.Stats(n)
		own := st.Text - st.LinkText - a.bad[i]
		if own <= 0 && st.LinkText > 0 {
			// Text wrapped in links that go nowhere is the page's own.
			nav, dead, furniture := a.linkText(i)
			rest := st.Text - nav - furniture
			if rest > 0 && dead*2 >= st.Text-furniture && nav*2 <= st.Text {
				own, a.deadLinks = rest, true
			} else if rest >= minBareText {
				// Link text inside furniture was counted twice above.
				own = rest
			}
		}
		return i, bareConfidence, own > 0 && (st.LinkText*2 <= st.Text || a.deadLinks)
	}
	return -1, 0, false
}

// linkText returns the text below element i inside links that lead
// somewhere, inside links that go nowhere (a script or fragment-only href
// does not take the reader away), and of furniture outside links.
func (a *analysis) linkText(i int) (nav, dead, furniture int32) {
	end := i + int(a.size[i])
	for j := i + 1; j < end; j++ {
		n := a.p.Elements[j]
		switch {
		case a.clutter[j]:
			furniture += a.p.Stats(n).Text
		case n.DataAtom == atom.A && goesNowhere(page.Attr(n, "href")):
			dead += a.p.Stats(n).Text
		case n.DataAtom == atom.A:
			nav += a.p.Stats(n).Text
		default:
			continue
		}
		j += int(a.size[j]) - 1 // a subtree counts once
	}
	return nav, dead, furniture
}

// goesNowhere reports an href that leaves the reader on the page.
func goesNowhere(href string) bool {
	href = strings.TrimSpace(href)
	return href == "" || strings.HasPrefix(href, "#") || hasPrefixFold(href, "javascript:")
}

// hasPrefixFold is strings.HasPrefix ignoring ASCII case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
