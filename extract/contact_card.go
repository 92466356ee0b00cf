package extract

import (
	"strings"
	"unicode/utf8"
)

// Press releases and institutes' pages close the story with a contact
// card: a title naming the contact ("Press contact", "Ansprechpartnerin
// zum Thema:"), then the person's name, role, e-mail address and phone
// number, each a short line. The card is how to reach the publisher, not
// part of the story.

// contactWords open or make a contact card's title, lower case.
var contactWords = []string{
	"contact",         // English, French ("contact presse")
	"kontakt",         // German, Polish, Scandinavian
	"ansprechpartner", // German ("Ansprechpartnerin zum Thema")
	"contacto",        // Spanish, Portuguese
	"contatto",        // Italian
	"contactpersoon",  // Dutch
}

// maxContactTitleRunes is the longest contact card title: a label, not a
// sentence that mentions a contact.
const maxContactTitleRunes = 60

// maxCardLines is the most short blocks a contact card runs over: name,
// role, address, e-mail, phone, fax, and the contact's portrait.
const maxCardLines = 6

// dropContactCards removes contact cards below the story's first block: a
// contact title followed by at most maxCardLines short blocks, one of
// which holds an e-mail address or a phone number.
func dropContactCards(body Body) Body {
	for k := len(body) - 2; k > 0; k-- {
		if !contactTitle(body[k]) {
			continue
		}
		// The card ends at its last contact line, and the contact's
		// portrait right after it; short lines past it are the story's.
		last := -1
		for end := k + 1; end < len(body) && end-k <= maxCardLines; end++ {
			b := body[end]
			if reachLine(b.Text) {
				last = end
			} else if !isShortLine(b) && b.Kind != Figure {
				break
			}
		}
		if last < 0 {
			continue
		}
		for last+1 < len(body) && body[last+1].Kind == Figure {
			last++
		}
		body = append(body[:k:k], body[last+1:]...)
	}
	return body
}

// contactTitle reports a short heading or title line that names a contact.
func contactTitle(b Block) bool {
	if b.Kind != Heading && b.Kind != Paragraph || utf8.RuneCountInString(b.Text) > maxContactTitleRunes {
		return false
	}
	t := strings.TrimSpace(b.Text)
	if b.Kind == Paragraph && !isBoxTitle(b) && !strings.HasSuffix(t, ":") {
		return false
	}
	return containsAny(strings.ToLower(t), contactWords)
}

// maxReachRunes is the longest block read as a card's contact lines.
const maxReachRunes = 200

// reachLine reports a short block that holds an e-mail address or a
// phone number: the lines of a contact card.
func reachLine(text string) bool {
	if utf8.RuneCountInString(text) > maxReachRunes {
		return false
	}
	return strings.Contains(text, "@") && strings.Contains(text, ".") || phoneNumber(text)
}

// minPhoneDigits is the fewest digits of a phone number with its area code.
const minPhoneDigits = 8

// phoneNumber reports a text holding a phone number: a plus sign or an
// opening bracket, then digits with spaces, dashes, slashes or brackets
// between them ("+49 (0)40 / 49 07 11 05").
func phoneNumber(text string) bool {
	i := strings.IndexAny(text, "+(")
	for i >= 0 {
		digits := 0
		for _, r := range text[i:] {
			switch {
			case r >= '0' && r <= '9':
				digits++
			case strings.ContainsRune("+()/- ", r):
			default:
				goto next
			}
			if digits >= minPhoneDigits {
				return true
			}
		}
	next:
		j := strings.IndexAny(text[i+1:], "+(")
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}
