package sqlite

import (
	"context"
	"fmt"
	"math/rand"
	"sort"
	"testing"

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
