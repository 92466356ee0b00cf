package metadata

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract/internal/page"
)

// storyParas is story prose the notices sit beside, so that every case
// also proves the rule is not fooled by (or blind next to) a real story.
const storyParas = `
<p>The harbour authority said on Tuesday that the northern pier would stay closed for another month while engineers finish repairs to the pilings damaged in the winter storms, which also flooded two warehouses near the fish market.</p>
<p>Local traders, who have moved their stalls to a car park beside the ferry terminal, said the closure had cut their takings by almost half and asked the council for help with rent until the work is done.</p>
<p>A council spokesperson said a support fund would open next week and that the authority expected the pier to reopen in time for the summer festival, when visitor numbers usually triple.</p>`

// mirrorPage builds an article page at pageURL with head markup, the
// story, and extra markup placed after the story (a footer, say).
func mirrorPage(t *testing.T, pageURL, head, after string) *page.Page {
	t.Helper()
	src := `<!doctype html><html><head><title>Pier stays shut</title>` + head + `</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>Pier stays shut for another month</h1>` + storyParas + `</article></main>` + after + `
<footer><p>© 2026 All rights reserved.</p><a href="https://www.facebook.com/example">Facebook</a></footer></body></html>`
	return pageAt(t, src, pageURL)
}

func mirrorURLs(ms []Mirror) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.URL)
	}
	return out
}

// noticeText is the visible text of the notice nodes.
func noticeText(ns []*html.Node) string {
	var parts []string
	for _, n := range ns {
		if n.Type == html.TextNode {
			parts = append(parts, page.CollapseSpace(n.Data))
			continue
		}
		parts = append(parts, page.Text(n))
	}
	return strings.Join(parts, " ")
}

// languageNotices are notices in each language, written for these tests:
// one with the address as a link, one with a bare host name.
var languageNotices = []struct {
	lang, site, pageURL, link, bare string
	want                            []string // link form, bare form
}{
	{"en", "Sunvale Times", "https://www.sunvale-times.com/news/pier",
		`<p>Having trouble accessing our site? Use our mirror: <a href="https://sunvale-mirror.net/">sunvale-mirror.net</a></p>`,
		`<div class="alt"><p>Sunvale Times’s website can also be accessed at the following alternate addresses:</p><p>www.sunvale-times.co.uk</p></div>`,
		[]string{"https://sunvale-mirror.net", "https://www.sunvale-times.co.uk"}},
	{"es", "El Faro", "https://elfaro-noticias.com/nacional/muelle",
		`<p>¿Problemas para entrar? Si nuestro sitio está bloqueado, visítenos en <a href="https://www.elfaro-noticias.net">www.elfaro-noticias.net</a></p>`,
		`<p>Nos hemos mudado a nuestro nuevo dominio: elfaro-noticias.org</p>`,
		[]string{"https://www.elfaro-noticias.net", "https://elfaro-noticias.org"}},
	{"fr", "Le Quotidien libre", "https://www.lequotidien-libre.fr/port",
		`<p>Si notre site est bloqué, retrouvez-nous à notre nouvelle adresse : <a href="https://lequotidien-libre.net/">lequotidien-libre.net</a></p>`,
		`<p><strong>Notre site miroir</strong> : lequotidien-libre.org</p>`,
		[]string{"https://lequotidien-libre.net", "https://lequotidien-libre.org"}},
	{"ar", "النهار", "https://www.alnahar-akhbar.com/port",
		`<p>إذا تعذر الوصول إلى موقعنا، يمكنكم زيارته عبر العنوان البديل: <a href="https://www.alnahar-akhbar.net">www.alnahar-akhbar.net</a></p>`,
		`<p>عنواننا الجديد: alnahar-akhbar.org</p>`,
		[]string{"https://www.alnahar-akhbar.net", "https://alnahar-akhbar.org"}},
	{"fa", "خبر آزاد", "https://www.khabar-azad.com/port",
		`<p>در صورت فیلتر بودن سایت ما، از آدرس جایگزین استفاده کنید: <a href="https://www.khabar-azad.net">www.khabar-azad.net</a></p>`,
		`<p>آدرس جدید ما:</p><p>khabar-azad.org</p>`,
		[]string{"https://www.khabar-azad.net", "https://khabar-azad.org"}},
	{"ru", "Свободные вести", "https://svobodnye-vesti.ru/port",
		`<p>Если сайт заблокирован, читайте нас через рабочее зеркало: <a href="https://svobodnye-vesti.net">svobodnye-vesti.net</a></p>`,
		`<p>Наш новый адрес: svobodnye-vesti.org</p>`,
		[]string{"https://svobodnye-vesti.net", "https://svobodnye-vesti.org"}},
	{"tr", "Haber Hattı", "https://www.haberhatti.com.tr/liman",
		`<p>Sitemize erişemiyorsanız alternatif adresimizi kullanın: <a href="https://www.haberhatti.net">www.haberhatti.net</a></p>`,
		`<p>YENİ ADRESİMİZ: haberhatti.org</p>`,
		[]string{"https://www.haberhatti.net", "https://haberhatti.org"}},
	{"zh", "自由新闻", "https://www.xinwen-ziyou.com/port",
		`<p>本站最新网址：<a href="https://www.xinwen-ziyou.net">www.xinwen-ziyou.net</a>，请收藏。</p>`,
		`<p>如无法访问本站，请使用备用网址：xinwen-ziyou.org</p>`,
		[]string{"https://www.xinwen-ziyou.net", "https://xinwen-ziyou.org"}},
	{"zh-Hant", "自由新聞", "https://www.xinwen-ziyou.tw/port",
		`<p>本站備用網址：<a href="https://www.xinwen-ziyou.net">www.xinwen-ziyou.net</a></p>`,
		`<p>如無法訪問本站，請使用鏡像網站 xinwen-ziyou.org</p>`,
		[]string{"https://www.xinwen-ziyou.net", "https://xinwen-ziyou.org"}},
	{"de", "Tageblatt", "https://www.tageblatt-frei.de/hafen",
		`<p>Unsere neue Adresse: <a href="https://www.tageblatt-frei.net">www.tageblatt-frei.net</a></p>`,
		`<p>Falls diese Seite gesperrt ist, nutzen Sie unsere Spiegelseite tageblatt-frei.org</p>`,
		[]string{"https://www.tageblatt-frei.net", "https://tageblatt-frei.org"}},
	{"pt", "Jornal Aberto", "https://www.jornal-aberto.com.br/porto",
		`<p>Nosso novo endereço: <a href="https://www.jornal-aberto.net">www.jornal-aberto.net</a></p>`,
		`<p>Se não conseguir acessar, use nosso endereço alternativo jornal-aberto.org</p>`,
		[]string{"https://www.jornal-aberto.net", "https://jornal-aberto.org"}},
}

// TestMirrorLanguages detects each language's notice in both forms, and
// hands back notice nodes that hold the notice and not the story.
func TestMirrorLanguages(t *testing.T) {
	for _, c := range languageNotices {
		for i, notice := range []string{c.link, c.bare} {
			form := []string{"link", "bare"}[i]
			t.Run(c.lang+"/"+form, func(t *testing.T) {
				p := mirrorPage(t, c.pageURL, `<meta property="og:site_name" content="`+c.site+`">`, `<aside class="notice">`+notice+`</aside>`)
				ms, ns := findMirrors(p)
				if got := mirrorURLs(ms); !reflect.DeepEqual(got, []string{c.want[i]}) {
					t.Fatalf("mirrors = %q, want %q", got, c.want[i])
				}
				if ms[0].Text == "" {
					t.Error("mirror without its notice text")
				}
				text := noticeText(ns)
				want := page.Text(p.Doc)
				if !strings.Contains(text, hostOf(strings.TrimPrefix(c.want[i], "https://"))) && !strings.Contains(strings.ToLower(text), "mirror") {
					t.Errorf("notice nodes %q do not hold the address", text)
				}
				if strings.Contains(text, "harbour") || strings.Contains(text, "rights reserved") || len(text) > len(want)/3 {
					t.Errorf("notice nodes hold more than the notice: %q", text)
				}
			})
		}
	}
}

// TestMirrorEveryPhrase puts every table entry, as written, into a footer
// line that names the site, so an entry that folding breaks fails here.
func TestMirrorEveryPhrase(t *testing.T) {
	for _, ph := range noticePhrases {
		t.Run(ph.lang+"/"+ph.text, func(t *testing.T) {
			p := mirrorPage(t, "https://www.sunvale-times.com/a", "",
				`<div class="site-note"><p>Sunvale Times — `+ph.text+` sunvale-relay.org</p></div>`)
			ms, ns := findMirrors(p)
			if got := mirrorURLs(ms); !reflect.DeepEqual(got, []string{"https://sunvale-relay.org"}) {
				t.Fatalf("mirrors = %q", got)
			}
			if len(ns) != 1 || ns[0].Data != "p" {
				t.Errorf("notice nodes = %v, want the <p>", ns)
			}
		})
	}
}

func TestMirrorPhraseTable(t *testing.T) {
	seen := map[string]bool{}
	langs := map[string]bool{}
	for _, ph := range noticePhrases {
		f := foldNotice(ph.text)
		if f == "" || ph.lang == "" || ph.why == "" {
			t.Errorf("entry %q lacks text, language or reason", ph.text)
		}
		if seen[f] {
			t.Errorf("entry %q repeats another after folding", ph.text)
		}
		seen[f] = true
		langs[strings.SplitN(ph.lang, "-", 2)[0]] = true
	}
	for _, l := range []string{"en", "es", "fr", "ar", "fa", "ru", "tr", "zh", "de", "pt"} {
		if !langs[l] {
			t.Errorf("no phrases for %s", l)
		}
	}
	for _, tab := range [][]selfWord{firstPersonWords, ownNamePhrases, mirrorLabels} {
		for _, w := range tab {
			if w.word == "" || w.lang == "" || w.why == "" {
				t.Errorf("word %q lacks text, language or reason", w.word)
			}
		}
	}
}

func TestFoldNotice(t *testing.T) {
	for in, want := range map[string]string{
		"Press TV’s  WEBSITE":      "press tv's website",
		"dirección":                "direccion",
		"YENİ ADRESİMİZ":           "yeni adresimiz",
		"آدرس‌های جایگزین":         "ادرسهای جایگزین",
		"عنوانٌ بديلٌ":             "عنوان بدیل",
		"إلى":                      "الی",
		"Ёлка":                     "елка",
		"本站\u00a0最新网址":             "本站 最新网址",
		"  leading and trailing  ": "leading and trailing",
	} {
		if got := foldNotice(in); got != want {
			t.Errorf("foldNotice(%q) = %q, want %q", in, got, want)
		}
	}
}
