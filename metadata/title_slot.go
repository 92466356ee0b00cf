package metadata

// blankSlotHeading returns the page's first visible subheading when its
// <title> is the site's name before a separator with nothing after it
// ("Site -"): the template's slot for the page's name was left blank, so
// the <title> names the site, not the page. With no <h1> printing a
// headline and no structured title declared, the first <h2> the reader
// sees is the page's heading. A <title> with a name in the slot, or a
// page with a headline <h1>, never gets here.
func blankSlotHeading(in titleInput, h1s, heads []heading) (heading, bool) {
	if len(h1s) > 0 || isStructured(in.metas) || !blankSlot(in.docTitle) {
		return heading{}, false
	}
	for _, h := range unlinked(in.p, outsideCrumbs(heads)) {
		if hasWords(h.text) {
			return h, true
		}
	}
	return heading{}, false
}

// blankSlot reports whether a <title> ends in a separator with nothing
// after it.
func blankSlot(docTitle string) bool {
	return docTitle != "" && trimDangling(docTitle) != docTitle
}
