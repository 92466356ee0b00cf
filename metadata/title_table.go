package metadata

import (
	"strings"

	"github.com/newsextract/newsextract/internal/page"
)

// titleSeparators split a page title into the headline and the site or
// section decorations CMSs add around it. Spaces are part of the separator
// so that hyphenated words and times ("9:30") are never split.
var titleSeparators = []string{
	" | ",  // the most common: "Headline | Site"
	" - ",  // "Headline - Site"
	" – ",  // en dash
	" — ",  // em dash
	" :: ", // older CMSs
	" · ",  // middle dot
	" • ",  // bullet
	" » ",  // "Site » Section » Headline"
	" « ",  // reverse guillemet
	" › ",  // single guillemet
	" ‹ ",  // single guillemet, reversed
	" / ",  // "Headline / Site"
	" ~ ",  // tilde
	": ",   // "Site: Headline" (only when one side is the site)
	" ｜ ",  // full-width bar on CJK sites
	"｜",    // full-width bar without spaces
	"|",    // bar without spaces: "Headline|Site"
}

// titlePartSeparators are the first eight titleSeparators, the spaced
// bars, dashes, dots and the trail's " » ", which set a template's whole
// part apart; the rest (guillemets, slashes, the colon, unspaced bars)
// also join words inside a headline, so no part is cut at them.
var titlePartSeparators = titleSeparators[:8]

// titlePrefixJoiners may glue a site name to the headline with no space
// after it: "SITE-Headline", "SITE:Headline".
var titlePrefixJoiners = []string{"-", ":", "|", "–", "—"}

// titleTailJoiners may glue a site name to the end of the title with no
// space before it: "Headline:Site", "Headline!-Site".
const titleTailJoiners = ":|-–—"

// maxCallWords is the longest call to action after a site's name in the
// middle of a title ("Campaign | Site | Discover now!"); a longer part is
// a headline of its own.
const maxCallWords = 4

// maxTitleRunes caps a headline; a longer "heading" is a malformed element
// that swallowed the page (an <h2> closed by </h3>).
const maxTitleRunes = 300

// maxDecoratedTitleBytes caps the declared titles searched for a headline
// and its decorations, and cleaned of them: four headlines' worth of
// runes at four bytes each; a longer text is no title, and splitting it at
// every separator would cost time for nothing.
const maxDecoratedTitleBytes = 4 * 4 * maxTitleRunes

// kickerClassWords mark the line some sites print inside the headline
// element above the headline proper (lower-case substrings of class/id).
var kickerClassWords = []string{
	"kicker",     // American and German CMSs
	"overline",   // Swiss and German CMSs
	"topline",    // German CMSs
	"toptitle",   // German WordPress themes ("entry-title__toptitle")
	"roofline",   // German CMSs ("Dachzeile")
	"dachzeile",  // German CMSs
	"eyebrow",    // American CMSs
	"supertitle", // generic
	"pretitle",   // generic
	"flag",       // British CMSs ("headline__flag")
	"label",      // generic: "Exclusive", "Analysis"
	"topic",      // "title__topic": the section named above the headline
}

// sameStoryOverlap is the share of words a lone <h1> must share with the
// structured title to be taken as the same story's visible headline.
const sameStoryOverlap = 0.6

// minRivalWords is the least words of a declared or visible title
// weighed against the JSON-LD headline: a shorter one may be a label
// ("Live", "Weather") or the site's name, not another wording of the story.
const minRivalWords = 4

// minKickerlessFold is the least length (letters and digits) of an <h1>
// taken as a JSON-LD headline without its kicker: shorter tails ("Live")
// are labels, not headlines.
const minKickerlessFold = 12

// maxKickerWords is the longest "Topic: " label dropped from a headline
// in front of the declared title; a longer lead-in is part of the
// headline ("What the minister said at the summit: …").
const maxKickerWords = 5

// headingTrimChars are the separators and spaces left at either end of a
// heading's text once its kicker is dropped ("Topic - Headline").
const headingTrimChars = " -–—:|·•/"

// trailSeparator joins the steps of a site trail in a <title>, site
// first and page last ("Site » Blog Archive » Headline").
const trailSeparator = " » "

// minLeafWords is the least words of a trail's last step taken as the
// headline; a shorter one is a section ("Site » Lexikon").
const minLeafWords = 3

// maxTrailWords is the most words of the steps before the leaf: more are
// a headline of their own with a » in it.
const maxTrailWords = 7

// logoClassWords mark a heading that shows the site's name, not the story's
// (lower-case substrings of class/id).
var logoClassWords = []string{
	"logo",       // "site-logo", "topbar__logo__title"
	"brand",      // "navbar-brand"
	"site-title", // WordPress themes
	"site-name",  // Drupal themes
	"blog-title", // Blogger themes
	"masthead",   // newspaper themes
}

// titleDateDecorSeparators join a release date or time to a title's
// headline ("Headline : 31.10.2023, 10.19 Uhr", "23.01.2022 - Headline").
// " : " is the French-spaced colon some German CMSs use before the stamp;
// the plain ": " is left out, as "Date: Headline" may be the subject's date.
var titleDateDecorSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " : "}

// maxTitleDateDecor bounds a date decoration: "Samstag, 04. November 2023,
// 10:19 Uhr" fits, a clause mentioning a date does not.
const maxTitleDateDecor = 48

// danglingSeparators are the separators a title may end with when the
// template's site part came out empty ("Headline -"). Guillemets are
// left out: "»" closes a French quotation.
var danglingSeparators = []string{"|", "-", "–", "—", "::", "·", "•", "/", "//", "~", "｜"}

// genericPageNames are titles a template gives a page by its menu entry,
// never a story's headline: a page titled only "Home" shows its headline
// in the page, if anywhere. Compared lower case.
var genericPageNames = map[string]bool{
	"home": true, "homepage": true, "home page": true, "index": true, "start": true, "welcome": true,
	"startseite": true, "willkommen": true, "accueil": true, "inicio": true, "portada": true,
}

// typographyToPlain maps the typographic quotes, apostrophes and dashes a
// page sets in its headline to the plain characters feeds and meta tags
// often carry instead, so that the two compare equal.
var typographyToPlain = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u2032", "'", "\u00b4", "'",
	"\u201c", "\"", "\u201d", "\"", "\u201e", "\"", "\u00ab", "\"", "\u00bb", "\"", "\u2033", "\"",
	"\u2013", "-", "\u2014", "-",
)

// plainTypography is s with plain quotes and dashes and collapsed spaces.
func plainTypography(s string) string {
	return page.CollapseSpace(typographyToPlain.Replace(s))
}
