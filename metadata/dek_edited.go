package metadata

// minEditedOverlap is the share of words a printed standfirst and the meta
// description must have in common (token F1) to be one text edited twice:
// newsrooms shorten or reword the description, not the dek.
const minEditedOverlap = 0.7

// minEditedWords is the fewest words compared: shorter texts share most
// of their words by chance.
const minEditedWords = 8

// maxEditedRatio bounds how many times longer one text may be than the
// other: past about 1.9 times the words, token F1 stays under
// minEditedOverlap.
const maxEditedRatio = 3

// editedDescription reports whether text reads as the description
// reworded: most words shared either way.
func editedDescription(text, desc string) bool {
	// Word counts more than about twice apart cannot reach the overlap;
	// the byte lengths tell that before any splitting.
	if len(text) > maxEditedRatio*len(desc) || len(desc) > maxEditedRatio*len(text) {
		return false
	}
	a, b := lowerWords(text), lowerWords(desc)
	if len(a) < minEditedWords || len(b) < minEditedWords {
		return false
	}
	count := make(map[string]int, len(b))
	for _, w := range b {
		count[w]++
	}
	common := 0
	for _, w := range a {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	return 2*float64(common)/float64(len(a)+len(b)) >= minEditedOverlap
}
