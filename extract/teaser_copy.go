package extract

import (
	"strings"
	"unicode/utf8"
)

// Listing templates often print a story's opening words, cut short with an
// ellipsis, above the story itself ("The council voted on Monday to…"
// followed by the full paragraph). The clipped copy is the site's teaser,
// shown again on the story page; the story says the same words in full a
// block or two further down, so the copy is dropped.

// teaserReach is how many blocks after a clipped line the full text may
// start in: a lead question or a dateline can stand between them, while a
// match further down is a quotation, not the copy of an opening.
const teaserReach = 3

// minTeaserRunes is the shortest clipped stem that counts as a copy: a few
// characters such as "And..." open many paragraphs by chance.
const minTeaserRunes = 12

// dropTeaserCopy removes a leading paragraph that ends in an ellipsis and
// whose text without it opens one of the next few blocks.
func dropTeaserCopy(body Body) Body {
	if len(body) < 2 || body[0].Kind != Paragraph {
		return body
	}
	stem, ok := clippedStem(body[0].Text)
	if !ok {
		return body
	}
	for j := 1; j < len(body) && j <= teaserReach; j++ {
		if strings.HasPrefix(strings.TrimSpace(body[j].Text), stem) {
			return body[1:]
		}
	}
	return body
}

// clippedStem returns a line's text without its closing ellipsis, when it
// has one and enough text before it.
func clippedStem(text string) (string, bool) {
	t := strings.TrimSpace(text)
	stem, ok := strings.CutSuffix(t, "...")
	if !ok {
		stem, ok = strings.CutSuffix(t, "…")
	}
	stem = strings.TrimSpace(stem)
	return stem, ok && utf8.RuneCountInString(stem) >= minTeaserRunes
}
