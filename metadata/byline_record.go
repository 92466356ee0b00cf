package metadata

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// A review prints the reviewed work's details as a run of labelled lines
// ("Titel: …", "Autorin: …", "Verlag: …", "Seiten: …"): the author there
// wrote the book, not the post.
const (
	recordReach     = 3  // sibling lines looked at on each side of the author line
	minRecordFields = 2  // the work's other fields that make the run a record
	maxRecordLabel  = 30 // bytes of a field's label before its colon
	maxLabelWords   = 3  // words of a field's label ("Anzahl der Seiten"); more are a sentence
)

// recordLabels are words of a field label that describe a published work
// (book, album, film), never the article: a label holding one of them
// makes its line a field of the work's record. Words article meta uses
// too ("Datum", "Kategorie", "Published") are left out.
var recordLabels = []string{
	"titel", "title", "titre", "titolo", "título", "originaltitel", "untertitel", // the work's title
	"verlag", "publisher", "éditeur", "editorial", "editore", "uitgever", // its publisher
	"seiten", "seitenzahl", "pages", "pagine", "páginas", "umfang", // its length
	"isbn", "asin", "ean", // its numbers
	"preis", "price", "prix", "precio", "prezzo", // its price
	"übersetzer", "übersetzerin", "übersetzung", "translator", "traducteur", "traduction", // its translation
	"erscheinungsjahr", "erscheinungsdatum", "genre", "einband", "format", "reihe", "label", // its edition
	"regie", "director", "laufzeit", "spieldauer", "runtime", "fsk", // a film's
}

var recordLabelSet = newWordSet(recordLabels)

// inWorkRecord reports a byline group printed among the fields of a
// reviewed work's record: its line, or one of its candidates, has at
// least minRecordFields such fields among its nearby siblings.
func inWorkRecord(p *page.Page, g *bylineGroup) bool {
	if recordFieldsAround(p, g.root) >= minRecordFields {
		return true
	}
	for _, m := range g.members {
		if m != g.root && recordFieldsAround(p, m) >= minRecordFields {
			return true
		}
	}
	return false
}

// recordFieldsAround counts the work's record fields among the recordReach
// element siblings before and after n; a long sibling is text, no field.
func recordFieldsAround(p *page.Page, n *html.Node) int {
	count := 0
	for _, next := range []func(*html.Node) *html.Node{page.PrevElement, page.NextElement} {
		s := n
		for i := 0; i < recordReach; i++ {
			if s = next(s); s == nil {
				break
			}
			if p.Stats(s).Text <= maxBylineRunes && recordField(page.Text(s)) {
				count++
			}
		}
	}
	return count
}

// recordField reports a line that opens with a label of a work's field:
// "Dt. Titel: …", "Kindle Preis: …", "ISBN: …".
func recordField(text string) bool {
	i := strings.IndexAny(text, ":：")
	if i <= 0 || i > maxRecordLabel {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(text[:i]), func(r rune) bool { return r == ' ' || r == '.' || r == '/' || r == '-' })
	if len(words) > maxLabelWords {
		return false
	}
	for _, w := range words {
		if recordLabelSet[w] {
			return true
		}
	}
	return false
}
