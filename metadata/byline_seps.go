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

// splitByline splits a byline line as bylineSegmentSeps does, keeping the
// separator printed before each part.
func splitByline(line string) []bylineSegment {
	parts := strings.Split(printedSegmentSeps.Replace(line), "\x00")
	segs := make([]bylineSegment, 0, len(parts))
	for _, p := range parts {
		if sep, text, ok := strings.Cut(p, "\x01"); ok {
			segs = append(segs, bylineSegment{text: text, sep: sep})
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
