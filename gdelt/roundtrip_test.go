package gdelt

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"entente"
	"entente/export"
	"entente/internal/sharedtest"
	"entente/sqlite"
)

// TestImportExport imports the GDELT 1.0 sample into a store, exports it as
// GDELT 2.0 and checks each exported event against the row it came from.
func TestImportExport(t *testing.T) {
	path := sharedtest.Path(t, "formats/gdelt1_events_sample_710rows_dateadded20160728.tsv")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	orig := map[string][]string{}
	for _, l := range strings.Split(strings.TrimRight(string(raw), "\n"), "\n") {
		f := strings.Split(l, "\t")
		orig["gdelt:"+f[0]] = f
	}
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "g.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := readAll(t, NewReader(f, path))
	res, err := db.PutArticles(ctx, rows)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Status != entente.PutAdded && r.Status != entente.PutDuplicate {
			t.Fatalf("%s: %s %v", r.ArticleID, r.Status, r.Err)
		}
	}
	dir := t.TempDir()
	if _, err := export.Write(ctx, db, export.Options{Dir: dir, Formats: []export.Format{export.GDELT}}); err != nil {
		t.Fatal(err)
	}
	var first []string // the article of each exported event, in order
	if err := db.Events(ctx, entente.EventFilter{}, func(e *entente.StoredEvent) error {
		first = append(first, e.ArticleID)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	out, err := os.ReadFile(filepath.Join(dir, "events.gdelt.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if len(lines) != len(first) {
		t.Fatalf("%d exported rows, %d events", len(lines), len(first))
	}
	num := func(s string) float64 { v, _ := strconv.ParseFloat(s, 64); return v }
	for i, l := range lines {
		x := strings.Split(l, "\t")
		o := orig[first[i]]
		if len(x) != 61 || o == nil {
			t.Fatalf("row %d: %d fields, source %v", i, len(x), o)
		}
		for _, c := range []int{1, 5, 15, 26, 27, 28, 29} {
			if x[c] != o[c] {
				t.Errorf("row %d column %d: %q, source has %q", i, c+1, x[c], o[c])
			}
		}
		if num(x[30]) != num(o[30]) {
			t.Errorf("row %d: Goldstein %q, source %q", i, x[30], o[30])
		}
		if o[49] != "0" && (num(x[56]) != num(o[53]) || num(x[57]) != num(o[54]) || x[52] != o[50]) {
			t.Errorf("row %d: ActionGeo %q, source %q", i, x[51:59], o[49:56])
		}
		if len(o) == 58 && x[60] != o[57] {
			t.Errorf("row %d: SOURCEURL %q, source %q", i, x[60], o[57])
		}
	}
}
