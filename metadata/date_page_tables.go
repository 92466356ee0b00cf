package metadata

// Tables for finding dates on a page. Meta names are compared lower case.

// publishedMetaNames are <meta name|property|itemprop|http-equiv> keys that
// give the first publication, most trusted first.
var publishedMetaNames = []string{
	"article:published_time",    // OpenGraph article, the most widely kept
	"article:published",         // a common misspelling of the above
	"og:article:published_time", // prefixed variant some CMSs emit
	"datepublished",             // schema.org microdata on a <meta>
	"published_time",            // bare OpenGraph key
	"parsely-pub-date",          // Parse.ly analytics tag
	"sailthru.date",             // Sailthru personalisation tag
	"article.published",         // Gannett and others
	"citation_publication_date", // Google Scholar tags on journals and reports
	"citation_online_date",      // ditto, online-first date
	"citation_date",             // ditto, older form
	"dc.date.issued",            // Dublin Core issued
	"dcterms.issued",            // Dublin Core terms issued
	"dc.date.created",           // Dublin Core created
	"dcterms.created",           // Dublin Core terms created
	"pubdate",                   // NYT-style and many CMSs
	"publishdate",               // ditto
	"publish-date",              // ditto
	"publish_date",              // ditto
	"pub_date",                  // ditto
	"publication_date",          // ditto
	"original-publish-date",     // syndicated copies naming the first run
	"originalpublicationdate",   // ditto
	"og:published_time",         // nonstandard OpenGraph key
	"og:pubdate",                // ditto
	"article:post_date",         // some WordPress themes
	"datecreated",               // schema.org microdata created
	"published",                 // bare key some CMSs write
	"dc.date",                   // Dublin Core date, often the issue date
	"dcterms.date",              // ditto
	"date",                      // the bare key: often but not always publication
}

// weakMetaNames are generic keys that many CMSs fill with the time the page
// was built or last touched; a date the visible page states wins over them.
var weakMetaNames = map[string]bool{"date": true, "dc.date": true, "dcterms.date": true}

// modifiedMetaNames give the last update, most trusted first.
var modifiedMetaNames = []string{
	"article:modified_time",    // OpenGraph article
	"article:modified",         // misspelling of the above
	"og:article:modified_time", // prefixed variant
	"datemodified",             // schema.org microdata on a <meta>
	"og:updated_time",          // OpenGraph page update time
	"modified_time",            // bare OpenGraph key
	"article:updated_time",     // some WordPress themes
	"article.updated",          // Gannett and others
	"dc.date.modified",         // Dublin Core modified
	"dcterms.modified",         // Dublin Core terms modified
	"last-modified",            // http-equiv copy of the header
	"lastmod",                  // sitemap-style key in a meta
	"revised",                  // old HTML revision meta
	"updated_time",             // bare key
}

// publishedLabels introduce a publication date in visible text.
var publishedLabels = []string{
	"published", "posted", "first published", "publication date", "released", // English
	"veröffentlicht", "erschienen", "publiziert", "erstellt", "datum", // German
	"publié", "publie le", "paru le", // French
	"publicado", "publicada", "fecha de publicación", // Spanish and Portuguese
	"pubblicato", "pubblicata", // Italian
	"опубликовано", "опубликован", "дата публикации", // Russian
	"نشر", "تاريخ النشر", "نُشر", // Arabic
	"تاریخ انتشار", "انتشار", // Persian
	"发布时间", "发表时间", "发布于", "公開日", "掲載日", "配信日", // Chinese and Japanese
	"기사입력", "입력", // Korean "entered": the first publication
}

// modifiedLabels introduce an update date in visible text.
var modifiedLabels = []string{
	"updated", "last updated", "last modified", "modified", "revised", // English
	"aktualisiert", "zuletzt aktualisiert", "geändert", "änderung", "stand", // German "Stand: 24.11.2026", as of
	"mis à jour", "mise à jour", "modifié", // French
	"actualizado", "actualizada", "atualizado", "atualizada", "modificado", // Spanish and Portuguese
	"aggiornato", "aggiornata", "modificato", // Italian
	"обновлено", "обновлен", "изменено", // Russian
	"تحديث", "آخر تحديث", "محدث", // Arabic
	"به‌روزرسانی", "بروزرسانی", "ویرایش", // Persian
	"更新时间", "更新于", "更新日", "更新", // Chinese and Japanese
	"최종수정", "수정", "업데이트", // Korean "(last) corrected", "updated"
}

// dateClassWords mark elements whose short text is likely a dateline; they
// are matched inside class and id values, lower case.
var dateClassWords = []string{
	"date",     // date, post-date, article-date, entry-date, dateline
	"time",     // time, timestamp, pubtime
	"publish",  // published, publish-info
	"posted",   // posted-on
	"updated",  // updated, last-updated
	"modified", // modified
	"byline",   // bylines often carry the date
	"author",   // author boxes too, and "authored" lines
	"meta",     // article-meta, entry-meta, post-meta
	"datum",    // German
	"fecha",    // Spanish
	"info",     // article-info, story-info blocks
}

// modifiedClassWords in a class or id say the date in it is an update.
var modifiedClassWords = []string{"updated", "modified", "update", "lastmod"}

// publishedClassWords in a class or id say the date in it is the first
// publication.
var publishedClassWords = []string{"publish", "posted", "created", "pubdate"}

// excludedClassTokens name containers whose dates belong to other stories
// or to readers: matched as whole tokens of class and id values split at
// spaces, hyphens and underscores, lower case.
var excludedClassTokens = map[string]bool{
	"related": true, "relatedarticles": true, "related-posts": true, // related stories
	"teaser": true, "teasers": true, // teaser lists
	"comment": true, "comments": true, "commentlist": true, "kommentare": true, // reader comments
	"reply": true, "replies": true, "disqus": true, // comment systems
	"recommended": true, "recommendations": true, "recirculation": true, "recirc": true, // recirculation
	"trending": true, "popular": true, "mostread": true, "most": true, // most-read boxes
	"nav": true, "navigation": true, "menu": true, // page furniture
	"promo": true, "outbrain": true, "taboola": true, "ticker": true, // ads and tickers
	"newsletter": true, "more": true, "latest": true, "also": true, // more-stories, also-read
	"event": true, "events": true, // event listings: the day of the event
}

// outsideClassTokens name page furniture whose dates are not the story's
// when it stands outside the story container; inside it (an article footer
// or a details sidebar) it often carries the story's own date.
var outsideClassTokens = map[string]bool{
	"sidebar": true, "rail": true, "aside": true, // side columns
	"footer": true, // page and article footers
}

// readerClassTokens name reader comment sections; they exclude even next to
// the headline.
var readerClassTokens = map[string]bool{
	"comment": true, "comments": true, "commentlist": true, "kommentare": true,
	"reply": true, "replies": true, "disqus": true,
}

// titleDateSeparators end a date that leads a title: "24.11.2026 - Headline",
// "24.11.2026 | Headline".
var titleDateSeparators = []string{
	" - ", // hyphen between date and headline
	" – ", // en dash
	" — ", // em dash
	" | ", // pipe, the common site-name separator
	": ",  // colon
}

// clockClassNames in a class or id name the site's own clock or today's
// date (forum headers, mastheads): the time the page was served, never a
// story's. Matched inside the lower-case class and id values.
var clockClassNames = []string{
	"current-time", "current_time", "currenttime", // "It is currently …" lines
	"current-date", "current_date", "currentdate", // today's date in a masthead
}

// rangeJoiners join the two ends of a time or day range.
var rangeJoiners = []string{
	"-", "–", "—", // hyphen, en and em dash
	" bis ",   // German
	" to ",    // English
	" until ", // English
	" au ",    // French "du … au …"
	" al ",    // Spanish and Italian "del … al …"
}

// otherDateLabels introduce a date that is not the page's: deadlines,
// validity and event dates. Matched as whole words before the first digit
// of an unmarked line, lower case.
var otherDateLabels = []string{
	"deadline",        // English, also used in German
	"until",           // English "open until"
	"valid",           // "valid until", "valid from"
	"expires",         // offers and coupons
	"bis",             // German "bis 23.06."
	"anmeldeschluss",  // German registration deadline
	"einsendeschluss", // German submission deadline
	"frist",           // German deadline
	"gültig",          // German "gültig bis"
	"jusqu'au",        // French "until"
	"hasta",           // Spanish "until"
	"release",         // a product's release date (games, films, software)
}

// otherLabelOwners are the words that, before an otherDateLabels entry,
// make the date the page's own: "Press release 24.11.2026".
var otherLabelOwners = map[string]string{
	"release": "press",
}

// foreignScopeTypes are schema.org types of things a page describes or
// hosts, whose datePublished is the thing's (a software version, a
// product, a reader's review or comment, an event), never the page's.
// Media objects are left out: on a podcast or video page they are the story.
var foreignScopeTypes = map[string]bool{
	"softwareapplication": true, "mobileapplication": true, "webapplication": true, "videogame": true, // download portals
	"product": true, "offer": true, // shops
	"review": true, "comment": true, "answer": true, // readers' contributions
	"event": true, // event listings
}
