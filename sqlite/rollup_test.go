package sqlite

import (
	"context"
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"testing"
	"time"

	"entente"
)

// TestMonthlyRollupsAgreeWithDaily checks that the series read from the
// monthly rollups (dyad_month for exact codes, country_month for countries)
// equal those summed from the daily rollup, for prefixes, exact codes,
// directed and undirected dyads, by month and by year.
func TestMonthlyRollupsAgreeWithDaily(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	r := rand.New(rand.NewSource(7))
	for seq := 0; seq < 600; seq += 200 {
		if _, err := db.PutArticles(ctx, synth(r, seq, 200, 5, seq%400 == 0)); err != nil {
			t.Fatal(err)
		}
	}
	series := func(f entente.PeriodFilter) string {
		out := ""
		if err := db.DyadPeriods(ctx, f, func(d *entente.DyadPeriod) error {
			out += fmt.Sprintf("%s %s %s %d %d %g\n", d.Source, d.Target, d.Start.Format("2006-01"), d.QuadClass, d.Count, d.GoldsteinSum)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return out
	}
	// Overlapping prefixes: an event between two USA actors is in both
	// directions of the dyad and must be counted once.
	var want int
	if err := db.SQL().QueryRow(`SELECT COUNT(*) FROM events WHERE source LIKE 'USA%' AND target LIKE 'US%'
		OR source LIKE 'US%' AND target LIKE 'USA%'`).Scan(&want); err != nil {
		t.Fatal(err)
	}
	for _, p := range []entente.Period{entente.Day, entente.Month} {
		got := 0
		if err := db.DyadPeriods(ctx, entente.PeriodFilter{Source: "USA", Target: "US", Period: p}, func(d *entente.DyadPeriod) error {
			got += d.Count
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if got != want || want == 0 {
			t.Errorf("%s: USA-US dyad counts %d events, want %d", p, got, want)
		}
	}
	for _, f := range []entente.PeriodFilter{
		{Source: "USA", Target: "RUS"},
		{Source: "USAGOV", Target: "RUSMIL"},
		{Source: "USAGOV", Target: "RUSMIL", Directed: true},
		{Source: "USA", Target: "RUS", ByCountry: true},
		{Source: "USA", Target: "RUS", ByCountry: true, Directed: true},
		{Source: "USAG", Target: "RUS", ByCountry: true},
		{Source: "CHN", QuadClass: 4},
		{Target: "PAK", Modality: entente.Asserted},
	} {
		for _, p := range []entente.Period{entente.Month, entente.Year} {
			f.Period = p
			got := series(f)
			daily := sumDaily(t, db, f)
			if got != daily {
				t.Errorf("%+v:\nmonthly rollup\n%s\ndaily rollup\n%s", f, got, daily)
			}
			if got == "" {
				t.Errorf("%+v: empty series", f)
			}
		}
	}
}

// sumDaily reads the series f asks for from the daily rollup only, by
// summing per-day periods into f's period.
func sumDaily(t *testing.T, db *DB, f entente.PeriodFilter) string {
	type key struct {
		src, tgt, start string
		quad            int
	}
	acc := map[key]*entente.DyadPeriod{}
	var keys []key
	day := f
	day.Period = entente.Day
	if err := db.DyadPeriods(context.Background(), day, func(d *entente.DyadPeriod) error {
		k := key{d.Source, d.Target, f.Period.Start(d.Start).Format("2006-01"), d.QuadClass}
		if acc[k] == nil {
			acc[k] = &entente.DyadPeriod{}
			keys = append(keys, k)
		}
		acc[k].Count += d.Count
		acc[k].GoldsteinSum += d.GoldsteinSum
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.src != b.src {
			return a.src < b.src
		}
		if a.tgt != b.tgt {
			return a.tgt < b.tgt
		}
		if a.start != b.start {
			return a.start < b.start
		}
		return a.quad < b.quad
	})
	out := ""
	for _, k := range keys {
		out += fmt.Sprintf("%s %s %s %d %d %g\n", k.src, k.tgt, k.start, k.quad, acc[k].Count, acc[k].GoldsteinSum)
	}
	return out
}

// TestMigrateExactMonth checks that migrating a version-2 store builds the
// exact-code monthly rollup from the daily one.
func TestMigrateExactMonth(t *testing.T) {
	db, path := openTemp(t)
	ctx := context.Background()
	r := rand.New(rand.NewSource(3))
	if _, err := db.PutArticles(ctx, synth(r, 0, 100, 5, false)); err != nil {
		t.Fatal(err)
	}
	filters := []entente.PeriodFilter{{Source: "USA", Target: "RUS", Period: entente.Month}, {Source: "CHNGOV", Period: entente.Year, Directed: true}}
	series := func(db *DB) map[string]string {
		out := map[string]string{}
		for _, f := range filters {
			s := ""
			if err := db.DyadPeriods(ctx, f, func(d *entente.DyadPeriod) error {
				s += fmt.Sprintf("%s %s %s %d %d %g\n", d.Source, d.Target, d.Start.Format("2006-01"), d.QuadClass, d.Count, d.GoldsteinSum)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			out[fmt.Sprint(f)] = s
		}
		return out
	}
	want := series(db)
	// Back to version 2: without dyad_month, nor the alias buckets of
	// version 9, nor the loose buckets of version 10, nor the columns of
	// bulk_indexes of version 12.
	if _, err := db.SQL().Exec(`DROP TABLE dyad_month; DROP INDEX events_alias; ALTER TABLE events DROP COLUMN alias_bucket;
		DROP INDEX events_loose; ALTER TABLE events DROP COLUMN loose_bucket;
		ALTER TABLE bulk_indexes DROP COLUMN tbl; ALTER TABLE bulk_indexes DROP COLUMN stat;
		PRAGMA user_version = 2`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	consistent(t, db)
	if got := series(db); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("after migration\n got %v\nwant %v", got, want)
	}
}

// TestDyadDaysAgreeWithDyadPeriods checks that the rows DyadDays reads sum
// to the daily series DyadPeriods reads, directed and not.
func TestDyadDaysAgreeWithDyadPeriods(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	r := rand.New(rand.NewSource(11))
	if _, err := db.PutArticles(ctx, synth(r, 0, 300, 5, false)); err != nil {
		t.Fatal(err)
	}
	for _, f := range []entente.PeriodFilter{{Source: "USA", Target: "RUS"}, {Source: "USA", Target: "RUS", Directed: true}} {
		want := map[string]int{}
		if err := db.DyadPeriods(ctx, entente.PeriodFilter{Source: f.Source, Target: f.Target, Directed: true, Period: entente.Day},
			func(d *entente.DyadPeriod) error {
				want[d.Source+" "+d.Target+" "+d.Start.Format("2006-01-02")] += d.Count
				return nil
			}); err != nil {
			t.Fatal(err)
		}
		if !f.Directed {
			if err := db.DyadPeriods(ctx, entente.PeriodFilter{Source: f.Target, Target: f.Source, Directed: true, Period: entente.Day},
				func(d *entente.DyadPeriod) error {
					want[d.Source+" "+d.Target+" "+d.Start.Format("2006-01-02")] += d.Count
					return nil
				}); err != nil {
				t.Fatal(err)
			}
		}
		got := map[string]int{}
		if err := db.DyadDays(ctx, f, func(src, tgt string, day time.Time, root string, quad int, m entente.Modality, n int, g float64) error {
			got[src[:3]+" "+tgt[:3]+" "+day.Format("2006-01-02")] += n
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		wantC := map[string]int{}
		for k, n := range want {
			wantC[k[:3]+" "+k[strings.IndexByte(k, ' ')+1:][:3]+" "+k[len(k)-10:]] += n
		}
		if len(got) == 0 || fmt.Sprint(got) != fmt.Sprint(wantC) {
			t.Errorf("%+v: DyadDays %v, want %v", f, got, wantC)
		}
	}
}
