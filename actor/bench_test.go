package actor

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
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
	path := sharedtest.Path(b, "corpus/reuters21578.jsonl.gz")
	f, err := os.Open(filepath.Clean(path))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var arts []*entente.Article
	var sents [][]entente.Sentence
	tokens := 0
	for sc.Scan() && len(arts) < n {
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			continue
		}
		a := &entente.Article{Text: rec.Text}
		ss := text.Split(a)
		for _, s := range ss {
			tokens += len(s.Tokens)
		}
		arts = append(arts, a)
		sents = append(sents, ss)
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
