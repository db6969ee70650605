package text

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"entente"
	"entente/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// render prints sentences and their tokens for a golden file: a line per
// sentence (index, paragraph, span, quoted text) and a line with its tokens
// separated by spaces, a token whose form differs from its text written
// form{text}.
func render(text string, ss []entente.Sentence) string {
	var b strings.Builder
	for _, s := range ss {
		fmt.Fprintf(&b, "s%d p%d [%d,%d) %q\n ", s.Index, s.Paragraph, s.Span.Start, s.Span.End, s.Span.Of(text))
		for _, t := range s.Tokens {
			b.WriteByte(' ')
			b.WriteString(t.Form)
			if raw := t.Span.Of(text); raw != t.Form {
				fmt.Fprintf(&b, "{%s}", raw)
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// TestGolden splits every testdata/*.txt file and compares the result with
// its .golden file; go test ./text -update rewrites them.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/*.txt files")
	}
	total := 0
	for _, in := range files {
		t.Run(filepath.Base(in), func(t *testing.T) {
			b, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			a := entente.Article{Text: string(b)}
			ss := Split(&a)
			total += len(ss)
			checkInvariants(t, a.Text, ss)
			got := render(a.Text, ss)
			goldenPath := strings.TrimSuffix(in, ".txt") + ".golden"
			golden.Check(t, goldenPath, got, *update)
		})
	}
	if total < 60 {
		t.Errorf("golden files hold %d sentences, want at least 60", total)
	}
}
