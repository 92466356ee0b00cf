package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// maxIngredientDepth is how far below a sibling of the story the
// ingredients box may sit: recipe templates wrap it in an accordion or a
// card or two, never deeper.
const maxIngredientDepth = 4

// ingredientBox reports a sibling of the story that holds a recipe's
// ingredients: named so ("ingredients", "recipe-ingredient") or marked
// with schema.org's recipeIngredient. Its lines are too short to count as
// story text, yet the recipe is incomplete without them.
func ingredientBox(n *html.Node) bool {
	return holdsIngredients(n, 0)
}

func holdsIngredients(n *html.Node, depth int) bool {
	if n.Type != html.ElementNode {
		return false
	}
	for _, at := range n.Attr {
		switch at.Key {
		case "class", "id":
			if strings.Contains(strings.ToLower(at.Val), "ingredient") {
				return true
			}
		case "itemprop":
			if v := strings.ToLower(at.Val); v == "recipeingredient" || v == "ingredients" {
				return true
			}
		}
	}
	if depth >= maxIngredientDepth {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if holdsIngredients(c, depth+1) {
			return true
		}
	}
	return false
}
