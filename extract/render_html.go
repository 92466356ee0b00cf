package extract

import (
	"html"
	"net/url"
	"strconv"
	"strings"
)

// HTML renders the body as sanitised HTML. It is written from the blocks, not
// copied from the page, so it holds only the tags below, only the href, src,
// alt, width and height attributes, and only http, https and mailto
// URLs: never scripts, styles, event handlers or javascript: links.
//
//	p h2–h6 ul ol li blockquote cite pre code table thead tbody tr th td
//	figure img figcaption small a strong em br
func (body Body) HTML() string {
	var b strings.Builder
	for i := range body {
		writeHTMLBlock(&b, &body[i])
	}
	return b.String()
}

func writeHTMLBlock(b *strings.Builder, blk *Block) {
	switch blk.Kind {
	case Heading:
		tag := "h" + strconv.Itoa(min(max(blk.Level, 2), 6))
		b.WriteString("<" + tag + ">" + htmlInline(blk.inlines()) + "</" + tag + ">\n")
	case List:
		writeHTMLList(b, blk)
	case Quote:
		b.WriteString("<blockquote>\n")
		for i := range blk.Children {
			writeHTMLBlock(b, &blk.Children[i])
		}
		if blk.Cite != "" {
			b.WriteString("<p><cite>" + html.EscapeString(blk.Cite) + "</cite></p>\n")
		}
		b.WriteString("</blockquote>\n")
	case Pre:
		b.WriteString("<pre><code>" + html.EscapeString(blk.Text) + "</code></pre>\n")
	case Table:
		writeHTMLTable(b, blk)
	case Figure:
		writeHTMLFigure(b, blk.Image)
	default:
		b.WriteString("<p>" + htmlInline(blk.inlines()) + "</p>\n")
	}
}

func writeHTMLList(b *strings.Builder, list *Block) {
	tag := "ul"
	if list.Ordered {
		tag = "ol"
	}
	b.WriteString("<" + tag + ">\n")
	for i := range list.Children {
		it := &list.Children[i]
		b.WriteString("<li>" + htmlInline(it.inlines()))
		for j := range it.Children {
			if it.Children[j].Kind == List {
				b.WriteByte('\n')
				writeHTMLList(b, &it.Children[j])
			}
		}
		b.WriteString("</li>\n")
	}
	b.WriteString("</" + tag + ">\n")
}

func writeHTMLTable(b *strings.Builder, blk *Block) {
	b.WriteString("<table>\n")
	// A hand-built block may claim more header rows than it has.
	header := min(max(blk.HeaderRows, 0), len(blk.Rows))
	for r, row := range blk.Rows {
		cell := "td"
		if r < header {
			cell = "th"
		}
		if r == 0 && header > 0 {
			b.WriteString("<thead>\n")
		}
		if r == header {
			b.WriteString("<tbody>\n")
		}
		b.WriteString("<tr>")
		for _, c := range row {
			b.WriteString("<" + cell + ">" + html.EscapeString(c) + "</" + cell + ">")
		}
		b.WriteString("</tr>\n")
		if r == header-1 {
			b.WriteString("</thead>\n")
		}
	}
	if len(blk.Rows) > header {
		b.WriteString("</tbody>\n")
	}
	b.WriteString("</table>\n")
}

func writeHTMLFigure(b *strings.Builder, img *Image) {
	if img == nil {
		return
	}
	b.WriteString("<figure>")
	if src := safeURL(img.URL); src != "" {
		b.WriteString(`<img src="` + html.EscapeString(src) + `" alt="` + html.EscapeString(img.Alt) + `"`)
		if img.Width > 0 && img.Height > 0 {
			b.WriteString(` width="` + strconv.Itoa(img.Width) + `" height="` + strconv.Itoa(img.Height) + `"`)
		}
		b.WriteString(">")
	}
	if img.Caption != "" || img.Credit != "" {
		b.WriteString("<figcaption>" + html.EscapeString(img.Caption))
		if img.Credit != "" {
			if img.Caption != "" {
				b.WriteString(" ")
			}
			b.WriteString("<small>" + html.EscapeString(img.Credit) + "</small>")
		}
		b.WriteString("</figcaption>")
	}
	b.WriteString("</figure>\n")
}

// htmlInline renders spans, escaping all text.
func htmlInline(spans []Span) string {
	var b strings.Builder
	for _, s := range spans {
		if s.Break {
			b.WriteString("<br>")
			continue
		}
		// A "\n" inside text is a line break too (Text without Spans).
		text := strings.ReplaceAll(html.EscapeString(s.Text), "\n", "<br>")
		if s.Code {
			text = "<code>" + text + "</code>"
		}
		if s.Em {
			text = "<em>" + text + "</em>"
		}
		if s.Strong {
			text = "<strong>" + text + "</strong>"
		}
		if href := safeURL(s.URL); href != "" {
			text = `<a href="` + html.EscapeString(href) + `">` + text + "</a>"
		}
		b.WriteString(text)
	}
	return b.String()
}

// safeURL returns u when it is an absolute http, https or mailto URL, else "".
func safeURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil {
		return ""
	}
	switch strings.ToLower(p.Scheme) {
	case "http", "https":
		if p.Host == "" {
			return ""
		}
		return p.String()
	case "mailto":
		return p.String()
	}
	return ""
}
