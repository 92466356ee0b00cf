package metadata

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// The kinds of Alternate.
const (
	altAMP         = "amp"         // <link rel=amphtml>
	altTranslation = "translation" // <link rel=alternate hreflang=…>
	altFeed        = "feed"        // <link rel=alternate type=RSS, Atom or JSON Feed>
	altMobile      = "mobile"      // <link rel=alternate media=…>: a separate mobile page
	altOther       = "other"       // any other rel=alternate (oEmbed, JSON APIs, …)
)

// feedTypes are the MIME types of syndication feeds.
var feedTypes = map[string]bool{
	"application/rss+xml":   true, // RSS
	"application/atom+xml":  true, // Atom
	"application/feed+json": true, // JSON Feed 1.1
	"application/rdf+xml":   true, // RSS 1.0
}

// maxAlternates bounds what one page may report; sites with every language
// declare a few hundred at most.
const maxAlternates = 500

// findAlternates returns the versions the page declares: AMP, translations,
// feeds, mobile pages and other rel=alternate links, with absolute URLs,
// each once, and never the page itself. Mirrors are not alternates: a
// page declares its alternates in <link>s, a publication announces its
// mirrors to readers.
//
// Decisions: hreflang="x-default" is kept, as a translation with Language
// "x-default", because it names the page for readers of no listed
// language. A feed that also has an hreflang is a feed, with the language.
// A translation equal to the page or its canonical URL is the page itself
// and left out.
func findAlternates(p *page.Page) []Alternate {
	self := map[string]bool{}
	if p.URL != nil {
		self[sameURLKey(p.URL.String())] = true
	}
	for _, n := range p.Elements {
		if n.DataAtom == atom.Link && relHas(page.Attr(n, "rel"), "canonical") {
			if ref := p.Resolve(page.Attr(n, "href")); ref != "" {
				self[sameURLKey(ref)] = true
			}
		}
	}
	var out []Alternate
	seen := map[Alternate]bool{}
	for _, n := range p.Elements {
		if n.DataAtom != atom.Link || len(out) >= maxAlternates {
			continue
		}
		a, ok := alternateOf(p, n.Attr)
		if !ok || self[sameURLKey(a.URL)] {
			continue
		}
		key := Alternate{URL: a.URL, Kind: a.Kind, Language: a.Language}
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, a)
	}
	return out
}

// alternateOf reads one <link>'s attributes as an Alternate.
func alternateOf(p *page.Page, attrs []html.Attribute) (Alternate, bool) {
	var rel, href, hreflang, typ, title, media string
	for _, at := range attrs {
		switch strings.ToLower(at.Key) {
		case "rel":
			rel = at.Val
		case "href":
			href = at.Val
		case "hreflang":
			hreflang = tagCase(strings.TrimSpace(at.Val))
		case "type":
			typ = strings.ToLower(strings.TrimSpace(at.Val))
		case "title":
			title = page.CollapseSpace(at.Val)
		case "media":
			media = strings.TrimSpace(at.Val)
		}
	}
	a := Alternate{Title: title}
	amp := relHas(rel, "amphtml")
	if !amp && !relHas(rel, "alternate") {
		return a, false // checked first: most links are stylesheets and icons
	}
	if a.URL = p.Resolve(href); a.URL == "" {
		return a, false
	}
	if u, err := url.Parse(a.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "") {
		return a, false
	}
	switch {
	case amp:
		a.Kind = altAMP
	case feedTypes[typ]:
		a.Kind, a.Type, a.Language = altFeed, typ, hreflang
	case hreflang != "":
		a.Kind, a.Language = altTranslation, hreflang
	case mobileMedia(media):
		a.Kind = altMobile
	default:
		a.Kind, a.Type = altOther, typ
	}
	return a, true
}

// tagCase writes a language tag in BCP 47's conventional case: "en-US",
// "zh-Hant-TW", "x-default"; sites write "en-us" and "EN_US" alike.
func tagCase(tag string) string {
	parts := strings.FieldsFunc(tag, func(r rune) bool { return r == '-' || r == '_' })
	for i, s := range parts {
		switch {
		case i == 0 || s == "default":
			parts[i] = strings.ToLower(s)
		case len(s) == 2:
			parts[i] = strings.ToUpper(s)
		case len(s) == 4:
			parts[i] = strings.ToUpper(s[:1]) + strings.ToLower(s[1:])
		default:
			parts[i] = strings.ToLower(s)
		}
	}
	return strings.Join(parts, "-")
}

// mobileMedia reports a media query for small screens, the way Google's
// separate-URL mobile pages are declared ("only screen and (max-width:
// 640px)"), or the old handheld media type.
func mobileMedia(media string) bool {
	m := strings.ToLower(media)
	return strings.Contains(m, "handheld") || strings.Contains(m, "max-width") || strings.Contains(m, "max-device-width")
}

// sameURLKey compares URLs ignoring scheme, fragment, a trailing slash and
// a leading "www.", so the page's own http and https forms are one.
func sameURLKey(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	return sameSiteKey(u.Host) + strings.TrimSuffix(u.EscapedPath(), "/") + "?" + u.RawQuery
}
