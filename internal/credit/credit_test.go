package credit

import (
	"strings"
	"testing"
	"time"
)

func TestSplit(t *testing.T) {
	cases := []struct {
		name, in, text, credit string
	}{
		// English
		{"file photo by", "A pilot boat at the quay. (File photo by AP)", "A pilot boat at the quay.", "AP"},
		{"bracket label", "Crowds gather at the square. (Photo: Jane Doe/Reuters)", "Crowds gather at the square.", "Jane Doe/Reuters"},
		{"square bracket", "Crowds gather at the square [Image: Getty Images]", "Crowds gather at the square", "Getty Images"},
		{"wire photo", "The senator speaks in the hall. (AP Photo/Evan Marsh)", "The senator speaks in the hall.", "AP Photo/Evan Marsh"},
		{"sourced photo", "The reading room at the branch. (Tribune file photo)", "The reading room at the branch.", "Tribune file photo"},
		{"sourced photo, staff", "Crews at the bridge on Friday. (Staff photo)", "Crews at the bridge on Friday.", "Staff photo"},
		{"photo aside kept", "Crews at the bridge (second photo)", "Crews at the bridge (second photo)", ""},
		{"long photo aside kept", "Crews at the bridge. (It was the day of the team photo)", "Crews at the bridge. (It was the day of the team photo)", ""},
		{"guardian", "Fishing boats in the harbour at dawn. Photograph: Sam Lee/The Guardian", "Fishing boats in the harbour at dawn.", "Sam Lee/The Guardian"},
		{"only credit", "Image: Getty Images", "", "Getty Images"},
		{"copyright sign", "© Lena Varga", "", "Lena Varga"},
		{"copyright sign at end", "The old mill by the river ©Lena Varga", "The old mill by the river", "Lena Varga"},
		{"credit label", "Volunteers sort parcels. Credit: Tom Okafor", "Volunteers sort parcels.", "Tom Okafor"},
		{"picture label", "The team celebrates. Picture: PA Wire", "The team celebrates.", "PA Wire"},
		{"photo by after sentence", "The team celebrates. Photo by Ana Ruiz for The Daily", "The team celebrates.", "Ana Ruiz for The Daily"},
		{"leading credit", "Photo: AFP. Crowds at the quay wait for the ferry.", "Crowds at the quay wait for the ferry.", "AFP"},
		{"initials kept", "Photo: J. R. Doe", "", "J. R. Doe"},
		{"slash tail", "Protesters in front of parliament / AFP", "Protesters in front of parliament", "AFP"},
		{"agency and photographer bracket", "Crews walk to the ferry on the pier: 3 May 2026 (AFP / JANE DOE)", "Crews walk to the ferry on the pier: 3 May 2026", "AFP / JANE DOE"},
		{"slash inside an aside stays", "The ferry (old / new timetable) leaves at dawn", "The ferry (old / new timetable) leaves at dawn", ""},
		{"hindi label after a dash", "लखनऊ मेट्रो - फोटो : भारत समाचार", "लखनऊ मेट्रो", "भारत समाचार"},
		{"label glued to the last stop", "Crews walk to the ferry on the pier.Foto: Jane Doe (Reuters) | Vídeo: EPV", "Crews walk to the ferry on the pier.", "Jane Doe (Reuters) | Vídeo: EPV"},
		{"lower-case glued label stays", "Crews use e.g.photo: kits at the pier", "Crews use e.g.photo: kits at the pier", ""},
		{"German picture rights", "Zwei Fähren am Anleger. Bildrechte: MDR/Jane Doe", "Zwei Fähren am Anleger.", "MDR/Jane Doe"},
		{"label after a comma", "Riders on the grid, Foto: LAT Images", "Riders on the grid", "LAT Images"},
		{"by-phrase after a comma stays", "Jane Roe, photographed by her son in 1980", "Jane Roe, photographed by her son in 1980", ""},
		{"pipe tail", "Protesters in front of parliament | Reuters", "Protesters in front of parliament", "Reuters"},
		{"photo dash", "Protesters in front of parliament. Photo - AFP", "Protesters in front of parliament.", "AFP"},
		{"glued slash after sentence", "Crews clear the road after the storm. /AFP via Getty Images", "Crews clear the road after the storm.", "AFP via Getty Images"},
		{"glued slash mid text kept", "Mix 50 /50 with water", "Mix 50 /50 with water", ""},
		{"quelle", "Der Kanzler in Berlin. Quelle: dpa", "Der Kanzler in Berlin.", "dpa"},
		{"signature after sentence", "Most rooms were redesigned from the ground up. Supplied", "Most rooms were redesigned from the ground up.", "Supplied"},
		{"ordinal day, not a sentence end", "Crews clear the harbour road in Kiel, 14. März 2026", "Crews clear the harbour road in Kiel, 14. März 2026", ""},
		{"signature agency via", "Ruins of the market. AFP via Getty Images", "Ruins of the market.", "AFP via Getty Images"},
		{"signature with bracketed agency", "Tents on the shore at dawn. Jane Doe (Reuters)", "Tents on the shore at dawn.", "Jane Doe (Reuters)"},
		{"signature slash form of six words", "Crews clear the road. Keystone/The Ledger via AP/Jane Doe", "Crews clear the road.", "Keystone/The Ledger via AP/Jane Doe"},
		{"bracket after a lower-case word stays", "Tents on the shore. Seen from the dune (left)", "Tents on the shore. Seen from the dune (left)", ""},
		{"spaced capital label", "Der Ofen wird in der Mitte am heißesten Foto: Jane Doe", "Der Ofen wird in der Mitte am heißesten", "Jane Doe"},
		{"label glued to a lower-case letter", "Zwei Fähren am AnlegerQuelle: Jane Doe/dpa", "Zwei Fähren am Anleger", "Jane Doe/dpa"},
		{"spaced label before a sentence stays", "Er zeigt ein Foto: Eine Frau im Regen", "Er zeigt ein Foto: Eine Frau im Regen", ""},
		{"lower-case spaced label stays", "He held the photo: Jane Doe", "He held the photo: Jane Doe", ""},
		{"signature korean", "최고위원과 대화하고 있다. 뉴스1", "최고위원과 대화하고 있다.", "뉴스1"},
		{"running text tail kept", "The new hall opens today. Lunch served daily", "The new hall opens today. Lunch served daily", ""},
		{"place tail kept", "Ministers meet. Brussels, Belgium", "Ministers meet. Brussels, Belgium", ""},
		{"long tail kept", "The team celebrates. Then The Whole Town Came Out Dancing", "The team celebrates. Then The Whole Town Came Out Dancing", ""},
		// French
		{"french spaced colon", "Le port au lever du jour. Photo : AFP", "Le port au lever du jour.", "AFP"},
		{"credit photo", "Le port au lever du jour. Crédit photo : Marie Dubois", "Le port au lever du jour.", "Marie Dubois"},
		// German
		{"foto", "Der Hafen am Morgen. Foto: dpa", "Der Hafen am Morgen.", "dpa"},
		{"bild", "Der Hafen am Morgen. Bild: Keystone", "Der Hafen am Morgen.", "Keystone"},
		{"foto von", "Der Hafen am Morgen (Foto von Anna Berg)", "Der Hafen am Morgen", "Anna Berg"},
		// Spanish, Portuguese, Italian
		{"foto de", "El puerto al amanecer. Foto de EFE", "El puerto al amanecer.", "EFE"},
		{"italian", "Il porto all'alba. Foto: Ansa", "Il porto all'alba.", "Ansa"},
		{"japanese shot by", "水田で土を起こす農家＝北海道名寄市で2025年4月2日、佐藤一郎撮影", "水田で土を起こす農家＝北海道名寄市で2025年4月2日", "佐藤一郎"},
		{"japanese shot by after equals", "水田で土を起こす農家＝佐藤一郎撮影", "水田で土を起こす農家", "佐藤一郎"},
		{"japanese shot date stays", "水田で土を起こす農家。2025年4月2日撮影", "水田で土を起こす農家。2025年4月2日撮影", ""},
		{"sentence stop after a credit", "The gauge on the roof. Photo by the author.", "The gauge on the roof.", "the author"},
		{"abbreviation keeps its point", "The gauge on the roof. Photo: Example Media Inc.", "The gauge on the roof.", "Example Media Inc."},
		{"initial keeps its point", "The gauge on the roof. Photo: Jane D.", "The gauge on the roof.", "Jane D."},
		{"initials after a slash", "Un grupo de alumnos junto a la prensa. / D. S.", "Un grupo de alumnos junto a la prensa.", "D. S."},
		{"glued initials after a slash", "Los alumnos en la almazara / J.M.R.", "Los alumnos en la almazara", "J.M.R."},
		{"one initial is no credit", "Los alumnos en la almazara / J.", "Los alumnos en la almazara / J.", ""},
		{"italian bracket label", "Il porto ripreso dall'alto (foto Massimo Cecchi)", "Il porto ripreso dall'alto", "Massimo Cecchi"},
		{"italian bracket label agency", "Il porto all'alba (Foto Ansa)", "Il porto all'alba", "Ansa"},
		{"bracket label before an aside stays", "Il porto all'alba (foto d'archivio)", "Il porto all'alba (foto d'archivio)", ""},
		{"bracket label before a phrase stays", "The harbour at dawn (photo above)", "The harbour at dawn (photo above)", ""},
		// Russian
		{"russian", "Порт на рассвете. Фото: ТАСС", "Порт на рассвете.", "ТАСС"},
		// Persian and Arabic
		{"persian", "بندر در سپیده دم. عکس: ایرنا", "بندر در سپیده دم.", "ایرنا"},
		{"arabic", "الميناء عند الفجر. صورة: رويترز", "الميناء عند الفجر.", "رويترز"},
		// Asian
		{"japanese", "夜明けの港。写真：共同", "夜明けの港。", "共同"},
		{"korean", "새벽의 항구. 사진: 연합뉴스", "새벽의 항구.", "연합뉴스"},
		{"korean equals in brackets", "새벽의 항구를 조사하고 있다. [사진=해양환경공단 제공]", "새벽의 항구를 조사하고 있다.", "해양환경공단 제공"},
		{"korean equals in parentheses", "새벽의 항구. (사진=연합뉴스)", "새벽의 항구.", "연합뉴스"},
		// What must stay whole
		{"photo in running text", "A photo of the harbour taken by a reader", "A photo of the harbour taken by a reader", ""},
		{"photo by mid sentence", "The photo by Ansel Adams sold for a record sum", "The photo by Ansel Adams sold for a record sum", ""},
		{"photographer word", "Photographers wait outside the court", "Photographers wait outside the court", ""},
		{"bracket without marker", "Ministers meet in Brussels (Belgium)", "Ministers meet in Brussels (Belgium)", ""},
		{"slash in text", "Before / after the storm: the coast road", "Before / after the storm: the coast road", ""},
		{"long tail is text", "Left to right / the mayor, her deputy and the harbour master stand together.", "Left to right / the mayor, her deputy and the harbour master stand together.", ""},
		{"photo essay", "Photo-essay: life on the islands", "Photo-essay: life on the islands", ""},
		{"empty", "  ", "", ""},
		// Bare names in brackets, "Credit..." and other forms
		{"bracket name after sentence", "A striker breaks past a defender. (Ana Ruiz Vega)", "A striker breaks past a defender.", "Ana Ruiz Vega"},
		{"bracket name agency", "Smoke over the valley. (Lena Varga/Nordpress)", "Smoke over the valley.", "Lena Varga/Nordpress"},
		{"bracket party kept", "Spitzenkandidatin Ana Roth (Die Linke)", "Spitzenkandidatin Ana Roth (Die Linke)", ""},
		{"bracket aside kept", "The pier at dawn. (Boats Returned Late Again Today)", "The pier at dawn. (Boats Returned Late Again Today)", ""},
		{"bracket lower-case kept", "The pier at dawn. (Seen from the north)", "The pier at dawn. (Seen from the north)", ""},
		{"bracket year kept", "The pier at dawn. (Summer 2019)", "The pier at dawn. (Summer 2019)", ""},
		{"bracket one word kept", "The pier at dawn. (Archive)", "The pier at dawn. (Archive)", ""},
		{"bracket wire via", "Shoppers queue at the store. (Ana Ruiz/The Valley Post via AP)", "Shoppers queue at the store.", "Ana Ruiz/The Valley Post via AP"},
		{"bracket name comma via", "Smoke over the town. (ANA RUIZ, AFP via Getty Images)", "Smoke over the town.", "ANA RUIZ, AFP via Getty Images"},
		{"bracket comma list kept", "The cabinet met. (Ana Ruiz, Tom Okafor, Lena Varga)", "The cabinet met. (Ana Ruiz, Tom Okafor, Lena Varga)", ""},
		{"glued two-word label", "Route maps powered by AI Image Credits: Nordpress", "Route maps powered by AI", "Nordpress"},
		{"one-word label in prose kept", "She held up the photo: a view of the bay", "She held up the photo: a view of the bay", ""},
		{"documentation", "Graduates at the ceremony(Dok.Kampus )", "Graduates at the ceremony", "Dok.Kampus"},
		{"credit ellipsis glued", "Volunteers sort parcels at dawn.Credit...Tom Okafor for The Daily", "Volunteers sort parcels at dawn.", "Tom Okafor for The Daily"},
		{"credit ellipsis char", "Volunteers sort parcels. Credit…Tom Okafor", "Volunteers sort parcels.", "Tom Okafor"},
		{"credit ellipsis alone", "Credit...Tom Okafor", "", "Tom Okafor"},
		{"image credits", "Image Credits: Nordpress", "", "Nordpress"},
		{"collage", "коллаж: Анна Петрова", "", "Анна Петрова"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text, credit := Split(c.in)
			if text != c.text || credit != c.credit {
				t.Errorf("Split(%q) = %q, %q; want %q, %q", c.in, text, credit, c.text, c.credit)
			}
		})
	}
}

func TestClean(t *testing.T) {
	cases := map[string]string{
		"(Photo: Jane Doe/Reuters)": "Jane Doe/Reuters",
		"Photo: © AP":               "AP",
		"Getty Images":              "Getty Images",
		"  Credit: Tom Okafor; ":    "Tom Okafor",
		"Фото: ТАСС":                "ТАСС",
		"Foto: dpa":                 "dpa",
		"":                          "",
		"Copyright":                 "",
		"Photo:":                    "",
		"Copyright Lena Varga/AP":   "Lena Varga/AP",
		"Picture alliance / dpa":    "Picture alliance / dpa",
		"Credit Tom Okafor":         "Tom Okafor",
		"  –  Midjourney":           "Midjourney",
		"Bild ©  Lena Varga (hr)":   "Lena Varga (hr)",
		"Photo © AP":                "AP",
		"03:07 Min.":                "",
		"25.04.24":                  "",
		"123RF":                     "123RF",
		"20th Century Studios":      "20th Century Studios",
		"| Lena Varga":              "Lena Varga",
	}
	for in, want := range cases {
		if got := Clean(in); got != want {
			t.Errorf("Clean(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("A pilot boat at the quay. (File photo by AP)")
	f.Add("((((Photo: )")
	f.Add("© ")
	f.Fuzz(func(t *testing.T, s string) {
		text, credit := Split(s)
		if len(text)+len(credit) > len(s) {
			t.Errorf("Split(%q) grew the input: %q, %q", s, text, credit)
		}
	})
}

func TestMerge(t *testing.T) {
	cases := []struct{ caption, known, text, credit string }{
		{"Ruins after the strikes. /AFP via Getty Images", "GHULAM RASOOL", "Ruins after the strikes.", "GHULAM RASOOL, AFP via Getty Images"},
		{"The pier at dawn. Photo: AP", "AP", "The pier at dawn.", "AP"},
		{"The pier at dawn. Photo: Jane Doe/AP", "Jane Doe", "The pier at dawn.", "Jane Doe/AP"},
		{"The pier at dawn.", "Photo: Lena Varga", "The pier at dawn.", "Lena Varga"},
		{"The pier at dawn. (Photo: AP)", "", "The pier at dawn.", "AP"},
	}
	for _, c := range cases {
		text, credit := Merge(c.caption, c.known)
		if text != c.text || credit != c.credit {
			t.Errorf("Merge(%q, %q) = %q, %q; want %q, %q", c.caption, c.known, text, credit, c.text, c.credit)
		}
	}
}

// TestSplitLongInputLinear checks that a huge caption full of separators
// splits quickly: the search is bounded to the caption's ends.
func TestSplitLongInputLinear(t *testing.T) {
	long := strings.Repeat("a. b / c | d; ", 200_000) + "Photo: AP"
	start := time.Now()
	text, credit := Split(long)
	if credit != "AP" || !strings.HasSuffix(text, "| d") {
		t.Errorf("credit %q, text ends %q", credit, text[len(text)-10:])
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("Split took %v on %d bytes", d, len(long))
	}
	Split(strings.Repeat("Photo: J. ", 200_000))
	Clean(strings.Repeat("(", 100_000) + strings.Repeat(")", 100_000))
}

func TestSplitAgencyBracketWithoutSentenceEnd(t *testing.T) {
	tests := []struct{ in, text, credit string }{
		{"Dock workers march through the port on Monday [Ana Ruiz Soto/Reuters]", "Dock workers march through the port on Monday", "Ana Ruiz Soto/Reuters"},
		{"Crowds at the quay (Jane Doe via AP)", "Crowds at the quay", "Jane Doe via AP"},
		// no agency form and no finished sentence: an aside, not a credit
		{"The new mayor speaks to Anna Berg (Green Party)", "The new mayor speaks to Anna Berg (Green Party)", ""},
		{"Fans of both teams (Red Sox fans in front)", "Fans of both teams (Red Sox fans in front)", ""},
	}
	for _, tt := range tests {
		text, credit := Split(tt.in)
		if text != tt.text || credit != tt.credit {
			t.Errorf("Split(%q) = %q, %q; want %q, %q", tt.in, text, credit, tt.text, tt.credit)
		}
	}
}

func TestNameOnly(t *testing.T) {
	for in, want := range map[string]bool{
		"The Daily Ledger":             true,
		"Jane Doe/AFP":                 true,
		"Photo:":                       false,
		"Crowds gather at the square.": false,
		"the leaders met in the hall":  false,
		"A long line of words that runs on past any name": false,
	} {
		if got := NameOnly(in); got != want {
			t.Errorf("NameOnly(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestList(t *testing.T) {
	for in, want := range map[string]string{
		"DPA Images | Jane Doe":         "DPA Images, Jane Doe",
		"Jane Doe/AFP":                  "Jane Doe/AFP",
		"Jane Doe (Reuters) | Video: X": "Jane Doe (Reuters), Video: X",
	} {
		if got := List(in); got != want {
			t.Errorf("List(%q) = %q, want %q", in, got, want)
		}
	}
}
