package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// list builds a List block from <ul> or <ol>. It reports false when no
// item has content.
func (b *builder) list(n *html.Node) (Block, bool) {
	blk := Block{Kind: List, Ordered: n.DataAtom == atom.Ol}
	b.items(n, &blk.Children)
	return blk, len(blk.Children) > 0
}

// items appends the items below n. Items are normally n's children; stray
// wrappers between the list and its items (<ul><div><li>) are looked
// through.
func (b *builder) items(n *html.Node, out *[]Block) {
	if b.depth >= maxBuildDepth {
		return
	}
	b.depth++
	defer func() { b.depth-- }()
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || b.skip(c) || b.hidden(c) {
			continue
		}
		switch c.DataAtom {
		case atom.Li:
			if it, ok := b.item(c); ok {
				*out = append(*out, it)
			}
		case atom.Ul, atom.Ol:
			// A list directly inside a list: nest it under the last item.
			if list, ok := b.list(c); ok {
				if len(*out) == 0 {
					*out = append(*out, Block{Kind: Item})
				}
				last := &(*out)[len(*out)-1]
				last.Children = append(last.Children, list)
			}
		default:
			b.items(c, out)
		}
	}
}

// item builds one Item: its text, with block edges as line breaks, and its
// nested lists as Children.
func (b *builder) item(li *html.Node) (Block, bool) {
	savedKids := b.itemKids
	b.itemKids = nil
	spans := b.inline(li, modeItem, format{})
	kids := b.itemKids
	b.itemKids = savedKids
	it := NewTextBlock(Item, spans)
	if !hasWordRune(it.Text) {
		it = Block{Kind: Item}
	}
	it.Children = kids
	return it, it.Text != "" || len(kids) > 0
}

// isGallery reports a list of pictures: every item holds an image and no
// more text than a caption. Its items are read as figures, not as text.
func (b *builder) isGallery(n *html.Node) bool {
	if b.opts.OmitImages {
		return false
	}
	items := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || b.skip(c) || b.hidden(c) {
			continue
		}
		if c.DataAtom != atom.Li || int(b.p.Stats(c).Text) > maxCaptionText || findImage(c, 0) == nil {
			return false
		}
		items++
	}
	return items > 0
}
