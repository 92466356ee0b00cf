package metadata

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/page"
)

// minBareDescriptionRunes is the shortest description that may replace a
// decorated one it sits in: a shorter one is a site name or a label, not
// the summary the decorated copy carries.
const minBareDescriptionRunes = 20

// maxSloganWords bounds a site's slogan ("Example.com - news that
// matters"); a summary of the story that names the site runs longer.
const maxSloganWords = 12

// maxDescriptionRunes bounds the fuller copy that may replace a cut
// description: a longer text that begins the same way is the article's
// opening (a JSON-LD or microdata description holding the body), not the
// summary.
const maxDescriptionRunes = 350

// descriptionEllipses end a summary a CMS cut to length.
var descriptionEllipses = []string{"[...]", "[…]", "...", "…"}

// findDescription returns the page's summary: the first declared one by
// precedence, unless another source holds it whole (the first was cut to
// length, or an unescaped quote ended its attribute early) or bare (the
// first has the title or the site's name glued around it). The sources
// are one text edited differently; the fullest undecorated copy is the
// author's.
func findDescription(cands []string, title string, sites []string) string {
	// A description that repeats the headline yields to one that says more.
	var kept, titles []string
	for _, c := range cands {
		switch {
		case c == "" || sitewide(c, title, sites):
		case fold(c) == fold(title):
			titles = append(titles, c)
		default:
			kept = append(kept, c)
		}
	}
	cands = append(kept, titles...)
	if len(cands) == 0 {
		return ""
	}
	best := cands[0]
	for _, c := range cands {
		if c != best && completes(c, best) {
			best = c
		}
	}
	for _, c := range cands {
		if c != best && page.RuneLen(c) >= minBareDescriptionRunes && decorates(best, c) {
			return c
		}
	}
	return best
}

// sitewide reports whether desc describes the site rather than the story:
// it is the site's name, or a short line naming the site (or its host)
// that shares no word with the headline — the slogan a CMS puts on every
// page that has no summary of its own.
func sitewide(desc, title string, sites []string) bool {
	fd := fold(desc)
	named := false
	for _, name := range sites {
		fn := fold(name)
		if fn == fd {
			return true
		}
		named = named || (page.RuneLen(fn) >= minSiteNameRunes && strings.Contains(fd, fn))
	}
	return named && wordCount(desc) <= maxSloganWords && wordOverlap(desc, title) == 0
}

// wordCount counts the words of s, each Chinese, Japanese or Korean letter
// as one: those scripts put no spaces between words.
func wordCount(s string) int {
	n := len(strings.FieldsFunc(s, notWordRune))
	for _, r := range s {
		if isCJKLetter(r) {
			n++
		}
	}
	return n
}

// descriptionCandidates are the declared summaries in precedence order:
// every value of each meta key, then JSON-LD's and microdata's. A value
// the JSON-LD WebSite gives as its own description is the site's slogan,
// which CMSs also print in a page-wide <meta> beside the story's.
func descriptionCandidates(s *sources, ld *ldData, md *microdata) []string {
	var out []string
	for _, k := range descriptionMetaKeys {
		out = append(out, s.values(k)...)
	}
	out = append(out, ld.description, md.description)
	if slogan := fold(ld.siteDescription); slogan != "" {
		out = slices.DeleteFunc(out, func(c string) bool { return fold(c) == slogan })
	}
	return out
}

// otherDescriptions returns kept, then the distinct other descriptions
// the page declares, each once.
func otherDescriptions(kept string, declared []string) []string {
	out := []string{kept}
	seen := map[string]bool{fold(kept): true}
	for _, d := range declared {
		if k := fold(d); k != "" && !seen[k] {
			seen[k] = true
			out = append(out, d)
		}
	}
	return out
}

// completes reports whether long is short without its cut: short ends in
// an ellipsis or stops without punctuation, short less the ellipsis begins
// long, and long goes on with more than a decoration.
func completes(long, short string) bool {
	cut := trimEllipsis(short)
	if cut == short && !endsInLetter(short) {
		return false
	}
	if cut == "" || len(long) <= len(cut) || !strings.HasPrefix(long, cut) || page.RuneLen(long) > maxDescriptionRunes {
		return false
	}
	return !startsWithSeparator(long[len(cut):])
}

// endsInLetter reports whether s stops on a letter or digit, as a text
// cut to a length does, rather than on a full stop, a question or a quote.
func endsInLetter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// decorates reports whether long is bare with a title, a site name or
// both glued on by title separators ("Headline | Bare - SITE"), or bare
// said twice (a CMS joining two fields that hold the same text).
func decorates(long, bare string) bool {
	i := strings.Index(long, bare)
	if i < 0 || len(long) == len(bare) {
		return false
	}
	if strings.TrimSpace(strings.ReplaceAll(long, bare, "")) == "" {
		return true
	}
	before, after := long[:i], long[i+len(bare):]
	return (before == "" || endsWithSeparator(before)) && (after == "" || startsWithSeparator(after))
}

// trimEllipsis drops a trailing ellipsis and the space before it.
func trimEllipsis(s string) string {
	for _, e := range descriptionEllipses {
		if strings.HasSuffix(s, e) {
			return strings.TrimSpace(strings.TrimSuffix(s, e))
		}
	}
	return s
}

func startsWithSeparator(s string) bool {
	for _, sep := range titleSeparators {
		if strings.HasPrefix(s, sep) {
			return true
		}
	}
	return false
}

func endsWithSeparator(s string) bool {
	for _, sep := range titleSeparators {
		if strings.HasSuffix(s, sep) {
			return true
		}
	}
	return false
}
