package web

import (
	"context"
	"fmt"
	"io"
	"math/rand"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"entente"
	"entente/cameo"
	"entente/sqlite"
)

// The load benchmark builds (once, cached under os.TempDir()) a store of
// ENTENTE_LOAD_EVENTS events (default 100000; the target is 1000000) and
// sends API queries from 50 concurrent clients over loopback, b.N requests in
// all, reporting the latency percentiles. Run it with, for example:
//
//	ENTENTE_LOAD_EVENTS=1000000 go test ./web -run '^$' -bench APILoad -benchtime 20000x -timeout 60m
//
// The run is also bounded in time: clients stop sending after
// ENTENTE_LOAD_SECONDS (default 120). The server's rate limit is off: the
// benchmark measures the queries. ENTENTE_LOAD_CPUPROFILE names a file to
// write a CPU profile of the timed requests to (go test's -cpuprofile also
// covers building and warming the store).

var (
	loadCountries = []string{"USA", "RUS", "CHN", "PAK", "AFG", "IND", "IRN", "ISR", "UKR", "GBR", "FRA", "DEU", "TUR", "SYR", "IRQ", "EGY", "SAU", "JPN", "KOR", "PRK"}
	loadRoles     = []string{"", "GOV", "MIL", "REB", "OPP"}
	loadCodes     = []string{"010", "020", "036", "042", "043", "051", "057", "061", "071", "111", "112", "120", "130", "141", "173", "190", "193", "195"}
)

const loadPerArticle = 10

// loadStorePath returns the path of a store of n events, building it when
// it is not there yet.
func loadStorePath(b *testing.B, n int) string {
	b.Helper()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("entente-web-load-%d.db", n))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	tmp := path + ".building"
	for _, p := range []string{tmp, tmp + "-wal", tmp + "-shm"} {
		os.Remove(p)
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, tmp, sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	r := rand.New(rand.NewSource(1))
	day0 := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	articles := n / loadPerArticle
	const batch = 1000
	for i := 0; i < articles; i += batch {
		var bt []entente.CodedArticle
		for j := i; j < articles && j < i+batch; j++ {
			bt = append(bt, loadArticle(r, j, day0))
		}
		if _, err := st.PutArticles(ctx, bt); err != nil {
			b.Fatal(err)
		}
	}
	if err := st.Close(); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	os.Remove(tmp + "-wal")
	os.Remove(tmp + "-shm")
	b.Logf("built a store of %d events in %s: %s", n, time.Since(start).Round(time.Second), path)
	return path
}

func loadArticle(r *rand.Rand, i int, day0 time.Time) entente.CodedArticle {
	id := "load-" + strconv.Itoa(i)
	pub := day0.AddDate(0, 0, r.Intn(3650))
	text := "load article " + strconv.Itoa(i)
	c := entente.CodedArticle{
		Article:     entente.Article{ID: id, Publisher: "P" + strconv.Itoa(i%17), Published: pub, Text: text, Title: "Load " + strconv.Itoa(i)},
		DictVersion: "load",
	}
	for k := 0; k < loadPerArticle; k++ {
		src := loadCountries[r.Intn(len(loadCountries))] + loadRoles[r.Intn(len(loadRoles))]
		tgt := loadCountries[r.Intn(len(loadCountries))] + loadRoles[r.Intn(len(loadRoles))]
		code := loadCodes[r.Intn(len(loadCodes))]
		e := entente.Event{ID: id + "-" + strconv.Itoa(k), ArticleID: id, Sentence: k, SentenceText: text,
			Source: src, Target: tgt, Code: code, Root: code[:2], Modality: entente.Asserted, Confidence: 0.5,
			SourceSpan: entente.Span{Start: 0, End: 4}, VerbSpan: entente.Span{Start: 5, End: 12}, TargetSpan: entente.Span{Start: 13, End: len(text)},
			When: entente.When{Date: pub.AddDate(0, 0, -r.Intn(3)), Precision: entente.PrecisionDay}}
		if ec, ok := cameo.Lookup(code); ok {
			e.Goldstein, e.QuadClass = ec.Goldstein, ec.QuadClass()
		}
		c.Events = append(c.Events, e)
	}
	return c
}

// loadSetup is the store and server of the load benchmark, made once per
// process: the testing package calls a benchmark more than once.
var loadSetup struct {
	sync.Mutex
	n  int
	ts *httptest.Server
}

// loadServer returns a warmed-up server over a store of n events.
func loadServer(b *testing.B, n int) *httptest.Server {
	loadSetup.Lock()
	defer loadSetup.Unlock()
	if loadSetup.ts != nil && loadSetup.n == n {
		return loadSetup.ts
	}
	path := loadStorePath(b, n)
	// Read-write, so that a store built by an older schema is migrated.
	st, err := sqlite.Open(context.Background(), path, sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	s, err := New(Config{Store: st, RatePerSecond: -1})
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Now()
	if err := s.Warm(context.Background()); err != nil {
		b.Fatal(err)
	}
	b.Logf("warm-up (dyad activity and period totals) took %s", time.Since(t0).Round(time.Millisecond))
	loadSetup.n, loadSetup.ts = n, httptest.NewServer(s)
	return loadSetup.ts
}

func BenchmarkAPILoad(b *testing.B) {
	n := 100000
	if v := os.Getenv("ENTENTE_LOAD_EVENTS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < loadPerArticle {
			b.Fatalf("ENTENTE_LOAD_EVENTS=%q: want a number of events", v)
		}
	}
	limit := 120 * time.Second
	if v := os.Getenv("ENTENTE_LOAD_SECONDS"); v != "" {
		sec, err := strconv.Atoi(v)
		if err != nil || sec <= 0 {
			b.Fatalf("ENTENTE_LOAD_SECONDS=%q: want a number of seconds", v)
		}
		limit = time.Duration(sec) * time.Second
	}
	ts := loadServer(b, n)
	tr := &http.Transport{MaxIdleConns: 100, MaxIdleConnsPerHost: 100}
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}

	// The query mix: filtered event pages, actor lists and dyad series.
	queries := []func(r *rand.Rand) string{
		func(r *rand.Rand) string {
			a, c := loadPair(r)
			return "/api/events?dyad=" + a + "," + c + "&limit=50"
		},
		func(r *rand.Rand) string {
			y := 2015 + r.Intn(10)
			return fmt.Sprintf("/api/events?actor=%s&from=%d-%02d&to=%d-%02d&limit=50", loadCountries[r.Intn(len(loadCountries))], y, 1+r.Intn(12), y, 12)
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("/api/events?code=%s&quad=%d&limit=50&offset=%d", loadCodes[r.Intn(len(loadCodes))][:2], 0, 50*r.Intn(20))
		},
		func(r *rand.Rand) string { return "/api/actors?limit=50" },
		func(r *rand.Rand) string { return "/api/dyads?limit=20" },
		func(r *rand.Rand) string {
			a, c := loadPair(r)
			return "/api/dyads/" + a + "/" + c + "/series?unit=year"
		},
	}
	const clients = 50
	lat := make([][]time.Duration, len(queries))
	var mu sync.Mutex
	var next, failed atomic.Int64
	stopProfile := startLoadProfile(b)
	b.ResetTimer()
	start, cpu0 := time.Now(), processCPU()
	deadline := start.Add(limit)
	var wg sync.WaitGroup
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(seed int64) {
			defer wg.Done()
			r := rand.New(rand.NewSource(seed))
			local := make([][]time.Duration, len(queries))
			for next.Add(1) <= int64(b.N) && time.Now().Before(deadline) {
				k := r.Intn(len(queries))
				t0 := time.Now()
				resp, err := client.Get(ts.URL + queries[k](r))
				if err != nil {
					failed.Add(1)
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					failed.Add(1)
				}
				local[k] = append(local[k], time.Since(t0))
			}
			mu.Lock()
			for k := range local {
				lat[k] = append(lat[k], local[k]...)
			}
			mu.Unlock()
		}(int64(c))
	}
	wg.Wait()
	elapsed, cpu := time.Since(start), processCPU()-cpu0
	b.StopTimer()
	stopProfile()
	if f := failed.Load(); f > 0 {
		b.Errorf("%d requests failed", f)
	}
	var all []time.Duration
	for k, l := range lat {
		all = append(all, l...)
		if len(l) > 0 {
			b.Logf("query %d: %d requests, p50 %s, p99 %s, max %s", k, len(l), pct(l, 0.5), pct(l, 0.99), pct(l, 1))
		}
	}
	b.ReportMetric(float64(pct(all, 0.5).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(pct(all, 0.99).Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(len(all))/elapsed.Seconds(), "req/s")
	// On a shared machine latency depends on the other processes; the CPU
	// time spent per request (server and clients, both in this process)
	// does not.
	if len(all) > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/float64(len(all)), "cpu-µs/req")
	}
	b.Logf("%d events, %d clients, %d requests in %s: p50 %s, p99 %s", n, clients, len(all), elapsed.Round(time.Millisecond), pct(all, 0.5), pct(all, 0.99))
}

// startLoadProfile starts a CPU profile into the file named by
// ENTENTE_LOAD_CPUPROFILE, if any, and returns the function that stops it.
func startLoadProfile(b *testing.B) func() {
	path := os.Getenv("ENTENTE_LOAD_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		b.Fatal(err)
	}
	return func() {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			b.Error(err)
		}
	}
}

// processCPU returns the CPU time (user and system) the process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// loadPair draws two different countries.
func loadPair(r *rand.Rand) (string, string) {
	a := r.Intn(len(loadCountries))
	c := (a + 1 + r.Intn(len(loadCountries)-1)) % len(loadCountries)
	return loadCountries[a], loadCountries[c]
}

// pct returns the q-quantile of the durations (sorting them).
func pct(d []time.Duration, q float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	i := int(q*float64(len(d))+0.5) - 1
	if i < 0 {
		i = 0
	}
	if i >= len(d) {
		i = len(d) - 1
	}
	return d[i]
}
