package extract

import (
	"strings"
	"unicode/utf8"
)

// A video or audio card in the story shows, under its picture, a line of
// facts about the clip: how long it runs and until when it can be played
// ("02:57 Min. Verfügbar bis 12.05.2027", "Video 3:12 min", "Audio
// 04:10"). The line tells nothing of the story; the clip is not in the
// body either.

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
// time told as one (by a media word, a unit or an availability date), an
// availability date under a media word, or an availability date alone.
// A bare "14:05" is left alone: live blogs stamp their posts so.
func isMediaLine(low string) bool {
	f := strings.Fields(low)
	media, dur, unit := false, false, false
	if len(f) > 0 {
		if _, ok := mediaWords[strings.TrimRight(f[0], ":|·")]; ok {
			media, f = true, f[1:]
		}
	}
	if len(f) > 0 && isDuration(f[0]) {
		dur, f = true, f[1:]
		if len(f) > 0 {
			if _, ok := durationUnits[strings.TrimRight(f[0], ".")]; ok {
				unit, f = true, f[1:]
			}
		}
	}
	if len(f) > 0 && (f[0] == "|" || f[0] == "·" || f[0] == "-" || f[0] == "–") {
		f = f[1:]
	}
	if len(f) == 0 {
		return dur && (media || unit)
	}
	return isAvailability(strings.Join(f, " "))
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
