package extract

import (
	"strconv"
	"strings"
	"testing"
)

// gridPage lays a story out in a wide grid column and a contact card with
// a long address and hours in the narrow column beside it.
func gridPage(story, side string) string {
	return `<html><body><main><div class="row"><div class="` + story + `"><h1>Bridge plan stalls again</h1>` +
		storyPara("bridge", 4) + storyPara("tunnel", 3) + `</div><div class="` + side + `"><div class="card">` +
		`<h4>Press office</h4><p>Our press office answers questions from journalists on weekdays between nine and five, ` +
		`and outside these hours through the duty telephone listed on the contact page of the association.</p>` +
		`<p>Harbour House, 7 Quay Street, second floor, room twelve, next to the ferry terminal and the old customs building.</p>` +
		`</div></div></div></main></body></html>`
}

func TestNarrowGridColumnLeftOut(t *testing.T) {
	for _, c := range [][2]string{
		{"small-12 large-8 columns", "small-12 large-4 columns"},
		{"col-xs-12 col-md-8", "col-xs-12 col-md-4"},
		{"grid_8", "grid_4"},
	} {
		text, _, err := extractText(t, gridPage(c[0], c[1]), Options{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(text, "bridge plan") || strings.Contains(text, "press office") {
			t.Errorf("%s beside %s: body is not the story alone:\n%s", c[1], c[0], text)
		}
	}
}

func TestEqualGridColumnsStay(t *testing.T) {
	// Two halves of one layout are no story and sidebar.
	text, _, err := extractText(t, gridPage("col-md-6", "col-md-6"), Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "press office") {
		t.Errorf("body lost the other half:\n%s", text)
	}
}

func TestGridWidths(t *testing.T) {
	for class, want := range map[string]string{
		"small-12 large-4 columns": "large=4 small=12",
		"col-md-8 col-sm-12":       "col-md=8 col-sm=12",
		"span4":                    "span=4",
		"grid_16 alpha":            "grid=16",
		"g-4 col-span-8 x-12":      "",
	} {
		n := firstInBody(t, `<div class="`+class+`"></div>`)
		var got []string
		for _, k := range []string{"col-md", "col-sm", "grid", "large", "small", "span"} {
			if w, ok := gridWidths(n)[k]; ok {
				got = append(got, k+"="+strconv.Itoa(w))
			}
		}
		if strings.Join(got, " ") != want {
			t.Errorf("gridWidths(%q) = %v, want %q", class, got, want)
		}
	}
}
