package metadata

import "testing"

func TestMetaPropertyBeforeName(t *testing.T) {
	p := pageOf(t, `<html><head>
<meta name="DC.creator" content="Web Desk">
<meta property="dc:creator" content="Ada Brook">
<meta property="og:description twitter:description">
<meta property="dc:description og:description" content="Kept">
</head><body></body></html>`)
	s := collect(p)
	if got := s.get("dc.creator"); got != "Ada Brook" {
		t.Errorf("dc.creator %q, want the property value", got)
	}
	if got := s.values("dc.creator"); len(got) != 1 {
		t.Errorf("values %q, want only the property value", got)
	}
	if got := s.get("twitter:description"); got != "" {
		t.Errorf("a meta without content gave %q", got)
	}
	if got := s.get("og:description"); got != "Kept" {
		t.Errorf("og:description %q, want the later meta's", got)
	}
}
