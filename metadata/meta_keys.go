package metadata

// Meta keys (name, property or http-equiv, lower case) read for each field,
// in precedence order.
var (
	// titleMetaKeys give the story's title in social and analytics tags.
	titleMetaKeys = []string{"headline", "dc.title", "og:title", "twitter:title", "parsely-title", "sailthru.title", "citation_title", "title"}

	// descriptionMetaKeys give the summary of the story.
	descriptionMetaKeys = []string{"dc.description", "description", "og:description", "twitter:description", "sailthru.description"}

	// siteMetaKeys name the publication.
	siteMetaKeys = []string{"og:site_name", "application-name", "apple-mobile-web-app-title", "citation_journal_title", "dc.publisher", "citation_publisher"}

	// authorMetaKeys give author names (article:author may be a profile URL,
	// which names() drops).
	authorMetaKeys = []string{"dc.creator", "author", "article:author", "parsely-author", "sailthru.author", "citation_author", "byl", "twitter:creator"}

	// languageMetaKeys give the page's language.
	languageMetaKeys = []string{"content-language", "language", "dc.language", "citation_language", "og:locale"}

	// canonicalMetaKeys give the page's own address.
	canonicalMetaKeys = []string{"og:url", "twitter:url", "parsely-link"}

	// imageMetaKeys give the share image.
	imageMetaKeys = []string{"og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src", "parsely-image-url", "sailthru.image.full", "thumbnail"}

	// typeMetaKeys give the kind of page.
	typeMetaKeys = []string{"og:type"}
)
