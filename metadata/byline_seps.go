package metadata

import "strings"

// bylineSegment is one part of a byline line and the separator printed
// before it ("·" in "Politik · Jane Roe"), empty where the part began at
// an element's edge or a line break.
type bylineSegment struct {
	text, sep string
}

// printedSegmentSeps mark the separators of bylineSegmentSeps that the
// line shows, so that the byline as printed can show them again: each
// becomes "\x00" + the separator + "\x01".
var printedSegmentSeps = strings.NewReplacer("\x00 ", "\x00", "|", "\x00|\x01", "•", "\x00•\x01", "·", "\x00·\x01",
	" — ", "\x00—\x01", " – ", "\x00–\x01", " - ", "\x00-\x01", "\n", "\x00", "｜", "\x00|\x01")

// dashSeparators are the printed separators that, after names, lead to
// what is not a name: a place, a desk, a date.
var dashSeparators = map[string]bool{"—": true, "–": true, "-": true}

// splitByline splits a byline line as bylineSegmentSeps does, keeping the
// separator printed before each part. A co-author bracket in an element of
// its own stays with the names before it.
func splitByline(line string) []bylineSegment {
	parts := strings.Split(printedSegmentSeps.Replace(line), "\x00")
	segs := make([]bylineSegment, 0, len(parts))
	for _, p := range parts {
		if sep, text, ok := strings.Cut(p, "\x01"); ok {
			segs = append(segs, bylineSegment{text: text, sep: sep})
			continue
		}
		if _, _, _, ok := cutCoauthors(strings.TrimSpace(p)); ok && strings.HasPrefix(strings.TrimSpace(p), "(") && len(segs) > 0 {
			// "<a>Jane Roe</a> (with John Doe)": the bracket goes with
			// the name before it.
			segs[len(segs)-1].text += p
			continue
		}
		segs = append(segs, bylineSegment{text: p})
	}
	return segs
}

// dropSectionLabel drops the first of names when it is the section label
// a printed separator sets before the authors ("Politik · Jane Roe, John
// Doe"): one word alone, then full names. The byline keeps it as printed.
// kept holds the runs printed so far, the joiner before next among them.
func dropSectionLabel(names, kept []string, sep string, next []string) []string {
	if sep == "" || len(kept) != 2 || len(names) != 1 || strings.Contains(names[0], " ") || !fullNames(next) {
		return names
	}
	return nil
}

// appendRun adds a run of names to the byline read so far: c as printed
// after the joiner the line shows before it, n to the names.
func appendRun(kept, names []string, c string, n []string, joiner, sep string) ([]string, []string) {
	if len(kept) > 0 {
		kept = append(kept, printedJoiner(joiner, sep, kept[len(kept)-1], c))
		names = dropSectionLabel(names, kept, sep, n)
	}
	return append(kept, c), appendNames(names, n...)
}
