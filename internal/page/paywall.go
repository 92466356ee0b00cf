package page

// Paywalled parts. Google's structured data for subscription content lets
// a page mark the part of the article behind its paywall: a JSON-LD object
// with "isAccessibleForFree": false and a "cssSelector" naming the
// element (usually a hasPart WebPageElement). Many pages ship that part in
// the HTML but hidden until a subscriber is recognised. It is the
// article's own text, declared so by its publisher, which archives and
// search want; the index therefore counts the declared elements as shown
// even when their own markup hides them. Only simple selectors are
// matched (a tag, an #id, .classes, comma-separated lists of these);
// anything else is ignored rather than guessed at.

import (
	"encoding/json"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// partSelector is one simple CSS selector: every set field must match.
type partSelector struct {
	tag     string
	id      string
	classes []string
}

// maxPartSelectors bounds the selectors one page may declare; real pages
// declare one or two, so more is noise not worth matching per element.
const maxPartSelectors = 16

// IsLDScript reports a <script type="application/ld+json">.
func IsLDScript(n *html.Node) bool {
	return n.DataAtom == atom.Script && strings.Contains(strings.ToLower(Attr(n, "type")), "ld+json")
}

// paywalledParts reads the selectors of the parts the page's JSON-LD
// declares as not free. Scripts that do not mention a cssSelector are not
// decoded at all, so most pages pay one substring search per script.
func paywalledParts(scripts []*html.Node) []partSelector {
	var out []partSelector
	for _, s := range scripts {
		if s.FirstChild == nil || s.FirstChild.Type != html.TextNode {
			continue
		}
		src := s.FirstChild.Data
		if !strings.Contains(src, "cssSelector") || !strings.Contains(src, "isAccessibleForFree") {
			continue
		}
		var v any
		if json.Unmarshal([]byte(src), &v) != nil {
			continue
		}
		out = collectParts(v, out)
	}
	if len(out) > maxPartSelectors {
		out = out[:maxPartSelectors]
	}
	return out
}

// collectParts walks a decoded JSON value for objects that are not free
// and name their element with cssSelector.
func collectParts(v any, out []partSelector) []partSelector {
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			out = collectParts(e, out)
		}
	case map[string]any:
		if notFree(t["isAccessibleForFree"]) {
			out = appendSelectors(t["cssSelector"], out)
		}
		for _, e := range t {
			out = collectParts(e, out)
		}
	}
	return out
}

// notFree reads isAccessibleForFree as false: the boolean, or the string
// schema.org examples spell "False".
func notFree(v any) bool {
	switch t := v.(type) {
	case bool:
		return !t
	case string:
		return strings.EqualFold(strings.TrimSpace(t), "false")
	}
	return false
}

// appendSelectors adds the simple selectors of a cssSelector value: a
// string (possibly a comma-separated list) or an array of strings.
func appendSelectors(v any, out []partSelector) []partSelector {
	switch t := v.(type) {
	case string:
		for _, part := range strings.Split(t, ",") {
			if s, ok := parseSimpleSelector(strings.TrimSpace(part)); ok {
				out = append(out, s)
			}
		}
	case []any:
		for _, e := range t {
			out = appendSelectors(e, out)
		}
	}
	return out
}

// parseSimpleSelector parses "tag", ".a.b", "#id" or "tag#id.a". Anything
// with combinators, attributes or pseudo-classes is refused.
func parseSimpleSelector(s string) (partSelector, bool) {
	var sel partSelector
	if s == "" {
		return sel, false
	}
	i := 0
	for i < len(s) && s[i] != '.' && s[i] != '#' {
		i++
	}
	sel.tag = strings.ToLower(s[:i])
	if sel.tag != "" && !isSelectorName(sel.tag) {
		return sel, false
	}
	for i < len(s) {
		kind := s[i]
		j := i + 1
		for j < len(s) && s[j] != '.' && s[j] != '#' {
			j++
		}
		name := s[i+1 : j]
		if !isSelectorName(name) {
			return sel, false
		}
		if kind == '#' {
			if sel.id != "" {
				return sel, false
			}
			sel.id = name
		} else {
			sel.classes = append(sel.classes, name)
		}
		i = j
	}
	return sel, sel.id != "" || len(sel.classes) > 0
}

// isSelectorName reports a plain CSS identifier: letters, digits, '-' and
// '_' (escapes and other characters are refused).
func isSelectorName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		ok := r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if !ok {
			return false
		}
	}
	return true
}

// matches reports whether n meets every part of the selector.
func (s partSelector) matches(n *html.Node) bool {
	if s.tag != "" && n.Data != s.tag {
		return false
	}
	if s.id != "" && Attr(n, "id") != s.id {
		return false
	}
	if len(s.classes) == 0 {
		return true
	}
	have := strings.Fields(Attr(n, "class"))
	for _, c := range s.classes {
		if !slices.Contains(have, c) {
			return false
		}
	}
	return true
}

// declaredPart reports an element hidden by its attributes (hidden,
// aria-hidden, an inline display:none) that the page declares as its
// paywalled part. Scripts, templates and the like stay hidden.
func declaredPart(n *html.Node, parts []partSelector) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Article, atom.Main, atom.Span, atom.P:
	default:
		return false
	}
	if !HiddenByAttr(n) {
		return false
	}
	for _, s := range parts {
		if s.matches(n) {
			return true
		}
	}
	return false
}

// shownParts returns the hidden elements the page declares paywalled, and
// the long enough hidden gated parts (see gatedPart), whose text is not
// already on the page: some pages show the whole story and
// keep a plain copy of its gated part hidden for crawlers, and that copy
// must not compete with the story. It walks the tree, and reads the
// page's text once when a part is found; it runs only on pages that
// declare a part.
func shownParts(doc *html.Node, parts []partSelector, gated []*html.Node) map[*html.Node]bool {
	var found []*html.Node
	for n := doc; n != nil && len(parts) > 0; {
		if n.Type == html.ElementNode && declaredPart(n, parts) {
			found = append(found, n)
		}
		n = nextInTree(n, doc, !(n.Type == html.ElementNode && Invisible(n)))
	}
	found = append(found, longGated(gated)...)
	if len(found) == 0 {
		return nil
	}
	shown := Text(doc) // the declared parts are still hidden to Text
	out := make(map[*html.Node]bool, len(found))
	for _, n := range found {
		if !repeatsShown(rawText(n), shown) {
			out[n] = true
		}
	}
	return out
}

// gatedNames are class names that CMSs give the element holding a story's
// gated text, hidden until a subscriber is recognised, when they declare
// nothing in JSON-LD. A prompt to subscribe uses other names
// ("paywall-notice") or is short (see minGatedRunes).
var gatedNames = []string{"paywall", "paywall-wrapper", "premium-content"}

// minGatedRunes is the least text a hidden gated part needs to count as
// the story's gated text rather than a hidden prompt to subscribe.
const minGatedRunes = 500

// gatedPart reports an element hidden by its attributes whose class is
// one of gatedNames: a container of the gated text, or one of its
// paragraphs when the page gates them one by one.
func gatedPart(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Article, atom.P:
	default:
		return false
	}
	if !HiddenByAttr(n) {
		return false
	}
	for _, c := range strings.Fields(strings.ToLower(Attr(n, "class"))) {
		if slices.Contains(gatedNames, c) {
			return true
		}
	}
	return false
}

// longGated returns the gated parts long enough to be the story's gated
// text: each on its own, or together with the gated parts beside it under
// the same parent (paragraphs gated one by one).
func longGated(gated []*html.Node) []*html.Node {
	total := map[*html.Node]int{}
	for _, n := range gated {
		total[n.Parent] += RuneLen(rawText(n))
	}
	var out []*html.Node
	for _, n := range gated {
		if total[n.Parent] >= minGatedRunes {
			out = append(out, n)
		}
	}
	return out
}

// copyProbeRunes is the length of the pieces of a part looked for in the
// shown text: a sentence's worth, long enough not to recur by chance.
const copyProbeRunes = 48

// repeatsShown reports whether the middle or the end of a part's text is
// already shown. Its start is not asked: a part that holds the whole
// story repeats the free opening the page shows.
func repeatsShown(part, shown string) bool {
	r := []rune(part)
	if len(r) < 2*copyProbeRunes {
		return false
	}
	for _, at := range []int{len(r) / 2, len(r) - copyProbeRunes} {
		probe := strings.TrimSpace(string(r[at : at+copyProbeRunes]))
		// Start at a word: the cut may fall inside one.
		if i := strings.IndexByte(probe, ' '); i >= 0 {
			probe = probe[i+1:]
		}
		if len(probe) > 0 && strings.Contains(shown, probe) {
			return true
		}
	}
	return false
}

// rawText is n's text as Text reads it, n's own hiding aside.
func rawText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(Text(c))
		b.WriteByte(' ')
	}
	return CollapseSpace(b.String())
}
