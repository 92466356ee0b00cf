package page

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Decode converts a page's bytes to UTF-8. The encoding is taken, in order,
// from a byte-order mark, the HTTP Content-Type header, a <meta> declaration
// in the first 1024 bytes, and otherwise from the bytes themselves. It
// returns the decoded bytes and the encoding's name.
func Decode(data []byte, contentType string) ([]byte, string) {
	enc, name, certain := charset.DetermineEncoding(data, contentType)
	if !certain && name != "utf-8" {
		// DetermineEncoding falls back to windows-1252 when nothing is
		// declared; look at the bytes before trusting that guess.
		enc, name = sniff(data)
	}
	if enc == nil || enc == encoding.Nop || name == "utf-8" {
		return validUTF8(trimUTF8BOM(data)), "utf-8"
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return validUTF8(data), "utf-8"
	}
	return out, name
}

// validUTF8 replaces invalid sequences with U+FFFD. Most pages are already
// valid, and those are returned as they are rather than copied: nothing
// downstream writes to the bytes.
func validUTF8(data []byte) []byte {
	if utf8.Valid(data) {
		return data
	}
	return bytes.ToValidUTF8(data, []byte("\uFFFD"))
}

func trimUTF8BOM(data []byte) []byte {
	return bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
}

// minCyrillicRun is how many high bytes in a row make a word: Latin-1 text
// has accented letters one at a time between ASCII ones, Cyrillic single-byte
// text has whole words of them.
const minCyrillicRun = 3

// sniff guesses the encoding of undeclared bytes: UTF-8 when they are valid,
// windows-1251 or KOI8-R when runs of high bytes look like Cyrillic words,
// windows-1252 otherwise (the web's default for undeclared pages).
func sniff(data []byte) (encoding.Encoding, string) {
	if utf8.Valid(data) {
		return unicode.UTF8, "utf-8"
	}
	runs, lowerCP1251, lowerKOI8 := 0, 0, 0
	run := 0
	for _, c := range data {
		if c < 0x80 {
			if run >= minCyrillicRun {
				runs++
			}
			run = 0
			continue
		}
		run++
		// In windows-1251 lower-case letters are 0xE0–0xFF; in KOI8-R
		// they are 0xC0–0xDF. Running text is mostly lower case.
		switch {
		case c >= 0xE0:
			lowerCP1251++
		case c >= 0xC0:
			lowerKOI8++
		}
	}
	if runs == 0 {
		return charmap.Windows1252, "windows-1252"
	}
	if lowerKOI8 > lowerCP1251 {
		return charmap.KOI8R, "koi8-r"
	}
	return charmap.Windows1251, "windows-1251"
}
