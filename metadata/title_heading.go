package metadata

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// kickerHeading returns the <h1> that opens with a kicker element and
// goes on with a declared title ("<span>Press release of the department
// :</span>Headline"), and that title: the kicker line is printed apart,
// the headline is the rest.
func kickerHeading(h1s []heading, cands []string) (heading, string, bool) {
	for _, h := range h1s {
		first := h.node.FirstChild
		for first != nil && (first.Type == html.TextNode && strings.TrimSpace(first.Data) == "" || first.Type == html.ElementNode && page.Text(first) == "") {
			first = first.NextSibling
		}
		if first == nil || first.Type != html.ElementNode {
			continue
		}
		lead, all := fold(page.Text(first)), fold(h.text)
		if lead == "" || !strings.HasPrefix(all, lead) || len(all)-len(lead) < minKickerlessFold {
			continue
		}
		for _, c := range cands {
			if fold(c) == all[len(lead):] {
				return h, c, true
			}
		}
	}
	return heading{}, "", false
}

// siteDecorated reports whether a <title> carries the site's name in a
// part of its own ("Section | Site", "Page - Example Club Town"): the
// template's title for a page of the site, which may name the page by
// its menu entry rather than its heading.
func siteDecorated(docTitle string, sites []string) bool {
	t := page.CollapseSpace(docTitle)
	if cleanTitle(t, sites) != t {
		return true
	}
	for _, sep := range titlePartSeparators {
		for _, part := range []string{lastPart(t, sep), firstPart(t, sep)} {
			if part != "" && partNamesSite(part, sites) {
				return true
			}
		}
	}
	return false
}

// seconded returns the page's first headline <h1> when the first declared
// title tells another story and a later one (the <title>) tells the
// <h1>'s: the social title is a share prompt or a campaign line, the
// reader's headline is the one a second source repeats.
func seconded(p *page.Page, h1s []heading, cands []string, hasLD bool) (heading, bool) {
	if hasLD || len(cands) < 2 {
		return heading{}, false
	}
	for _, h := range outsideCrumbs(unlinked(p, h1s)) {
		if !headlineLength(h.text) {
			continue
		}
		if wordOverlap(h.text, cands[0]) >= sameStoryOverlap {
			return heading{}, false
		}
		for _, c := range cands[1:] {
			if headlineLength(c) && wordOverlap(h.text, c) >= sameStoryOverlap {
				return h, true
			}
		}
		return heading{}, false
	}
	return heading{}, false
}

// templateTitle reports whether the page's declared titles are all its
// <title> without the site's name, and the <title> carries that name
// ("About us - Site"): the template's title, naming the page by its menu
// entry, not a headline an editor wrote.
func templateTitle(in titleInput, cands []string) bool {
	if !siteDecorated(in.docTitle, in.sites) {
		return false
	}
	doc := fold(cleanTitle(in.docTitle, in.sites))
	for _, c := range cands {
		if fold(c) != doc {
			return false
		}
	}
	return true
}

// printsApart reports whether a heading prints the folded headline ft as
// one element of its own: what follows it in the heading is another line
// (a subtitle), not the rest of a headline the declared one cut short.
func printsApart(n *html.Node, ft string) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && fold(page.Text(c)) == ft {
			return true
		}
	}
	return false
}

// headlineH1 reports whether one of the <h1>s has several words, as a
// headline has: a page whose <h1>s are a section's name, or that has
// none, names itself in a lesser heading.
func headlineH1(h1s []heading) bool {
	for _, h := range h1s {
		if headlineLength(h.text) {
			return true
		}
	}
	return false
}

// headlineLength reports a title of at least minRivalWords words, a
// headline's length rather than a label's.
func headlineLength(t string) bool { return len(strings.Fields(t)) >= minRivalWords }

// sameStoryHeading returns the page's headline <h1> when it tells the
// first declared title's story in other words: the page's one <h1>
// (also when the declared titles only repeat a template's <title>, or
// there are none), or the first of several when it has the words of a
// headline. A declared headline the <h1> prints apart from a subtitle is
// returned as declared.
func sameStoryHeading(in titleInput, h1s []heading, cands []string) (string, *html.Node, bool) {
	own := unlinked(in.p, h1s)
	if in.hasLD || len(own) == 0 {
		return "", nil, false
	}
	h := own[0]
	switch {
	case len(own) == 1 && (len(cands) == 0 || templateTitle(in, cands)):
	case len(cands) == 0:
		return "", nil, false
	case wordOverlap(h.text, cands[0]) < sameStoryOverlap:
		return "", nil, false
	case len(own) > 1 && !headlineLength(h.text):
		return "", nil, false
	}
	if len(cands) > 0 && printsApart(h.node, fold(cands[0])) {
		return cands[0], h.node, true
	}
	return h.text, h.node, true
}
