package extract

// Clutter phrases: the words with which short blocks of page furniture
// begin. A block is left out when its whole text is short (see
// maxPhraseRunes) and, lower-cased, begins with one of these followed by a
// non-letter. Story paragraphs are long, so a prefix match on short blocks
// is safe; each phrase still must not open an ordinary sentence.
var clutterPrefixes = []string{
	// English
	"read more",               // link to the next story
	"read also",               // link to another story
	"also read",               // link to another story
	"see also",                // link list
	"related:",                // inline related link
	"related stories",         // related list heading
	"related articles",        // related list heading
	"related coverage",        // related list heading
	"more from",               // recirculation heading
	"more on this",            // recirculation heading
	"more stories",            // recirculation heading
	"recommended for you",     // recommendation heading
	"most read",               // most-read heading
	"most popular",            // most-popular heading
	"you may also like",       // recommendation heading
	"you might also like",     // recommendation heading
	"sign up for",             // newsletter box
	"sign up to",              // newsletter box
	"subscribe to",            // subscription box
	"subscribe now",           // subscription box
	"share this",              // share bar
	"share on",                // share button
	"share article",           // share button
	"follow us",               // social links
	"advertisement",           // ad label
	"article continues below", // ad label ("… advertisement")
	"story continues below",   // ad label
	"sponsored content",       // ad label
	"continue reading",        // teaser link
	"click here to",           // call to action
	"we use cookies",          // cookie notice
	"this site uses cookies",  // cookie notice
	"this website uses cookies",
	"already a subscriber",    // paywall notice
	"already have an account", // paywall notice
	"support our journalism",  // donation appeal
	"download the app",        // app promotion
	"get the app",             // app promotion
	"listen to this article",  // text-to-speech player
	"copyright ©",             // copyright line
	"all rights reserved",     // copyright line
	"image source",            // credit line of a lead image
	"skip to",                 // skip link
	"loading",                 // placeholder of a script widget
	// German
	"lesen sie auch",   // link to another story
	"lesen sie mehr",   // teaser link
	"mehr zum thema",   // related list heading
	"mehr lesen",       // teaser link
	"weiterlesen",      // teaser link
	"auch interessant", // related list heading
	"das könnte sie auch interessieren",
	"anzeige",               // ad label
	"werbung",               // ad label
	"jetzt abonnieren",      // subscription box
	"newsletter abonnieren", // newsletter box
	"artikel teilen",        // share button
	"folgen sie uns",        // social links
	"wir verwenden cookies", // cookie notice
	"diese website verwendet cookies",
	"zum thema",                      // related list heading
	"alle rechte vorbehalten",        // copyright line
	"war der artikel nützlich",       // feedback widget
	"war dieser artikel hilfreich",   // feedback widget
	"möchten sie den artikel teilen", // share prompt
	"nach oben",                      // jump link
	"zurück nach oben",               // jump link
	// French
	"lire aussi",     // link to another story
	"à lire aussi",   // link to another story
	"a lire aussi",   // link to another story, unaccented
	"lire la suite",  // teaser link
	"voir aussi",     // link list
	"publicité",      // ad label
	"abonnez-vous",   // subscription box
	"inscrivez-vous", // newsletter box
	"suivez-nous",    // social links
	"nous utilisons des cookies",
	"sur le même sujet",                 // related list heading
	"à voir aussi",                      // related list heading
	"tous droits réservés",              // copyright line
	"cet article vous a-t-il été utile", // feedback widget
	"cet article vous a plu",            // subscription box heading ("… ? Abonnez-vous")
	"je m'abonne",                       // subscription button
	"je m’abonne",                       // subscription button, typographic apostrophe
	"haut de page",                      // jump link
	"retour en haut",                    // jump link
	// Spanish
	"lee también",           // link to another story
	"lea también",           // link to another story
	"leer más",              // teaser link
	"ver también",           // link list
	"publicidad",            // ad label
	"suscríbete",            // subscription box
	"síguenos",              // social links
	"utilizamos cookies",    // cookie notice (also Portuguese)
	"te puede interesar",    // recommendation heading
	"noticias relacionadas", // related list heading
	"todos los derechos reservados",
	"¿te ha resultado útil", // feedback widget
	"volver arriba",         // jump link
	// Portuguese
	"leia também",           // link to another story
	"leia mais",             // teaser link
	"veja também",           // link list
	"publicidade",           // ad label
	"assine",                // subscription box
	"siga-nos",              // social links
	"notícias relacionadas", // related list heading
	"todos os direitos reservados",
	"voltar ao topo", // jump link
	// Italian
	"leggi anche",           // link to another story
	"leggi di più",          // teaser link
	"vedi anche",            // link list
	"pubblicità",            // ad label
	"iscriviti",             // newsletter box
	"seguici",               // social links
	"utilizziamo i cookie",  // cookie notice
	"potrebbe interessarti", // recommendation heading
	"articoli correlati",    // related list heading
	"tutti i diritti riservati",
	"torna su", // jump link
	// Russian
	"читайте также",        // link to another story
	"читать далее",         // teaser link
	"смотрите также",       // link list
	"реклама",              // ad label
	"подписывайтесь",       // subscription call
	"подпишитесь",          // subscription call
	"поделиться",           // share button
	"мы используем cookie", // cookie notice
	"новости по теме",      // related list heading
	"по теме",              // related list heading
	"все права защищены",   // copyright line
	"наверх",               // jump link
	"последние новости",    // recirculation heading
	"оставить комментарий", // comment form
	"up next",                           // video playlist label
	"to view this video",                // video player fallback text
	"your browser does not support",     // media fallback text
	"media playback is unsupported",     // media player fallback text
	"was this article helpful",          // feedback widget
	"did you find this article helpful", // feedback widget
	"back to top",                       // jump link
	"don't miss",                        // recirculation heading
	"don’t miss",                        // recirculation heading, typographic apostrophe

	// Headings and prompts of recirculation, bios, comment forms and
	// recipe cards, in each language.
	"about the author",                         // author bio heading
	"latest articles",                          // recirculation heading
	"latest news",                              // recirculation heading
	"latest posts",                             // recirculation heading
	"recent posts",                             // blog sidebar heading
	"more articles",                            // recirculation heading
	"sign up for our newsletter",               // newsletter box
	"leave a comment",                          // comment form
	"add a comment",                            // comment form
	"print this article",                       // print button
	"print recipe",                             // recipe card button
	"jump to recipe",                           // recipe card button
	"did you like this article",                // feedback widget
	"über den autor",                           // German: author bio heading
	"über die autorin",                         // German: author bio heading
	"neueste artikel",                          // German: recirculation heading
	"neueste beiträge",                         // German: blog sidebar heading
	"aktuelle artikel",                         // German: recirculation heading
	"weitere artikel",                          // German: recirculation heading
	"weitere nachrichten",                      // German: recirculation heading
	"schon gelesen",                            // German: recirculation heading
	"kommentar hinzufügen",                     // German: comment form
	"kommentar schreiben",                      // German: comment form
	"rezept drucken",                           // German: recipe card button
	"zurück zur übersicht",                     // German: back link
	"fanden sie diesen artikel nützlich",       // German: feedback widget
	"hat ihnen der artikel gefallen",           // German: feedback widget
	"dir hat der artikel gefallen",             // German: feedback widget
	"à propos de l'auteur",                     // French: author bio heading
	"derniers articles",                        // French: recirculation heading
	"laisser un commentaire",                   // French: comment form
	"sobre el autor",                           // Spanish: author bio heading
	"últimas noticias",                         // Spanish: recirculation heading
	"deja un comentario",                       // Spanish: comment form
	"sobre o autor",                            // Portuguese: author bio heading
	"últimas notícias",                         // Portuguese: recirculation heading
	"deixe um comentário",                      // Portuguese: comment form
	"ultime notizie",                           // Italian: recirculation heading
	"lascia un commento",                       // Italian: comment form
	"последние новости",                        // Russian: recirculation heading
	"оставить комментарий",                     // Russian: comment form
	"ähnliche beiträge",                        // German: related posts heading
	"verwandte beiträge",                       // German: related posts heading
	"verwandte artikel",                        // German: related articles heading
	"weitere beiträge",                         // German: recirculation heading
	"mehr themen",                              // German: recirculation heading
	"zum weiterlesen",                          // German: further-reading heading
	"weitere informationen",                    // German: further-information heading
	"das könnte dich auch interessieren",       // German: recommendation heading
	"das thema könnte dich auch interessieren", // German: recommendation heading
	"keine kommentare",                         // German: empty comment section
	"artikel bewerten",                         // German: rating widget
	"diese seite teilen",                       // German: share bar
	"news teilen",                              // German: share bar
	"beitrag teilen",                           // German: share bar
	"mit unserem newsletter",                   // German: newsletter box
	"quellenangaben",                           // German: sources heading
	"quelle:",                                  // German: source line ("Quelle: dpa")
	"reklama",                                  // Polish, Czech: ad label
	"źródło:",                                  // Polish: source line
	"related posts",                            // recirculation heading
	"foto:",                                    // credit line of a picture (German, Italian, Spanish)
	"fotos:",                                   // credit line of pictures
	"photo:",                                   // credit line of a picture
	"photos:",                                  // credit line of pictures
	"photograph by",                            // credit line of a picture
	"photo by",                                 // credit line of a picture
	"crédits photos",                           // French: credit line of pictures
	"crédit photo",                             // French: credit line of a picture
	"copyright:",                               // credit line of a picture
	"bildquelle",                               // German: credit line of a picture
	"similar posts",                            // recirculation heading

	// Prompts and notes around the story: newsletter and app promotion,
	// support appeals, letters prompts, login state, widget labels.
	"never miss",                        // newsletter prompt
	"get the latest",                    // app or newsletter promotion
	"this article is more than",         // archive notice on an old story ("… 5 years old")
	"prenez note que cet article",       // French: archive notice on an old story
	"if you enjoyed reading",            // support appeal
	"if you enjoyed this",               // support appeal
	"help us continue",                  // donation appeal
	"we want to hear what you think",    // letters prompt
	"submit your letter",                // letters prompt
	"submit a letter",                   // letters prompt
	"credit:",                           // credit line of a picture
	"mira:",                             // Spanish: "watch:", link to another story
	"mire:",                             // Spanish: "watch:", link to another story
	"sie lesen gern",                    // German: support appeal ("you like reading us?")
	"was sind cookies",                  // German: cookie notice heading
	"noch keine bewertungen",            // German: empty rating widget
	"alle angaben ohne gewähr",          // German: disclaimer of a listing
	"bild anzeigen",                     // German: gallery button
	"empfohlener redaktioneller inhalt", // German: placeholder of a blocked embed
	"sie sind aktuell nicht eingeloggt", // German: login state
	"sie sind nicht eingeloggt",         // German: login state
	"zurück zur listenansicht",          // German: back link
	"entdecke weitere",                  // German: recirculation heading
	"entdecken sie weitere",             // German: recirculation heading
	"verwandte themen",                  // German: related topics heading
	"verwandte themenbereiche",          // German: related topics heading
	"aufrufe:",                          // German: view counter
	"publiziert:",                       // Swiss German: date line
	"veröffentlicht:",                   // German: date line
	"view comments",                     // comment link of a post
	"comments closed",                   // closed comment section
	"kommentare geschlossen",            // German: closed comment section
	"rss-feed abonnieren",               // German: feed link
	"filed under:",                      // category line of a blog post ("Filed under: Travel |")
	"source:",                           // source line of a wire story ("Source: agencies")
	"기사입력",                              // Korean: date line ("기사입력 : 2026-01-05 09:30")
	"добавить отзыв",                    // Russian: review form
	"join the conversation",             // comment section heading
	"click to read more",                // teaser link ("… and view comments")
	"your video will play",              // video pre-roll countdown
	"regala esta noticia",               // Spanish: gift-article button
	"foto(s):",                          // German: credit line of pictures
	"sendung:",                          // German: broadcast line of a radio or TV piece
	"最終更新",                              // Japanese: last-updated line
	"おすすめ情報",                            // Japanese: recommendation heading
	"カテゴリーをフォローする",                      // Japanese: follow-category button
	"related post:",                     // inline related link ("Related post: …")
	"pgp fingerprint",                   // contact card of a writer
	"otr fingerprint",                   // contact card of a writer
	"no thanks, continue",               // dismiss button of an app prompt ("… in the browser")
	"nein danke. weiter",                // German: dismiss button of an app prompt ("… in dieser Ansicht")
}

// clutterExact are whole texts of short furniture blocks: labels too
// short or too ordinary to match as a prefix.
var clutterExact = map[string]string{
	"share":        "share button",
	"tweet":        "share button",
	"email":        "share button",
	"print":        "print button",
	"comments":     "comment link",
	"comment":      "comment link",
	"ad":           "ad label",
	"ads":          "ad label",
	"related":      "related list heading",
	"teilen":       "German: share",
	"drucken":      "German: print",
	"kommentare":   "German: comments",
	"partager":     "French: share",
	"imprimer":     "French: print",
	"commentaires": "French: comments",
	"compartir":    "Spanish: share",
	"imprimir":     "Spanish, Portuguese: print",
	"comentarios":  "Spanish: comments",
	"compartilhe":  "Portuguese: share",
	"compartilhar": "Portuguese: share",
	"comentários":  "Portuguese: comments",
	"condividi":    "Italian: share",
	"stampa":       "Italian: print",
	"commenti":     "Italian: comments",
	"комментарии":  "Russian: comments",
	"печать":       "Russian: print",

	"newsletter":    "newsletter box heading",
	"kommentieren":  "German: comment",
	"pinnen":        "German: pin (share)",
	"abo":           "German: subscription link",
	"tags":          "tag list heading",
	"schlagworte":   "German: tag list heading",
	"schlagwörter":  "German: tag list heading",
	"caption":       "caption toggle button",
	"close":         "close button of an overlay",
	"advert":        "ad label",
	"advertising":   "ad label",
	"sponsored":     "ad label",
	"expand":        "expand button",
	"kontakt":       "German: press contact heading",
	"autoren":       "German: author list label",
	"von":           "German: author label (\"Von:\")",
	"erschienen in": "German: issue label of a magazine story",

	"text size":        "text resizer label",
	"font size":        "text resizer label",
	"full screen":      "player or gallery control",
	"fullscreen":       "player or gallery control",
	"autoplay":         "player or gallery control",
	"schriftgröße":     "German: text resizer label",
	"taille du texte":  "French: text resizer label",
	"tamaño del texto": "Spanish: text resizer label",

	"iklan":          "Indonesian, Malay: ad label",
	"end of article": "end marker above recirculation",
	"written by":     "byline label without the name",
	"view photos":    "gallery button",
	"buy photo":      "photo store button",
	"все публикации": "Russian: all-posts link",
	"subscribe":      "subscription button",
	"reklam":         "Turkish: ad label",
	"no thanks":      "dismiss button of a prompt",
	"nein danke":     "German: dismiss button of a prompt",
	"more":           "link label of a related box (\"More:\")",
	"отзывы":         "Russian: reviews tab",
}

// bylinePrefixes open a byline line ("By Jane Doe"); metadata owns the
// byline, so a short block beginning so is left out of the body.
var bylinePrefixes = []string{
	"by ",    // English
	"von ",   // German
	"par ",   // French
	"por ",   // Spanish, Portuguese
	"di ",    // Italian
	"автор:", // Russian: author
	"текст:", // Russian: text by
	"written by ",
	"reporting by ",
	"words by ",
}

// counterLabels may open a gallery counter ("Image 3 of 12").
var counterLabels = map[string]string{
	"image": "English", "photo": "English", "picture": "English", "slide": "English",
	"bild": "German", "foto": "German, Spanish, Portuguese, Italian", "photo ": "French",
	"imagen": "Spanish", "imagem": "Portuguese", "immagine": "Italian", "фото": "Russian",
}

// counterWords join the two numbers of a gallery counter ("3 of 12").
var counterWords = map[string]string{
	"/":   "3/12",
	"of":  "English",
	"von": "German",
	"sur": "French",
	"de":  "Spanish, Portuguese",
	"di":  "Italian",
	"из":  "Russian",
}

// maxPhraseRunes is the longest block tested against the phrase tables:
// furniture labels are short, story paragraphs are not.
const maxPhraseRunes = 120

// maxBylineWords is the most words after "By" in a byline line.
const maxBylineWords = 8

// maxBylineRunes is the longest block taken for a byline line.
const maxBylineRunes = 60
