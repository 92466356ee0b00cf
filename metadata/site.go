package metadata

import (
	"net/url"
	"path"
	"strings"
	"unicode"

	"github.com/newsextract/newsextract/internal/page"
)

// minSiteNameRunes is the shortest site name or host label looked for
// inside another text; shorter ones ("ft", "cnn") match inside ordinary
// words.
const minSiteNameRunes = 4

// maxSiteRunes caps a site name; longer values are slogans or titles.
const maxSiteRunes = 80

// declaredSiteNames returns the names the page gives its publication, in
// precedence order: og:site_name, JSON-LD publisher and WebSite names,
// application-name and the like.
func declaredSiteNames(s *sources, ld *ldData) []string {
	var out []string
	add := func(v string) {
		v = withoutOrnaments(page.CollapseSpace(v))
		if v != "" && page.RuneLen(v) <= maxSiteRunes && !strings.Contains(v, "://") {
			out = append(out, v)
		}
	}
	add(s.get("og:site_name"))
	add(ld.publisher)
	add(ld.website)
	for _, k := range siteMetaKeys[1:] {
		add(s.get(k))
	}
	return out
}

// hostedPublicationFirst puts first the JSON-LD publisher whose home is a
// section of the page's own site, named after it, that holds the page
// (self, its address): a publication on a blogging platform, where
// og:site_name names the platform. A news site's "/news/" section is not
// named after its publisher and changes nothing.
func hostedPublicationFirst(declared []string, ld *ldData, self string) []string {
	if len(declared) == 0 || strings.EqualFold(declared[0], ld.publisher) ||
		!isSlugOf(sectionHolding(ld.publisherHome, self), ld.publisher) {
		return declared
	}
	for _, d := range declared {
		if d == ld.publisher {
			return append([]string{d}, declared...)
		}
	}
	return declared
}

// sectionHolding returns the last segment of home's path when home is a
// section of the page's own host under which the page's address, self,
// sits: "https://blogs.example/team-a" holds
// "https://blogs.example/team-a/some-post" and gives "team-a". A site's
// root holds every page and gives "".
func sectionHolding(home, self string) string {
	u, err := url.Parse(self)
	if home == "" || err != nil {
		return ""
	}
	h, err := u.Parse(home)
	if err != nil {
		return ""
	}
	dir := strings.TrimSuffix(h.Path, "/")
	if dir == "" || !page.SameHost(h, u) || !strings.HasPrefix(u.Path, dir+"/") {
		return ""
	}
	return path.Base(dir)
}

// isSlugOf reports whether a path segment spells name in letters and
// digits alone: "voodoo-engineering" and "@voodoo" spell "Voodoo
// Engineering" and "Voodoo".
func isSlugOf(segment, name string) bool {
	alnum := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return unicode.ToLower(r)
			}
			return -1
		}, s)
	}
	a := alnum(segment)
	return a != "" && a == alnum(name)
}

// bareHost is a URL's host without "www.".
func bareHost(u *url.URL) string {
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// withoutSectionName drops the first declared name when it is a section's
// name rather than the publication's: it has nothing of the host, while
// a later declared name does and shares no word with it (og:site_name
// "Security" on a tech site's security section, its JSON-LD publisher
// "Example Online" on example.de).
func withoutSectionName(declared, hosts []string) []string {
	if len(declared) < 2 || ownsHost(declared[0], hosts) {
		return declared
	}
	for _, d := range declared[1:] {
		if ownsHost(d, hosts) && wordOverlap(d, declared[0]) == 0 {
			return declared[1:]
		}
	}
	return declared
}

// ownsHost reports whether a site name is, or holds, the host's name.
func ownsHost(name string, hosts []string) bool {
	return isSiteName(name, hosts) || hostInName(name, hosts)
}

// withoutOrnaments drops the parts of a site name, split at a title
// separator, that hold no letter or digit: "☆☆☆ - Example" is Example.
func withoutOrnaments(name string) string {
	for _, sep := range titleSeparators {
		parts := strings.Split(name, sep)
		if len(parts) < 2 {
			continue
		}
		kept := parts[:0:0]
		for _, p := range parts {
			if strings.IndexFunc(p, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
				kept = append(kept, p)
			}
		}
		name = strings.Join(kept, sep)
	}
	return strings.TrimSpace(name)
}

// hostNames returns the forms of the page's host a title may carry:
// "example.co.uk" and "example".
func hostNames(u *url.URL) []string {
	if u == nil {
		return nil
	}
	h := bareHost(u)
	if h == "" {
		return nil
	}
	out := []string{h}
	labels := strings.Split(h, ".")
	// The registrable name is the label before the public suffix; a short
	// second-level label ("co", "com", "org") belongs to the suffix.
	i := len(labels) - 2
	if i > 0 && len(labels[i]) <= 3 && len(labels[len(labels)-1]) == 2 {
		i--
	}
	if i >= 0 {
		out = append(out, labels[i])
	}
	return out
}

// findSiteName returns the publication's name: a declared one, else the
// decoration of the <title> that names the host.
func findSiteName(declared []string, docTitle, title string, hosts []string) string {
	if len(declared) > 0 {
		return nameCore(declared)
	}
	return titleSiteSuffix(docTitle, title, hosts)
}

// nameCore returns the first declared name, or the shortest other declared
// name it begins with when the rest is a slogan or a legal form:
// "Example - news that matters" and "Example Inc" name the publisher
// Example, as a second source says. A domain ending ("Example.fr") is kept:
// publishers write their name that way as often as not.
func nameCore(declared []string) string {
	best := declared[0]
	for _, d := range declared[1:] {
		if len(d) < len(best) && page.RuneLen(d) >= minSiteNameRunes && hasNamePrefix(best, d) {
			best = d
		}
	}
	return best
}

// hasNamePrefix reports whether name is core, a space and more.
func hasNamePrefix(name, core string) bool {
	return len(name) > len(core) && strings.EqualFold(name[:len(core)], core) && name[len(core)] == ' '
}

// titleSiteSuffix returns the part of the <title> around the headline when
// it names the host ("Headline | Example News" on example.com).
func titleSiteSuffix(docTitle, title string, hosts []string) string {
	if docTitle == "" || title == "" || fold(docTitle) == fold(title) {
		return ""
	}
	for _, sep := range titleSeparators {
		for _, part := range []string{lastPart(docTitle, sep), firstPart(docTitle, sep)} {
			if part == "" || fold(part) == fold(title) || page.RuneLen(part) > maxSiteRunes/2 {
				continue
			}
			if isSiteName(part, hosts) || hostInName(part, hosts) {
				return strings.TrimSpace(part)
			}
		}
	}
	return ""
}

// hostInName reports whether a name's letters contain the host's name
// ("Example News" on example.com).
func hostInName(name string, hosts []string) bool {
	fn := fold(name)
	for _, h := range hosts {
		if fh := fold(h); len(fh) >= 4 && strings.Contains(fn, fh) {
			return true
		}
	}
	return false
}

func lastPart(s, sep string) string {
	if i := strings.LastIndex(s, sep); i > 0 {
		return s[i+len(sep):]
	}
	return ""
}

func firstPart(s, sep string) string {
	if i := strings.Index(s, sep); i > 0 {
		return s[:i]
	}
	return ""
}
