package metadata

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/publicsuffix"

	"github.com/newsextract/newsextract/internal/page"
)

// A mirror notice is a short line in which the site tells readers where
// else it can be reached. A story about blocked websites uses the same
// words, so the rule looks at who speaks and where:
//
//  1. The line is short (maxNoticeRunes): story paragraphs are longer.
//  2. It holds a phrase of the notice table (mirror_phrases.go).
//  3. It lists addresses, as links or bare host names, on the line itself
//     or on the address-only lines right after it (the reference page puts
//     "www.presstv.co.uk" on a line of its own).
//  4. It speaks as the site. Naming the site is the strong form: the site's
//     name (og:site_name, application-name), its host's name ("presstv" in
//     "Press TV's"), "this site", or an address under the site's own name
//     (presstv.co.uk for presstv.ir). Speaking in the first person ("our",
//     "nuestro", "наш") is the weak form: a quoted speaker in a story says
//     "we" too. So:
//     - a formula phrase ("use our mirror", "can also be accessed at") is a
//     notice when it names the site or speaks in the first person, except
//     that inside story prose a line with quotation marks is a quote;
//     - a keyword phrase ("mirror site", "alternative address") is a notice
//     when it names the site, or speaks in the first person outside story
//     prose.
//
// Story prose is a paragraph with two long paragraphs among its siblings.
// Hence a report on blocked sites, with domains and "mirror sites" in its
// paragraphs, gives no mirrors, while the broadcaster's one-line footer
// under its story does.

// Sizes of notices.
const (
	maxNoticeRunes      = 400 // a notice line is at most this long
	minNoticeRunes      = 8   // shorter lines cannot hold a phrase
	maxAddressLineRunes = 200 // an address-only line after a notice
	maxAddressLineWords = 3   // words beside its addresses ("Tor:", "or")
	maxAddressLines     = 6   // address-only lines a notice may run on to
	proseParaRunes      = 150 // a sibling paragraph this long is story prose
	maxMirrors          = 50  // bound on what one page may report
	maxNoticeText       = 500 // runes of notice text kept in Mirror.Text
)

// onionLocationText labels the mirror the Onion-Location meta declares.
const onionLocationText = "Onion-Location"

// mirrorFinder holds what one page's notices are judged against.
type mirrorFinder struct {
	p       *page.Page
	scheme  string          // the page's scheme, for bare host names
	own     map[string]bool // the page's own hosts (sameSiteKey)
	domains map[string]bool // their registrable domains
	labels  map[string]bool // the name parts of the own hosts
	names   []string        // site names and host names, letters only
	seen    map[string]bool // mirrorKey of the mirrors reported
	mirrors []Mirror
	notices []*html.Node
}

// findMirrors returns the alternate addresses the page announces and the
// notice nodes that announced them (which the body must leave out).
func findMirrors(p *page.Page) (mirrors []Mirror, notices []*html.Node) {
	f := &mirrorFinder{p: p, scheme: "https", own: map[string]bool{}, domains: map[string]bool{}, labels: map[string]bool{}, seen: map[string]bool{}}
	onion := f.readHead()
	if onion != nil {
		f.add(onion, onionLocationText)
	}
	f.scan(pageLines(p))
	return f.mirrors, f.notices
}

// readHead learns the page's own hosts and names from its URL, canonical
// link, og:url, og:site_name and application-name, and returns the
// Onion-Location it declares, if any.
func (f *mirrorFinder) readHead() (onion *url.URL) {
	if f.p.URL != nil {
		f.scheme = strings.ToLower(f.p.URL.Scheme)
		f.addOwnHost(f.p.URL.Host)
	}
	for _, n := range f.p.Elements {
		switch n.DataAtom {
		case atom.Link:
			if relHas(page.Attr(n, "rel"), "canonical") {
				f.addOwnURL(page.Attr(n, "href"))
			}
		case atom.Meta:
			key := strings.ToLower(page.Attr(n, "property") + page.Attr(n, "name"))
			content := page.Attr(n, "content")
			switch {
			case key == "og:url":
				f.addOwnURL(content)
			case key == "og:site_name" || key == "application-name":
				f.addName(content)
			case strings.EqualFold(page.Attr(n, "http-equiv"), "onion-location") && onion == nil:
				if u, err := url.Parse(f.p.Resolve(content)); err == nil && strings.HasSuffix(strings.ToLower(u.Hostname()), ".onion") {
					onion = u
				}
			}
		}
	}
	return onion
}

func (f *mirrorFinder) addOwnURL(ref string) {
	if u, err := url.Parse(f.p.Resolve(ref)); err == nil && u.Host != "" {
		f.addOwnHost(u.Host)
	}
}

func (f *mirrorFinder) addOwnHost(host string) {
	f.own[sameSiteKey(host)] = true
	if d, err := publicsuffix.EffectiveTLDPlusOne(sameSiteKey(host)); err == nil {
		f.domains[d] = true
	}
	if l := siteLabel(host); len(l) >= 3 {
		f.labels[l] = true
		f.addName(l)
	}
}

// addName keeps a site name in letters only; names under three letters
// would match inside too many words.
func (f *mirrorFinder) addName(name string) {
	if k := lettersOnly(foldNotice(name)); len([]rune(k)) >= 3 {
		f.names = append(f.names, k)
	}
}

// namesSite reports whether folded text names the site.
func (f *mirrorFinder) namesSite(folded string, ws []string) bool {
	if foldedOwnNames.in(folded, ws) {
		return true
	}
	var letters string
	for _, name := range f.names {
		if len([]rune(name)) < 4 { // short names must be whole words
			for _, w := range ws {
				if w == name {
					return true
				}
			}
			continue
		}
		if letters == "" {
			letters = lettersOnly(folded)
		}
		if strings.Contains(letters, name) {
			return true
		}
	}
	return false
}

// add reports u as a mirror unless it is the page's own host or reported.
func (f *mirrorFinder) add(u *url.URL, text string) {
	if len(f.mirrors) >= maxMirrors || f.own[sameSiteKey(u.Host)] {
		return
	}
	if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
		return
	}
	k := mirrorKey(u)
	if f.seen[k] {
		return
	}
	f.seen[k] = true
	f.mirrors = append(f.mirrors, Mirror{URL: normaliseMirror(u), Text: text})
}

// scan finds the notices among the page's lines. Only lines with an
// address-like line at or right after them are folded and matched: most
// lines are not.
func (f *mirrorFinder) scan(lines []textLine) {
	may := make([]bool, len(lines)+1)
	for i := range lines {
		may[i] = f.mayHoldAddress(&lines[i])
	}
	for i := 0; i < len(lines); i++ {
		l := &lines[i]
		// A notice's addresses are on its line or start on the next one.
		if !may[i] && !may[i+1] || l.long {
			continue
		}
		l.prepare()
		if l.long || l.runes < minNoticeRunes {
			continue
		}
		folded := foldNotice(l.text)
		ph, ok := matchPhrase(folded)
		if !ok {
			continue
		}
		if last, ok := f.notice(lines, i, folded, ph); ok {
			i = last
		}
	}
}

// mayHoldAddress is a cheap test that a line could hold an address: a dot
// between two letters or digits in its text, or a link to another host.
func (f *mirrorFinder) mayHoldAddress(l *textLine) bool {
	for s := l.raw; ; {
		i := strings.IndexByte(s, '.')
		if i < 0 {
			break
		}
		if i > 0 && i+1 < len(s) && isAlnum(s[i-1]) && isAlnum(s[i+1]) {
			return true
		}
		s = s[i+1:]
	}
	for _, a := range l.links {
		if f.foreignHref(page.Attr(a, "href")) {
			return true
		}
	}
	return false
}

// foreignHref reports an absolute link to a host that is not the page's,
// without parsing it.
func (f *mirrorFinder) foreignHref(href string) bool {
	h := strings.TrimSpace(href)
	switch i := strings.Index(h, "//"); {
	case i < 0:
		return false
	case i == 0 || strings.HasSuffix(strings.ToLower(h[:i]), "http:") || strings.HasSuffix(strings.ToLower(h[:i]), "https:"):
		h = h[i+2:]
	default:
		return false
	}
	if end := strings.IndexAny(h, "/?#"); end >= 0 {
		h = h[:end]
	}
	return h != "" && !f.own[sameSiteKey(h)]
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// notice judges line i, whose folded text holds phrase ph, by the rule at
// the top of this file. It reports the notice's last line.
func (f *mirrorFinder) notice(lines []textLine, i int, folded string, ph noticePhrase) (int, bool) {
	l := &lines[i]
	if f.trimLead(l) {
		folded = foldNotice(l.text)
	}
	addrs := f.lineAddresses(l)
	last := i
	for j := i + 1; j < len(lines) && j <= i+maxAddressLines; j++ {
		more, ok := f.addressLine(&lines[j])
		if !ok {
			break
		}
		addrs, last = append(addrs, more...), j
	}
	if len(addrs) == 0 {
		return i, false
	}
	// The site's name must stand outside the phrase: on mirror.co.uk the
	// phrase "mirror site" does not name the site.
	rest := stripPhrases(folded)
	ws := words(rest)
	named := f.namesSite(rest, ws) || f.ownNamed(addrs)
	first := ph.self || foldedFirstPers.in(rest, ws)
	prose := f.inProse(l.block)
	if prose && hasQuotes(l.text) {
		first = false
	}
	if !named && !(first && (ph.formula || !prose)) {
		return i, false
	}
	texts := make([]string, 0, last-i+1)
	for j := i; j <= last; j++ {
		texts = append(texts, lines[j].text)
	}
	text := truncateRunes(strings.Join(texts, " "), maxNoticeText)
	for _, u := range addrs {
		f.add(u, text)
	}
	f.notices = append(f.notices, f.owners(lines[i:last+1])...)
	return last, true
}

// ownNamed reports an address under the site's own name on another domain
// (presstv.co.uk for presstv.ir): the notice then speaks of the site.
func (f *mirrorFinder) ownNamed(addrs []*url.URL) bool {
	for _, u := range addrs {
		if f.labels[siteLabel(u.Host)] {
			return true
		}
	}
	return false
}

// inProse reports a line block that is a paragraph of a story: two long
// paragraphs among its siblings.
func (f *mirrorFinder) inProse(block *html.Node) bool {
	if block == nil || block.Parent == nil {
		return false
	}
	long := 0
	for c := block.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c == block || c.Type != html.ElementNode || c.DataAtom != atom.P {
			continue
		}
		if f.p.Stats(c).Text >= proseParaRunes {
			if long++; long >= 2 {
				return true
			}
		}
	}
	return false
}

func truncateRunes(s string, n int) string {
	if page.RuneLen(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n])) + "…"
}

// relHas reports whether a rel attribute holds the token.
func relHas(rel, token string) bool {
	for _, t := range strings.Fields(rel) {
		if strings.EqualFold(t, token) {
			return true
		}
	}
	return false
}
