package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Notices are the publisher's sentences set around a story: a copyright
// and reprint note, an advertising disclosure, an appeal to subscribe,
// donate or follow, an editorial disclaimer. They are longer than the
// labels the phrase tables catch, so they are read sentence-wide, and only
// at the edges of the body: story prose talks of rights, subscriptions
// and donations too, but a notice stands before the story's first
// paragraph or after its last.

// maxNoticeRunes is the longest block read as a notice: two or three
// sentences; a story paragraph that merely mentions a newsletter is
// longer or sits inside the story.
const maxNoticeRunes = 320

// dropNotices leaves out the notices that open the body and those that
// close it. Each edge run passes over short lines (a credit, a slogan, a
// box heading) and stops at the first longer block that is not a notice,
// so a notice-like sentence inside the story stays.
func dropNotices(body Body) Body {

	drop := make([]bool, len(body))
	n := 0
	i := 0
	for ; i < len(body); i++ {
		if isNoticeBlock(body[i]) {
			drop[i] = true
			n++
		} else if !isPassedOver(body[i]) {
			break
		}
	}
	if i == len(body) {
		return body // a body of notices and short lines only is kept whole
	}
	j := len(body) - 1
	for ; j > i; j-- {
		if isNoticeBlock(body[j]) || promoBanner(body[j]) {
			drop[j] = true
			n++
		} else if !isPassedOver(body[j]) {
			break
		}
	}
	// A title right above a notice of the closing run heads the notice box
	// ("Support our work"); a short sentence there is the story's.
	for k := len(body) - 2; k > j; k-- {
		if !drop[k] && drop[k+1] && isBoxTitle(body[k]) {
			drop[k] = true
			n++
		}
	}
	if n == 0 {
		return body
	}
	out := make(Body, 0, len(body)-n)
	for k, b := range body {
		if !drop[k] {
			out = append(out, b)
		}
	}
	return out
}

// maxShortLineRunes is the longest line a run of notices passes over: a
// credit, a slogan or a box heading, not a story paragraph.
const maxShortLineRunes = 80

// isBoxTitle reports a short line that is a heading or a title: no
// sentence ends it, and no colon makes it a label ("Photo: Jan Vos").
func isBoxTitle(b Block) bool {
	if !isShortLine(b) || b.Kind == Paragraph && strings.Contains(b.Text, ":") {
		return false
	}
	// A sentence may end inside its closing quote: "… upon your counsels.’"
	t := strings.TrimRight(strings.TrimSpace(b.Text), closingMarks)
	if b.Kind == Paragraph && (strings.HasPrefix(t, "*") || isAddressLine(t)) {
		return false // a footnote or a web address ends the story; no box opens so
	}
	return b.Kind == Heading || t != "" && !endsSentence(t)
}

// sentenceEnds are the marks that end a sentence, the full-width ones of
// Chinese and Japanese among them.
const sentenceEnds = ".!?。！？"

// endsSentence reports a text whose last character ends a sentence.
func endsSentence(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(sentenceEnds, r)
}

// isAddressLine reports a line that is one web address ("www.example.org"):
// the source line a story ends with.
func isAddressLine(t string) bool {
	return !strings.ContainsAny(t, " \t") && strings.Contains(t, ".") && (strings.HasPrefix(t, "www.") || strings.Contains(t, "://"))
}

// closingMarks may follow a sentence's full stop, the full-width brackets
// and quotes of Chinese and Japanese among them.
const closingMarks = "\"'’”»)]」』】）》"

// promoBanner reports a picture whose caption reads as a notice: the
// banner of a promotion under the story ("Subscribe to our sister title
// …"). Only the closing run reads it; a lead picture is the story's.
func promoBanner(b Block) bool {
	return b.Kind == Figure && b.Image != nil && isNotice(b.Image.Caption)
}

// isPassedOver reports a block a run of notices goes on past: a short
// line, or a picture (an ad banner or a logo between the story's last
// paragraph and the promotion under it holds no story text).
func isPassedOver(b Block) bool {
	return isShortLine(b) || b.Kind == Figure
}

// isShortLine reports a paragraph or heading short enough to be passed
// over inside a run of notices. Its length is its printed width, so that a
// Chinese or Japanese story paragraph (sixty characters) is no short line.
func isShortLine(b Block) bool {
	return (b.Kind == Paragraph || b.Kind == Heading) && printedWidth(b.Text) <= maxShortLineRunes
}

// printedWidth is the number of columns s takes in print: a CJK character
// takes two, as it carries about as much as two letters of an alphabet.
func printedWidth(s string) int {
	w := 0
	for _, r := range s {
		w++
		if r >= firstWide && (unicode.Is(unicode.Han, r) || unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Hangul)) {
			w++
		}
	}
	return w
}

// firstWide is where the Hangul Jamo block starts: no wide script lies
// below it, so the table look-ups can be skipped.
const firstWide = 0x1100

// isNoticeBlock reports a paragraph that reads as a notice, or as a
// linked pointer to another page ("All about boots: read more here").
func isNoticeBlock(b Block) bool {
	if b.Kind != Paragraph {
		return false
	}
	return isNotice(b.Text) || isPointer(b)
}

// isPointer reports a short paragraph with a link whose words send the
// reader to another page: a recirculation line set after the story.
func isPointer(b Block) bool {
	if utf8.RuneCountInString(b.Text) > maxNoticeRunes || !hasLink(b) {
		return false
	}
	return containsAny(strings.ToLower(b.Text), pointerPhrases)
}

// hasLink reports a block with a linked span.
func hasLink(b Block) bool {
	for _, s := range b.Spans {
		if s.URL != "" {
			return true
		}
	}
	return false
}

// isNotice reports a short text that is a copyright note, a disclosure,
// an appeal or a disclaimer.
func isNotice(text string) bool {
	n := utf8.RuneCountInString(text)
	if text == "" || n > maxLongNoticeRunes {
		return false
	}
	low := strings.ToLower(text)
	if n > maxNoticeRunes {
		return containsAny(low, longNoticePhrases)
	}
	if containsAny(low, noticePhrases) || contactLine(low) || wireCredit(low) {
		return true
	}
	if (strings.Contains(low, "©") || strings.Contains(low, "copyright")) && containsAny(low, rightsWords) {
		return true // "© 2026 The Daily. Reproduction without permission …"
	}
	if !containsAny(low, followWords) {
		return false
	}
	// A news aggregator's follow button is a prompt of its own: no story
	// asks the reader to follow the publisher there.
	return countAny(low, socialNetworks) >= minNetworks || strings.Contains(low, "google news") ||
		strings.Contains(low, "full coverage") // "Follow our full coverage of … at …"
}

// contactLine reports a writer's contact line ("Write to Jo Lee at
// jo.lee@example.com"): a request to write, with an e-mail address.
func contactLine(low string) bool {
	return strings.HasPrefix(low, "write to ") && strings.Contains(low, "@") && utf8.RuneCountInString(low) <= maxShortLineRunes
}

// wireCreditOpenings open a wire story's credit line ("Reporting by …;
// Editing by …"); anywhere else in a sentence the words are prose ("the
// film's editing by …").
var wireCreditOpenings = []string{"reporting by ", "writing by ", "editing by "}

// wireCredit reports a credit line that opens with a wire credit,
// brackets or a dash before it allowed.
func wireCredit(low string) bool {
	t := strings.TrimLeft(low, "([–—- ")
	for _, o := range wireCreditOpenings {
		if strings.HasPrefix(t, o) {
			return true
		}
	}
	return false
}

// minNetworks is the fewest social networks named in a prompt to follow
// the publisher: a story names one network, a prompt lists several.
const minNetworks = 2

// containsAny reports whether s holds one of the phrases.
func containsAny(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// countAny counts the phrases s holds.
func countAny(s string, phrases []string) int {
	n := 0
	for _, p := range phrases {
		if strings.Contains(s, p) {
			n++
		}
	}
	return n
}

// noticePhrases are the wordings, lower case, that make a short edge
// paragraph a notice. Each addresses the reader about the site, not about
// the story's subject.
var noticePhrases = []string{
	// English
	"all rights reserved",              // copyright note
	"may not be reproduced",            // copyright note
	"without written permission",       // copyright note
	"affiliate link",                   // affiliate disclosure
	"affiliate commission",             // affiliate disclosure
	"of our advertisers",               // advertising disclosure
	"we may receive compensation",      // advertising disclosure
	"we may earn a commission",         // affiliate disclosure
	"we may earn a small commission",   // affiliate disclosure
	"support our journalism",           // support appeal
	"reader-supported",                 // support appeal ("… is free and reader-supported")
	"support independent journalism",   // support appeal
	"if you value our",                 // support appeal ("… reporting")
	"if you enjoy our",                 // support appeal
	"subscribe to our newsletter",      // newsletter prompt
	"sign up for our newsletter",       // newsletter prompt
	"sign up here",                     // newsletter prompt
	"for ios and android",              // app promotion
	"our youtube channel",              // channel promotion
	"do not necessarily reflect",       // opinion disclaimer
	"suggested citation",               // citation note of a blog
	"protected by recaptcha",           // the legal line under a reCAPTCHA form
	"got a story?",                     // tip-line prompt
	"for more stories like this",       // recirculation prompt
	"contributed to this report",       // contributor line of a wire story
	"contributed to this story",        // contributor line
	"contributed reporting",            // contributor line ("… from Hong Kong")
	"additional reporting by",          // contributor line
	"our daily newsletter",             // newsletter prompt ("sign up for our daily newsletter")
	"free daily newsletter",            // newsletter prompt
	"free newsletter",                  // newsletter prompt
	"delivered to your inbox",          // newsletter prompt
	"our sister publication",           // magazine promotion
	"our sister title",                 // magazine promotion
	"delivered through your letterbox", // print subscription offer
	"comments are moderated",           // comment policy
	"comment policy",                   // comment policy
	"for subscribers only",             // paywall cut
	"exclusive to subscribers",         // paywall cut
	"our weekly newsletter",            // newsletter prompt
	"free weekly newsletter",           // newsletter prompt
	"successfully subscribed",          // newsletter form's state message
	"problem subscribing",              // newsletter form's error message
	"moderating all comments",          // comment policy
	"like to hear what you think",      // letters prompt ("We’d like to hear …")
	"share it with a friend",           // share prompt
	"prices are subject to change",     // deal post disclaimer
	"get in touch with our",            // tip-line prompt ("… news team")
	"have a story to tell?",            // tip-line prompt
	"have a story for us?",             // tip-line prompt
	"got a news tip",                   // tip-line prompt
	"you'd like to share?",             // reader-submission prompt ("a picture …")
	"you would like to share?",         // reader-submission prompt
	"you’d like to share?",             // reader-submission prompt, typographic apostrophe
	"invest in journalism",             // subscription pitch
	// German
	"alle rechte vorbehalten",               // copyright note
	"enthält werbung",                       // advertising disclosure
	"enthält affiliate",                     // affiliate disclosure
	"affiliate-link",                        // affiliate disclosure
	"erhalten wir eine provision",           // affiliate disclosure
	"bei diesem beitrag handelt es sich um", // label of a guest, sponsored or community post
	"gefällt dir unser",                     // support appeal
	"gefällt ihnen unser",                   // support appeal
	"unterstütze uns",                       // support appeal ("… unser Magazin")
	"unterstützen sie uns",                  // support appeal
	"brauchen wir deine unterstützung",      // support appeal
	"brauchen wir ihre unterstützung",       // support appeal
	"unseren newsletter",                    // newsletter prompt
	"lust auf mehr?",                        // newsletter or recirculation prompt
	"unseren youtube-kanal",                 // channel promotion
	"meinung des autors",                    // opinion disclaimer
	"nicht notwendigerweise die",            // opinion disclaimer
	"nur für abonnenten",                    // paywall cut
	"mit agenturmaterial",                   // agency credit ("Mit Agenturmaterial.")
	"in unserem liveblog",                   // pointer to the live blog
	"alle unsere inhalte zum",               // pointer to a topic page
	"dieses thema im programm",              // broadcaster's programme note
	"dieser artikel ist zuerst",             // first-published note ("… bei X erschienen")
	"dieser beitrag ist zuerst",             // first-published note
	"schlussredaktion",                      // editing credits of a magazine story
	"den originalartikel",                   // pointer to the original of a translation
	"maschinelle übersetzung eines",         // machine-translation note ("… eines Artikels")
	"hinterlasse einen kommentar",           // comment prompt of a blog
	"hinterlasse einfach einen kommentar",   // comment prompt of a blog
	"hinterlassen sie einen kommentar",      // comment prompt
	// French
	"tous droits réservés",   // copyright note
	"liens affiliés",         // affiliate disclosure
	"lien affilié",           // affiliate disclosure
	"soutenez notre",         // support appeal
	"abonnez-vous à notre",   // newsletter prompt
	"inscrivez-vous à notre", // newsletter prompt
	"notre chaîne youtube",   // channel promotion
	"n'engagent que leur",    // opinion disclaimer
	"n’engagent que leur",    // opinion disclaimer, typographic apostrophe
	"réservé aux abonnés",    // paywall label ("Article réservé aux abonnés")
	"réservée aux abonnés",   // paywall cut ("La suite est réservée aux abonnés")
	// Spanish
	"todos los derechos reservados", // copyright note
	"enlaces de afiliado",           // affiliate disclosure
	"enlace de afiliado",            // affiliate disclosure
	"apoya nuestro periodismo",      // support appeal
	"hazte socio",                   // membership appeal
	"apóyanos",                      // support appeal
	"únete a nuestra comunidad",     // membership appeal
	"cancela cuando quieras",        // subscription upsell
	"nuestra newsletter",            // newsletter prompt
	"nuestro boletín",               // newsletter prompt
	"nuestro canal de youtube",      // channel promotion
	"exclusivo para suscriptores",   // paywall cut
	// Portuguese
	"pelo moderador",     // comment policy ("… não serão aprovados pelo moderador")
	"receba as notícias", // messaging-channel prompt ("… do site no WhatsApp")
	// Russian
	"правила комментирования", // comment policy
	// Persian
	"انتهای پیام", // a news agency's end-of-dispatch mark ("انتهای پیام/")
	// Chinese, Japanese
	"责编：",       // Chinese: responsible editor line
	"责任编辑：",     // Chinese: the same line, the label in full
	"分享让更多人看到",  // Chinese: share prompt
	"個人の見解であり",  // Japanese: comment disclaimer
	"この記事は会員限定", // Japanese: paywall cut ("This article is for members only")
	"続きは会員",     // Japanese: paywall cut ("the rest for members…")
	// Indonesian
	"langsung di ponselmu", // messaging-channel prompt ("… news right on your phone")
	// Polish
	"do subskrypcji", // subscription prompt ("zapraszamy do subskrypcji")
}

// maxLongNoticeRunes is the longest block read as a notice when one of
// longNoticePhrases marks it: a membership pitch or an investment
// disclaimer runs to five or six sentences.
const maxLongNoticeRunes = 600

// longNoticePhrases are wordings no story paragraph uses, so that they
// mark a notice longer than maxNoticeRunes.
var longNoticePhrases = []string{
	"if you enjoyed this article",            // membership pitch
	"totalverlust des eingesetzten kapitals", // German: investment disclaimer ("total loss of the capital invested")
	"stellt keine anlageberatung dar",        // German: investment disclaimer
}

// pointerPhrases, in a linked edge paragraph, send the reader to another
// page of the site.
var pointerPhrases = []string{
	"read more here",      // English
	"find out more here",  // English
	"read our guide",      // English
	"findest du hier",     // German: you find … here
	"finden sie hier",     // German: you find … here
	"lesen sie hier",      // German: read … here
	"erfahren sie hier",   // German: learn … here
	"hier geht es zu",     // German: this way to …
	"hier geht's zu",      // German: this way to …
	"in unserem beitrag",  // German: in our post …
	"in unserem artikel",  // German: in our article …
	"à lire ici",          // French: to read here
	"dans notre article",  // French: in our article
	"lee aquí",            // Spanish: read here
	"en nuestro artículo", // Spanish: in our article
}

// rightsWords, next to a copyright sign, make the line a reprint notice
// rather than a picture credit ("© Jane Roe").
var rightsWords = []string{
	"rights reserved",     // English
	"reprint",             // English
	"reproduc",            // reproduction, reproduced; French, Spanish
	"permission",          // English, French
	"copyrighted",         // English
	"nachdruck",           // German: reprint
	"vervielfältig",       // German: reproduction
	"rechte vorbehalten",  // German: rights reserved
	"droits réservés",     // French: rights reserved
	"derechos reservados", // Spanish: rights reserved
}

// followWords open a prompt to follow the publisher on social networks.
var followWords = []string{
	"follow",   // English
	"folge",    // German: folge uns, folgen Sie
	"suivez",   // French
	"síguenos", // Spanish
	"seguir a", // Spanish: seguir a … en Facebook
	"ikuti",    // Indonesian, Malay
}

// socialNetworks are the networks a follow prompt lists.
var socialNetworks = []string{
	"facebook", "twitter", "instagram", "tiktok", "youtube", "linkedin",
	"whatsapp", "telegram", "mastodon", "bluesky", "threads",
}
