package extract

import (
	"strings"
	"testing"
)

// fig is a figure block.
func fig(im Image) Block { return Block{Kind: Figure, Image: &im} }

func TestBuildFigures(t *testing.T) {
	const base = "https://news.example.com/"
	runBuildCases(t, []buildCase{
		{name: "figcaption with credit element",
			in: `<figure><img src="/img/quay.jpg" alt="Boat" width="800" height="533">
				<figcaption>A pilot boat at the quay. <span class="credit">Photo: Jane Doe/Reuters</span></figcaption></figure>`,
			want: Body{fig(Image{URL: base + "img/quay.jpg", Alt: "Boat", Caption: "A pilot boat at the quay.", Credit: "Jane Doe/Reuters", Width: 800, Height: 533})}},
		{name: "off-screen labels left out",
			in: `<figure><img src="/a.jpg"><span class="credit"><span class="off-screen">Image copyright</span> Nordpress</span>
				<figcaption><span class="visually-hidden">Image caption</span> <span>Nets drying on the pier.</span></figcaption></figure>`,
			want: Body{fig(Image{URL: base + "a.jpg", Caption: "Nets drying on the pier.", Credit: "Nordpress"})}},
		{name: "long off-screen text kept",
			in:   `<p class="sr-only">` + strings.Repeat("The harbour board met again on Tuesday. ", 3) + `</p>`,
			want: Body{para(strings.TrimSpace(strings.Repeat("The harbour board met again on Tuesday. ", 3)))}},
		{name: "slide counter dropped",
			in:   `<figure><img src="/a.jpg"><figcaption><span class="count">2<span>of</span>4</span><span>Nets drying on the pier.</span></figcaption></figure>`,
			want: Body{fig(Image{URL: base + "a.jpg", Caption: "Nets drying on the pier."})}},
		{name: "slide counter element dropped",
			in:   `<figure><img src="/a.jpg"><figcaption><span class="photo__counter">3/5</span><p>Nets drying on the pier.</p></figcaption></figure>`,
			want: Body{fig(Image{URL: base + "a.jpg", Caption: "Nets drying on the pier."})}},
		{name: "counting prose kept",
			in:   `<figure><img src="/a.jpg"><figcaption>1 of 4 boats returned.</figcaption></figure>`,
			want: Body{fig(Image{URL: base + "a.jpg", Caption: "1 of 4 boats returned."})}},
		{name: "video poster",
			in:   `<p>Before.</p><video poster="/still.jpg" width="640" height="360"><source src="/v.mp4">Your browser cannot play this.</video><p>After.</p>`,
			want: Body{para("Before."), fig(Image{URL: base + "still.jpg", Width: 640, Height: 360}), para("After.")}},
		{name: "video without poster",
			in:   `<p>Before.</p><video src="/v.mp4">Your browser cannot play this.</video>`,
			want: Body{para("Before.")}},
		{name: "caption label span dropped",
			in:   `<figure><img src="/a.jpg"><figcaption><span class="caption-label">Caption</span><span>Nets drying on the pier.</span><span class="credit">Lena Varga</span></figcaption></figure>`,
			want: Body{fig(Image{URL: base + "a.jpg", Caption: "Nets drying on the pier.", Credit: "Lena Varga"})}},
		{name: "caption word in prose kept",
			in:   `<figure><img src="/a.jpg"><figcaption>Caption of the figure</figcaption></figure>`,
			want: Body{fig(Image{URL: base + "a.jpg", Caption: "Caption of the figure"})}},
		{name: "caption-credit wrapper after image",
			in:   `<div class="media"><img src="/a.jpg"></div><div class="caption-credit-wrap"><p class="caption-text">Nets drying on the pier.</p><p class="image-credit">Lena Varga</p></div>`,
			want: Body{fig(Image{URL: base + "a.jpg", Caption: "Nets drying on the pier.", Credit: "Lena Varga"})}},
		{name: "caption-credit element alone is a credit",
			in:   `<div class="media"><img src="/a.jpg"></div><span class="caption-credit">Lena Varga</span>`,
			want: Body{fig(Image{URL: base + "a.jpg", Credit: "Lena Varga"})}},
		{name: "credit in caption text",
			in:   `<figure><img src="quay.jpg"><figcaption>A pilot boat at the quay. (File photo by AP)</figcaption></figure>`,
			want: Body{fig(Image{URL: base + "world/quay.jpg", Caption: "A pilot boat at the quay.", Credit: "AP"})}},
		{name: "small and cite in caption",
			in:   `<figure><img src="/a.jpg"><figcaption>Dawn on the river <small>Lena Varga</small></figcaption></figure>`,
			want: Body{fig(Image{URL: base + "a.jpg", Caption: "Dawn on the river", Credit: "Lena Varga"})}},
		{name: "itemprop credit outside caption",
			in: `<figure itemscope itemtype="https://schema.org/ImageObject"><img src="/a.jpg">
				<span itemprop="copyrightHolder">Keystone</span><figcaption>The pass in winter.</figcaption></figure>`,
			want: Body{fig(Image{URL: base + "a.jpg", Caption: "The pass in winter.", Credit: "Keystone"})}},
		{name: "lazy data-src over placeholder",
			in:   `<figure><img src="data:image/gif;base64,R0lGOD" data-src="/big.jpg"></figure>`,
			want: Body{fig(Image{URL: base + "big.jpg"})}},
		{name: "lazy data-lazy-src and spacer",
			in:   `<p>Text before.</p><img src="/spacer.gif" data-lazy-src="/real.jpg" alt="Real"><p>Text after.</p>`,
			want: Body{para("Text before."), fig(Image{URL: base + "real.jpg", Alt: "Real"}), para("Text after.")}},
		{name: "data-original",
			in:   `<img class="lazy" data-original="//cdn.example.net/p.jpg">`,
			want: Body{fig(Image{URL: "https://cdn.example.net/p.jpg"})}},
		{name: "srcset largest width",
			in:   `<img src="/s.jpg" srcset="/s.jpg 320w, /l.jpg 1280w, /m.jpg 640w">`,
			want: Body{fig(Image{URL: base + "l.jpg"})}},
		{name: "data-srcset density",
			in:   `<img data-srcset="/a.jpg 1x, /a2.jpg 2x">`,
			want: Body{fig(Image{URL: base + "a2.jpg"})}},
		{name: "srcset url with commas",
			in:   `<img srcset="https://img.example.net/w_300,h_200/a.jpg 300w, https://img.example.net/w_900,h_600/a.jpg 900w">`,
			want: Body{fig(Image{URL: "https://img.example.net/w_900,h_600/a.jpg"})}},
		{name: "picture sources",
			in: `<figure><picture><source media="(min-width: 800px)" srcset="/wide.webp 1600w, /mid.webp 800w">
				<img src="/fallback.jpg" alt="Market"></picture><figcaption>Market day</figcaption></figure>`,
			want: Body{fig(Image{URL: base + "wide.webp", Alt: "Market", Caption: "Market day"})}},
		{name: "noscript fallback",
			in: `<figure><img src="/placeholder.png" class="lazyload"><noscript><img src="/real.jpg" alt="Pier"></noscript>
				<figcaption>The pier.</figcaption></figure>`,
			want: Body{fig(Image{URL: base + "real.jpg", Alt: "Pier", Caption: "The pier."})}},
		{name: "noscript outside figure after empty img",
			in:   `<div><img class="lazy"><noscript><img src="/n.jpg"></noscript></div>`,
			want: Body{fig(Image{URL: base + "n.jpg"})}},
		{name: "noscript duplicate dropped",
			in:   `<div><img data-src="/a.jpg"><noscript><img src="/a.jpg"></noscript></div>`,
			want: Body{fig(Image{URL: base + "a.jpg"})}},
		{name: "wordpress caption",
			in:   `<div class="wp-caption"><img src="/w.jpg" width="600" height="400"><p class="wp-caption-text">Harvest time. Photo: Ana Ruiz</p></div>`,
			want: Body{fig(Image{URL: base + "w.jpg", Width: 600, Height: 400, Caption: "Harvest time.", Credit: "Ana Ruiz"})}},
		{name: "caption and credit divs after image",
			in:   `<div class="image"><img src="/x.jpg"></div><div class="image-caption">Old town</div><div class="photo-credit">© Lena Varga</div><p>Story.</p>`,
			want: Body{fig(Image{URL: base + "x.jpg", Caption: "Old town", Credit: "Lena Varga"}), para("Story.")}},
		{name: "icons and pixels dropped",
			in:   `<p>Share <img src="/icon.png" class="share-icon"> this <img src="/px.gif" width="1" height="1"> now.</p>`,
			want: Body{para("Share this now.")}},
		{name: "image in paragraph splits it",
			in:   `<p>Before <img src="/in.jpg"> after</p>`,
			want: Body{para("Before"), fig(Image{URL: base + "in.jpg"}), para("after")}},
		{name: "gallery of figures",
			in: `<figure class="gallery"><figure><img src="/1.jpg"><figcaption>One</figcaption></figure>
				<figure><img src="/2.jpg"><figcaption>Two</figcaption></figure></figure>`,
			want: Body{fig(Image{URL: base + "1.jpg", Caption: "One"}), fig(Image{URL: base + "2.jpg", Caption: "Two"})}},
		{name: "figure without caption element",
			in:   `<figure><img src="/1.jpg"><p>Night market. Foto: dpa</p></figure>`,
			want: Body{fig(Image{URL: base + "1.jpg", Caption: "Night market.", Credit: "dpa"})}},
		{name: "omit images",
			in:   `<p>Text.</p><figure><img src="/1.jpg"><figcaption>Cap</figcaption></figure><img src="/2.jpg">`,
			opts: Options{OmitImages: true},
			want: Body{para("Text.")}},
		{name: "figure without image is text",
			in:   `<figure><p>Just words in a figure.</p></figure>`,
			want: Body{para("Just words in a figure.")}},
		{name: "hidden image skipped",
			in:   `<div style="display:none"><img src="/h.jpg"></div><p>Shown.</p>`,
			want: Body{para("Shown.")}},
	})
}

func TestBuildFigureCiteBesideCaption(t *testing.T) {
	runBuildCases(t, []buildCase{
		{name: "cite beside figcaption",
			in:   `<figure><span><img src="/r.jpg" alt="River"></span><span class="meta"><figcaption>The gorge.</figcaption><cite>Photo by Jesse Lind for River Weekly</cite></span></figure>`,
			want: Body{fig(Image{URL: "https://news.example.com/r.jpg", Alt: "River", Caption: "The gorge.", Credit: "Jesse Lind for River Weekly"})}},
	})
}

func TestBuildImageSizeFollowsSrcset(t *testing.T) {
	runBuildCases(t, []buildCase{
		{name: "scaled to the chosen candidate",
			in:   `<img src="/m.jpg" width="1024" height="683" srcset="/m.jpg 1024w, /l.jpg 2048w">`,
			want: Body{fig(Image{URL: "https://news.example.com/l.jpg", Width: 2048, Height: 1366})}},
		{name: "attributes kept for src",
			in:   `<img src="/m.jpg" width="640" height="480">`,
			want: Body{fig(Image{URL: "https://news.example.com/m.jpg", Width: 640, Height: 480})}},
	})
}

func TestBuildImageOddShapes(t *testing.T) {
	runBuildCases(t, []buildCase{
		{name: "picture whose img is in noscript",
			in: `<figure><picture><noscript><img alt="Blazer" src="/w_1600/a.jpg" srcset="/w_320/a.jpg 320w, /w_1600/a.jpg 1600w"></noscript></picture>
				<div class="caption"><span class="caption__text">Grey blazer.</span><span class="caption__credit">Foto: Nina Bo</span></div></figure>`,
			want: Body{fig(Image{URL: "https://news.example.com/w_1600/a.jpg", Alt: "Blazer", Caption: "Grey blazer.", Credit: "Nina Bo"})}},
		{name: "lazy style attribute",
			in:   `<img data-src="background-image:url('https://img.example/b.jpg');"><img data-src="mailto:x@example.org" src="/ok.jpg">`,
			want: Body{fig(Image{URL: "https://img.example/b.jpg"}), fig(Image{URL: "https://news.example.com/ok.jpg"})}},
		{name: "pixel sized by style",
			in:   `<p>Text.</p><img src="https://t.example/p1" alt="" style="position:absolute;width:1px;height:1px"><p>More.</p>`,
			want: Body{para("Text."), para("More.")}},
	})
}

func TestBuildGalleryList(t *testing.T) {
	runBuildCases(t, []buildCase{
		{name: "list of figures",
			in: `<ul class="gallery"><li><figure><img src="/1.jpg"><figcaption>One. Foto: dpa</figcaption></figure></li>
				<li><img src="/2.jpg" alt="Two"><p class="caption">Second view</p></li></ul>`,
			want: Body{fig(Image{URL: "https://news.example.com/1.jpg", Caption: "One.", Credit: "dpa"}),
				fig(Image{URL: "https://news.example.com/2.jpg", Alt: "Two", Caption: "Second view"})}},
		{name: "list with text stays a list",
			in:   `<ul><li><img src="/1.jpg"> First</li><li>Second</li></ul>`,
			want: Body{{Kind: List, Children: []Block{{Kind: Item, Text: "First"}, {Kind: Item, Text: "Second"}}}}},
	})
}

func TestBuildLostPicture(t *testing.T) {
	runBuildCases(t, []buildCase{
		{name: "script-filled picture with its button dropped",
			in: `<p>Before.</p><figure><div data-src="/a.jpg"></div><span class="enlarge"><span>See larger</span></span>
				<figcaption><p>Gulls over the harbour wall at low tide.</p></figcaption></figure><p>After.</p>`,
			want: Body{para("Before."), para("After.")}},
		{name: "picture named by its ImageObject itemid",
			in: `<figure itemscope itemtype="http://schema.org/ImageObject" itemid="https://cdn.example.com/gulls.jpg">
				<span>Image</span><div class="lazy"></div><figcaption>Gulls over the harbour wall at low tide.</figcaption></figure>`,
			want: Body{fig(Image{URL: "https://cdn.example.com/gulls.jpg", Caption: "Gulls over the harbour wall at low tide."})}},
		// Only a caption: a figure used as a text box stays text.
		{name: "caption alone kept",
			in:   `<figure><figcaption>Gulls over the harbour wall at low tide.</figcaption></figure>`,
			want: Body{para("Gulls over the harbour wall at low tide.")}},
		// A titled slide around an embed is a listicle's item.
		{name: "titled slide kept",
			in:   `<figure><h2>2. Gulls</h2><x-post data-id="9"></x-post><figcaption>What you need: a grey coat.</figcaption></figure>`,
			want: Body{Block{Kind: Heading, Level: 2, Text: "2. Gulls"}, para("What you need: a grey coat.")}},
	})
}

func TestBuildAMPPictures(t *testing.T) {
	const base = "https://news.example.com/"
	runBuildCases(t, []buildCase{
		{name: "amp-img in a figure",
			in: `<figure><amp-img src="/q.jpg" width="400" height="300" layout="responsive" alt="Queue"></amp-img>
				<figcaption>Cars queue at the slipway</figcaption></figure>`,
			want: Body{fig(Image{URL: base + "q.jpg", Alt: "Queue", Caption: "Cars queue at the slipway", Width: 400, Height: 300})}},
		{name: "amp-img in the flow",
			in:   `<p>Before.</p><amp-img src="/q.jpg" width="400" height="300"></amp-img><p>After.</p>`,
			want: Body{para("Before."), fig(Image{URL: base + "q.jpg", Width: 400, Height: 300}), para("After.")}},
		{name: "custom element without an address is no picture",
			in:   `<figure><amp-img layout="fill"></amp-img><figcaption>Cars queue at the slipway</figcaption></figure>`,
			want: Body{para("Cars queue at the slipway")}},
	})
}

func TestBuildAMPMediaAlternates(t *testing.T) {
	const base = "https://news.example.com/"
	runBuildCases(t, []buildCase{
		{name: "one picture of a run for several screen widths",
			in: `<p>Before.</p><amp-img src="/s.jpg" width="304" height="90" media="(max-width: 359px)"></amp-img>
				<amp-img src="/m.jpg" width="328" height="90" media="(min-width: 360px)"></amp-img><p>After.</p>`,
			want: Body{para("Before."), fig(Image{URL: base + "s.jpg", Width: 304, Height: 90}), para("After.")}},
	})
}
