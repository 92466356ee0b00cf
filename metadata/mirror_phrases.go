package metadata

// The phrase tables of mirror notices. Every string is written as a reader
// sees it; foldNotice normalises both the tables and the page text (case,
// accents, apostrophes, Arabic and Persian letter variants, ZWNJ), so an
// entry matches whatever form a page uses. To support another wording, add
// an entry with its language and the reason it marks a notice, plus a case
// in mirror_phrases_test.go.

// noticePhrase is wording that announces an alternate address.
type noticePhrase struct {
	text string // the wording, matched as a substring of the folded line
	lang string // BCP 47 language of the wording
	// formula marks wording that is itself an announcement ("use our
	// mirror"); other entries are keywords ("mirror site") that a news story
	// about blocked sites may also use, so they need stronger evidence.
	formula bool
	// self marks wording that speaks as the site ("our", "nos", "наш",
	// "this site"), so the line needs no other first-person or own-name
	// reference.
	self bool
	why  string
}

// noticePhrases is the one table of notice wordings, by language.
var noticePhrases = []noticePhrase{
	// English
	{"can also be accessed at", "en", true, false, "state broadcasters' footer: \"X's website can also be accessed at the following alternate addresses\""},
	{"alternate address", "en", false, false, "names the alternate addresses themselves"},
	{"alternative address", "en", false, false, "British spelling of alternate address"},
	{"alternative domain", "en", false, false, "blocked outlets moving: \"has moved to its alternative domain\""},
	{"alternate domain", "en", false, false, "variant of alternative domain"},
	{"new domain", "en", false, false, "announcement of a domain change"},
	{"our new address", "en", true, true, "\"our new address is …\""},
	{"our new web address", "en", true, true, "\"our new web address is …\""},
	{"our new domain", "en", true, true, "\"our new domain is …\""},
	{"we have moved to", "en", true, true, "moved-site banner"},
	{"we've moved to", "en", true, true, "moved-site banner, contracted"},
	{"use our mirror", "en", true, true, "\"Having trouble accessing our site? Use our mirror\""},
	{"our mirror site", "en", true, true, "\"our mirror site(s)\""},
	{"our mirror", "en", false, true, "a keyword only: \"our mirror\" is also furniture in a first-person column"},
	{"mirror site", "en", false, false, "names a mirror; also used by stories about blocking"},
	{"mirror address", "en", false, false, "names a mirror address"},
	{"mirror link", "en", false, false, "names a mirror link"},
	{"mirror domain", "en", false, false, "names a mirror domain"},
	{"having trouble accessing our", "en", true, true, "\"Having trouble accessing our site? Use …\""},
	{"trouble accessing this site", "en", true, true, "same, naming the site"},
	{"problems accessing our", "en", true, true, "\"If you have problems accessing our website …\""},
	{"unable to access our", "en", true, true, "\"If you are unable to access our site …\""},
	{"cannot access our", "en", true, true, "\"If you cannot access our site …\""},
	{"can't access our", "en", true, true, "contracted form of cannot access our"},
	{"if our site is blocked", "en", true, true, "\"if our site is blocked, use …\""},
	{"if our website is blocked", "en", true, true, "variant naming the website"},
	{"if this site is blocked", "en", true, true, "variant naming this site"},
	{"our onion", "en", false, true, "\"our onion site / address\"; a keyword, since onions are food too"},
	{"onion address", "en", false, false, "Tor address of a site"},
	{"onion site", "en", false, false, "Tor site"},
	{"onion service", "en", false, false, "Tor's own term for a hidden service"},
	{"onion mirror", "en", false, false, "a Tor mirror"},
	{"available on tor", "en", false, false, "\"also available on Tor at …\""},
	{"on the tor network", "en", false, false, "\"available on the Tor network at …\""},
	{"also available at", "en", false, false, "\"this site is also available at …\""},
	{"also be reached at", "en", false, false, "\"can also be reached at …\""},
	{"at the following address", "en", false, false, "\"available at the following address(es)\""},
	{"backup domain", "en", false, false, "a domain kept for when the main one is blocked"},
	{"backup site", "en", false, false, "a site kept for when the main one is blocked"},
	{"alternative link", "en", false, false, "\"use this alternative link\""},
	{"blocked in your country", "en", false, false, "\"if we are blocked in your country …\""},
	{"find us at", "en", false, true, "\"you can always find us at …\"; a keyword, it also gives street addresses"},

	// Spanish
	{"direcciones alternativas", "es", false, false, "alternate addresses"},
	{"dirección alternativa", "es", false, false, "an alternate address"},
	{"dominio alternativo", "es", false, false, "alternate domain; folding makes it Portuguese \"domínio alternativo\" too"},
	{"nuestro nuevo dominio", "es", true, true, "our new domain"},
	{"nuestra nueva dirección", "es", true, true, "our new address"},
	{"nos hemos mudado a", "es", true, true, "we have moved to"},
	{"nos mudamos a", "es", true, true, "we moved to"},
	{"sitio espejo", "es", false, false, "mirror site"},
	{"sitios espejo", "es", false, false, "mirror sites"},
	{"nuestro espejo", "es", true, true, "our mirror"},
	{"si nuestro sitio está bloqueado", "es", true, true, "if our site is blocked"},
	{"si no puede acceder", "es", false, false, "if you cannot access"},
	{"si no puedes acceder", "es", false, false, "if you cannot access, informal"},
	{"problemas para acceder", "es", false, false, "\"si tienes problemas para acceder …\""},

	// French
	{"adresses alternatives", "fr", false, false, "alternate addresses"},
	{"adresse alternative", "fr", false, false, "an alternate address"},
	{"notre nouvelle adresse", "fr", true, true, "our new address"},
	{"nouvelle adresse", "fr", false, false, "new address"},
	{"nous avons déménagé", "fr", true, true, "we have moved"},
	{"notre site miroir", "fr", true, true, "our mirror site"},
	{"site miroir", "fr", false, false, "mirror site"},
	{"sites miroirs", "fr", false, false, "mirror sites"},
	{"domaine alternatif", "fr", false, false, "alternate domain"},
	{"nouveau domaine", "fr", false, false, "new domain"},
	{"si notre site est bloqué", "fr", true, true, "if our site is blocked"},
	{"également accessible", "fr", false, false, "\"notre site est également accessible à …\""},
	{"en cas de blocage", "fr", false, false, "in case of blocking"},

	// Arabic
	{"عناوين بديلة", "ar", false, false, "alternate addresses"},
	{"عنوان بديل", "ar", false, false, "an alternate address"},
	{"نطاق بديل", "ar", false, false, "an alternate domain"},
	{"النطاق البديل", "ar", false, false, "the alternate domain"},
	{"العنوان البديل", "ar", false, false, "the alternate address"},
	{"رابط بديل", "ar", false, false, "an alternate link"},
	{"الرابط البديل", "ar", false, false, "the alternate link"},
	{"روابط بديلة", "ar", false, false, "alternate links"},
	{"موقع مرآة", "ar", false, false, "mirror site"},
	{"الموقع المرآة", "ar", false, false, "the mirror site"},
	{"عنواننا الجديد", "ar", true, true, "our new address"},
	{"انتقلنا إلى", "ar", true, true, "we moved to"},
	{"موقعنا محجوب", "ar", true, true, "our site is blocked"},
	{"تعذر الوصول إلى موقعنا", "ar", true, true, "if our site cannot be reached"},
	{"من خلال العناوين التالية", "ar", false, false, "through the following addresses"},
	{"في حال حجب", "ar", false, false, "in case (the site) is blocked"},

	// Persian
	{"آدرس جایگزین", "fa", false, false, "an alternate address"},
	{"آدرس‌های جایگزین", "fa", false, false, "alternate addresses"},
	{"آدرس های جایگزین", "fa", false, false, "alternate addresses, written with a space"},
	{"نشانی جایگزین", "fa", false, false, "an alternate address, formal"},
	{"دامنه جایگزین", "fa", false, false, "an alternate domain"},
	{"لینک جایگزین", "fa", false, false, "an alternate link"},
	{"سایت آینه", "fa", false, false, "mirror site"},
	{"آدرس جدید ما", "fa", true, true, "our new address"},
	{"دامنه جدید", "fa", false, false, "new domain"},
	{"در صورت فیلتر", "fa", false, false, "\"if (the site) is filtered\", Iran's term for blocked"},
	{"بدون فیلتر", "fa", false, false, "\"without filtering / without a filter-breaker (VPN)\", offered by mirrors"},
	{"آدرس دائمی", "fa", false, false, "permanent address"},
	{"مشکل در دسترسی", "fa", false, false, "problem accessing"},

	// Russian
	{"зеркало сайта", "ru", false, false, "site mirror"},
	{"зеркала сайта", "ru", false, false, "site mirrors"},
	{"рабочее зеркало", "ru", false, false, "working mirror, common on blocked sites"},
	{"рабочим зеркалом", "ru", false, false, "working mirror, instrumental: \"воспользуйтесь рабочим зеркалом\""},
	{"наше зеркало", "ru", true, true, "our mirror"},
	{"альтернативный адрес", "ru", false, false, "an alternate address"},
	{"альтернативные адреса", "ru", false, false, "alternate addresses"},
	{"альтернативному адресу", "ru", false, false, "at an alternate address (dative)"},
	{"наш новый адрес", "ru", true, true, "our new address"},
	{"новый адрес", "ru", false, false, "new address"},
	{"мы переехали", "ru", true, true, "we have moved"},
	{"если сайт заблокирован", "ru", false, false, "if the site is blocked"},
	{"если сайт недоступен", "ru", false, false, "if the site is unavailable"},
	{"доступен по адресу", "ru", false, false, "available at the address"},
	{"в сети tor", "ru", false, false, "on the Tor network"},
	{"через tor", "ru", false, false, "via Tor"},
	{"обхода блокировок", "ru", false, false, "\"для обхода блокировок используйте …\""},

	// Turkish
	{"alternatif adres", "tr", false, false, "alternate address(es), any case ending"},
	{"yeni adresimiz", "tr", true, true, "our new address"},
	{"yeni adres", "tr", false, false, "new address"},
	{"alternatif alan adı", "tr", false, false, "alternate domain name"},
	{"yeni alan adı", "tr", false, false, "new domain name"},
	{"taşındık", "tr", true, true, "we have moved"},
	{"ayna site", "tr", false, false, "mirror site"},
	{"sitemize erişemiyorsanız", "tr", true, true, "if you cannot reach our site"},
	{"sitemize erişim", "tr", true, true, "access to our site"},
	{"erişim sorunu", "tr", false, false, "access problem"},
	{"güncel adres", "tr", false, false, "current address, as blocked sites publish it"},
	{"güncel giriş", "tr", false, false, "\"güncel giriş adresi\", current entry address"},

	// Chinese, simplified and traditional
	{"镜像网站", "zh", false, false, "mirror site"},
	{"鏡像網站", "zh-Hant", false, false, "mirror site"},
	{"镜像站", "zh", false, false, "mirror station"},
	{"鏡像站", "zh-Hant", false, false, "mirror station"},
	{"备用网址", "zh", false, false, "backup address"},
	{"備用網址", "zh-Hant", false, false, "backup address"},
	{"备用域名", "zh", false, false, "backup domain"},
	{"備用域名", "zh-Hant", false, false, "backup domain"},
	{"新网址", "zh", false, false, "new address, also in 最新网址"},
	{"新網址", "zh-Hant", false, false, "new address"},
	{"永久网址", "zh", false, false, "permanent address, published by often-blocked sites"},
	{"永久網址", "zh-Hant", false, false, "permanent address"},
	{"无法访问本站", "zh", true, true, "if this site cannot be reached"},
	{"無法訪問本站", "zh-Hant", true, true, "if this site cannot be reached"},
	{"本站已迁移", "zh", true, true, "this site has moved"},
	{"本站已遷移", "zh-Hant", true, true, "this site has moved"},
	{"洋葱网址", "zh", false, false, "onion address"},
	{"洋蔥網址", "zh-Hant", false, false, "onion address"},
	{"最新地址", "zh", false, false, "latest address"},
	{"防失联", "zh", false, false, "\"so as not to lose contact\": addresses to bookmark"},
	{"防失聯", "zh-Hant", false, false, "so as not to lose contact"},
	{"发布页", "zh", false, false, "the page that publishes the current addresses"},

	// German
	{"alternative adresse", "de", false, false, "an alternate address"},
	{"unsere neue adresse", "de", true, true, "our new address"},
	{"neue adresse", "de", false, false, "new address"},
	{"spiegelseite", "de", false, false, "mirror page"},
	{"wir sind umgezogen", "de", true, true, "we have moved"},

	// Portuguese
	{"endereço alternativo", "pt", false, false, "an alternate address"},
	{"endereços alternativos", "pt", false, false, "alternate addresses"},
	{"nosso novo endereço", "pt", true, true, "our new address"},
	{"novo endereço", "pt", false, false, "new address"},
	{"site espelho", "pt", false, false, "mirror site"},
	{"nos mudamos para", "pt", true, true, "we moved to"},
}

// selfWord is a word by which a line speaks as the site.
type selfWord struct {
	word string
	how  wordMatch
	lang string
	why  string
}

// wordMatch is how a selfWord is looked for in a folded line.
type wordMatch uint8

const (
	wholeWord  wordMatch = iota // a word of the line equals it
	wordPrefix                  // a word of the line starts with it (case endings)
	anywhere                    // a substring of the line (phrases, scripts without spaces)
)

// firstPersonWords make a line first person: the site speaking of itself,
// or someone quoted in a story, which is why they count for less in prose.
var firstPersonWords = []selfWord{
	{"our", wholeWord, "en", "possessive: our site, our mirror"},
	{"ours", wholeWord, "en", "possessive pronoun"},
	{"we", wholeWord, "en", "the site speaking"},
	{"us", wholeWord, "en", "\"find us at\""},
	{"nuestr", wordPrefix, "es", "nuestro, nuestra, nuestros, nuestras"},
	{"nos", wholeWord, "es", "us (also French \"nos\", our)"},
	{"nosotros", wholeWord, "es", "we"},
	{"notre", wholeWord, "fr", "our"},
	{"nous", wholeWord, "fr", "we, us"},
	{"موقعنا", anywhere, "ar", "our site"},
	{"عنواننا", anywhere, "ar", "our address"},
	{"عناويننا", anywhere, "ar", "our addresses"},
	{"قناتنا", anywhere, "ar", "our channel"},
	{"نحن", wholeWord, "ar", "we"},
	{"سایت ما", anywhere, "fa", "our site (\"ما\" alone is also Arabic \"what\")"},
	{"وب‌سایت ما", anywhere, "fa", "our website"},
	{"آدرس ما", anywhere, "fa", "our address"},
	{"نشانی ما", anywhere, "fa", "our address, formal"},
	{"ما را", anywhere, "fa", "us, as object: \"ما را دنبال کنید\""},
	{"наш", wordPrefix, "ru", "our, every case ending"},
	{"мы", wholeWord, "ru", "we"},
	{"нас", wholeWord, "ru", "us"},
	{"sitemiz", wordPrefix, "tr", "our site, every case ending"},
	{"adresimiz", wordPrefix, "tr", "our address, every case ending"},
	{"adreslerimiz", wordPrefix, "tr", "our addresses, every case ending"},
	{"biz", wholeWord, "tr", "we"},
	{"bize", wholeWord, "tr", "to us"},
	{"bizi", wholeWord, "tr", "us"},
	{"bizim", wholeWord, "tr", "our"},
	{"我们", anywhere, "zh", "we"},
	{"我們", anywhere, "zh-Hant", "we"},
	{"unser", wordPrefix, "de", "our, every case ending"},
	{"wir", wholeWord, "de", "we"},
	{"uns", wholeWord, "de", "us"},
	{"noss", wordPrefix, "pt", "nosso, nossa, nossos, nossas"},
	{"nós", wholeWord, "pt", "we"},
}

// ownNamePhrases name the site itself, as strongly as its name would.
var ownNamePhrases = []selfWord{
	{"this site", anywhere, "en", "the site naming itself"},
	{"this website", anywhere, "en", "the site naming itself"},
	{"este sitio", anywhere, "es", "this site"},
	{"este site", anywhere, "pt", "this site"},
	{"ce site", anywhere, "fr", "this site"},
	{"هذا الموقع", anywhere, "ar", "this site"},
	{"این سایت", anywhere, "fa", "this site"},
	{"این وب‌سایت", anywhere, "fa", "this website"},
	{"этот сайт", anywhere, "ru", "this site"},
	{"этого сайта", anywhere, "ru", "of this site"},
	{"bu site", anywhere, "tr", "this site (bu siteye, bu sitenin)"},
	{"本站", anywhere, "zh", "this site"},
	{"本网站", anywhere, "zh", "this website"},
	{"本網站", anywhere, "zh-Hant", "this website"},
	{"本台", anywhere, "zh", "this broadcaster"},
	{"diese seite", anywhere, "de", "this page/site"},
	{"diese website", anywhere, "de", "this website"},
}

// mirrorLabels are link labels that, inside a notice, point at a mirror
// even though they are not addresses ("use our <a>mirror</a>", "click
// <a>here</a>"). Other labelled links in a notice ("Tor Browser") are not
// taken unless they point at the site's own name under another domain.
var mirrorLabels = []selfWord{
	{"mirror", wordPrefix, "en", "\"use our mirror\""},
	{"here", wholeWord, "en", "\"click here\""},
	{"alternat", wordPrefix, "en", "alternative / alternate site"},
	{"onion", wordPrefix, "en", "onion site / version"},
	{"new address", anywhere, "en", "\"our new address\""},
	{"new site", anywhere, "en", "\"visit our new site\""},
	{"espejo", wholeWord, "es", "mirror"},
	{"aquí", wholeWord, "es", "here"},
	{"miroir", wholeWord, "fr", "mirror"},
	{"ici", wholeWord, "fr", "here"},
	{"مرآة", wholeWord, "ar", "mirror"},
	{"هنا", wholeWord, "ar", "here"},
	{"آینه", wholeWord, "fa", "mirror"},
	{"اینجا", wholeWord, "fa", "here"},
	{"جایگزین", wholeWord, "fa", "alternate"},
	{"зеркал", wordPrefix, "ru", "mirror, every case ending"},
	{"здесь", wholeWord, "ru", "here"},
	{"тут", wholeWord, "ru", "here"},
	{"ayna", wordPrefix, "tr", "mirror"},
	{"buradan", wholeWord, "tr", "from here"},
	{"tıklayın", wholeWord, "tr", "click"},
	{"镜像", anywhere, "zh", "mirror"},
	{"鏡像", anywhere, "zh-Hant", "mirror"},
	{"这里", anywhere, "zh", "here"},
	{"這裡", anywhere, "zh-Hant", "here"},
	{"点击", anywhere, "zh", "click"},
	{"點擊", anywhere, "zh-Hant", "click"},
	{"spiegel", wordPrefix, "de", "mirror"},
	{"hier", wholeWord, "de", "here"},
	{"espelho", wholeWord, "pt", "mirror"},
	{"aqui", wholeWord, "pt", "here"},
}
