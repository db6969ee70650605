package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"entente"
)

// dumpTables lists every row of the store's tables (and its indexes by
// name and definition) as text, for comparing two stores. Real numbers are
// rounded to 9 significant digits: rollup sums added in another order may
// differ in their last bits.
func dumpTables(t *testing.T, db *DB) map[string]string {
	t.Helper()
	out := map[string]string{}
	tables := []string{"articles", "article_bands", "events", "mentions", "actor_mentions", "relations",
		"dyad_day", "dyad_month", "country_month", "actor_counts"}
	for _, table := range tables {
		// Table names are the constants above.
		rows, err := db.SQL().Query(`SELECT * FROM ` + table)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		var lines []string
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			for _, v := range vals {
				switch x := v.(type) {
				case float64:
					fmt.Fprintf(&b, "%.9g\t", x)
				case []byte:
					fmt.Fprintf(&b, "%q\t", x)
				default:
					fmt.Fprintf(&b, "%#v\t", x)
				}
			}
			lines = append(lines, b.String())
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		// Rows are compared as sets in a fixed order: WITHOUT ROWID tables
		// come in key order, the others by rowid, both deterministic, but
		// sorting keeps the comparison independent of the plan.
		sort.Strings(lines)
		out[table] = strings.Join(lines, "\n")
	}
	rows, err := db.SQL().Query(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	var idx []string
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			t.Fatal(err)
		}
		idx = append(idx, name+": "+def)
	}
	rows.Close()
	out["indexes"] = strings.Join(idx, "\n")
	return out
}

// sameTables reports the first difference between two dumps.
func sameTables(t *testing.T, got, want map[string]string) {
	t.Helper()
	for table, w := range want {
		g := got[table]
		if g == w {
			continue
		}
		gl, wl := strings.Split(g, "\n"), strings.Split(w, "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var a, b string
			if i < len(gl) {
				a = gl[i]
			}
			if i < len(wl) {
				b = wl[i]
			}
			if a != b {
				t.Errorf("%s differs at row %d of %d (want %d):\n got %.300s\nwant %.300s", table, i, len(gl), len(wl), a, b)
				break
			}
		}
	}
}

// integrityOK checks PRAGMA integrity_check.
func integrityOK(t *testing.T, db *DB) {
	t.Helper()
	var res string
	if err := db.SQL().QueryRow(`PRAGMA integrity_check`).Scan(&res); err != nil {
		t.Fatal(err)
	}
	if res != "ok" {
		t.Errorf("integrity_check: %s", res)
	}
}

// bulkInput is a mixed load: rows without text, articles with text (with
// wire copies among them), an article repeated (stored once) and a bad one.
func bulkInput() [][]entente.CodedArticle {
	r := rand.New(rand.NewSource(9))
	var batches [][]entente.CodedArticle
	for i := 0; i < 8; i++ {
		b := importRows(r, i*700, 700)
		// Days of every certainty: dated by the publication (with and
		// without the date), counted from it, at the turn of a day.
		for j := range b {
			w := &b[j].Events[0].When
			switch j % 7 {
			case 1:
				w.Date = time.Time{}
			case 2:
				w.FromStoryDate = true
			case 3:
				w.Phrase = "yesterday"
			case 4:
				b[j].Events[0].SentenceText = "Shelling went on overnight."
			}
		}
		b = append(b, codedArticles(r, 100000+i*40, 40, 5, i%2 == 0)...)
		if i > 0 {
			// An article of the previous batch again, and one of this.
			b = append(b, batches[i-1][3], b[5])
		}
		bad := importRows(r, 900000+i, 1)[0]
		bad.Events[0].Code = "9x"
		b = append(b, bad)
		batches = append(batches, b)
	}
	return batches
}

// TestBulkLoadMatchesPut loads the same articles through PutArticles and
// through a Loader (in other batches, with a foreign write in the middle,
// onto a store that already holds some) and checks that the two stores hold
// the same rows, rollups and indexes, that the results agree and that both
// pass integrity_check.
func TestBulkLoadMatchesPut(t *testing.T) {
	ctx := context.Background()
	input := bulkInput()
	foreign := importRows(rand.New(rand.NewSource(10)), 5000, 300)
	slow, _ := openTemp(t)
	fast, _ := openTemp(t)
	var want []entente.PutResult
	for i, b := range input {
		if i == 5 {
			if _, err := slow.PutArticles(ctx, foreign); err != nil {
				t.Fatal(err)
			}
		}
		res, err := slow.PutArticles(ctx, b)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, res...)
	}
	// The first batch goes in as usual; the rest in one load, in batches
	// of another size, with the foreign write at the same point.
	res, err := fast.PutArticles(ctx, input[0])
	if err != nil {
		t.Fatal(err)
	}
	got := res
	l, err := fast.BulkLoad(ctx, BulkOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var pending []entente.CodedArticle
	flush := func() {
		if len(pending) == 0 {
			return
		}
		res, err := l.Put(ctx, pending)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, res...)
		pending = nil
	}
	for i, b := range input[1:] {
		if i+1 == 5 {
			flush()
			if _, err := fast.PutArticles(ctx, foreign); err != nil {
				t.Fatal(err)
			}
		}
		pending = append(pending, b...)
		if i%2 == 1 {
			flush()
		}
	}
	flush()
	var dropped int
	fast.SQL().QueryRow(`SELECT count(*) FROM bulk_indexes`).Scan(&dropped)
	if dropped == 0 {
		t.Error("no index dropped during the load")
	}
	if err := l.Close(ctx); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d results, want %d", len(got), len(want))
	}
	statuses := map[entente.PutStatus]int{}
	for i := range want {
		g, w := got[i], want[i]
		statuses[w.Status]++
		if g.ArticleID != w.ArticleID || g.Status != w.Status || g.DuplicateOf != w.DuplicateOf || g.Events != w.Events || g.NewEvents != w.NewEvents {
			t.Errorf("result %d: got %+v, want %+v", i, g, w)
		}
	}
	for _, s := range []entente.PutStatus{entente.PutAdded, entente.PutDuplicate, entente.PutExisting, entente.PutRejected} {
		if statuses[s] == 0 {
			t.Errorf("the input has no article that is %s", s)
		}
	}
	integrityOK(t, slow)
	sameStore(t, fast, slow)
}

// sameStore expects store got, written another way than want, to be valid,
// consistent and equal to want table by table, with merged events in it
// (else the comparison would not exercise deduplication).
func sameStore(t *testing.T, got, want *DB) {
	t.Helper()
	integrityOK(t, got)
	consistent(t, got)
	sameTables(t, dumpTables(t, got), dumpTables(t, want))
	var merged int
	want.SQL().QueryRow(`SELECT count(*) FROM events WHERE num_mentions > 1`).Scan(&merged)
	if merged == 0 {
		t.Error("no event merged: the test does not exercise deduplication")
	}
}

// crashRows is the load of TestBulkLoadCrash: crashBatches batches of
// crashBatch rows.
const crashBatches, crashBatch = 10, 2000

func crashInput() [][]entente.CodedArticle {
	r := rand.New(rand.NewSource(12))
	out := make([][]entente.CodedArticle, crashBatches)
	for i := range out {
		out[i] = importRows(r, i*crashBatch, crashBatch)
	}
	return out
}

// bulkLoadAll loads input into the store at path through a Loader, and
// calls done after each batch.
func bulkLoadAll(t testing.TB, path string, input [][]entente.CodedArticle, done func(int)) {
	ctx := context.Background()
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	l, err := db.BulkLoad(ctx, BulkOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for i, b := range input {
		if _, err := l.Put(ctx, b); err != nil {
			t.Fatal(err)
		}
		done(i)
	}
	if err := l.Close(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestBulkLoadCrash kills a process in the middle of a bulk load with
// SIGKILL, at seeded random points (after a random number of batches, plus
// a random delay, so that some kills land in a batch and some while the
// indexes are created again), and checks each time that the store opens
// (creating the dropped indexes again), passes integrity_check and holds
// whole batches with rollups that agree; then that running the load again
// completes it: the store holds what one uninterrupted PutArticles load
// stores.
func TestBulkLoadCrash(t *testing.T) {
	if path := os.Getenv("ENTENTE_BULK_CRASH_WRITER"); path != "" {
		bulkLoadAll(t, path, crashInput(), func(i int) { fmt.Printf("batch %d\n", i) })
		return
	}
	if testing.Short() {
		t.Skip("spawns writer processes")
	}
	ctx := context.Background()
	input := crashInput()
	ref, _ := openTemp(t)
	for _, b := range input {
		if _, err := ref.PutArticles(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	want := dumpTables(t, ref)
	seed := time.Now().UnixNano()
	if v, err := strconv.ParseInt(os.Getenv("ENTENTE_CRASH_SEED"), 10, 64); err == nil {
		seed = v
	}
	t.Logf("seed %d (set ENTENTE_CRASH_SEED to repeat)", seed)
	r := rand.New(rand.NewSource(seed))
	path := filepath.Join(t.TempDir(), "bulk.db")
	stored := 0
	for round := 0; round < 4 && stored < crashBatches; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestBulkLoadCrash$")
		cmd.Env = append(os.Environ(), "ENTENTE_BULK_CRASH_WRITER="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill after the batch after, stored batches being skipped
		// quickly, plus up to 400 ms: in the middle of the load, and in
		// the last round after its last batch, while the indexes are
		// created again.
		after := stored + r.Intn(max(1, crashBatches-stored-2))
		if round == 3 {
			after = crashBatches - 1
		}
		wait := time.Duration(r.Intn(400)) * time.Millisecond
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if sc.Text() == fmt.Sprintf("batch %d", after) {
				break
			}
		}
		time.Sleep(wait)
		cmd.Process.Kill()
		io.Copy(io.Discard, out)
		cmd.Wait()
		db, err := Open(ctx, path, Options{})
		if err != nil {
			t.Fatalf("round %d: open after SIGKILL: %v", round, err)
		}
		integrityOK(t, db)
		consistent(t, db)
		var articles, dropped int
		db.SQL().QueryRow(`SELECT count(*) FROM articles`).Scan(&articles)
		db.SQL().QueryRow(`SELECT count(*) FROM bulk_indexes`).Scan(&dropped)
		if articles%crashBatch != 0 {
			t.Errorf("round %d: %d articles after the kill: not whole batches of %d", round, articles, crashBatch)
		}
		if dropped != 0 {
			t.Errorf("round %d: %d indexes still dropped after Open", round, dropped)
		}
		stored = articles / crashBatch
		t.Logf("round %d: killed %v after batch %d, %d batches stored", round, wait, after, stored)
		db.Close()
	}
	bulkLoadAll(t, path, input, func(int) {})
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	integrityOK(t, db)
	sameTables(t, dumpTables(t, db), want)
}

// TestBulkLoadInMemory checks a load into an in-memory store, which has
// one connection.
func TestBulkLoadInMemory(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, ":memory:", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	l, err := db.BulkLoad(ctx, BulkOptions{})
	if err != nil {
		t.Fatal(err)
	}
	input := bulkInput()
	for _, b := range input[:3] {
		if _, err := l.Put(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Close(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Put(ctx, input[3]); err == nil {
		t.Error("Put after Close succeeded")
	}
	integrityOK(t, db)
	consistent(t, db)
	var dropped int
	db.SQL().QueryRow(`SELECT count(*) FROM bulk_indexes`).Scan(&dropped)
	if dropped != 0 {
		t.Errorf("%d indexes still dropped after Close", dropped)
	}
}

// TestArticleHashPlan checks that the lookup of an article by its content
// hash reads the partial index articles_hash (of articles with a text), and
// that imported rows without text are not in it.
func TestArticleHashPlan(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	r := rand.New(rand.NewSource(4))
	if _, err := db.PutArticles(ctx, append(importRows(r, 0, 200), codedArticles(r, 1000, 20, 3, false)...)); err != nil {
		t.Fatal(err)
	}
	if text := queryPlan(t, db, statements["articleByHash"], contentHash("x")); !strings.Contains(text, "INDEX articles_hash") {
		t.Errorf("the content hash lookup does not read articles_hash:\n%s", text)
	}
	var n int
	if err := db.SQL().QueryRow(`SELECT count(*) FROM articles INDEXED BY articles_hash WHERE content_hash >= '' AND text <> ''`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 20 {
		t.Errorf("articles_hash holds %d articles, want the 20 with a text", n)
	}
}

// TestStoredKeysPlan checks that the lookup of a batch's article keys
// reads the list of keys and looks each up in the key index, with and
// without statistics, and never scans the articles.
func TestStoredKeysPlan(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	r := rand.New(rand.NewSource(5))
	if _, err := db.PutArticles(ctx, append(importRows(r, 0, 2000), codedArticles(r, 5000, 20, 3, false)...)); err != nil {
		t.Fatal(err)
	}
	for _, analyzed := range []bool{false, true} {
		if analyzed {
			if err := db.analyze(ctx, "ANALYZE"); err != nil {
				t.Fatal(err)
			}
		}
		for _, n := range []int{1, 2, 64, 500} {
			args := make([]any, n)
			for i := range args {
				args[i] = "bench:" + strconv.Itoa(i*7)
			}
			text := queryPlan(t, db, storedKeysQuery(n), args...)
			// (the index, then the row of a stored key for its content
			// hash: a new key, the common case, reads no row)
			if !strings.Contains(text, "SEARCH a USING INDEX sqlite_autoindex_articles_1 (key=?)") || strings.Contains(text, "SCAN a") {
				t.Errorf("keys lookup of %d keys (analyzed %v) does not look each key up:\n%s", n, analyzed, text)
			}
		}
	}
	stored, err := func() (map[string]string, error) {
		w, err := db.begin(ctx)
		if err != nil {
			return nil, err
		}
		defer w.rollback()
		return w.storedKeys([]string{"bench:3", "bench:3", "nope", "bench:1999", "bench:2000"})
	}()
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := stored["bench:3"]; !ok || len(stored) != 2 || stored["bench:1999"] != emptyHash {
		t.Errorf("stored keys %v, want bench:3 and bench:1999", stored)
	}
}

// TestOpenDuringLoad checks that a store opened for writing while a bulk
// load of another handle holds the write lock opens without the dropped
// indexes, which the load creates again when it ends.
func TestOpenDuringLoad(t *testing.T) {
	ctx := context.Background()
	db, path := openTemp(t)
	if _, err := db.PutArticles(ctx, importRows(rand.New(rand.NewSource(6)), 0, 100)); err != nil {
		t.Fatal(err)
	}
	l, err := db.BulkLoad(ctx, BulkOptions{})
	if err != nil {
		t.Fatal(err)
	}
	lock, err := db.SQL().Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lock.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		t.Fatal(err)
	}
	other, err := Open(ctx, path, Options{BusyTimeoutMS: 50})
	if err != nil {
		t.Fatalf("open during a load: %v", err)
	}
	var dropped int
	other.SQL().QueryRow(`SELECT count(*) FROM bulk_indexes`).Scan(&dropped)
	other.Close()
	if dropped == 0 {
		t.Error("the indexes were created again under the load's lock")
	}
	lock.ExecContext(ctx, `ROLLBACK`)
	lock.Close()
	if err := l.Close(ctx); err != nil {
		t.Fatal(err)
	}
	db.SQL().QueryRow(`SELECT count(*) FROM bulk_indexes`).Scan(&dropped)
	if dropped != 0 {
		t.Errorf("%d indexes still dropped after the load", dropped)
	}
	integrityOK(t, db)
}

// TestBulkLoadStats checks the planner's statistics a bulk load leaves: a
// load into a store without statistics analyzes the tables whose indexes
// it created again; a load that changes their row counts little puts the
// statistics of the dropped indexes back as they were, every index of
// events with its own; a load that changes them more analyzes them again.
func TestBulkLoadStats(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	r := rand.New(rand.NewSource(3))
	seq := 0
	load := func(n int) {
		t.Helper()
		l, err := db.BulkLoad(ctx, BulkOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := l.Put(ctx, importRows(r, seq, n)); err != nil {
			t.Fatal(err)
		}
		seq += n
		if err := l.Close(ctx); err != nil {
			t.Fatal(err)
		}
	}
	stats := func() map[string]string {
		t.Helper()
		rows, err := db.SQL().QueryContext(ctx, `SELECT idx, stat FROM sqlite_stat1 WHERE tbl IN ('events', 'mentions') AND idx IS NOT NULL`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		out := map[string]string{}
		for rows.Next() {
			var idx, stat string
			if err := rows.Scan(&idx, &stat); err != nil {
				t.Fatal(err)
			}
			out[idx] = stat
		}
		return out
	}
	count := func(table string) string {
		var n int
		// Table names are constants of this test.
		if err := db.SQL().QueryRowContext(ctx, `SELECT count(*) FROM `+table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return strconv.Itoa(n)
	}
	checkIndexes := func(want map[string]string, fresh bool) map[string]string {
		t.Helper()
		got := stats()
		var indexes []string
		// Partial indexes count their own rows.
		rows, err := db.SQL().QueryContext(ctx, `SELECT name, tbl_name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL
			AND tbl_name IN ('events', 'mentions') AND sql NOT LIKE '% WHERE %'`)
		if err != nil {
			t.Fatal(err)
		}
		tables := map[string]string{}
		for rows.Next() {
			var name, table string
			if err := rows.Scan(&name, &table); err != nil {
				t.Fatal(err)
			}
			indexes = append(indexes, name)
			tables[name] = table
		}
		rows.Close()
		for _, name := range indexes {
			stat, ok := got[name]
			switch {
			case !ok:
				t.Errorf("no statistics of %s", name)
			case fresh && !keptIndexes[name] && stat != want[name]:
				t.Errorf("statistics of %s: %q, want %q put back", name, stat, want[name])
			case !fresh && strings.Fields(stat)[0] != count(tables[name]):
				t.Errorf("statistics of %s: %q, not of the table's %s rows", name, stat, count(tables[name]))
			}
		}
		var dropped int
		db.SQL().QueryRow(`SELECT count(*) FROM bulk_indexes`).Scan(&dropped)
		if dropped != 0 {
			t.Errorf("%d indexes left in bulk_indexes", dropped)
		}
		return got
	}
	load(4000)
	first := checkIndexes(nil, false)
	load(300) // a few percent more rows: the statistics are fresh
	checkIndexes(first, true)
	load(4000) // twice the rows: analyzed again
	second := checkIndexes(nil, false)
	if second["events_dyad"] == first["events_dyad"] {
		t.Errorf("statistics of events_dyad not taken again: %q", second["events_dyad"])
	}

	// The statistics put back are the planner's, on every connection.
	load(200)
	checkIndexes(second, true)
	f := entente.EventFilter{Dyad: [2]string{"USA", "RUS"}, Limit: 51}
	q, args, _, err := db.eventSelect(ctx, &f)
	if err != nil {
		t.Fatal(err)
	}
	if text := queryPlan(t, db, q, args...); !strings.Contains(text, "COVERING INDEX events_pair") {
		t.Errorf("dyad page after a load with fresh statistics does not read events_pair:\n%s", text)
	}
}
