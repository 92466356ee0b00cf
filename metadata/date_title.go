package metadata

import (
	"strings"
	"time"

	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// maxTitleDate bounds the part of a title before its separator that can be
// a date: "24.11.2026", "2026-11-24", "24 November 2026".
const maxTitleDate = 32

// titleDate reads a full date that opens the page title or the headline:
// press rooms and event pages put the release day in front of every
// title. A date elsewhere in a title is the subject's, not the page's.
func (s *dateScan) titleDate() (time.Time, bool) {
	var texts []string
	if t := s.p.First(atom.Title); t != nil {
		text := page.Text(t)
		if text == "" && t.FirstChild != nil {
			text = t.FirstChild.Data // the index may hold no text for <head>
		}
		texts = append(texts, text)
	}
	if s.headNode != nil {
		texts = append(texts, page.Text(s.headNode))
	}
	for _, text := range texts {
		text = strings.TrimSpace(text)
		cut := -1
		for _, sep := range titleDateSeparators {
			if i := strings.Index(text, sep); i > 0 && (cut < 0 || i < cut) {
				cut = i
			}
		}
		if cut < 0 || cut > maxTitleDate {
			continue
		}
		if t, _, ok := s.parse(text[:cut]); ok {
			return t, true
		}
	}
	return time.Time{}, false
}
