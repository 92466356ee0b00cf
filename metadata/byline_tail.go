package metadata

import "strings"

// maxTailWords bounds a role or wire printed after the names ("Senior
// Science and Technology correspondent"); longer text is a sentence.
const maxTailWords = 5

// printedTail reports a byline segment that names no further person but
// says what the names before it are: a job title ("Science
// correspondent") or the wire or paper they write with ("with Reuters",
// "Example Daily News"). clean is the segment as parseSegment printed it,
// names the names it read there.
func printedTail(clean string, names []string) bool {
	words := strings.Fields(clean)
	if len(words) == 0 || len(words) > maxTailWords {
		return false
	}
	if len(names) > 0 {
		return allAffiliations(names)
	}
	return endsWithRole(words)
}
