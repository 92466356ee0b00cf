package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// format is the inline markup in force at a point of the walk.
type format struct {
	url    string
	strong bool
	em     bool
	code   bool
}

// inlineBuf collects the spans of one block, folding white space the way a
// browser shows it: runs become one space, none at the block's edges or
// around line breaks, and one between words whatever tags separate them.
type inlineBuf struct {
	spans []Span
	cur   format          // format of the span being written
	text  strings.Builder // text of the span being written

	empty     bool   // nothing visible written in the whole block yet
	lineStart bool   // nothing visible written since the block or last break
	pending   bool   // white space seen after visible text, not yet written
	pendFmt   format // the format the pending space was seen in
	last      rune   // the last visible rune written
	edge      bool   // an element started or ended since the last visible rune
}

func newInlineBuf() inlineBuf { return inlineBuf{empty: true, lineStart: true} }

// isInvisibleRune reports characters that take no room on screen: they
// neither show nor separate words. Soft hyphens stay: they are part of the
// words as written, and copying text from a browser keeps them too.
func isInvisibleRune(r rune) bool {
	switch r {
	case '\u200b', '\u2060', '\ufeff':
		return true
	}
	return false
}

// write appends text in format f. Runs of ASCII letters are copied whole;
// the rest goes rune by rune.
func (ib *inlineBuf) write(s string, f format) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && !asciiSpace(c) {
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf && !asciiSpace(s[j]) {
				j++
			}
			ib.visible(f, rune(c))
			ib.text.WriteString(s[i:j])
			ib.last = rune(s[j-1])
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case isInvisibleRune(r):
		case unicode.IsSpace(r):
			if !ib.lineStart && !ib.pending {
				ib.pending, ib.pendFmt = true, f
			}
		default:
			ib.visible(f, r)
			ib.text.WriteRune(r)
			ib.last = r
		}
	}
}

// visible prepares for visible rune r in format f: writes the pending
// space and switches the span's format. A sentence that ends at an element
// edge and a capital that starts the next element ("GIVENCHY.</span><span>
// Foto") get a space: such elements are laid out apart by style sheets.
func (ib *inlineBuf) visible(f format, r rune) {
	if ib.edge && !ib.pending && !ib.lineStart && strings.ContainsRune(".!?:;", ib.last) && unicode.IsUpper(r) {
		ib.pending, ib.pendFmt = true, format{}
	}
	ib.edge = false
	if ib.pending {
		ib.setFormat(ib.pendFmt)
		ib.text.WriteByte(' ')
		ib.pending = false
	}
	ib.setFormat(f)
	ib.empty, ib.lineStart = false, false
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// space records a word boundary that markup implies (a block edge inside
// a heading or cell), as if white space had been written.
func (ib *inlineBuf) space() {
	if !ib.lineStart && !ib.pending {
		ib.pending, ib.pendFmt = true, format{}
	}
}

// setFormat closes the current span when f differs from its format.
func (ib *inlineBuf) setFormat(f format) {
	if f != ib.cur {
		ib.closeSpan()
		ib.cur = f
	}
}

func (ib *inlineBuf) closeSpan() {
	if ib.text.Len() == 0 {
		return
	}
	f := ib.cur
	ib.spans = append(ib.spans, Span{Text: ib.text.String(), URL: f.url, Strong: f.strong, Em: f.em, Code: f.code})
	ib.text.Reset()
}

// lineBreak appends a line break unless the line is still empty, so that
// breaks never open a block or repeat.
func (ib *inlineBuf) lineBreak() {
	if ib.lineStart {
		return
	}
	ib.closeSpan()
	ib.spans = append(ib.spans, Span{Text: "\n", Break: true})
	ib.lineStart, ib.pending = true, false
}

// atBreak reports whether the last thing written is a line break.
func (ib *inlineBuf) atBreak() bool { return ib.lineStart && !ib.empty }

// take returns the block's spans without trailing breaks and resets the
// buffer for the next block.
func (ib *inlineBuf) take() []Span {
	ib.closeSpan()
	spans := ib.spans
	for len(spans) > 0 && spans[len(spans)-1].Break {
		spans = spans[:len(spans)-1]
	}
	*ib = newInlineBuf()
	if len(spans) == 0 {
		return nil
	}
	return spans
}

// maxIconRunes is the longest run of symbols alone that reads as an icon
// ("💡" on a callout card, "✉", "▶"); a longer one ("★★★★☆") is a
// rating the page states.
const maxIconRunes = 3

// isIcon reports whether s is a short run of symbols with no letter or
// digit: an icon set beside a box's text, not a paragraph of the story.
func isIcon(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > maxIconRunes {
		return false
	}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// maxBareCountRunes is the longest number standing alone that reads as a
// widget's count ("312", "1.2K"): claps, responses, shares, views.
const maxBareCountRunes = 6

// isBareCount reports whether s is a short number and nothing else: a
// count a reaction or comment button shows, never a paragraph of a story.
func isBareCount(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > maxBareCountRunes || !unicode.IsDigit(rune(s[0])) {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) && !strings.ContainsRune(".,KkM", r) {
			return false
		}
	}
	return true
}

// hasWordRune reports whether s holds a letter, digit or symbol: blocks
// without one ("—", "•", "|") are separators, not content.
func hasWordRune(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.So, unicode.Sc) {
			return true
		}
	}
	return false
}
