// Package credit separates a picture's credit from its caption.
package credit

// Split returns caption without its credit, and the credit alone:
// "Pilots at the quay. (File photo by AP)" gives "Pilots at the quay." and "AP".
func Split(caption string) (text, credit string) {
	return caption, "" // TODO(builder helper): real implementation
}
