package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"entente"
	"entente/examples"
	"entente/ingest"
	"entente/sqlite"
)

// TestMain lets the test binary stand in for the entente command, so that the
// kill tests run a real process without building one: with ENTENTE_AS_MAIN set
// it runs main with the arguments after "--".
func TestMain(m *testing.M) {
	if os.Getenv("ENTENTE_AS_MAIN") == "1" {
		for i, a := range os.Args {
			if a == "--" {
				os.Args = append([]string{"entente"}, os.Args[i+1:]...)
				break
			}
		}
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// ententeCmd returns the test binary set up to run "entente args...".
func ententeCmd(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], append([]string{"-test.run=^$", "--"}, args...)...)
	cmd.Env = append(os.Environ(), "ENTENTE_AS_MAIN=1")
	return cmd
}

// writeCorpus writes n articles as JSON lines: the sample articles, each
// copy given its own ID, date and a closing sentence of its own, so that
// every record is a distinct article.
func writeCorpus(t *testing.T, path string, n int) {
	t.Helper()
	var base []*entente.Article
	names, err := fs.Glob(examples.FS, "*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no sample articles: %v", err)
	}
	for _, name := range names {
		f, _ := examples.FS.Open(name)
		_, err := ingest.ReadFrom(context.Background(), name, f, ingest.Options{}, func(a *entente.Article) error {
			base = append(base, a)
			return nil
		})
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		a := base[i%len(base)]
		rec := map[string]string{
			"id":   fmt.Sprintf("kill-%04d", i),
			"date": day.AddDate(0, 0, i).Format("2006-01-02"),
			"text": a.Text + fmt.Sprintf("\n\nThe talks were the %d-th round of contacts this year, officials said.", i+1),
		}
		if err := enc.Encode(rec); err != nil {
			t.Fatal(err)
		}
	}
}

// storeCounts returns the number of stored articles and event reports, and
// fails the test unless SQLite's integrity check passes.
func storeCounts(t *testing.T, path string) (articles, reports int) {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatalf("open after kill: %v", err)
	}
	defer db.Close()
	var check string
	if err := db.SQL().QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check = %q, %v", check, err)
	}
	seen := map[string]bool{}
	if err := db.Articles(ctx, "", func(a *entente.StoredArticle) error {
		if seen[a.ID] {
			t.Errorf("article %s stored twice", a.ID)
		}
		seen[a.ID] = true
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := db.Mentions(ctx, entente.EventFilter{}, func(*entente.EventMention) error {
		reports++
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return len(seen), reports
}

// TestIngestSurvivesSIGKILL kills "entente ingest" at random moments, runs it
// again each time, and checks that the database stays valid and ends up with
// exactly what one uninterrupted run stores: no article lost or duplicated.
func TestIngestSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the ingest command several times")
	}
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	const n = 120
	writeCorpus(t, corpus, n)

	clean := filepath.Join(dir, "clean.db")
	start := time.Now()
	if out, err := ententeCmd("ingest", "--db", clean, "--batch", "8", "-q", corpus).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	full := time.Since(start)
	wantArticles, wantReports := storeCounts(t, clean)
	if wantArticles != n || wantReports == 0 {
		t.Fatalf("clean run stored %d articles and %d event reports; want %d articles and some events", wantArticles, wantReports, n)
	}

	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("ENTENTE_KILL_SEED"); s != "" {
		fmt.Sscan(s, &seed)
	}
	t.Logf("kill seed %d (set ENTENTE_KILL_SEED to replay); an uninterrupted run takes %s", seed, full.Round(time.Millisecond))
	rng := rand.New(rand.NewPCG(seed, 7))
	db := filepath.Join(dir, "killed.db")
	for round := range 5 {
		delay := time.Duration(rng.Int64N(int64(full)))
		cmd := ententeCmd("ingest", "--db", db, "--batch", "8", "-q", corpus)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		killed := err != nil && strings.Contains(err.Error(), "killed")
		if _, statErr := os.Stat(db); statErr != nil {
			t.Logf("round %d: killed after %s before the database was created", round, delay.Round(time.Millisecond))
			continue
		}
		arts, reports := storeCounts(t, db)
		t.Logf("round %d: killed=%v after %s: %d articles, %d event reports stored", round, killed, delay.Round(time.Millisecond), arts, reports)
		if arts > n {
			t.Fatalf("round %d: %d articles stored, more than the %d read", round, arts, n)
		}
	}
	if out, err := ententeCmd("ingest", "--db", db, "--batch", "8", "-q", corpus).CombinedOutput(); err != nil {
		t.Fatalf("final ingest: %v\n%s", err, out)
	}
	arts, reports := storeCounts(t, db)
	if arts != wantArticles || reports != wantReports {
		t.Fatalf("after kills and a final run: %d articles and %d event reports; an uninterrupted run stores %d and %d",
			arts, reports, wantArticles, wantReports)
	}
	// Idempotence: one more run adds nothing.
	if out, err := ententeCmd("ingest", "--db", db, "-q", corpus).CombinedOutput(); err != nil {
		t.Fatalf("repeat ingest: %v\n%s", err, out)
	}
	if a2, r2 := storeCounts(t, db); a2 != arts || r2 != reports {
		t.Fatalf("repeating the ingest changed the store: %d/%d -> %d/%d", arts, reports, a2, r2)
	}
}

// TestNothingReadFails checks that the commands that read inputs or a store
// fail, with a message naming what is wrong, when there is nothing to work
// on: ingest of a path that does not exist, import of rows that are all
// bad, and recode of a store that does not exist (which must not be
// created).
func TestNothingReadFails(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.tsv")
	if err := os.WriteFile(bad, []byte("not\ta\tgdelt\trow\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missingDB := filepath.Join(dir, "missing.db")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"ingest", "--db", filepath.Join(dir, "a.db"), filepath.Join(dir, "nowhere.txt")}, "no article could be read"},
		{[]string{"import", "--format", "gdelt", "--db", filepath.Join(dir, "b.db"), bad}, "no row could be read (1 bad)"},
		{[]string{"recode", "--db", missingDB}, "missing.db"},
	} {
		out, err := ententeCmd(tc.args...).CombinedOutput()
		if err == nil {
			t.Errorf("%v: exit status 0, want failure\n%s", tc.args, out)
			continue
		}
		if !strings.Contains(string(out), tc.want) {
			t.Errorf("%v: output lacks %q:\n%s", tc.args, tc.want, out)
		}
	}
	if _, err := os.Stat(missingDB); err == nil {
		t.Errorf("recode created %s", missingDB)
	}
}
