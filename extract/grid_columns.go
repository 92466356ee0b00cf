package extract

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// CSS grid frameworks lay a page out in columns named by their width:
// "col-md-8" beside "col-md-4" (Bootstrap), "large-8 columns" beside
// "large-4 columns" (Foundation), "grid_8" beside "grid_4" (960 Grid),
// "span8" beside "span4" (Bootstrap 2). The story takes the wide column;
// a narrower column beside it is the sidebar, however much text its
// contact cards, subscription offers or widgets hold. Inside the chosen
// container such a column is left out when its wider sibling holds the
// story's first paragraph.

// gridPrefixes are the width class prefixes of common grid frameworks,
// mapped to the breakpoint's rank: the widest breakpoint both columns
// name decides, as it is the desktop layout.
var gridPrefixes = map[string]int{
	"col":     0, // Bootstrap 3+, no breakpoint
	"col-xs":  1, // Bootstrap 3, phones
	"col-sm":  2, // Bootstrap, small screens
	"small":   2, // Foundation, small screens
	"col-md":  3, // Bootstrap, medium screens
	"medium":  3, // Foundation, medium screens
	"col-lg":  4, // Bootstrap, large screens
	"large":   4, // Foundation, large screens
	"col-xl":  5, // Bootstrap 4+, extra large screens
	"xlarge":  5, // Foundation 5, extra large screens
	"grid":    4, // 960 Grid System, one layout
	"span":    4, // Bootstrap 2, one layout
	"col-xxl": 6, // Bootstrap 5, widest screens
}

// maxGridColumns is the widest grid a width class may count in: 12 for
// Bootstrap and Foundation, 16 or 24 for 960 Grid variants.
const maxGridColumns = 24

// gridWidths reads the width classes of n: prefix to width; nil when it
// has none. It scans the class value in place: it runs on every element.
func gridWidths(n *html.Node) map[string]int {
	var out map[string]int
	v := page.Attr(n, "class")
	for v != "" {
		name := v
		if i := strings.IndexAny(v, " \t\n\r\f"); i >= 0 {
			name, v = v[:i], v[i+1:]
		} else {
			v = ""
		}
		prefix, w, ok := gridWidth(strings.ToLower(name))
		if !ok {
			continue
		}
		if out == nil {
			out = map[string]int{}
		}
		out[prefix] = w
	}
	return out
}

// gridWidth reads one lower-case class name as a grid width class.
func gridWidth(name string) (prefix string, w int, ok bool) {
	k := strings.IndexAny(name, "0123456789")
	if k <= 0 {
		return "", 0, false
	}
	prefix = strings.TrimRight(name[:k], "-_")
	w, err := strconv.Atoi(name[k:])
	if _, known := gridPrefixes[prefix]; !known || err != nil || w < 1 || w > maxGridColumns {
		return "", 0, false
	}
	return prefix, w, true
}

// narrowerColumn reports whether side is a grid column narrower than the
// story's column at the widest breakpoint both name.
func narrowerColumn(side, story *html.Node) bool {
	sw, tw := gridWidths(side), gridWidths(story)
	rank, s, t := -1, 0, 0
	for prefix, w := range sw {
		if v, ok := tw[prefix]; ok && gridPrefixes[prefix] > rank {
			rank, s, t = gridPrefixes[prefix], w, v
		}
	}
	return rank >= 0 && s < t
}

// besideStoryColumn reports a grid column n next to a wider column that
// holds the story's first paragraph.
func (a *analysis) besideStoryColumn(n *html.Node, sel selection) bool {
	if sel.first < 0 || n.Parent == nil || gridWidths(n) == nil {
		return false
	}
	// The sibling holding the first paragraph: its ancestor under n's parent.
	c := a.p.Elements[sel.first]
	for c != nil && c.Parent != n.Parent {
		c = c.Parent
	}
	return c != nil && c != n && narrowerColumn(n, c)
}
