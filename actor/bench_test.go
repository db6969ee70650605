package actor

import (
	"runtime"
	"syscall"
	"testing"
	"time"

	"entente"
	"entente/internal/sharedtest"
	"entente/text"
)

// BenchmarkLoadDefault measures loading every default dictionary until the
// matcher is ready (target: under 1 s and under 150 MB); it reports the
// live heap after loading as MB-heap.
func BenchmarkLoadDefault(b *testing.B) {
	files, err := DefaultFiles()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	var m *Matcher
	cpu0 := cpuTime()
	for b.Loop() {
		if m, err = Load(Options{Strict: true}, files...); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapAlloc)/1e6, "MB-heap")
	runtime.KeepAlive(m)
}

// reutersSentences reads the first n articles of the Reuters corpus and
// splits them.
func reutersSentences(b *testing.B, n int) ([]*entente.Article, [][]entente.Sentence, int) {
	arts := sharedtest.Reuters(b, n)
	sents := make([][]entente.Sentence, len(arts))
	tokens := 0
	for i, a := range arts {
		a.Published = time.Time{} // matched at the story date the benchmark gives
		sents[i] = text.Split(a)
		for _, s := range sents[i] {
			tokens += len(s.Tokens)
		}
	}
	return arts, sents, tokens
}

// BenchmarkMatch measures matching (with coreference) on Reuters newswires
// already split into tokens (target: at least 1,000,000 tokens/s on one
// core).
func BenchmarkMatch(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	arts, sents, tokens := reutersSentences(b, 2000)
	date := time.Date(1987, 3, 1, 0, 0, 0, 0, time.UTC)
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		for i, a := range arts {
			m.Match(a, sents[i], date)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(tokens)*float64(b.N)/(cpuTime()-cpu0).Seconds(), "tokens/cpu-s")
}

// cpuTime is the CPU time (user and system) the process has used, which
// on a shared machine measures the work better than the wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
