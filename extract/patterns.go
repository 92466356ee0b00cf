package extract

// Tables of class, id, role and tag patterns that mark a node as story
// container or as clutter. Class and id values are lower-cased and split
// into names (on white space); each name is looked up whole, then split on
// '-', '_' and ':' into parts that are looked up again, and finally searched
// for the substrings below. Matching is by table, never by regexp, so it
// stays cheap on every element of the page.

// storyNames are whole class or id names that CMSs give the element holding
// the story text. A node carrying one is a strong container candidate and is
// never treated as clutter.
var storyNames = map[string]string{
	"articlebody":            "schema.org property name used as a class",
	"article-body":           "generic CMS story container",
	"article__body":          "BEM variant of article-body",
	"article-body-content":   "article-body inner wrapper",
	"article-content":        "generic CMS story container",
	"article__content":       "BEM variant of article-content",
	"article-text":           "story text wrapper",
	"article__text":          "BEM variant of article-text",
	"articletext":            "older CMS story wrapper",
	"article-main":           "story column",
	"story-body":             "news CMS story container",
	"story__body":            "BEM variant of story-body",
	"story-content":          "news CMS story container",
	"story-text":             "news CMS story text",
	"storytext":              "older news CMS story text",
	"entry-content":          "WordPress post content",
	"entry-body":             "blog engine post body",
	"post-content":           "blog engine post content",
	"post-body":              "Blogger and others",
	"post__content":          "BEM variant of post-content",
	"post-entry":             "blog engine post wrapper",
	"c-article-body":         "Vox/Chorus style story body",
	"c-entry-content":        "Vox/Chorus entry content",
	"paywall-wrapper":        "story text gated by a paywall script, visible in the HTML",
	"body-text":              "generic story text",
	"bodytext":               "generic story text",
	"main-content":           "page's main column",
	"content-body":           "generic story container",
	"rich-text":              "rich text field of a headless CMS",
	"richtext":               "rich text field of a headless CMS",
	"text-body":              "generic story text",
	"td-post-content":        "Newspaper WordPress theme",
	"field-name-body":        "Drupal body field",
	"field--name-body":       "Drupal 8 body field",
	"node-content":           "Drupal node content",
	"articlecontent":         "older CMS story wrapper",
	"article-section":        "story section wrapper",
	"story-body-text":        "paragraph class of some news CMSs",
	"caas-body":              "Yahoo content-as-a-service body",
	"zn-body__paragraph":     "CNN paragraph wrapper",
	"article-body__content":  "BEM inner wrapper",
	"articlebodytext":        "older CMS story text",
	"single-post-content":    "WordPress theme variant",
	"the-content":            "WordPress theme variant",
	"content__article-body":  "Guardian style body",
	"article-page__body":     "BEM variant",
	"detail-body":            "Asian news CMS detail page body",
	"news-body":              "news CMS body",
	"newsbody":               "news CMS body",
	"article_body":           "snake case variant",
	"articlebodycontainer":   "news CMS body container",
	"story":                  "bare story container",
	"post":                   "bare post container",
	"entry":                  "bare entry container",
	"article":                "bare article container class",
	"content":                "bare content container",
	"main":                   "bare main column",
	"text":                   "bare text container",
	"body":                   "bare body container",
	"article-detail":         "detail page body",
	"article-details":        "detail page body",
	"article-full":           "full article view",
	"page-content":           "page content column",
	"blog-post":              "blog post body",
	"hentry":                 "microformats entry",
	"h-entry":                "microformats2 entry",
	"e-content":              "microformats2 entry content",
	"wysiwyg":                "rich text field of many CMSs",
	"prose":                  "Tailwind typography wrapper around rendered text",
	"markdown-body":          "rendered Markdown",
	"postbody":               "forum and blog post body",
	"article-body-text":      "news CMS body text",
	"articlebody-container":  "news CMS body container",
	"story-body__inner":      "BBC style inner body",
	"article__body-text":     "BEM variant",
	"mw-parser-output":       "MediaWiki article text",
	"post-text":              "blog engine post text",
	"entry-text":             "blog engine entry text",
	"contenido":              "Spanish: content",
	"cuerpo":                 "Spanish: body",
	"artikel":                "German, Dutch: article",
	"inhalt":                 "German: content",
	"texte":                  "French: text",
	"corpo":                  "Italian, Portuguese: body",
	"testo":                  "Italian: text",
	"conteudo":               "Portuguese: content",
	"materia":                "Portuguese: news story",
	"statya":                 "Russian (translit): article",
	"article-body-wrapper":   "news CMS body wrapper",
	"articlepage-body":       "news CMS body",
	"article_content":        "snake case variant",
	"post_content":           "snake case variant",
	"entry_content":          "snake case variant",
	"story_body":             "snake case variant",
	"content-article":        "reversed order variant",
	"texto":                  "Spanish, Portuguese: text",
	"nota":                   "Spanish: news note",
	"noticia":                "Spanish, Portuguese: news item",
	"article-body-inner":     "inner wrapper",
	"body-copy":              "agency-style story copy",
	"copy":                   "story copy",
	"content-text":           "generic text",
	"story-main-content":     "news CMS main content",
	"single-content":         "WordPress theme variant",
	"post-single-content":    "WordPress theme variant",
	"article-content-body":   "news CMS body",
	"article-wrap":           "article wrapper",
	"paywall":                "story text behind a paywall script is still story text",
	"meteredcontent":         "metered story text",
	"premium-content":        "premium story text",
	"user-content":           "user-written story text",
	"article-entry":          "article entry",
	"news-content":           "news CMS content",
	"news-text":              "news CMS text",
	"newscontent":            "news CMS content",
	"newstext":               "news CMS text",
	"articletxt":             "abbreviated article text",
	"art_content":            "abbreviated article content",
	"txt":                    "abbreviated text",
	"article-text-content":   "article text content",
	"articlecont":            "abbreviated article content",
	"content-main":           "main content",
	"main-text":              "main text",
	"maintext":               "main text",
	"post-article":           "post article",
	"story-article":          "story article",
	"article-container":      "article container",
	"story-container":        "story container",
	"post-container":         "post container",
	"entry-container":        "entry container",
	"content-container":      "content container",
	"article-area":           "article area",
	"articlebody__content":   "BEM inner wrapper",
	"body-content":           "body content",
	"story-body-container":   "story body container",
	"article-story":          "article story",
	"detail-content":         "detail content",
	"content-detail":         "content detail",
	"news-detail":            "news detail",
	"article-info-content":   "article info content",
	"single-article-content": "single article content",
}

// strongStoryNames are the storyNames specific enough to earn the full
// container bonus; bare words such as "content" or "main" earn less because
// they also wrap sidebars.
var strongStoryNames = map[string]string{
	"articlebody":       "schema.org property name",
	"article-body":      "generic story body",
	"article__body":     "BEM story body",
	"article-content":   "generic story body",
	"article-text":      "story text",
	"story-body":        "news story body",
	"story-content":     "news story body",
	"entry-content":     "WordPress",
	"post-content":      "blog engines",
	"post-body":         "Blogger",
	"c-article-body":    "Chorus",
	"c-entry-content":   "Chorus",
	"paywall-wrapper":   "gated story text",
	"body-text":         "story text",
	"td-post-content":   "Newspaper theme",
	"field-name-body":   "Drupal",
	"caas-body":         "Yahoo",
	"e-content":         "microformats2",
	"mw-parser-output":  "MediaWiki",
	"story-body-text":   "news CMS",
	"article_body":      "snake case",
	"article_content":   "snake case",
	"post_content":      "snake case",
	"entry_content":     "snake case",
	"story_body":        "snake case",
	"articletext":       "older CMS",
	"storytext":         "older CMS",
	"bodytext":          "older CMS",
	"story-text":        "news CMS",
	"article-body-text": "news CMS",
	"field--name-body":  "Drupal 8",
}

// clutterNames are whole class or id names, or parts of them, that mark
// page furniture. The subtree of a node carrying one is left out of the
// body and its text counts against every container holding it.
var clutterNames = map[string]string{
	"share":              "share buttons",
	"author":             "author line or box",
	"authors":            "author line or box",
	"sharing":            "share buttons",
	"social":             "social media buttons and embeds of follow widgets",
	"newsletter":         "newsletter sign-up box",
	"subscribe":          "subscription call to action",
	"subscription":       "subscription call to action",
	"related":            "related stories",
	"recommended":        "recommended stories",
	"recommendations":    "recommended stories",
	"recirc":             "recirculation modules",
	"recirculation":      "recirculation modules",
	"mostread":           "most-read list",
	"most-read":          "most-read list",
	"mostpopular":        "most-popular list",
	"most-popular":       "most-popular list",
	"comments":           "reader comments",
	"comment":            "a reader comment",
	"disqus":             "comment service",
	"guestbook":          "an obituary's guest book: readers' condolences, its comments",
	"guest-book":         "an obituary's guest book: readers' condolences, its comments",
	"cookie":             "cookie notice",
	"cookies":            "cookie notice",
	"consent":            "consent banner",
	"gdpr":               "consent banner",
	"ad":                 "advertisement",
	"ads":                "advertisements",
	"advert":             "advertisement",
	"advertisement":      "advertisement",
	"adslot":             "ad slot",
	"adunit":             "ad unit",
	"dfp":                "DoubleClick ad slot",
	"gpt":                "Google Publisher Tag ad slot",
	"sponsored":          "sponsored content",
	"promo":              "promotion",
	"outbrain":           "content recommendation widget",
	"taboola":            "content recommendation widget",
	"sidebar":            "sidebar",
	"breadcrumb":         "breadcrumb trail (metadata reads it)",
	"breadcrumbs":        "breadcrumb trail (metadata reads it)",
	"navigation":         "navigation",
	"navbar":             "navigation bar",
	"author-bio":         "author bio",
	"bio":                "author bio as a part (\"endnote-bio\", \"writer-bio\")",
	"authorbio":          "author bio",
	"about-author":       "author bio",
	"author-info":        "author box",
	"tag-list":           "tag list",
	"paywall-notice":     "paywall notice, not the gated text",
	"skip-link":          "accessibility skip link",
	"sr-only":            "screen-reader-only text",
	"visually-hidden":    "screen-reader-only text",
	"visuallyhidden":     "screen-reader-only text",
	"screen-reader-text": "screen-reader-only text",
	"donate":             "donation appeal",
	"donation":           "donation appeal",
	"epic":               "reader-revenue appeal after the story (\"contributions-epic\")",
	"more-stories":       "more stories list",
	"read-more":          "read-more link",
	"readmore":           "read-more link",
	"see-also":           "see-also links",
	"also-read":          "also-read links",
	"inline-related":     "related links inside the story",
	"byline":             "byline (metadata reads it)",
	"caption-credit":     "credit line",
	"nocontent":          "marked by the site as not content",
	"noprint":            "marked by the site as not printed",
	"no-print":           "marked by the site as not printed",
	"app-promo":          "app download promotion",
	"download-app":       "app download promotion",
	"podcast-promo":      "podcast promotion",
	"video-playlist":     "video playlist",
	"tp-modal":           "paywall vendor modal",
	"newsletters":        "newsletter box",
	"linkbox":            "box of links",
	"right-rail":         "side rail",
	"gallery-counter":    "gallery counter",
	"slide-count":        "gallery counter",
	"image-counter":      "gallery counter",
	"pswp":               "photo swipe overlay",
	"lightbox":           "image lightbox overlay",
	"audio-player":       "text-to-speech player",
	"embed-code":         "embed code box",
	"premium-banner":     "premium banner",
	"paywall-banner":     "paywall banner",
	"regwall":            "registration wall",
	"capping":            "a subscription's one-device-at-a-time dialog",
	"flyout":             "slide-in panel: a donation or newsletter appeal, a menu",
	"ai2html":            "a chart exported by ai2html: axis labels laid over the picture, not prose",
	"call-to-action":     "call to action",
	"sharebar":           "share bar",
	"share-bar":          "share bar",
	"sharetools":         "share tools",
	"socialbar":          "social bar",
	"social-share":       "social share",
	"comment-count":      "comment counter",
	"comments-count":     "comment counter",
	"commentcount":       "comment counter",
	"signup":             "sign-up box",
	"popular":            "popular stories",
	"trending":           "trending stories",
	"sponsor":            "sponsored content",
	"promotion":          "promotion",
	"nav":                "navigation",
	"menu":               "menu",
	"footer":             "page or article footer",
	"masthead":           "site masthead",
	"toolbar":            "article tools",
	"tags":               "tag list (metadata reads it)",
	"modal":              "modal dialog",
	"popup":              "popup",
	"overlay":            "overlay",
	"banner":             "banner",
	"widget":             "sidebar widget",
	"pagination":         "pagination links",
	"pager":              "pagination links",
	"hdr":                "header",
	"header":             "header",
	"disclaimer":         "legal disclaimer",
	"copyright":          "copyright line",
	"carousel":           "carousel of other stories",
	"ticker":             "news ticker",
	"piano":              "paywall vendor box",
	"zephr":              "paywall vendor box",
	"poool":              "paywall vendor box",
	"wallpaper":          "ad wallpaper",
	"billboard":          "ad billboard",
	"leaderboard":        "ad leaderboard",
	"skyscraper":         "ad skyscraper",
	"affiliate":          "affiliate box",
	"inread":             "in-read ad",
	"outstream":          "outstream video ad",
	"tooltip":            "hover hint of a button or widget",
	"comentarios":        "reader comments (Spanish, Portuguese)",
	"kommentare":         "reader comments (German)",
	"commentaires":       "reader comments (French)",
	"commenti":           "reader comments (Italian)",
	"reacties":           "reader comments (Dutch)",
	"komentarze":         "reader comments (Polish)",
}

// clutterWholeNames mark furniture only as a whole class or id name: as
// parts of longer names they are too common ("player-stats" in a results
// table, "author-note" in a story).
var clutterWholeNames = map[string]string{
	"tools":        "article tools",
	"print":        "print button",
	"topics":       "topic list",
	"keywords":     "keyword list",
	"counter":      "gallery or comment counter",
	"login":        "login box",
	"register":     "registration box",
	"follow":       "follow buttons",
	"rating":       "rating widget",
	"feedback":     "feedback widget",
	"survey":       "survey widget",
	"teaser":       "teaser of another story",
	"teasers":      "teasers of other stories",
	"dateline":     "date line (metadata reads it)",
	"timestamp":    "time stamp (metadata reads it)",
	"meta":         "article metadata line",
	"published":    "publication date line",
	"headline":     "headline (metadata reads it)",
	"jump":         "jump links",
	"skip":         "skip links",
	"rss":          "feed links",
	"playlist":     "playlist",
	"slider":       "slider of other stories",
	"alert":        "alert banner",
	"notification": "notification",
	"push":         "push notification prompt",
	"offer":        "subscription offer",
	"native":       "native ad",
	"partner":      "partner content",
	"partners":     "partner content",
	"shopping":     "shopping box",
	"sociable":     "share plugin bar",
	"links":        "box of links",
	"listing":      "story listing",
	"feed":         "story feed",
	"rail":         "side rail",
	"aside":        "aside",
	"tease":        "teaser",
	"contact":      "contact box",
	"signature":    "author signature box",
	"reactions":    "reaction buttons",
	"emoji":        "reaction buttons",
	"likes":        "like buttons",
	"vote":         "vote buttons",
	"poll":         "poll widget",
	"quiz":         "quiz widget",
	"listen":       "text-to-speech player",
	"tts":          "text-to-speech player",
	"player":       "media player controls",
	"meter":        "metering notice",
	"registration": "registration wall",
	"cta":          "call to action",
	"utility":      "utility bar",
	"utilities":    "utility bar",
	"actions":      "article actions",
}

// strongClutterNames are the clutterNames that, as a whole class or id
// name, mark furniture even on an element holding most of the page's
// text: no CMS puts them on a wrapper of the story. Every other match
// yields to a wrapper that holds the story ("right-rail", "widget").
var strongClutterNames = map[string]string{
	"comments":           "unambiguous furniture",
	"comment":            "unambiguous furniture",
	"newsletter":         "unambiguous furniture",
	"newsletters":        "unambiguous furniture",
	"cookie":             "unambiguous furniture",
	"cookies":            "unambiguous furniture",
	"consent":            "unambiguous furniture",
	"gdpr":               "unambiguous furniture",
	"share":              "unambiguous furniture",
	"sharing":            "unambiguous furniture",
	"social":             "unambiguous furniture",
	"sharebar":           "unambiguous furniture",
	"share-bar":          "unambiguous furniture",
	"social-share":       "unambiguous furniture",
	"sharetools":         "unambiguous furniture",
	"related":            "unambiguous furniture",
	"recommended":        "unambiguous furniture",
	"recommendations":    "unambiguous furniture",
	"outbrain":           "unambiguous furniture",
	"taboola":            "unambiguous furniture",
	"ad":                 "unambiguous furniture",
	"ads":                "unambiguous furniture",
	"advert":             "unambiguous furniture",
	"advertisement":      "unambiguous furniture",
	"adslot":             "unambiguous furniture",
	"adunit":             "unambiguous furniture",
	"dfp":                "unambiguous furniture",
	"sponsored":          "unambiguous furniture",
	"promo":              "unambiguous furniture",
	"breadcrumb":         "unambiguous furniture",
	"breadcrumbs":        "unambiguous furniture",
	"sr-only":            "unambiguous furniture",
	"visually-hidden":    "unambiguous furniture",
	"visuallyhidden":     "unambiguous furniture",
	"screen-reader-text": "unambiguous furniture",
	"skip-link":          "unambiguous furniture",
	"paywall-notice":     "unambiguous furniture",
	"disqus":             "unambiguous furniture",
	"mostread":           "unambiguous furniture",
	"most-read":          "unambiguous furniture",
	"mostpopular":        "unambiguous furniture",
	"most-popular":       "unambiguous furniture",
	"author-bio":         "unambiguous furniture",
	"authorbio":          "unambiguous furniture",
	"about-author":       "unambiguous furniture",
	"modal":              "unambiguous furniture",
	"popup":              "unambiguous furniture",
	"inline-related":     "unambiguous furniture",
	"more-stories":       "unambiguous furniture",
	"read-more":          "unambiguous furniture",
	"readmore":           "unambiguous furniture",
}

// commentHeads open the names of reader-comment sections ("comment-list",
// "comments-area"); see commentSection.
var commentHeads = map[string]string{
	"comment":  "WordPress, Blogger and most blog engines",
	"comments": "WordPress, Blogger and most blog engines",
}

// stateWords end names that flag a state of an element rather than say
// what it is ("comments-open" on a story container).
var stateWords = map[string]string{
	"enabled":  "a feature switched on",
	"disabled": "a feature switched off",
	"open":     "comments or a box open",
	"closed":   "comments or a box closed",
	"on":       "a feature switched on",
	"off":      "a feature switched off",
	"allowed":  "a feature allowed",
}

// hiddenNames are utility classes that hide an element (display: none)
// unless another class shows it again at some screen width ("md:block").
var hiddenNames = map[string]string{
	"hidden":    "Bootstrap 3, Tailwind, many CMSs",
	"hide":      "Foundation and many CMSs",
	"d-none":    "Bootstrap 4+",
	"is-hidden": "Bulma",
	"invisible": "Bootstrap 3",
	"u-hidden":  "SUIT CSS utilities",
	"js-hidden": "hidden until a script shows it",
	"nodisplay": "older CMSs",
}

// keepNames override clutter parts: a name that holds a clutter part but
// names story text ("corrections", "commentary" are journalism).
var keepNames = map[string]string{
	"correction":   "corrections are part of the story",
	"corrections":  "corrections are part of the story",
	"commentary":   "opinion pieces are stories",
	"errata":       "errata are part of the story",
	"advertorial":  "an advertorial page's body is the advertorial",
	"navigable":    "not navigation",
	"load-more":    "button only; text negligible", // not a container
	"has-ads":      "a flag on the story container, not an ad",
	"with-ads":     "a flag on the story container, not an ad",
	"ad-free":      "a flag on the story container, not an ad",
	"no-ads":       "a flag on the story container, not an ad",
	"noads":        "a flag on the story container, not an ad",
	"hide-ads":     "a flag on the story container, not an ad",
	"share-target": "text selected for sharing is story text",
	"header-image": "lead image wrapper",
	"author-note":  "notes by the author belong to the story",
}

// clutterSubstrings are searched inside every class or id name, for names
// written without separators ("relatedArticles", "socialShare"). Each must
// be specific enough never to occur inside an innocent word.
var clutterSubstrings = []string{
	"related",          // related stories
	"comments",         // reader comments ("commentary" does not contain it)
	"about-the-author", // author bios
	"newsletter",       // newsletter boxes
	"news-letter",      // newsletter boxes, hyphenated
	"sharing",          // share bars
	"socialshare",      // share boxes written as one word
	"social-share",     // share boxes
	"sharebar",         // share bars
	"advert",           // advertisements
	"sponsor",          // sponsored boxes
	"outbrain",         // recommendation widget
	"taboola",          // recommendation widget
	"recommend",        // recommended stories
	"sidebar",          // sidebars
	"breadcrumb",       // breadcrumb trails
	"cookie",           // cookie notices
	"consent",          // consent banners
	"subscri",          // subscribe, subscription
	"mostread",         // most-read lists
	"most-read",        // most-read lists
	"most_read",        // most-read lists
	"popular",          // popular lists
	"promo",            // promotions
	"byline",           // bylines
	"author-box",       // author boxes
	"authorbox",        // author boxes
	"author-bio",       // author bios
	"authorbio",        // author bios
	"author_bio",       // author bios
	"signup",           // sign-up boxes
	"sign-up",          // sign-up boxes
	"readmore",         // read-more links
	"read-more",        // read-more links
	"moreon",           // more-on lists
	"more-on",          // more-on lists
	"adslot",           // ad slots
	"ad-slot",          // ad slots
	"ad_slot",          // ad slots
	"adunit",           // ad units
	"ad-unit",          // ad units
	"truncated",        // the short copy of a caption shown in full beside it
	"ad-container",     // ad slot wrappers
	"ad-wrapper",       // ad slot wrappers
	"adwrapper",        // ad slot wrappers
	"adcontainer",      // ad slot wrappers
	"dfp-",             // DoubleClick slots
	"google_ads",       // AdSense slots
	"ob-widget",        // recommendation widget
	"trending",         // trending lists
	"sr-only",          // screen-reader text
	"social",           // social boxes
	"disqus",           // comment service
	"tagcloud",         // tag clouds
	"tag-cloud",        // tag clouds
	"taglist",          // tag lists
	"tag-list",         // tag lists
	"article-tags",     // tag rows under a story
	"post-tags",        // tag rows under a post
	"entry-tags",       // tag rows under a post
	"entry-meta",       // WordPress meta line
	"post-meta",        // blog meta line
	"postmeta",         // blog meta line written as one word ("postmetadata")
	"article-meta",     // meta line (metadata reads it)
	"article-footer",   // story footer: tags, share, bios
	"post-footer",      // post footer
	"entry-footer",     // post footer
	"story-footer",     // story footer
	"printfooter",      // MediaWiki print footer
	"catlinks",         // MediaWiki category links
	"navbox",           // MediaWiki navigation boxes
	"mw-editsection",   // MediaWiki edit links
	"inline-teaser",    // teaser of another story set between paragraphs
	"prev-next",        // links to the previous and next story
	"prev_next",        // the same, snake case
	"prevnext",         // the same, camel case
	"next-prev",        // the same, reversed
	"next_prev",        // the same, reversed snake case
	"inlineteaser",     // the same, camel case
	"reading-time",     // "3 min read" line
	"reading_time",     // "3 min read" line, snake case
	"readingtime",      // "3 min read" line, camel case
	"read-time",        // "3 min read" line
	"readtime",         // "3 min read" line, camel case
}

// maxNameParts is the most parts a furniture name has: longer names are
// slugs of headings ("getting-into-trouble-with-shared-history"), which
// say what a section is about, not what it is.
const maxNameParts = 4

// taxonomyPrefixes open class names that blog engines derive from a
// post's topics and state ("tag-social-media", "category-ads-policy"):
// they say what the post is about, never what the element is.
var taxonomyPrefixes = []string{
	"tag-",      // WordPress post tags
	"category-", // WordPress categories
	"postid-",   // WordPress post ids
	"format-",   // WordPress post formats
	"type-",     // WordPress post types
	"status-",   // WordPress post status
	"topic-",    // topic pages of many CMSs
	"section-",  // section names on news sites
}

// builderBlocks end the generic class a page builder puts on every block
// it lays out, next to the same class followed by the block's kind
// ("article-widget article-widget-text"); see contentBlocks.
var builderBlocks = map[string]string{
	"widget":    "a widget area's block",
	"block":     "a block editor's block",
	"module":    "a CMS module",
	"component": "a component library's block",
}

// contentKinds name the blocks of story content a page builder lays out;
// see contentBlocks.
var contentKinds = map[string]string{
	"text":      "running text",
	"paragraph": "a paragraph",
	"richtext":  "rich text field",
	"rich-text": "rich text field",
	"rich_text": "rich text field",
	"html":      "free HTML, usually text",
	"heading":   "a subheading",
	"image":     "a picture",
	"quote":     "a quotation",
	"list":      "a list",
	"table":     "a table",
}

// builderPrefixes open the class names a page builder puts on every block
// it lays out, whatever the block holds ("elementor-widget-container",
// "elementor-widget-text-editor"); the part after the prefix alone says
// whether the block is furniture ("elementor-widget-share-buttons").
var builderPrefixes = []string{
	"elementor-widget", // Elementor, a WordPress page builder
}

// clutterRole reports an ARIA role (lower case, trimmed) of page furniture.
func clutterRole(role string) bool {
	_, ok := clutterRoles[role]
	return ok
}

// clutterRoles are ARIA roles of page furniture.
var clutterRoles = map[string]string{
	"navigation":    "menus",
	"complementary": "sidebars",
	"banner":        "site header",
	"contentinfo":   "site footer",
	"dialog":        "pop-ups",
	"alertdialog":   "pop-ups",
	"search":        "search box",
	"menu":          "menus",
	"menubar":       "menus",
	"toolbar":       "article tools",
	"tablist":       "tab controls",
	"form":          "forms",
	"alert":         "alert banners",
	"status":        "status banners",
}
