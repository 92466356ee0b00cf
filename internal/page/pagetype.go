package page

import "strings"

// articleTypeWords are the parts of the og:type or schema.org @type names
// of a story: "article", "NewsArticle", "BlogPosting", "Report",
// "ReportageNewsArticle", "story".
var articleTypeWords = []string{"article", "posting", "report", "story", "news"}

// ArticleType reports whether a page type, lower case as og:type or a
// JSON-LD @type gives it, declares a story.
func ArticleType(t string) bool {
	for _, s := range articleTypeWords {
		if strings.Contains(t, s) {
			return true
		}
	}
	return false
}
