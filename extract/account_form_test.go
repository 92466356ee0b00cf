package extract

import "testing"

func TestAccountForms(t *testing.T) {
	story := storyPara("ferry", 6)
	cases := []struct {
		name, src string
		clutter   bool
	}{
		{"sign-in", `<div>` + story + `</div><form id="f"><p>Wrong password, please try again with the one you chose.</p><input type="password"></form>`, true},
		{"newsletter", `<div>` + story + `</div><form id="f"><div><label>Email <input type="EMAIL"></label></div></form>`, true},
		{"search", `<div>` + story + `</div><form id="f"><input type="search"><input type="text"></form>`, false},
		// ASP.NET wraps the whole page in one form; its footer's newsletter
		// box does not make the story furniture.
		{"page-wide", `<form id="f"><div>` + story + `</div><div><p>a</p><p>b</p><p>c</p></div><footer><input type="email"></footer></form>`, false},
	}
	for _, c := range cases {
		p := indexHTML(t, "<html><body>"+c.src+"</body></html>")
		a := newAnalysis(p, Options{}, Hints{})
		a.index()
		if i := p.Order(byID(p, "f")); a.clutter[i] != c.clutter {
			t.Errorf("%s: form clutter = %v, want %v", c.name, a.clutter[i], c.clutter)
		}
	}
}
