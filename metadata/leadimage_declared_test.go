package metadata

import "testing"

func TestUnresizedShareImage(t *testing.T) {
	tests := []struct {
		name, og, twitter, want string
	}{
		{"width-only resize of the declared original",
			"https://cdn.example/uploads/2024/05/lock-gates-scaled.jpg?w=1200",
			"https://cdn.example/uploads/2024/05/lock-gates-scaled.jpg",
			"https://cdn.example/uploads/2024/05/lock-gates-scaled.jpg"},
		{"a cropped card stays",
			"https://cdn.example/uploads/2024/05/lock-gates.jpg?crop=1200:630&width=1200&height=630",
			"https://cdn.example/uploads/2024/05/lock-gates.jpg",
			"https://cdn.example/uploads/2024/05/lock-gates.jpg?crop=1200:630&width=1200&height=630"},
		{"no original declared",
			"https://cdn.example/uploads/2024/05/lock-gates-scaled.jpg?w=1200",
			"https://cdn.example/uploads/2024/05/weir.jpg",
			"https://cdn.example/uploads/2024/05/lock-gates-scaled.jpg?w=1200"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := `<html><head><title>T</title>
<meta property="og:image" content="` + tt.og + `">
<meta name="twitter:image" content="` + tt.twitter + `">
</head><body><h1>Lock gates reopen</h1>
<p>The lock gates on the upper canal reopened on Tuesday after a winter of repairs to the timber and the sluices.</p>
</body></html>`
			m := FromPage(peoplePage(t, src))
			if m.LeadImage == nil || m.LeadImage.URL != tt.want {
				t.Errorf("lead image = %+v, want %s", m.LeadImage, tt.want)
			}
		})
	}
}
