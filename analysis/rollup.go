package analysis

import (
	"context"
	"fmt"
	"sort"
	"time"

	"entente"
)

// DayRollup is one row of a store's per-day event rollup: the events of one
// directed pair of actor codes on one day with one CAMEO root, QuadClass and
// modality, counted once each however many articles reported them.
type DayRollup struct {
	Source, Target string
	Day            time.Time
	Root           string
	QuadClass      int
	Modality       entente.Modality
	Events         int
	GoldsteinSum   float64
}

// DayRollupReader is implemented by stores that can read their per-day
// rollup (package sqlite's DB does): rows of the dyad f.Source–f.Target
// (prefixes; both directions unless f.Directed) between f.From and f.To.
type DayRollupReader interface {
	DyadDays(ctx context.Context, f entente.PeriodFilter,
		fn func(source, target string, day time.Time, root string, quad int, modality entente.Modality, n int, goldstein float64) error) error
}

// LoadDayRollups reads the rollup rows of f from st, or reports false when st
// keeps no per-day rollup.
func LoadDayRollups(ctx context.Context, st entente.Store, f entente.PeriodFilter) ([]DayRollup, bool, error) {
	rr, ok := st.(DayRollupReader)
	if !ok {
		return nil, false, nil
	}
	var rows []DayRollup
	err := rr.DyadDays(ctx, f, func(source, target string, day time.Time, root string, quad int, modality entente.Modality, n int, goldstein float64) error {
		rows = append(rows, DayRollup{source, target, day, root, quad, modality, n, goldstein})
		return nil
	})
	if err != nil {
		return nil, true, fmt.Errorf("analysis: %w", err)
	}
	return rows, true, nil
}

// RollupApproximation labels series built by RollupReport, in the JSON of
// Series.Approximation.
const RollupApproximation = "rollup: one vote per event (sources approximated by events); historical weight not applied; " +
	"statements pull by the sign of their day's Goldstein sum; PLOVER classes by QuadClass"

// RollupReport builds the series of the dyad a–b and its turning points
// from per-day rollup rows instead of events, so that its cost grows with
// the dyad's days rather than its reports; relations are the dyad's standing
// relation assertions, used exactly as BuildReport uses them. It has no key
// events and no drivers, which need the events themselves (BuildReport).
//
// The rollup counts events, not the articles that report them, so the event
// layer is approximated: every event is taken as one independent source's
// vote, d = w·sign, t = w (what a source reporting only that event casts),
// and Point.Sources counts events. Historical events cannot be told apart
// and weigh as contemporary ones; a statement (roots 01–02) pulls the way of
// its row's Goldstein sum; under PLOVER events other than statements are
// classed by their QuadClass. Counts per class and root, the Goldstein sums
// and the standing relations are exact. Series.Approximation says so. The
// rollup has no events of other dyads, so ro.Totals should be given for
// normalised values (without them they are zero).
func RollupReport(rows []DayRollup, relations []entente.Relation, a, b string, ro ReportOptions) *Report {
	o := ro.Options
	if o.Unit == "" {
		o.Unit = Month
	}
	if o.Scheme == "" {
		o.Scheme = GDELT
	}
	o.RollUp = cachedRollUp(o.RollUp)
	o.Undirected = !ro.Directed
	na, nb := o.rollUp(a), o.rollUp(b)

	ag := NewAggregator(o)
	for i := range relations {
		r := &relations[i]
		x, y := o.rollUp(r.A), o.rollUp(r.B)
		if (x == na && y == nb) || (x == nb && y == na) {
			ag.AddRelation(r)
		}
	}
	r := ag.Rollup()
	idx := make(map[cellKey]int, len(r.Cells))
	for i := range r.Cells {
		c := &r.Cells[i]
		idx[cellKey{c.Dyad.A, c.Dyad.B, c.Period.key()}] = i
	}
	var lastDay time.Time
	var lastPeriod Period
	for i := range rows {
		row := &rows[i]
		x, y := o.rollUp(row.Source), o.rollUp(row.Target)
		fwd := x == na && y == nb
		if !fwd && !(x == nb && y == na) || row.Events <= 0 {
			continue
		}
		if ro.Directed && !fwd {
			continue
		}
		if !ro.Directed && y < x {
			x, y = y, x
		}
		ev := entente.Event{Root: row.Root, QuadClass: row.QuadClass}
		cls, ok := ClassOf(&ev, o.Scheme)
		if !ok {
			if cls, ok = quadFallback(&ev); !ok {
				r.Skipped += row.Events
				continue
			}
		}
		if !row.Day.Equal(lastDay) || lastPeriod.Unit == "" {
			lastDay, lastPeriod = row.Day, PeriodOf(row.Day, o.Unit)
		}
		k := cellKey{x, y, lastPeriod.key()}
		j, ok := idx[k]
		if !ok {
			j = len(r.Cells)
			idx[k] = j
			r.Cells = append(r.Cells, Cell{Dyad: Dyad{x, y}, Period: lastPeriod, Scheme: o.Scheme})
		}
		c := &r.Cells[j]
		n := float64(row.Events)
		w := o.weight(row.Modality, false)
		c.Events += row.Events
		c.Classes[cls] += row.Events
		if rn := RootNumber(&ev); rn > 0 {
			c.Roots[rn-1] += row.Events
		}
		c.Weight += w * n
		c.Goldstein += w * row.GoldsteinSum
		dir := float64(direction(cls, row.GoldsteinSum))
		if dir == 0 || w <= 0 {
			continue
		}
		c.Event.Sources += row.Events
		c.Event.D += n * w * dir
		c.Event.T += n * w
		c.Event.DD += n * w * w
		c.Event.TT += n * w * w
		c.Event.DT += n * w * w * dir
	}
	SortCells(r.Cells)
	r.Totals = append([]Total(nil), ro.Totals...)
	sort.Slice(r.Totals, func(i, j int) bool { return r.Totals[i].Period.Start.Before(r.Totals[j].Period.Start) })
	s := SeriesWith(r, na, nb, SeriesOptions{Directed: ro.Directed, Prior: o.Prior, RelationWeight: ro.RelationWeight})
	s.Approximation = RollupApproximation
	rep := &Report{A: a, B: b, Series: s}
	rep.Formula = Formula(o) + "; combined = (D + λ·D_r + k·c)/(T + λ·T_r + k) over event votes (D, T) and standing-relation votes (D_r, T_r), λ = " +
		ftoa(s.RelationWeight) + ", c = combined baseline; turning points on the " + string(measureOf(ro.Change)) + " index; " + RollupApproximation
	rep.TurningPoints = TurningPoints(s, ro.Change)
	return rep
}
