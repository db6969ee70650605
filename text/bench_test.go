package text

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"runtime"
	"testing"
	"time"

	"entente"
	"entente/internal/sharedtest"
)

// reutersRecord is the part of a corpus record the benchmarks read.
type reutersRecord struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// eachReuters reads the gzipped JSONL corpus at path and calls fn with every
// record that has a text. Bad lines are reported and skipped.
func eachReuters(tb testing.TB, path string, fn func(a *entente.Article)) {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		var r reutersRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			tb.Logf("%s:%d: %v (skipped)", path, line, err)
			continue
		}
		if r.Text == "" {
			continue
		}
		fn(&entente.Article{ID: r.ID, Source: path, Text: r.Text})
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s:%d: %v", path, line, err)
	}
}

// BenchmarkReuters reads the Reuters-21578 corpus (gzipped JSONL) and splits
// every article into sentences and tokens: the throughput of reading,
// splitting and tokenizing together, with the peak heap in use.
func BenchmarkReuters(b *testing.B) {
	path := sharedtest.Path(b, "corpus/reuters21578.jsonl.gz")
	var articles, sents, toks, bytes int
	var peak uint64
	var ms runtime.MemStats
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		n := 0
		eachReuters(b, path, func(a *entente.Article) {
			ss := Split(a)
			articles++
			sents += len(ss)
			for j := range ss {
				toks += len(ss[j].Tokens)
			}
			bytes += len(a.Text)
			n++
			if n%2000 == 0 {
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapInuse)
			}
		})
	}
	runtime.ReadMemStats(&ms)
	peak = max(peak, ms.HeapInuse)
	sec := b.Elapsed().Seconds()
	reportCPU(b, cpuTime()-cpu0, toks)
	b.ReportMetric(float64(articles)/sec, "articles/s")
	b.ReportMetric(float64(sents)/sec, "sentences/s")
	b.ReportMetric(float64(toks)/sec, "tokens/s")
	b.ReportMetric(float64(bytes)/sec/1e6, "MB/s")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
}

// BenchmarkSplit splits the Reuters articles already in memory: the cost of
// splitting and tokenizing alone.
func BenchmarkSplit(b *testing.B) {
	path := sharedtest.Path(b, "corpus/reuters21578.jsonl.gz")
	var arts []*entente.Article
	eachReuters(b, path, func(a *entente.Article) { arts = append(arts, a) })
	var toks, bytes int
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			for _, s := range Split(a) {
				toks += len(s.Tokens)
			}
			bytes += len(a.Text)
		}
	}
	sec := b.Elapsed().Seconds()
	reportCPU(b, cpuTime()-cpu0, toks)
	b.ReportMetric(float64(toks)/sec, "tokens/s")
	b.ReportMetric(float64(bytes)/sec/1e6, "MB/s")
}

// reportCPU reports tokens per CPU second (all threads of the process,
// garbage collection included): on a machine shared with other work, wall
// time understates what one core does.
func reportCPU(b *testing.B, cpu time.Duration, toks int) {
	if cpu > 0 {
		b.ReportMetric(float64(toks)/cpu.Seconds(), "tokens/cpu-s")
	}
}
