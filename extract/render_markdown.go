package extract

import (
	"strconv"
	"strings"
)

// Markdown renders the body as CommonMark.
func (body Body) Markdown() string {
	var b strings.Builder
	for i := range body {
		if i > 0 {
			b.WriteByte('\n')
		}
		writeMarkdownBlock(&b, &body[i], "")
	}
	return b.String()
}

// writeMarkdownBlock writes one block; prefix starts every line (quotes).
func writeMarkdownBlock(b *strings.Builder, blk *Block, prefix string) {
	switch blk.Kind {
	case Heading:
		level := min(max(blk.Level, 1), 6)
		b.WriteString(prefix + strings.Repeat("#", level) + " " + markdownInline(blk.inlines()) + "\n")
	case List:
		writeMarkdownItems(b, blk, prefix)
	case Quote:
		for i := range blk.Children {
			if i > 0 {
				b.WriteString(prefix + ">\n")
			}
			writeMarkdownBlock(b, &blk.Children[i], prefix+"> ")
		}
		if blk.Cite != "" {
			if len(blk.Children) > 0 {
				b.WriteString(prefix + ">\n")
			}
			b.WriteString(prefix + "> — " + escapeMarkdown(blk.Cite) + "\n")
		}
	case Pre:
		fence := "```"
		for strings.Contains(blk.Text, fence) {
			fence += "`"
		}
		b.WriteString(prefix + fence + "\n")
		for _, line := range strings.Split(strings.TrimRight(blk.Text, "\n"), "\n") {
			b.WriteString(prefix + line + "\n")
		}
		b.WriteString(prefix + fence + "\n")
	case Table:
		writeMarkdownTable(b, blk, prefix)
	case Figure:
		writeMarkdownFigure(b, blk.Image, prefix)
	default:
		text := markdownInline(blk.inlines())
		for _, line := range strings.Split(text, "\n") {
			b.WriteString(prefix + escapeLineStart(line) + "\n")
		}
	}
}

func writeMarkdownItems(b *strings.Builder, list *Block, prefix string) {
	for i := range list.Children {
		it := &list.Children[i]
		marker := "- "
		if list.Ordered {
			marker = strconv.Itoa(i+1) + ". "
		}
		text := strings.ReplaceAll(escapeLineStart(markdownInline(it.inlines())), "\n", "\n"+prefix+"   ")
		b.WriteString(prefix + marker + text + "\n")
		for j := range it.Children {
			if it.Children[j].Kind == List {
				writeMarkdownItems(b, &it.Children[j], prefix+strings.Repeat(" ", len(marker)))
			}
		}
	}
}

func writeMarkdownTable(b *strings.Builder, blk *Block, prefix string) {
	width := 0
	for _, row := range blk.Rows {
		width = max(width, len(row))
	}
	if width == 0 {
		return
	}
	writeRow := func(row []string) {
		b.WriteString(prefix + "|")
		for c := 0; c < width; c++ {
			cell := ""
			if c < len(row) {
				cell = strings.ReplaceAll(escapeMarkdown(row[c]), "|", `\|`)
				cell = strings.ReplaceAll(cell, "\n", " ")
			}
			b.WriteString(" " + cell + " |")
		}
		b.WriteByte('\n')
	}
	rows := blk.Rows
	if blk.HeaderRows > 0 {
		writeRow(rows[0])
		rows = rows[1:]
	} else {
		writeRow(make([]string, width))
	}
	b.WriteString(prefix + "|" + strings.Repeat(" --- |", width) + "\n")
	for _, row := range rows {
		writeRow(row)
	}
}

func writeMarkdownFigure(b *strings.Builder, img *Image, prefix string) {
	if img == nil {
		return
	}
	b.WriteString(prefix + "![" + escapeMarkdown(img.Alt) + "](" + markdownURL(img.URL) + ")\n")
	if line := figureLine(img); line != "" {
		b.WriteString(prefix + "\n" + prefix + "*" + escapeMarkdown(line) + "*\n")
	}
}

// markdownInline renders spans with their links and emphasis.
func markdownInline(spans []Span) string {
	var b strings.Builder
	for _, s := range spans {
		if s.Break {
			b.WriteString("\\\n")
			continue
		}
		// A "\n" inside text is a line break too (Text without Spans).
		text := strings.ReplaceAll(escapeMarkdown(s.Text), "\n", "\\\n")
		if s.Code {
			text = "`" + strings.ReplaceAll(s.Text, "`", "") + "`"
		}
		lead, core, trail := splitSpace(text)
		if core == "" {
			b.WriteString(text)
			continue
		}
		if s.Em {
			core = "*" + core + "*"
		}
		if s.Strong {
			core = "**" + core + "**"
		}
		if s.URL != "" {
			core = "[" + core + "](" + markdownURL(s.URL) + ")"
		}
		b.WriteString(lead + core + trail)
	}
	return strings.TrimRight(b.String(), "\\\n")
}

// splitSpace separates leading and trailing spaces, which must stay outside
// emphasis markers for CommonMark to honour them.
func splitSpace(s string) (lead, core, trail string) {
	core = strings.TrimLeft(s, " ")
	lead = s[:len(s)-len(core)]
	trimmed := strings.TrimRight(core, " ")
	return lead, trimmed, core[len(trimmed):]
}

var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`,
)

// escapeMarkdown escapes the characters that would otherwise start markup.
// Line-start markers (#, -, digits) are left: blocks never begin a line with
// text that the page did not show.
func escapeMarkdown(s string) string { return markdownEscaper.Replace(s) }

// escapeLineStart escapes what would make a line of text a heading, list
// item, thematic break or code fence: "1. Intro", "# tag", "- x", "+ y".
func escapeLineStart(line string) string {
	if line == "" {
		return line
	}
	switch line[0] {
	case '#', '~', '=':
		return `\` + line
	case '-', '+':
		if len(line) == 1 || line[1] == ' ' || line[1] == line[0] {
			return `\` + line
		}
		return line
	}
	i := 0
	for i < len(line) && i < 9 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i > 0 && i < len(line) && (line[i] == '.' || line[i] == ')') && (i+1 == len(line) || line[i+1] == ' ') {
		return line[:i] + `\` + line[i:]
	}
	return line
}

// markdownURL keeps a link destination intact inside ( ).
func markdownURL(u string) string {
	if strings.ContainsAny(u, " ()<>") {
		return "<" + strings.NewReplacer("<", "%3C", ">", "%3E").Replace(u) + ">"
	}
	return u
}
