package newsextract

import "errors"

// Sentinel errors. Extract wraps them with %w, so test with errors.Is.
var (
	// ErrNotArticle: the page holds no article (a home page, section
	// index, error page or empty document), or the input is not an HTML
	// page at all (a gzip stream, a PDF, an image, text without a tag, a
	// body whose Content-Type names another type). With an HTML page,
	// Extract returns it together with an Article that has the page's
	// own metadata and no body; see the Errors section of the package
	// documentation for what it holds.
	ErrNotArticle = errors.New("newsextract: not an article")

	// ErrTooLarge: the input exceeds Extractor.MaxBytes, or its tags
	// (counted before parsing, then in the parsed tree) exceed
	// Extractor.MaxNodes.
	ErrTooLarge = errors.New("newsextract: input too large")

	// ErrTooDeep: elements are nested deeper than Extractor.MaxDepth (or
	// the 512 levels the HTML parser accepts).
	ErrTooDeep = errors.New("newsextract: input nested too deeply")

	// ErrBadURL: the page URL given is not an absolute http(s) URL.
	ErrBadURL = errors.New("newsextract: invalid page URL")
)
