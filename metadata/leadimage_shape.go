package metadata

import (
	"net/url"
	"strconv"
	"strings"
)

// shapeTolerance is how far two width/height ratios may differ and still
// be one crop: sizes rounded to whole pixels ("993x552" against
// "1200x675") differ by a percent or two, other crops by far more.
const shapeTolerance = 0.04

// imageShape returns a picture's width/height ratio: from its declared
// width and height, else from its address ("1200x675", "/960/540/",
// "?width=780&height=438", a "16x9" or "16:9" crop name); 0 when unknown.
func imageShape(raw string, w, h int) float64 {
	if w > 0 && h > 0 {
		return float64(w) / float64(h)
	}
	return urlShape(raw)
}

// urlShape reads the width/height ratio an image address asks for; 0
// when it names none.
func urlShape(raw string) float64 {
	u, err := url.Parse(raw)
	if err != nil {
		return 0
	}
	q := u.Query()
	w, h := queryInt(q, "w", "width"), queryInt(q, "h", "height")
	if w > 0 && h > 0 {
		return float64(w) / float64(h)
	}
	if w, h := pathPair(u.Path); w > 0 {
		return float64(w) / float64(h)
	}
	shape := 0.0
	for _, t := range strings.FieldsFunc(u.Path, func(r rune) bool {
		return r == '/' || r == '-' || r == '_' || r == ',' || r == '.' || r == '~'
	}) {
		if s := pairShape(t); s > 0 {
			shape = s // the last pair: crop names come before sizes
		}
	}
	return shape
}

// pairShape reads "1200x675", "ci16x9", "M2040x1530" or "16:9" as a
// ratio; 0 for any other token.
func pairShape(t string) float64 {
	// Letters before the pair name the crop or the size ("ci", "M").
	t = strings.TrimLeftFunc(strings.ToLower(t), func(r rune) bool { return r >= 'a' && r <= 'z' && r != 'x' })
	a, b, ok := strings.Cut(t, "x")
	if !ok {
		a, b, ok = strings.Cut(t, ":") // a crop folder: "/2:3/", "/16:9/"
	}
	if !ok {
		return 0
	}
	w, errW := strconv.Atoi(a)
	h, errH := strconv.Atoi(b)
	if errW != nil || errH != nil || w <= 0 || h <= 0 || w > 10000 || h > 10000 {
		return 0
	}
	return float64(w) / float64(h)
}

// queryInt returns the first of keys that holds a positive number, else 0.
func queryInt(q url.Values, keys ...string) int {
	for _, k := range keys {
		if n, err := strconv.Atoi(q.Get(k)); err == nil && n > 0 {
			return n
		}
	}
	return 0
}

// otherCrop reports two ratios, both known, that are different crops.
func otherCrop(a, b float64) bool {
	if a <= 0 || b <= 0 {
		return false
	}
	r := a / b
	return r > 1+shapeTolerance || r < 1/(1+shapeTolerance)
}
