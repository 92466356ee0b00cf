// Command extract prints the article of a news page.
//
//	extract [-format json|markdown|text|html] [-url address] [-timeout 20s] [page]
//
// page is a file path, "-" for standard input, or an http(s) URL. Without
// it, extract reads a sample page built into the binary. -url gives the
// address a saved page was fetched from, so that its relative links become
// absolute. Flags may come before or after page. Errors go to standard
// error and end the program with status 1 (2 for a bad command line); on
// a page that holds no article, -format json still prints the metadata the
// page gives.
package main

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/newsextract/newsextract"
)

//go:embed sample.html
var sample []byte

// sampleURL is where the embedded sample claims to live.
const sampleURL = "https://www.example-news.test/world/2026/11/harbour-pilots-strike"

func main() {
	format := flag.String("format", "json", "output: json, markdown, text or html")
	timeout := flag.Duration("timeout", 20*time.Second, "time limit for fetching and extracting")
	pageURL := flag.String("url", "", "the address a file or standard input was fetched from")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: extract [flags] [file | - | http(s)://url] [flags]\n")
		flag.PrintDefaults()
	}
	arg := parseArgs()
	if !knownFormats[*format] {
		fmt.Fprintf(os.Stderr, "extract: unknown -format %q: want json, markdown, text or html\n", *format)
		os.Exit(2)
	}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	a, err := run(ctx, arg, *pageURL)
	if a != nil && (err == nil || *format == "json") {
		// With ErrNotArticle the page's own metadata still comes back;
		// JSON shows it, the body renderings would be empty.
		if werr := write(os.Stdout, a, *format); err == nil {
			err = werr
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "extract:", err)
		os.Exit(1)
	}
}

// knownFormats are the values -format takes.
var knownFormats = map[string]bool{"json": true, "markdown": true, "md": true, "text": true, "txt": true, "html": true}

// parseArgs parses the flags, before and after the one page argument, and
// returns that argument ("" for none).
func parseArgs() string {
	flag.Parse()
	arg := flag.Arg(0)
	if flag.NArg() > 1 {
		// The flag package stops at the first argument; flags after it
		// are parsed in a second pass.
		if err := flag.CommandLine.Parse(flag.Args()[1:]); err != nil || flag.NArg() > 0 {
			flag.Usage()
			os.Exit(2)
		}
	}
	return arg
}

// run extracts the article from the page named by arg; pageURL is where a
// file or standard input came from.
func run(ctx context.Context, arg, pageURL string) (*newsextract.Article, error) {
	var ex newsextract.Extractor
	switch {
	case arg == "":
		return ex.Extract(ctx, bytes.NewReader(sample), sampleURL)
	case arg == "-":
		return ex.Extract(ctx, os.Stdin, pageURL)
	case strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://"):
		return fetch(ctx, &ex, arg)
	default:
		f, err := os.Open(arg)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return ex.Extract(ctx, f, pageURL)
	}
}

// fetch downloads the page and extracts it, with the charset from the
// response header and the URL after redirects.
func fetch(ctx context.Context, ex *newsextract.Extractor, pageURL string) (*newsextract.Article, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, pageURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "newsextract-example/1 (+https://github.com/newsextract/newsextract)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s", pageURL, resp.Status)
	}
	return ex.ExtractHTTP(ctx, resp)
}

func write(w io.Writer, a *newsextract.Article, format string) error {
	var out string
	switch format {
	case "json":
		js, err := json.MarshalIndent(a, "", "  ")
		if err != nil {
			return err
		}
		out = string(js) + "\n"
	case "markdown", "md":
		out = a.Markdown()
	case "text", "txt":
		out = a.Text() + "\n"
	case "html":
		out = a.HTML()
	default:
		return errors.New("unknown -format " + format + ": want json, markdown, text or html")
	}
	_, err := io.WriteString(w, out)
	return err
}
