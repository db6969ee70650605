package ingest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"

	"entente"
)

// FuzzHTML reads arbitrary bytes as an HTML page. It must never panic; an
// article it returns must have non-empty text, paragraphs in bounds,
// increasing and trimmed, and no text outside them; and the text of each
// paragraph must come from the page (no text is invented, none of the
// paragraph's words is lost between the page and the article).
func FuzzHTML(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/golden/*.html")
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("<p>a</p><p>a</p><p>b</p>"))
	f.Add([]byte("<html><body><h2>Related posts</h2><ul><li><a>x</a></li></ul><p>Body.</p>"))
	f.Add([]byte("<time datetime='2024-01-01'>x</time><p>caf\xe9</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var arts []*entente.Article
		st, err := ReadFrom(context.Background(), "fuzz.html", bytes.NewReader(data), Options{Format: FormatHTML},
			func(a *entente.Article) error { arts = append(arts, a); return nil })
		if err != nil {
			t.Fatal(err)
		}
		if len(arts)+st.Skipped != 1 {
			t.Fatalf("%d articles and %d skipped for one page", len(arts), st.Skipped)
		}
		if len(arts) == 0 {
			return
		}
		a := arts[0]
		checkArticle(t, a)
		var body strings.Builder
		for _, p := range a.Paragraphs {
			body.WriteString(p.Of(a.Text))
		}
		if !subsequence(nonSpace(body.String()), nonSpace(pageText(data))) {
			t.Fatalf("the article's text is not drawn from the page's text, in order:\n%q", a.Text)
		}
	})
}

// pageText returns the text of every text node of the page, in order,
// decoded as the reader decodes it.
func pageText(data []byte) string {
	doc, err := html.Parse(bytes.NewReader(decodeHTML(data)))
	if err != nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return strings.ToValidUTF8(b.String(), "\uFFFD")
}

func nonSpace(s string) []rune {
	var out []rune
	for _, r := range s {
		if !unicode.IsSpace(r) {
			out = append(out, r)
		}
	}
	return out
}

// subsequence reports whether a occurs in b in order, possibly with gaps.
func subsequence(a, b []rune) bool {
	j := 0
	for _, r := range a {
		for j < len(b) && b[j] != r {
			j++
		}
		if j == len(b) {
			return false
		}
		j++
	}
	return true
}

// FuzzJSONL reads arbitrary bytes as JSON lines. It must never panic; every
// non-blank line gives exactly one article or one reported problem, and every
// article meets the invariants.
func FuzzJSONL(f *testing.F) {
	if b, err := os.ReadFile("testdata/golden/corpus.jsonl"); err == nil {
		f.Add(b)
	}
	f.Add(jsonLines(3))
	f.Add([]byte("{\"text\":\"a\\r\\nb\"}\r\n\n{\"text\":1}\n{\"text\":\"\\u0000\"}"))
	f.Add([]byte("{\"text\":\"x\",\"date\":\"31-MAR-1987 605:12:19.12\"}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 0 && (data[0] == 0x1f || looksBinary(data)) {
			return // gzip and binary input are tested elsewhere
		}
		var arts []*entente.Article
		st, err := ReadFrom(context.Background(), "fuzz.jsonl", bytes.NewReader(data), Options{Format: FormatJSONL},
			func(a *entente.Article) error { checkArticle(t, a); arts = append(arts, a); return nil })
		if err != nil {
			t.Fatal(err)
		}
		if len(data) == 0 {
			if len(arts) != 0 || st.Skipped != 1 {
				t.Fatalf("empty input: %d articles, %d skipped; want it reported once", len(arts), st.Skipped)
			}
			return
		}
		lines := 0
		for _, l := range bytes.Split(data, []byte("\n")) {
			if len(bytes.TrimSpace(l)) > 0 {
				lines++
			}
		}
		if got := len(arts) + st.Skipped; got != lines {
			t.Fatalf("%d articles + %d skipped for %d non-blank lines", len(arts), st.Skipped, lines)
		}
		for _, e := range st.Errors {
			if e.Input != "fuzz.jsonl" || e.Line < 1 {
				t.Fatalf("problem %v does not name the input and line", e)
			}
		}
	})
}
