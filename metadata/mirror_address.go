package metadata

import (
	"net"
	"net/url"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// Addresses in notices come as links or as bare host names in the text
// ("www.example.co.uk", "example.org/news", "http://abc….onion").

// maxHostLen is the longest host name DNS allows.
const maxHostLen = 253

// bareAddresses returns the host-like tokens of text: runs of URL
// characters with at least two labels and a real top-level domain, with
// an optional scheme and path. E-mail addresses, file names ("report.pdf")
// and abbreviations ("U.S.", "e.g.") are not hosts.
func bareAddresses(text string) []string {
	var out []string
	for start := 0; start < len(text); {
		end := start
		for end < len(text) && isURLByte(text, end) {
			end++
		}
		if end == start {
			start++
			continue
		}
		tok := strings.Trim(text[start:end], ".:;!?)(]['\"*-/")
		start = end
		if strings.IndexByte(tok, '.') < 0 || strings.IndexByte(tok, '@') >= 0 {
			continue
		}
		if hostOf(tok) != "" {
			out = append(out, tok)
		}
	}
	return out
}

// isURLByte reports whether text[i] may be part of a written address. A
// colon is, only before "//" or a port number: "addresses:www.x.org" is
// two words.
func isURLByte(text string, i int) bool {
	c := text[i]
	if c == ':' {
		return i+1 < len(text) && (text[i+1] == '/' || text[i+1] >= '0' && text[i+1] <= '9')
	}
	return c < 0x80 && isURLRune(rune(c))
}

// isURLRune reports ASCII characters a written address may contain; the
// comma is left out because lists of addresses are separated by commas.
func isURLRune(r rune) bool {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		return true
	}
	return strings.ContainsRune("-._~:/?#[]@!$&'()*+;=%", r)
}

// hostOf returns the lower-case host of a bare address token, or "" when
// the token is not one.
func hostOf(tok string) string {
	s := strings.ToLower(tok)
	if i := strings.Index(s, "://"); i >= 0 {
		if scheme := s[:i]; scheme != "http" && scheme != "https" {
			return ""
		}
		s = s[i+3:]
	}
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	if h, _, err := net.SplitHostPort(s); err == nil {
		s = h
	}
	if !validHost(s) {
		return ""
	}
	return s
}

// validHost reports a DNS name of two labels or more ending in a top-level
// domain of the public suffix list (or .onion).
func validHost(h string) bool {
	if len(h) > maxHostLen || strings.Count(h, ".") < 1 {
		return false
	}
	labels := strings.Split(h, ".")
	for _, l := range labels {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for _, c := range []byte(l) {
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return knownTLD(labels[len(labels)-1])
}

// knownTLD reports a top-level domain that ICANN delegates, or onion.
func knownTLD(tld string) bool {
	if tld == "onion" {
		return true
	}
	for _, c := range []byte(tld) {
		if c >= '0' && c <= '9' {
			return false
		}
	}
	_, icann := publicsuffix.PublicSuffix("x." + tld)
	return icann
}

// bareURL makes a bare address absolute: its own scheme, else http for
// onion services (which rarely have certificates), else the page's.
func bareURL(tok, pageScheme string) *url.URL {
	raw := tok
	if !strings.Contains(strings.ToLower(tok), "://") {
		scheme := pageScheme
		if strings.HasSuffix(hostOf(tok), ".onion") {
			scheme = "http"
		}
		raw = scheme + "://" + tok
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return nil
	}
	return u
}

// sameSiteKey is a host compared the way the issue asks: lower case, no
// port, no leading "www.".
func sameSiteKey(host string) string {
	h := strings.ToLower(host)
	if hh, _, err := net.SplitHostPort(h); err == nil {
		h = hh
	}
	return strings.TrimPrefix(strings.TrimSuffix(h, "."), "www.")
}

// siteLabel is the name part of a host's registrable domain: "presstv" for
// www.presstv.ir and presstv.co.uk alike. "" when there is none.
func siteLabel(host string) string {
	h := sameSiteKey(host)
	etld1, err := publicsuffix.EffectiveTLDPlusOne(h)
	if err != nil {
		return ""
	}
	suffix, _ := publicsuffix.PublicSuffix(h)
	return strings.TrimSuffix(strings.TrimSuffix(etld1, suffix), ".")
}

// looksLikeAddress reports a link label that is itself an address.
func looksLikeAddress(label string) bool {
	t := strings.Trim(strings.TrimSpace(label), ".:;!?)(]['\"*/")
	return t != "" && !strings.ContainsAny(t, " \t\n") && hostOf(t) != ""
}

// mirrorKey identifies a mirror for de-duplication: the same host and path
// under http and https is one mirror.
func mirrorKey(u *url.URL) string {
	path := strings.TrimSuffix(u.EscapedPath(), "/")
	k := sameSiteKey(u.Host) + path
	if u.RawQuery != "" {
		k += "?" + u.RawQuery
	}
	return k
}

// normaliseMirror lower-cases the host and drops a fragment and a bare "/"
// path, so "https://www.x.co.uk/" reads "https://www.x.co.uk".
func normaliseMirror(u *url.URL) string {
	c := *u
	c.Host = strings.ToLower(c.Host)
	c.Scheme = strings.ToLower(c.Scheme)
	c.Fragment, c.RawFragment = "", ""
	if c.Path == "/" && c.RawQuery == "" {
		c.Path, c.RawPath = "", ""
	}
	return c.String()
}
