package page

import (
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func encode(t *testing.T, cm *charmap.Charmap, s string) []byte {
	t.Helper()
	b, err := cm.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecode(t *testing.T) {
	const russian = "<p>Городской совет утвердил бюджет на следующий год.</p>"
	const french = "<p>Le conseil a voté le budget à l'unanimité, déjà prévu.</p>"
	tests := []struct {
		name        string
		data        []byte
		contentType string
		want        string
		wantCharset string
	}{
		{"utf-8 undeclared", []byte(russian), "", russian, "utf-8"},
		{"utf-8 bom", append([]byte("\xEF\xBB\xBF"), russian...), "", russian, "utf-8"},
		{"windows-1251 undeclared", encode(t, charmap.Windows1251, russian), "", russian, "windows-1251"},
		{"koi8-r undeclared", encode(t, charmap.KOI8R, russian), "", russian, "koi8-r"},
		{"windows-1252 undeclared", encode(t, charmap.Windows1252, french), "", french, "windows-1252"},
		{"header wins", encode(t, charmap.Windows1251, russian), "text/html; charset=windows-1251", russian, "windows-1251"},
		{"meta charset", append([]byte(`<meta charset="koi8-r">`), encode(t, charmap.KOI8R, russian)...), "", `<meta charset="koi8-r">` + russian, "koi8-r"},
		{"invalid utf-8 declared", []byte("<meta charset=utf-8><p>a\xffb</p>"), "", "<meta charset=utf-8><p>a\uFFFDb</p>", "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, name := Decode(tt.data, tt.contentType)
			if string(got) != tt.want || name != tt.wantCharset {
				t.Errorf("Decode = %q, %q; want %q, %q", got, name, tt.want, tt.wantCharset)
			}
		})
	}
}
