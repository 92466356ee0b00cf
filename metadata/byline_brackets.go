package metadata

import "strings"

// coauthorWords open a bracket that names the authors who wrote with the
// one before it: "Jane Roe (with John Doe)", "Jane Roe (avec John Doe et
// Ann Poe)".
var coauthorWords = newWordSet([]string{
	"with", // English
	"avec", // French
	"mit",  // German
	"con",  // Spanish, Italian
	"com",  // Portuguese
	"met",  // Dutch
})

// cutCoauthors takes out of seg the first bracket that names co-authors,
// returning seg without it, the bracket as printed and the text inside
// after its opening word; ok is false when seg has no such bracket.
func cutCoauthors(seg string) (rest, printed, inner string, ok bool) {
	open := strings.IndexByte(seg, '(')
	if open < 0 {
		return seg, "", "", false
	}
	end := strings.IndexByte(seg[open:], ')')
	if end < 0 {
		return seg, "", "", false
	}
	printed = seg[open : open+end+1]
	first, inner, _ := strings.Cut(strings.TrimSpace(printed[1:len(printed)-1]), " ")
	if !coauthorWords[strings.ToLower(first)] || strings.ContainsAny(inner, "()") {
		return seg, "", "", false
	}
	return seg[:open] + " " + seg[open+end+1:], printed, inner, true
}

// withCoauthors adds to a segment's names those of a co-author bracket
// printed after them, and the bracket to the byline as printed. The
// bracket counts only when it holds names and follows some.
func withCoauthors(clean string, names []string, printed, inner string, loose bool) (string, []string) {
	if printed == "" || len(names) == 0 {
		return clean, names
	}
	_, more := parseSegment(inner, loose)
	if len(more) == 0 {
		return clean, names
	}
	return clean + " " + printed, appendNames(names, more...)
}

// addCoauthors adds to authors the names of a co-author bracket printed in
// the byline line: structured data often names only the main author
// ("Jane Roe (with John Doe)" beside an author field of "Jane Roe").
func addCoauthors(authors []string, line string) []string {
	_, printed, inner, ok := cutCoauthors(line)
	if !ok || !strings.HasSuffix(strings.TrimSpace(line), printed) {
		return authors
	}
	_, more := parseSegment(inner, false)
	return appendNames(authors, more...)
}
