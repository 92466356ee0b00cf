package metadata

// Tables the byline reader uses. Every entry is lower case; matching folds
// case. Each says why it is there.

// bylinePrefixes introduce the names on a byline line. Longer forms come
// before their prefixes so that "written by" wins over "by".
var bylinePrefixes = []string{
	"written by",        // English, long form
	"reported by",       // English, wire style
	"posted by",         // English, blogs
	"story by",          // English, magazines
	"words by",          // English, features
	"text by",           // English, features
	"by",                // English
	"von",               // German
	"text von",          // German, features
	"ein kommentar von", // German opinion pieces
	"eine analyse von",  // German analysis pieces
	"ein artikel von",   // German, "an article by"
	"ein beitrag von",   // German, "a contribution by"
	"por",               // Spanish, Portuguese
	"escrito por",       // Spanish, "written by"
	"escribe",           // Spanish (River Plate press), "writes:" before the name
	"par",               // French
	"di",                // Italian
	"a cura di",         // Italian, edited pieces
	"door",              // Dutch
	"av",                // Swedish, Norwegian
	"af",                // Danish
	"od",                // Czech, Polish
	"autorin/autor",     // German label naming both genders
	"autor/autorin",     // same, the other order
	"autor*innen",       // German gender-inclusive plural label
	"autor:innen",       // same, colon form
	"autor_innen",       // same, underscore form
	"autor*in",          // German gender-inclusive label
	"autor:in",          // same, colon form
	"autor_in",          // same, underscore form
	"autor/in",          // same, slash form
	"autor:",            // German, Spanish, Czech, Polish label
	"autorin:",          // German, female author label
	"autoren:",          // German, several authors
	"autoren",           // same label without a colon
	"autor",             // same label without a colon
	"autorin",           // same label without a colon
	"author:",           // English label
	"authors:",          // English label, several
	"auteur:",           // French label
	"auteur",            // French label without a colon
	"text:",             // German / Scandinavian label
	"texte:",            // French label
	"testo di",          // Italian
	"текст:",            // Russian, "text:"
	"автор:",            // Russian, "author:"
	"автор",             // Russian, label without colon
	"авторы:",           // Russian, several authors
	"бақылаушы:",        // Kazakh label seen on regional news
	"بقلم",              // Arabic, "by the pen of"
	"بقلم:",             // Arabic, with colon
	"نویسنده:",          // Persian, "writer:"
	"نویسنده",           // Persian, without colon
	"خبرنگار:",          // Persian, "reporter:"
	"penulis:",          // Indonesian, Malay, "writer:"
	"penulis",           // same label without a colon
	"文/",                // Chinese, "text by"
	"文／",                // Chinese, full-width slash
	"记者",                // Chinese (simplified), "reporter"
	"記者",                // Chinese (traditional) / Japanese, "reporter"
	"作者：",               // Chinese, "author:" full-width colon
	"作者:",               // Chinese, "author:"
	"作者",                // Chinese, bare label
	"著者：",               // Japanese, "author:"
	"著者",                // Japanese, bare label
	"筆者：",               // Japanese, "writer:"
	"編集部：",              // Japanese, "editorial desk:"
}

// bylineJoiners separate the names of several authors, with spaces around
// them. Commas, semicolons and the CJK enumeration comma are split apart
// separately.
var bylineJoiners = []string{
	"and",  // English
	"&",    // everywhere
	"und",  // German
	"y",    // Spanish
	"e",    // Italian, Portuguese
	"et",   // French
	"en",   // Dutch
	"og",   // Norwegian, Danish
	"och",  // Swedish
	"i",    // Polish, Catalan
	"a",    // Czech, Slovak
	"и",    // Russian
	"та",   // Ukrainian
	"و",    // Arabic, Persian
	"with", // English, "X with Y"
	"mit",  // German, "X mit Y"
	"avec", // French, "X avec Y"
	"con",  // Spanish, Italian, "X con Y"
}

// bylineRoles are job titles printed beside a name; a part made only of
// these is no name, and a name loses them.
var bylineRoles = []string{
	"staff writer", "senior writer", "contributing writer", "writer",
	"staff reporter", "senior reporter", "reporter",
	"correspondent", "foreign correspondent", "chief correspondent", "senior correspondent",
	"washington correspondent", "political correspondent",
	"editor", "senior editor", "deputy editor", "managing editor", "editor-in-chief",
	"contributing editor", "executive editor", "associate editor", "news editor",
	"political editor", "business editor", "science editor", "columnist", "contributor",
	"special correspondent", "analyst", "photographer", "staff", "guest author", "guest writer",
	"fellow", "intern", "producer", "anchor", "host", "ceo", "founder",
	"engineer", "software engineer", "developer", "designer", "manager", "director", "president",
	"professor", "scientist", "researcher", "officer", "consultant", "lawyer", "attorney",
	"redakteur", "redakteurin", "korrespondent", "korrespondentin", "chefredakteur", "chefredakteurin",
	"autor", "autorin", "reporterin", "volontär", "volontärin", "redaktion", "freier autor", "freie autorin",
	"journaliste", "rédacteur", "rédactrice", "envoyé spécial", "envoyée spéciale", "correspondant", "correspondante",
	"periodista", "corresponsal", "redactor", "redactora", "enviado especial", "enviada especial",
	"giornalista", "inviato", "inviata", "redattore", "redattrice",
	"verslaggever", "redacteur", "correspondent",
	"корреспондент", "обозреватель", "редактор", "журналист",
	"مراسل", "محرر",
}

// bylineSuffixRoles are job titles Korean bylines print after the name
// ("신현주 기자", reporter; "김태연 특파원", correspondent): the name
// loses them, where an English trailing title makes the part a title.
var bylineSuffixRoles = []string{
	"기자", "특파원", "선임기자", "논설위원", "객원기자", "수습기자", "인턴기자", "편집위원", "칼럼니스트",
}

// bylineCredentials are degrees printed after a name ("Jane Roe, MD").
var bylineCredentials = []string{
	"md", "m.d.", "phd", "ph.d.", "ma", "m.a.", "ms", "msc", "mba", "rn", "dvm", "jd", "j.d.",
	"bsc", "ba", "b.a.", "mph", "dr. med.", "facs", "rd", "lcsw",
}

// bylineHonorifics are forms of address printed before a name ("Dr. Jane
// Roe", "Prof. Dr. Jan Roe"): the name goes without them.
var bylineHonorifics = []string{
	"dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx.", "rev.", "priv.-doz.",
}

// bylineStops end the names on a line: what follows them is a date, an
// update note or a call to action, never a name. Short words that also
// begin names ("on", "am", "le": "Loïc Le Clerc") are bylineWeakStops.
var bylineStops = []string{
	"updated", "update", "published", "posted", "last updated", "modified",
	"aktualisiert", "veröffentlicht", "erstellt", "stand",
	"publié", "mis à jour",
	"publicado", "actualizado", "atualizado",
	"pubblicato", "aggiornato",
	"gepubliceerd", "bijgewerkt",
	"опубликовано", "обновлено",
	"min read", "minute read", "minutes read", "min. lesezeit", "lesezeit", "read more",
	"follow", "share", "comments", "comment", "email", "e-mail", "twitter", "facebook", "linkedin",
	"photo", "photos", "foto", "fotos", "bild", "image", "images", "video", "audio", "listen",
	"folgen", "teilen", "kommentare", "suivre", "partager", "seguir", "compartir",
	"more", "view", "see", "all", "articles", "posts", "stories", "from", "about",
	"ago", "today", "yesterday", "heute", "gestern",
	"fehler", "korrektur", // German "report an error" links beside bylines
	"archived", "archiviert", // a post's status beside its byline
	"publisert", "oppdatert", "publicerad", "uppdaterad", "udgivet", "opdateret", "julkaistu",
	"외", // Korean "and others": "박준석 기자 외 1명"
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
	"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
}

// nameParticles are lower-case words inside names ("Alexa von Heyden",
// "Michiel de Jong"); other lower-case words end a name.
var nameParticles = []string{
	"von", "van", "de", "da", "di", "del", "della", "der", "den", "du", "des", "la", "le", "zu",
	"dos", "das", "do", "bin", "ibn", "al", "el", "ten", "ter", "vom", "y",
}

// bylineLabels are words that label a byline before a colon: "Text und
// Interview: Jane Roe", "Words and pictures: Jane Roe".
var bylineLabels = []string{
	"text", "texte", "interview", "fotos", "foto", "photos", "photo", "pictures", "words", "recherche",
	"mitarbeit", "grafik", "reporting", "additional", "redaktion", "produktion", "illustration",
	"illustrations", "video", "bilder", "protokoll", "aufgezeichnet", "moderation", "reportage",
	"kommentar", "analyse", "rezept", "gastbeitrag", "beitrag", "bericht", "kolumne", "essay",
	"podcast", "articolo", "ricetta", "testo", "immagini", "blog",
	"kolumnist", "kolumnistin", "columnist", "columnista", "chroniqueur", "chroniqueuse", // the column's author
	"autor", "autorin", "autoren", "redakteur", "redakteurin", // author nouns, so their gender-inclusive forms ("Autor*innen:") read as labels
	"erstellt", "eingestellt", "geschrieben", "verfasst", "posted", "written", "publié", "publicado",
}

// genderSuffixes are the gender-inclusive endings German role nouns take
// ("Kolumnist*in", "Autor_innen", "Redakteur/in"); the colon form
// ("Autor:in") is left out, since a colon ends a label.
var genderSuffixes = []string{"*innen", "_innen", "/innen", "*in", "_in", "/in"}

// editorLabels open a credit for the story's editing, not its writing; the
// names after them are no authors.
var editorLabels = []string{
	"edited by ",      // English
	"editing by ",     // English, wire style
	"editor:",         // English label
	"editors:",        // English label, several
	"redigiert von ",  // German
	"bearbeitet von ", // German
	"édité par ",      // French
	"editado por ",    // Spanish, Portuguese
	"revisione di ",   // Italian
}

// pictureLabels are the byline labels that credit pictures only: a line
// labelled with nothing else is a picture credit.
var pictureLabels = []string{
	"foto", "fotos", "photo", "photos", "pictures", "bild", "bilder", "grafik", "illustration",
	"illustrations", "immagini", "image", "images", "video",
	"фото", "видео", // Russian, Ukrainian: photo, video
	"art", "artwork", "graphics", // English credits for drawings
}

// bylineNotNames are whole lines that sit where bylines do but name nobody.
var bylineNotNames = []string{
	"admin", "administrator", "anonymous", "unknown", "guest", "user", "editor", "editors",
	"follow author", "follow", "author", "authors", "by", "staff", "more", "view all",
	"share", "comments", "subscribe", "sign in", "log in", "login", "newsletter",
	"advertisement", "anzeige", "werbung", "sponsored", "home", "menu", "search",
	"contributors", "contributor", "writer", "reporter", "autor", "autorin",
	"no author", "publisher", "anonym", "anonymous author", "anónimo", "anonyme", "anonimo",
	"redaktion", "redacción", "rédaction", "redazione",
}

// bylineDesks are the newsroom's desk printed as the byline when no
// person signs the story: the byline as printed, no author.
var bylineDesks = []string{"redaktion", "redacción", "rédaction", "redazione", "redactie"}

// newsAgencies are wire services whose names are printed as bylines and
// are kept as authors even in lower case or as abbreviations.
var newsAgencies = []string{
	"ap", "associated press", "the associated press", "reuters", "thomson reuters", "afp",
	"agence france-presse", "agence france presse", "dpa", "deutsche presse-agentur", "apa",
	"sda", "keystone-sda", "kna", "epd", "dts", "ddp", "reuters/ap", "ansa", "adnkronos",
	"efe", "europa press", "ap/dpa", "dpa/afp", "afp/dpa", "upi", "pa", "pa media", "cp",
	"the canadian press", "canadian press", "aap", "bloomberg", "xinhua", "kyodo", "yonhap",
	"tass", "ria novosti", "interfax", "anadolu", "ani", "pti", "ians", "belga", "anp", "tt",
	"ntb", "ritzau", "ctk", "pap", "mti", "lusa", "ap/afp", "dpa-afx", "sid", "kap", "apa/dpa",
}

// bylineWeakStops end the names only when printed in lower case: in title
// case they may begin a name ("Le Pen", "Am Ende").
var bylineWeakStops = []string{
	"on", "at", "am", "um", "le", "el", "il", "op", "from", "about", "all", "more", "see", "view",
	"in", "für", "for", "de", "du", "des", "del", "dal", "der", "das", "die",
}

// bylineMonths are month names and abbreviations: a date glued to a name
// ("Jane Roe July 10, 2015") ends the name there.
var bylineMonths = []string{
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
	"sept", "oct", "nov", "dec", "januar", "februar", "märz", "mai", "juni", "juli", "oktober",
	"dezember", "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre",
	"octobre", "novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio",
	"julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "gennaio", "febbraio",
	"aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "januari",
	"februari", "maart", "mei", "augustus", "janeiro", "fevereiro", "março", "maio", "junho",
	"julho", "setembro", "outubro", "dezembro",
}

// bylineDayAbbrevs are weekday abbreviations printed before a date ("Do
// 25.04.24"); like months they end a name only next to a digit.
var bylineDayAbbrevs = []string{
	"mo", "di", "mi", "do", "fr", "sa", "so", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
	"fri", "sat", "sun", "lun", "mer", "jeu", "ven", "sam", "dim", "mié", "jue", "vie", "sáb", "dom",
}

// bylineOrgWords mark a structured author as the publication or a desk
// rather than a person: visible person names then take its place.
var bylineOrgWords = []string{
	"redaktion", "staff", "newsroom", "news desk", "desk", "team", "editorial", "online",
	"media", "verlag", "zeitung", "magazine", "magazin", "news", "rédaction", "redacción",
	"redazione", "redactie", "редакция", ".com", ".de", ".at", ".ch", ".fr", ".es", ".it",
	".nl", ".org", ".net", ".co", ".uk", ".ru", "contributors", "editors", "admin",
}

// bylineClassHints in a class or id mark the element holding the byline.
var bylineClassHints = []string{
	"byline",      // the common name
	"by-line",     // hyphenated variant
	"author",      // author, article-author, author-name
	"writer",      // writer, article-writer
	"autor",       // German, Spanish, Portuguese: autor, autorin, autores
	"auteur",      // French
	"contributor", // contributor lists
	"reporter",    // some regional papers
	"journalist",  // journalist, journaliste
	"creator",     // dc:creator styled blocks
	"signature",   // French and Italian papers sign the piece
	"firma",       // Spanish and Italian: "firma" is the signature line
}

// bylineClassAvoid in a class or id mark author furniture that is not the
// byline: biographies, avatars, follow buttons, lists of other stories,
// comment authors.
var bylineClassAvoid = []string{
	"bio", "avatar", "image", "img", "photo", "thumb", "picture", "social", "follow", "share",
	"comment", "more", "other", "related", "teaser", "widget", "popup", "modal", "tooltip",
	"description", "about", "authorbox", "card", "newsletter", "list", "nav", "menu", "footer",
	"sidebar", "disqus", "reply",
}

// bylineOutside are ancestors' class or id hints for regions no byline of
// the story sits in.
var bylineOutside = []string{
	"comment",     // comments and their authors
	"footer",      // page and article footers
	"sidebar",     // side columns
	"related",     // related stories with their own bylines
	"recommend",   // recommended stories
	"teaser",      // story teasers
	"newsletter",  // sign-up boxes
	"disqus",      // embedded comments
	"reply",       // comment replies
	"popular",     // most-read lists
	"trending",    // trending lists
	"morestories", // more stories lists
	"breadcrumb",  // the section trail above a headline
}

// bylineOutsideSelf are the hints of bylineOutside that also rule out an
// element carrying them itself: a region, never a line ("teaser-meta" may
// be the story's own byline line).
var bylineOutsideSelf = []string{
	"sidebar", // a side column that begins "By Jane Roe": the site's author
	"footer",  // the page's footer
	"comment", // a comment and its author
	"credit",  // a picture or video credit: "By Example Agency"
	"caption", // a picture caption
}

// legalForms are company forms (matched without a trailing dot): a
// structured author carrying one is the publisher or its web agency.
var legalForms = []string{
	"gmbh", "mbh", "ag", "kg", "e.v", "e. v", "inc", "ltd", "llc", "plc", "s.a", "s.l", "b.v", "s.p.a",
	"srl", "s.r.l", "sas", "sarl", "oy", "a/s", "corp", "gbr", "ug", "co.kg", "lda",
}

// pictureWork are the words of a bracketed role that credit pictures:
// "Jane Roe (photography)".
var pictureWork = []string{
	"photography", "photographs", "photographer", "fotografie", "fotograf", "fotografin",
	"photographie", "photographe", "fotografía", "fotógrafo", "fotografia", "fotografo",
}

// nameClassWords are class words of the elements a name is printed in
// part by part (given name, surname).
var nameClassWords = []string{"firstname", "lastname", "givenname", "familyname", "given", "surname", "forename"}

// taxonomyClasses are the classes of the tag and category lists blog
// themes print on the byline's line (WordPress core themes' names).
var taxonomyClasses = []string{"tags-links", "cat-links", "tag-links", "category-links", "post-tags", "post-categories"}

// taxonomyClassWords are class words of the elements that list a post's
// categories or tags ("post_cats", "entry-tags").
var taxonomyClassWords = []string{"cats", "categories", "tags", "topics", "category", "tag"}

// bylineSourceHints are class-word prefixes of the element in a byline
// line that names the publication or content partner, not a person.
var bylineSourceHints = []string{"source", "provider", "publisher", "partner"}

// paperWords end the names of newspapers and magazines: a segment of two
// words or more ending in one, printed after a person, is the paper she
// writes for ("Washington Post", "Example Daily News").
var paperWords = []string{
	"post", "times", "tribune", "herald", "journal", "gazette", "telegraph", "observer",
	"chronicle", "news", "daily", "magazine", "zeitung", "rundschau", "anzeiger", "presse",
	"kurier", "tagblatt", "allgemeine", "nachrichten",
}

// postedPhrases begin the authorship line of a blog post, often printed
// in the post's footer below the text: a sign-off that names the author.
var postedPhrases = []string{
	"posted by", "written by", "eingestellt von", "verfasst von", "geschrieben von",
	"publié par", "publicado por", "pubblicato da", "geplaatst door",
}
