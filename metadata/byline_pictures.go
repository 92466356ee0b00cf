package metadata

import "strings"

// dropPictureNames removes the names a bracketed picture role follows:
// "Jane Roe (reporting) and John Doe (photography)" credits John Doe with
// the pictures, not the story.
func dropPictureNames(seg string) string {
	if !strings.Contains(seg, "(") {
		return seg
	}
	words := strings.Fields(seg)
	var out, pending []string
	for i := 0; i < len(words); i++ {
		w := words[i]
		if strings.HasPrefix(w, "(") {
			end := i
			for end < len(words) && !strings.HasSuffix(words[end], ")") {
				end++
			}
			if end < len(words) && pictureRole(words[i:end+1]) {
				pending = nil // the name before the bracket goes with it
				i = end
				continue
			}
		}
		pending = append(pending, w)
		if joinerSet[strings.ToLower(w)] || strings.HasSuffix(w, ",") {
			out, pending = append(out, pending...), nil
		}
	}
	return strings.TrimRight(strings.Join(append(out, pending...), " "), " ,")
}

// pictureRole reports bracketed words that only name picture work:
// "(photography)", "(Fotos)", "(photos and video)".
func pictureRole(words []string) bool {
	n := 0
	for _, w := range words {
		w = strings.ToLower(strings.Trim(w, "(),.;"))
		switch {
		case w == "":
		case pictureLabelSet[w] || pictureWorkSet[w]:
			n++
		case !joinerSet[w]:
			return false
		}
	}
	return n > 0
}

var pictureWorkSet = newWordSet(pictureWork)
