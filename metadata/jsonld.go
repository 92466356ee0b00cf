package metadata

import (
	"encoding/json"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// Bounds on what one page's JSON-LD may cost.
const (
	maxLDDepth   = 24   // nesting followed when looking for typed objects
	maxLDObjects = 4096 // typed objects kept per page
)

type ldObject = map[string]any

// ldData is what a page's JSON-LD says about its article.
type ldData struct {
	objects []ldObject          // every typed object, in document order
	nested  map[int]bool        // indexes into objects of those below an article (live-blog updates, parts)
	byID    map[string]ldObject // objects by @id, to follow references

	article ldObject // the story; nil when none is declared
	typ     string   // the article's @type, lower case, else the page's

	headline, description, published, modified string
	publisher, website, language, url          string
	publisherHome                              string // the publisher's own url, when declared
	siteDescription                            string // the WebSite object's own description: the site's slogan
	authors, keywords                          []string
	image                                      *Image
	breadcrumbs                                []Breadcrumb
}

// readJSONLD parses the page's JSON-LD scripts and picks out the article.
func readJSONLD(p *page.Page, scripts []*html.Node) *ldData {
	d := &ldData{byID: map[string]ldObject{}, nested: map[int]bool{}}
	for _, s := range scripts {
		if s.FirstChild == nil {
			continue
		}
		var b strings.Builder
		for c := s.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			}
		}
		for _, v := range decodeLD(b.String()) {
			d.flatten(v, 0, false)
		}
	}
	d.article = d.pickArticle()
	d.fill(p)
	return d
}

// flatten collects every object that has a @type or an @id, descending into
// @graph, arrays and nested values.
func (d *ldData) flatten(v any, depth int, inArticle bool) {
	if depth > maxLDDepth || len(d.objects) >= maxLDObjects {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			d.flatten(e, depth+1, inArticle)
		}
	case ldObject:
		if _, ok := x["@type"]; ok {
			if inArticle {
				d.nested[len(d.objects)] = true
			}
			d.objects = append(d.objects, x)
			if _, ok := hasType(x, articleTypes); ok {
				inArticle = true
			}
		}
		if id := ldString(x["@id"]); id != "" && len(x) > 1 {
			if _, seen := d.byID[id]; !seen {
				d.byID[id] = x
			}
		}
		for k, e := range x {
			switch e.(type) {
			case []any, ldObject:
				if k != "@context" {
					d.flatten(e, depth+1, inArticle)
				}
			}
		}
	}
}

// ldTypes returns an object's @types, lower case, without a schema.org
// prefix.
func ldTypes(o ldObject) []string {
	var out []string
	add := func(s string) {
		s = strings.ToLower(strings.TrimSpace(s))
		if i := strings.LastIndexAny(s, "/:"); i >= 0 {
			s = s[i+1:]
		}
		if s != "" {
			out = append(out, s)
		}
	}
	switch t := o["@type"].(type) {
	case string:
		add(t)
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok {
				add(s)
			}
		}
	}
	return out
}

// hasType reports whether o has one of the types in set.
func hasType(o ldObject, set map[string]bool) (string, bool) {
	for _, t := range ldTypes(o) {
		if set[t] {
			return t, true
		}
	}
	return "", false
}

// pickArticle returns the object describing the story: the article-typed
// object with the most of headline, author and dates. Objects nested as
// list items of another are related stories, so top-level order wins ties.
func (d *ldData) pickArticle() ldObject {
	var best ldObject
	bestScore := -1
	for i, o := range d.objects {
		if _, ok := hasType(o, articleTypes); !ok {
			continue
		}
		score := 0
		if !d.nested[i] {
			score += 10 // a top-level story beats the updates and parts inside it
		}
		for _, k := range []string{"headline", "author", "datePublished", "articleBody", "image"} {
			if o[k] != nil {
				score++
			}
		}
		if score > bestScore {
			best, bestScore = o, score
		}
	}
	return best
}

// loneMedia returns the page's one top-level video or audio object, nil
// when there is none or several (a gallery of clips is a listing).
func (d *ldData) loneMedia() ldObject {
	var found ldObject
	for i, o := range d.objects {
		if _, ok := hasType(o, mediaTypes); !ok || d.nested[i] {
			continue
		}
		if found != nil {
			return nil
		}
		found = o
	}
	return found
}

// deref follows an {"@id": …} reference to the full object when the page
// defines it.
func (d *ldData) deref(v any) any {
	if o, ok := v.(ldObject); ok {
		if id := ldString(o["@id"]); id != "" && len(o) <= 2 {
			if full, ok := d.byID[id]; ok {
				return full
			}
		}
	}
	return v
}

// fill reads the fields from the article, the page object and the site.
func (d *ldData) fill(p *page.Page) {
	var pageObj, siteObj ldObject
	for _, o := range d.objects {
		if _, ok := hasType(o, pageTypes); ok && pageObj == nil {
			pageObj = o
		}
		if _, ok := hasType(o, map[string]bool{"website": true}); ok && siteObj == nil {
			siteObj = o
		}
		if _, ok := hasType(o, map[string]bool{"breadcrumblist": true}); ok && d.breadcrumbs == nil {
			d.breadcrumbs = d.readBreadcrumbs(p, o)
		}
	}
	a := d.article
	if a != nil {
		d.typ, _ = hasType(a, articleTypes)
		d.headline = ldText(a["headline"])
		if d.headline == "" {
			d.headline = ldText(a["name"])
		}
		d.description = ldText(a["description"])
		d.published = ldString(a["datePublished"])
		d.modified = ldString(a["dateModified"])
		d.authors = d.names(a["author"])
		if len(d.authors) == 0 {
			d.authors = d.names(a["creator"])
		}
		d.publisher, d.publisherHome = d.publisherOf(a["publisher"])
		d.keywords = ldKeywords(a["keywords"])
		d.image = d.readImage(p, a["image"])
		if d.image == nil {
			if u := p.Resolve(ldString(a["thumbnailUrl"])); u != "" {
				d.image = &Image{URL: u}
			}
		}
		d.language = ldLanguage(a["inLanguage"])
		d.url = ldURL(d.deref(a["mainEntityOfPage"]))
		if d.url == "" {
			d.url = ldString(a["url"])
		}
	} else if pageObj != nil {
		d.typ = ldTypes(pageObj)[0]
	}
	if a == nil {
		if m := d.loneMedia(); m != nil {
			d.fillFromMedia(m)
		}
	}
	if pageObj != nil {
		if d.language == "" {
			d.language = ldLanguage(pageObj["inLanguage"])
		}
		if d.publisher == "" {
			d.publisher, d.publisherHome = d.publisherOf(pageObj["publisher"])
		}
		if d.breadcrumbs == nil {
			if bc, ok := d.deref(pageObj["breadcrumb"]).(ldObject); ok {
				d.breadcrumbs = d.readBreadcrumbs(p, bc)
			}
		}
		d.pageImageCaption(p, pageObj)
	}
	if siteObj != nil {
		d.website = ldText(siteObj["name"])
		d.siteDescription = ldText(siteObj["description"])
		if d.language == "" {
			d.language = ldLanguage(siteObj["inLanguage"])
		}
		if d.publisher == "" {
			d.publisher, d.publisherHome = d.publisherOf(siteObj["publisher"])
		}
	}
}

// fillFromMedia reads a video or audio page's record: the clip is the
// story, its upload is the publication, and its makers (a podcast
// episode's hosts, a video's reporter) are the story's authors.
func (d *ldData) fillFromMedia(m ldObject) {
	d.published = ldString(m["uploadDate"])
	if d.published == "" {
		d.published = ldString(m["datePublished"])
	}
	d.authors = d.names(m["author"])
	if len(d.authors) == 0 {
		d.authors = d.names(m["creator"])
	}
}

// names reads person or organization names from a string, an object, a
// reference or a list of them.
func (d *ldData) names(v any) []string {
	var out []string
	var add func(v any, depth int)
	add = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch x := d.deref(v).(type) {
		case string:
			if s := page.CollapseSpace(x); s != "" && !strings.Contains(s, "://") {
				out = append(out, s)
			}
		case []any:
			for _, e := range x {
				add(e, depth+1)
			}
		case ldObject:
			name := ldText(x["name"])
			if name == "" {
				name = strings.TrimSpace(ldText(x["givenName"]) + " " + ldText(x["familyName"]))
			}
			if name != "" && !strings.Contains(name, "://") {
				out = append(out, name)
			}
		}
	}
	add(v, 0)
	return out
}

// publisherOf reads the publisher's name and, when it is one declared
// object, the address of its home.
func (d *ldData) publisherOf(v any) (name, home string) {
	name = first(d.names(v))
	if l, ok := d.deref(v).([]any); ok && len(l) == 1 {
		v = l[0]
	}
	if o, ok := d.deref(v).(ldObject); ok {
		home = ldString(o["url"])
	}
	return name, home
}

// readImage reads the first image from a URL string, an ImageObject, a
// reference or a list of them.
func (d *ldData) readImage(p *page.Page, v any) *Image {
	switch x := d.deref(v).(type) {
	case string:
		if u := p.Resolve(x); u != "" {
			return &Image{URL: u}
		}
	case []any:
		for _, e := range x {
			if img := d.readImage(p, e); img != nil {
				return img
			}
		}
	case ldObject:
		u := ldString(x["url"])
		if u == "" {
			u = ldString(x["contentUrl"])
		}
		if u = p.Resolve(u); u == "" {
			return nil
		}
		return &Image{URL: u, Caption: ldText(x["caption"]), Width: ldInt(x["width"]), Height: ldInt(x["height"])}
	}
	return nil
}

// pageImageCaption gives the article's declared picture the caption the
// page object's ImageObject (primaryImageOfPage, image) declares for the
// same picture: SEO plugins describe the picture once, on the page, and
// name only its address (thumbnailUrl) on the article.
func (d *ldData) pageImageCaption(p *page.Page, pageObj ldObject) {
	if d.image == nil || d.image.Caption != "" {
		return
	}
	for _, k := range []string{"primaryImageOfPage", "image"} {
		if img := d.readImage(p, pageObj[k]); img != nil && img.Caption != "" && sameImage(img.URL, d.image.URL) {
			d.image.Caption = img.Caption
			return
		}
	}
}

// readBreadcrumbs reads a BreadcrumbList's items in position order.
func (d *ldData) readBreadcrumbs(p *page.Page, list ldObject) []Breadcrumb {
	items, _ := d.deref(list["itemListElement"]).([]any)
	type item struct {
		pos int
		bc  Breadcrumb
	}
	var got []item
	for i, e := range items {
		o, ok := d.deref(e).(ldObject)
		if !ok {
			continue
		}
		name := ldText(o["name"])
		var href string
		switch it := d.deref(o["item"]).(type) {
		case string:
			href = it
		case ldObject:
			if name == "" {
				name = ldText(it["name"])
			}
			href = ldString(it["@id"])
			if href == "" {
				href = ldString(it["url"])
			}
		}
		if href == "" {
			href = ldString(o["url"])
		}
		pos := ldInt(o["position"])
		if pos == 0 {
			pos = i + 1
		}
		got = append(got, item{pos, Breadcrumb{Text: name, URL: p.Resolve(href)}})
	}
	sort.SliceStable(got, func(i, j int) bool { return got[i].pos < got[j].pos })
	out := make([]Breadcrumb, 0, len(got))
	for _, g := range got {
		out = append(out, g.bc)
	}
	return out
}

// ldString returns a string or number value as a trimmed string.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case json.Number:
		return x.String()
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	}
	return ""
}

// ldText returns a text value with entities decoded and white space
// collapsed; some CMSs escape the HTML of headlines in JSON-LD.
func ldText(v any) string {
	s := ldString(v)
	if strings.ContainsRune(s, '&') {
		s = html.UnescapeString(s)
	}
	if strings.ContainsRune(s, '<') {
		s = stripTags(s)
	}
	return page.CollapseSpace(s)
}

// stripTags drops markup from a string that carries some.
func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>' && in:
			in = false
			b.WriteByte(' ')
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ldInt reads a number given as a number or a string ("1200", "1200px").
func ldInt(v any) int {
	s := ldString(v)
	if o, ok := v.(ldObject); ok {
		s = ldString(o["value"])
	}
	end := 0
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	n, _ := strconv.Atoi(s[:end])
	return n
}

// ldKeywords reads keywords given as one comma-separated string or a list.
func ldKeywords(v any) []string {
	var out []string
	switch x := v.(type) {
	case string:
		out = append(out, splitKeywords(x)...)
	case []any:
		for _, e := range x {
			if s := ldText(e); s != "" {
				out = append(out, s)
			} else if o, ok := e.(ldObject); ok {
				if n := ldText(o["name"]); n != "" {
					out = append(out, n)
				}
			}
		}
	}
	return out
}

// ldLanguage reads inLanguage given as a tag or a Language object.
func ldLanguage(v any) string {
	if o, ok := v.(ldObject); ok {
		if s := ldString(o["alternateName"]); s != "" {
			return s
		}
		return ldString(o["name"])
	}
	return ldString(v)
}

// ldURL reads a URL given as a string or an object's @id / url.
func ldURL(v any) string {
	if o, ok := v.(ldObject); ok {
		if s := ldString(o["@id"]); s != "" {
			return s
		}
		return ldString(o["url"])
	}
	return ldString(v)
}

func first(s []string) string {
	if len(s) > 0 {
		return s[0]
	}
	return ""
}
