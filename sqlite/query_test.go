package sqlite

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"entente"
)

// TestDyadDaysOfKeepsCodes checks that DyadDaysOf passes exactly the rows of
// DyadDays whose two codes keep accepts, in the same order, for an undirected
// dyad, a directed one and overlapping prefixes.
func TestDyadDaysOfKeepsCodes(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	r := rand.New(rand.NewSource(11))
	if _, err := db.PutArticles(ctx, synth(r, 0, 600, 10, false)); err != nil {
		t.Fatal(err)
	}
	rows := func(f entente.PeriodFilter, keep func(string) bool) []string {
		var out []string
		fn := func(source, target string, day time.Time, root string, quad int, modality entente.Modality, n int, goldstein float64) error {
			out = append(out, fmt.Sprintf("%s %s %s %s %d %s %d %g", source, target, day.Format(time.DateOnly), root, quad, modality, n, goldstein))
			return nil
		}
		var err error
		if keep == nil {
			err = db.DyadDays(ctx, f, fn)
		} else {
			err = db.DyadDaysOf(ctx, f, keep, fn)
		}
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	// No rebels nor opposition, as a series of two states reads them.
	states := func(code string) bool { return !strings.HasSuffix(code, "REB") && !strings.HasSuffix(code, "OPP") }
	for _, f := range []entente.PeriodFilter{
		{Source: "USA", Target: "RUS"},
		{Source: "USA", Target: "RUS", Directed: true},
		{Source: "US", Target: "IR"},
		{Source: "CHN", Target: "PAK", From: day0.AddDate(2, 0, 0), To: day0.AddDate(5, 6, 0)},
	} {
		var want []string
		all := rows(f, nil)
		for _, l := range all {
			fs := strings.Fields(l)
			if states(fs[0]) && states(fs[1]) {
				want = append(want, l)
			}
		}
		got := rows(f, states)
		if len(want) == 0 || len(want) == len(all) {
			t.Fatalf("%+v: %d of %d rows kept; the test needs some of both", f, len(want), len(all))
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%+v: DyadDaysOf gave %d rows, want the %d of DyadDays with kept codes", f, len(got), len(want))
		}
	}
	// A keep that refuses every code reads nothing.
	if got := rows(entente.PeriodFilter{Source: "USA", Target: "RUS"}, func(string) bool { return false }); len(got) != 0 {
		t.Errorf("keep refusing every code: %d rows", len(got))
	}
}

// TestChunkedPagesMatchFilter checks the pages of an actor's events read
// chunk by chunk (chunkedPage) against the events that match the filter,
// filtered in Go from every stored event, on a store whose events lie in
// several chunks of IDs, with a batch across a chunk boundary and chunks
// without events: the same events in ID order, for pages within the first
// chunk, across chunks, past the end, and date ranges with few or no events.
func TestChunkedPagesMatchFilter(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	r := rand.New(rand.NewSource(5))
	// Events of one batch take the IDs after the highest stored one: a
	// placeholder event (of an actor no filter names, with no mention, so
	// that no read returns it) moves the next batch to the chunk wanted.
	for i, next := range []int64{0, 3<<chunkShift - 700, 4 << chunkShift, 9<<chunkShift + 17} {
		if next > 0 {
			if _, err := db.SQL().ExecContext(ctx, `INSERT INTO events (id, bucket, source, target, code, root, goldstein,
				quad, day, first_mention, num_mentions, num_sources, num_articles)
				VALUES (?, 0, 'ZZZ', 'ZZZ', '010', '01', 0, 1, 0, -1, 1, 1, 1)`, next); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := db.PutArticles(ctx, synth(r, i*300, 300, 5, false)); err != nil {
			t.Fatal(err)
		}
	}
	var all []entente.StoredEvent
	if err := db.Events(ctx, entente.EventFilter{}, func(e *entente.StoredEvent) error {
		all = append(all, *e)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	chunks := map[int64]bool{}
	for _, e := range all {
		chunks[e.StoreID>>chunkShift] = true
	}
	if len(chunks) < 4 {
		t.Fatalf("events in %d chunks of IDs, want at least 4", len(chunks))
	}
	in := func(code, prefix string) bool { return strings.HasPrefix(code, prefix) }
	first := dayNumber(day0)
	for _, c := range []struct {
		name     string
		actor    string
		from, to time.Time
		root     string
	}{
		{"actor", "USA", time.Time{}, time.Time{}, ""},
		{"actor and dates", "RUS", dayTime(first + 400), dayTime(first + 1400), ""},
		{"code, dates and root", "CHNGOV", dayTime(first + 100), time.Time{}, "19"},
		{"a month", "IRN", dayTime(first + 3000), dayTime(first + 3030), ""},
		{"no events", "PAK", dayTime(first - 900), dayTime(first - 800), ""},
		{"unknown actor", "XYZ", time.Time{}, time.Time{}, ""},
	} {
		var want []int64
		for i := range all {
			e := &all[i]
			d := e.When.Date
			if (in(e.Source, c.actor) || in(e.Target, c.actor)) && (c.from.IsZero() || !d.Before(c.from)) &&
				(c.to.IsZero() || !d.After(c.to)) && (c.root == "" || e.Root == c.root) {
				want = append(want, e.StoreID)
			}
		}
		for _, pg := range []struct{ limit, offset int }{{1, 0}, {51, 0}, {7, 14}, {50, len(want) - 10}, {500, 100}, {5, len(want) + 3}} {
			if pg.offset < 0 {
				continue
			}
			f := entente.EventFilter{Actor: c.actor, From: c.from, To: c.to, Root: c.root, Limit: pg.limit, Offset: pg.offset}
			if _, chunked, err := db.chunkedPage(ctx, &f); err != nil || !chunked {
				t.Fatalf("%s: not read by chunks (%v)", c.name, err)
			}
			got := storeIDs(t, db, f)
			lo := min(pg.offset, len(want))
			hi := min(lo+pg.limit, len(want))
			if fmt.Sprint(got) != fmt.Sprint(want[lo:hi]) {
				t.Errorf("%s, limit %d offset %d: got %v, want %v", c.name, pg.limit, pg.offset, got, want[lo:hi])
			}
		}
	}
}

// TestChunkedPagePlan checks, with EXPLAIN QUERY PLAN on an analyzed store,
// that a chunk of an actor's page over a date range is sought in
// events_source_chunk and events_target_chunk on the actor, the chunk and
// the dates, without reading the events table.
func TestChunkedPagePlan(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	fill(t, db, 10000)
	if err := db.analyze(ctx, "ANALYZE"); err != nil {
		t.Fatal(err)
	}
	f := entente.EventFilter{Actor: "USA", From: day0.AddDate(0, 5, 0), To: day0.AddDate(1, 0, 0), Limit: 51}
	w, alts, err := db.eventWhere(ctx, &f)
	if err != nil {
		t.Fatal(err)
	}
	q, args := chunkSelect(w, alts, []any{int64(0), int64(1)}, 51)
	text := queryPlan(t, db, q, args...)
	for _, want := range []string{
		"COVERING INDEX events_source_chunk (source=? AND <expr>=? AND day>? AND day<?)",
		"COVERING INDEX events_target_chunk (target=? AND <expr>=? AND day>? AND day<?)",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("plan does not use %s:\n%s", want, text)
		}
	}
}
