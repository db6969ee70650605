package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"entente"
)

// readFeed reads an RSS, Atom or RDF feed; each item becomes an article. The
// item's content (or, lacking it, its description) gives the text, HTML
// markup removed; the item's GUID gives the ID, its link the URL, its
// publication (or update) date the date, and the feed's title the publisher.
// A malformed feed is skipped as a whole; an item without text is skipped
// alone.
func (r *run) readFeed(name string, data []byte) error {
	feed, err := parseFeed(data)
	if err != nil {
		r.problem(name, 0, err, true)
		return nil
	}
	for i, it := range feed.Items {
		if it == nil {
			continue
		}
		source := name + "#" + strconv.Itoa(i+1)
		a := &entente.Article{
			ID:        strings.TrimSpace(it.GUID),
			Source:    source,
			Publisher: strings.TrimSpace(feed.Title),
			URL:       strings.TrimSpace(it.Link),
			Title:     strings.Join(strings.Fields(it.Title), " "),
			Language:  strings.TrimSpace(feed.Language),
		}
		switch {
		case it.PublishedParsed != nil:
			a.Published, a.DateSource = it.PublishedParsed.UTC(), DateFromInput
		case it.UpdatedParsed != nil:
			a.Published, a.DateSource = it.UpdatedParsed.UTC(), DateFromInput
		case it.Published != "":
			if t, err := ParseDate(it.Published); err == nil {
				a.Published, a.DateSource = t, DateFromInput
			} else {
				r.problem(name, 0, fmt.Errorf("item %d: %w", i+1, err), false)
			}
		}
		body := it.Content
		if strings.TrimSpace(body) == "" {
			body = it.Description
		}
		a.Text, a.Paragraphs = fragmentText(body)
		if a.Text == "" {
			r.problem(name, 0, fmt.Errorf("item %d: %w", i+1, errNoText), true)
			continue
		}
		if err := r.article(a, name, 0); err != nil {
			return err
		}
	}
	return nil
}

// parseFeed runs gofeed, turning a panic inside it into an error.
func parseFeed(data []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if p := recover(); p != nil {
			feed, err = nil, fmt.Errorf("malformed feed: parser failed: %v", p)
		}
	}()
	feed, err = gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("malformed feed: %w", err)
	}
	if feed == nil {
		return nil, errors.New("malformed feed")
	}
	return feed, nil
}

// fragmentText turns a feed item's body into text and paragraphs: markup is
// read as HTML blocks, with page furniture pruned and repeated paragraphs
// dropped as for a page; a body without markup is read as plain text.
func fragmentText(body string) (string, []entente.Span) {
	if !strings.Contains(body, "<") {
		text := cleanText(html.UnescapeString(body))
		if text == "" {
			return "", nil
		}
		return text, textParagraphs(text)
	}
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		return "", nil
	}
	prune(doc)
	return joinParagraphs(dedupe(blocks(doc)))
}
