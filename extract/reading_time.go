package extract

import (
	"strings"
)

// Story headers show how long the story takes to read or to listen to:
// "4 min read", "Lesezeit: 3 Min.", "3 Min Lesezeit". A block that says
// only that is furniture wherever it stands. Only a labelled time counts:
// "25 Min." alone is a recipe's or a route's time.

// readingLabels open or close a reading-time line, lower case.
var readingLabels = map[string]string{
	"read":              "English: '4 min read'",
	"reading time":      "English",
	"listen":            "English: the listen button's label",
	"lesezeit":          "German",
	"lesedauer":         "German",
	"temps de lecture":  "French",
	"de lecture":        "French: '3 min de lecture'",
	"tiempo de lectura": "Spanish",
	"de lectura":        "Spanish: '3 min de lectura'",
	"tempo di lettura":  "Italian",
	"di lettura":        "Italian: '3 min di lettura'",
	"leestijd":          "Dutch",
	"lästid":            "Swedish",
}

// isReadingTime reports a reading or listening time, given lower-cased:
// a number with a minute unit and a reading label before or after it.
func isReadingTime(low string) bool {
	s := strings.Trim(strings.TrimSpace(low), ":.·|-–")
	labelled := false
	for label := range readingLabels {
		if t, ok := strings.CutPrefix(s, label); ok && wordEnds(s, len(label)) {
			s, labelled = strings.TrimLeft(t, " :·|-–"), true
		}
		if t, ok := strings.CutSuffix(s, label); ok {
			s, labelled = strings.TrimRight(t, " ·|-–."), true
		}
	}
	if !labelled {
		return false
	}
	f := strings.Fields(s)
	switch len(f) {
	case 1: // "2min"
		k := strings.IndexFunc(f[0], func(r rune) bool { return r < '0' || r > '9' })
		return k > 0 && minuteUnit(f[0][k:])
	case 2:
		return allDigits(f[0]) && minuteUnit(f[1])
	}
	return false
}

// minuteUnit reports a unit of minutes, with or without its full stop.
func minuteUnit(s string) bool {
	_, ok := durationUnits[strings.TrimRight(s, ".")]
	return ok
}
