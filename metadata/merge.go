package metadata

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// merge reads every source once and fills each field by precedence.
func merge(p *page.Page) *Metadata {
	s := collect(p)
	ld := readJSONLD(p, s.ldScripts)
	md := readMicrodata(p, s)
	m := &Metadata{URL: findURL(p, s)}

	hosts := hostNames(p.URL)
	declared := hostedPublicationFirst(withoutSectionName(declaredSiteNames(s, ld), hosts), ld, m.URL)
	sites := append(append([]string{}, declared...), hosts...)
	var headNode *html.Node
	m.Title, headNode = findTitle(titleInput{
		metas:    titleCandidates(s, ld, md),
		docTitle: s.title,
		sites:    sites,
		h1s:      s.h1s,
		subheads: s.subheads,
		hasLD:    ld.headline != "",
		ldName:   ldText(ld.article["name"]),
		p:        p,
	})
	m.SiteName = findSiteName(declared, s.title, m.Title, hosts)
	descs := descriptionCandidates(s, ld, md)
	m.Description = findDescription(descs, m.Title, sites)
	m.Subtitle, _ = findDekOwned(p, m, headNode, s.h1s, md, descs)
	m.Language = findLanguage(s, ld, md)
	m.Tags = findTags(p, s, ld, md, sites, headNode)
	m.Breadcrumbs = findBreadcrumbs(p, s, ld, md, crumbContext{title: m.Title, sites: sites, self: m.URL})
	m.Type = pageType(s, ld, md)
	if headNode != nil {
		m.Owned = append(m.Owned, headNode)
	}

	// Dates: JSON-LD and microdata ranked with the page's own (see resolveDates).
	ldDates := statedDates{published: ld.published, modified: ld.modified, pageOnly: declaresPageOnly(s, ld, md)}
	d := resolveDates(p, ldDates, statedDates{published: md.published, modified: md.modified})
	m.Published, m.Modified, m.PublishedDayOnly, m.ModifiedDayOnly = d.published, d.modified, d.publishedDayOnly, d.modifiedDayOnly
	m.Owned = append(m.Owned, d.lines...)

	var nodes []*html.Node
	m.Byline, m.Authors, nodes = findAuthors(p, structuredAuthors(s, ld, md), headNode)
	m.Byline, m.Authors = respell(m.Byline, m.Authors, properSpellings(s, ld, md))
	m.Owned = append(m.Owned, nodes...)
	img, imgNode := findLeadImage(p, structuredImage(p, s, ld, md), headNode)
	m.LeadImage = img
	if imgNode != nil {
		m.Owned = append(m.Owned, imgNode)
	}
	var notices []*html.Node
	m.Mirrors, notices = findMirrors(p)
	m.Owned = append(m.Owned, notices...)
	m.Description = dropNotice(m.Description, notices)
	m.Alternates = findAlternates(p)
	m.Owned = uniqueNodes(m.Owned)
	return m
}

// findDekOwned finds the dek under the headline, else under another
// visible <h1> (feature pages repeat the headline in a sticky bar), else
// a visible itemprop=description, and records its element as owned. The
// dek may show any of the declared descriptions (descs), not only the one
// Description keeps: JSON-LD's may be the printed standfirst while the
// meta tag words it for search.
func findDekOwned(p *page.Page, m *Metadata, head *html.Node, h1s []*html.Node, md *microdata, descs []string) (string, *html.Node) {
	anchors := append([]*html.Node{head}, h1s...)
	shown := dekDescriptions(otherDescriptions(m.Description, descs))
	var dek string
	var n *html.Node
	for _, a := range anchors {
		if a == nil || (a != head && p.Stats(a).LinkText >= p.Stats(a).Text) {
			continue
		}
		if dek, n = findDek(p, a, m.Title, shown); n != nil {
			break
		}
	}
	if n == nil && md.descriptionNode != nil && md.descriptionNode.Type == html.ElementNode && md.description != "" &&
		!p.Stats(md.descriptionNode).Hidden && md.descriptionNode.DataAtom != atom.Meta {
		dek, n = md.description, md.descriptionNode
	}
	if n != nil {
		m.Owned = append(m.Owned, n)
	}
	return dek, n
}

// titleCandidates are the structured titles in precedence order.
func titleCandidates(s *sources, ld *ldData, md *microdata) []string {
	out := []string{ld.headline}
	for _, k := range titleMetaKeys {
		out = append(out, s.get(k))
	}
	return append(out, md.headline)
}

// pageType is the article's JSON-LD type, else og:type, else microdata's
// or the JSON-LD page type.
func pageType(s *sources, ld *ldData, md *microdata) string {
	if ld.article != nil {
		return ld.typ
	}
	return lower(firstNonBlank(s.get(typeMetaKeys...), md.typ, ld.typ))
}

// declaredAuthors are the author names structured data gives, and where
// they came from.
type declaredAuthors struct {
	names []string
	// fromMetaTags says <meta> tags gave them, plain or microdata's,
	// which CMS themes fill with the site's owner when a post names no
	// author.
	fromMetaTags bool
}

// structuredAuthors returns the author names of the first structured
// source that gives any: JSON-LD, microdata, then meta tags.
func structuredAuthors(s *sources, ld *ldData, md *microdata) declaredAuthors {
	if len(ld.authors) > 0 {
		return declaredAuthors{names: ld.authors}
	}
	if len(md.authors) > 0 {
		return declaredAuthors{names: md.authors, fromMetaTags: !md.authorsShown}
	}
	for _, k := range authorMetaKeys {
		var out []string
		for _, v := range s.values(k) {
			if v != "" && !looksLikeURL(v) && v[0] != '@' {
				out = append(out, v)
			}
		}
		if len(out) > 0 {
			return declaredAuthors{names: out, fromMetaTags: true}
		}
	}
	return declaredAuthors{}
}

// structuredImage returns the image JSON-LD, OpenGraph, Twitter or
// microdata declare.
func structuredImage(p *page.Page, s *sources, ld *ldData, md *microdata) *Image {
	if ld.image != nil {
		return ld.image
	}
	for _, k := range imageMetaKeys {
		if u := p.Resolve(s.get(k)); u != "" {
			return &Image{URL: unresized(p, s, u), Alt: s.get("og:image:alt", "twitter:image:alt"),
				Width: atoiPrefix(s.get("og:image:width")), Height: atoiPrefix(s.get("og:image:height"))}
		}
	}
	if md.image != "" {
		return &Image{URL: md.image}
	}
	return nil
}

// dropNotice returns "" when the description is a mirror notice's text.
func dropNotice(desc string, notices []*html.Node) string {
	fd := fold(desc)
	for _, n := range notices {
		if fd != "" && fold(page.Text(n)) == fd {
			return ""
		}
	}
	return desc
}

// uniqueNodes drops repeated and nil nodes, keeping the first of each.
func uniqueNodes(ns []*html.Node) []*html.Node {
	seen := make(map[*html.Node]bool, len(ns))
	out := ns[:0]
	for _, n := range ns {
		if n != nil && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}
