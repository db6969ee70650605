package ingest

import (
	"context"
	"os"
	"strings"
	"testing"

	"entente"
	"entente/internal/sharedtest"
)

// TestReuters reads the whole Reuters-21578 corpus with default settings:
// every record becomes an article with a date, non-empty text that starts
// with its dateline, and well-formed paragraphs.
func TestReuters(t *testing.T) {
	path := sharedtest.Path(t, "corpus/reuters21578.jsonl.gz")
	var n, signOff, multi int
	st, err := Read(context.Background(), []string{path}, Options{}, func(a *entente.Article) error {
		n++
		if a.Published.IsZero() || a.DateSource != DateFromInput {
			t.Errorf("%s: no date", a.Source)
		}
		if a.Published.Year() != 1987 {
			t.Errorf("%s: date %v outside 1987", a.Source, a.Published)
		}
		if strings.TrimSpace(a.Text) == "" {
			t.Errorf("%s: empty text", a.Source)
		}
		if strings.HasSuffix(a.Text, "REUTER") {
			t.Errorf("%s: sign-off left in the text", a.Source)
		}
		if a.Publisher == "Reuters" {
			signOff++
		}
		if len(a.Paragraphs) > 1 {
			multi++
		}
		if err := checkParagraphs(a.Text, a.Paragraphs); err != nil {
			t.Errorf("%s: %v", a.Source, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != 19043 || st.Articles != n || st.Skipped != 0 || st.Warnings != 0 {
		t.Errorf("read %d articles, stats %+v; want 19043 and no problems", n, st)
	}
	// Most stories have several indented paragraphs; a reader that missed
	// the indentation convention would find one paragraph a story.
	if multi < n/2 {
		t.Errorf("only %d of %d stories have more than one paragraph", multi, n)
	}
	t.Logf("%d articles, %d with a REUTER sign-off removed, %d with several paragraphs", n, signOff, multi)
}

// BenchmarkReuters reads the Reuters corpus (gzip JSON lines) and reports
// articles and uncompressed megabytes per second.
func BenchmarkReuters(b *testing.B) {
	path := sharedtest.Path(b, "corpus/reuters21578.jsonl.gz")
	var articles, textBytes int
	b.ResetTimer()
	for b.Loop() {
		_, err := Read(context.Background(), []string{path}, Options{}, func(a *entente.Article) error {
			articles++
			textBytes += len(a.Text)
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(articles)/sec, "articles/s")
	b.ReportMetric(float64(textBytes)/1e6/sec, "textMB/s")
	if fi, err := os.Stat(path); err == nil {
		b.ReportMetric(float64(fi.Size())*float64(b.N)/1e6/sec, "gzMB/s")
	}
}

// TestExamples reads the project's sample articles: each is a dated story of
// 200 to 500 words that opens with a dateline.
func TestExamples(t *testing.T) {
	arts, st := readPaths(t, []string{"../examples"}, Options{})
	if st.Skipped != 0 || st.Warnings != 0 {
		t.Fatalf("problems reading the examples: %v", st.Errors)
	}
	if len(arts) < 6 || len(arts) > 8 {
		t.Errorf("%d sample articles, want 6 to 8", len(arts))
	}
	formats := map[string]bool{}
	for _, a := range arts {
		formats[strings.TrimLeft(a.Source[strings.LastIndexByte(a.Source, '.'):], ".")[:3]] = true
		if a.Published.IsZero() || a.Title == "" || a.Publisher == "" {
			t.Errorf("%s: missing date, title or publisher", a.Source)
		}
		if y := a.Published.Year(); y < 2024 || y > 2026 {
			t.Errorf("%s: dated %d, want 2024-2026", a.Source, y)
		}
		if w := len(strings.Fields(a.Text)); w < 200 || w > 500 {
			t.Errorf("%s: %d words, want 200-500", a.Source, w)
		}
		if !strings.Contains(a.Text[:min(len(a.Text), 80)], "(Entente Wire) -") {
			t.Errorf("%s: no dateline at the head: %q", a.Source, a.Text[:min(len(a.Text), 80)])
		}
	}
	for _, f := range []string{"txt", "htm", "rss", "jso"} {
		if !formats[f] {
			t.Errorf("no sample in form %s (have %v)", f, formats)
		}
	}
}
