package extract

import (
	"net/url"
	"strconv"
	"strings"
)

// Markdown renders the body as CommonMark, with tables in the GitHub
// Flavored Markdown extension. Text is escaped so that it never turns into
// markup; links and images keep only http, https, mailto and relative
// destinations.
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
		b.WriteString(prefix + strings.Repeat("#", level) + " " + escapeClosingHashes(markdownInline(blk.inlines())) + "\n")
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
	line := figureLine(img)
	if u := markdownURL(img.URL); u != "" {
		b.WriteString(prefix + "![" + escapeMarkdown(img.Alt) + "](" + u + ")\n")
		if line != "" {
			b.WriteString(prefix + "\n")
		}
	}
	if line != "" {
		b.WriteString(prefix + "*" + escapeMarkdown(line) + "*\n")
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
			text = codeSpan(s.Text)
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
		if u := markdownURL(s.URL); u != "" {
			core = "[" + core + "](" + u + ")"
		}
		b.WriteString(lead + core + trail)
	}
	// The page's own brackets are escaped, so "![" can only be a "!" that
	// ends one span before a link: "Yahoo!" and a link would make an image.
	return strings.ReplaceAll(strings.TrimRight(b.String(), "\\\n"), "![", `\![`)
}

// codeSpan wraps text in a backtick run longer than any inside it, padded
// with spaces where the text begins or ends with a backtick.
func codeSpan(text string) string {
	longest, run := 0, 0
	for _, r := range text {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if strings.HasPrefix(text, "`") || strings.HasSuffix(text, "`") {
		text = " " + text + " "
	}
	return fence + text + fence
}

// escapeClosingHashes escapes a heading's trailing "#", which CommonMark
// would read as the optional closing sequence and drop.
func escapeClosingHashes(s string) string {
	if strings.HasSuffix(s, "#") && !strings.HasSuffix(s, `\#`) {
		return s[:len(s)-1] + `\#`
	}
	return s
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

// escapeMarkdown escapes the characters that would otherwise start markup,
// and the "&" of what would read as an entity reference ("&amp;" written
// out as text). Line-start markers (#, -, digits) are escaped by
// escapeLineStart.
func escapeMarkdown(s string) string { return escapeEntities(markdownEscaper.Replace(s)) }

// escapeEntities escapes each "&" that begins an entity or numeric
// character reference: "&", letters, digits or "#", then ";".
func escapeEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '&' && startsReference(s[i+1:]) {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// startsReference reports whether s opens with the name of a character
// reference, up to its ";".
func startsReference(s string) bool {
	n := 0
	for n < len(s) && n < 32 && (s[n] == '#' || s[n] >= '0' && s[n] <= '9' || s[n]|0x20 >= 'a' && s[n]|0x20 <= 'z') {
		n++
	}
	return n > 0 && n < len(s) && s[n] == ';'
}

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

// markdownURL keeps a link destination intact inside ( ), or returns ""
// for one whose scheme is not http, https or mailto (javascript:, data:):
// a Body may be rebuilt from untrusted JSON.
func markdownURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if u == "" || err != nil {
		return ""
	}
	switch strings.ToLower(p.Scheme) {
	case "", "http", "https", "mailto":
	default:
		return ""
	}
	if strings.ContainsAny(u, " ()<>") {
		return "<" + strings.NewReplacer("<", "%3C", ">", "%3E").Replace(u) + ">"
	}
	return u
}
