package extract

// Tables the block builder matches markup against. Class hints match a
// class token case-insensitively by substring; the rest match exactly.

// lazySrcAttrs are the attributes lazy-loading scripts read the real
// image address from, in order of preference, before falling back to src.
var lazySrcAttrs = []string{
	"data-src",        // lazysizes, most hand-rolled loaders
	"data-lazy-src",   // WP Rocket, a3 Lazy Load
	"data-original",   // jQuery lazyload
	"data-lazy",       // Slick carousel, Jetpack
	"data-hi-res-src", // Guardian-style responsive loaders
	"data-full-src",   // galleries that load the full size on demand
	"data-url",        // some newspaper CMSs (Arc, Brightspot)
}

// srcsetAttrs hold candidate lists; data-* first since lazy pages leave
// srcset as a placeholder until the script runs.
var srcsetAttrs = []string{
	"data-srcset",      // lazysizes
	"data-lazy-srcset", // WP Rocket
	"srcset",           // the standard attribute
}

// placeholderHints are fragments of image addresses that only stand in for
// the real picture until a script swaps it in.
var placeholderHints = []string{
	"spacer",           // spacer.gif layout shims
	"blank.",           // blank.gif / blank.png
	"1x1",              // one-pixel trackers and shims
	"pixel.",           // pixel.gif trackers
	"transparent.",     // transparent.gif / .png shims
	"placeholder",      // explicit lazy-load placeholders
	"lazy-load-",       // lazy-load-placeholder.png and friends
	"grey.gif",         // grey boxes shown while loading
	"loading.gif",      // spinners
	"/empty.",          // empty.gif shims
	"data:image",       // inline placeholders (Resolve already refuses data:)
	"base64,",          // inline placeholders inside srcset
	"lazy_placeholder", // CMS-specific placeholder names
	"matomo.php",       // Matomo tracking pixel in <noscript>
	"piwik.php",        // Piwik, Matomo's old name
	"/b/ss/",           // Adobe Analytics beacons
	"facebook.com/tr",  // Meta pixel
}

// emojiClassHints mark images that stand for a character inside text;
// their alt text is that character.
var emojiClassHints = []string{
	"emoji",     // twemoji, WordPress "emoji", Discourse
	"wp-smiley", // WordPress's older smiley class
}

// decorationClassHints mark images that are part of the chrome or the
// text, not pictures of the story.
var decorationClassHints = []string{
	"emoji",     // twemoji and WordPress smileys sit inside sentences
	"wp-smiley", // WordPress's older smiley class
	"icon",      // share and UI icons
	"avatar",    // author and commenter portraits
	"logo",      // publisher and partner logos
}

// minFigureSide is the smallest declared width or height of a picture;
// smaller images are icons, bullets and tracking pixels.
const minFigureSide = 48

// captionClassHints mark elements holding a picture's caption.
var captionClassHints = []string{
	"caption",    // figcaption-like wrappers: wp-caption-text, image-caption, media__caption
	"legend",     // French and Spanish CMSs: legende, leyenda-foto (legend matches "legende")
	"leyenda",    // Spanish CMSs
	"didascalia", // Italian CMSs
	"bildtext",   // German and Scandinavian CMSs
}

// creditClassHints mark elements holding a picture's credit.
var creditClassHints = []string{
	"credit",       // credit, photo-credit, image-credit, media__credit
	"copyright",    // copyright notes under pictures
	"photographer", // photographer name fields
	"fotograf",     // German and Scandinavian CMSs
	"attribution",  // image attribution lines
}

// creditItemprops are the schema.org properties that name who made or
// owns a picture.
var creditItemprops = []string{
	"copyrightHolder", // the rights owner
	"author",          // the photographer, inside an ImageObject
	"creditText",      // schema.org's own credit line
	"copyrightNotice", // the © line
}

// pullQuoteClassHints mark quotes set out from the text for emphasis.
var pullQuoteClassHints = []string{
	"pullquote",  // WordPress wp-block-pullquote and most themes
	"pull-quote", // hyphenated spelling
	"pull_quote", // underscored spelling
}

// embedPostClasses are the class tokens the platforms' embed scripts look
// for; the markup holds the post's text and a link to it.
var embedPostClasses = []string{
	"twitter-tweet",         // X/Twitter widgets.js
	"twitter-video",         // X/Twitter video embeds
	"instagram-media",       // Instagram embed.js
	"tiktok-embed",          // TikTok embed.js
	"bluesky-embed",         // Bluesky embed.js
	"mastodon-embed",        // Mastodon's embed code
	"reddit-embed-bq",       // Reddit embeds
	"text-post-media",       // Threads embeds
	"fb-post",               // Facebook SDK post container
	"fb-video",              // Facebook SDK video container
	"fb-xfbml-parse-ignore", // Facebook's fallback blockquote
	"imgur-embed-pub",       // Imgur embeds
	"embedly-card",          // Embedly cards
}

// embedPermalinkAttrs hold the address of an embedded post.
var embedPermalinkAttrs = []string{
	"data-instgrm-permalink", // Instagram
	"cite",                   // TikTok, and blockquote's own attribute
	"data-href",              // Facebook SDK
	"data-url",               // Embedly and others
}

// embedBoilerplate are lines the platforms' fallback markup adds around a
// post; they are not the post's text.
var embedBoilerplate = []string{
	"view this post on instagram", // Instagram fallback header
	"a post shared by",            // Instagram fallback footer
	"watch on tiktok",             // TikTok fallback link
	"view on threads",             // Threads fallback link
	"view on facebook",            // Facebook fallback link
}

// embedHosts are hosts whose iframes show a video, post or chart that
// belongs to the story; other iframes (ads, widgets) are left out.
var embedHosts = []string{
	"youtube.com",           // videos
	"youtube-nocookie.com",  // privacy-mode videos
	"player.vimeo.com",      // videos
	"dailymotion.com",       // videos
	"facebook.com",          // post and video plugins
	"instagram.com",         // post embeds
	"tiktok.com",            // video embeds
	"twitter.com",           // tweet iframes after widgets.js ran
	"x.com",                 // the same under the new name
	"soundcloud.com",        // audio
	"open.spotify.com",      // podcasts and audio
	"datawrapper.dwcdn.net", // charts
	"flo.uri.sh",            // Flourish charts
	"embed.bsky.app",        // Bluesky posts
	"player.twitch.tv",      // streams
}

// trackingParams are query parameters embed codes add to a post's address
// to say where it was shared from; utm_* parameters count as well.
var trackingParams = []string{
	"ref_src", // X/Twitter embed referral
	"ref_url", // X/Twitter embed referral
	"igshid",  // Instagram share id
	"igsh",    // Instagram share id, newer form
	"si",      // YouTube and Spotify share id
}

// breakClasses mark empty elements that style sheets display as line
// breaks; without them the words on either side would run together.
var breakClasses = []string{
	"br",         // <span class="br"></span>, Times Internet and others
	"line-break", // hyphenated spelling
	"linebreak",  // joined spelling
}

// captionLabels are the labels templates print before a caption's text;
// longer ones first, so that the longest matches.
var captionLabels = []string{
	"image caption", // BBC-style off-screen labels, when shown
	"photo caption", // the same with "photo"
	"media caption", // video captions
	"caption",       // bare label spans
}
