package metadata

// tagMetaKeys give an article's keywords, in precedence order: the first
// key with values wins, since publishers fill several with the same list.
var tagMetaKeys = []string{
	"article:tag",       // OpenGraph, one meta per tag
	"parsely-tags",      // Parse.ly analytics, comma-separated
	"news_keywords",     // Google News keywords
	"keywords",          // the classic keyword list
	"sailthru.tags",     // Sailthru personalisation
	"dc.subject",        // Dublin Core
	"citation_keywords", // scholarly pages
}

// maxTagRunes caps one tag; longer "tags" are sentences or stuffed lists.
const maxTagRunes = 60

// minMachineTags is the fewest "Field: value" tags that mark a keyword
// list as analytics metadata; one colon is a topic's own.
const minMachineTags = 3

// maxTagFieldWords bounds the field name of a "Field: value" machine tag.
const maxTagFieldWords = 2

// topicFields name the fields of an analytics keyword list whose values
// are the article's topics ("Subject: Justice"), lower case.
var topicFields = map[string]bool{
	"subject": true, "subjects": true, "topic": true, "topics": true,
	"tag": true, "tags": true, "keyword": true, "keywords": true,
	"thema": true, "themen": true, "schlagwort": true, "sujet": true, "tema": true,
}

// maxTags caps the list; keyword stuffing lists hundreds.
const maxTags = 40

// tagJunk are values CMSs put in keyword lists that are not topics (lower
// case, compared after trimming).
var tagJunk = map[string]bool{
	"null":      true, // template placeholder
	"undefined": true, // template placeholder
	"none":      true, // template placeholder
	"article":   true, // content type, not a topic
	"home":      true, // section, not a topic
	"homepage":  true, // section, not a topic
	"index":     true, // template placeholder
}

// tagPrefixJunk are prefixes of machine tags (analytics and CMS ids) that
// are not topics.
var tagPrefixJunk = []string{
	"type:",     // Parse.ly content type
	"section:",  // CMS section markers
	"id:",       // CMS ids
	"author:",   // author tags
	"tag:",      // namespaced ids
	"@",         // social handles
	"category:", // CMS category markers
	"nlp ",      // machine-generated entity and category tags
}

// tagFurniture are class/id tokens of containers of site-wide tag lists;
// their links are every tag of the site. Whole tokens only: themes put
// "has-sidebar" on <body>. Tokens with "cloud" and "widget_" prefixes
// (WordPress "widget_tag_cloud") count too.
var tagFurniture = map[string]bool{
	"sidebar": true, // theme sidebars
	"widget":  true, // WordPress widgets
}

// tagListWords are class/id tokens of an article's tag list (tokens
// ending "-tags" or "-keywords" count too: tagListSuffixes).
var tagListWords = []string{
	"tags", "tag-list", "taglist", "tags-list",
	"keywords", "topics", "article-topics", "related-topics", "tag-links", "tags-links",
}

// tagListSuffixes end class tokens of an article's tag list that qualify
// it ("field-name-field-tags", "page-tags", "stories-keywords"); the part
// before is the CMS's field or component name.
var tagListSuffixes = []string{"-tags", "-keywords"}
