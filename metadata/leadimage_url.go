package metadata

import (
	"net/url"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/internal/page"
	"github.com/newsextract/newsextract/internal/srcset"
)

// imageSource is one address of a picture with the width it declares.
type imageSource struct {
	url   string
	width int  // from a "640w" descriptor or a width attribute; 0 when unknown
	wide  bool // width is a "w" descriptor, the picture's real width
}

// bestSource returns the largest address an <img> (and the <picture>
// around it) offers: srcset entries by width, else the lazy-loading
// address, else src. Placeholders never win.
func bestSource(p *page.Page, img *html.Node) imageSource {
	var best imageSource
	fromSource := false
	consider := func(s imageSource, margin int) {
		if s.url == "" || placeholderURL(s.url) {
			return
		}
		if best.url == "" || s.width > best.width+margin || (margin < 0 && best.width == 0 && !fromSource) {
			best = s
		}
	}
	w := srcset.Dimension(page.Attr(img, "width"))
	for _, a := range imageSrcsetAttrs {
		consider(largestInSrcset(p, page.Attr(img, a)), 0)
	}
	for _, a := range imageLazyAttrs {
		if best.url == "" {
			consider(imageSource{url: p.Resolve(page.Attr(img, a)), width: w}, 0)
		}
	}
	if best.url == "" {
		consider(imageSource{url: p.Resolve(page.Attr(img, "src")), width: w}, 0)
	}
	// A <picture>'s sources are art direction for other screens; they win
	// only when clearly larger than what the <img> itself offers.
	if pic := img.Parent; pic != nil && pic.DataAtom == atom.Picture {
		// Without widths to compare, the first source (the one for the
		// widest screens, by convention) wins.
		margin := -1
		if best.width > 0 {
			margin = best.width / 10
		}
		for c := pic.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Source {
				for _, a := range imageSrcsetAttrs {
					before := best.url
					consider(largestInSrcset(p, page.Attr(c, a)), margin)
					fromSource = fromSource || best.url != before
				}
			}
		}
	}
	if best.url == "" {
		// A placeholder only: the picture may be printed again for
		// readers without scripts.
		if f := noscriptFallback(img); f != nil {
			return bestSource(p, f)
		}
	}
	return best
}

// largestInSrcset returns the widest entry of a srcset ("a.jpg 640w,
// b.jpg 1280w" or "a.jpg 1x, b.jpg 2x"); density descriptors count as
// multiples of an unknown width, so 2x beats 1x.
func largestInSrcset(p *page.Page, set string) imageSource {
	var best imageSource
	for _, c := range srcset.Parse(set) {
		if descriptorLike(c.URL) || strings.HasPrefix(c.URL, "data:") {
			continue // pieces of a data: URI or of a broken list
		}
		s := imageSource{url: p.Resolve(c.URL)}
		switch {
		case c.Width > 0:
			s.width, s.wide = c.Width, true
		case urlWidth(s.url) > 0:
			// Density-only sources of a <picture> ("a-w1136.jpg 1x"),
			// one per screen: the address tells their sizes apart.
			s.width = urlWidth(s.url)
		case c.Density > 0:
			s.width = int(c.Density * 100)
		}
		if s.url != "" && !placeholderURL(s.url) && (best.url == "" || s.width > best.width) {
			best = s
		}
	}
	return best
}

// descriptorLike reports a token that is a srcset descriptor ("640w",
// "2x", "1.5x"), not an address.
func descriptorLike(t string) bool {
	t = strings.TrimRight(t, "wx")
	if t == "" {
		return true
	}
	_, err := strconv.ParseFloat(t, 64)
	return err == nil
}

// placeholderURL reports addresses that stand in for a picture not yet
// loaded.
func placeholderURL(u string) bool {
	low := strings.ToLower(u)
	return strings.HasPrefix(low, "data:") || strings.HasSuffix(low, "/blank.gif") ||
		strings.Contains(low, "placeholder") || strings.Contains(low, "spacer.gif") || strings.Contains(low, "transparent") ||
		strings.Contains(low, "lazy-load") || strings.Contains(low, "1x1.")
}

// sameImage reports whether two addresses show the same picture in other
// sizes or crops: they share a distinctive path token (a long id or file
// name), ignoring query strings and size tokens such as "1200x630" or
// "w1200".
func sameImage(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b || samePath(a, b) {
		return true
	}
	ta := imageTokens(a)
	for t := range imageTokens(b) {
		if ta[t] {
			return true
		}
	}
	return false
}

// samePath reports two addresses of one file on one host that differ
// only in their query: an image service's size and crop options.
func samePath(a, b string) bool {
	ua, errA := url.Parse(a)
	ub, errB := url.Parse(b)
	if errA != nil || errB != nil || ua.Host == "" || !strings.EqualFold(ua.Host, ub.Host) {
		return false
	}
	// A bare folder or a script ("/", "/image.php") serves every picture.
	name := ua.Path[strings.LastIndexByte(ua.Path, '/')+1:]
	return ua.Path == ub.Path && strings.Contains(name, ".") && !strings.HasSuffix(name, ".php") && !strings.HasSuffix(name, ".aspx")
}

// imageTokens returns the distinctive tokens of an image address's path.
func imageTokens(raw string) map[string]bool {
	out := map[string]bool{}
	path, host := raw, ""
	if u, err := url.Parse(raw); err == nil {
		path, host = u.Path, strings.ToLower(u.Host)
		if inner := u.Query().Get("url"); inner != "" {
			path += "/" + inner
		}
		if inner := u.Query().Get("image"); inner != "" {
			path += "/" + inner
		}
	}
	path, _ = url.PathUnescape(path)
	for _, n := range fileNumbers(path) {
		out[n] = true
	}
	// "harbour-view-800.jpg" and "harbour-view-1600.jpg" are one picture.
	if stem, w := sizeSuffix(path); w > 0 && distinctive(strings.ToLower(stem)) {
		out[strings.ToLower(stem)] = true
	}
	for _, t := range strings.FieldsFunc(strings.ToLower(path), func(r rune) bool {
		return r == '/' || r == '.' || r == '_' || r == ',' || r == '=' || r == '~' || r == '@' || r == ':'
	}) {
		// The service's own name ("cdn.news-cdn.com" repeated in the
		// path) is in every picture it sends.
		if distinctive(t) && !strings.Contains(host, t) {
			out[t] = true
		}
	}
	return out
}

// distinctive reports a path token that names one picture: long, with
// digits or dashes, and no size.
func distinctive(t string) bool {
	if len(t) < 6 || sizeToken(t) {
		return false
	}
	switch t {
	case "images", "image", "uploads", "content", "assets", "photos", "media", "files", "default",
		"public", "resize", "resizer", "thumbnail", "original", "scaled", "wp-content", "medium":
		return false
	}
	digits, letters := 0, 0
	for _, r := range t {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsLetter(r):
			letters++
		case strings.ContainsRune(optionSyntax, r):
			// Resizer options ("icc-!!-", "focal(10x20") are shared by
			// every picture the service sends.
			return false
		}
	}
	// Dates ("2024", "202405") and short numbers are shared by unrelated
	// pictures of one day.
	if letters == 0 && digits < 7 {
		return false
	}
	return digits > 0 || strings.Contains(t, "-") && len(t) >= minDashedName || len(t) >= 10
}

// optionSyntax are characters of image services' option strings, never
// of a picture's name ("+" and "%" are spaces in file names).
const optionSyntax = "!(){}*[]"

// minDashedName is the length from which words joined by dashes name one
// picture ("harbour-view") rather than an option of the service ("fit-in").
const minDashedName = 7

// idDigits is the length from which a bare number in an image path is the
// picture's number in its archive: no pixel size runs to seven digits.
const idDigits = 7

// fileNumbers returns the numbers in a path's file name that name a
// picture ("/52/32/15125232_M800x534.jpg", "/971/6_4971149.jpg"); numbers
// in the folders before it are often the story's, shared by its pictures.
func fileNumbers(path string) []string {
	name := path[strings.LastIndexByte(path, '/')+1:]
	var out []string
	for _, t := range strings.FieldsFunc(name, func(r rune) bool { return r == '_' || r == '-' || r == '.' || r == ',' }) {
		if imageNumber(t) {
			out = append(out, t)
		}
	}
	return out
}

// imageNumber reports a bare number long enough to name one picture
// ("15125232"), but not a day ("20240501"), which unrelated pictures share.
func imageNumber(t string) bool {
	if len(t) < idDigits || strings.Trim(t, "0123456789") != "" {
		return false
	}
	if len(t) == 8 && (t[:2] == "19" || t[:2] == "20") {
		month, day := (t[4]-'0')*10+t[5]-'0', (t[6]-'0')*10+t[7]-'0'
		return month == 0 || month > 12 || day == 0 || day > 31
	}
	return true
}

// sizeToken reports "1200x630", "w1200", "1200w", "q85" and the like.
func sizeToken(t string) bool {
	t = strings.TrimLeft(t, "whqcrs")
	t = strings.TrimRight(t, "wpx")
	if t == "" {
		return true
	}
	for _, part := range strings.Split(t, "x") {
		for _, r := range part {
			if !unicode.IsDigit(r) && r != '-' {
				return false
			}
		}
	}
	return true
}

// urlWidth returns the width an image address asks its server for, from
// query parameters (w=, width=, resize=) or path tokens ("1200x630",
// "w_1280", "w1200", "1300x"), or 0 when it names none.
func urlWidth(raw string) int {
	u, err := url.Parse(raw)
	if err != nil {
		return 0
	}
	best := 0
	q := u.Query()
	for _, key := range []string{"w", "width", "resize", "fit"} {
		v := q.Get(key)
		if i := strings.IndexAny(v, ",x."); i > 0 {
			v = v[:i]
		}
		if n, err := strconv.Atoi(v); err == nil && n > best {
			best = n
		}
	}
	for _, t := range strings.FieldsFunc(u.Path, func(r rune) bool {
		return r == '/' || r == '-' || r == ',' || r == '.' || r == '~'
	}) {
		if n := sizeWidth(t); n > best {
			best = n
		}
	}
	pw, _ := pathPair(u.Path)
	return max(best, pw, resizeOptionWidth(u.RawQuery))
}

// resizeOptionWidth reads an image manager's "Resize=(1250)" or
// "resize=(1250,700)" option in a query; 0 when there is none.
func resizeOptionWidth(query string) int {
	low := strings.ToLower(query)
	i := strings.Index(low, "resize=(")
	if i < 0 {
		return 0
	}
	digits := low[i+len("resize=("):]
	end := 0
	for end < len(digits) && end < 6 && digits[end] >= '0' && digits[end] <= '9' {
		end++
	}
	n, _ := strconv.Atoi(digits[:end])
	if n < 50 || n > 10000 {
		return 0
	}
	return n
}

// pathPair reads a width and height given as two path segments
// ("/t/640/480/"), as many resizing services take them; 0, 0 when none.
func pathPair(path string) (w, h int) {
	segs := strings.Split(path, "/")
	for i := 0; i+1 < len(segs); i++ {
		w, errW := strconv.Atoi(segs[i])
		h, errH := strconv.Atoi(segs[i+1])
		if errW == nil && errH == nil && w >= 50 && w <= 10000 && h >= 50 && h <= 10000 {
			return w, h
		}
	}
	return 0, 0
}

// cropWorth is how many times wider than the picture shown a declared
// picture in another crop must be to replace it: the page's own crop
// wins over a social card of about its size, not over one that shows the
// photo at more than twice the size.
const cropWorth = 2

// declaredPreferred reports whether the declared address of the picture
// the page shows is the better one: a larger version in the same crop
// (shapes are width/height ratios, 0 when unknown; a social-card crop is
// not the picture the page shows unless more than cropWorth times wider),
// the original a resizing proxy
// in the page serves, or the same file with the publisher's delivery
// options added (quality, crop), no smaller.
func declaredPreferred(shown, declared string, shownShape, declaredShape float64) bool {
	sw, dw := urlWidth(shown), urlWidth(declared)
	if ws, wd := suffixWidths(shown, declared); ws > 0 {
		sw, dw = ws, wd
	}
	return sw > 0 && dw > sw && (!otherCrop(shownShape, declaredShape) || dw > cropWorth*sw) ||
		proxies(shown, declared) || styledCopy(shown, declared) ||
		strings.HasPrefix(declared, shown+"?") && !strings.Contains(shown, "?")
}

// styledCopy reports whether shown is a size the publisher's server cut
// from the file at original: the same host and path with folders naming
// the size inserted ("/styles/670x377/public/…", "/t/120/90/d/…").
func styledCopy(shown, original string) bool {
	s, errS := url.Parse(shown)
	o, errO := url.Parse(original)
	if errS != nil || errO != nil || s.Host == "" || !strings.EqualFold(s.Host, o.Host) {
		return false
	}
	sp, op := strings.Split(s.Path, "/"), strings.Split(o.Path, "/")
	if len(sp) <= len(op) || sp[len(sp)-1] != op[len(op)-1] || !strings.Contains(op[len(op)-1], ".") {
		return false
	}
	// op must be sp with a run of folders left out, one of them a size.
	pre := 0
	for pre < len(op) && sp[pre] == op[pre] {
		pre++
	}
	extra := len(sp) - len(op)
	if pre == len(op) || strings.Join(sp[pre+extra:], "/") != strings.Join(op[pre:], "/") {
		return false
	}
	inserted := sp[pre : pre+extra]
	w, _ := pathPair("/" + strings.Join(inserted, "/") + "/")
	for _, t := range inserted {
		w = max(w, sizeWidth(t))
	}
	return w > 0
}

// proxies reports whether shown is a resizing service's address for the
// picture at original: the original's host and path sit inside it.
func proxies(shown, original string) bool {
	o, err := url.Parse(original)
	if err != nil || o.Host == "" || len(o.Path) < 2 {
		return false
	}
	inner, err := url.QueryUnescape(shown)
	if err != nil {
		inner = shown
	}
	s, err := url.Parse(shown)
	if err != nil || s.Host == "" {
		return false
	}
	// The original must sit past the service's own host, and end there or
	// at a parameter, not run on into a longer path.
	skip := strings.Index(inner, s.Host)
	if skip < 0 {
		return false
	}
	skip += len(s.Host)
	at := strings.Index(inner[skip:], o.Host+o.Path)
	if at < 0 {
		return false
	}
	rest := inner[skip+at+len(o.Host)+len(o.Path):]
	return rest == "" || rest[0] == '&' || rest[0] == '?'
}

// urlTiny reports an address asking its server for a picture narrower or
// lower than an icon's bound ("?h=17&w=0"): a logo, never the story's.
func urlTiny(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	q := u.Query()
	for _, key := range []string{"w", "width", "h", "height"} {
		if n, err := strconv.Atoi(q.Get(key)); err == nil && n > 0 && n < minImageSide {
			return true
		}
	}
	return false
}

// sizeWidth reads the width of a size token: "1200x630", "1300x", "w1200",
// "w_1280", "1200w"; 0 otherwise.
func sizeWidth(t string) int {
	t = strings.ToLower(t)
	switch {
	case strings.HasPrefix(t, "width="):
		// An image service's options in the path ("width=720,quality=70").
		t = t[len("width="):]
	case strings.Contains(t, "x"):
		t = t[:strings.IndexByte(t, 'x')]
		t = strings.TrimPrefix(t, "fill")
	case strings.HasPrefix(t, "w"):
		t = strings.TrimPrefix(t[1:], "_")
	case strings.HasSuffix(t, "w"):
		t = t[:len(t)-1]
	default:
		return 0
	}
	n, err := strconv.Atoi(t)
	if err != nil || n < 50 || n > 10000 {
		return 0
	}
	return n
}
