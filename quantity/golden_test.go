package quantity

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"entente"
	"entente/internal/golden"
	"entente/text"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden lists the quantities of every line of testdata/amounts.txt (one
// sentence a line, written for this test) and compares the listing with
// testdata/amounts.golden.
func TestGolden(t *testing.T) {
	b, err := os.ReadFile("testdata/amounts.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	for n, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		a := &entente.Article{Text: line}
		fmt.Fprintf(&out, "%d %s\n", n+1, line)
		for _, s := range text.Split(a) {
			for _, q := range Find(&s, a.Text) {
				if !q.Span.Valid(len(line)) {
					t.Fatalf("line %d: bad span %+v", n+1, q)
				}
				fmt.Fprintf(&out, "\t%s %s low=%g best=%g high=%g", q.Kind, q.Unit, q.Low, q.Best, q.High)
				if q.Rate != "" {
					fmt.Fprintf(&out, " per=%s", q.Rate)
				}
				fmt.Fprintf(&out, " %q [%d,%d)\n", q.Span.Of(line), q.Span.Start, q.Span.End)
			}
		}
	}
	golden.Check(t, "testdata/amounts.golden", out.String(), *update)
}
