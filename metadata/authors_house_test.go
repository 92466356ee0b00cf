package metadata

import "testing"

func TestPublicationSpells(t *testing.T) {
	pub := &publication{site: "landtagsfraktion grüne liste", host: "dhie.verwaltung.example",
		title: "waldgesetz: klare ziele | weine vom douro - adega norte"}
	tests := []struct {
		name string
		want bool
	}{
		{"Grüne Liste Landtagsfraktion", true},                       // the site's words reordered
		{"Departement für Handel, Industrie und Energie DHIE", true}, // the host's label as acronym
		{"Grüne Liste", true},                                        // part of the site name
		{"Liste", false},                                             // one word says too little
		{"Grüne Liste Landtagsfraktion Pressestelle", false},         // more than the site
		{"Jana Kerst", false},                                        // a person
		{"JANA DHIE", false},                                         // capitals throughout: no acronym
		{"Verwaltung Nord", false},                                   // a label word, not an acronym
	}
	for _, tt := range tests {
		if got := pub.spells(tt.name); got != tt.want {
			t.Errorf("spells(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestOrgShaped(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Ministerium für Verkehr und Häfen", true},
		{"Department of Harbours", true},
		{"Jana van der Kerst", false}, // particles only
		{"Jana Kerst", false},
		{"Harbour Department Staff", false}, // no lower-case word
		{"for Harbours", false},             // too short
	}
	for _, tt := range tests {
		if got := orgShaped(tt.name); got != tt.want {
			t.Errorf("orgShaped(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// The organisation a page prints only as its copyright holder is the
// site's owner; printed anywhere else it may be a credit, and a person's
// name is never taken for the owner.
func TestCopyrightOrg(t *testing.T) {
	tests := []struct {
		name, body, who string
		want            bool
	}{
		{"copyright line", `<p>Ferries run hourly.</p><p class="c">© 2026 MINISTRY OF HARBOURS</p>`, "Ministry of Harbours", true},
		{"copyright word", `<p>Ferries run hourly.</p><p>Copyright 2001-2026 Ministry of Harbours. All rights reserved.</p>`, "Ministry of Harbours", true},
		{"also in the text", `<p>The Ministry of Harbours said ferries run hourly.</p><p>© 2026 Ministry of Harbours</p>`, "Ministry of Harbours", false},
		{"not printed", `<p>Ferries run hourly.</p>`, "Ministry of Harbours", false},
		{"a person", `<p>Ferries run hourly.</p><p>© 2026 Jana Kerst</p>`, "Jana Kerst", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := pageOf(t, `<html><body>`+tt.body+`</body></html>`)
			if got := copyrightOrg(p, tt.who); got != tt.want {
				t.Errorf("copyrightOrg(%q) = %v, want %v", tt.who, got, tt.want)
			}
		})
	}
}

func TestLogoNamed(t *testing.T) {
	src := `<html><body><a href="/press/7"><img class="press_logo" src="/logo/7.png" alt="Hanbit Daily"></a>
<img class="avatar" src="/p/jr.jpg" alt="Jana Roe"><img src="/img/brand-logo.svg" title="Example Portal"></body></html>`
	p := pageAt(t, src, "https://portal.example/a/1")
	tests := []struct {
		names []string
		want  bool
	}{
		{[]string{"Hanbit Daily"}, true},
		{[]string{"hanbit  daily"}, true}, // folded
		{[]string{"Example Portal"}, true},
		{[]string{"Jana Roe"}, false}, // an avatar's alt, not a logo's
		{[]string{"Hanbit Daily", "Jana Roe"}, false},
		{nil, false},
	}
	for _, tt := range tests {
		if got := logoNamed(p, tt.names); got != tt.want {
			t.Errorf("logoNamed(%q) = %v, want %v", tt.names, got, tt.want)
		}
	}
}
