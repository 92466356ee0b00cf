package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// selection is the chosen story: the element handed to the builder and
// the children below it that stay out (siblings that are not story text).
type selection struct {
	root  int
	best  int
	out   map[*html.Node]bool
	first int // position of the first story paragraph, -1 when none
	head  int // position of the headline above the story's text, -1 when none
}

// widen starts from the best container and climbs up to maxLevels
// parents, joining siblings that read like story text: the first paragraph
// that sits outside the scored container, closing paragraphs after an
// inline ad or figure. Peers lose these. A container of stacked stories
// narrows to the one the page is about first.
func (a *analysis) widen(best int) selection {
	levels := 2
	switch a.opts.Favor {
	case Precision:
		levels = 1
	case Recall:
		levels = 3
	}
	// One of several stacked stories is whole in its <article>; its
	// neighbours are the other stories.
	if s := a.firstOfStacked(best); s != best {
		best, levels = s, 0
	}
	sel := selection{root: best, best: best, out: map[*html.Node]bool{}, first: -1, head: -1}
	x := best
	for l := 0; l < levels; l++ {
		par := int(a.parent[x])
		if par < 0 || a.clutter[par] {
			break
		}
		pn := a.p.Elements[par]
		if pn.DataAtom == atom.Body || pn.DataAtom == atom.Html {
			break
		}
		if a.joinSiblings(pn, a.p.Elements[x], sel.out) {
			sel.root = par
		}
		x = par
	}
	sel.first = a.firstStory(sel.root)
	sel.head = a.headlineAbove(sel.root)
	return sel
}

// joinSiblings decides for every element child of parent other than
// chosen whether it joins the story; those that do not are added to out.
// Headings, figures, lists and quotes between joined blocks join with them.
// It reports whether any sibling joined.
func (a *analysis) joinSiblings(parent, chosen *html.Node, out map[*html.Node]bool) bool {
	var kids []*html.Node
	var joined []bool
	lo, hi := -1, -1
	for c := parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		j := c == chosen || a.joins(a.p.Order(c)) || a.ingredients(c)
		if j {
			if lo < 0 {
				lo = len(kids)
			}
			hi = len(kids)
		}
		kids = append(kids, c)
		joined = append(joined, j)
	}
	for k := lo - 1; k >= 0 && a.leadIn(kids[k]); k-- {
		joined[k] = true
	}
	for k := hi + 1; lo >= 0 && k < len(kids) && a.citedLink(kids[k]); k++ {
		joined[k] = true
	}
	any := false
	for k, c := range kids {
		if c == chosen {
			continue
		}
		if !joined[k] && k > lo && k < hi && a.inBetween(a.p.Order(c)) {
			joined[k] = true
		}
		if joined[k] {
			any = true
		} else {
			out[c] = true
		}
	}
	return any
}

// minLeadRunes is the story text a paragraph right before the story
// needs to join it: a sentence, not a date or a credit line.
const minLeadRunes = 40

// leadIn reports a paragraph of story text too short to join on its own
// that stands right before the story's first joined block: the opening
// sentences, which templates often set apart from the long paragraphs
// ("Most readers never notice…" before the body proper).
func (a *analysis) leadIn(n *html.Node) bool {
	i := a.p.Order(n)
	return i >= 0 && n.DataAtom == atom.P && a.story[i] && !a.clutter[i] && a.good[i] >= minLeadRunes
}

// joins reports whether a sibling of the story container reads like story
// text: enough of it, little furniture.
func (a *analysis) joins(i int) bool {
	if i < 0 || a.clutter[i] || a.p.Stats(a.p.Elements[i]).Hidden {
		return false
	}
	g := a.good[i]
	return g >= a.tune.minSiblingText && float64(a.bad[i]) <= a.tune.siblingBad*float64(g)
}

// ingredients reports a recipe's ingredients box beside its steps.
func (a *analysis) ingredients(n *html.Node) bool {
	i := a.p.Order(n)
	return i >= 0 && !a.clutter[i] && !a.p.Stats(n).Hidden && ingredientBox(n)
}

// inBetween reports siblings without story text of their own that belong
// with the story when they sit between two parts of it.
func (a *analysis) inBetween(i int) bool {
	n := a.p.Elements[i]
	if a.clutter[i] || a.p.Stats(n).Hidden {
		return false
	}
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Figure, atom.Picture, atom.Img,
		atom.Blockquote, atom.Ul, atom.Ol, atom.Table, atom.Pre, atom.P:
		return a.bad[i] <= a.good[i]+1
	}
	return false
}

// firstStory returns the first element below root whose own text counts
// as story, or -1.
func (a *analysis) firstStory(root int) int {
	end := root + int(a.size[root])
	for i := root; i < end; i++ {
		if a.story[i] {
			return i
		}
	}
	return -1
}
