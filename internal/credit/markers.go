package credit

// labels are the words that, followed by a colon, introduce a picture's
// credit: "Photo: AP", "Foto: dpa", "Фото: ТАСС". Longer labels come before
// the shorter ones they start with, so that the longest one matches.
var labels = []string{
	// English
	"photo credits",  // plural form: "Photo credits: Jane Doe"
	"photo credit",   // "Photo credit: Jane Doe"
	"image credits",  // plural form: "Image Credits: NASA"
	"image credit",   // "Image credit: NASA"
	"picture credit", // British usage
	"image source",   // blogs: "Image source: Wikimedia"
	"photographs",    // the Guardian's plural form
	"photograph",     // the Guardian: "Photograph: Sam Lee/The Guardian"
	"photography",    // magazines
	"photos",         // several pictures, one credit
	"photo",          // the most common label
	"pictures",       // British plural
	"picture",        // British usage: "Picture: PA"
	"pic",            // tabloids: "Pic: Jane Doe"
	"images",         // "Images: Getty"
	"image",          // "Image: Getty Images"
	"illustration",   // drawn pictures
	"credits",        // plural credit lines
	"credit",         // "Credit: Reuters"
	"copyright",      // "Copyright: AFP"
	"source",         // "Source: Reuters" under pictures
	"quelle",         // German "source": "Quelle: dpa"
	"fuente",         // Spanish "source"
	"fonte",          // Portuguese and Italian "source"
	"źródło",         // Polish "source"
	"источник",       // Russian "source"
	"kilde",          // Danish and Norwegian "source"
	"källa",          // Swedish "source"
	"bron",           // Dutch "source"
	"courtesy",       // "Courtesy: the family"
	// French (often written with a space before the colon)
	"crédit photo",  // "Crédit photo : AFP"
	"crédits photo", // plural form
	"crédits",       // "Crédits : AFP"
	"crédit",        // "Crédit : Reuters"
	// German
	"bildquelle",   // "Bildquelle: dpa"
	"bildrechte",   // German "picture rights": "Bildrechte: MDR/Jane Roe"
	"bildnachweis", // German "picture credit"
	"fotonachweis", // German "photo credit"
	"bild",         // "Bild: Keystone" (Swiss, Austrian, Scandinavian)
	"fotos",        // plural in German, Spanish, Portuguese
	"foto",         // German, Dutch, Italian, Spanish, Portuguese, Polish, Scandinavian, Indonesian, Turkish
	// Spanish, Portuguese, Italian
	"fotografía", // Spanish
	"fotografia", // Portuguese, Italian
	"imagen",     // Spanish
	"imagem",     // Portuguese
	"immagine",   // Italian
	// Other European
	"fotó",       // Hungarian
	"fotoğraf",   // Turkish
	"zdjęcie",    // Polish
	"fot.",       // Polish abbreviation
	"kuva",       // Finnish
	"nuotrauka",  // Lithuanian
	"φωτογραφία", // Greek
	// Cyrillic
	"фотография", // Russian, long form
	"фото",       // Russian, Ukrainian, Bulgarian, Serbian
	"снимка",     // Bulgarian
	"коллаж",     // Russian "collage": composite pictures
	"колаж",      // Ukrainian and Bulgarian "collage"
	"світлина",   // Ukrainian
	// Arabic and Persian
	"الصورة", // Arabic, "the picture"
	"صورة",   // Arabic, "picture"
	"تصوير",  // Arabic, "photography by"
	"عکس",    // Persian
	// Hebrew
	"צילום", // "photography"
	// Asian
	"ảnh",  // Vietnamese
	"写真",   // Japanese
	"图片来源", // Chinese, "picture source"
	"图片",   // Chinese, "picture"
	"摄影",   // Chinese, "photography"
	"사진",   // Korean
	"फोटो", // Hindi, Marathi
}

// byPhrases introduce a credit without a colon: "Photo by AP", "Foto von dpa".
// They count only where a credit can start (the caption's start, after a
// sentence or a separator, inside trailing brackets), never mid-sentence.
var byPhrases = []string{
	"file photo by",     // wire captions: "(File photo by AP)"
	"photo courtesy of", // handouts
	"photograph by",     // magazines
	"photographed by",   // magazines
	"photos by",         // several pictures
	"photo by",          // the most common form
	"picture by",        // British usage
	"image by",          // blogs
	"illustration by",   // drawn pictures
	"video by",          // video stills
	"courtesy of",       // handouts: "Courtesy of the family"
	"photo de",          // French
	"foto von",          // German
	"foto de",           // Spanish, Portuguese
	"foto di",           // Italian
	"foto door",         // Dutch
	"fotografía de",     // Spanish
}

// symbols introduce a credit on their own: "© Lena Varga", "(c) AFP".
var symbols = []string{
	"©",   // the copyright sign
	"(c)", // its typewriter form
	"℗",   // phonogram sign, seen under audio stills
}

// separators end a caption's text and start a trailing credit:
// "Pilots at the quay / AFP", "Pilots at the quay | Reuters". They are
// trusted only before a short, name-like tail; see trailingCredit.
var separators = []string{
	" / ",  // French and Spanish agencies: "… / AFP"
	" | ",  // CMS caption templates: "… | Reuters"
	" // ", // some Italian CMSs
}

// maxCreditRunes is the longest credit accepted; a longer "credit" is
// running text.
const maxCreditRunes = 120

// maxCreditBytes is the longest stretch searched for a credit at either
// end of a caption: maxCreditRunes runes of up to four bytes, and a label.
const maxCreditBytes = maxCreditRunes*4 + 64

// maxTailWords is the longest tail after a separator read as a credit
// without a label: agencies and photographers' names are short.
const maxTailWords = 6

// maxSignatureWords is the longest bare name read as a credit after a
// caption's last sentence ("… the ground up. Supplied").
const maxSignatureWords = 4

// connectors are the lower-case words names of agencies and photographers
// contain: "AFP via Getty Images", "Anna van der Berg".
var connectors = []string{"via", "for", "and", "de", "du", "des", "von", "van", "der", "den", "di", "da", "del", "y", "e", "et", "und"}

func isConnector(w string) bool {
	for _, c := range connectors {
		if w == c {
			return true
		}
	}
	return false
}
