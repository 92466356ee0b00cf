package metadata

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/page"
)

// runInKickerHeading returns the visible <h1> whose text ends the JSON-LD
// headline lead when the part before it is a kicker run in with nothing
// but a space ("Topic Headline"): the CMS joined two fields, as no editor
// writes a headline. The kicker must be a few words the page prints whole
// in an element of its own. A kicker joined with a colon or a dash
// ("Topic: Headline") is an editorial form and keeps its place.
func runInKickerHeading(p *page.Page, h1s []heading, lead string) (heading, bool) {
	for _, h := range h1s {
		if len(fold(h.text)) < minKickerlessFold || len(h.text) >= len(lead) || !strings.HasSuffix(lead, h.text) {
			continue
		}
		before := lead[:len(lead)-len(h.text)]
		k := strings.TrimSpace(before)
		last, _ := utf8.DecodeLastRuneInString(k)
		if k == before || !unicode.IsLetter(last) && !unicode.IsDigit(last) {
			continue // no space, or a separator joins them
		}
		if hasWords(k) && len(strings.Fields(k)) <= maxKickerWords && printsWhole(p, k) {
			return h, true
		}
	}
	return heading{}, false
}
