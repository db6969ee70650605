package when

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"entente"
	"entente/internal/golden"
	"entente/text"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden lists every expression found in testdata/*.txt (first line: the
// publication date) with its reading as a past event, and compares the listing
// with the .golden file beside it.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		head, body, _ := strings.Cut(string(b), "\n")
		p, err := time.Parse("2006-01-02", head)
		if err != nil {
			t.Fatalf("%s:1: %v", f, err)
		}
		a := &entente.Article{Text: body, Published: p}
		sents := text.Split(a)
		ix := Resolver{}.Index(a, sents)
		var out strings.Builder
		for si := range sents {
			for _, e := range ix.Exprs(si) {
				w, ok := ix.Date(&e)
				if !ok {
					fmt.Fprintf(&out, "%d\t%q\tunresolved\n", si, e.Phrase)
					continue
				}
				fmt.Fprintf(&out, "%d\t%q\t%s\t%s\tfronted=%v attributive=%v historical=%v\n", si, e.Phrase,
					w.Date.Format("2006-01-02"), w.Precision, e.Fronted, e.Attributive, w.Historical)
			}
		}
		goldenPath := strings.TrimSuffix(f, ".txt") + ".golden"
		golden.Check(t, goldenPath, out.String(), *update)
	}
}

// FuzzResolve checks that any text resolves without panicking, that every
// phrase is the text its span covers, and that spans lie inside the text.
func FuzzResolve(f *testing.F) {
	f.Add("In 2016, the army left. Four years later it came back on May 1.")
	f.Add("At the end of that year, the following week; last Tuesday 2019-13-45 '90s mid-")
	f.Fuzz(func(t *testing.T, s string) {
		a := &entente.Article{Text: s, Published: pub}
		sents := text.Split(a)
		ix := Resolver{}.Index(a, sents)
		for si := range sents {
			for _, e := range ix.Exprs(si) {
				if !e.Span.Valid(len(s)) || e.Span.Of(s) != e.Phrase || e.Tokens[0] >= e.Tokens[1] {
					t.Fatalf("bad expression %+v", e)
				}
			}
			for ti := range sents[si].Tokens {
				w := ix.Resolve(si, ti, nil)
				if w.Span != nil && !w.Span.Valid(len(s)) {
					t.Fatalf("span out of bounds: %+v", w)
				}
				if w.FromStoryDate != (w.Phrase == "") {
					t.Fatalf("story date and phrase disagree: %+v", w)
				}
			}
		}
	})
}
