package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"entente"
)

var benchActors = func() []string {
	var out []string
	for _, c := range []string{"USA", "RUS", "CHN", "PAK", "AFG", "IND", "IRN", "ISR", "UKR", "GBR", "FRA", "DEU", "TUR", "SYR", "IRQ", "EGY", "SAU", "JPN", "KOR", "PRK"} {
		for _, r := range []string{"", "GOV", "MIL", "REB", "OPP"} {
			out = append(out, c+r)
		}
	}
	return out
}()

var benchCodes = []string{"010", "020", "0231", "036", "042", "043", "051", "057", "061", "071", "111", "112", "120", "130", "141", "173", "190", "193", "195", "200"}

// synthBatch makes articles with perArticle events each, numbered from seq,
// with actors, codes and dates drawn uniformly over ten years: the worst case
// for locality.
func synthBatch(r *rand.Rand, seq, articles, perArticle int) []entente.CodedArticle {
	return synth(r, seq, articles, perArticle, false)
}

// synth makes synthetic coded articles. newsLike draws them as a news feed
// does: articles in publication order (200 a day), events at most three days
// before publication, actors with a Zipf distribution (a few dominate).
func synth(r *rand.Rand, seq, articles, perArticle int, newsLike bool) []entente.CodedArticle {
	zipf := rand.NewZipf(r, 1.3, 2, uint64(len(benchActors)-1))
	actor := func() string {
		if newsLike {
			return benchActors[zipf.Uint64()]
		}
		return benchActors[r.Intn(len(benchActors))]
	}
	out := make([]entente.CodedArticle, articles)
	for i := range out {
		id := seq + i
		c := &out[i]
		published := day0.AddDate(0, 0, r.Intn(3650))
		if newsLike {
			published = day0.AddDate(0, 0, id/200)
		}
		c.Article = entente.Article{ID: "syn" + strconv.Itoa(id), Publisher: benchActors[id%7], Text: "synthetic article " + strconv.Itoa(id),
			Published: published}
		c.DictVersion = "bench"
		c.Events = make([]entente.Event, perArticle)
		for j := range c.Events {
			code := benchCodes[r.Intn(len(benchCodes))]
			c.Events[j] = entente.Event{
				Source: actor(), Target: actor(),
				Code: code, Root: code[:2], Goldstein: float64(r.Intn(20) - 10), Modality: entente.Asserted, Confidence: 0.5,
				When: entente.When{Date: c.Article.Published.AddDate(0, 0, -r.Intn(3)), Precision: entente.PrecisionDay},
			}
		}
	}
	return out
}

// benchVocab is the vocabulary of the realistic benchmark articles: common
// words of our own choosing, drawn with a Zipf law as running text is.
var benchVocab = strings.Fields(`the of and to in a said on for that with by was as at from is it
	its has have be were after will an their not are which but also had been this more than who over
	minister government talks officials border security forces president foreign trade agreement
	week meeting told ministry military troops statement capital visit offer support sanctions
	attack aid deal defence energy pipeline election leaders summit envoy army police rebels
	province city region spokesman agency report president's counterpart cooperation dispute
	accused denied warned agreed signed announced condemned urged rejected promised hosted
	Monday Tuesday Wednesday Thursday Friday yesterday month year billion million dollars people`)

// benchNames are the names that stand for the benchmark's actor codes in
// the article text, by country.
var benchNames = map[string]string{"USA": "Washington", "RUS": "Moscow", "CHN": "Beijing", "PAK": "Islamabad",
	"AFG": "Kabul", "IND": "New Delhi", "IRN": "Tehran", "ISR": "Israel", "UKR": "Kyiv", "GBR": "London",
	"FRA": "Paris", "DEU": "Berlin", "TUR": "Ankara", "SYR": "Damascus", "IRQ": "Baghdad", "EGY": "Cairo",
	"SAU": "Riyadh", "JPN": "Tokyo", "KOR": "Seoul", "PRK": "Pyongyang"}

// codedArticles makes coded articles as the coder stores them: a text of
// about 2 KB in paragraphs of sentences, a title, URL and publisher (one of
// 30 outlets); perArticle events, each in a sentence of its own with its
// evidence (sentence text, source, verb and target spans, the date phrase,
// the dictionary entries matched, and for some a place and an amount); two
// actor mentions per event and one standing relation per article. One
// article in twenty is a wire copy of the one before it under another ID
// (a near duplicate). Actors, codes and dates are drawn as in synth.
func codedArticles(r *rand.Rand, seq, articles, perArticle int, newsLike bool) []entente.CodedArticle {
	zipf := rand.NewZipf(r, 1.3, 2, uint64(len(benchActors)-1))
	words := rand.NewZipf(r, 1.1, 5, uint64(len(benchVocab)-1))
	actor := func() string {
		if newsLike {
			return benchActors[zipf.Uint64()]
		}
		return benchActors[r.Intn(len(benchActors))]
	}
	filler := func(b *strings.Builder, n int) {
		for k := 0; k < n; k++ {
			b.WriteString(benchVocab[words.Uint64()])
			b.WriteByte(' ')
		}
	}
	out := make([]entente.CodedArticle, articles)
	for i := range out {
		id := seq + i
		c := &out[i]
		published := day0.AddDate(0, 0, r.Intn(3650))
		if newsLike {
			published = day0.AddDate(0, 0, id/200)
		}
		publisher := "outlet" + strconv.Itoa(id%30)
		if i > 0 && id%20 == 0 {
			// A wire copy of the previous article, as another outlet runs it.
			*c = out[i-1]
			c.Article.ID = "syn" + strconv.Itoa(id)
			c.Article.Publisher, c.Article.URL = publisher, "https://"+publisher+".example/"+strconv.Itoa(id)
			c.Events = append([]entente.Event(nil), c.Events...)
			for j := range c.Events {
				c.Events[j].ArticleID = c.Article.ID
			}
			continue
		}
		var text strings.Builder
		var paras []entente.Span
		c.Events = make([]entente.Event, perArticle)
		for j := range c.Events {
			if j%3 == 0 {
				if len(paras) > 0 {
					paras[len(paras)-1].End = text.Len()
					text.WriteString("\n\n")
				}
				paras = append(paras, entente.Span{Start: text.Len()})
			}
			// Filler sentence, then the event's sentence.
			filler(&text, 10+r.Intn(15))
			text.WriteString("officials said. ")
			src, tgt := actor(), actor()
			code := benchCodes[r.Intn(len(benchCodes))]
			start := text.Len()
			srcSpan := entente.Span{Start: text.Len()}
			text.WriteString(benchNames[src[:3]])
			srcSpan.End = text.Len()
			text.WriteString(" on ")
			phrase := entente.Span{Start: text.Len()}
			text.WriteString("Tuesday")
			phrase.End = text.Len()
			text.WriteByte(' ')
			verb := entente.Span{Start: text.Len()}
			text.WriteString(benchVocab[60+r.Intn(13)])
			verb.End = text.Len()
			text.WriteByte(' ')
			tgtSpan := entente.Span{Start: text.Len()}
			text.WriteString(benchNames[tgt[:3]])
			tgtSpan.End = text.Len()
			text.WriteByte(' ')
			filler(&text, 8+r.Intn(10))
			text.WriteString("the ministry said. ")
			sentence := text.String()[start:]
			e := entente.Event{
				ID: "syn" + strconv.Itoa(id) + "-" + strconv.Itoa(j), ArticleID: "syn" + strconv.Itoa(id),
				Sentence: 2*j + 1, SentenceText: sentence,
				Source: src, Target: tgt, Code: code, Root: code[:2], Goldstein: float64(r.Intn(20) - 10),
				QuadClass: quadFromRoot(code[:2]), PloverType: "CONSULT", PloverMode: "visit",
				SourceSpan: srcSpan, TargetSpan: tgtSpan, VerbSpan: verb,
				Modality: entente.Asserted, Confidence: 0.5 + float64(r.Intn(50))/100,
				When: entente.When{Date: published.AddDate(0, 0, -r.Intn(3)), Precision: entente.PrecisionDay,
					Phrase: "on Tuesday", Span: &phrase, GapDays: r.Intn(3)},
				Matched: []entente.EntryRef{{File: "CAMEO.verbpatterns.txt", Line: 1000 + r.Intn(20000), Text: "- * OFFER SUPPORT TO + [051]"},
					{File: "actors.txt", Line: 100 + r.Intn(5000), Text: benchNames[src[:3]]}},
				DictVersion: "bench",
			}
			if r.Intn(4) == 0 {
				e.Modality = entente.Alleged
			}
			if r.Intn(3) == 0 {
				e.Place = &entente.Place{Name: benchNames[tgt[:3]], Country: tgt[:2], Lat: 30, Lon: 70, GeoNameID: 1000 + r.Intn(1000),
					Precision: "city", Span: &tgtSpan}
			}
			if r.Intn(5) == 0 {
				e.Quantities = []entente.Quantity{{Kind: "money", Unit: "USD", Best: float64(r.Intn(1000)) * 1e6, Span: verb}}
			}
			c.Events[j] = e
			c.Mentions = append(c.Mentions,
				entente.Mention{Sentence: 2*j + 1, Tokens: [2]int{0, 1}, Span: srcSpan, Code: src, Kind: entente.MentionMetonym,
					Entries: []entente.EntryRef{{File: "actors.txt", Line: 100 + r.Intn(5000)}}},
				entente.Mention{Sentence: 2*j + 1, Tokens: [2]int{4, 5}, Span: tgtSpan, Code: tgt, Kind: entente.MentionMetonym,
					Entries: []entente.EntryRef{{File: "actors.txt", Line: 100 + r.Intn(5000)}}})
		}
		paras[len(paras)-1].End = text.Len()
		a, b := c.Events[0].Source, c.Events[0].Target
		c.Relations = []entente.Relation{{ArticleID: "syn" + strconv.Itoa(id), Sentence: 1, A: a, B: b, Sign: 1, Strength: 0.5,
			Phrase: "strategic partners", Span: c.Events[0].VerbSpan, When: entente.When{Date: published, Precision: entente.PrecisionDay}}}
		c.Article = entente.Article{ID: "syn" + strconv.Itoa(id), Source: "bench", Publisher: publisher,
			URL: "https://" + publisher + ".example/" + strconv.Itoa(id), Title: "Talks between " + benchNames[a[:3]] + " and " + benchNames[b[:3]],
			Language: "en", Published: published, DateSource: "metadata", Text: text.String(), Paragraphs: paras}
		c.PublisherCountry = "US"
		c.DictVersion = "bench"
	}
	return out
}

// BenchmarkPutEvents measures insert throughput of realistic coded articles
// (codedArticles: about 2 KB of text, events with their evidence, actor
// mentions and relations) in batches of ENTENTE_BENCH_BATCH articles
// (default 100) of 10 events each; it reports events per second of wall time
// and of CPU time. The uniform load spreads actors and dates at random; the
// news load is ordered and skewed as a feed is (see synth). The "-bulk"
// loads store the same batches through one Loader (BulkLoad), counting its
// end (the indexes created again).
func BenchmarkPutEvents(b *testing.B) {
	for _, load := range []struct {
		name       string
		news, bulk bool
	}{{"uniform", false, false}, {"news", true, false}, {"uniform-bulk", false, true}, {"news-bulk", true, true}} {
		b.Run(load.name, func(b *testing.B) { benchPut(b, load.news, load.bulk) })
	}
}

func benchPut(b *testing.B, news, bulk bool) {
	db, _ := openTemp(b)
	ctx := context.Background()
	r := rand.New(rand.NewSource(1))
	articles, per := 100, 10
	if v, err := strconv.Atoi(os.Getenv("ENTENTE_BENCH_BATCH")); err == nil && v > 0 {
		articles = v
	}
	put := db.PutArticles
	var l *Loader
	if bulk {
		var err error
		if l, err = db.BulkLoad(ctx, BulkOptions{}); err != nil {
			b.Fatal(err)
		}
		put = l.Put
	}
	b.ResetTimer()
	var elapsed, cpu time.Duration
	for i := 0; i < b.N; i++ {
		// Batches are made outside the measured time, one at a time so that
		// the heap reported below is the store's, not the input's.
		b.StopTimer()
		batch := codedArticles(r, i*articles, articles, per, news)
		b.StartTimer()
		t0, c0 := time.Now(), cpuTime()
		res, err := put(ctx, batch)
		if err != nil {
			b.Fatal(err)
		}
		elapsed += time.Since(t0)
		cpu += cpuTime() - c0
		for _, r := range res {
			if r.Status == entente.PutRejected || r.Status == entente.PutExisting {
				b.Fatalf("%s: %s %v", r.ArticleID, r.Status, r.Err)
			}
		}
	}
	if l != nil {
		t0, c0 := time.Now(), cpuTime()
		if err := l.Close(ctx); err != nil {
			b.Fatal(err)
		}
		elapsed += time.Since(t0)
		cpu += cpuTime() - c0
	}
	events := float64(b.N * articles * per)
	b.ReportMetric(events/elapsed.Seconds(), "events/s")
	// Memory must not grow with the store: report the live heap after a GC.
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MiB")
	// On a shared machine wall time overstates the cost; CPU time does not.
	b.ReportMetric(events/cpu.Seconds(), "events/cpu-s")
	// SQLite's page cache is outside the Go heap: the resident set shows it.
	b.ReportMetric(float64(residentKiB())/1024, "rss-MiB")
}

// residentKiB returns the process's resident set size from /proc, or 0
// where there is none.
func residentKiB() int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmRSS:" {
			n, _ := strconv.Atoi(f[1])
			return n
		}
	}
	return 0
}

// cpuTime returns the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// fill stores n synthetic events in db.
func fill(tb testing.TB, db *DB, n int) {
	ctx := context.Background()
	r := rand.New(rand.NewSource(2))
	const articles, per = 500, 20
	for seq := 0; seq*per < n; seq += articles {
		if _, err := db.PutArticles(ctx, synthBatch(r, seq, articles, per)); err != nil {
			tb.Fatal(err)
		}
	}
}

// fillRollup adds n synthetic events straight into the rollup tables, in
// SQL, for query benchmarks at sizes that insertion through PutArticles would
// take too long to build on a shared machine. Only the rollups are filled.
func fillRollup(tb testing.TB, db *DB, n int) {
	ctx := context.Background()
	q, err := db.SQL().Conn(ctx) // temporary tables live in one connection
	if err != nil {
		tb.Fatal(err)
	}
	defer q.Close()
	if _, err := q.ExecContext(ctx, `CREATE TEMP TABLE IF NOT EXISTS bench_actor (i INTEGER PRIMARY KEY, code TEXT);
		CREATE TEMP TABLE IF NOT EXISTS bench_code (i INTEGER PRIMARY KEY, code TEXT, root TEXT, quad INTEGER)`); err != nil {
		tb.Fatal(err)
	}
	for i, a := range benchActors {
		if _, err := q.ExecContext(ctx, `INSERT OR REPLACE INTO bench_actor VALUES (?, ?)`, i, a); err != nil {
			tb.Fatal(err)
		}
	}
	for i, c := range benchCodes {
		if _, err := q.ExecContext(ctx, `INSERT OR REPLACE INTO bench_code VALUES (?, ?, ?, ?)`, i, c, c[:2], quadFromRoot(c[:2])); err != nil {
			tb.Fatal(err)
		}
	}
	first := dayNumber(day0)
	const chunk = 500_000
	for done := 0; done < n; done += chunk {
		m := min(chunk, n-done)
		stmts := []struct {
			q    string
			args []any
		}{
			{`DROP TABLE IF EXISTS bench_x`, nil},
			{`CREATE TEMP TABLE bench_x AS WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ?)
				SELECT abs(random()) % ? AS ai, abs(random()) % ? AS bi, abs(random()) % ? AS ci,
				? + abs(random()) % 3650 AS day, abs(random()) % 21 - 10 AS g FROM seq`,
				[]any{m, len(benchActors), len(benchActors), len(benchCodes), first}},
			{`INSERT INTO dyad_day (source, target, day, root, quad, modality, n, goldstein)
				SELECT a.code, b.code, x.day, c.root, c.quad, 'asserted', COUNT(*), SUM(x.g)
				FROM bench_x x JOIN bench_actor a ON a.i = x.ai JOIN bench_actor b ON b.i = x.bi JOIN bench_code c ON c.i = x.ci
				WHERE true GROUP BY 1, 2, 3, 4, 5, 6
				ON CONFLICT (source, target, day, root, quad, modality) DO UPDATE SET n = n + excluded.n, goldstein = goldstein + excluded.goldstein`, nil},
			{`INSERT INTO dyad_month (source, target, month, quad, modality, n, goldstein)
				SELECT a.code, b.code,
					(CAST(strftime('%Y', x.day * 86400, 'unixepoch') AS INTEGER) - 1970) * 12 + CAST(strftime('%m', x.day * 86400, 'unixepoch') AS INTEGER) - 1,
					c.quad, 'asserted', COUNT(*), SUM(x.g)
				FROM bench_x x JOIN bench_actor a ON a.i = x.ai JOIN bench_actor b ON b.i = x.bi JOIN bench_code c ON c.i = x.ci
				WHERE true GROUP BY 1, 2, 3, 4, 5
				ON CONFLICT (source, target, month, quad, modality) DO UPDATE SET n = n + excluded.n, goldstein = goldstein + excluded.goldstein`, nil},
			{`INSERT INTO country_month (source, target, month, quad, modality, n, goldstein)
				SELECT substr(a.code, 1, 3), substr(b.code, 1, 3),
					(CAST(strftime('%Y', x.day * 86400, 'unixepoch') AS INTEGER) - 1970) * 12 + CAST(strftime('%m', x.day * 86400, 'unixepoch') AS INTEGER) - 1,
					c.quad, 'asserted', COUNT(*), SUM(x.g)
				FROM bench_x x JOIN bench_actor a ON a.i = x.ai JOIN bench_actor b ON b.i = x.bi JOIN bench_code c ON c.i = x.ci
				WHERE true GROUP BY 1, 2, 3, 4, 5
				ON CONFLICT (source, target, month, quad, modality) DO UPDATE SET n = n + excluded.n, goldstein = goldstein + excluded.goldstein`, nil},
		}
		for _, st := range stmts {
			if _, err := q.ExecContext(ctx, st.q, st.args...); err != nil {
				tb.Fatal(err)
			}
		}
	}
	if _, err := q.ExecContext(ctx, `INSERT OR REPLACE INTO actor_counts (code, as_source, as_target)
		SELECT code, (SELECT COALESCE(SUM(n), 0) FROM dyad_day WHERE source = code), 0 FROM bench_actor`); err != nil {
		tb.Fatal(err)
	}
	var rows, actors int
	q.QueryRowContext(ctx, `SELECT COUNT(*) FROM dyad_day`).Scan(&rows)
	q.QueryRowContext(ctx, `SELECT COUNT(*) FROM actor_counts`).Scan(&actors)
	tb.Logf("rollup: %d rows, %d actors", rows, actors)
}

// BenchmarkDyadSeries measures a monthly USA-RUS time series (country level,
// both directions; with ENTENTE_BENCH_CODES=1 per actor code, from the
// exact-code monthly rollup) over a store of ENTENTE_BENCH_EVENTS synthetic
// events (default 100,000; the target is 10 million in under 200 ms). With
// ENTENTE_BENCH_FILL=sql the events go straight into the rollups (see
// fillRollup), otherwise through PutArticles. The store is kept in
// ENTENTE_BENCH_DB when set, so that large runs can be repeated.
func BenchmarkDyadSeries(b *testing.B) {
	n := 100_000
	if v, err := strconv.Atoi(os.Getenv("ENTENTE_BENCH_EVENTS")); err == nil && v > 0 {
		n = v
	}
	path := os.Getenv("ENTENTE_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "bench.db")
	}
	ctx := context.Background()
	db, err := Open(ctx, path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	var have int
	if err := db.SQL().QueryRow(`SELECT COALESCE(SUM(n), 0) FROM dyad_day`).Scan(&have); err != nil {
		b.Fatal(err)
	}
	if have < n {
		if os.Getenv("ENTENTE_BENCH_FILL") == "sql" {
			fillRollup(b, db, n-have)
		} else {
			fill(b, db, n-have)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		periods, events := 0, 0
		err := db.DyadPeriods(ctx, entente.PeriodFilter{Source: "USA", Target: "RUS", Period: entente.Month, ByCountry: os.Getenv("ENTENTE_BENCH_CODES") == ""}, func(d *entente.DyadPeriod) error {
			periods++
			events += d.Count
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		if periods == 0 {
			b.Fatal("empty series")
		}
		if i == 0 {
			b.ReportMetric(float64(events), "dyad-events")
		}
	}
	b.ReportMetric(float64(n), "stored-events")
}

// TestCrashLeavesValidDatabase kills a writing process with SIGKILL and
// checks that the database opens, passes integrity_check and that its
// rollups agree with its events.
func TestCrashLeavesValidDatabase(t *testing.T) {
	if path := os.Getenv("ENTENTE_CRASH_WRITER"); path != "" {
		db, err := Open(context.Background(), path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		fill(t, db, 1<<30)
		return
	}
	if testing.Short() {
		t.Skip("spawns a writer process")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashLeavesValidDatabase$")
	cmd.Env = append(os.Environ(), "ENTENTE_CRASH_WRITER="+path)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1500 * time.Millisecond)
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	db, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatalf("open after SIGKILL: %v", err)
	}
	defer db.Close()
	consistent(t, db)
	var n int
	db.SQL().QueryRow(`SELECT COUNT(*) FROM articles`).Scan(&n)
	if n%500 != 0 {
		t.Errorf("%d articles after the crash: not whole batches of 500", n)
	}
	t.Logf("%d articles survived the kill", n)
}

func ExampleOpen() {
	ctx := context.Background()
	db, err := Open(ctx, ":memory:", Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()
	text := "Pakistan's foreign minister met his Afghan counterpart."
	res, err := db.PutArticles(ctx, []entente.CodedArticle{{
		Article: entente.Article{ID: "ex1", Text: text, Published: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)},
		Events: []entente.Event{{Source: "PAKGOV", Target: "AFGGOV", Code: "040", Modality: entente.Asserted,
			SourceSpan: entente.Span{Start: 0, End: 8}, VerbSpan: entente.Span{Start: 28, End: 31}}},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res[0].Status, res[0].NewEvents)
	db.Events(ctx, entente.EventFilter{Dyad: [2]string{"AFG", "PAK"}}, func(e *entente.StoredEvent) error {
		fmt.Println(e.Source, e.Target, e.Code, e.QuadClass, e.When.Date.Format("2006-01-02"))
		return nil
	})
	// Output:
	// added 1
	// PAKGOV AFGGOV 040 1 2024-03-05
}

// BenchmarkEventPages measures the API's indexed reads on a store of
// ENTENTE_BENCH_EVENTS synthetic events (default 100,000, built with fill)
// or on the store at ENTENTE_BENCH_DB when set (for example the web load
// test's store of a million events): a page of 51 events of a country dyad,
// of a country over a date range, of a root at an offset, and a dyad's
// per-day rollup rows (DyadDays, what a series reads). It reports the CPU
// time per query, which a busy machine does not inflate as it does wall
// time.
func BenchmarkEventPages(b *testing.B) {
	ctx := context.Background()
	path := os.Getenv("ENTENTE_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "pages.db")
	}
	db, err := Open(ctx, path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if os.Getenv("ENTENTE_BENCH_DB") == "" {
		n := 100_000
		if v, err := strconv.Atoi(os.Getenv("ENTENTE_BENCH_EVENTS")); err == nil && v > 0 {
			n = v
		}
		fill(b, db, n)
		if err := db.analyze(ctx, "ANALYZE"); err != nil {
			b.Fatal(err)
		}
	}
	countries := []string{"USA", "RUS", "CHN", "PAK", "AFG", "IND", "IRN", "ISR", "UKR", "GBR", "FRA", "DEU", "TUR", "SYR", "IRQ", "EGY", "SAU", "JPN", "KOR", "PRK"}
	pair := func(r *rand.Rand) (string, string) {
		a := r.Intn(len(countries))
		return countries[a], countries[(a+1+r.Intn(len(countries)-1))%len(countries)]
	}
	roots := []string{"01", "02", "03", "04", "05", "06", "07", "11", "12", "13", "14", "17", "19"}
	var first, last time.Time
	row := db.SQL().QueryRow(`SELECT COALESCE(MIN(day), 0), COALESCE(MAX(day), 0) FROM events`)
	var lo, hi int64
	if err := row.Scan(&lo, &hi); err != nil {
		b.Fatal(err)
	}
	first, last = dayTime(lo), dayTime(hi)
	pages := []struct {
		name string
		f    func(r *rand.Rand) entente.EventFilter
	}{
		{"dyad", func(r *rand.Rand) entente.EventFilter {
			a, c := pair(r)
			return entente.EventFilter{Dyad: [2]string{a, c}, Limit: 51}
		}},
		{"actor-dates", func(r *rand.Rand) entente.EventFilter {
			// A year's window starting at a random month of the store.
			from := first.AddDate(0, r.Intn(max(1, int(last.Sub(first).Hours()/24/30))), 0)
			return entente.EventFilter{Actor: countries[r.Intn(len(countries))], From: from, To: from.AddDate(0, 6, 0), Limit: 51}
		}},
		{"root-offset", func(r *rand.Rand) entente.EventFilter {
			return entente.EventFilter{Code: roots[r.Intn(len(roots))], Limit: 51, Offset: 50 * r.Intn(20)}
		}},
	}
	perOp := func(b *testing.B, c0 time.Duration) {
		b.ReportMetric(float64((cpuTime()-c0).Microseconds())/float64(b.N)/1000, "cpu-ms/op")
	}
	for _, p := range pages {
		b.Run(p.name, func(b *testing.B) {
			r := rand.New(rand.NewSource(1))
			n := 0
			c0 := cpuTime()
			for i := 0; i < b.N; i++ {
				if err := db.Events(ctx, p.f(r), func(*entente.StoredEvent) error { n++; return nil }); err != nil {
					b.Fatal(err)
				}
			}
			perOp(b, c0)
			b.ReportMetric(float64(n)/float64(b.N), "events/op")
		})
	}
	b.Run("dyad-days", func(b *testing.B) {
		r := rand.New(rand.NewSource(1))
		n := 0
		c0 := cpuTime()
		for i := 0; i < b.N; i++ {
			a, c := pair(r)
			if err := db.DyadDays(ctx, entente.PeriodFilter{Source: a, Target: c},
				func(string, string, time.Time, string, int, entente.Modality, int, float64) error { n++; return nil }); err != nil {
				b.Fatal(err)
			}
		}
		perOp(b, c0)
		b.ReportMetric(float64(n)/float64(b.N), "rows/op")
	})
}

// importRows makes n rows as the GDELT and ICEWS readers hand them to the
// store, numbered from seq: articles without text, each with one event
// (actors drawn with a Zipf law, 20 codes, the event up to two days before
// the day the row was added, 10,000 rows a day) and for one in three a
// place. Rows of one event told by several sources merge, as they do on a
// real import.
func importRows(r *rand.Rand, seq, n int) []entente.CodedArticle {
	zipf := rand.NewZipf(r, 1.3, 2, uint64(len(benchActors)-1))
	out := make([]entente.CodedArticle, n)
	for i := range out {
		id := strconv.Itoa(seq + i)
		added := day0.AddDate(0, 0, (seq+i)/10000)
		publisher := "outlet" + strconv.Itoa(r.Intn(500)) + ".example"
		code := benchCodes[r.Intn(len(benchCodes))]
		src, tgt := benchActors[zipf.Uint64()], benchActors[zipf.Uint64()]
		if r.Intn(5) == 0 {
			tgt = ""
		}
		date := added.AddDate(0, 0, -r.Intn(3))
		e := entente.Event{ID: id, ArticleID: "bench:" + id, Source: src, Target: tgt, Code: code, Root: code[:2],
			Goldstein: float64(r.Intn(20) - 10), QuadClass: quadFromRoot(code[:2]), Modality: entente.Asserted, Confidence: 1,
			When: entente.When{Date: date, Precision: entente.PrecisionDay, GapDays: int(added.Sub(date).Hours() / 24)}}
		if r.Intn(3) == 0 {
			e.Place = &entente.Place{Name: benchNames[src[:3]] + ", " + src[:3], Lat: 30, Lon: 70, Precision: "city"}
		}
		out[i] = entente.CodedArticle{
			Article: entente.Article{ID: "bench:" + id, Source: "bench.tsv:" + id, Publisher: publisher,
				URL: "https://" + publisher + "/" + id, Published: added, DateSource: "input"},
			Events: []entente.Event{e}, DictVersion: "gdelt2",
		}
	}
	return out
}

// BenchmarkImportEvents measures the import of rows without text
// (importRows, one event each) into a new store, 1000 rows an operation:
// "put" stores each operation's rows with PutArticles, as entente import
// did; "bulk" through a Loader in batches of ENTENTE_BENCH_BATCH rows
// (default 20,000, as entente import --bulk --merge), counting the load's
// begin and end (the indexes created again); "bulk-keep" likewise, keeping
// the indexes; "bulk-rows" as "bulk" with each row an event of its own
// (CodedArticle.Distinct, as entente import --bulk without --merge). It reports events per second of wall time (events/s) and of
// CPU time (events/cpu-s: user and system time of the whole process, the
// garbage collector's included), and the CPU seconds spent per wall second
// (cpu/wall): above 1 when the process ran on more than one core at once
// (the collector's background work, with GOMAXPROCS above 1), below 1 when
// it waited for the disk or for a core other processes held. On a shared
// machine the wall rate measures its load as much as the store; the CPU
// rate at GOMAXPROCS=1 is the cost of the work.
func BenchmarkImportEvents(b *testing.B) {
	b.Run("bulk", func(b *testing.B) { benchBulk(b, BulkOptions{}, false) })
	b.Run("bulk-keep", func(b *testing.B) { benchBulk(b, BulkOptions{KeepIndexes: true}, false) })
	b.Run("bulk-rows", func(b *testing.B) { benchBulk(b, BulkOptions{}, true) })
	b.Run("put", func(b *testing.B) {
		db, _ := openTemp(b)
		ctx := context.Background()
		rows := benchBatch(1000)
		r := rand.New(rand.NewSource(1))
		var elapsed, cpu time.Duration
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			batch := importRows(r, i*rows, rows)
			b.StartTimer()
			t0, c0 := time.Now(), cpuTime()
			if _, err := db.PutArticles(ctx, batch); err != nil {
				b.Fatal(err)
			}
			elapsed += time.Since(t0)
			cpu += cpuTime() - c0
		}
		reportRates(b, float64(b.N*rows), elapsed, cpu)
	})
}

// benchBulk is BenchmarkImportEvents through a Loader; distinct marks the
// rows Distinct, as entente import does without --merge.
func benchBulk(b *testing.B, opt BulkOptions, distinct bool) {
	db, _ := openTemp(b)
	ctx := context.Background()
	const rows = 1000
	per := max(1, benchBatch(20000)/rows)
	r := rand.New(rand.NewSource(1))
	var elapsed, cpu time.Duration
	t0, c0 := time.Now(), cpuTime()
	l, err := db.BulkLoad(ctx, opt)
	if err != nil {
		b.Fatal(err)
	}
	var batch []entente.CodedArticle
	for i := 0; i < b.N; i++ {
		elapsed += time.Since(t0)
		cpu += cpuTime() - c0
		b.StopTimer()
		rs := importRows(r, i*rows, rows)
		for k := range rs {
			rs[k].Distinct = distinct
		}
		batch = append(batch, rs...)
		b.StartTimer()
		t0, c0 = time.Now(), cpuTime()
		if len(batch) >= per*rows || i == b.N-1 {
			if _, err := l.Put(ctx, batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	if err := l.Close(ctx); err != nil {
		b.Fatal(err)
	}
	elapsed += time.Since(t0)
	cpu += cpuTime() - c0
	reportRates(b, float64(b.N*rows), elapsed, cpu)
}

// benchBatch returns ENTENTE_BENCH_BATCH, or def when it is not set.
func benchBatch(def int) int {
	if v, err := strconv.Atoi(os.Getenv("ENTENTE_BENCH_BATCH")); err == nil && v > 0 {
		return v
	}
	return def
}

// reportRates reports events per second of wall and of CPU time, and the
// CPU time per wall time.
func reportRates(b *testing.B, events float64, elapsed, cpu time.Duration) {
	b.ReportMetric(events/elapsed.Seconds(), "events/s")
	b.ReportMetric(events/cpu.Seconds(), "events/cpu-s")
	b.ReportMetric(cpu.Seconds()/elapsed.Seconds(), "cpu/wall")
}

// BenchmarkDriverCeiling measures what the SQLite driver itself can insert
// on this machine, apart from entente: rows of an events-like table of 12
// columns with no secondary index and with three, written as 500-row
// INSERTs in transactions of 20,000 rows. An event stored by entente
// writes at least three rows (article, event, mention), so these rates
// bound the store's (BenchmarkImportEvents) from above.
func BenchmarkDriverCeiling(b *testing.B) {
	for _, indexes := range []int{0, 3} {
		b.Run(fmt.Sprintf("indexes=%d", indexes), func(b *testing.B) {
			db, err := sql.Open("sqlite", filepath.Join(b.TempDir(), "ceiling.db")+"?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)")
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			db.SetMaxOpenConns(1)
			stmts := []string{`CREATE TABLE events (id INTEGER PRIMARY KEY, bucket INTEGER, source TEXT, target TEXT, code TEXT,
				root TEXT, goldstein REAL, quad INTEGER, day INTEGER, precision TEXT, modality TEXT, place TEXT)`}
			if indexes > 0 {
				stmts = append(stmts, `CREATE INDEX ceiling_bucket ON events (bucket)`,
					`CREATE INDEX ceiling_dyad ON events (source, target, day)`, `CREATE INDEX ceiling_code ON events (code, day)`)
			}
			for _, q := range stmts {
				if _, err := db.Exec(q); err != nil {
					b.Fatal(err)
				}
			}
			const per, txRows = 500, 20000
			insert := `INSERT INTO events VALUES ` + strings.TrimSuffix(strings.Repeat("(?,?,?,?,?,?,?,?,?,?,?,?),", per), ",")
			args := make([]any, 0, per*12)
			n := 0
			b.ResetTimer()
			t0 := time.Now()
			for i := 0; i < b.N; i++ {
				tx, err := db.Begin()
				if err != nil {
					b.Fatal(err)
				}
				st, err := tx.Prepare(insert)
				if err != nil {
					b.Fatal(err)
				}
				for r := 0; r < txRows/per; r++ {
					args = args[:0]
					for k := 0; k < per; k++ {
						n++
						args = append(args, n, n*7919%100003, benchActors[n%len(benchActors)], benchActors[(n/7)%len(benchActors)],
							benchCodes[n%len(benchCodes)], benchCodes[n%len(benchCodes)][:2], -10.0, 4, 19000+n%3650, "day", "asserted", "Kyiv")
					}
					if _, err := st.Exec(args...); err != nil {
						b.Fatal(err)
					}
				}
				st.Close()
				if err := tx.Commit(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/time.Since(t0).Seconds(), "rows/s")
		})
	}
}
