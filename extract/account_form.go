package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// A form that asks for a password or an e-mail address is a sign-in,
// registration, newsletter or comment form. Its labels and error texts
// ("The password must be at least 8 characters long.") are sentences, and
// on a page whose story is rendered by script they are the longest text
// left; they are never the story.

// accountInputTypes are the input types such a form asks for.
var accountInputTypes = map[string]string{
	"password": "sign-in and registration forms",
	"email":    "registration, newsletter and comment forms",
}

// maxFormDepth is how far above an account input its form is looked for;
// templates nest inputs in a few wrappers for layout.
const maxFormDepth = 12

// pageWideFormShare: a form holding more than this share of the page's
// elements wraps the whole page (ASP.NET pages sit in one <form>), not a
// dialog.
const pageWideFormShare = 0.5

// noteAccountInput remembers the form around an account input at
// position i; index reads the forms once their sizes are known.
func (a *analysis) noteAccountInput(i int, n *html.Node) {
	if n.DataAtom != atom.Input {
		return
	}
	if _, ok := accountInputTypes[strings.ToLower(strings.TrimSpace(page.Attr(n, "type")))]; !ok {
		return
	}
	for j, d := a.parent[i], 0; j >= 0 && d < maxFormDepth; j, d = a.parent[j], d+1 {
		if a.p.Elements[j].DataAtom == atom.Form {
			if len(a.accountForms) == 0 || a.accountForms[len(a.accountForms)-1] != j {
				a.accountForms = append(a.accountForms, j)
			}
			return
		}
	}
}

// markAccountForms makes each noted form furniture unless it wraps the
// page.
func (a *analysis) markAccountForms() {
	limit := pageWideFormShare * float64(len(a.p.Elements))
	for _, f := range a.accountForms {
		if float64(a.size[f]) <= limit {
			a.role[f] = roleClutter
		}
	}
}
