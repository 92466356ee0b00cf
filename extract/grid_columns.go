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

// gridWidths reads the width classes of n: prefix to width.
func gridWidths(n *html.Node) map[string]int {
	var out map[string]int
	for _, name := range strings.Fields(page.Attr(n, "class")) {
		name = strings.ToLower(name)
		cut := strings.LastIndexAny(name, "-_")
		num := name[cut+1:]
		prefix := name[:max(cut, 0)]
		if cut < 0 { // "span8": digits run on from the prefix
			k := strings.IndexAny(name, "0123456789")
			if k <= 0 {
				continue
			}
			prefix, num = name[:k], name[k:]
		}
		w, err := strconv.Atoi(num)
		if _, ok := gridPrefixes[prefix]; !ok || err != nil || w < 1 || w > maxGridColumns {
			continue
		}
		if out == nil {
			out = map[string]int{}
		}
		out[prefix] = w
	}
	return out
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
