package newsextract

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"time"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/page"
	"github.com/newsextract/newsextract/metadata"
)

// call is the state of one extraction; the Extractor itself holds none.
type call struct {
	meta *metadata.Metadata
	body *extract.Result
}

// run indexes doc once, reads its metadata and body, and merges them.
func (e *Extractor) run(ctx context.Context, doc *html.Node, u *url.URL) (*Article, error) {
	p, err := page.New(doc, u, e.limits())
	switch {
	case errors.Is(err, page.ErrTooManyNodes):
		return nil, fmt.Errorf("%w: more than %d nodes", ErrTooLarge, e.limits().MaxNodes)
	case errors.Is(err, page.ErrTooDeep):
		return nil, fmt.Errorf("%w: more than %d levels", ErrTooDeep, e.limits().MaxDepth)
	case err != nil:
		return nil, fmt.Errorf("newsextract: %w", err)
	}
	opts := extract.Options{OmitImages: e.OmitImages, OmitLinks: e.OmitLinks, OmitTables: e.OmitTables, Favor: e.Favor}
	c := &call{}
	if err := ctxErr(ctx); err != nil {
		return nil, err
	}
	c.meta = metadata.FromPage(p)
	if err := ctxErr(ctx); err != nil {
		return nil, err
	}
	hints := extract.Hints{Title: c.meta.Title, Dek: c.meta.Subtitle, Skip: c.meta.Owned, PageType: c.meta.Type}
	c.body, err = extract.FromPage(p, opts, hints)
	if errors.Is(err, extract.ErrNoContent) {
		return c.pageOnly(), fmt.Errorf("%w: %v", ErrNotArticle, err)
	}
	if err != nil {
		return nil, fmt.Errorf("newsextract: %w", err)
	}
	if err := ctxErr(ctx); err != nil {
		return nil, err
	}
	return c.article()
}

// ctxErr is ctx.Err() with the package's prefix, for errors.Is against
// context.Canceled and context.DeadlineExceeded.
func ctxErr(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("newsextract: %w", err)
	}
	return nil
}

// pageOnly is the Article of a page that holds no story: what the page
// says about itself, which a crawler files it by (title, site, language,
// canonical URL, description, image, tags, breadcrumbs, alternates,
// mirrors). Unless the page declares itself an article whose text a
// script fills in, the dek, byline and dates are left out: on a page
// without a story, the lines that look like them belong to the teasers
// it lists.
func (c *call) pageOnly() *Article {
	m := *c.meta
	if !page.ArticleType(m.Type) {
		m.Subtitle, m.Byline, m.Authors = "", "", nil
		m.Published, m.PublishedDayOnly, m.Modified, m.ModifiedDayOnly = time.Time{}, false, time.Time{}, false
	}
	c.meta, c.body = &m, &extract.Result{}
	a, _ := c.article()
	return a
}

// article merges metadata and body into the Article; what metadata owns is
// already out of the body, through the hints.
func (c *call) article() (*Article, error) {
	m := c.meta
	if b := c.body.Body; len(b) == 1 && m.Subtitle != "" && page.CollapseSpace(b[0].Text) == m.Subtitle {
		// A post of one paragraph that the page also declares as its
		// description is the story, not a dek over it.
		m.Subtitle = ""
	}
	a := &Article{
		URL: m.URL, Title: m.Title, Subtitle: m.Subtitle, Byline: m.Byline, Authors: m.Authors,
		Published: m.Published, PublishedDayOnly: m.PublishedDayOnly,
		Modified: m.Modified, ModifiedDayOnly: m.ModifiedDayOnly,
		SiteName: m.SiteName, Language: m.Language,
		Description: m.Description, Breadcrumbs: m.Breadcrumbs, Tags: m.Tags,
		Mirrors: m.Mirrors, Alternates: m.Alternates, Body: c.body.Body,
	}
	if m.LeadImage != nil {
		img := Image(*m.LeadImage)
		a.LeadImage = &img
	}
	return a, nil
}
