package extract

import "testing"

func TestPostSignature(t *testing.T) {
	for src, want := range map[string]string{
		// Who posted it and when, after the post's text.
		`<blockquote class="twitter-tweet"><p>Road closed.</p>&mdash; Town Hall (@townhall) <a href="https://x.example/townhall/status/1?ref_src=twsrc%5Etfw">May 1, 2026</a></blockquote>`: "— Town Hall (@townhall) May 1, 2026",
		// No dash: a platform's own line, not a signature.
		`<blockquote class="instagram-media"><p>Our shop today.</p>A post shared by Shop (@shop)</blockquote>`: "",
		// A post without paragraphs is its own text.
		`<blockquote class="twitter-tweet">Road closed. &mdash; Town Hall (@townhall)</blockquote>`: "",
	} {
		body := buildHTML(t, `<html><body>`+src+`</body></html>`, Options{})
		if len(body) != 1 || body[0].Kind != Quote {
			t.Fatalf("%s: got %+v, want one quote", src, body)
		}
		kids := body[0].Children
		got := ""
		if len(kids) > 1 {
			got = kids[len(kids)-1].Text
			if kids[len(kids)-1].Spans[1].URL != "https://x.example/townhall/status/1" {
				t.Errorf("signature link keeps its tracking: %+v", kids[len(kids)-1].Spans)
			}
		}
		if got != want {
			t.Errorf("%s: signature %q, want %q", src, got, want)
		}
	}
}
