package metadata

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// titleInput is what findTitle weighs.
type titleInput struct {
	metas    []string     // structured candidates in precedence order: JSON-LD headline, og:title, …
	docTitle string       // <title>
	sites    []string     // names the site goes by: og:site_name, publisher, host
	h1s      []*html.Node // visible <h1>s
	all      []*html.Node // every element, to find a headline node for a meta title
	p        *page.Page
}

// findTitle returns the headline without site decorations and the element
// showing it (nil when the page does not show it).
func findTitle(in titleInput) (string, *html.Node) {
	var cands []string
	for _, c := range append(append([]string{}, in.metas...), in.docTitle) {
		if c = cleanTitle(c, in.sites); c != "" && page.RuneLen(c) <= maxTitleRunes {
			cands = append(cands, c)
		}
	}
	heads := headingTexts(in.h1s)
	// A visible <h1> equal to a structured title is the headline.
	for _, c := range cands {
		for _, h := range heads {
			if fold(h.text) == fold(c) {
				return c, h.node
			}
		}
	}
	// A decorated title with the visible <h1> as one of its parts.
	for _, h := range heads {
		for _, c := range append(append([]string{}, in.metas...), in.docTitle) {
			if part := decoratedBy(c, h.text); part != "" {
				return h.text, h.node
			}
		}
	}
	// A structured headline cut short, as JSON-LD ones are at 110 characters.
	for _, h := range heads {
		for _, c := range cands {
			if fc, fh := fold(c), fold(h.text); len(fc) >= 30 && len(fh) > len(fc) && strings.HasPrefix(fh, fc) {
				return h.text, h.node
			}
		}
	}
	if len(cands) > 0 {
		return cands[0], headingShowing(in.p, cands[0])
	}
	if len(heads) > 0 {
		return heads[0].text, heads[0].node
	}
	return "", nil
}

type heading struct {
	node *html.Node
	text string
}

// headingTexts returns the visible headings' texts, leaving out empty and
// overlong ones.
func headingTexts(ns []*html.Node) []heading {
	var out []heading
	for _, n := range ns {
		t := page.Text(n)
		if t == "" || page.RuneLen(t) > maxTitleRunes {
			continue
		}
		out = append(out, heading{n, t})
	}
	return out
}

// headingShowing finds the element that shows title: a heading or an
// itemprop=headline whose text is the title.
func headingShowing(p *page.Page, title string) *html.Node {
	want := fold(title)
	if want == "" {
		return nil
	}
	for _, n := range p.Elements {
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3:
		default:
			if !hasToken(page.Attr(n, "itemprop"), "headline") {
				continue
			}
		}
		st := p.Stats(n)
		if st.Hidden || int(st.Text) > 2*maxTitleRunes {
			continue
		}
		if fold(page.Text(n)) == want {
			return n
		}
	}
	return nil
}

// decoratedBy returns the part of title t equal to head when t is head
// plus decorations on either side of a separator; "" otherwise.
func decoratedBy(t, head string) string {
	fh := fold(head)
	if fh == "" || fold(t) == fh {
		return ""
	}
	for _, sep := range titleSeparators {
		parts := strings.Split(t, sep)
		if len(parts) < 2 {
			continue
		}
		for i := 1; i < len(parts); i++ {
			left, right := strings.Join(parts[:i], sep), strings.Join(parts[i:], sep)
			if fold(left) == fh {
				return left
			}
			if fold(right) == fh {
				return right
			}
		}
	}
	return ""
}

// cleanTitle removes site decorations from t: a separator with a site name
// on its far side, at either end, repeatedly; and a site name glued to the
// front ("SITE-Headline"). A title that is only the site name stays whole.
func cleanTitle(t string, sites []string) string {
	t = page.CollapseSpace(t)
	for range 4 {
		next := stripSiteOnce(t, sites)
		if next == t || next == "" {
			break
		}
		t = next
	}
	return t
}

// stripSiteOnce removes one site decoration from either end of t.
func stripSiteOnce(t string, sites []string) string {
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(t, sep); i > 0 {
			if isSiteName(t[i+len(sep):], sites) {
				return strings.TrimSpace(t[:i])
			}
		}
		if i := strings.Index(t, sep); i > 0 && isSiteName(t[:i], sites) {
			// "Site: Headline" but not "Brexit: Headline" with site "Brexit".
			if rest := strings.TrimSpace(t[i+len(sep):]); sep != ": " || page.RuneLen(rest) > 20 {
				return rest
			}
		}
	}
	for _, s := range sites {
		for _, j := range titlePrefixJoiners {
			if len(s) >= 2 && len(t) > len(s)+len(j) && strings.EqualFold(t[:len(s)], s) && strings.HasPrefix(t[len(s):], j) {
				return strings.TrimSpace(t[len(s)+len(j):])
			}
		}
	}
	return t
}

// isSiteName reports whether seg names the site: equal to a known name
// once case, spaces and punctuation are ignored, or the host's name.
func isSiteName(seg string, sites []string) bool {
	f := fold(seg)
	if f == "" || len(f) > 60 {
		return false
	}
	for _, s := range sites {
		fs := fold(s)
		if fs == "" {
			continue
		}
		if f == fs || strings.TrimPrefix(f, "the") == strings.TrimPrefix(fs, "the") {
			return true
		}
		// "Site.com" against "site", or "Site Online" against "site".
		if len(fs) >= 4 && (strings.HasPrefix(f, fs) && len(f)-len(fs) <= 6) {
			return true
		}
	}
	return false
}

// fold reduces s to lower-case letters and digits, for comparing titles
// and names written with different punctuation, quotes or spacing.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
