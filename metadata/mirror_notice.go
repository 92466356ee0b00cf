package metadata

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/publicsuffix"

	"github.com/newsextract/newsextract/internal/page"
)

// lineAddresses returns the addresses a notice line gives: its links that
// point at a mirror, and the bare host names in its text. A link counts
// when its label is an address, when it points at an onion service or at
// the site's own name under another domain, or when its label says what
// it is ("mirror", "here", mirror_phrases.go); other links in a notice,
// such as one to download Tor Browser, are not mirrors.
func (f *mirrorFinder) lineAddresses(l *textLine) []*url.URL {
	var out []*url.URL
	var labels []string
	for _, a := range l.links {
		u, label := f.linkTarget(a)
		if u == nil {
			continue
		}
		labels = append(labels, label)
		if f.mirrorLink(u, label) {
			out = append(out, u)
		}
	}
	for _, tok := range bareAddresses(l.text) {
		if inAny(labels, tok) {
			continue // the label of a link, taken from its href instead
		}
		if u := bareURL(tok, f.scheme); u != nil {
			out = append(out, u)
		}
	}
	return out
}

// linkTarget returns a link's absolute http(s) target and its label.
func (f *mirrorFinder) linkTarget(a *html.Node) (*url.URL, string) {
	ref := f.p.Resolve(page.Attr(a, "href"))
	if ref == "" {
		return nil, ""
	}
	u, err := url.Parse(ref)
	if err != nil || u.Host == "" {
		return nil, ""
	}
	if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
		return nil, ""
	}
	return u, page.Text(a)
}

// mirrorLink applies the link rule of lineAddresses. Links into the site's
// own domain ("Support us" on support.example.com) count only when their
// label is an address.
func (f *mirrorFinder) mirrorLink(u *url.URL, label string) bool {
	host := strings.ToLower(u.Hostname())
	if looksLikeAddress(label) || strings.HasSuffix(host, ".onion") {
		return true
	}
	if d, err := publicsuffix.EffectiveTLDPlusOne(sameSiteKey(host)); err != nil || f.domains[d] {
		return false
	}
	if f.labels[siteLabel(host)] {
		return true
	}
	folded := foldNotice(label)
	return foldedLinkLabels.in(folded, words(folded))
}

func inAny(labels []string, tok string) bool {
	for _, l := range labels {
		if strings.Contains(l, tok) {
			return true
		}
	}
	return false
}

// addressLine reports a line that is only addresses ("www.x.co.uk",
// "a.org | b.net", "Tor: abc….onion") and returns them.
func (f *mirrorFinder) addressLine(l *textLine) ([]*url.URL, bool) {
	l.prepare()
	if l.long || l.runes > maxAddressLineRunes {
		return nil, false
	}
	addrs := f.lineAddresses(l)
	if len(addrs) == 0 {
		return nil, false
	}
	rest := l.text
	for _, a := range l.links {
		rest = strings.Replace(rest, page.Text(a), " ", 1)
	}
	for _, tok := range bareAddresses(rest) {
		rest = strings.Replace(rest, tok, " ", 1)
	}
	return addrs, len(words(foldNotice(rest))) <= maxAddressLineWords
}

// trimLead drops from a notice line the inline pieces before the notice
// that have nothing to do with it, such as the date beside a top-bar
// notice: pieces that are not sentences ("¿No puedes entrar?" is one and
// stays) and hold no phrase, no reference to the site, no first-person
// word and no address. It reports whether it changed the line.
func (f *mirrorFinder) trimLead(l *textLine) bool {
	if len(l.tops) < 2 {
		return false
	}
	k := 0
	for ; k < len(l.tops)-1; k++ {
		t := foldNotice(nodeText(l.tops[k]))
		ws := words(t)
		if isSentence(t) {
			break
		}
		if _, ok := matchPhrase(t); ok || f.namesSite(t, ws) || foldedFirstPers.in(t, ws) || len(bareAddresses(t)) > 0 {
			break
		}
	}
	if k == 0 {
		return false
	}
	l.tops = l.tops[k:]
	parts := make([]string, 0, len(l.tops))
	for _, t := range l.tops {
		parts = append(parts, nodeText(t))
	}
	l.text = page.CollapseSpace(strings.Join(parts, " "))
	l.runes = page.RuneLen(l.text)
	var links []*html.Node
	for _, a := range l.links {
		for _, t := range l.tops {
			if page.Within(a, t) {
				links = append(links, a)
				break
			}
		}
	}
	l.links = links
	return true
}

// isSentence reports text that ends as a sentence or a lead-in does.
func isSentence(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".?!:;؟。？！：；…", r)
}

// nodeText is the visible text of an element or a text node.
func nodeText(n *html.Node) string {
	if n.Type == html.TextNode {
		return page.CollapseSpace(n.Data)
	}
	return page.Text(n)
}

// owners returns the smallest nodes that hold the notice's lines and
// nothing else: the lines' common ancestor when it holds only them, else
// each line's block when it holds only that line, else the line's own
// inline nodes (which may be text nodes, when the notice is loose text in
// a larger block).
func (f *mirrorFinder) owners(lines []textLine) []*html.Node {
	var nodes []*html.Node
	total := 0
	for i := 0; i < len(lines); {
		// Lines of one block (split by <br>) are judged together.
		j, runes := i, 0
		for ; j < len(lines) && lines[j].block == lines[i].block; j++ {
			runes += lines[j].runes
		}
		total += runes
		if b := lines[i].block; b != nil && fits(f.p.Stats(b).Text, runes) {
			nodes = appendNew(nodes, b)
		} else {
			for _, l := range lines[i:j] {
				if len(l.tops) == 0 && l.block != nil {
					nodes = appendNew(nodes, l.block)
				}
				for _, t := range l.tops {
					nodes = appendNew(nodes, t)
				}
			}
		}
		i = j
	}
	if len(nodes) > 1 {
		if a := commonAncestor(nodes); a != nil && a.Type == html.ElementNode && fits(f.p.Stats(a).Text, total) {
			return []*html.Node{a}
		}
	}
	return nodes
}

// fits reports whether an element with have runes of text holds little
// more than want runes: room for separators and a label.
func fits(have int32, want int) bool {
	return int(have) <= want+want/10+8
}

func appendNew(nodes []*html.Node, n *html.Node) []*html.Node {
	for _, m := range nodes {
		if m == n {
			return nodes
		}
	}
	return append(nodes, n)
}

// commonAncestor returns the deepest node that is or contains every node.
func commonAncestor(nodes []*html.Node) *html.Node {
	anc := map[*html.Node]bool{}
	for n := nodes[0]; n != nil; n = n.Parent {
		anc[n] = true
	}
	best := nodes[0]
	for _, n := range nodes[1:] {
		m := n
		for m != nil && !anc[m] {
			m = m.Parent
		}
		if m == nil {
			return nil
		}
		// m is the meeting point; keep the highest meeting point so far.
		if page.Within(best, m) {
			best = m
		}
	}
	return best
}
