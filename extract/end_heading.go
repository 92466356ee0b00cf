package extract

// A heading titles the blocks after it. One that stands last in the body
// titles nothing the body kept: the box it headed (teasers of other
// stories, a comment form, a link list) was left out as furniture while its
// heading, on its own wrapper, stayed behind.

// dropEndHeadings removes the short headings that end the body. A
// heading long enough to be a sentence (text set in a heading tag) stays,
// and so does a body that is a heading alone.
func dropEndHeadings(body Body) Body {
	for len(body) > 1 {
		last := body[len(body)-1]
		if last.Kind != Heading || !isBoxTitle(last) {
			break
		}
		body = body[:len(body)-1]
	}
	return body
}
