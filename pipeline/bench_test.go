package pipeline

import (
	"context"
	"errors"
	"runtime"
	"testing"
	"time"

	"entente"
	"entente/ingest"
	"entente/internal/sharedtest"
	"entente/text"
)

// reutersSample reads the first n articles of the Reuters corpus.
func reutersSample(b testing.TB, n int) []*entente.Article {
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
// splitter (per second of wall clock and of CPU time), and events/s.
func BenchmarkChainReuters(b *testing.B) {
	arts, chain := chainBench(b)
	var sents, events int
	b.ResetTimer()
	start, cpu0 := time.Now(), cpuTime()
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
	reportRates(b, start, cpu0, sents, events)
}

// reportRates reports sentences and events per second of wall clock and
// sentences per second of CPU time since start and cpu0: on a shared machine
// the CPU time measures the chain's own work apart from waiting for a core
// (GC included; with GOMAXPROCS=1 nothing else runs in parallel).
func reportRates(b *testing.B, start time.Time, cpu0 time.Duration, sents, events int) {
	sec, cpu := time.Since(start).Seconds(), (cpuTime() - cpu0).Seconds()
	b.ReportMetric(float64(sents)/sec, "sentences/s")
	if cpu > 0 {
		b.ReportMetric(float64(sents)/cpu, "sentences/cpu-s")
	}
	b.ReportMetric(float64(events)/sec, "events/s")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkChainReutersNoContext is BenchmarkChainReuters with the event
// context left out: it splits, matches actors and codes as Chain does, but
// neither dates, qualifies, measures and places the events (addContext) nor
// extracts relations. The gap between the two is what context costs.
func BenchmarkChainReutersNoContext(b *testing.B) {
	arts, chain := chainBench(b)
	var sents, events int
	b.ResetTimer()
	start, cpu0 := time.Now(), cpuTime()
	for b.Loop() {
		for _, a := range arts {
			ss := text.Split(a)
			_, evs := chain.code(a, ss)
			sents += len(ss)
			events += len(evs)
		}
	}
	reportRates(b, start, cpu0, sents, events)
}

// BenchmarkContextShare measures the share of the chain's time that event
// context takes, with both parts timed article by article in the same loop so
// that the load of a shared machine falls on both alike: "coding" is
// splitting, actor matching and coding, "context" is the date index,
// addContext (dates, modality, amounts, places) and relation extraction. It
// reports context-% (context over the whole) and the context's cost per
// event.
func BenchmarkContextShare(b *testing.B) {
	arts, chain := chainBench(b)
	var coding, ctx time.Duration
	var events int
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			t0 := time.Now()
			ss := text.Split(a)
			mentions, evs := chain.code(a, ss)
			t1 := time.Now()
			_, _ = chain.context(a, ss, mentions, evs)
			t2 := time.Now()
			coding += t1.Sub(t0)
			ctx += t2.Sub(t1)
			events += len(evs)
		}
	}
	b.ReportMetric(100*ctx.Seconds()/(ctx+coding).Seconds(), "context-%")
	if events > 0 {
		b.ReportMetric(float64(ctx.Nanoseconds())/float64(events), "context-ns/event")
	}
	b.ReportMetric(0, "ns/op")
}

// BenchmarkContextCost runs the Reuters sample through the whole chain and
// through the chain without context (as BenchmarkChainReutersNoContext) in
// alternate passes, and compares the CPU time of the process over each pass
// (user plus system, from getrusage), which the load of other processes
// disturbs far less than wall time. A collection between passes keeps the
// garbage of one pass from being collected at the other's expense; the
// context's own collections stay in its pass. It reports context-cost-% =
// 100 × (1 − CPU without context / CPU with context), the share of the
// coder's throughput that context costs.
func BenchmarkContextCost(b *testing.B) {
	arts, chain := chainBench(b)
	var with, without time.Duration
	b.ResetTimer()
	for b.Loop() {
		runtime.GC()
		c0 := cpuTime()
		for _, a := range arts {
			if _, err := chain.Process(a); err != nil {
				b.Fatal(err)
			}
		}
		runtime.GC()
		c1 := cpuTime()
		for _, a := range arts {
			_, _ = chain.code(a, text.Split(a))
		}
		runtime.GC()
		c2 := cpuTime()
		with += c1 - c0
		without += c2 - c1
	}
	if with > 0 { // cpuTime is measured on this system
		b.ReportMetric(100*(1-without.Seconds()/with.Seconds()), "context-cost-%")
		b.ReportMetric(with.Seconds()/float64(b.N), "cpu-s/pass-with")
		b.ReportMetric(without.Seconds()/float64(b.N), "cpu-s/pass-without")
	}
	b.ReportMetric(0, "ns/op")
}

// chainBench returns the Reuters sample the chain benchmarks code (the
// first 2,000 articles) and the default chain.
func chainBench(b *testing.B) ([]*entente.Article, *Chain) {
	b.Helper()
	arts := reutersSample(b, 2000)
	chain, err := DefaultChain()
	if err != nil {
		b.Fatal(err)
	}
	return arts, chain
}
