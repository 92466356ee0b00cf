// Package srcset parses the srcset attribute of <img> and <source>, and
// their width and height attributes, for the body's figures (package
// extract) and the lead image (package metadata), which each choose among
// the candidates by their own rules.
package srcset

import (
	"strconv"
	"strings"
)

// Candidate is one entry of a srcset.
type Candidate struct {
	URL     string  // as written, not resolved
	Width   int     // the w descriptor, 0 when absent
	Density float64 // the x descriptor, 0 when absent
}

// Parse splits a srcset as HTML does: a URL runs to white space (commas
// inside it belong to it, "/w_400,h_300/a.jpg 400w"; trailing commas end
// its entry), and its descriptors run to the next comma, after which a URL
// may follow at once ("600w,https://…/b.jpg 1024w"). Empty URLs are
// skipped; what a URL means is the caller's to judge.
func Parse(s string) []Candidate {
	var out []Candidate
	for i := 0; i < len(s); {
		for i < len(s) && (isSpace(s[i]) || s[i] == ',') {
			i++
		}
		start := i
		for i < len(s) && !isSpace(s[i]) {
			i++
		}
		url, desc := s[start:i], ""
		if strings.HasSuffix(url, ",") {
			url = strings.TrimRight(url, ",")
		} else {
			start = i
			for i < len(s) && s[i] != ',' {
				i++
			}
			desc = s[start:i]
		}
		if url == "" {
			continue
		}
		c := Candidate{URL: url}
		for _, d := range strings.Fields(desc) {
			switch {
			case strings.HasSuffix(d, "w"):
				c.Width, _ = strconv.Atoi(d[:len(d)-1])
			case strings.HasSuffix(d, "x"):
				c.Density, _ = strconv.ParseFloat(d[:len(d)-1], 64)
			}
		}
		out = append(out, c)
	}
	return out
}

// isSpace reports HTML's ASCII white space.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// maxDimension bounds a width or height read from markup: larger values
// are typos or placeholders, not pictures.
const maxDimension = 100000

// Dimension reads a width or height attribute ("1200", "1200px"); 0 when
// it is missing, not a whole number, negative or out of bounds.
func Dimension(s string) int {
	s = strings.TrimSuffix(strings.TrimSpace(s), "px")
	v, err := strconv.Atoi(s)
	if err != nil || v <= 0 || v > maxDimension {
		return 0
	}
	return v
}
