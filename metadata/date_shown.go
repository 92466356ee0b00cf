package metadata

import "time"

// Bounds for preferring the date a page shows over its markup.
const (
	maxShownRank = 20             // a dateline this close to the headline is the story's
	maxShownLead = 36 * time.Hour // an evening release dated the next morning in print
)

// shown replaces a markup publication date (JSON-LD, <meta>, microdata)
// with the day the visible dateline beside the headline states, when that
// line is not labelled as an update and states a later day that the
// markup itself explains: the markup's own update day (the site re-dates
// the story on edit and shows only that), or the next day within a few
// hours (an evening web release carrying the next print day). Readers
// and citations use the shown date. An earlier or unexplained visible
// date is left alone: it is more likely another story's.
func (s *dateScan) shown(f dateFound) dateFound {
	if f.tier > tierMicrodata {
		return f
	}
	v, ok := s.nearestLine(false)
	if !ok {
		return s.shownUpdate(f)
	}
	if v.clock || sameDay(v.t, f.t) || !v.t.After(f.t) || s.visibleOn(f.t) {
		return f // a shown time of day is an edit stamp, not the story's day
	}
	if _, off := f.t.Zone(); off != 0 && f.clock && f.t.Hour() >= 12 && v.t.Sub(f.t) < maxShownLead {
		return v // stated in local time, so the evening is the page's own
	}
	if s.markupUpdatedOn(v.t) {
		return v
	}
	return f
}

// visibleOn reports whether a visible line marked as the publication
// states t's day: the page shows the original date as well.
func (s *dateScan) visibleOn(t time.Time) bool {
	for _, g := range s.found {
		if g.tier >= tierMarked && g.tier <= tierDateline && g.kind == kindPublished && sameDay(g.t, t) {
			return true
		}
	}
	return false
}

// shownUpdate replaces a markup publication date with the update line the
// page shows beside the headline when that is the only date it shows: a
// later day, while nothing but the markup states the first day (no line
// marked as the publication, not the address). The page then presents the story as of the
// update, and readers and citations date it so. Unlike an unlabelled line
// (shown), the label itself says the line is the story's, so the markup
// need not confirm the day: templates often show a stale update.
func (s *dateScan) shownUpdate(f dateFound) dateFound {
	u, ok := s.nearestLine(true)
	if !ok || !u.t.After(f.t) || sameDay(u.t, f.t) || s.visibleOn(f.t) || s.urlOn(f.t) {
		return f
	}
	return s.placeUpdate(u)
}

// placeUpdate gives a shown update's wall clock the offset the markup's
// update stamp implies when both state the same moment ("9:42 am" shown,
// 14:42Z in the markup): the line names no zone, the markup no local time.
func (s *dateScan) placeUpdate(u dateFound) dateFound {
	if _, off := u.t.Zone(); !u.clock || off != 0 {
		return u
	}
	for _, g := range s.found {
		if g.kind != kindModified || g.tier > tierMicrodata || !g.clock {
			continue
		}
		if d, ok := wallOffset(u.t, g.t); ok {
			u.t = g.t.In(time.FixedZone("", int(d/time.Second))) // the markup's precision, the line's zone
			if d == 0 {
				u.t = u.t.UTC()
			}
			return u
		}
	}
	return u
}

// urlOn reports whether the page address states t's day.
func (s *dateScan) urlOn(t time.Time) bool {
	for _, g := range s.found {
		if g.tier == tierURL && sameDay(g.t, t) {
			return true
		}
	}
	return false
}

// nearestLine is the visible dateline closest to the headline, within
// maxShownRank: an update line when update is set, else any other.
func (s *dateScan) nearestLine(update bool) (dateFound, bool) {
	var b dateFound
	ok := false
	for _, g := range s.found {
		if g.tier < tierMarked || g.tier > tierDateline || (g.kind == kindModified) != update || g.rank > maxShownRank {
			continue
		}
		if !ok || g.rank < b.rank {
			b, ok = g, true
		}
	}
	return b, ok
}

// markupUpdatedOn reports whether a markup update date falls on t's day.
func (s *dateScan) markupUpdatedOn(t time.Time) bool {
	for _, g := range s.found {
		if g.kind == kindModified && g.tier <= tierMicrodata && sameDay(g.t, t) {
			return true
		}
	}
	return false
}

// recordOnly reports whether f is a publication time only the <meta> tags
// state, on a page whose structured data declares a WebPage or a recipe and
// no article, that shows no date on that day and has none in its address. SEO
// plugins print article:published_time for every post record, evergreen
// guides and service pages included; without an article type or a date
// readers see, nothing says the page is a dated story.
func (s *dateScan) recordOnly(f dateFound) bool {
	if !s.pageOnly || (f.tier != tierMeta && f.tier != tierWeakMeta) || s.urlOn(f.t) {
		return false
	}
	for _, g := range s.found {
		if visibleTier(g.tier) && sameDay(g.t, f.t) {
			return false
		}
	}
	return true
}

// declaresPageOnly reports whether the structured data describes the page
// (a JSON-LD WebPage or a subtype) or a recipe card (JSON-LD or microdata),
// and neither declares an article.
func declaresPageOnly(s *sources, ld *ldData, md *microdata) bool {
	if ld.article != nil || md.typ != "" {
		return false
	}
	for _, o := range ld.objects {
		for _, t := range ldTypes(o) {
			if pageTypes[t] || recordTypes[t] {
				return true
			}
		}
	}
	for _, sc := range s.scopes {
		if _, ok := itemType(sc, recordTypes); ok {
			return true
		}
	}
	return false
}

// recordTypes are schema.org types of a page that is a card, not a story:
// a recipe site's evergreen page, republished and re-dated at will.
// (Product is not here: software and shop pages date real releases.)
var recordTypes = map[string]bool{"recipe": true}
