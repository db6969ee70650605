package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"entente"
)

// TestQueryPlans checks, with EXPLAIN QUERY PLAN on an analyzed store, that
// the event pages the API serves most read the indexes meant for them: a
// dyad through events_pair, an actor over a date range through
// events_source and events_target alone (no lookup of the table's rows),
// a root through events_root; none scans the events table.
func TestQueryPlans(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "plan.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	fill(t, db, 10000)
	if err := db.analyze(ctx, "ANALYZE"); err != nil {
		t.Fatal(err)
	}
	var samples int
	if err := db.SQL().QueryRow(`SELECT count(*) FROM sqlite_stat4`).Scan(&samples); err == nil && samples > 0 {
		t.Errorf("sqlite_stat4 holds %d samples after analysis", samples)
	}
	from := time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name string
		f    entente.EventFilter
		want []string
	}{
		{"dyad", entente.EventFilter{Dyad: [2]string{"USA", "RUS"}, Limit: 51},
			[]string{"COVERING INDEX events_pair"}},
		{"actor and dates", entente.EventFilter{Actor: "USA", From: from, To: from.AddDate(0, 8, 0), Limit: 51},
			[]string{"COVERING INDEX events_source", "COVERING INDEX events_target"}},
		{"root", entente.EventFilter{Code: "19", Limit: 51, Offset: 500},
			[]string{"COVERING INDEX events_root"}},
	} {
		q, args, all, err := db.eventSelect(ctx, &c.f)
		if err != nil || all {
			t.Fatalf("%s: %v (all %v)", c.name, err, all)
		}
		text := queryPlan(t, db, q, args...)
		for _, w := range c.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: plan does not use %s:\n%s", c.name, w, text)
			}
		}
		for _, l := range strings.Split(text, "\n") {
			if strings.HasPrefix(l, "SCAN e") || strings.HasPrefix(l, "SCAN events") {
				t.Errorf("%s: plan scans the events table:\n%s", c.name, text)
			}
		}
		t.Logf("%s:\n%s", c.name, text)

		// The page's rows, joined with their evidence, come in the
		// subquery's order: no sort at the top of the plan.
		rows, err := db.SQL().QueryContext(ctx, "EXPLAIN QUERY PLAN "+eventRowsQuery(q, false), args...)
		if err != nil {
			t.Fatalf("%s rows: %v", c.name, err)
		}
		var top []string
		for rows.Next() {
			var id, parent, notused int
			var detail string
			if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
				t.Fatal(err)
			}
			if parent == 0 {
				top = append(top, detail)
			}
		}
		rows.Close()
		if len(top) < 4 {
			t.Errorf("%s rows: top of the plan %q, want the subquery and three joins", c.name, top)
		}
		for _, l := range top {
			if strings.Contains(l, "TEMP B-TREE") {
				t.Errorf("%s rows: the joined rows are sorted again:\n%s", c.name, strings.Join(top, "\n"))
			}
		}
	}
}

// TestDataVersion checks that the data version changes with a write through
// the handle and with a write by another handle on the same file, and not
// otherwise.
func TestDataVersion(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "version.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	v0, err := db.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := db.DataVersion(ctx); v != v0 {
		t.Errorf("version changed without a write: %d, %d", v0, v)
	}
	if _, err := db.PutArticles(ctx, []entente.CodedArticle{article("v1", "P", words(1, 20), ev{src: "USA", tgt: "RUS", code: "042"})}); err != nil {
		t.Fatal(err)
	}
	v1, err := db.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v1 == v0 {
		t.Errorf("version %d unchanged by a write through the handle", v1)
	}
	other, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.PutArticles(ctx, []entente.CodedArticle{article("v2", "P", words(2, 20), ev{src: "RUS", tgt: "USA", code: "043"})}); err != nil {
		t.Fatal(err)
	}
	other.Close()
	if v2, err := db.DataVersion(ctx); err != nil || v2 == v1 {
		t.Errorf("version %d (%v) unchanged by another handle's write", v2, err)
	}
	mem, err := Open(ctx, ":memory:", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	m0, _ := mem.DataVersion(ctx)
	if _, err := mem.PutArticles(ctx, []entente.CodedArticle{article("v3", "P", words(3, 20), ev{src: "USA", tgt: "RUS", code: "042"})}); err != nil {
		t.Fatal(err)
	}
	if m1, _ := mem.DataVersion(ctx); m1 == m0 {
		t.Errorf("in-memory version %d unchanged by a write", m1)
	}
}

// TestEventPagesMatchFilter checks the pages of actor and dyad filters (read
// as unions of per-alternative pages, see eventSelect) against the events
// that match them, filtered in Go from every stored event: the same events,
// in ID order, for several pages, a dyad of one country with itself, and
// events whose source and target both match an actor.
func TestEventPagesMatchFilter(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "pages.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	fill(t, db, 10000)
	var all []entente.StoredEvent
	if err := db.Events(ctx, entente.EventFilter{}, func(e *entente.StoredEvent) error {
		all = append(all, *e)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	from, to := dayTime(dayNumber(day0)+400), dayTime(dayNumber(day0)+1400)
	in := func(code, prefix string) bool { return strings.HasPrefix(code, prefix) }
	for _, c := range []struct {
		name  string
		f     entente.EventFilter
		match func(e *entente.StoredEvent) bool
	}{
		{"actor", entente.EventFilter{Actor: "USA"}, func(e *entente.StoredEvent) bool {
			return in(e.Source, "USA") || in(e.Target, "USA")
		}},
		{"actor, dates and root", entente.EventFilter{Actor: "RUS", From: from, To: to, Root: "19"}, func(e *entente.StoredEvent) bool {
			d := e.When.Date
			return (in(e.Source, "RUS") || in(e.Target, "RUS")) && !d.Before(from) && !d.After(to) && e.Root == "19"
		}},
		{"dyad", entente.EventFilter{Dyad: [2]string{"USA", "CHN"}}, func(e *entente.StoredEvent) bool {
			return (in(e.Source, "USA") && in(e.Target, "CHN")) || (in(e.Source, "CHN") && in(e.Target, "USA"))
		}},
		{"dyad with itself", entente.EventFilter{Dyad: [2]string{"IRN", "IRN"}}, func(e *entente.StoredEvent) bool {
			return in(e.Source, "IRN") && in(e.Target, "IRN")
		}},
		{"nested dyad and dates", entente.EventFilter{Dyad: [2]string{"PAK", "PAKMIL"}, From: from}, func(e *entente.StoredEvent) bool {
			return ((in(e.Source, "PAK") && in(e.Target, "PAKMIL")) || (in(e.Source, "PAKMIL") && in(e.Target, "PAK"))) && !e.When.Date.Before(from)
		}},
		{"actor and dyad", entente.EventFilter{Actor: "SYR", Dyad: [2]string{"SYR", "TUR"}}, func(e *entente.StoredEvent) bool {
			return (in(e.Source, "SYR") && in(e.Target, "TUR")) || (in(e.Source, "TUR") && in(e.Target, "SYR"))
		}},
	} {
		var want []int64
		for i := range all {
			if c.match(&all[i]) {
				want = append(want, all[i].StoreID)
			}
		}
		if len(want) < 10 {
			t.Fatalf("%s: only %d matching events in the fixture", c.name, len(want))
		}
		for _, pg := range []struct{ limit, offset int }{{0, 0}, {7, 0}, {7, 14}, {50, len(want) - 10}, {5, len(want) + 3}} {
			f := c.f
			f.Limit, f.Offset = pg.limit, pg.offset
			got := storeIDs(t, db, f)
			lo := min(pg.offset, len(want))
			hi := len(want)
			if pg.limit > 0 {
				hi = min(lo+pg.limit, len(want))
			}
			if fmt.Sprint(got) != fmt.Sprint(want[lo:hi]) {
				t.Errorf("%s, limit %d offset %d: got %v, want %v", c.name, pg.limit, pg.offset, got, want[lo:hi])
			}
		}
	}
}

// queryPlan returns the details of SQLite's EXPLAIN QUERY PLAN for q, one
// line per step.
func queryPlan(t *testing.T, db *DB, q string, args ...any) string {
	t.Helper()
	rows, err := db.SQL().QueryContext(context.Background(), "EXPLAIN QUERY PLAN "+q, args...)
	if err != nil {
		t.Fatalf("explain %s: %v", q, err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, notused int
		var detail string
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return strings.Join(plan, "\n")
}

// storeIDs returns the store IDs of the events f selects, in page order.
func storeIDs(t *testing.T, db *DB, f entente.EventFilter) []int64 {
	t.Helper()
	var got []int64
	if err := db.Events(context.Background(), f, func(e *entente.StoredEvent) error {
		got = append(got, e.StoreID)
		return nil
	}); err != nil {
		t.Fatalf("events %+v: %v", f, err)
	}
	return got
}
