package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// maxLayoutCellText is the text, in runes, of a cell holding paragraphs
// above which the table lays out content rather than holding data.
const maxLayoutCellText = 300

// row is one table row as found, before it becomes strings.
type row struct {
	cells  []*html.Node
	header bool // in <thead>, or all cells <th>
}

// table emits a data table, or walks a layout table as flow.
func (b *builder) table(n *html.Node) {
	rows, caption := b.tableRows(n)
	if b.isLayout(n, rows) {
		b.generic(n, format{})
		return
	}
	b.flush()
	if b.opts.OmitTables {
		return
	}
	blk := Block{Kind: Table}
	leading := true
	for _, r := range rows {
		cells := make([]string, len(r.cells))
		filled, bold := false, true
		for i, c := range r.cells {
			spans := b.inline(c, modeText, format{})
			cells[i] = strings.ReplaceAll(spansText(spans), "\n", " ")
			filled = filled || cells[i] != ""
			bold = bold && allStrong(spans)
		}
		if !filled {
			continue
		}
		// A first row set all in bold is the header of a table whose
		// author had no <th> at hand (most CMS table editors).
		if leading && (r.header || len(blk.Rows) == 0 && bold && len(rows) > 1) {
			blk.HeaderRows++
		} else {
			leading = false
		}
		blk.Rows = append(blk.Rows, cells)
	}
	if len(blk.Rows) == 0 {
		return
	}
	if caption != nil {
		if spans := b.inline(caption, modeText, format{}); spans != nil {
			b.emit(NewTextBlock(Paragraph, spans))
		}
	}
	b.emit(blk)
}

// tableRows returns a table's own rows (not those of nested tables) and
// its <caption>.
func (b *builder) tableRows(n *html.Node) (rows []row, caption *html.Node) {
	var addRow func(tr *html.Node, inHead bool)
	addRow = func(tr *html.Node, inHead bool) {
		r := row{header: true}
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || (c.DataAtom != atom.Td && c.DataAtom != atom.Th) || b.skip(c) || b.hidden(c) {
				continue
			}
			r.cells = append(r.cells, c)
			r.header = r.header && c.DataAtom == atom.Th
		}
		r.header = len(r.cells) > 0 && (r.header || inHead)
		if len(r.cells) > 0 {
			rows = append(rows, r)
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || b.skip(c) || b.hidden(c) {
			continue
		}
		switch c.DataAtom {
		case atom.Caption:
			caption = c
		case atom.Tr:
			addRow(c, false)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for tr := c.FirstChild; tr != nil; tr = tr.NextSibling {
				if tr.Type == html.ElementNode && tr.DataAtom == atom.Tr && !b.skip(tr) && !b.hidden(tr) {
					addRow(tr, c.DataAtom == atom.Thead)
				}
			}
		}
	}
	return rows, caption
}

// isLayout reports a table that arranges content instead of holding data:
// declared presentational, a single cell, a table inside, or cells holding
// paragraphs of story text.
func (b *builder) isLayout(n *html.Node, rows []row) bool {
	switch strings.ToLower(page.Attr(n, "role")) {
	case "presentation", "none":
		return true
	}
	cells := 0
	for _, r := range rows {
		cells += len(r.cells)
	}
	if cells <= 1 {
		return true
	}
	for _, r := range rows {
		for _, c := range r.cells {
			st := b.p.Stats(c)
			if st.Paras > 0 && st.Text > maxLayoutCellText {
				return true
			}
			if hasBlockContent(c, 0) {
				return true
			}
		}
	}
	return false
}

// hasBlockContent reports a table, figure or heading inside a cell.
func hasBlockContent(n *html.Node, depth int) bool {
	if depth > 32 {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Table, atom.Figure, atom.H1, atom.H2, atom.H3, atom.Blockquote:
			return true
		}
		if hasBlockContent(c, depth+1) {
			return true
		}
	}
	return false
}

// allStrong reports whether every visible span is bold; an empty cell
// does not object.
func allStrong(spans []Span) bool {
	for _, s := range spans {
		if !s.Strong && strings.TrimSpace(s.Text) != "" {
			return false
		}
	}
	return true
}
