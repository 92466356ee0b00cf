package metadata

import (
	"testing"

	"golang.org/x/net/html/atom"
)

// A headline that opens with a byline word ("Von Hagen bis Hamm…") is no
// byline, neither in the element holding it nor in a link inside it; a
// byline printed under it is still found.
func TestBylineIsNotTheHeadline(t *testing.T) {
	story := func(under string) string {
		return `<html><head><title>T</title></head><body><div class="post">
<div class="widget-title"><div class="widget-container"><h1><a href="/s">Von Hagen bis Hamm warten Pendler auf neue Züge</a></h1></div></div>` + under + `
<p>Seit dem Fahrplanwechsel fallen auf der Strecke an jedem Werktag mehrere Verbindungen aus, weil die bestellten Triebwagen fehlen.</p>
<p>Der Verkehrsverbund setzt Busse als Ersatz ein, doch die brauchen für die Fahrt fast doppelt so lange wie die Bahn.</p>
<p>Die Zulassung soll nach Angaben des Herstellers im Frühjahr kommen; bis dahin bleibt der Ersatzfahrplan in Kraft.</p>
</div></body></html>`
	}
	tests := []struct{ name, under, want string }{
		{"headline only", ``, ""},
		{"byline under it", `<p class="meta">Von Jana Kerst</p>`, "Jana Kerst"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := peoplePage(t, story(tt.under))
			line, got, _ := findAuthors(p, declaredAuthors{}, p.First(atom.H1))
			if line != tt.want {
				t.Errorf("byline %q (authors %q), want %q", line, got, tt.want)
			}
		})
	}
}
