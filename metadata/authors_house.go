package metadata

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// How a template's author value names the publication in other words than
// its site name: the rules here read the values as declared, before their
// commas split them ("Department for Trade, Industry and Energy DTIE"
// would leave no organisation).

// declares reports declared author values that all name the publication
// (see spells) or the organisation the page's copyright notice names.
func (pub *publication) declares(p *page.Page, values []string) bool {
	for _, v := range values {
		if !pub.spells(v) && !copyrightOrg(p, v) {
			return false
		}
	}
	return len(values) > 0
}

// spells reports a name that is the publication written another way:
// the site name's words in another order ("Grüne Liste Landtagsfraktion"
// for "Landtagsfraktion Grüne Liste"), the part of the <title> after the
// headline ("Headline - Wines of the Douro - Adega Norte"), or an organisation's
// name (see orgShaped) carrying one of the host's labels as its acronym
// ("Department for Trade and Energy DTIE" on dtie.gov.example).
func (pub *publication) spells(name string) bool {
	words, site := lowerWords(name), lowerWords(pub.site)
	if len(words) >= 2 && len(words) <= len(site) && wordOverlap(name, pub.site) == 1 {
		return true
	}
	if pub.endsTitle(name) {
		return true
	}
	labels := strings.Split(pub.host, ".")
	if len(labels) < 2 || !orgShaped(name) {
		return false // "Jane Roe, CEO ACME" on acme.example: a person, with the firm
	}
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) >= 2 && strings.ToUpper(w) == w && slices.Contains(labels[:len(labels)-1], strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// endsTitle reports a name the <title> ends with after a title separator.
func (pub *publication) endsTitle(name string) bool {
	low := strings.ToLower(page.CollapseSpace(name))
	for _, sep := range titleSeparators {
		if strings.HasSuffix(pub.title, sep+low) {
			return true
		}
	}
	return false
}

// Bounds on a copyright holder's name.
const (
	copyrightReach = 40 // bytes before a name in which its "©" or "Copyright" stands ("© 2001–2026 ")
	minOrgWords    = 3  // an organisation's name spelled out: "Ministry of Transport"
)

// copyrightOrg reports an organisation's name (see orgShaped) that the
// page prints only as its copyright holder ("© 2026 Ministry of
// Transport"): the site's owner, not a writer. A person's name there is
// left alone: a one-person site's owner does write its posts.
func copyrightOrg(p *page.Page, name string) bool {
	body := p.First(atom.Body)
	if body == nil || !orgShaped(name) {
		return false
	}
	text, k := strings.ToLower(page.Text(body)), strings.ToLower(page.CollapseSpace(name))
	seen := false
	for i := strings.Index(text, k); i >= 0; {
		before := text[max(0, i-copyrightReach):i]
		if !strings.Contains(before, "©") && !strings.Contains(before, "copyright") {
			return false
		}
		seen = true
		j := strings.Index(text[i+len(k):], k)
		if j < 0 {
			break
		}
		i += len(k) + j
	}
	return seen
}

// orgShaped reports a name written as an organisation's: several words,
// one of them a lower-case word that is no name particle ("für", "of",
// "and"), which people's names lack ("Jane van Roe" has only a particle).
func orgShaped(name string) bool {
	words := strings.Fields(name)
	if len(words) < minOrgWords {
		return false
	}
	for _, w := range words[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !particleSet[w] {
			return true
		}
	}
	return false
}

// logoNamed reports structured author names that all label a logo image
// (an <img> whose class, id or address says "logo", its alt or title the
// name): a portal's partner paper or the site itself, whose author field
// the template fills with the house. People are never a logo's alt.
func logoNamed(p *page.Page, names []string) bool {
	if len(names) == 0 {
		return false
	}
	logos := map[string]bool{}
	for _, n := range p.Elements {
		if n.DataAtom != atom.Img {
			continue
		}
		hint := strings.ToLower(page.Attr(n, "class") + " " + page.Attr(n, "id") + " " + page.Attr(n, "src"))
		if !strings.Contains(hint, "logo") {
			continue
		}
		for _, key := range []string{"alt", "title"} {
			if k := fold(page.Attr(n, key)); k != "" {
				logos[k] = true
			}
		}
	}
	for _, name := range names {
		if !logos[fold(name)] {
			return false
		}
	}
	return true
}
