package extract

import "testing"

func TestDropContactCards(t *testing.T) {
	story := "The institute will open its new test site for harbour cranes in the spring, with room for four machines at a time."
	body := Body{
		para(story), para(story),
		{Kind: Heading, Text: "Media contact"},
		para("Ruth Amberg"),
		para("Phone: +44 (0)20 7946 0018\nruth.amberg@institute.example"),
		para(story),
	}
	got := dropContactCards(body)
	if len(got) != 3 || got[2].Text != story {
		t.Errorf("card kept: %+v", got)
	}
	// A title that names a contact with no way to reach it is a section.
	section := Body{para(story), {Kind: Heading, Text: "Contact with the past"}, para("A short line."), para(story)}
	if got := dropContactCards(section); len(got) != len(section) {
		t.Errorf("section without contact lines dropped: %+v", got)
	}
	// The opening block is never a card's title.
	opening := Body{para("Kontakt:"), para("+49 40 1234 5678"), para(story)}
	if got := dropContactCards(opening); len(got) != len(opening) {
		t.Errorf("opening dropped: %+v", got)
	}
}

func TestPhoneNumber(t *testing.T) {
	for s, want := range map[string]bool{
		"Telefon +49 (0)40 / 49 07 11 05": true,
		"Tel.: +1 212-555-0142":           true,
		"(030) 2345 6789":                 true,
		"Born in 1952 (aged 73)":          false,
		"+3 points":                       false,
	} {
		if got := phoneNumber(s); got != want {
			t.Errorf("phoneNumber(%q) = %v, want %v", s, got, want)
		}
	}
}
