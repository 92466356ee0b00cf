package metadata

// Word tables for reading dates. Keys are written the way dateNormalize
// leaves text: lower case, Latin accents folded (é→e, ä→a, ç→c), Arabic alef
// forms folded to ا, ى and Persian ی to ي, Persian ک to ك, ё to е.

// monthWords maps month names and abbreviations to a Gregorian month number.
// A few words exist in two languages with the same month, so one map serves
// all languages; words that mean different months in different languages
// would need the page language and do not occur among these.
var monthWords = map[string]int{
	// English: full names and the abbreviations newsrooms print.
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	// German, with the Austrian Jänner/Feber and the ae spelling of März.
	"januar": 1, "janner": 1, "februar": 2, "feber": 2, "marz": 3, "maerz": 3,
	"mai": 5, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
	"okt": 10, "dez": 12,
	// French, with the abbreviations of Le Monde style datelines.
	"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7,
	"aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
	"janv": 1, "fevr": 2, "fev": 2, "avr": 4, "juil": 7,
	// Spanish, including the Latin American setiembre.
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
	"julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
	"noviembre": 11, "diciembre": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12,
	// Portuguese.
	"janeiro": 1, "fevereiro": 2, "marco": 3, "maio": 5, "junho": 6, "julho": 7,
	"setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12, "set": 9, "out": 10,
	// Italian.
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6,
	"luglio": 7, "settembre": 9, "ottobre": 10, "dicembre": 12,
	"gen": 1, "mag": 5, "giu": 6, "lug": 7, "ott": 10,
	// Dutch, cheap to carry and common in the trafilatura-style corpora.
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
	// Polish genitive, as dates are written ("5 marca 2026").
	"stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
	"lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
	// Turkish; ı stays as written, and the dotted i of an upper-case word lowered.
	"ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "mayis": 5, "haziran": 6,
	"temmuz": 7, "ağustos": 8, "eylul": 9, "ekim": 10, "kasım": 11, "kasim": 11,
	"aralık": 12, "aralik": 12,
	// Indonesian and Malay, where they differ from the Dutch and English names.
	"maret": 3, "agustus": 8, "desember": 12, "pebruari": 2, "nopember": 11,
	// Russian genitive (as dates are written), nominative and abbreviations.
	"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
	"июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
	"январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6,
	"июль": 7, "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
	"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8,
	"сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
	// Arabic, Egyptian/Gulf transliterations of the Latin names.
	"يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
	"يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
	// Arabic, Moroccan forms.
	"ماي": 5, "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
	// Arabic, Algerian and Tunisian forms from French.
	"جانفي": 1, "فيفري": 2, "افريل": 4, "جوان": 6, "جويليه": 7, "جويلية": 7, "اوت": 8,
	// Arabic, Levantine (Syriac) names of one word; the two-word ones are in
	// levantineMonths.
	"شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9,
}

// levantineMonths are the Levantine month names written as two words:
// كانون and تشرين each name two months, told apart by "the first" and "the
// second".
var levantineMonths = map[string]map[string]int{
	"كانون": {"الثاني": 1, "ثاني": 1, "الاول": 12, "اول": 12},
	"تشرين": {"الاول": 10, "اول": 10, "الثاني": 11, "ثاني": 11},
}

// solarMonths are the Persian Solar Hijri months; a date naming one is
// converted from the Solar Hijri calendar.
var solarMonths = map[string]int{
	"فروردين": 1, "ارديبهشت": 2, "خرداد": 3, "تير": 4, "مرداد": 5, "شهريور": 6,
	"مهر": 7, "ابان": 8, "اذر": 9, "دي": 10, "بهمن": 11, "اسفند": 12,
}

// fillerWords may stand between the day, month and year of a written date
// without breaking it: articles, prepositions and ordinal endings.
var fillerWords = map[string]bool{
	"de": true, "del": true, "of": true, "the": true, "le": true, "el": true, // "24 de noviembre de 2026"
	"st": true, "nd": true, "rd": true, "th": true, "er": true, // ordinals: 1st, 24th, 1er
	"den": true, "der": true, "il": true, "lo": true, "on": true, // "den 24.", "il 24 novembre"
	"г": true, "года": true, "год": true, // Russian "2026 г." / "2026 года"
	"º": true, "ª": true, "o": true, // Spanish/Portuguese ordinal 1º
	"في": true, // Arabic "on"
}

// weekdayWords are day names; they often open a dateline and never break it.
var weekdayWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "mon": true, "tue": true, "tues": true, "wed": true,
	"thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true,
	"samstag": true, "sonntag": true, "sonnabend": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true,
	"samedi": true, "dimanche": true,
	"lunes": true, "martes": true, "miercoles": true, "jueves": true, "viernes": true,
	"sabado": true, "domingo": true,
	"segunda": true, "terca": true, "quarta": true, "quinta": true, "sexta": true, "feira": true,
	"lunedi": true, "martedi": true, "mercoledi": true, "giovedi": true, "venerdi": true,
	"понедельник": true, "вторник": true, "среда": true, "четверг": true, "пятница": true,
	"суббота": true, "воскресенье": true,
	"الاثنين": true, "الثلاثاء": true, "الاربعاء": true, "الخميس": true, "الجمعة": true,
	"السبت": true, "الاحد": true,
}

// clockWords follow or precede a time of day and say nothing else: "Uhr",
// "horas", Russian "в" ("в 07:15").
var clockWords = map[string]bool{
	"uhr": true, "h": true, "hs": true, "hrs": true, "horas": true, "hora": true, "heures": true,
	"at": true, "um": true, "a": true, "à": true, "as": true, "às": true, "alle": true, "ore": true,
	"в": true, "t": true, "ساعت": true, "الساعة": true, "ساعه": true, "الساعه": true,
}

// meridiem maps words marking morning or afternoon to false (a.m.) or true
// (p.m.). "am" is also German "on the"; it counts as a.m. only after a time.
var meridiem = map[string]bool{
	"am": false, "pm": true, "a.m.": false, "p.m.": true, "a.m": false, "p.m": true,
	"上午": false, "下午": true, "午前": false, "午後": true, "早上": false, "晚上": true,
	"ص": false, "م": true, "صباحا": false, "مساء": true, "مساءا": true, // Arabic
	"오전": false, "오후": true, // Korean, before the time: "오후 2:22"
}

// eraStarts maps Japanese era names to the Gregorian year before the era's
// first year, so that year n of the era is start+n.
var eraStarts = map[string]int{
	"令和": 2018, // Reiwa 1 = 2019
	"平成": 1988, // Heisei 1 = 1989
}

// cjkMark returns the unit a CJK character gives the number before it in
// Chinese, Japanese and Korean dates and times (y m d h i s), or 0.
func cjkMark(r rune) byte {
	switch r {
	case '年', '년':
		return 'y' // year
	case '月', '월':
		return 'm' // month
	case '日', '号', '일':
		return 'd' // day; 号 is the spoken Chinese form
	case '時', '时', '点', '시':
		return 'h' // hour; 点 as in 8点30分
	case '分', '분':
		return 'i' // minute
	case '秒', '초':
		return 's' // second
	}
	return 0
}

// zoneOffsets maps time-zone abbreviations to their offset east of UTC in
// minutes. Ambiguous ones take the reading most common in news: IST is India,
// CST is US Central, BST is British Summer Time.
var zoneOffsets = map[string]int{
	"utc": 0, "gmt": 0, "z": 0, "ut": 0, "wet": 0,
	"west": 60, "bst": 60, "cet": 60, "mez": 60, "wat": 60,
	"cest": 120, "mesz": 120, "eet": 120, "sast": 120, "cat": 120,
	"eest": 180, "msk": 180, "мск": 180, "ast": 180, "eat": 180, "trt": 180,
	"irst": 210, "gst": 240, "pkt": 300, "ist": 330, "npt": 345,
	"ict": 420, "wib": 420, "hkt": 480, "sgt": 480, "awst": 480, "pht": 480,
	"jst": 540, "kst": 540, "acst": 570, "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780,
	"est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
	"pst": -480, "pdt": -420, "akst": -540, "akdt": -480, "hst": -600,
	"brt": -180, "art": -180,
}

// usZones are the US zones written without standard/daylight ("7 a.m.
// ET"); their offset depends on the date, by the US daylight-saving rule.
var usZones = map[string]int{
	"et": -300, "ct": -360, "mt": -420, "pt": -480,
}
