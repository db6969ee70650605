package analysis

import (
	"math"
	"testing"

	"entente"
)

// rollupOf sums events into per-day rollup rows, as a store keeps them.
func rollupOf(events []entente.Event) []DayRollup {
	type key struct {
		src, tgt, root string
		day            int64
		quad           int
		mod            entente.Modality
	}
	idx := map[key]int{}
	var rows []DayRollup
	for _, e := range events {
		k := key{e.Source, e.Target, e.Root, e.When.Date.Unix(), e.QuadClass, e.Modality}
		i, ok := idx[k]
		if !ok {
			i = len(rows)
			idx[k] = i
			rows = append(rows, DayRollup{Source: e.Source, Target: e.Target, Day: e.When.Date, Root: e.Root,
				QuadClass: e.QuadClass, Modality: e.Modality})
		}
		rows[i].Events++
		rows[i].GoldsteinSum += e.Goldstein
	}
	return rows
}

// TestRollupReportMatchesReports checks that when every article reports one
// event, the rollup series is the series over reports.
func TestRollupReportMatchesReports(t *testing.T) {
	var events []entente.Event
	events = append(events, articles("PAKGOV", "AFGREB", "042", day(2020, 1, 3), "a", 3)...)
	events = append(events, articles("AFGREB", "PAKMIL", "190", day(2020, 2, 9), "b", 2)...)
	events = append(events, with(ev("PAK", "AFGREB", "112", day(2020, 2, 10), "c"), entente.Alleged))
	events = append(events, articles("PAK", "AFGREB", "010", day(2020, 4, 1), "d", 2)...)
	events = append(events, articles("IND", "PAK", "190", day(2020, 4, 1), "e", 4)...)
	rels := []entente.Relation{{A: "PAK", B: "AFGREB", Sign: -1, ArticleID: "r1",
		When: entente.When{Date: day(2020, 3, 1), Precision: entente.PrecisionDay}}}
	for _, scheme := range []Scheme{GDELT, ICEWS} {
		o := DefaultOptions()
		o.Scheme = scheme
		ro := ReportOptions{Options: o, Totals: []Total{{Period: PeriodOf(day(2020, 1, 1), Month), Events: 10, Weight: 10}}}
		want := BuildReport(events, rels, "PAKGOV", "AFGREB", ro).Series
		got := RollupReport(rollupOf(events), rels, "PAKGOV", "AFGREB", ro).Series
		if got.Approximation == "" {
			t.Errorf("%s: the rollup series is not labelled", scheme)
		}
		if len(got.Points) != len(want.Points) {
			t.Fatalf("%s: %d points, want %d", scheme, len(got.Points), len(want.Points))
		}
		near := func(x, y float64) bool { return math.Abs(x-y) < 1e-9 }
		if !near(got.Baseline, want.Baseline) || !near(got.CombinedBaseline, want.CombinedBaseline) {
			t.Errorf("%s: baselines %v %v, want %v %v", scheme, got.Baseline, got.CombinedBaseline, want.Baseline, want.CombinedBaseline)
		}
		for i, p := range got.Points {
			w := want.Points[i]
			if p.Label != w.Label || p.Events != w.Events || p.Classes != w.Classes || p.Roots != w.Roots ||
				p.Sources != w.Sources || p.StandingSources != w.StandingSources || p.Norm.Total != w.Norm.Total ||
				!near(p.Index, w.Index) || !near(p.Combined, w.Combined) || !near(p.Goldstein, w.Goldstein) ||
				!near(p.Coop, w.Coop) || !near(p.Conflict, w.Conflict) || !near(p.Evidence, w.Evidence) {
				t.Errorf("%s point %d:\n got %+v\nwant %+v", scheme, i, p, w)
			}
		}
	}
}
