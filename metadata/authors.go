package metadata

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// Bounds on byline elements.
const (
	maxBylineRunes = 250 // a byline line with dates and roles; longer is a bio or a header
	maxCandidates  = 64  // byline candidates considered; real pages have a handful
)

// findAuthors returns the byline as printed and the list of author names.
// declared holds the names that JSON-LD, meta tags and microdata gave, in
// precedence order; the visible page confirms or completes them. nodes are
// the byline elements, which the body leaves out. headline is the element
// showing the title, which places the byline better than the first <h1>
// does; nil when the page shows none.
func findAuthors(p *page.Page, declared declaredAuthors, headline *html.Node) (byline string, authors []string, nodes []*html.Node) {
	pub := readPublication(p)
	s := dropAffiliation(pub, cleanStructured(dropPublisherAddress(pub, declared.names)))
	v := bestByline(p, headline)
	if v != nil {
		dropPrintedPublication(pub, v)
	}
	switch {
	case v == nil && unprintedHandles(p, s):
		return "", nil, nil
	case v == nil && declared.fromMetaTags && (allOrgs(pub, s) || pub.declares(p, declared.names)):
		// An unprinted <meta name=author> that is the publication is
		// the theme's default for a post without an author.
		return "", nil, nil
	case v == nil:
		return strings.Join(s, ", "), s, nil
	case len(s) == 0:
		return v.line, v.names, v.nodes()
	case overlaps(s, v.names):
		// The page confirms the structured list, which is cleaner than
		// the printed line: that may hold places, roles and desks too.
		// Structured names the byline does not print belong to other
		// stories the page's data also describes.
		return v.line, addMarked(addCoauthors(confirmed(s, v.names), v.line), v.marked), v.nodes()
	case allOrgs(pub, s) || logoNamed(p, s):
		return v.line, v.names, v.nodes()
	}
	return strings.Join(s, ", "), s, nil
}

// cleanStructured splits and cleans structured names, drops URLs, e-mail
// addresses, ids and duplicates. Structured values are names already, so
// no stop words apply: "Organization for Transformative Works" stays whole.
func cleanStructured(in []string) []string {
	var out []string
	for _, s := range in {
		s = removeNoise(stripBylinePrefix(page.CollapseSpace(s)))
		low := strings.ToLower(s)
		if s == "" || strings.Contains(low, "://") || strings.HasPrefix(low, "www.") || strings.HasPrefix(low, "/") || companyName(s) {
			continue
		}
		if last, first, ok := strings.Cut(s, ", "); ok && catalogueOrder(last, first) {
			s = first + " " + last // "Roe, Jane": catalogue order
		}
		parts := splitNames(dropSuffixRoles(dropHonorifics(strings.Fields(s))))
		if !strings.ContainsAny(s, ",;") && oneWordChunk(strings.Fields(s)) {
			// "Mac & i", "Example & Co": a joiner inside one name.
			parts = []namePart{{words: strings.Fields(s)}}
		}
		for _, part := range parts {
			name := trimPunct(strings.Join(part.words, " "))
			if name == "" || hasDigit(name) || len(part.words) > maxNameWords+2 || utf8.RuneCountInString(name) > maxNameRunes {
				continue
			}
			if l := strings.ToLower(name); roleSet[l] || notNameSet[l] || credentialSet[l] {
				continue
			}
			out = appendNames(out, name)
		}
	}
	return out
}

// catalogueOrder reports a structured name written surname first: "Roe,
// Jane", "Kooman, F.", "Jong, Michiel de" (the particle printed last).
func catalogueOrder(last, first string) bool {
	if strings.ContainsAny(last, " ,") || strings.Contains(first, ",") || agencySet[strings.ToLower(first)] {
		return false
	}
	words := strings.Fields(first)
	if len(words) == 0 {
		return false // "Roe, " with nothing after the comma
	}
	for _, w := range words[1:] {
		if !particleSet[w] && !initialWord(w) {
			return false
		}
	}
	return true
}

// initialWord reports an initial: "F.", "J.R.".
func initialWord(w string) bool {
	return strings.HasSuffix(w, ".") && utf8.RuneCountInString(w) <= 4
}

// oneWordChunk reports words that a joiner splits into chunks of which one
// is a single word: a name joined by "&" or "and" to a word is one name
// ("Mac & i", "Smith and Co"), not two people. A joiner word that ends the
// value joins nothing: it is part of the name.
func oneWordChunk(words []string) bool {
	n, split := 0, false
	for i, w := range words {
		if joinerSet[w] && i > 0 && i < len(words)-1 {
			if n == 1 {
				return true
			}
			n, split = 0, true
			continue
		}
		n++
	}
	return split && n == 1
}

// dropAffiliation removes the publication from a list that also names
// people: "Jane Roe, Example News" is Jane Roe writing for it.
func dropAffiliation(pub *publication, names []string) []string {
	if len(names) < 2 {
		return names
	}
	out := names[:0:0]
	for _, n := range names {
		if pub.is(n) {
			continue
		}
		out = append(out, n)
	}
	if len(out) == 0 {
		return names
	}
	return out
}

// publication is how the page names its house: the declared site name
// and the host, read once per page for the rules that tell the
// publication from its authors.
type publication struct {
	site, host       string // declared site name and host, lower case
	title            string // the <title>, lower case, spaces collapsed
	siteKey, hostKey string // the two folded
	label            string // the host's registrable label folded ("dw" on dw.com), or ""
}

// readPublication reads the page's publication names.
func readPublication(p *page.Page) *publication {
	pub := &publication{}
	pub.site, pub.host = siteIdentity(p)
	pub.siteKey, pub.hostKey = fold(pub.site), fold(pub.host)
	if t := p.First(atom.Title); t != nil && t.FirstChild != nil && t.FirstChild.Type == html.TextNode {
		pub.title = strings.ToLower(page.CollapseSpace(t.FirstChild.Data))
	}
	if hosts := hostNames(p.URL); len(hosts) >= 2 {
		pub.label = fold(hosts[1])
	}
	return pub
}

// is reports a name that is the publication: its declared site name, or
// a part of its host.
func (pub *publication) is(n string) bool {
	k := fold(n)
	return k != "" && (k == pub.siteKey || (len(k) >= 3 && strings.Contains(pub.hostKey, k)))
}

// names reports a name that is the publication or one of its desks:
// "MDR Thüringen" on mdr.de.
func (pub *publication) names(n string) bool {
	return pub.is(n) || pub.namesHost(n)
}

// dropPublisherAddress removes the structured values that begin with the
// publication and go on with more parts: "Example News, Springfield,
// USA" is the publisher and its address, and no part of it an author.
func dropPublisherAddress(pub *publication, values []string) []string {
	out := values[:0:0]
	for _, v := range values {
		if first, _, ok := strings.Cut(v, ","); ok && pub.is(first) {
			continue
		}
		out = append(out, cutPublication(v, pub.is))
	}
	return out
}

// publicationSeps set the publication apart from a name in one string:
// "Example News - Jane Roe", "Jane Roe | Example News".
var publicationSeps = []string{" - ", " – ", " | ", " / ", ", "}

// cutPublication removes the publication printed before or after a name
// with a separator: "Example News - Jane Roe" is Jane Roe.
func cutPublication(s string, isSite func(string) bool) string {
	for _, sep := range publicationSeps {
		first, rest, ok := strings.Cut(s, sep)
		if !ok {
			continue
		}
		// What stays must look like a full name: on a personal site
		// the owner's name is the site ("Jane Roe | Blog").
		if rest = strings.TrimSpace(rest); isSite(strings.TrimSpace(first)) && strings.Contains(rest, " ") {
			return rest
		}
		i := strings.LastIndex(s, sep)
		if head := strings.TrimSpace(s[:i]); isSite(strings.TrimSpace(s[i+len(sep):])) && strings.Contains(head, " ") {
			return head
		}
	}
	return s
}

// dropPrintedPublication removes the publication from a printed byline
// that also names people: "Bob Roe, Example.org" is Bob Roe writing for
// it.
func dropPrintedPublication(pub *publication, v *visibleByline) {
	if len(v.names) < 2 {
		return
	}
	var kept []string
	person := false
	for _, n := range v.names {
		if !pub.names(n) {
			kept = append(kept, n)
			person = person || strings.Contains(n, " ")
		}
	}
	// Only a full name takes the publication's place: "Euronews with
	// Agencies" credits no person.
	if person && len(kept) < len(v.names) {
		v.names = kept
		v.line = cutPublication(strings.ReplaceAll(v.line, " , ", ", "), pub.names)
	}
}

// unprintedHandles reports a structured list made only of account names
// ("jroe", "desk_north") that the page never prints: the login that posted
// the page, not a byline.
func unprintedHandles(p *page.Page, names []string) bool {
	if len(names) == 0 {
		return false
	}
	for _, n := range names {
		if !handleLike(n) {
			return false
		}
	}
	body := p.First(atom.Body)
	if body == nil {
		return true
	}
	text := strings.ToLower(page.Text(body))
	for _, n := range names {
		if strings.Contains(text, n) {
			return false
		}
	}
	return true
}

// handleLike reports a single lower-case Latin token, the shape of a login
// name; a person's name is capitalised or written in another script.
func handleLike(s string) bool {
	for _, r := range s {
		switch {
		case isLatinLetter(r) && unicode.IsLower(r), unicode.IsDigit(r), r == '_', r == '.', r == '-':
		default:
			return false
		}
	}
	return utf8.RuneCountInString(s) >= 2
}

// companyName reports a name with a legal form ("Example Media GmbH",
// "Example Verlag AG, Berlin"): the publisher or its web agency, never
// the byline.
func companyName(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '(' || r == ')' }) {
		if legalFormSet[strings.ToLower(strings.TrimSuffix(w, "."))] {
			return true
		}
	}
	return false
}

var legalFormSet = newWordSet(legalForms)

// otherStoryNames is how many more structured names than printed ones
// mean the structured list mixes in other stories' authors.
const otherStoryNames = 3

// addMarked adds to authors the printed names the markup marks as
// authors (rel=author, itemprop=author, an hCard) that the list lacks:
// structured data may name one author of several the page prints so.
// The names then follow the printed order, each in the list's spelling.
func addMarked(authors, marked []string) []string {
	if !slices.ContainsFunc(marked, func(m string) bool { return !overlaps([]string{m}, authors) }) {
		return authors
	}
	var out []string
	for _, m := range marked {
		out = appendNames(out, spelledAs(m, authors))
	}
	for _, a := range authors {
		if !overlaps([]string{a}, out) {
			out = appendNames(out, a)
		}
	}
	return out
}

// spelledAs returns the name of list that overlaps name, else name.
func spelledAs(name string, list []string) string {
	for _, l := range list {
		if overlaps([]string{name}, []string{l}) {
			return l
		}
	}
	return name
}

// confirmed returns the names of list that printed also has when list is
// much longer than the printed byline (the page's data describes other
// stories too); otherwise list: a byline may print only the first names.
func confirmed(list, printed []string) []string {
	if len(list) < 2*len(printed)+otherStoryNames {
		return list
	}
	var out []string
	for _, n := range list {
		if overlaps([]string{n}, printed) {
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		return list
	}
	return out
}

// overlaps reports whether some name in a is also in b, allowing one to be
// a part of the other ("Jane Roe" and "Jane A. Roe" do not match; "Roe" and
// "Jane Roe" do).
func overlaps(a, b []string) bool {
	for _, x := range a {
		kx := nameKey(x)
		for _, y := range b {
			ky := nameKey(y)
			if kx == ky || strings.Contains(kx, ky) || strings.Contains(ky, kx) {
				return true
			}
		}
	}
	return false
}

// allOrgs reports whether every structured name is the publication itself
// or a desk, not a person.
func allOrgs(pub *publication, names []string) bool {
	site, host := pub.site, pub.host
	for _, n := range names {
		low := strings.ToLower(n)
		compact := strings.ReplaceAll(low, " ", "")
		org := (site != "" && (low == site || strings.Contains(low, site) || strings.Contains(site, low))) ||
			(host != "" && len(compact) >= 3 && strings.Contains(host, compact)) ||
			pub.namesHost(n) || pub.spells(n) || containsAnyWord(low, bylineOrgWords)
		if !org {
			return false
		}
	}
	return true
}

// minHostLabel is the shortest host label a name is matched against by
// its start: shorter labels ("ft", "rt") begin too many words.
const minHostLabel = 3

// namesHost reports a name that spells the site's host label: it begins
// with it ("n-tv Nachrichten" on n-tv.de) or its words' initials are it
// ("Deutsche Welle" on dw.com). Such a name is the publication's.
func (pub *publication) namesHost(name string) bool {
	label := pub.label
	if label == "" {
		return false
	}
	words := strings.Fields(name)
	if len(label) >= minHostLabel && strings.HasPrefix(fold(name), label) {
		return true
	}
	if len(words) < 2 || len(words) != len([]rune(label)) {
		return false
	}
	var initials strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		initials.WriteRune(unicode.ToLower(r))
	}
	return initials.String() == label
}

// siteIdentity returns the site name the page declares and its host, both
// lower case.
func siteIdentity(p *page.Page) (site, host string) {
	if p.URL != nil {
		host = bareHost(p.URL)
	}
	for _, n := range p.Elements {
		if n.DataAtom == atom.Body {
			break
		}
		if n.DataAtom != atom.Meta {
			continue
		}
		switch strings.ToLower(page.Attr(n, "property") + page.Attr(n, "name")) {
		case "og:site_name", "application-name":
			if site == "" {
				site = strings.ToLower(page.CollapseSpace(page.Attr(n, "content")))
			}
		}
	}
	return site, host
}

// containsAnyWord reports whether s contains one of words.
func containsAnyWord(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
