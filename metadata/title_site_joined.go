package metadata

import "strings"

// joinedSiteEnd returns t without a site name that itself holds a
// separator ("Headline - Section - Site" with the logo printing "Section -
// Site"): splitting at one separator never isolates such a name, so it
// is matched whole at either end of the title. Of several names, the
// longest match is cut, so a name's tail alone never leaves its head.
func joinedSiteEnd(t string, sites []string) (string, bool) {
	lt := strings.ToLower(t)
	best, cut := "", 0
	for _, s := range sites {
		ls := strings.ToLower(strings.TrimSpace(s))
		if !holdsSeparator(ls) {
			continue
		}
		for _, sep := range titlePartSeparators {
			n := len(sep + ls)
			if n <= cut || n >= len(lt) {
				continue
			}
			var rest string
			switch {
			case strings.HasSuffix(lt, sep+ls):
				rest = t[:len(t)-n]
			case strings.HasPrefix(lt, ls+sep):
				rest = t[n:]
			default:
				continue
			}
			if rest = strings.TrimSpace(rest); hasWords(rest) {
				best, cut = rest, n
			}
		}
	}
	return best, cut > 0
}

// holdsSeparator reports whether a site's name has a title part
// separator in it.
func holdsSeparator(name string) bool {
	for _, sep := range titlePartSeparators {
		if strings.Contains(name, sep) {
			return true
		}
	}
	return false
}
