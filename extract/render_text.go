package extract

import "strings"

// Text renders the body as plain text: one block a paragraph, blocks
// separated by a blank line, list items and table rows one a line, figures
// as their caption.
func (body Body) Text() string {
	var b strings.Builder
	for i := range body {
		writeTextBlock(&b, &body[i])
	}
	return strings.TrimRight(b.String(), "\n")
}

// writeTextBlock appends one block and the blank line that ends it.
func writeTextBlock(b *strings.Builder, blk *Block) {
	start := b.Len()
	switch blk.Kind {
	case List:
		writeTextItems(b, blk.Children, 0)
	case Quote:
		for i := range blk.Children {
			writeTextBlock(b, &blk.Children[i])
		}
		if blk.Cite != "" && !isBareURL(blk.Cite) {
			// A bare address (an embedded post's permalink) is not words a
			// reader sees; Markdown and HTML keep it as a link.
			b.WriteString("— " + blk.Cite + "\n")
		}
	case Table:
		for _, row := range blk.Rows {
			b.WriteString(strings.Join(row, "\t"))
			b.WriteByte('\n')
		}
	case Figure:
		// The caption says what the picture shows; the credit says who
		// took it, which is attribution, not story text (Markdown, HTML
		// and Image.Credit keep it). Measured, see README "Decisions".
		if blk.Image != nil {
			b.WriteString(blk.Image.Caption)
		}
	default:
		b.WriteString(blk.Text)
	}
	if b.Len() == start {
		return
	}
	s := b.String()
	if !strings.HasSuffix(s, "\n") {
		b.WriteByte('\n')
	}
	if !strings.HasSuffix(s, "\n\n") {
		b.WriteByte('\n')
	}
}

// writeTextItems writes list items one a line, nested lists indented.
func writeTextItems(b *strings.Builder, items []Block, depth int) {
	for i := range items {
		it := &items[i]
		b.WriteString(strings.Repeat("  ", depth))
		b.WriteString(it.Text)
		b.WriteByte('\n')
		for j := range it.Children {
			if it.Children[j].Kind == List {
				writeTextItems(b, it.Children[j].Children, depth+1)
			}
		}
	}
}

// figureLine is a figure's caption and credit as one line of text.
func figureLine(img *Image) string {
	switch {
	case img.Caption != "" && img.Credit != "":
		return img.Caption + " (" + img.Credit + ")"
	case img.Caption != "":
		return img.Caption
	default:
		return img.Credit
	}
}

// isBareURL reports a cite that is only a web address, with no name.
func isBareURL(s string) bool {
	l := strings.ToLower(s)
	return (strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")) && !strings.ContainsAny(s, " \t\n")
}
