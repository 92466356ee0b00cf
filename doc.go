// Package newsextract turns the raw HTML of a news page into a structured
// Article: headline, dek, byline and authors, dates, site, language,
// canonical URL, breadcrumbs, tags, the lead image with its caption and
// credit, the body as clean blocks, and the mirror addresses the
// publication announces.
//
// It is a thin facade over two packages that never import each other:
// extract finds and cleans the main content, metadata reads everything
// else. Both read one parse of the page and one index of it.
package newsextract
