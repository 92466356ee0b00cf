package newsextract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"os"
	"strings"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/page"
)

// Defaults for the Extractor limits left at zero.
const (
	DefaultMaxBytes = 16 << 20 // larger than any real article page, small enough for any server
	DefaultMaxNodes = 250_000  // 25 times the largest page of the evaluation corpora (10,000 tags)
	DefaultMaxDepth = 512      // the most the HTML parser accepts
)

// Favor trades precision against recall in the body; see extract.Favor.
type Favor = extract.Favor

// The Favor values.
const (
	Balanced  = extract.Balanced
	Precision = extract.Precision
	Recall    = extract.Recall
)

// Extractor turns news pages into Articles. The zero value is ready to use
// with the defaults above. An Extractor is safe for concurrent use as long
// as its fields are not changed meanwhile: every call keeps its own state.
type Extractor struct {
	MaxBytes int64 // input bytes read at most; 0 means DefaultMaxBytes, <0 no limit
	MaxNodes int   // tags in the source and elements in the parsed tree at most; 0 means DefaultMaxNodes, <0 no limit
	MaxDepth int   // element nesting at most; 0 or less means DefaultMaxDepth, which is also the most the parser allows

	OmitImages bool  // leave figures out of the body
	OmitLinks  bool  // keep link text in the body, drop link targets
	OmitTables bool  // leave tables out of the body
	Favor      Favor // precision or recall in the body; Balanced by default
}

var defaultExtractor Extractor

// Extract reads an HTML page from r and returns its article, using a zero
// Extractor. pageURL is the address the page was fetched from; it may be
// empty, but relative links then stay relative.
//
// On a page that holds no article, the error is ErrNotArticle and the
// Article, when the input was HTML, still carries what the page says
// about itself (title, site name, language, canonical URL, description,
// image, tags, breadcrumbs, alternates, mirrors) with no body; the dek,
// byline and dates only when the page declares itself an article. On
// every other error the Article is nil.
func Extract(ctx context.Context, r io.Reader, pageURL string) (*Article, error) {
	return defaultExtractor.Extract(ctx, r, pageURL)
}

// Extract reads an HTML page from r and returns its article. The encoding is
// taken from a byte-order mark or a <meta> declaration, else detected.
func (e *Extractor) Extract(ctx context.Context, r io.Reader, pageURL string) (*Article, error) {
	return e.ExtractWithContentType(ctx, r, pageURL, "")
}

// ExtractWithContentType is Extract for a page whose HTTP Content-Type
// header is known: its charset parameter overrides what the page declares,
// and a media type that is neither text, HTML, XML nor
// application/octet-stream (JSON, an image, a PDF) is refused with
// ErrNotArticle before the body is read.
func (e *Extractor) ExtractWithContentType(ctx context.Context, r io.Reader, pageURL, contentType string) (*Article, error) {
	u, err := parsePageURL(pageURL)
	if err != nil {
		return nil, err
	}
	if err := ctxErr(ctx); err != nil {
		return nil, err
	}
	if kind := nonHTMLType(contentType); kind != "" {
		return nil, fmt.Errorf("%w: input is %s, not HTML", ErrNotArticle, kind)
	}
	data, err := e.read(ctx, r)
	if err != nil {
		return nil, err
	}
	if kind := binaryKind(data); kind != "" {
		return nil, fmt.Errorf("%w: input is %s, not HTML", ErrNotArticle, kind)
	}
	text, _ := page.Decode(data, contentType)
	lim := e.limits()
	tags := page.CountTags(text)
	if lim.MaxNodes > 0 && tags > lim.MaxNodes {
		// Checked before parsing: the parser's memory grows with the
		// tags it reads, and unclosed formatting tags multiply them.
		return nil, fmt.Errorf("%w: more than %d tags", ErrTooLarge, lim.MaxNodes)
	}
	if tags == 0 && len(bytes.TrimSpace(text)) > 0 {
		// Plain text, JSON, CSV: words without a single tag are no page.
		return nil, fmt.Errorf("%w: input has no HTML markup", ErrNotArticle)
	}
	doc, err := page.Parse(text)
	if err != nil {
		if errors.Is(err, page.ErrTooDeep) {
			// The parser's own words ("open stack of elements exceeds
			// 512 nodes") say where.
			return nil, fmt.Errorf("%w: %s", ErrTooDeep, strings.TrimPrefix(err.Error(), page.ErrTooDeep.Error()+": "))
		}
		return nil, fmt.Errorf("newsextract: parsing HTML: %w", err)
	}
	return e.run(ctx, doc, u)
}

// binaryKind names the type of data that is no text at all (a gzip stream
// saved as it was served, a PDF, an image), as the WHATWG sniffing rules
// in net/http read its first 512 bytes; "" for text. Decoding such bytes
// would turn them into a paragraph of mojibake. The rules call bytes of
// unknown type binary for a single control byte; markup with a stray one
// is still taken for text.
func binaryKind(data []byte) string {
	ct := http.DetectContentType(data)
	if strings.HasPrefix(ct, "text/") || ct == "application/octet-stream" && looksLikeMarkup(data) {
		return ""
	}
	return ct
}

// maxStrayControlShare is the share of control bytes, in the bytes
// sniffed, that markup may carry: binary data has one in eight or so.
const maxStrayControlShare = 0.01

// looksLikeMarkup reports whether the first 512 bytes hold a tag and
// hardly any control byte.
func looksLikeMarkup(data []byte) bool {
	head := data[:min(len(data), 512)]
	controls := 0
	for _, b := range head {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b || b == 0x7f {
			controls++
		}
	}
	return page.CountTags(head) > 0 && float64(controls) <= maxStrayControlShare*float64(len(head))
}

// nonHTMLType names the media type of a Content-Type header that announces
// something other than a page (JSON, an image, a PDF), or "". Text of any
// kind, XML and the unknown application/octet-stream are left to the
// bytes themselves: servers label pages loosely.
func nonHTMLType(contentType string) string {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil || mt == "" || mt == "application/octet-stream" ||
		strings.HasPrefix(mt, "text/") || strings.Contains(mt, "html") || strings.Contains(mt, "xml") {
		return ""
	}
	return mt
}

// ctxReader reads from r until ctx is done, so that a cancelled call does
// not wait for a slow body to end.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// ExtractHTTP reads the article from an HTTP response: its body (which the
// caller still closes), its Content-Type header and the URL of the request
// that produced it, after redirects. It does not look at the status code:
// whether a 404 page or a 410 is worth reading is the caller's decision.
func (e *Extractor) ExtractHTTP(ctx context.Context, resp *http.Response) (*Article, error) {
	if resp == nil || resp.Body == nil {
		return nil, fmt.Errorf("%w: no response body", ErrNotArticle)
	}
	pageURL := ""
	if resp.Request != nil && resp.Request.URL != nil {
		pageURL = resp.Request.URL.String()
	}
	a, err := e.ExtractWithContentType(ctx, resp.Body, pageURL, resp.Header.Get("Content-Type"))
	if a != nil {
		a.Mirrors = addOnionLocation(a.Mirrors, resp.Header.Get("Onion-Location"))
	}
	return a, err
}

// onionLocationText labels a mirror announced by Tor's Onion-Location, as
// package metadata labels the <meta http-equiv> form.
const onionLocationText = "Onion-Location"

// addOnionLocation adds the onion service an Onion-Location response header
// announces, unless it is malformed or already listed.
func addOnionLocation(mirrors []Mirror, header string) []Mirror {
	u, err := url.Parse(strings.TrimSpace(header))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || !strings.HasSuffix(u.Hostname(), ".onion") {
		return mirrors
	}
	for _, m := range mirrors {
		if m.URL == u.String() {
			return mirrors
		}
	}
	return append(mirrors, Mirror{URL: u.String(), Text: onionLocationText})
}

// ExtractNode returns the article of an already parsed document. It never
// changes doc, so one tree may be shared by several readers.
func (e *Extractor) ExtractNode(ctx context.Context, doc *html.Node, pageURL string) (*Article, error) {
	u, err := parsePageURL(pageURL)
	if err != nil {
		return nil, err
	}
	if doc == nil {
		return nil, fmt.Errorf("%w: nil document", ErrNotArticle)
	}
	return e.run(ctx, doc, u)
}

// read reads r up to the byte limit, into a buffer sized from the reader's
// length when it tells one (bytes.Reader, strings.Reader, os.File), which
// saves the doublings of a growing buffer.
func (e *Extractor) read(ctx context.Context, r io.Reader) ([]byte, error) {
	limit := e.MaxBytes
	if limit == 0 {
		limit = DefaultMaxBytes
	}
	var buf bytes.Buffer
	if size := sizeHint(r); size > 0 && (limit < 0 || size <= limit) {
		buf.Grow(int(size) + bytes.MinRead)
	}
	var src io.Reader = ctxReader{ctx, r}
	if limit >= 0 {
		src = io.LimitReader(src, limit+1)
	}
	if _, err := buf.ReadFrom(src); err != nil {
		return nil, fmt.Errorf("newsextract: reading input: %w", err)
	}
	if limit >= 0 && int64(buf.Len()) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return buf.Bytes(), nil
}

// sizeHint is how many bytes r says it holds, or 0.
func sizeHint(r io.Reader) int64 {
	switch v := r.(type) {
	case interface{ Len() int }:
		return int64(v.Len())
	case interface{ Stat() (os.FileInfo, error) }:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
			return fi.Size()
		}
	}
	return 0
}

func parsePageURL(pageURL string) (*url.URL, error) {
	if strings.TrimSpace(pageURL) == "" {
		return nil, nil
	}
	u, err := url.Parse(strings.TrimSpace(pageURL))
	if err != nil || !u.IsAbs() || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, fmt.Errorf("%w: %q", ErrBadURL, pageURL)
	}
	return u, nil
}

func (e *Extractor) limits() page.Limits {
	lim := page.Limits{MaxNodes: e.MaxNodes, MaxDepth: e.MaxDepth}
	switch {
	case lim.MaxNodes == 0:
		lim.MaxNodes = DefaultMaxNodes
	case lim.MaxNodes < 0:
		lim.MaxNodes = 0
	}
	if lim.MaxDepth <= 0 {
		lim.MaxDepth = DefaultMaxDepth
	}
	return lim
}
