package metadata

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
)

// imageStory puts a lead block between the headline and the story text.
func imageStory(lead string) string {
	return `<html><head><title>T</title></head><body>
<header><a href="/"><img src="/static/logo.png" alt="Example News" class="site-logo"></a></header>
<article><h1>Tide gauges fail along the estuary</h1>` + lead + `
<p>Engineers found on Monday that four of the six tide gauges on the estuary had stopped reporting during the storm last week.</p>
<p>The harbour authority said replacement parts were on order and that manual readings would be taken twice a day until then.</p>
</article></body></html>`
}

func TestFindLeadImage(t *testing.T) {
	tests := []struct {
		name       string
		lead       string
		structured *Image
		want       Image
		node       string // tag of the returned node, "" for none
	}{
		{"caption after the figure's only wrapper",
			`<div class="image-embed"><div class="image-container"><figure class="fig"><img src="/img/gauge.jpg" width="1200" height="800"><div class="count-label"><span>View 3 Images</span></div></figure></div><figcaption class="fig-caption"><span class="caption-title">A gauge at the north pier</span><span class="caption-credit">Mara Holt</span></figcaption></div>`,
			nil,
			Image{URL: "https://news.example/img/gauge.jpg", Caption: "A gauge at the north pier", Credit: "Mara Holt", Width: 1200, Height: 800},
			"figure"},
		{"declared picture filed under its author's path",
			`<figure class="bo-image"><img src="/autoren/mara-holt/tide-gauges/@@images/lead-1000.jpeg" width="1000" height="600"><figcaption><span class="desc">A gauge at the north pier.</span><span class="credit"><p>Foto: Mara Holt</p></span></figcaption></figure>`,
			&Image{URL: "https://news.example/autoren/mara-holt/tide-gauges/@@images/lead-1000.jpeg"},
			Image{URL: "https://news.example/autoren/mara-holt/tide-gauges/@@images/lead-1000.jpeg", Caption: "A gauge at the north pier.", Credit: "Mara Holt", Width: 1000, Height: 600},
			"figure"},
		{"figure with figcaption and credit span",
			`<figure class="lead"><img src="/img/gauge.jpg" alt="A tide gauge" width="1200" height="800"><figcaption>A gauge at the north pier. <span class="credit">Photo: Mara Holt</span></figcaption></figure>`,
			nil,
			Image{URL: "https://news.example/img/gauge.jpg", Alt: "A tide gauge", Caption: "A gauge at the north pier.", Credit: "Mara Holt", Width: 1200, Height: 800},
			"figure"},
		{"screen-reader labels left out of caption and credit",
			`<figure><img src="/img/gauge.jpg" width="1200" height="800"><span class="a1-Copyright"><span class="a9-VisuallyHidden">Image source, </span>Mara Holt</span><figcaption><span class="sr-only">Image caption, </span>A gauge at the north pier.</figcaption></figure>`,
			nil,
			Image{URL: "https://news.example/img/gauge.jpg", Caption: "A gauge at the north pier.", Credit: "Mara Holt", Width: 1200, Height: 800},
			"figure"},
		{"cite beside the figcaption is the credit",
			`<figure><img src="/img/gauge.jpg"><span class="meta"><figcaption>A gauge at the north pier.</figcaption><cite>Photo by Mara Holt</cite></span></figure>`,
			nil,
			Image{URL: "https://news.example/img/gauge.jpg", Caption: "A gauge at the north pier.", Credit: "Mara Holt"},
			"figure"},
		{"credit written into the caption",
			`<figure><img src="/img/pier.jpg"><figcaption>Steve Smith speaks during a news conference. (File photo by AP)</figcaption></figure>`,
			nil,
			Image{URL: "https://news.example/img/pier.jpg", Caption: "Steve Smith speaks during a news conference.", Credit: "AP"},
			"figure"},
		{"lazy data-src",
			`<figure><img src="data:image/gif;base64,R0lGOD" data-src="/img/lazy.jpg"><figcaption>Low water at dawn.</figcaption></figure>`,
			nil,
			Image{URL: "https://news.example/img/lazy.jpg", Caption: "Low water at dawn."},
			"figure"},
		{"picture and srcset, largest wins",
			`<figure><picture><source srcset="/img/a-800.webp 800w, /img/a-1600.webp 1600w" type="image/webp"><img src="/img/a-400.jpg" srcset="/img/a-400.jpg 400w, /img/a-800.jpg 800w"></picture><figcaption>The estuary from the air.</figcaption></figure>`,
			nil,
			Image{URL: "https://news.example/img/a-1600.webp", Caption: "The estuary from the air.", Width: 1600},
			"figure"},
		{"density-only sources told apart by the width their address asks for, widest first",
			`<figure><picture><source srcset="/img/weir-w1400.jpg 1x" media="(min-width: 900px)"><source srcset="/img/weir-w900.jpg 1x" media="(min-width: 600px)"><source srcset="/img/weir-w600.jpg 1x"><img src="/img/weir-square.jpg" alt=""></picture><figcaption>The weir in spate.</figcaption></figure>`,
			nil,
			Image{URL: "https://news.example/img/weir-w1400.jpg", Caption: "The weir in spate."},
			"figure"},
		{"density-only sources told apart by the width their address asks for, narrowest first",
			`<figure><picture><source srcset="/img/weir-w600.jpg 1x" media="(max-width: 599px)"><source srcset="/img/weir-w900.jpg 1x" media="(max-width: 899px)"><source srcset="/img/weir-w1400.jpg 1x"><img src="/img/weir-square.jpg" alt=""></picture><figcaption>The weir in spate.</figcaption></figure>`,
			nil,
			Image{URL: "https://news.example/img/weir-w1400.jpg", Caption: "The weir in spate."},
			"figure"},
		{"aria-hidden caption is still the caption",
			`<figure><img src="/img/b.jpg"><figcaption aria-hidden="true">Gauges on the quay. <small>Jo Pike/Example</small></figcaption></figure>`,
			nil,
			Image{URL: "https://news.example/img/b.jpg", Caption: "Gauges on the quay.", Credit: "Jo Pike/Example"},
			"figure"},
		{"logo and avatar ignored, og:image fallback",
			`<div class="byline"><img class="author-avatar" src="/img/jr.jpg" width="48" height="48"> By Jane Roe</div>`,
			&Image{URL: "https://news.example/og/card.jpg", Caption: "Gauges on the quay (Photo: Jo Pike)"},
			Image{URL: "https://news.example/og/card.jpg", Caption: "Gauges on the quay", Credit: "Jo Pike"},
			""},
		{"structured match keeps the page's figure",
			`<figure><img src="https://cdn.example/photos/2024/05/gauge-7781234-640x360.jpg" srcset="https://cdn.example/photos/2024/05/gauge-7781234-1280x720.jpg 1280w"><figcaption>A gauge. <cite>Reuters</cite></figcaption></figure>`,
			&Image{URL: "https://cdn.example/photos/2024/05/gauge-7781234-1200x630.jpg"},
			Image{URL: "https://cdn.example/photos/2024/05/gauge-7781234-1280x720.jpg", Caption: "A gauge.", Credit: "Reuters", Width: 1280},
			"figure"},
		{"a larger declared social-card crop does not replace the picture shown",
			`<figure><img src="https://cdn.example/photos/a7781234/gauge-800x450.jpg"><figcaption>A gauge.</figcaption></figure>`,
			&Image{URL: "https://cdn.example/photos/a7781234/gauge-1200x630.jpg", Width: 1200, Height: 630},
			Image{URL: "https://cdn.example/photos/a7781234/gauge-800x450.jpg", Caption: "A gauge."},
			"figure"},
		{"a larger declared size of the same crop replaces the picture shown",
			`<figure><img src="https://cdn.example/photos/a7781234/gauge-800x450.jpg"><figcaption>A gauge.</figcaption></figure>`,
			&Image{URL: "https://cdn.example/photos/a7781234/gauge-1600x900.jpg"},
			Image{URL: "https://cdn.example/photos/a7781234/gauge-1600x900.jpg", Caption: "A gauge."},
			"figure"},
		{"a thumbnail under the headline gives way to the declared picture",
			`<div class="cover"><img src="/img/cover-small.jpg" width="280" height="184"></div>`,
			&Image{URL: "https://news.example/img/share-card.jpg", Width: 1200, Height: 630},
			Image{URL: "https://news.example/img/share-card.jpg", Width: 1200, Height: 630},
			""},
		{"a printed caption running past the declared one ends in the credit",
			`<figure><img src="https://cdn.example/photos/a7781234/quay-800x450.jpg"><figcaption>Mara Holt / R. Valeo / Uosto nuotr.</figcaption></figure>`,
			&Image{URL: "https://cdn.example/photos/a7781234/quay-800x450.jpg", Caption: "Mara Holt"},
			Image{URL: "https://cdn.example/photos/a7781234/quay-800x450.jpg", Caption: "Mara Holt", Credit: "R. Valeo / Uosto nuotr."},
			"figure"},
		{"a picture laid out small with a large srcset entry is no thumbnail",
			`<figure><img src="/img/pier.jpg" width="214" height="210" srcset="/img/pier.jpg 720w, /img/pier-300x293.jpg 300w"><figcaption>The pier at low tide.</figcaption></figure>`,
			&Image{URL: "https://news.example/img/pier-150x150.jpg", Width: 720, Height: 704},
			Image{URL: "https://news.example/img/pier.jpg", Caption: "The pier at low tide.", Width: 214, Height: 210},
			"figure"},
		{"a thumbnail stays when the declared picture is no larger",
			`<div class="cover"><img src="/img/cover-small.jpg" width="280" height="184"></div>`,
			&Image{URL: "https://news.example/img/card-200x200.jpg"},
			Image{URL: "https://news.example/img/cover-small.jpg", Width: 280, Height: 184},
			"div"},
		{"figcaption after the figure",
			`<figure class="media"><img src="/img/c.jpg" alt="Quay"></figure><figcaption class="media-info"><span>The north quay at dawn.</span> <span class="credit">Foto: Ines Wahl/dpa</span></figcaption>`,
			nil,
			Image{URL: "https://news.example/img/c.jpg", Alt: "Quay", Caption: "The north quay at dawn.", Credit: "Ines Wahl/dpa"},
			"figure"},
		{"an info line after the picture's wrapper holds caption and credit",
			`<ul class="gallery"><li><div class="detail-img"><img src="/img/h.jpg" alt=""></div><span class="img-info">Stalls along the quay. Bild: Ines Wahl/Archiv</span></li></ul>`,
			nil,
			Image{URL: "https://news.example/img/h.jpg", Caption: "Stalls along the quay.", Credit: "Ines Wahl/Archiv"},
			"div"},
		{"wrapper paragraphs with a credit line",
			`<div class="image-widget"><span class="image-target"><img src="/img/d.jpg"></span><p><span>Pilots wait at the lock gates</span></p><p>Image: Harbour Authority / Facebook</p></div>`,
			nil,
			Image{URL: "https://news.example/img/d.jpg", Caption: "Pilots wait at the lock gates", Credit: "Harbour Authority / Facebook"},
			"div"},
		{"footer credit and a caption class holding the image skipped",
			`<div class="photo"><p class="withoutcaption"><img src="/img/f.jpg"></p><span class="newsCaption">Boats in the lock.</span><footer>Kai Brandt/Example</footer></div>`,
			nil,
			Image{URL: "https://news.example/img/f.jpg", Caption: "Boats in the lock.", Credit: "Kai Brandt/Example"},
			"div"},
		{"story cards skipped, transparent placeholder replaced by the lazy source",
			`<article class="related-card"><a href="/other"><img src="/img/other.jpg" width="400" height="300"></a></article><div class="tracking-area"><figure><img src="/img/transparent.gif" data-src="/img/g.jpg"><figcaption>Rain over the estuary.</figcaption></figure></div>`,
			nil,
			Image{URL: "https://news.example/img/g.jpg", Caption: "Rain over the estuary."},
			"figure"},
		{"gallery button label is no caption",
			`<figure><img src="/img/e.jpg"><figcaption>View 6 Images</figcaption></figure>`,
			nil,
			Image{URL: "https://news.example/img/e.jpg"},
			"figure"},
		{"declared caption that repeats the alt text is no caption",
			`<figure class="featured-image"><img src="/img/gauge.jpg" alt="Tide gauge at dusk" width="1024" height="576"><figcaption><strong>Image Credits:</strong> Mara Holt</figcaption></figure>`,
			&Image{URL: "https://news.example/img/gauge.jpg", Caption: "Tide gauge at dusk"},
			Image{URL: "https://news.example/img/gauge.jpg", Alt: "Tide gauge at dusk", Credit: "Mara Holt", Width: 1024, Height: 576},
			"figure"},
		{"declared caption other than the alt text is kept",
			`<figure class="featured-image"><img src="/img/gauge.jpg" alt="Tide gauge" width="1024" height="576"><figcaption><strong>Image Credits:</strong> Mara Holt</figcaption></figure>`,
			&Image{URL: "https://news.example/img/gauge.jpg", Caption: "The gauge at the north pier"},
			Image{URL: "https://news.example/img/gauge.jpg", Alt: "Tide gauge", Caption: "The gauge at the north pier", Credit: "Mara Holt", Width: 1024, Height: 576},
			"figure"},
		{"licence line in the figcaption is the credit",
			`<figure class="wp-caption"><img src="/img/gauge.jpg" width="860" height="484"><figcaption class="wp-caption-text">A gauge at the north pier <span class="media-license-caption"> &#8211; Mara Holt (CC BY 4.0)</span></figcaption></figure>`,
			nil,
			Image{URL: "https://news.example/img/gauge.jpg", Caption: "A gauge at the north pier", Credit: "Mara Holt (CC BY 4.0)", Width: 860, Height: 484},
			"figure"},
		{"a name on its own line above the caption is the credit",
			`<figure><img src="/img/gauge.jpg" width="1200" height="800"><figcaption><span>The Estuary Post</span><br>A gauge at the north pier.</figcaption></figure>`,
			nil,
			Image{URL: "https://news.example/img/gauge.jpg", Caption: "A gauge at the north pier.", Credit: "The Estuary Post", Width: 1200, Height: 800},
			"figure"},
		{"a lead-in phrase on its own line stays in the caption",
			`<figure><img src="/img/gauge.jpg" width="1200" height="800"><figcaption><strong>Pictured:</strong><br>A gauge at the north pier.</figcaption></figure>`,
			nil,
			Image{URL: "https://news.example/img/gauge.jpg", Caption: "Pictured: A gauge at the north pier.", Width: 1200, Height: 800},
			"figure"},
		{"a copyright line holding the caption gives only its credit part",
			`<figure class="lead"><img src="/img/gauge.jpg" width="1200" height="800"><div class="captionLine mediaBox__copyright"><span class="figcaption">A gauge at the north pier. </span><span class="figcaption__copyright">Bild &copy; Mara Holt (hr)</span></div></figure>`,
			nil,
			Image{URL: "https://news.example/img/gauge.jpg", Caption: "A gauge at the north pier.", Credit: "Mara Holt (hr)", Width: 1200, Height: 800},
			"figure"},
		{"a section named for its picture wraps it with its credit",
			`<section class="teaser-image"><img class="teaser-image__image" src="/img/gauge.jpg" width="1200" height="800"><p class="teaser-image__credits">Mara Holt/Example</p></section>`,
			nil,
			Image{URL: "https://news.example/img/gauge.jpg", Credit: "Mara Holt/Example", Width: 1200, Height: 800},
			"section"},
		{"a video player's poster deep in its figure takes the figure's caption",
			`<figure class="a_m"><span class="a_m_c"><div class="videoTop"><div id="video_1"><div class="videoTop-ph"><a href="/v/1" role="button" class="posicionador"><img src="/img/gauge.jpg" width="1200" height="800"><div class="ph-v_d">01:53</div></a></div></div></div></span><figcaption>A gauge at the north pier.<span class="a_m_m"><span>Foto:</span> Mara Holt (Example)</span></figcaption></figure>`,
			nil,
			Image{URL: "https://news.example/img/gauge.jpg", Caption: "A gauge at the north pier.", Credit: "Mara Holt (Example)", Width: 1200, Height: 800},
			"figure"},
		{"a custom picture element in its figure",
			`<figure class="featured-image"><storefront-image src="https://news.example/img/gauge.jpg" alt="A gauge"></storefront-image><figcaption><span class="caption">A gauge at the north pier.</span></figcaption></figure>`,
			&Image{URL: "https://news.example/img/gauge.jpg"},
			Image{URL: "https://news.example/img/gauge.jpg", Alt: "A gauge", Caption: "A gauge at the north pier."},
			"figure"},
		{"a placeholder picture's noscript fallback gives its address",
			`<div class="media"><div class="imageWrapper"><img alt="A gauge" data-ctrl-image="{'urlScheme':'/img/gauge_w-**width**.jpg'}" src="/img/index-transparent.gif"><noscript><img alt="A gauge" src="/img/gauge_w-576.jpg"></noscript></div><div class="mediaInfo"><span class="mediaSubtitleText">A gauge at the north pier.</span> <span class="mediaRights">Bildrechte: Mara Holt</span></div></div>`,
			nil,
			Image{URL: "https://news.example/img/gauge_w-576.jpg", Alt: "A gauge", Caption: "A gauge at the north pier.", Credit: "Mara Holt"},
			"div"},
		{"no image at all", `<p class="dek">No picture here.</p>`, nil, Image{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := peoplePage(t, imageStory(tt.lead))
			img, node := findLeadImage(p, tt.structured, nil)
			var got Image
			if img != nil {
				got = *img
			}
			if got != tt.want {
				t.Errorf("image = %+v\nwant    %+v", got, tt.want)
			}
			switch {
			case tt.node == "" && node != nil:
				t.Errorf("node = <%s>, want none", node.Data)
			case tt.node != "" && (node == nil || node.Data != tt.node):
				t.Errorf("node = %v, want <%s>", node, tt.node)
			}
			if node != nil && (p.Stats(node).Paras > maxWrapperParas || strings.Contains(page.Text(node), "tide gauges")) {
				t.Error("lead node holds story paragraphs")
			}
		})
	}
}

func TestSameImage(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"https://img.example/x/mobile253202066/7197934087-ci16x9-w1200/Wahl.jpg", "https://img.example/x/mobile253202066/7197934087-ci23x11-w2000/Wahl.jpg", true},
		{"https://cdn.example/uploads/2024/05/harbour-view.jpg?w=640", "https://cdn.example/uploads/2024/05/harbour-view.jpg", true},
		{"https://cdn.example/uploads/2024/05/harbour-view.jpg", "https://cdn.example/uploads/2024/05/city-hall.jpg", false},
		{"https://cdn.example/images/1200x630/a.jpg", "https://cdn.example/images/1200x630/b.jpg", false},
		{"", "https://cdn.example/a.jpg", false},
		// A file name with encoded spaces is a name, not an option.
		{"https://images.example/Lock+Keeper+Hale.jpg/1600x800Crop/497.533.399", "https://images.example/Lock+Keeper+Hale.jpg/960x480Crop/497.533.399", true},
		// One file, other query: the service's size and crop options.
		{"https://img.example/system/teaser/5481/quay.jpg?fit=min&w=8192", "https://img.example/system/teaser/5481/quay.jpg?fit=crop&w=1200&h=630", true},
		{"https://img.example/image.php?id=11", "https://img.example/image.php?id=12", false},
		{"https://img.example/system/teaser/5481/quay.jpg?w=800", "https://cdn.example/system/teaser/5481/quay.jpg?w=800", false},
		// The number a file name carries is the picture's; folders' numbers and days are not.
		{"https://x.example/DYNIMG/52/32/15125232_M800x534.jpg", "https://x.example/DYNIMG/52/32/15125232_W2040C2040x1360o0x0.jpg", true},
		{"https://x.example/Uploads/Assets/149/971/6_4971149.jpg", "https://x.example/Uploads/Assets/149/971/4971149.jpg?crop=1200:630", true},
		{"https://x.example/files/n/1922794/cover.jpg", "https://x.example/files/n/1922794/card.jpg", false},
		{"https://x.example/photos/20240501_a.jpg", "https://x.example/photos/20240501_b.jpg", false},
		// A resizer's options and its own host name are in every address it serves.
		{"https://img.news-cdn.example/thumbor/aa1=/fit-in/728x0/filters:format_auto-!!-/img.news-cdn.example/uploads/quay.jpeg",
			"https://img.news-cdn.example/thumbor/bb2=/fit-in/1200x630/filters:format_auto-!!-/img.news-cdn.example/uploads/lock-gates.jpeg", false},
		{"https://cdn.example/t/fit-in/728x0/quay.jpeg", "https://cdn.example/t/fit-in/1200x630/lock-gates.jpeg", false},
		{"https://cdn.example/t/strip_icc-!!-/quay.jpeg", "https://cdn.example/t/strip_icc-!!-/lock-gates.jpeg", false},
		{"https://img.news-cdn.example/r/img.news-cdn.example/quay.jpeg", "https://img.news-cdn.example/r/img.news-cdn.example/lock-gates.jpeg", false},
		// A width written at the end of the file name is a size of one picture.
		{"https://x.example/media/2024/05/lock-gates-800.jpg", "https://x.example/media/2024/05/lock-gates-1600.jpg", true},
		{"https://x.example/uploads/2024/05/harbour-view-1024x683.jpg", "https://x.example/uploads/2024/05/harbour-view.jpg", true},
		{"https://x.example/media/lock-gates-2.jpg", "https://x.example/media/lock-gates-3.jpg", false}, // a series, not sizes
		{"https://x.example/media/gallery-800.jpg", "https://x.example/media/gallery-1600.jpg", false},  // too common a stem
	}
	for _, tt := range tests {
		if got := sameImage(tt.a, tt.b); got != tt.want {
			t.Errorf("sameImage(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestURLWidth(t *testing.T) {
	tests := map[string]int{
		"https://x.example/a.jpg?w=720":                          720,
		"https://x.example/image/1300x/center/a.jpg":             1300,
		"https://x.example/images/42584/fill-1200x650/":          1200,
		"https://x.example/upload/q_75,w_1200,h_630/a.jpg":       1200,
		"https://x.example/uploads/2024/05/harbour-view.jpg":     0,
		"https://x.example/cdn/image/width=720,quality=70/a.png": 720,
		"https://x.example/storage/2024/05/t/640/480/d/a.png":    640,
		"https://x.example/v1/a.jpg?im=Resize=(1250);Crop=(0,0)": 1250,
		"https://x.example/assets/2024/05/17/a.jpg":              0,
	}
	for in, want := range tests {
		if got := urlWidth(in); got != want {
			t.Errorf("urlWidth(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestProxies(t *testing.T) {
	const original = "https://img.example/editorial/2024/harbour-view.jpg"
	tests := map[string]bool{
		"https://cdn.example/image/?url=https%3A//img.example/editorial/2024/harbour-view.jpg&w=2000":          true,
		"https://cdn.example/resize/800x/?url=https%3A%2F%2Fimg.example%2Feditorial%2F2024%2Fharbour-view.jpg": true,
		"https://img.example/editorial/2024/harbour-view.jpg?w=800":                                            false,
		"https://cdn.example/?url=https%3A//img.example/editorial/2024/harbour-view.jpg/crop.jpg":              false,
		"https://cdn.example/image/?url=https%3A//img.example/editorial/2024/quay.jpg":                         false,
	}
	for shown, want := range tests {
		if got := proxies(shown, original); got != want {
			t.Errorf("proxies(%q) = %v, want %v", shown, got, want)
		}
	}
}

func TestDeclaredCaptionCut(t *testing.T) {
	tests := []struct {
		printed, declared, caption, credit string
	}{
		{"Mara Holt / R. Vale / Example photo", "Mara Holt", "Mara Holt", "R. Vale / Example photo"},
		{"The weir at dawn | Kai Brandt", "The weir at dawn", "The weir at dawn", "Kai Brandt"},
		{"The weir at dawn, seen from the lock", "The weir at dawn", "The weir at dawn, seen from the lock", ""},
		{"The weir at dawn-time", "The weir at dawn", "The weir at dawn-time", ""},
		{"The weir at dawn", "", "The weir at dawn", ""},
		{"The weir at dawn /", "The weir at dawn", "The weir at dawn /", ""},
	}
	for _, tt := range tests {
		caption, cr := declaredCaptionCut(tt.printed, tt.declared)
		if caption != tt.caption || cr != tt.credit {
			t.Errorf("declaredCaptionCut(%q, %q) = %q, %q; want %q, %q", tt.printed, tt.declared, caption, cr, tt.caption, tt.credit)
		}
	}
}

func TestURLShape(t *testing.T) {
	tests := map[string]float64{
		"https://x.example/img/2024/05/27/1736701-563848-756x425.jpg":         756.0 / 425,
		"https://x.example/images/960/540/q_80/1072476.jpg":                   960.0 / 540,
		"https://x.example/a.jpg?format=webp&width=780&height=438":            780.0 / 438,
		"https://x.example/img/mobile245/9711626227-ci23x11-w1136/teaser.jpg": 23.0 / 11,
		"https://x.example/photos/5f1e2a/2:3/w_2240,c_limit/cover.jpg":        2.0 / 3,
		"https://x.example/uploads/harbour-view.jpg":                          0,
		"https://x.example/a.jpg?w=1200":                                      0,
	}
	for in, want := range tests {
		if got := urlShape(in); got != want {
			t.Errorf("urlShape(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestOtherCrop(t *testing.T) {
	tests := []struct {
		a, b float64
		want bool
	}{
		{993.0 / 552, 1200.0 / 675, false}, // one crop, sizes rounded
		{640.0 / 360, 1200.0 / 628, true},  // 16:9 against a social card
		{0, 1200.0 / 630, false},           // unknown
	}
	for _, tt := range tests {
		if got := otherCrop(tt.a, tt.b); got != tt.want {
			t.Errorf("otherCrop(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestURLTiny(t *testing.T) {
	tests := map[string]bool{
		"https://x.example/logo.img?h=17&w=0":   true,
		"https://x.example/a.jpg?width=64":      true,
		"https://x.example/a.jpg?h=240&w=300":   false,
		"https://x.example/a.jpg?w=0":           false,
		"https://x.example/uploads/harbour.jpg": false,
	}
	for in, want := range tests {
		if got := urlTiny(in); got != want {
			t.Errorf("urlTiny(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestDeclaredPreferred(t *testing.T) {
	tests := []struct {
		shown, declared string
		want            bool
	}{
		{"https://x.example/a.jpg?w=640", "https://x.example/a.jpg?w=1200", true},
		{"https://x.example/a.jpg?w=1600", "https://x.example/a.jpg?w=1200", false},
		{"https://x.example/uploads/a.jpg", "https://x.example/uploads/a.jpg?quality=80&strip", true},
		{"https://x.example/uploads/a.jpg?w=1024", "https://x.example/uploads/a.jpg", false},
		{"https://cdn.example/r/?url=https%3A//x.example/uploads/a.jpg&w=900", "https://x.example/uploads/a.jpg", true},
		{"https://x.example/uploads/a.jpg", "https://x.example/uploads/a-social.jpg", false},
		{"https://x.example/files/styles/670x377/public/admin/quay.jpg?itok=ab1", "https://x.example/files/admin/quay.jpg", true},
		{"https://x.example/storage/2024/ab12/t/120/90/d/quay.jpg", "https://x.example/storage/2024/ab12/quay.jpg", true},
		{"https://x.example/files/archive/old/quay.jpg", "https://x.example/files/quay.jpg", false},
		{"https://x.example/a-640x360.jpg", "https://x.example/a-1200x628.jpg", false},
		{"https://x.example/a-640x360.jpg", "https://x.example/a-1280x720.jpg", true},
		{"https://x.example/a-480x270.jpg", "https://x.example/a-1200x800.jpg", true}, // another crop, but 2.5 times wider
		{"https://x.example/m/lock-gates-800.jpg", "https://x.example/m/lock-gates-1600.jpg", true},
		{"https://x.example/m/lock-gates-1600.jpg", "https://x.example/m/lock-gates-800.jpg", false},
		{"https://x.example/m/lock-gates-800.jpg", "https://x.example/other/lock-gates-1600.jpg", false}, // another folder
	}
	for _, tc := range tests {
		if got := declaredPreferred(tc.shown, tc.declared, urlShape(tc.shown), urlShape(tc.declared)); got != tc.want {
			t.Errorf("declaredPreferred(%q, %q) = %v, want %v", tc.shown, tc.declared, got, tc.want)
		}
	}
}

func TestGalleryLabel(t *testing.T) {
	for in, want := range map[string]bool{
		"View 6 Images": true,
		"12 Bilder":     true,
		"(12) photos":   true,
		"1/12":          true,
		"港の第3埠頭で作業する係員（市提供）": false, // one spaceless word holding a digit is a caption
		"Gauges on pier 3": false,
	} {
		if got := galleryLabel(in); got != want {
			t.Errorf("galleryLabel(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestIsPicture(t *testing.T) {
	doc := `<img src="a.jpg"><amp-img src="b.jpg"></amp-img><x-image src="c.jpg"></x-image><x-image></x-image><my-widget src="d.js"></my-widget><span src="e.jpg"></span>`
	p := peoplePage(t, "<html><body>"+doc+"</body></html>")
	var got []string
	for _, n := range p.Elements {
		if page.IsPicture(n) {
			got = append(got, n.Data)
		}
	}
	if strings.Join(got, ",") != "img,amp-img,x-image" {
		t.Errorf("pictures %v, want img, amp-img, x-image", got)
	}
}

func TestLeadImageAfterHeaderParagraphs(t *testing.T) {
	src := `<html><body><article><header><h1>Tide gauges fail along the estuary</h1>
<p class="teaser">Four of six gauges stopped reporting in the storm, and the harbour is reading the tide by hand until parts arrive.</p>
<div class="author-card"><p>Mara Holt has covered the coast for ten years and writes about harbours, ferries and the weather that shapes them.</p></div></header>
<picture><img src="/img/gauge.jpg" width="960" height="540"></picture><figcaption><span>A gauge at the north pier, Foto: Jo Pike</span></figcaption>
<p>Engineers found on Monday that four of the six tide gauges on the estuary had stopped reporting during the storm last week.</p>
<p>The harbour authority said replacement parts were on order and that manual readings would be taken twice a day until then.</p>
</article></body></html>`
	img, _ := findLeadImage(peoplePage(t, src), nil, nil)
	if img == nil || img.URL != "https://news.example/img/gauge.jpg" || img.Caption != "A gauge at the north pier" || img.Credit != "Jo Pike" {
		t.Errorf("lead image %+v, want the picture under the header with its caption and credit", img)
	}
}

// A caption printed twice, in full and cut short for small screens, is
// read once.
func TestCaptionShorterCopies(t *testing.T) {
	for _, tc := range []struct{ caption, want string }{
		{`<div class="caption"><div class="caption-full">Boats wait at the lock after the storm closed the river.</div> <div class="caption-truncated">Boats wait at the lock after…</div></div>`, "Boats wait at the lock after the storm closed the river."},
		{`<div class="caption"><span>Boats wait at the lock.</span> <span>Boats wait at the lock.</span></div>`, "Boats wait at the lock."},
		{`<div class="caption"><span>Boats wait at the lock.</span> <span>The river reopens on Friday.</span></div>`, "Boats wait at the lock. The river reopens on Friday."},
	} {
		p := pageOf(t, `<html><body><figure><img src="/a.jpg">`+tc.caption+`</figure></body></html>`)
		fig := p.First(atom.Figure)
		if got, _ := captionOf(p, fig, p.First(atom.Img)); got != tc.want {
			t.Errorf("caption %q, want %q", got, tc.want)
		}
	}
}

// Small width and height attributes on an <img> whose srcset offers a
// wide version size a placeholder: the picture may lead. Without such a
// version they mark an icon.
func TestLeadWorthyPlaceholderSize(t *testing.T) {
	for _, tc := range []struct {
		img  string
		want bool
	}{
		{`<img src="/a/n615.jpg" srcset="/a/r250.jpg 250w, /a/w1000.jpg 1000w" width="160" height="90">`, true},
		{`<img src="/a/icon.png" srcset="/a/icon.png 1x, /a/icon@2x.png 2x" width="32" height="32">`, false},
		{`<img src="/a/thumb.jpg" srcset="/a/thumb.jpg 160w, /a/thumb2.jpg 320w" width="160" height="90">`, false},
	} {
		p := pageOf(t, `<html><body><main>`+tc.img+`</main></body></html>`)
		var img *html.Node
		for _, n := range p.Elements {
			if n.DataAtom == atom.Img {
				img = n
			}
		}
		if got := leadWorthy(p, img); got != tc.want {
			t.Errorf("leadWorthy(%s) = %v, want %v", tc.img, got, tc.want)
		}
	}
}

// A caption holder whose heading links to another page is a clip's box:
// neither caption nor credit of the picture. A plain heading is not.
func TestLinksAway(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{`<figcaption><p>Audio | 02:41 | Jo Roe</p><a href="/clip"><h3>How the ferry charges</h3></a></figcaption>`, true},
		{`<figcaption><h3><a href="/clip">How the ferry charges</a></h3></figcaption>`, true},
		{`<figcaption><h4>The new ferry</h4><p>At the pier on Friday.</p></figcaption>`, false},
		{`<figcaption>The new ferry at the pier. <a href="/photographer">Jo Roe</a></figcaption>`, false},
	} {
		p := pageOf(t, `<html><body><figure><img src="/a.jpg">`+tc.src+`</figure></body></html>`)
		var fc *html.Node
		for _, n := range p.Elements {
			if n.DataAtom == atom.Figcaption {
				fc = n
			}
		}
		if got := linksAway(fc); got != tc.want {
			t.Errorf("linksAway(%s) = %v, want %v", tc.src, got, tc.want)
		}
	}
}

// A figure without a credit of its own takes the copyright line of the
// picture's data block printed right after it; a byline there does not
// count, nor a block that is story text.
func TestCreditAfterFigure(t *testing.T) {
	for _, tc := range []struct{ after, want string }{
		{`<div class="image-meta"><div class="image-description">The pier.</div><div class="image-copyright">Jo Roe/Example Agency</div></div>`, "Jo Roe/Example Agency"},
		{`<div class="story-meta"><span class="byline">Mara Holt</span></div>`, ""},
	} {
		m := metaOf(t, imageStory(`<div class="lead"><figure><img src="/img/gauge.jpg" width="1200" height="800"><figcaption>A gauge at the north pier.</figcaption></figure></div>`+tc.after), "https://news.example/a")
		if m.LeadImage == nil || m.LeadImage.Credit != tc.want {
			t.Errorf("lead image %+v, want credit %q", m.LeadImage, tc.want)
		}
	}
}
