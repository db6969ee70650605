package sharedtest

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"entente"
)

// Reuters returns up to n articles (all when n <= 0) of the shared Reuters
// corpus (corpus/reuters21578.jsonl.gz): ID, text and the publication day,
// read straight from the JSON lines so that benchmarks of later stages need
// not go through package ingest. It skips (fails under CI) when the corpus
// is absent.
func Reuters(tb testing.TB, n int) []*entente.Article {
	tb.Helper()
	f, err := os.Open(Path(tb, "corpus/reuters21578.jsonl.gz"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var arts []*entente.Article
	for sc.Scan() && (n <= 0 || len(arts) < n) {
		var rec struct{ ID, Date, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil || rec.Text == "" {
			continue
		}
		// "26-FEB-1987 15:01:01.79": the day is enough here
		day, _ := time.Parse("2-Jan-2006", strings.Fields(rec.Date + " ")[0])
		arts = append(arts, &entente.Article{ID: rec.ID, Source: "reuters", Text: rec.Text, Published: day})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return arts
}
