package metadata

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/credit"
	"github.com/newsextract/newsextract/internal/page"
)

// captionOf returns the caption and the credit printed with a picture:
// the <figcaption> of its figure, else an element with a caption class in
// its wrapper, with credit elements (.credit, [itemprop=copyrightHolder],
// <small>, <cite>) read apart and a credit written into the caption text
// split off.
func captionOf(p *page.Page, fig, img *html.Node) (caption, cr string) {
	if fig == nil {
		return "", ""
	}
	holder := findCaption(fig)
	if holder == nil || galleryLabel(textWithout(holder, nil)) {
		// <figure><img></figure><figcaption>…: the caption printed right
		// after the picture's element; a gallery button ("View 3 Images")
		// in the figure is no caption.
		if after := captionAfter(p, fig); after != nil || holder == nil {
			holder = after
		}
	}
	if fig == img && holder == nil || holder != nil && linksAway(holder) {
		return "", ""
	}
	var credits []*html.Node
	findCredits(fig, holder, &credits)
	if holder != nil && !below(holder, fig) {
		findCredits(holder, holder, &credits)
	}
	if line := leadingCreditLine(holder); line != nil && !containsNode(credits, line) {
		credits = append(credits, line)
	}
	if holder == nil && fig.DataAtom != atom.Figure && containsAnyWord(classID(fig), imageWrapperHints) {
		// A picture wrapper without caption markup: its paragraphs are
		// the caption, those that are only a credit the credit.
		holder, credits = fig, append(credits, creditParagraphs(fig)...)
	}
	cr = joinCredits(credits)
	if holder != nil {
		caption = textWithout(holder, append(shorterCopies(holder), credits...))
	}
	if galleryLabel(caption) {
		caption = ""
	}
	caption = strings.TrimRight(caption, " -–—|·") // "… (AP Photo/Jane Roe) -"
	if text, found := splitCaption(caption, cr); found != "" {
		return text, found
	}
	return splitCaption(caption, joinCredits(creditsAfter(p, fig)))
}

// joinCredits is the credit the elements give, each cleaned, once.
func joinCredits(credits []*html.Node) string {
	parts := make([]string, 0, len(credits))
	for _, c := range credits {
		if t := credit.Clean(textWithout(c, nil)); t != "" && !containsText(parts, t) {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, ", ")
}

// linksAway reports a caption holder whose heading is a link: the box of a
// clip announced with the player (its headline linking to the clip's own
// page, beside its length and author), which describes the clip, not the
// picture, and credits its reporter, not a photographer.
func linksAway(holder *html.Node) bool {
	h := page.FirstHeading(holder, maxCaptionDepth)
	if h == nil {
		return false
	}
	if page.FirstLink(h) != nil {
		return true
	}
	for a := h.Parent; a != nil && a != holder; a = a.Parent {
		if page.IsLink(a) {
			return true
		}
	}
	return false
}

// maxCaptionDepth bounds the search for a heading in a caption holder.
const maxCaptionDepth = 4

// creditsAfter returns the credit lines of the picture's data block
// printed right after its figure (<figure>…</figure><section
// class="image-meta"><div class="image-copyright">…</div></section>), read
// when the figure names no credit itself; the block must be short, not
// story text.
func creditsAfter(p *page.Page, fig *html.Node) []*html.Node {
	c := shortBlockAfter(p, fig)
	if c == nil {
		return nil
	}
	var out []*html.Node
	findCopyrightLines(c, &out)
	return out
}

// shortBlockAfter returns the shown element after n (see elementAfter)
// when it is short enough to be a caption or a credit block, or nil.
func shortBlockAfter(p *page.Page, n *html.Node) *html.Node {
	c := elementAfter(n)
	if c == nil || concealed(c) || p.Stats(c).Text > maxWrapperText || p.Stats(c).Paras > maxWrapperParas {
		return nil
	}
	return c
}

// findCopyrightLines collects the elements below n whose class calls them
// a credit or copyright line; bylines and sources after a figure are the
// story's.
func findCopyrightLines(n *html.Node, out *[]*html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || concealed(c) {
			continue
		}
		if h := classID(c); h != "" && containsAnyWord(h, copyrightLineHints) {
			*out = append(*out, c)
			continue
		}
		findCopyrightLines(c, out)
	}
}

// copyrightLineHints name a picture's credit line in a class.
var copyrightLineHints = []string{"copyright", "credit"}

// captionAfter returns the element after n when it is a <figcaption> or
// carries a caption class and holds a short text, or nil. When n is its
// parent's only element, the element after that wrapper counts:
// <div><figure>…</figure></div><figcaption>…</figcaption>.
func captionAfter(p *page.Page, n *html.Node) *html.Node {
	c := shortBlockAfter(p, n)
	if c == nil {
		return nil
	}
	if c.DataAtom == atom.Figcaption {
		return c
	}
	if h := classID(c); h != "" && containsAnyWord(h, imageCaptionHints) && !containsAnyWord(h, imageNotCaption) {
		return c
	}
	return nil
}

// creditParagraphs returns the paragraphs of a wrapper that hold only a
// credit ("Image: Jane Roe / Example").
func creditParagraphs(n *html.Node) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.P {
			continue
		}
		if text, cr := credit.Split(textWithout(c, nil)); text == "" && cr != "" {
			out = append(out, c)
		}
	}
	return out
}

// galleryLabel reports a caption that is a gallery button's label ("View
// 6 Images", "12 Bilder"): a number and gallery words only.
func galleryLabel(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	number := false
	for _, w := range words {
		switch {
		case countWord(w):
			number = true
		case !galleryWordSet[w]:
			return false
		}
	}
	return number
}

var galleryWordSet = newWordSet(galleryWords)

// countWord reports a gallery's count: digits with at most brackets, a
// slash or a plus ("12", "(12)", "1/12", "12+"). A word that only holds a
// digit ("1課", a caption in a script without spaces) is no count.
func countWord(w string) bool {
	digits := false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits = true
		case !strings.ContainsRune("()/+", r):
			return false
		}
	}
	return digits
}

// findCaption returns the <figcaption> below fig, else the first element
// with a caption class, or nil.
func findCaption(fig *html.Node) *html.Node {
	var hinted *html.Node
	var walk func(n *html.Node) *html.Node
	walk = func(n *html.Node) *html.Node {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || concealed(c) {
				continue
			}
			if c.DataAtom == atom.Figcaption {
				return c
			}
			if hinted == nil && c.DataAtom != atom.Img && c.DataAtom != atom.Picture && countImages(c, 1) == 0 {
				if h := classID(c); h != "" && containsAnyWord(h, imageCaptionHints) && !containsAnyWord(h, imageCreditHints) && !containsAnyWord(h, imageNotCaption) {
					hinted = c
				}
			}
			if f := walk(c); f != nil {
				return f
			}
		}
		return nil
	}
	if f := walk(fig); f != nil {
		return f
	}
	return hinted
}

// findCredits collects the credit elements below fig: by class or
// itemprop anywhere in it, and <small> or <cite> inside the caption.
func findCredits(n, caption *html.Node, out *[]*html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || concealed(c) {
			continue
		}
		if isCredit(c, caption) {
			*out = append(*out, c)
			continue
		}
		findCredits(c, caption, out)
	}
}

// maxCreditBytes bounds a <footer> read as a picture's credit.
const maxCreditBytes = 200

// isCredit reports an element holding a picture's credit.
func isCredit(n, caption *html.Node) bool {
	if n == caption {
		return false
	}
	prop := strings.ToLower(page.Attr(n, "itemprop"))
	if strings.Contains(prop, "copyright") || strings.Contains(prop, "author") || strings.Contains(prop, "creator") {
		return true
	}
	if h := classID(n); h != "" && containsAnyWord(h, imageCreditHints) {
		// A caption line the page calls its copyright line holds the
		// caption too; its credit is the part so marked below it.
		return !holdsCaptionClass(n)
	}
	if (n.DataAtom == atom.Small || n.DataAtom == atom.Cite) && caption != nil && below(n, caption) {
		return true
	}
	if n.DataAtom == atom.Cite && caption != nil && n.Parent == caption.Parent && len(page.Text(n)) <= maxCreditBytes {
		return true // <figcaption>…</figcaption><cite>Photo: Jane Roe</cite>
	}
	if n.DataAtom == atom.Footer && len(page.Text(n)) <= maxCreditBytes {
		return true // <figure>…<footer>Jane Roe/Example</footer></figure>
	}
	return false
}

// holdsCaptionClass reports whether an element below n has a caption class
// and no credit class.
func holdsCaptionClass(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if h := classID(c); h != "" && containsAnyWord(h, imageCaptionHints) && !containsAnyWord(h, imageCreditHints) {
			return true
		}
		if holdsCaptionClass(c) {
			return true
		}
	}
	return false
}

// below reports whether n is inside a.
func below(n, a *html.Node) bool {
	for x := n.Parent; x != nil; x = x.Parent {
		if x == a {
			return true
		}
	}
	return false
}

// shorterCopies returns the children of a caption that repeat a sibling's
// text, whole or cut short: templates print a full and a truncated caption
// side by side and let the screen width pick one.
func shorterCopies(holder *html.Node) []*html.Node {
	var kids []*html.Node
	var texts []string
	for c := holder.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			kids, texts = append(kids, c), append(texts, textWithout(c, nil))
		}
	}
	var out []*html.Node
	for i, t := range texts {
		cut := trimEllipsis(t)
		for j, u := range texts {
			if i == j || cut == "" || !strings.HasPrefix(u, cut) {
				continue
			}
			if len(u) > len(t) || len(u) == len(t) && j < i { // the first of equal copies stays
				out = append(out, kids[i])
				break
			}
		}
	}
	return out
}

// textWithout returns the visible text of n leaving out the skipped
// elements and the labels only screen readers announce.
func textWithout(n *html.Node, skip []*html.Node) string {
	var b strings.Builder
	appendBroken(&b, n, skip, func(c *html.Node) bool { return page.IsBlock(c.DataAtom) }, ' ', unread)
	return page.CollapseSpace(b.String())
}

func containsNode(list []*html.Node, n *html.Node) bool {
	for _, x := range list {
		if x == n {
			return true
		}
	}
	return false
}

func containsText(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// concealed reports elements whose content never shows. Unlike
// page.Invisible it keeps aria-hidden ones: pages hide printed captions
// from screen readers, which read the alt text instead.
func concealed(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Svg, atom.Select:
		return true
	}
	if page.HasAttr(n, "hidden") {
		return true
	}
	style := page.Attr(n, "style")
	return style != "" && strings.Contains(strings.ReplaceAll(strings.ToLower(style), " ", ""), "display:none")
}
