package pipeline

import (
	"context"
	"errors"
	"testing"
	"time"

	"entente"
	"entente/ingest"
	"entente/internal/sharedtest"
)

// reutersSample reads the first n articles of the Reuters corpus.
func reutersSample(b *testing.B, n int) []*entente.Article {
	b.Helper()
	path := sharedtest.Path(b, "corpus/reuters21578.jsonl.gz")
	var arts []*entente.Article
	errStop := context.Canceled
	_, err := ingest.Read(context.Background(), []string{path}, ingest.Options{}, func(a *entente.Article) error {
		if len(arts) == n {
			return errStop
		}
		arts = append(arts, a)
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		b.Fatal(err)
	}
	return arts
}

// BenchmarkChainReuters codes Reuters articles from raw text to events with
// context and relations, on the calling goroutine (run with GOMAXPROCS=1 for
// the per-core figure). It reports sentences/s as counted by entente's own
// splitter, and events/s.
func BenchmarkChainReuters(b *testing.B) {
	arts := reutersSample(b, 2000)
	chain, err := DefaultChain()
	if err != nil {
		b.Fatal(err)
	}
	var sents, events int
	b.ResetTimer()
	start := time.Now()
	for b.Loop() {
		for _, a := range arts {
			c, err := chain.Process(a)
			if err != nil {
				b.Fatal(err)
			}
			sents += c.Sentences
			events += len(c.Events)
		}
	}
	sec := time.Since(start).Seconds()
	b.ReportMetric(float64(sents)/sec, "sentences/s")
	b.ReportMetric(float64(events)/sec, "events/s")
	b.ReportMetric(0, "ns/op")
}
