package metadata

// dekClassWords are class/id words (split on spaces, hyphens and
// underscores, lower case) that mark a standfirst. A word also matches
// when it ends in one of them ("articlelead", "headerteaser").
var dekClassWords = []string{
	"standfirst",  // British papers
	"dek",         // American magazines
	"deck",        // American papers
	"subtitle",    // generic
	"subheadline", // German and American CMSs
	"subhead",     // American CMSs
	"subheading",  // generic
	"strapline",   // British papers
	"lead",        // German and Scandinavian papers ("article-lead")
	"lede",        // American spelling of lead
	"intro",       // European CMSs
	"teaser",      // German CMSs
	"summary",     // generic ("article-summary")
	"excerpt",     // WordPress
	"abstract",    // scholarly and explainer pages
	"description", // "article-description"; image descriptions are avoided below
	"sapo",        // French papers ("chapô")
	"chapo",       // French papers
	"entradilla",  // Spanish papers
	"occhiello",   // Italian papers (kicker-like, often the dek)
	"sommario",    // Italian papers
	"bajada",      // Latin American papers
	"linha-fina",  // Brazilian papers
	"synopsis",    // Indian papers ("art_synopsis")
	"leadin",      // German magazines ("leadIn")
	"announce",    // Russian CMSs ("article__announce")
}

// dekClassAvoid are class/id words of elements that match a dek word but
// are something else: author boxes, promos, leaderboard ads, labels.
var dekClassAvoid = []string{
	"author", "bio", "byline", "meta", "card", "related", "promo", "newsletter", "comment",
	"teaser-list", "leaderboard", "ad", "ads", "advert", "nav", "menu", "footer", "share", "social",
	"list", "item", "link", "tags", "date", "time", "breadcrumb", "label", "kicker", "rubric",
	"overline", "topline", "leader", "teasers", "introduction",
}

// dekClassFalse are class words that start or end with a dek word but
// name something else; they neither mark nor rule out a dek.
var dekClassFalse = map[string]bool{
	"leading":    true, // Tailwind's line-height utility ("leading-tight")
	"misleading": true, // English word in fact-check labels, not a lead
}

// dekMediaParts are parts of class/id words that mark an image's or a
// gallery's text ("atc-ImageDescription", "mediaSubtitle",
// "lightbox-gallery__description"): captions, never the dek.
var dekMediaParts = []string{
	"image", "img", "photo", "picture", "media", "gallery", "lightbox", "caption", "figure",
	"video", "credit", "slide",
}

// Dek length bounds in runes: shorter is a label, longer is body text.
const (
	minDekRunes = 25
	maxDekRunes = 700
)

// dekWindow is how many elements after the headline the dek may sit:
// bylines, dates, share bars and the lead figure come between.
const dekWindow = 250

// minDekWords is the fewest words of an unnamed sentence right under the
// headline read as the dek: fewer make a label or a kicker.
const minDekWords = 6

// maxUnnamedDekRunes caps such an unnamed sentence: a standfirst is a line
// or two; longer is the story's opening.
const maxUnnamedDekRunes = 250

// maxDekPrefixRunes is how much a paragraph may add to an inline dek it
// wraps (a dateline such as "Berlin. ") and still be the dek.
const maxDekPrefixRunes = 30
