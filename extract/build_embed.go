package extract

// Embedded posts and players.
//
// A post embedded from a social platform (a twitter-tweet blockquote, an
// instagram-media blockquote, a Facebook fb-post div…) becomes a Quote: its
// paragraphs are the post's text, then the signature the platform prints
// after it ("— Jane Roe (@janeroe) May 1, 2024": who said it, and when),
// its Cite the post's address. The platforms' fallback lines ("View this
// post on Instagram") are left out.
//
// An <iframe> from a known video, audio, post or chart host becomes a
// Paragraph holding one link to the iframe's address, its text the
// iframe's title (or the address when there is none): the reader learns
// that something was shown there and can open it, and the text renderings
// gain no invented words. With OmitLinks such a paragraph is left out,
// since without its target it says nothing. Iframes from other hosts (ads,
// widgets, trackers) are left out.

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// embedPost emits an embedded post as a Quote. Once the post itself is
// kept, the skip rules no longer apply inside it: a post's text is often
// one link, which link-density rules would otherwise drop.
func (b *builder) embedPost(n *html.Node) {
	b.flush()
	savedSkip := b.skip
	b.skip = noSkip
	defer func() { b.skip = savedSkip }()
	var kids []Block
	var paras []*html.Node
	b.findParagraphs(n, &paras, 0)
	if len(paras) == 0 {
		paras = append(paras, n)
	}
	for _, p := range paras {
		blk := NewTextBlock(Paragraph, b.inline(p, modeItem, format{}))
		if hasWordRune(blk.Text) && !isEmbedBoilerplate(blk.Text) {
			kids = append(kids, blk)
		}
	}
	if len(paras) > 0 && paras[0] != n {
		if sig := b.postSignature(n); sig != nil {
			kids = append(kids, *sig)
		}
	}
	cite := b.permalink(n)
	if len(kids) == 0 && cite == "" {
		return
	}
	b.emit(Block{Kind: Quote, Children: kids, Cite: cite})
}

func noSkip(*html.Node) bool { return false }

// postSignature returns the line an embedded post prints after its text,
// outside its paragraphs: who posted it and when ("— Jane Roe (@janeroe)
// May 1, 2024"), which the platforms open with a dash. It is nil when the
// post has no such line.
func (b *builder) postSignature(n *html.Node) *Block {
	saved := b.skip
	b.skip = func(c *html.Node) bool { return c.DataAtom == atom.P }
	blk := NewTextBlock(Paragraph, b.inline(n, modeItem, format{}))
	b.skip = saved
	t := strings.TrimSpace(blk.Text)
	if !strings.HasPrefix(t, "—") && !strings.HasPrefix(t, "–") || !hasWordRune(t) {
		return nil
	}
	for i := range blk.Spans {
		blk.Spans[i].URL = withoutTracking(blk.Spans[i].URL)
	}
	return &blk
}

// findParagraphs appends the visible <p> elements below n.
func (b *builder) findParagraphs(n *html.Node, out *[]*html.Node, depth int) {
	if depth > maxBuildDepth {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || b.skip(c) || b.hidden(c) {
			continue
		}
		if c.DataAtom == atom.P {
			*out = append(*out, c)
			continue
		}
		b.findParagraphs(c, out, depth+1)
	}
}

// isEmbedBoilerplate reports the platforms' own fallback lines.
func isEmbedBoilerplate(text string) bool {
	l := strings.ToLower(text)
	for _, phrase := range embedBoilerplate {
		if strings.HasPrefix(l, phrase) {
			return true
		}
	}
	return false
}

// permalink returns an embedded post's address: a permalink attribute on
// the container, else its last link (a tweet ends with the link to itself).
func (b *builder) permalink(n *html.Node) string {
	for _, a := range embedPermalinkAttrs {
		if u := b.p.Resolve(page.Attr(n, a)); u != "" {
			return withoutTracking(u)
		}
	}
	return withoutTracking(b.lastLink(n, 0))
}

// withoutTracking removes the platforms' referral parameters from a post's
// address ("?ref_src=twsrc%5Etfw", "?utm_source=ig_embed").
func withoutTracking(u string) string {
	pu, err := url.Parse(u)
	if err != nil || pu.RawQuery == "" {
		return u
	}
	q := pu.Query()
	changed := false
	for k := range q {
		if isTrackingParam(k) {
			q.Del(k)
			changed = true
		}
	}
	if !changed {
		return u
	}
	pu.RawQuery = q.Encode()
	return pu.String()
}

// isTrackingParam reports query parameters that only say where a link
// was shared from.
func isTrackingParam(k string) bool {
	k = strings.ToLower(k)
	if strings.HasPrefix(k, "utm_") {
		return true
	}
	for _, p := range trackingParams {
		if k == p {
			return true
		}
	}
	return false
}

// lastLink returns the resolved href of the last link below n.
func (b *builder) lastLink(n *html.Node, depth int) string {
	if depth > maxBuildDepth {
		return ""
	}
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A {
			if u := b.p.Resolve(page.Attr(c, "href")); u != "" {
				return u
			}
		}
		if u := b.lastLink(c, depth+1); u != "" {
			return u
		}
	}
	return ""
}

// iframe emits a Paragraph linking to a known player's or platform's
// iframe; see the file comment.
func (b *builder) iframe(n *html.Node) {
	if b.opts.OmitLinks {
		return
	}
	src := page.Attr(n, "src")
	if src == "" || src == "about:blank" || isPlaceholder(src) {
		src = page.Attr(n, "data-src")
	}
	u := b.p.Resolve(src)
	if u == "" || !isEmbedHost(u) {
		return
	}
	title := page.CollapseSpace(page.Attr(n, "title"))
	if title == "" {
		title = u
	}
	b.flush()
	b.emit(Block{Kind: Paragraph, Text: title, Spans: []Span{{Text: title, URL: u}}})
}

// isEmbedHost reports whether u is served by one of embedHosts or its
// subdomains.
func isEmbedHost(u string) bool {
	pu, err := url.Parse(u)
	if err != nil {
		return false
	}
	host := strings.ToLower(pu.Hostname())
	for _, h := range embedHosts {
		if host == h || strings.HasSuffix(host, "."+h) {
			return true
		}
	}
	return false
}
