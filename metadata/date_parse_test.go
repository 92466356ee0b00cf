package metadata

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// dateCase is one parseDate input and what it must give: want in RFC 3339
// ("" for a rejection) and whether a time of day was read.
type dateCase struct {
	in    string
	want  string
	clock bool
}

func checkDates(t *testing.T, cases []dateCase) {
	t.Helper()
	for _, c := range cases {
		got, clock, ok := parseDate(c.in)
		if c.want == "" {
			if ok {
				t.Errorf("parseDate(%q) = %s, want rejection", c.in, got.Format(time.RFC3339Nano))
			}
			continue
		}
		if !ok {
			t.Errorf("parseDate(%q) rejected, want %s", c.in, c.want)
			continue
		}
		if s := got.Format(time.RFC3339Nano); s != c.want || clock != c.clock {
			t.Errorf("parseDate(%q) = %s clock=%v, want %s clock=%v", c.in, s, clock, c.want, c.clock)
		}
	}
}

func TestParseDateMachine(t *testing.T) {
	checkDates(t, []dateCase{
		{"2026-11-24", "2026-11-24T00:00:00Z", false},
		{"2026-11-24T07:15", "2026-11-24T07:15:00Z", true},
		{"2026-11-24T07:15:00+01:00", "2026-11-24T07:15:00+01:00", true},
		{"2026-11-24T07:15:00.123Z", "2026-11-24T07:15:00.123Z", true},
		{"2026-11-24T07:15:00.389000+00:00", "2026-11-24T07:15:00.389Z", true},
		{"2026-11-24T07:15:00-0500", "2026-11-24T07:15:00-05:00", true},
		{"2026-11-24T07:15:00+05", "2026-11-24T07:15:00+05:00", true},
		{"2026-11-24 07:15:00", "2026-11-24T07:15:00Z", true},
		{"  2026-11-24T07:15:00+05:30 ", "2026-11-24T07:15:00+05:30", true},
		{"Tue, 24 Nov 2026 07:15:00 GMT", "2026-11-24T07:15:00Z", true},
		{"Tue, 24 Nov 2026 07:15:00 +0100", "2026-11-24T07:15:00+01:00", true},
		{"24 Nov 26 07:15 EST", "2026-11-24T07:15:00-05:00", true},
		{"1795504500", "2026-11-24T07:15:00Z", true},
		{"1795504500000", "2026-11-24T07:15:00Z", true},
		{"2026/11/24", "2026-11-24T00:00:00Z", false},
		{"2026-11-24T07:15:00Z[UTC]", "2026-11-24T07:15:00Z", true},
		{"26 | 01 | 2026", "2026-01-26T00:00:00Z", false}, // day-first with pipes
		{"Schweiz | 26 | 01 | 2026 | Praxis", "2026-01-26T00:00:00Z", false},
	})
}

func TestParseDateEnglish(t *testing.T) {
	checkDates(t, []dateCase{
		{"November 24, 2026", "2026-11-24T00:00:00Z", false},
		{"Published 24 November 2026, 07:15", "2026-11-24T07:15:00Z", true},
		{"Nov. 24, 2026 3:45 p.m. ET", "2026-11-24T15:45:00-05:00", true},
		{"June 3, 2026 at 9:05 am EDT", "2026-06-03T09:05:00-04:00", true},
		{"Updated: Tuesday 24th November 2026 12:30 am", "2026-11-24T00:30:00Z", true},
		{"11/24/2026", "2026-11-24T00:00:00Z", false},
		{"Posted on 3 June 2026 07:15 BST", "2026-06-03T07:15:00+01:00", true},
		{"July 4, 2026 7 pm PT", "2026-07-04T19:00:00-07:00", true},
		{"24-Nov-2026", "2026-11-24T00:00:00Z", false},
	})
}

func TestParseDateGerman(t *testing.T) {
	checkDates(t, []dateCase{
		{"24.11.2026", "2026-11-24T00:00:00Z", false},
		{"Veröffentlicht am 24. November 2026, 7.15 Uhr", "2026-11-24T07:15:00Z", true},
		{"Stand: 24.11.2026, 15:30 Uhr", "2026-11-24T15:30:00Z", true},
		{"Dienstag, 24. Nov. 2026 um 07:15 Uhr MEZ", "2026-11-24T07:15:00+01:00", true},
		{"3. März 2026", "2026-03-03T00:00:00Z", false},
		{"3. Maerz 2026", "2026-03-03T00:00:00Z", false},
		{"24. 11. 2026", "2026-11-24T00:00:00Z", false},
		{"15. Jänner 2026 18 Uhr", "2026-01-15T18:00:00Z", true},
		{"24.11.26 07:15", "2026-11-24T07:15:00Z", true},
	})
}

func TestParseDateFrench(t *testing.T) {
	checkDates(t, []dateCase{
		{"24 novembre 2026", "2026-11-24T00:00:00Z", false},
		{"Publié le 24 novembre 2026 à 15h30", "2026-11-24T15:30:00Z", true},
		{"Mis à jour le 1er février 2026 à 07h05", "2026-02-01T07:05:00Z", true},
		{"mardi 24 nov. 2026", "2026-11-24T00:00:00Z", false},
		{"le 15 août 2026, 18h", "2026-08-15T18:00:00Z", true},
		{"24/11/2026 à 15h30 (CET)", "2026-11-24T15:30:00+01:00", true},
	})
}

func TestParseDateSpanishPortugueseItalian(t *testing.T) {
	checkDates(t, []dateCase{
		{"24 de noviembre de 2026", "2026-11-24T00:00:00Z", false},
		{"Publicado el 24 de noviembre de 2026 a las 07:15 horas", "2026-11-24T07:15:00Z", true},
		{"martes, 3 de marzo de 2026, 18:40", "2026-03-03T18:40:00Z", true},
		{"1º de septiembre de 2026", "2026-09-01T00:00:00Z", false},
		{"24 setiembre 2026", "2026-09-24T00:00:00Z", false},
		{"Publicado em 24 de novembro de 2026 às 07h15", "2026-11-24T07:15:00Z", true},
		{"Atualizado em 3 de março de 2026", "2026-03-03T00:00:00Z", false},
		{"24 out 2026", "2026-10-24T00:00:00Z", false},
		{"quinta-feira, 5 de fevereiro de 2026 12:00", "2026-02-05T12:00:00Z", true},
		{"5 fev. 2026", "2026-02-05T00:00:00Z", false},
		{"24 novembre 2026 alle 07:15", "2026-11-24T07:15:00Z", true},
		{"Pubblicato il 3 marzo 2026", "2026-03-03T00:00:00Z", false},
		{"martedì 24 novembre 2026 ore 18.30", "2026-11-24T18:30:00Z", true},
		{"5 gen 2026", "2026-01-05T00:00:00Z", false},
		{"Aggiornato il 12 dicembre 2025, 09:00", "2025-12-12T09:00:00Z", true},
	})
}

func TestParseDateRussian(t *testing.T) {
	checkDates(t, []dateCase{
		{"24 ноября 2026", "2026-11-24T00:00:00Z", false},
		{"24 ноября 2026 года, 07:15", "2026-11-24T07:15:00Z", true},
		{"3 марта 2026 г. в 18:40 МСК", "2026-03-03T18:40:00+03:00", true},
		{"Опубликовано: 1 сентября 2026", "2026-09-01T00:00:00Z", false},
		{"12 дек 2025, 09:00", "2025-12-12T09:00:00Z", true},
		{"24.11.2026 07:15", "2026-11-24T07:15:00Z", true},
		{"Ноябрь 24, 2026", "2026-11-24T00:00:00Z", false},
	})
}

func TestParseDatePolishTurkishIndonesian(t *testing.T) {
	checkDates(t, []dateCase{
		{"5 marca 2026, 14:20", "2026-03-05T14:20:00Z", true},
		{"Aktualizacja: 30 października 2026, 08:05", "2026-10-30T08:05:00Z", true},
		{"5 Mart 2026 10:15", "2026-03-05T10:15:00Z", true},
		{"12 Ağustos 2026", "2026-08-12T00:00:00Z", false},
		{"05 Maret 2026, 14:20 WIB", "2026-03-05T14:20:00+07:00", true},
		{"17 Agustus 2026", "2026-08-17T00:00:00Z", false},
	})
}

func TestParseDateArabic(t *testing.T) {
	checkDates(t, []dateCase{
		{"24 نوفمبر 2026", "2026-11-24T00:00:00Z", false},
		{"٢٤ نوفمبر ٢٠٢٦ - ٠٧:١٥", "2026-11-24T07:15:00Z", true},
		{"الثلاثاء 24 تشرين الثاني 2026", "2026-11-24T00:00:00Z", false},
		{"3 كانون الثاني 2026", "2026-01-03T00:00:00Z", false},
		{"15 آب 2026", "2026-08-15T00:00:00Z", false},
		{"نشر في 5 أيار 2026 الساعة 03:45 م", "2026-05-05T15:45:00Z", true},
		{"12 دجنبر 2025", "2025-12-12T00:00:00Z", false},
		{"1 إبريل 2026", "2026-04-01T00:00:00Z", false},
		{"20 جويلية 2026", "2026-07-20T00:00:00Z", false},
		{"24 كانون الأول 2025", "2025-12-24T00:00:00Z", false},
	})
}

func TestParseDatePersian(t *testing.T) {
	checkDates(t, []dateCase{
		{"۳ آذر ۱۴۰۵", "2026-11-24T00:00:00Z", false},
		{"۱ فروردین ۱۴۰۳", "2024-03-20T00:00:00Z", false},
		{"۱ فروردین ۱۴۰۴", "2025-03-21T00:00:00Z", false},
		{"سه‌شنبه ۳ آذر ۱۴۰۵ - ۰۷:۱۵", "2026-11-24T07:15:00+03:30", true}, // Tehran time
		{"۱۴۰۵/۰۹/۰۳ ۰۷:۱۵", "2026-11-24T07:15:00+03:30", true},
		{"۱۰ تیر ۱۴۰۰ - ۰۹:۰۰", "2021-07-01T09:00:00+04:30", true},    // Iran's summer time, kept until 1401
		{"۱۰ تیر ۱۳۸۶ - ۰۹:۰۰", "2007-07-01T09:00:00+03:30", true},    // not in 1385–1386
		{"۳۱ شهریور ۱۴۰۰ - ۰۹:۰۰", "2021-09-22T09:00:00+03:30", true}, // summer time over
		{"۱ فروردین ۱۴۰۰ - ۰۹:۰۰", "2021-03-21T09:00:00+03:30", true}, // not yet begun
		{"۱۰ تیر ۱۴۰۵ - ۰۹:۰۰", "2026-07-01T09:00:00+03:30", true},    // abolished
		{"۳ آذر ۱۴۰۵ ۰۷:۱۵ GMT", "2026-11-24T07:15:00Z", true},        // a stated zone wins
		{"۱۴۰۵/۰۹/۰۳", "2026-11-24T00:00:00Z", false},
		{"29 اسفند 1402", "2024-03-19T00:00:00Z", false},
		{"۱۰ دی ۱۴۰۴", "2025-12-31T00:00:00Z", false},
		{"۳۱ شهریور ۱۴۰۵", "2026-09-22T00:00:00Z", false},
	})
}

func TestParseDateCJK(t *testing.T) {
	checkDates(t, []dateCase{
		{"2026年11月24日", "2026-11-24T00:00:00Z", false},
		{"2026年11月24日 08:30", "2026-11-24T08:30:00Z", true},
		{"发布时间：2026年11月24日 下午3:45", "2026-11-24T15:45:00Z", true},
		{"令和8年11月24日", "2026-11-24T00:00:00Z", false},
		{"令和元年5月1日", "2019-05-01T00:00:00Z", false},
		{"2026年11月24日 午後3時45分 JST", "2026-11-24T15:45:00+09:00", true},
		{"2026年11月24日 8時", "2026-11-24T08:00:00Z", true},
		{"２０２６年１１月２４日", "2026-11-24T00:00:00Z", false},
		{"2026년 11월 24일", "2026-11-24T00:00:00Z", false},
		{"2026.11.24. 오후 3:45", "2026-11-24T15:45:00Z", true},
		{"2026.11.24. 오전 12:10", "2026-11-24T00:10:00Z", true},
	})
}

func TestParseDateOffsets(t *testing.T) {
	checkDates(t, []dateCase{
		{"24 November 2026 07:15 UTC", "2026-11-24T07:15:00Z", true},
		{"24 November 2026 07:15 GMT+1", "2026-11-24T07:15:00+01:00", true},
		{"24 November 2026 07:15 UTC+05:30", "2026-11-24T07:15:00+05:30", true},
		{"24 November 2026 07:15 CEST", "2026-11-24T07:15:00+02:00", true},
		{"24 November 2026 07:15 IST", "2026-11-24T07:15:00+05:30", true},
		{"24 November 2026 07:15 -0500", "2026-11-24T07:15:00-05:00", true},
		{"24 November 2026 07:15 +01:00", "2026-11-24T07:15:00+01:00", true},
		{"24 November 2026 07:15 ET", "2026-11-24T07:15:00-05:00", true},
		{"24 June 2026 07:15 ET", "2026-06-24T07:15:00-04:00", true},
		{"24 November 2026 07:15 (MEZ)", "2026-11-24T07:15:00+01:00", true},
		{"24 November 2026 07:15 PDT", "2026-11-24T07:15:00-07:00", true},
		{"24 November 2026 07:15 JST", "2026-11-24T07:15:00+09:00", true},
		{"Posted 21:40, 14 August 2026 BST", "2026-08-14T21:40:00+01:00", true},
		{"21:40 CEST, 14 August 2026 BST", "2026-08-14T21:40:00+02:00", true},
		{"21:05, 24 June 2026 ET", "2026-06-24T21:05:00-04:00", true},
		{"21:40, 14 August 2026", "2026-08-14T21:40:00Z", true},
	})
}

func TestParseDateRejects(t *testing.T) {
	next := time.Now().Year() + 2
	checkDates(t, []dateCase{
		{"", "", false},
		{"2026-13-01", "", false},
		{"13/13/2026", "", false},
		{"1 | 2 | 2026", "", false},       // piped: only the padded month counts
		{"12 | 03 | 26", "", false},       // nor a two-digit year
		{"26 | 01 | 2026 | 4", "", false}, // a row of figures
		{"26 | 13 | 2026", "", false},
		{"31.02.2026", "", false},
		{"30 February 2026", "", false},
		{"24 November 1989", "", false},
		{fmt.Sprintf("24 November %d", next), "", false},
		{"12345", "", false},
		{"2026", "", false},
		{"42", "", false},
		{"123456789012345678", "", false},
		{"November 2026", "", false},
		{"24 November", "", false},
		{"version 1.2.2026.4", "", false},
		{"call 555-12-2026", "", false},
		{"the quick brown fox", "", false},
		{"32 November 2026", "", false},
		{"24 November 2026 25:99", "2026-11-24T00:00:00Z", false},
		{"۳۱ اسفند ۱۴۰۵", "", false},
		{"31 آذر 2026", "", false},
		{"令和99年1月1日", "", false},
		{strings.Repeat("9", 1000), "", false},
	})
}

func TestParseDateHintDayFirst(t *testing.T) {
	got, _, ok := parseDateHint("04/11/2026", dateHint{})
	if !ok || got.Format("2006-01-02") != "2026-11-04" {
		t.Errorf("day-first 04/11/2026 = %v %v", got, ok)
	}
	got, _, ok = parseDateHint("04/11/2026", dateHint{monthFirst: true})
	if !ok || got.Format("2006-01-02") != "2026-04-11" {
		t.Errorf("month-first 04/11/2026 = %v %v", got, ok)
	}
	got, _, ok = parseDateHint("24/11/2026", dateHint{monthFirst: true})
	if !ok || got.Format("2006-01-02") != "2026-11-24" {
		t.Errorf("month-first falls back for 24/11/2026 = %v %v", got, ok)
	}
}

// FuzzParseDate checks that no input panics, that the work stays bounded
// and that any accepted date lies in the accepted range.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-11-24T07:15:00+01:00", "24. November 2026, 7.15 Uhr",
		"Nov. 24, 2026 3:45 p.m. ET", "۳ آذر ۱۴۰۵", "令和元年5月1日", "2026年11月24日 下午3:45",
		"٢٤ تشرين الثاني ٢٠٢٦", "1795850100000", "24/11/2026 à 15h30 (CET)", "99:99 +9999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		start := time.Now()
		got, _, ok := parseDate(s)
		if el := time.Since(start); el > time.Second {
			t.Errorf("parseDate took %v on %d bytes", el, len(s))
		}
		if ok && (got.Year() < 1990 || got.Year() > time.Now().Year()+1) {
			t.Errorf("parseDate(%q) = %v outside the accepted years", s, got)
		}
	})
}
