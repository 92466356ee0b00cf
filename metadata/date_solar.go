package metadata

import "time"

// solarBreaks are the Solar Hijri years at which the 33-year leap cycle
// shifts (the arithmetic of Borkowski's algorithm as used by jalaali
// converters), valid for years -61 to 3177.
var solarBreaks = [...]int{-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210,
	1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178}

// nowruz returns the Gregorian year and the day of March on which Solar
// Hijri year jy begins.
func nowruz(jy int) (gy, marchDay int) {
	gy = jy + 621
	leapJ, jp, jump := -14, solarBreaks[0], 0
	for _, jm := range solarBreaks[1:] {
		jump = jm - jp
		if jy < jm {
			break
		}
		leapJ += jump/33*8 + jump%33/4
		jp = jm
	}
	n := jy - jp
	leapJ += n/33*8 + (n%33+3)/4
	if jump%33 == 4 && jump-n == 4 {
		leapJ++
	}
	leapG := gy/4 - (gy/100+1)*3/4 - 150
	return gy, 20 + leapJ - leapG
}

// solarToGregorian converts a Solar Hijri date. Months 1–6 have 31 days,
// 7–11 have 30, Esfand 29 or 30; an impossible day returns month 0.
func solarToGregorian(jy, jm, jd int) (y, m, d int) {
	limit := 31
	if jm > 6 {
		limit = 30
	}
	if jm < 1 || jm > 12 || jd < 1 || jd > limit || jy < 1 || jy > 3177 {
		return 0, 0, 0
	}
	gy, march := nowruz(jy)
	day := (jm-1)*31 + jd - 1
	if jm > 6 {
		day = 186 + (jm-7)*30 + jd - 1
	}
	t := time.Date(gy, time.March, march+day, 0, 0, 0, 0, time.UTC)
	return t.Year(), int(t.Month()), t.Day()
}

// Iran Standard Time, and its summer time in the years Iran kept it.
const (
	iranStandard = 3*60 + 30 // minutes east of UTC: +03:30
	iranSummer   = 4*60 + 30 // +04:30
)

// iranOffset is the offset of Iran's wall clock on Solar Hijri date
// jy/jm/jd, in minutes east of UTC. The Solar Hijri calendar with these
// month names is Iran's civil calendar, so a dateline written in it shows
// Tehran time. Summer time ran from 2 Farvardin to 30 Shahrivar in
// 1370–1384 and 1387–1401 (1991–2005, 2008–2022); Iran abolished it after.
func iranOffset(jy, jm, jd int) int {
	if jy < 1370 || jy > 1401 || jy == 1385 || jy == 1386 {
		return iranStandard
	}
	if (jm == 1 && jd >= 2) || (jm > 1 && jm < 6) || (jm == 6 && jd <= 30) {
		return iranSummer
	}
	return iranStandard
}
