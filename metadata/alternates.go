package metadata

import "github.com/newsextract/newsextract/internal/page"

// findAlternates returns the versions the page declares: AMP, translations,
// feeds. Mirrors are not alternates.
func findAlternates(p *page.Page) []Alternate {
	return nil // TODO(mirrors helper)
}
