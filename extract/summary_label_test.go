package extract

import "testing"

func TestBoxLabel(t *testing.T) {
	cases := []struct {
		name, src string
		want      bool
	}{
		{"box", `<div id="root"><div class="box"><h2 id="l">In brief</h2><ul><li>One point.</li></ul></div><p>Story.</p></div>`, true},
		{"box with folder", `<div id="root"><div><h3 id="l">Das Wichtigste in Kürze:</h3><div><ul><li>a</li></ul><p>Note.</p></div><button>More</button></div></div>`, true},
		{"sub-heading", `<div id="root"><p>Story.</p><h2 id="l">In brief</h2><ul><li>a</li></ul><p>More story.</p></div>`, false},
		{"box of paragraphs", `<div id="root"><div><h2 id="l">Summary</h2><p>One.</p><p>Two.</p></div></div>`, false},
		{"highlights box", `<div id="root"><div class="highlights-widget"><h3 id="l">Highlights</h3><ul><li>a</li><li>b</li></ul></div><p>Story.</p></div>`, true},
		{"story highlights", `<div id="root"><div><h2 id="l">Story highlights</h2><ul><li>a</li></ul></div></div>`, true},
		{"other label", `<div id="root"><div><h2 id="l">Timeline</h2><ul><li>a</li></ul></div></div>`, false},
	}
	for _, c := range cases {
		p := indexHTML(t, "<html><body>"+c.src+"</body></html>")
		n := byID(p, "l")
		if got := boxLabel(n, n.FirstChild.Data, byID(p, "root")); got != c.want {
			t.Errorf("%s: boxLabel = %v, want %v", c.name, got, c.want)
		}
	}
}
