package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestIngredientBox(t *testing.T) {
	cases := []struct {
		name, in string
		want     bool
	}{
		{"named box", `<div class="recipe-ingredients"><ul><li>2 leeks</li></ul></div>`, true},
		{"named below a card", `<div class="card"><div><section id="Ingredients"><ul><li>2 leeks</li></ul></section></div></div>`, true},
		{"schema.org rows", `<div><table><tr itemprop="recipeIngredient"><td>2 leeks</td></tr></table></div>`, true},
		{"too deep to be the box", `<div><div><div><div><div><p class="ingredient">2 leeks</p></div></div></div></div></div>`, false},
		{"other box", `<div class="related"><ul><li><a href="/x">Leek tart</a></li></ul></div>`, false},
	}
	for _, c := range cases {
		doc, err := html.Parse(strings.NewReader(`<html><body>` + c.in + `</body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		box := doc.FirstChild.LastChild.FirstChild // html > body > the box
		if got := ingredientBox(box); got != c.want {
			t.Errorf("%s: ingredientBox = %v, want %v", c.name, got, c.want)
		}
	}
}
