package ingest

import (
	"errors"
	"fmt"
	"strings"

	"entente"
)

// readText reads a plain-text article. It may open with front matter between
// two "---" lines, "key: value" a line, with the keys title, date, url,
// publisher, id and language (others are ignored). Without a title from front
// matter or the input, a first line that looks like a headline (at most 150
// bytes, not ending in a period or comma, followed by a blank line and more
// text) becomes the title and leaves the text.
func (r *run) readText(name string, data []byte) error {
	if i := firstInvalidUTF8(data); i >= 0 {
		r.problem(name, lineOf(data, i), fmt.Errorf("invalid UTF-8 at byte %d", i), true)
		return nil
	}
	s := cleanText(string(data))
	a := &entente.Article{Source: name}
	body, meta, err := frontMatter(s)
	if err != nil {
		r.problem(name, 1, err, true)
		return nil
	}
	for _, kv := range meta {
		switch kv.key {
		case "title":
			a.Title = kv.value
		case "url", "link":
			a.URL = kv.value
		case "publisher", "source":
			a.Publisher = kv.value
		case "id":
			a.ID = kv.value
		case "language", "lang":
			a.Language = kv.value
		case "date", "published":
			t, err := ParseDate(kv.value)
			if err != nil {
				r.problem(name, kv.line, fmt.Errorf("front matter date: %w", err), false)
				continue
			}
			a.Published, a.DateSource = t, DateFromFrontMatter
		}
	}
	body = strings.TrimSpace(body)
	if a.Title == "" {
		if title, rest, ok := headline(body); ok {
			a.Title, body = title, rest
		}
	}
	a.Text = body
	return r.article(a, name, 0)
}

type keyValue struct {
	key, value string
	line       int
}

// frontMatter splits "---\nkey: value\n---\n" from the head of s and
// returns the body and the pairs, each with its line.
func frontMatter(s string) (body string, meta []keyValue, err error) {
	if !strings.HasPrefix(s, "---\n") {
		return s, nil, nil
	}
	rest := s[4:]
	line := 2
	for {
		j := strings.IndexByte(rest, '\n')
		cur := rest
		if j >= 0 {
			cur = rest[:j]
		}
		t := strings.TrimSpace(cur)
		if t == "---" || t == "..." {
			if j < 0 {
				return "", meta, nil
			}
			return rest[j+1:], meta, nil
		}
		if j < 0 {
			return "", nil, errors.New("front matter is not closed by a \"---\" line")
		}
		if k, v, ok := strings.Cut(t, ":"); ok && t != "" && !strings.HasPrefix(t, "#") {
			v = strings.TrimSpace(v)
			if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
				v = v[1 : len(v)-1]
			}
			meta = append(meta, keyValue{strings.ToLower(strings.TrimSpace(k)), v, line})
		}
		rest = rest[j+1:]
		line++
	}
}

// FrontMatterLen returns the length in bytes of the "---" front matter at
// the head of s, closing line included, or 0 when s has none or it is not
// closed.
func FrontMatterLen(s string) int {
	body, _, err := frontMatter(s)
	if err != nil || len(body) == len(s) {
		return 0
	}
	return len(s) - len(body)
}

// headline splits a title-like first line from a text.
func headline(s string) (title, rest string, ok bool) {
	first, after, found := strings.Cut(s, "\n")
	if !found {
		return "", s, false
	}
	first = strings.TrimSpace(first)
	if first == "" || len(first) > 150 || strings.HasSuffix(first, ".") || strings.HasSuffix(first, ",") {
		return "", s, false
	}
	blank, after2, found := strings.Cut(after, "\n")
	if !found || strings.TrimSpace(blank) != "" || strings.TrimSpace(after2) == "" {
		return "", s, false
	}
	return first, strings.TrimSpace(after2), true
}

// lineOf returns the 1-based line of byte offset i in b.
func lineOf(b []byte, i int) int {
	n := 1
	for _, c := range b[:i] {
		if c == '\n' {
			n++
		}
	}
	return n
}
