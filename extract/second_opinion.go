package extract

import (
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// useSecondOpinion switches the readeck consultation on; tests turn it
// off to measure our own choice alone.
var useSecondOpinion = true

// unsureConfidence is the confidence below which readeck is consulted:
// about one page in twelve on the evaluation corpora. Measured with and
// without (same run): trafilatura snippet F1 0.891 -> 0.893, readability
// body F1 0.958 -> 0.964, fundus 0.937 -> 0.939, aeb unchanged (0.971).
// At 0.8 it would gain another 0.001 on trafilatura for a third more
// readeck calls, whose cloned trees dominate our bytes allocated per page.
const unsureConfidence = 0.7

// maxSecondOpinionDepth is the deepest page readeck is consulted on: its
// time grows with depth times size (the corpora's deepest page has 51).
const maxSecondOpinionDepth = 128

// maxSecondOpinionWork bounds the page's text runes times its depth for
// readeck to be consulted: ten times the corpora's largest (5 million),
// about half a second of its time.
const maxSecondOpinionWork = 50_000_000

// secondOpinion asks readeck's go-readability for the story of a page on
// which our own choice is unsure, and returns its blocks when they hold
// clearly more text than ours. readeck works on its own copy of the tree
// (ParseDocument clones), so the caller's tree stays untouched; its
// container is indexed anew and built into blocks like ours.
func (a *analysis) secondOpinion(ours Body) (Body, bool) {
	depth := a.p.MaxDepth()
	if depth > maxSecondOpinionDepth || int(a.p.Stats(a.p.Elements[0]).Text)*depth > maxSecondOpinionWork {
		return nil, false
	}
	ps := readability.NewParser()
	art, err := ps.ParseDocument(a.p.Doc, a.p.URL)
	if err != nil || art.Node == nil || authorBox(soleElement(art.Node)) {
		return nil, false
	}
	sp, err := page.New(art.Node, a.p.URL, page.Limits{})
	if err != nil {
		return nil, false
	}
	theirs := buildBody(sp, art.Node, theirSkipper(sp, a.hints.Title, a.tune.phrases), a.opts)
	if mine := textRunes(ours); textRunes(theirs) < 2*mine || mine > 0 && linkedHeadings(theirs) >= minTeasers {
		return nil, false
	}
	return theirs, true
}

// linkedHeadings counts b's headings that are one link each: the headlines
// of teasers, which readeck may take in under a short post. Several of
// them do not make its reading the better one.
func linkedHeadings(b Body) int {
	n := 0
	for i := range b {
		if b[i].Kind == Heading && len(b[i].Spans) == 1 && b[i].Spans[0].URL != "" {
			n++
		}
	}
	return n
}

// authorBox reports an element named for the author's box ("author-info",
// "author-description", "bio"): readeck may take it for the story under a
// one-paragraph post, whose own paragraph is then lost.
func authorBox(n *html.Node) bool {
	for _, v := range []string{page.Attr(n, "id"), page.Attr(n, "class")} {
		for _, w := range strings.FieldsFunc(strings.ToLower(v), nameSeparator) {
			if w == "author" || w == "bio" || w == "authorbio" {
				return true
			}
		}
	}
	return false
}

// nameSeparator splits a class or id value into its words.
func nameSeparator(r rune) bool {
	return r == ' ' || r == '-' || r == '_'
}

// soleElement returns the only element child of readeck's page wrapper:
// the element readeck chose; the wrapper itself when it holds several.
func soleElement(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if only != nil {
			return n
		}
		only = c
	}
	if only == nil {
		return n
	}
	return only
}

// theirSkipper leaves out of readeck's container the headline and, when
// phrases is set, the furniture labels our own container leaves out
// ("Related posts", "Advertisement").
func theirSkipper(sp *page.Page, title string, phrases bool) func(*html.Node) bool {
	title = foldTitle(title)
	return func(n *html.Node) bool {
		if isHeading(n.DataAtom) && title != "" && foldTitle(page.Text(n)) == title {
			return true
		}
		if furnitureRole(n) || formRemnant(n) {
			return true
		}
		st := sp.Stats(n)
		return phrases && st.Text > 0 && st.Text <= maxPhraseRunes && st.Paras <= 1 &&
			isPhraseClutter(page.Text(n))
	}
}

// furnitureRole reports an element whose ARIA role says furniture
// (clutterRoles): readeck keeps roles when it unwraps a form into a div,
// and a sign-in form's error texts ("role=alert") would otherwise read as
// paragraphs.
func furnitureRole(n *html.Node) bool {
	r := page.Attr(n, "role")
	return r != "" && clutterRole(strings.ToLower(strings.TrimSpace(r)))
}

// formRemnant reports a form readeck unwrapped into a <div>, known by the
// form's own attributes it keeps. Our skipper leaves forms out (a sign-in
// or newsletter box's texts are no story); theirs does the same.
func formRemnant(n *html.Node) bool {
	return n.DataAtom == atom.Form || n.DataAtom == atom.Div && page.HasAttr(n, "action")
}

// textRunes is the length in bytes of a body's text, nested blocks
// included.
func textRunes(b Body) int {
	n := 0
	for i := range b {
		n += len(b[i].Text) + textRunes(b[i].Children)
	}
	return n
}
