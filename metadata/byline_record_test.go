package metadata

import "testing"

func TestRecordField(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Titel: Das letzte Licht", true},
		{"Dt. Titel: Noch nicht erschienen", true},
		{"Kindle Preis: 3,99 €", true},
		{"ISBN: 978-3-00-000000-0", true},
		{"Publisher: Small Harbour Press", true},
		{"Datum: 3. Mai 2026", false},           // article meta, not the work's
		{"Kategorie: Politik", false},           // same
		{"Autorin: Marit Oldenkamp", false},     // the author line itself
		{"Die Seiten des Buches: viele", false}, // the label is a sentence
		{"Seiten 212", false},                   // no label without a colon
	}
	for _, tt := range tests {
		if got := recordField(tt.text); got != tt.want {
			t.Errorf("recordField(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// An author line among a reviewed book's fields names the book's author;
// one among the post's own meta lines is the byline.
func TestFindAuthorsWorkRecord(t *testing.T) {
	tests := []struct{ name, block, want string }{
		{"book record", `<div><u>Titel:</u> Das letzte Licht</div><div><u>Seiten:</u> 212</div><div><u>Autorin:</u> Marit Oldenkamp</div><div><u>Verlag:</u> Kleiner Hafen</div>`, ""},
		{"record with the author first", `<p><b>Author:</b> Marit Oldenkamp</p><p><b>Publisher:</b> Small Harbour Press</p><p><b>Pages:</b> 212</p>`, ""},
		{"post meta lines", `<div><b>Autor:</b> Jana Kerst</div><div><b>Datum:</b> 3. Mai 2026</div><div><b>Kategorie:</b> Verkehr</div>`, "Jana Kerst"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line, got, _ := findAuthors(peoplePage(t, bylineStory(tt.block)), declaredAuthors{}, nil)
			if line != tt.want {
				t.Errorf("byline %q (authors %q), want %q", line, got, tt.want)
			}
		})
	}
}
