package metadata

// articleTypes are the schema.org @types that describe a story; the JSON-LD
// object carrying one of them is the page's article. Keys are lower case.
var articleTypes = map[string]bool{
	"article":                  true, // the generic parent of every story type
	"newsarticle":              true, // the type most news sites declare
	"reportagenewsarticle":     true, // NewsArticle subtype: on-the-ground reporting
	"analysisnewsarticle":      true, // NewsArticle subtype: analysis
	"opinionnewsarticle":       true, // NewsArticle subtype: op-eds and columns
	"reviewnewsarticle":        true, // NewsArticle subtype: reviews
	"backgroundnewsarticle":    true, // NewsArticle subtype: explainers
	"askpublicnewsarticle":     true, // NewsArticle subtype: reader questions
	"satiricalarticle":         true, // Article subtype used by satire sites
	"scholarlyarticle":         true, // Article subtype used by journals and blogs alike
	"techarticle":              true, // Article subtype used by how-to sites
	"report":                   true, // Article subtype used by agencies and NGOs
	"socialmediaposting":       true, // Article subtype, parent of BlogPosting
	"blogposting":              true, // the type WordPress SEO plugins declare
	"liveblogposting":          true, // live tickers
	"discussionforumposting":   true, // forum threads that carry a story
	"medicalscholarlyarticle":  true, // health sites
	"advertisercontentarticle": true, // sponsored stories are still stories
}

// pageTypes are the @types of the page itself; their headline or name is a
// weaker title candidate than an article's, used when no article exists.
var pageTypes = map[string]bool{
	"webpage":        true, // the generic page type
	"itempage":       true, // WebPage subtype some CMSs put on stories
	"aboutpage":      true, // WebPage subtype
	"collectionpage": true, // section fronts; their name is not a story title, but their language is the page's
	"profilepage":    true, // author pages
	"qapage":         true, // question pages
	"faqpage":        true, // FAQ pages
}

// mediaTypes are the @types of a clip that can be a page's whole story.
var mediaTypes = map[string]bool{
	"videoobject":    true, // news video pages
	"audioobject":    true, // radio pieces
	"podcastepisode": true, // podcast pages
}
