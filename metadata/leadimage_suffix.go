package metadata

import (
	"net/url"
	"strconv"
	"strings"
)

// Bounds of a bare number read as a width at the end of a file name
// ("harbour-view-800.jpg"): below, it counts pictures in a series
// ("-2.jpg"); above, it is an id, not a pixel width.
const (
	minSuffixWidth = 100
	maxSuffixWidth = 10000
)

// sizeSuffix splits a path's file name into its stem and the width its
// last "-" or "_" part names: "/m/harbour-view-800.jpg" gives
// "harbour-view", 800; "harbour-view-1024x683.jpg" gives 1024. The width
// is 0 when the name ends in no size.
func sizeSuffix(path string) (stem string, width int) {
	name := path[strings.LastIndexByte(path, '/')+1:]
	if dot := strings.IndexByte(name, '.'); dot > 0 {
		name = name[:dot] // "a-800.jpg", "a-800.jpg.webp"
	}
	cut := strings.LastIndexAny(name, "-_")
	if cut <= 0 {
		return "", 0
	}
	suffix := name[cut+1:]
	width = sizeWidth(suffix)
	if n, err := strconv.Atoi(suffix); err == nil && n >= minSuffixWidth && n <= maxSuffixWidth {
		width = n
	}
	if width == 0 {
		return "", 0
	}
	return name[:cut], width
}

// suffixWidths returns the widths two addresses of one picture name in
// their file names when they differ only there: the same host, folder and
// stem, "-800.jpg" against "-1600.jpg". Both are 0 otherwise.
func suffixWidths(a, b string) (wa, wb int) {
	ua, errA := url.Parse(a)
	ub, errB := url.Parse(b)
	if errA != nil || errB != nil || !strings.EqualFold(ua.Host, ub.Host) {
		return 0, 0
	}
	da, db := ua.Path[:strings.LastIndexByte(ua.Path, '/')+1], ub.Path[:strings.LastIndexByte(ub.Path, '/')+1]
	sa, wa := sizeSuffix(ua.Path)
	sb, wb := sizeSuffix(ub.Path)
	if da != db || sa == "" || sa != sb || wa == 0 || wb == 0 {
		return 0, 0
	}
	return wa, wb
}
