package metadata

// Tables the lead-image reader uses. Entries are lower case.

// imageAvoidHints in the class or id of an image or of its wrappers mark
// pictures that are not the story's: furniture, people's faces beside a
// byline, advertising.
var imageAvoidHints = []string{
	"logo",       // site and partner logos
	"avatar",     // author pictures
	"icon",       // interface icons
	"sprite",     // icon sheets
	"emoji",      // inline emoji
	"badge",      // badges and seals
	"author",     // author portraits beside the byline
	"byline",     // same
	"profile",    // profile pictures
	"gravatar",   // comment avatars
	"advert",     // advertising
	"sponsor",    // sponsored tiles
	"promo",      // promotions
	"social",     // share buttons
	"share",      // share buttons
	"related",    // related-story thumbnails
	"newsletter", // sign-up illustrations
	"comment",    // commenters' pictures
	"rating",     // a rating's graphic: stars, a fact check's verdict
	"meter",      // a fact check's truth meter
}

// imageCardHints in the class of an <article> holding a picture mark a
// card linking to another story, not the story itself.
var imageCardHints = []string{
	"related",   // related stories
	"teaser",    // story teasers
	"card",      // story cards
	"recommend", // recommendations
	"promo",     // promotions
}

// imageURLAvoid in an image address mark pictures that are not photos of
// the story.
var imageURLAvoid = []string{
	"logo", "avatar", "icon", "sprite", "pixel", "spacer", "blank.gif", "1x1", "placeholder",
	"gravatar", "emoji", "/ads/", "doubleclick", "transparent.", "loader.gif", "loading.gif",
	"lazy.gif", "lazy.png", "lazyload.", "grey.gif", "gray.gif", ".svg", "transparent", "paywall",
	"/author/", "/authors/", "/autoren/", "/autor/", "profile",
	"masthead", // the paper's nameplate, its logo where no other picture is named one
}

// imageLinkAvoid in the address of a link around a picture mark an
// author's portrait linking to the author's page.
var imageLinkAvoid = []string{
	"/author", "/autor", "/auteur", "/profile", "/people/", "/journalist", "/redakteur", "/staff/",
}

// imageCreditHints in a class mark the element holding a picture's credit.
var imageCreditHints = []string{
	"credit",    // credit, photo-credit, image-credit
	"copyright", // copyright lines
	"source",    // image-source
	"byline",    // photo byline
	"author",    // image-author
	"photographer",
	"urheber",    // German: creator
	"bildquelle", // German: picture source
	"quelle",     // German: source
	"fotograf",   // German, Scandinavian
	"autor",      // German, Spanish
	"license",    // a picture's licence line names its maker ("media-license-caption")
	"licence",    // British spelling
	"lizenz",     // German
	"rights",     // "mediaRights", "image-rights": who holds the picture's rights
}

// imageCaptionHints in a class mark the element holding a picture's
// caption outside a <figcaption>.
var imageCaptionHints = []string{
	"caption",          // the common name
	"legend",           // French "légende", legend
	"bildunterschrift", // German
	"subtitle",         // image subtitles
	"description",      // image descriptions
	"text",             // image-text blocks
	"img-info",         // a picture's info line: caption and credit in one
	"image-info",       // same
	"photo-info",       // same
	"bildinfo",         // German: same
}

// imageNotCaption in a class mark text near a picture that is no caption:
// the byline and dateline of a header that also holds the picture.
var imageNotCaption = []string{
	"author", "byline", "date", "time", "meta", "headline", "title", "teaser-text", "share",
}

// imageLazyAttrs hold the real address of a lazily loaded picture, best
// first.
var imageLazyAttrs = []string{
	"data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-hi-res-src",
	"data-full-src", "data-orig-src", "data-img-src", "data-image", "data-fallback-src",
}

// imageSrcsetAttrs hold lists of sizes of a picture.
var imageSrcsetAttrs = []string{"srcset", "data-srcset", "data-lazy-srcset"}

// galleryWords label the buttons that open a picture gallery ("View 6
// Images"); such a label is no caption.
var galleryWords = []string{
	"view", "see", "open", "show", "all", "images", "image", "photos", "photo", "pictures", "gallery",
	"bilder", "fotos", "ansehen", "anzeigen", "alle", "galerie", "voir", "ver", "fotografías", "immagini",
}

// imageWrapperHints in a class mark an element wrapping a picture, whose
// short paragraphs are its caption even without caption markup.
var imageWrapperHints = []string{
	"image", "img", "photo", "picture", "media", "figure", "foto", "bild", "visual",
}
