// Package newsextract turns the raw HTML of a news page into a structured
// Article: headline, dek, byline and authors, published and modified times,
// site name, language, canonical URL, section breadcrumbs, tags, the lead
// image with its caption and credit, the body as clean blocks, the mirror
// addresses the publication announces, and the alternates it declares.
//
//	a, err := newsextract.Extract(ctx, resp.Body, "https://news.example/2026/11/story")
//	if err != nil { … } // errors.Is(err, newsextract.ErrNotArticle): a home page, an index, an error page
//	fmt.Println(a.Title, a.Authors, a.Published)
//	fmt.Println(a.Markdown())
//
// # Input
//
// Extract takes the bytes of one HTML page, as served, and the URL it was
// fetched from. The URL may be empty; relative links and image addresses then
// stay relative. ExtractHTTP takes an *http.Response and uses its
// Content-Type header and final URL; ExtractWithContentType takes the header
// alone, for pages kept in an archive; ExtractNode takes a tree already parsed
// with golang.org/x/net/html. Bytes that are not text, as net/http's
// content sniffing reads their first 512 bytes (a gzip stream saved as
// served, a PDF, an image), text without a single tag, and a body whose
// Content-Type names another type than text, HTML or XML (JSON, an
// image) are refused with ErrNotArticle. ExtractHTTP does not look at the
// status code.
//
// # Output
//
// Every Article field is optional: what the page does not state stays empty,
// and nothing is invented (no author from a random name, no date from a
// script, no title from the URL). Published and Modified keep the offset
// the page states; a date the page gives without a time of day reads
// midnight and sets PublishedDayOnly or ModifiedDayOnly, so that its clock
// is not taken for a time. The body is a list of blocks — paragraphs,
// headings with their level, lists, quotes, preformatted text, tables and
// figures with caption and credit — in reading order. Text, Markdown and HTML
// are three renderings of the same blocks, so they never disagree. What
// metadata owns (the headline, byline and dateline lines, the dek, the lead
// figure, mirror notices) is not repeated in the body; navigation, share bars,
// newsletter boxes, related stories, comments, cookie and paywall notices and
// ads are nowhere in the Article.
//
// # Pipeline
//
// The bytes are decoded to UTF-8 and parsed once. One walk of the tree
// indexes every element with the counts the later stages need (text, link
// text, words, commas, paragraphs, depth, visibility). Visible means what a
// reader with access sees: a part of the story the page ships hidden and
// declares in its JSON-LD as behind the paywall ("isAccessibleForFree":
// false with a simple class or id cssSelector), or classes as its gated
// part (class paywall or premium-content, 500 characters of text or more),
// counts as visible, unless the page already shows the same text. Package
// metadata reads
// JSON-LD, OpenGraph, Twitter cards, <meta> tags, microdata and the visible
// page; package extract scores candidate containers over the index and turns
// the story into blocks, leaving out the nodes metadata has taken. This
// package only composes the two: they never import each other, and what the
// body needs from metadata passes through here as plain values. No stage
// re-parses, clones or changes the tree; per-node state lives in maps.
//
// # Concurrency
//
// An Extractor holds only configuration. Its zero value is ready to use, and
// one Extractor may serve any number of goroutines at once, provided its
// fields are not changed meanwhile. Every call keeps its state to itself.
// Extract checks ctx while it reads the input and between stages, and once
// ctx is done returns its error (wrapped, so errors.Is finds
// context.Canceled or context.DeadlineExceeded); a stage that has begun
// runs to its end, which the limits keep short.
//
// # Encodings
//
// The encoding is taken, in order, from a byte-order mark, the Content-Type
// header (ExtractHTTP, ExtractWithContentType), a <meta charset> or
// http-equiv declaration in the first 1024 bytes, and otherwise from the
// bytes themselves: valid UTF-8 is taken as UTF-8, runs of high bytes that
// read as Cyrillic words as windows-1251 or KOI8-R, anything else as
// windows-1252, as browsers do. Invalid sequences become U+FFFD.
//
// # Limits
//
// Extractor.MaxBytes (16 MiB by default) bounds the bytes read;
// Extractor.MaxNodes (250,000 by default, 25 times the largest page of our
// evaluation corpora) bounds the tags, counted before parsing, and the
// elements of the parsed tree (text nodes, which sit between them, are
// bounded by them); Extractor.MaxDepth (512, the most the parser accepts,
// and the most it may be set to) bounds nesting. Past a limit, Extract returns ErrTooLarge or ErrTooDeep.
// Within them, time grows linearly with the input and memory stays in the
// order of 100 bytes per input byte plus 1 KiB per tag: no input, however
// malformed, makes Extract panic, hang or allocate without bound. The tests
// hold it to that on empty input, binary garbage, 10 MB of text, 100,000
// nested elements, never-closed tag soup, class lists of 20,000 names,
// 160 chains of 500 nested elements, titles of 100,000 separated parts and
// 20,000 <h1>s, and FuzzExtract searches for more.
//
// # Errors
//
// Errors are wrapped with %w and begin with "newsextract:". Test them with
// errors.Is against ErrNotArticle, ErrTooLarge, ErrTooDeep and ErrBadURL, or
// against context.Canceled and context.DeadlineExceeded. With
// ErrNotArticle on an HTML page, the Article is not nil: it holds what
// the page says about itself (title, site name, language, canonical URL,
// description, image, tags, breadcrumbs, alternates, mirrors), so a
// crawler can still file a home page, or a story whose text only a
// script fills in, by its title. It has no body. It has a dek, byline
// and dates only when the page declares itself an article (og:type
// article, a JSON-LD article type), as a story whose text a script fills
// in does: on other pages without a story, lines that look like them
// belong to the teasers it lists. With every other error the Article is
// nil.
//
// # Security
//
// The input is untrusted. Extract runs no script, loads no resource and
// makes no network request. The HTML rendering is written from the blocks,
// not copied from the page: it holds only an allow-list of tags and of the
// href, src, alt, width, height attributes, only absolute http, https and
// mailto URLs, and never scripts, styles, event handlers, iframes or
// javascript: links, so it can be shown to a reader as it is. Text and
// Markdown renderings carry the page's words verbatim: escape them for
// whatever context they go into.
package newsextract
