package main

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"entente/sqlite"
)

// writeGDELT2 writes n GDELT 2.0 event rows of our own making: a few
// actors, codes and days, so that many rows merge, and a bad row.
func writeGDELT2(t *testing.T, path string, n int) {
	t.Helper()
	r := rand.New(rand.NewPCG(1, 2))
	actors := []string{"USA", "USAGOV", "RUS", "RUSMIL", "CHN", "PAK", "AFG", ""}
	codes := []struct{ code, quad string }{{"010", "1"}, {"042", "1"}, {"057", "1"}, {"112", "3"}, {"190", "4"}, {"0231", "1"}}
	var b bytes.Buffer
	for i := 0; i < n; i++ {
		f := make([]string, 61)
		c := codes[r.IntN(len(codes))]
		day := 1 + r.IntN(4)
		f[0] = fmt.Sprint(400000000 + i)
		f[1] = fmt.Sprintf("202403%02d", day)
		f[5], f[15] = actors[r.IntN(len(actors))], actors[r.IntN(len(actors))]
		f[26], f[29], f[30] = c.code, c.quad, fmt.Sprintf("%.1f", float64(r.IntN(200)-100)/10)
		f[51] = "0"
		if r.IntN(3) == 0 {
			f[51], f[52], f[56], f[57] = "4", "Kabul, Kabul, Afghanistan", "34.5", "69.2"
		}
		f[59] = fmt.Sprintf("202403%02d120000", day+r.IntN(2))
		f[60] = fmt.Sprintf("https://www.outlet%d.example/story/%d", r.IntN(40), i)
		b.WriteString(strings.Join(f, "\t") + "\n")
		if i == n/2 {
			b.WriteString("not\ta\tgdelt\trow\n")
		}
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// runImport runs entente import with args and returns its summary line.
func runImport(t *testing.T, args ...string) string {
	t.Helper()
	cmd := newImportCmd()
	var out, errs bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errs)
	cmd.SetArgs(args)
	if err := cmd.ExecuteContext(context.Background()); err != nil {
		t.Fatalf("import %v: %v\n%s", args, err, errs.String())
	}
	return strings.TrimSpace(out.String())
}

// TestImportBulk imports one file as usual and with --bulk (in smaller
// batches than the usual ones), both with --merge, and checks that both
// stores report and hold the same events, mentions and rollups, keep their
// indexes, and that importing the file again in bulk adds nothing; and that
// without --merge every row is an event.
func TestImportBulk(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "events.tsv")
	writeGDELT2(t, file, 3000)
	plain, bulk := filepath.Join(dir, "plain.db"), filepath.Join(dir, "bulk.db")
	want := runImport(t, "--db", plain, "--format", "gdelt", "--merge", file)
	got := runImport(t, "--db", bulk, "--format", "gdelt", "--merge", "--bulk", "--batch", "700", file)
	if got != want {
		t.Errorf("bulk import says\n%s\nwant\n%s", got, want)
	}
	if !strings.Contains(want, "3000 rows read, 1 bad") {
		t.Errorf("summary %q: want 3000 rows and 1 bad", want)
	}
	if strings.HasSuffix(want, " 0 merged") {
		t.Errorf("summary %q: no row merged, the test does not exercise deduplication", want)
	}
	again := runImport(t, "--db", bulk, "--format", "gdelt", "--merge", "--bulk", file)
	if !strings.Contains(again, "0 articles added, 3000 already stored") {
		t.Errorf("second bulk import: %q", again)
	}
	// without --merge each row is an event of its own, as GDELT made it
	rows := runImport(t, "--db", filepath.Join(dir, "rows.db"), "--format", "gdelt", file)
	if !strings.HasSuffix(rows, "3000 events new, 0 merged") {
		t.Errorf("import without --merge says %q, want every row an event", rows)
	}
	dump := func(path string) string {
		db, err := sqlite.Open(context.Background(), path, sqlite.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var b strings.Builder
		for _, q := range []string{
			`SELECT id, source, target, code, day, num_mentions, num_sources, num_articles, place_name FROM events ORDER BY id`,
			`SELECT id, event_id, article_id, publisher FROM mentions ORDER BY id`,
			`SELECT source, target, day, root, quad, modality, n, printf('%.6f', goldstein) FROM dyad_day`,
			`SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name`,
			`SELECT count(*) FROM bulk_indexes`,
			`PRAGMA integrity_check`,
		} {
			rows, err := db.SQL().Query(q)
			if err != nil {
				t.Fatal(err)
			}
			cols, _ := rows.Columns()
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			for rows.Next() {
				if err := rows.Scan(ptrs...); err != nil {
					t.Fatal(err)
				}
				fmt.Fprintf(&b, "%v\n", vals)
			}
			rows.Close()
		}
		return b.String()
	}
	if a, b := dump(bulk), dump(plain); a != b {
		t.Errorf("the stores differ:\nbulk  %.400s\nplain %.400s", a, b)
	}
}

// TestRecodeImportedRows checks that recode leaves imported rows, which have
// no text to code again, as they are and says so, rather than counting them
// as failures.
func TestRecodeImportedRows(t *testing.T) {
	dir := t.TempDir()
	file, db := filepath.Join(dir, "events.tsv"), filepath.Join(dir, "rows.db")
	writeGDELT2(t, file, 50)
	runImport(t, "--db", db, "--format", "gdelt", file)
	out, err := ententeCmd("recode", "--db", db).CombinedOutput()
	if err != nil {
		t.Fatalf("recode: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "50 without text") || !strings.Contains(string(out), ", 0 failed") {
		t.Errorf("recode of imported rows says %q, want 50 without text and none failed", out)
	}
}
