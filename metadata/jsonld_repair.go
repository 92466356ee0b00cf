package metadata

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
)

// maxLDBytes bounds one JSON-LD block; real ones stay under a few hundred
// kilobytes, and larger ones are usually embedded app state, not metadata.
const maxLDBytes = 2 << 20

// decodeLD parses the text of one JSON-LD script into its values. It
// tolerates what CMSs emit: HTML comment and CDATA wrappers, trailing
// commas, raw control characters inside strings, and several values in a
// row. Blocks it cannot read yield nothing.
func decodeLD(text string) []any {
	if len(text) > maxLDBytes {
		return nil
	}
	text = unwrapLD(text)
	if text == "" {
		return nil
	}
	if vals, ok := decodeAll([]byte(text)); ok {
		return vals
	}
	vals, _ := decodeAll(repairJSON(text))
	return vals
}

// unwrapLD strips the wrappers pages put around script contents to hide them
// from old browsers.
func unwrapLD(s string) string {
	s = strings.TrimSpace(s)
	for _, pre := range []string{"<!--", "//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["} {
		s = strings.TrimSpace(strings.TrimPrefix(s, pre))
	}
	for _, suf := range []string{"-->", "//]]>", "/*]]>*/", "]]>"} {
		s = strings.TrimSpace(strings.TrimSuffix(s, suf))
	}
	return strings.TrimSuffix(s, ";")
}

// decodeAll reads consecutive JSON values; ok is false when any fails.
func decodeAll(b []byte) ([]any, bool) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var out []any
	for {
		var v any
		err := dec.Decode(&v)
		if err != nil {
			if err == io.EOF {
				return out, len(out) > 0
			}
			return out, false
		}
		out = append(out, v)
		if len(out) > 64 {
			return out, true
		}
	}
}

// repairJSON fixes what hand-built JSON-LD gets wrong, in one pass: raw
// control characters inside strings become spaces, commas before a closing
// bracket are dropped, and invalid backslash escapes are kept literally.
func repairJSON(s string) []byte {
	out := make([]byte, 0, len(s))
	inStr := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if inStr {
			switch {
			case c == '\\' && i+1 < len(s):
				if strings.IndexByte(`"\/bfnrtu`, s[i+1]) >= 0 {
					out = append(out, c, s[i+1])
				} else {
					out = append(out, '\\', '\\')
					continue
				}
				i++
			case c == '"':
				inStr = false
				out = append(out, c)
			case c < 0x20:
				out = append(out, ' ')
			default:
				out = append(out, c)
			}
			continue
		}
		switch c {
		case '"':
			inStr = true
		case '}', ']':
			out = trimTrailingComma(out)
		}
		out = append(out, c)
	}
	return out
}

// trimTrailingComma removes a comma (and the space after it) at the end of b.
func trimTrailingComma(b []byte) []byte {
	j := len(b)
	for j > 0 && (b[j-1] == ' ' || b[j-1] == '\n' || b[j-1] == '\r' || b[j-1] == '\t') {
		j--
	}
	if j > 0 && b[j-1] == ',' {
		return b[:j-1]
	}
	return b
}
