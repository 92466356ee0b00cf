package metadata

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// blockedStory is a news report about blocked websites: domains, "mirror
// sites", "alternative addresses", a quoted editor saying "we" — and no
// notice of the page's own.
const blockedStory = `
<p>Regulators ordered internet providers on Monday to block three more independent news websites, including northwind-report.com and baltic-ledger.org, in the latest wave of restrictions.</p>
<p>Readers quickly found the outlets again through mirror sites such as northwind-mirror.net.</p>
<p>“We moved to a new domain, baltic-ledger.info, within hours,” the editor said.</p>
<p>“If our site is blocked again, use our mirror at baltic-ledger.eu,” she told readers.</p>
<p>Digital rights groups said the alternative addresses would probably be blocked within days, as happened last year, when the regulator added more than two hundred mirror domains to its register.</p>
<p>The regulator did not respond to a request for comment. Providers that fail to comply face fines of up to one per cent of annual revenue, according to the law passed in the spring.</p>`

func TestMirrorNegatives(t *testing.T) {
	cases := []struct {
		name, head, story, after string
	}{
		{"word mirror in a story", "", `<p>The lake lay still as a mirror, and the mirror site of the old palace, palace-museum.org, closed at dusk.</p>`, ""},
		{"story about blocked sites", "", blockedStory, ""},
		{"only alternates", `<link rel="amphtml" href="https://www.sunvale-times.com/amp/a">
<link rel="alternate" hreflang="fr" href="https://fr.sunvale-times.com/a">
<link rel="alternate" type="application/rss+xml" title="Sunvale Times" href="https://www.sunvale-times.com/feed">
<link rel="canonical" href="https://www.sunvale-times.com/a">`, "", ""},
		{"links to other publications", "", `<p>The harbour plan was first reported by <a href="https://www.coastal-gazette.co.uk/pier">the Coastal Gazette</a> and later confirmed by <a href="https://www.portnews.net">Port News</a>.</p>`, ""},
		{"follow us, not a mirror", "", "", `<div class="social"><p>Follow our new address on social media: <a href="https://www.facebook.com/sunvale">Facebook</a> <a href="https://x.com/sunvale">X</a></p></div>`},
		{"download tor browser", "", "", `<p>Read us safely: <a href="https://www.torproject.org/download/">Tor Browser</a> protects your privacy on the Tor network.</p>`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := mirrorPage(t, "https://www.sunvale-times.com/a", c.head, `<section class="more">`+c.story+`</section>`+c.after)
			ms, ns := findMirrors(p)
			if len(ms) != 0 || len(ns) != 0 {
				t.Errorf("mirrors %q from notices %q, want none", mirrorURLs(ms), noticeText(ns))
			}
		})
	}
}

// TestMirrorOwnHost: a notice listing the page's own host among others
// keeps the others, and still owns its nodes.
func TestMirrorOwnHost(t *testing.T) {
	p := mirrorPage(t, "https://sunvale-times.com/a", `<link rel="canonical" href="https://www.sunvale-times.com/a">`,
		`<div id="addresses"><p>Sunvale Times can also be accessed at the following alternate addresses:</p>
<ul><li><a href="https://www.sunvale-times.com/">www.sunvale-times.com</a></li><li>sunvale-times.co.uk</li><li><a href="http://sunvale-times.ir/en">sunvale-times.ir/en</a></li></ul></div>`)
	ms, ns := findMirrors(p)
	want := []string{"https://sunvale-times.co.uk", "http://sunvale-times.ir/en"}
	if got := mirrorURLs(ms); !reflect.DeepEqual(got, want) {
		t.Errorf("mirrors = %q, want %q", got, want)
	}
	if len(ns) != 1 || page.Attr(ns[0], "id") != "addresses" {
		t.Errorf("notice nodes = %q, want the #addresses block", noticeText(ns))
	}
	for _, m := range ms {
		if !strings.HasPrefix(m.Text, "Sunvale Times can also be accessed") {
			t.Errorf("mirror text = %q", m.Text)
		}
	}
}

// TestMirrorOnlyOwnHost: on the mirror itself the notice lists only the
// page's own host: no mirror, but the notice still leaves the body.
func TestMirrorOnlyOwnHost(t *testing.T) {
	p := mirrorPage(t, "https://www.sunvale-times.co.uk/a", "",
		`<p class="note">Sunvale Times can also be accessed at the following alternate addresses:</p><p class="note">www.sunvale-times.co.uk</p>`)
	ms, ns := findMirrors(p)
	if len(ms) != 0 || len(ns) != 2 {
		t.Errorf("mirrors %q, notices %q: want none and both lines", mirrorURLs(ms), noticeText(ns))
	}
}

func TestMirrorOnionLocation(t *testing.T) {
	const onion = "http://sunvale7xkq2bnmfa3ryvw4dx5tjpolh6cz3iuegk2wbdn3fqs7qyd.onion/a"
	p := mirrorPage(t, "https://www.sunvale-times.com/a", `<meta http-equiv="Onion-Location" content="`+onion+`">`,
		`<p>Sunvale Times is also available on Tor at <a href="`+onion+`">our onion site</a>.</p>`)
	ms, ns := findMirrors(p)
	if got := mirrorURLs(ms); !reflect.DeepEqual(got, []string{onion}) {
		t.Fatalf("mirrors = %q", got)
	}
	if ms[0].Text != onionLocationText || len(ns) != 1 {
		t.Errorf("text %q, notices %q", ms[0].Text, noticeText(ns))
	}
	// A bare onion host takes http, whatever the page's scheme.
	p = mirrorPage(t, "https://www.sunvale-times.com/a", "",
		`<p>Our onion address: sunvale7xkq2bnmfa3ryvw4dx5tjpolh6cz3iuegk2wbdn3fqs7qyd.onion</p>`)
	if got, _ := findMirrors(p); len(got) != 1 || !strings.HasPrefix(got[0].URL, "http://sunvale7") {
		t.Errorf("bare onion = %q", mirrorURLs(got))
	}
}

// TestMirrorInStory is the reference page's shape: the notice is the last
// paragraph of the story container and its address a paragraph of its own.
func TestMirrorInStory(t *testing.T) {
	src := strings.Replace(`<html><head><meta property="og:site_name" content="SunvaleTV"></head><body><article><h1>Pier</h1>`+storyParas+
		`<p>Sunvale TV’s website can also be accessed at the following alternate addresses:</p><p><a href="https://www.sunvale-times.co.uk">www.sunvale-times.co.uk</a></p></article><div class="share">SHARE THIS ARTICLE</div></body></html>`, "\n", " ", -1)
	p := pageAt(t, src, "https://www.sunvale-times.ir/Detail/2026/01/02/1/pier")
	ms, ns := findMirrors(p)
	if got := mirrorURLs(ms); !reflect.DeepEqual(got, []string{"https://www.sunvale-times.co.uk"}) {
		t.Fatalf("mirrors = %q", got)
	}
	if len(ns) != 2 || ns[0].Data != "p" || ns[1].Data != "p" {
		t.Errorf("notice nodes = %q, want the two <p>s", noticeText(ns))
	}
}

// TestMirrorLooseText: a notice that is loose text beside other content in
// a larger block owns only its own nodes.
func TestMirrorLooseText(t *testing.T) {
	p := pageAt(t, `<html><body><div id="top">Latest: markets close higher<br><b>We have moved</b> to our new domain <a href="https://sunvale-news.org">sunvale-news.org</a><br>Weather: rain</div></body></html>`, "https://www.sunvale-times.com/")
	ms, ns := findMirrors(p)
	if got := mirrorURLs(ms); !reflect.DeepEqual(got, []string{"https://sunvale-news.org"}) {
		t.Fatalf("mirrors = %q", got)
	}
	if got := noticeText(ns); got != "We have moved to our new domain sunvale-news.org" {
		t.Errorf("notice nodes hold %q", got)
	}
}

func TestMirrorHostileInput(t *testing.T) {
	deep := strings.Repeat("<div>", 5000) + "Our mirror: a-mirror.net" + strings.Repeat("</div>", 5000)
	long := "<p>" + strings.Repeat("our mirror x.net ", 20000) + "</p>"
	for _, src := range []string{"", deep, long, "<p>our mirror: http://[::1/</p>", "<a href=':::'>our mirror</a>"} {
		doc := &html.Node{Type: html.DocumentNode}
		if d, err := html.ParseWithOptions(strings.NewReader(src)); err == nil {
			doc = d
		}
		p, err := page.New(doc, nil, page.Limits{})
		if err != nil {
			continue
		}
		findMirrors(p)
		findAlternates(p)
	}
}

func TestBareAddresses(t *testing.T) {
	for in, want := range map[string][]string{
		"addresses: www.presstv-like.co.uk and (example.org/news).": {"www.presstv-like.co.uk", "example.org/news"},
		"addresses:www.x-site.net":                                  {"www.x-site.net"},
		"U.S. e.g. report.pdf info@x.com Node.js 3.5 a.b":           nil,
		"本站最新网址：www.xinwen-ziyou.net，请收藏":                           {"www.xinwen-ziyou.net"},
		"https://x-site.org:8443/a?b=1, http://abc.onion":           {"https://x-site.org:8443/a?b=1", "http://abc.onion"},
	} {
		if got := bareAddresses(in); !reflect.DeepEqual(got, want) {
			t.Errorf("bareAddresses(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMirrorTrimLead: a date beside a top-bar notice is not part of it,
// a question leading into the notice is.
func TestMirrorTrimLead(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`<div class="top"><span>2026年11月21日 星期六</span> <span>本站最新网址：<a href="https://www.qy-xinwen.net/">www.qy-xinwen.net</a></span></div>`,
			"本站最新网址：www.qy-xinwen.net"},
		{`<p><strong>¿No puedes entrar?</strong> Si nuestro sitio está bloqueado, visítanos en <a href="https://qy-xinwen.net/">qy-xinwen.net</a></p>`,
			"¿No puedes entrar? Si nuestro sitio está bloqueado, visítanos en qy-xinwen.net"},
	} {
		p := pageAt(t, `<html><body>`+c.src+`<main><p>Story.</p></main></body></html>`, "https://www.qy-xinwen.com/a")
		ms, ns := findMirrors(p)
		if len(ms) != 1 || ms[0].Text != c.want || noticeText(ns) != c.want {
			t.Errorf("mirrors %+v, notice nodes %q; want text %q", ms, noticeText(ns), c.want)
		}
	}
}

// TestMirrorOwnDomainLink: beside a notice, a link into the site's own
// domain with a plain label ("Support us") is not a mirror.
func TestMirrorOwnDomainLink(t *testing.T) {
	p := pageAt(t, `<html><body><div class="banner"><div>We have moved to our alternative domain: <a href="https://kolo.press/">kolo.press</a></div>
<a href="https://support.kolo-media.com/">Support us</a></div><nav><a href="/">Kolo</a> <a href="/news">News</a></nav></body></html>`, "https://kolo-media.com/en/a")
	ms, ns := findMirrors(p)
	if got := mirrorURLs(ms); !reflect.DeepEqual(got, []string{"https://kolo.press"}) || strings.Contains(noticeText(ns), "Support") {
		t.Errorf("mirrors %q, notice nodes %q", got, noticeText(ns))
	}
}

// TestMirrorNameInPhrase: on a site named like a word of the phrase, the
// phrase alone does not name the site.
func TestMirrorNameInPhrase(t *testing.T) {
	p := pageAt(t, `<html><head><meta property="og:site_name" content="Mirror"></head><body><aside><p>The festival's mirror site is festival-live.com.</p></aside><main><p>Story.</p></main></body></html>`, "https://www.mirror.co.uk/news/a")
	if ms, ns := findMirrors(p); len(ms) != 0 || len(ns) != 0 {
		t.Errorf("mirrors %q from %q", mirrorURLs(ms), noticeText(ns))
	}
	p = pageAt(t, `<html><head><meta property="og:site_name" content="Mirror"></head><body><aside><p>The Mirror's mirror site is mirror-news.net.</p></aside><main><p>Story.</p></main></body></html>`, "https://www.mirror.co.uk/news/a")
	if ms, _ := findMirrors(p); !reflect.DeepEqual(mirrorURLs(ms), []string{"https://mirror-news.net"}) {
		t.Errorf("mirrors %q", mirrorURLs(ms))
	}
}

// TestMirrorLinkAroundBlock: a banner that is one link around a block
// gives the link's target.
func TestMirrorLinkAroundBlock(t *testing.T) {
	p := pageAt(t, `<html><body><a class="banner" href="https://sunvale-mirror.net/"><div>Having trouble accessing our site? Use our mirror.</div></a><main><p>Story.</p></main></body></html>`, "https://www.sunvale-times.com/a")
	ms, ns := findMirrors(p)
	if got := mirrorURLs(ms); !reflect.DeepEqual(got, []string{"https://sunvale-mirror.net"}) || len(ns) != 1 {
		t.Errorf("mirrors %q, notice nodes %q", got, noticeText(ns))
	}
}
