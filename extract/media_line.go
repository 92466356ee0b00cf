package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// A video or audio card in the story shows, under its picture, a line of
// facts about the clip: how long it runs and until when it can be played
// ("02:57 Min. Verfügbar bis 12.05.2027", "Video 3:12 min", "Audio
// 04:10"). The line tells nothing of the story; the clip is not in the
// body either.

// clipCaption reports the caption block under a clip in the story: its
// first part with text is the clip's fact line, the rest a short title and
// a section link, and no paragraph. The title names the clip, not a part
// of the story; the clip itself is not in the body.
func clipCaption(p *page.Page, n *html.Node, st page.Stats) bool {
	if st.Paras > 0 || int(st.Text) > maxPhraseRunes {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false // the block opens with its own text
		}
		if c.Type != html.ElementNode {
			continue
		}
		if cs := p.Stats(c); cs.Text > 0 {
			if cs.Text > maxFactLineRunes || cs.Text == st.Text {
				return false
			}
			return isMediaLine(strings.ToLower(strings.TrimSpace(page.Text(c))))
		}
	}
	return false
}

// maxFactLineRunes is the longest first part taken for a clip's fact line
// ("Video 12:04 min · available until 31 December 2027"): longer, it is
// the title or text, and its text is not built.
const maxFactLineRunes = 60

// mediaWords open a clip's fact line ("Video 3:12 min").
var mediaWords = map[string]string{
	"video":   "English, German",
	"audio":   "English, German, Spanish, Italian",
	"podcast": "English, German, French, Spanish",
	"vidéo":   "French",
	"vídeo":   "Spanish, Portuguese",
	"áudio":   "Portuguese",
	"видео":   "Russian",
	"аудио":   "Russian",
}

// durationUnits follow a clip's running time ("3:12 min").
var durationUnits = map[string]string{
	"min":     "English, German, French, Spanish, Italian",
	"mins":    "English",
	"minutes": "English, French",
	"minuten": "German",
	"minutos": "Spanish, Portuguese",
	"minuti":  "Italian",
	"мин":     "Russian",
}

// availabilityPrefixes open the line saying until when a clip can be
// played; a date follows.
var availabilityPrefixes = []string{
	"verfügbar bis",       // German
	"available until",     // English
	"available till",      // English
	"disponible jusqu'au", // French
	"disponible jusqu’au", // French, typographic apostrophe
	"disponible hasta",    // Spanish
	"disponível até",      // Portuguese
	"disponibile fino al", // Italian
}

// maxAvailabilityDate is the longest date after an availability phrase
// ("12.05.2027", "31 December 2027, 23:59").
const maxAvailabilityDate = 32

// isMediaLine reports a clip's fact line, given lower-cased: a running
// time told as one (by a media word, a unit, an air date or an
// availability date), or an availability date alone or under a media word.
// A bare "14:05" is left alone: live blogs stamp their posts so.
func isMediaLine(low string) bool {
	f := unglueMediaFields(strings.Fields(low))
	media, clock, unit := false, false, false
	if len(f) > 0 {
		if _, ok := mediaWords[strings.TrimRight(f[0], ":|·")]; ok {
			media, f = true, f[1:]
		}
	}
	if len(f) > 0 && (isDuration(f[0]) || allDigits(f[0])) {
		clock, f = isDuration(f[0]), f[1:]
		if clock && len(f) > 0 && isDuration(f[0]) {
			f = f[1:] // the running time again, in a second format
		}
		if len(f) > 0 {
			if _, ok := durationUnits[strings.TrimRight(f[0], ".")]; ok {
				unit, f = true, f[1:]
			}
		}
		if !clock && !unit {
			return false // "2 cups": a number, not a running time
		}
	}
	if len(f) > 0 && (f[0] == "|" || f[0] == "·" || f[0] == "-" || f[0] == "–") {
		f = f[1:]
	}
	dur := clock || unit
	switch {
	case clock && len(f) == 2 && f[0] == "/" && isDuration(f[1]):
		return true // a player's position and length: "00:00 / 03:15"
	case len(f) == 0:
		// "15 Min" alone is as often a recipe's cooking time.
		return media && dur || clock && unit
	case len(f) == 1 && dur && isNumericDate(f[0]):
		return true // "2 min 04.04.2020": the running time and the air date
	}
	return isAvailability(strings.Join(f, " "))
}

// isNumericDate reports a date written in digits: "04.04.2020",
// "2020-04-04", "4/4/2020".
func isNumericDate(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == '-' || r == '/' })
	if len(parts) != 3 {
		return false
	}
	for _, p := range parts {
		if !allDigits(p) {
			return false
		}
	}
	return true
}

// isAvailability reports "verfügbar bis 12.05.2027": a phrase from
// availabilityPrefixes and a short date with a digit.
func isAvailability(s string) bool {
	for _, p := range availabilityPrefixes {
		if !strings.HasPrefix(s, p) {
			continue
		}
		date := strings.TrimSpace(s[len(p):])
		return date != "" && utf8.RuneCountInString(date) <= maxAvailabilityDate &&
			strings.ContainsAny(date, "0123456789")
	}
	return false
}

// isDuration reports a clock-style running time: "3:12", "02:57",
// "1:02:33".
func isDuration(s string) bool {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 || len(parts[0]) == 0 || len(parts[0]) > 2 || !allDigits(parts[0]) {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 2 || !allDigits(p) || p[0] > '5' {
			return false
		}
	}
	return true
}

// unglueMediaFields splits a card's fact line where the template set its
// parts in adjacent inline elements with no space between them: a media
// word glued to the running time ("video3:45"), and the running time glued
// to itself in a second format ("3:4503:45", one for narrow screens, one
// for wide).
func unglueMediaFields(f []string) []string {
	if len(f) == 0 {
		return f
	}
	var out []string
	rest, glued := f, false
	if i := strings.IndexAny(f[0], "0123456789"); i > 0 && mediaWords[f[0][:i]] != "" {
		out, rest, glued = []string{f[0][:i]}, append([]string{f[0][i:]}, f[1:]...), true
	} else if mediaWords[strings.TrimRight(f[0], ":|·")] != "" {
		out, rest = f[:1:1], f[1:]
	}
	if len(rest) > 0 {
		if i := gluedDurations(rest[0]); i > 0 {
			out, rest, glued = append(out, rest[0][:i], rest[0][i:]), rest[1:], true
		}
	}
	if !glued {
		return f
	}
	return append(out, rest...)
}

// gluedDurations returns where a field made of two running times glued
// together splits ("3:4503:45" at 4), or 0.
func gluedDurations(s string) int {
	if strings.Count(s, ":") < 2 || strings.Trim(s, "0123456789:") != "" {
		return 0 // not two clock times: most fields are words
	}
	for i := 1; i < len(s); i++ {
		if isDuration(s[:i]) && isDuration(s[i:]) {
			return i
		}
	}
	return 0
}
