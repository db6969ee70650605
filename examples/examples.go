// Package examples holds entente's own sample articles: fictional news
// stories written by the project (MIT licence), in the forms entente reads
// (plain text with front matter, an HTML page, an RSS feed, JSON lines). The
// demo command codes them; tests use them as realistic input.
package examples

import "embed"

// FS holds the sample articles.
//
//go:embed *.txt *.html *.rss *.jsonl
var FS embed.FS
