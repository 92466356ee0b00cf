package metadata

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// maxSiblingNames bounds the sibling byline elements joined into one line:
// a paper's author list is long, a list of teasers longer.
const maxSiblingNames = 40

// joinSiblingGroups joins groups whose lines are siblings set apart only
// by commas or joining words into the first of them: "<span
// class=author>Jane Roe</span>, <span class=author>John Doe</span>" in a
// parent too long to be one line (a paper's list of twenty authors).
func joinSiblingGroups(groups []*bylineGroup) []*bylineGroup {
	out := groups[:0]
	var last *bylineGroup
	for _, g := range groups {
		if last != nil && len(last.more) < maxSiblingNames && joinedSibling(lastRoot(last), g.root) {
			last.more = append(last.more, g.root)
			last.members = append(last.members, g.members...)
			last.kind = max(last.kind, g.kind)
			continue
		}
		out = append(out, g)
		last = g
	}
	return out
}

// lastRoot returns the last line element of g.
func lastRoot(g *bylineGroup) *html.Node {
	if len(g.more) > 0 {
		return g.more[len(g.more)-1]
	}
	return g.root
}

// joinedSibling reports whether b follows a under the same parent with
// only commas, semicolons, joining words and blank elements between them.
func joinedSibling(a, b *html.Node) bool {
	if a.Parent == nil || a.Parent != b.Parent || a.DataAtom != b.DataAtom {
		return false
	}
	var between strings.Builder
	for c := a.NextSibling; c != b; c = c.NextSibling {
		if c == nil {
			return false
		}
		switch c.Type {
		case html.TextNode:
			between.WriteString(c.Data)
		case html.ElementNode:
			if strings.TrimSpace(page.Text(c)) != "" {
				return false
			}
		}
	}
	t := strings.TrimSpace(between.String())
	return t != "" && joinsNames(t)
}

// groupText returns the text of g's line with segment breaks (see
// bylineText), its sibling lines joined by what separates them.
func groupText(g *bylineGroup) string {
	text := bylineText(g.root)
	prev := g.root
	for _, r := range g.more {
		var between strings.Builder
		for c := prev.NextSibling; c != r; c = c.NextSibling {
			if c.Type == html.TextNode {
				between.WriteString(c.Data)
			}
		}
		text += "\x00" + strings.TrimSpace(between.String()) + "\x00" + bylineText(r)
		prev = r
	}
	return text
}

// nodes returns the elements the byline is printed in.
func (v *visibleByline) nodes() []*html.Node {
	return append([]*html.Node{v.node}, v.more...)
}

// joinNameParts joins a given name and a surname printed in elements of
// their own with only a space between them ("<span>Jane</span>
// <span>Roe</span>"), which bylineText would split into two segments. The
// first part must be one word or end in an initial ("Jane", "Jane A."):
// two full names side by side ("<a>Jane Roe</a> <a>John Doe</a>") stay
// apart.
func joinNameParts(text string) string {
	if !strings.Contains(text, "\x00 \x00") {
		return text
	}
	segs := strings.Split(text, "\x00")
	out := segs[:0:0]
	for i := 0; i < len(segs); i++ {
		if i+2 < len(segs) && strings.TrimSpace(segs[i+1]) == "" && segs[i+1] != "" &&
			givenNamePart(segs[i]) && surnamePart(segs[i+2], endsInInitial(segs[i])) {
			segs[i+2] = strings.TrimSpace(segs[i]) + " " + strings.TrimSpace(segs[i+2])
			continue
		}
		out = append(out, segs[i])
	}
	return strings.Join(out, "\x00")
}

// givenNamePart reports a segment that may be the given name of a name
// split across elements: one capitalised word, or words ending in an
// initial ("Bradon R."), and not a byline word or an agency.
func givenNamePart(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 || !capitalised(words[0]) {
		return false
	}
	low := strings.ToLower(strings.TrimSpace(s))
	if agencySet[low] || prefixStartSet[leadToken(low)] || joinerSet[low] || roleSet[low] {
		return false
	}
	return len(words) == 1 || endsInInitial(s)
}

// endsInInitial reports text whose last word is an initial: "Daniel D.".
func endsInInitial(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	return utf8.RuneCountInString(last) == 2 && strings.HasSuffix(last, ".")
}

// surnamePart reports a segment that may be the surname of a split name:
// up to three words, capitalised or led by a particle ("de la Maza"). One
// led by a byline word ("Von Jane Roe") follows a kicker, unless the given
// name ends in an initial: "Daniel D." + "Von Hoff".
func surnamePart(s string, afterInitial bool) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	low := strings.ToLower(strings.TrimSpace(s))
	if stopSet[low] || roleSet[low] || notNameSet[low] || agencySet[low] || (leadingPrefix(s) && !afterInitial) {
		return false // "<span>Meinung</span> <span>Von Jane Roe</span>"
	}
	return capitalised(words[0]) || particleSet[words[0]]
}

// capitalised reports a word that begins with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
