package metadata

// crumbSkip are breadcrumb entries that are not sections: the home link
// and menu controls, in the languages of the corpus and beyond (lower
// case, compared after trimming punctuation).
var crumbSkip = map[string]bool{
	"home":           true, // English home link
	"homepage":       true, // English home link
	"home page":      true, // English home link
	"start":          true, // German/Scandinavian home link
	"startseite":     true, // German home link
	"accueil":        true, // French home link
	"inicio":         true, // Spanish home link
	"início":         true, // Portuguese home link
	"página inicial": true, // Portuguese home link
	"portada":        true, // Spanish home link
	"home page.":     true, // trailing-dot variant
	"forside":        true, // Danish/Norwegian home link
	"etusivu":        true, // Finnish home link
	"hem":            true, // Swedish home link
	"strona główna":  true, // Polish home link
	"главная":        true, // Russian home link
	"головна":        true, // Ukrainian home link
	"首页":             true, // Chinese home link
	"ホーム":            true, // Japanese home link
	"홈":              true, // Korean home link
	"الرئيسية":       true, // Arabic home link
	"صفحه اصلی":      true, // Persian home link
	"more":           true, // English menu control
	"mehr":           true, // German menu control
	"plus":           true, // French menu control
	"más":            true, // Spanish menu control
	"mais":           true, // Portuguese menu control
	"altro":          true, // Italian menu control
	"meer":           true, // Dutch menu control
	"ещё":            true, // Russian menu control
	"еще":            true, // Russian menu control, without ё
	"更多":             true, // Chinese menu control
	"もっと見る":          true, // Japanese menu control
	"المزيد":         true, // Arabic menu control
	"بیشتر":          true, // Persian menu control
	"menu":           true, // menu toggle
	"menü":           true, // German menu toggle
	"back":           true, // back link
	"zurück":         true, // German back link
	"retour":         true, // French back link
	"previous":       true, // English pager link beside a trail
	"next":           true, // English pager link beside a trail
	"vorheriges":     true, // German pager link
	"nächstes":       true, // German pager link
	"vorheriger":     true, // German pager link
	"nächster":       true, // German pager link
	"précédent":      true, // French pager link
	"suivant":        true, // French pager link
	"anterior":       true, // Spanish and Portuguese pager link
	"siguiente":      true, // Spanish pager link
	"próximo":        true, // Portuguese pager link
	"precedente":     true, // Italian pager link
	"successivo":     true, // Italian pager link
	"you are here":   true, // label before the trail
	"sie sind hier":  true, // German label before the trail
	"vous êtes ici":  true, // French label before the trail
}

// minTitlePartBytes is how long (folded, in bytes) a crumb must be to be
// taken for the headline when it only opens or closes it (the headline cut
// short, or without its kicker); a short one is a section the headline
// happens to begin or end with.
const minTitlePartBytes = 24

// maxCrumbRunes caps one breadcrumb; longer entries are headlines.
const maxCrumbRunes = 80

// maxCategoryCrumbs caps the category links taken as the section path; a
// post filed under more is listing every category of the blog.
const maxCategoryCrumbs = 4

// crumbSearch name a site's search page, which trails list beside their
// steps (a forum's "Search" item) or a misconfigured SEO plugin sets as
// every post's parent; it is a control, not a section (lower case).
// "Recherche", "ricerca" and "pesquisa" also mean research, a section.
var crumbSearch = map[string]bool{
	"search":           true, // English
	"advanced search":  true, // English
	"suche":            true, // German
	"erweiterte suche": true, // German, advanced search
	"buscar":           true, // Spanish
	"búsqueda":         true, // Spanish
	"zoeken":           true, // Dutch
}
