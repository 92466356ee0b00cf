package newsextract_test

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/net/html"

	"github.com/newsextract/newsextract"
)

// examplePage is a small news page with the usual clutter around its story.
const examplePage = `<!DOCTYPE html>
<html lang="en-GB"><head>
<title>Council approves harbour budget | The Example Courier</title>
<meta property="og:site_name" content="The Example Courier">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Council approves harbour budget","datePublished":"2026-11-24T07:15:00+01:00",
"author":[{"@type":"Person","name":"Maren Holt"},{"@type":"Person","name":"Idris Okafor"}]}</script>
</head><body>
<nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Council approves harbour budget</h1>
<p class="byline">By Maren Holt and Idris Okafor</p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share by email</a></div>
<p>The city council approved next year's harbour budget on Monday evening, after a debate that ran past midnight.</p>
<p>Most of the money will go to dredging the approach channel, which has silted up since the spring storms.</p>
<aside class="newsletter">Get our morning briefing. <a href="/signup">Sign up</a></aside>
<p>Work is due to start in February and should take about six weeks, the harbour master said.</p>
</article>
<footer>© 2026 The Example Courier</footer>
</body></html>`

func Example() {
	a, err := newsextract.Extract(context.Background(), strings.NewReader(examplePage),
		"https://news.example.test/2026/11/harbour-budget")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Println(a.Authors)
	fmt.Println(a.Published)
	fmt.Println(a.SiteName, a.Language)
	fmt.Println()
	fmt.Println(a.Text())
	// Output:
	// Council approves harbour budget
	// [Maren Holt Idris Okafor]
	// 2026-11-24 07:15:00 +0100 +0100
	// The Example Courier en-GB
	//
	// The city council approved next year's harbour budget on Monday evening, after a debate that ran past midnight.
	//
	// Most of the money will go to dredging the approach channel, which has silted up since the spring storms.
	//
	// Work is due to start in February and should take about six weeks, the harbour master said.
}

func ExampleExtractor_ExtractNode() {
	doc, err := html.Parse(strings.NewReader(examplePage))
	if err != nil {
		fmt.Println(err)
		return
	}
	var ex newsextract.Extractor // the zero value is ready; share it between goroutines
	a, err := ex.ExtractNode(context.Background(), doc, "https://news.example.test/2026/11/harbour-budget")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Markdown())
	// Output:
	// The city council approved next year's harbour budget on Monday evening, after a debate that ran past midnight.
	//
	// Most of the money will go to dredging the approach channel, which has silted up since the spring storms.
	//
	// Work is due to start in February and should take about six weeks, the harbour master said.
}

func ExampleErrNotArticle() {
	home := `<html><head><meta property="og:type" content="website"><title>The Example Courier</title></head><body>
<nav><a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h2><a href="/a">Ferry timetable cut for winter</a></h2></article>
<article><h2><a href="/b">New lighthouse keeper appointed</a></h2></article>
<article><h2><a href="/c">Harbour pilots walk out</a></h2></article>
</body></html>`
	a, err := newsextract.Extract(context.Background(), strings.NewReader(home), "https://news.example.test/")
	fmt.Println(errors.Is(err, newsextract.ErrNotArticle))
	// The page's metadata still comes back, with an empty body.
	fmt.Printf("%q, %d blocks\n", a.Title, len(a.Body))
	// Output:
	// true
	// "The Example Courier", 0 blocks
}

// A page that gives only the day of publication: Published reads midnight
// and PublishedDayOnly says the clock is not the page's.
func ExampleArticle_PublishedDayOnly() {
	page := `<html><head><title>Ferry timetable changes for the winter</title></head><body><article>
<h1>Ferry timetable changes for the winter</h1>
<p class="date">3 November 2025</p>
<p>The winter timetable starts on the first Monday of November, with two fewer crossings on weekdays and none after nine in the evening.</p>
<p>The summer timetable returns at Easter, when the late crossings on Fridays and Saturdays resume.</p>
</article></body></html>`
	a, err := newsextract.Extract(context.Background(), strings.NewReader(page), "https://news.example.test/ferry-timetable")
	if err != nil {
		fmt.Println(err)
		return
	}
	if a.PublishedDayOnly {
		fmt.Println("published on", a.Published.Format("2 January 2006"))
	} else {
		fmt.Println("published at", a.Published.Format("2 January 2006 15:04 MST"))
	}
	// Output:
	// published on 3 November 2025
}
