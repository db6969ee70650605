package analysis

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"entente"
)

// Input is what the analyses read from a store: one event per independent
// report, the standing relations, and how many distinct sources they come
// from.
type Input struct {
	Events    []entente.Event
	Relations []entente.Relation
	// Publisher maps article IDs to their publishers.
	Publisher map[string]string
	// Sources counts the distinct sources among the reports and relations.
	Sources int
}

// LoadReports reads the events that match f as one event per report: each
// report from an article that is not a near duplicate of another becomes an
// event with that article as its source and that report's modality and
// spans, so that the analysis counts independent sources rather than raw
// mentions; the store's event ID is kept, so counts by event see each event
// once. An event without reports stands for itself. Relations that match rf
// come along. With sourceBy "publisher", o.SourceOf is set so that the
// publisher, not the article, is the independent source.
func LoadReports(ctx context.Context, st entente.Store, f entente.EventFilter, rf entente.RelationFilter, o *Options, sourceBy string) (*Input, error) {
	byID := make(map[int64]*entente.StoredEvent)
	var order []int64
	if err := st.Events(ctx, f, func(e *entente.StoredEvent) error {
		c := *e
		byID[e.StoreID] = &c
		order = append(order, e.StoreID)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("reading events: %w", err)
	}
	in := &Input{Publisher: make(map[string]string)}
	reported := make(map[int64]bool, len(byID))
	if err := st.Mentions(ctx, f, func(m *entente.EventMention) error {
		base, ok := byID[m.EventStoreID]
		if !ok {
			return nil
		}
		reported[m.EventStoreID] = true
		if m.Duplicate {
			return nil
		}
		e := base.Event
		e.ID = strconv.FormatInt(base.StoreID, 10)
		if m.ArticleID != e.ArticleID || m.Sentence != e.Sentence {
			e.SentenceText = "" // the stored text is that of the first report
		}
		e.ArticleID, e.Sentence, e.Modality = m.ArticleID, m.Sentence, m.Modality
		e.SourceSpan, e.TargetSpan, e.VerbSpan = m.SourceSpan, m.TargetSpan, m.VerbSpan
		in.Publisher[m.ArticleID] = m.Publisher
		in.Events = append(in.Events, e)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("reading event reports: %w", err)
	}
	for _, id := range order {
		if !reported[id] {
			e := byID[id].Event
			e.ID = strconv.FormatInt(id, 10)
			in.Events = append(in.Events, e)
		}
	}
	sort.SliceStable(in.Events, func(i, j int) bool { return in.Events[i].When.Date.Before(in.Events[j].When.Date) })
	if err := st.Relations(ctx, rf, func(r *entente.Relation) error {
		in.Relations = append(in.Relations, *r)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("reading relations: %w", err)
	}
	if sourceBy == "publisher" {
		o.SourceOf = func(e *entente.Event) string {
			if p := in.Publisher[e.ArticleID]; p != "" {
				return p
			}
			return e.ArticleID
		}
	}
	seen := make(map[string]bool)
	for i := range in.Events {
		e := &in.Events[i]
		if o.SourceOf != nil {
			seen[o.SourceOf(e)] = true
		} else {
			seen[e.ArticleID] = true
		}
	}
	for _, r := range in.Relations {
		seen[r.ArticleID] = true
	}
	in.Sources = len(seen)
	return in, nil
}

// LoadTotals returns the store's event counts per period of unit u, all
// dyads included, from its rollups: the denominators of normalised series.
func LoadTotals(ctx context.Context, st entente.Store, u Unit) ([]Total, error) {
	p := entente.Month
	if u == Week {
		p = entente.Week
	}
	acc := make(map[time.Time]*Total)
	err := st.DyadPeriods(ctx, entente.PeriodFilter{Period: p}, func(d *entente.DyadPeriod) error {
		per := PeriodOf(d.Start, u)
		t := acc[per.Start]
		if t == nil {
			t = &Total{Period: per}
			acc[per.Start] = t
		}
		t.Events += d.Count
		t.Weight += float64(d.Count)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading period totals: %w", err)
	}
	out := make([]Total, 0, len(acc))
	for _, t := range acc {
		out = append(out, *t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Period.Start.Before(out[j].Period.Start) })
	return out, nil
}

// ParseLooseDate reads YYYY-MM-DD, YYYY-MM or YYYY and returns the start of
// that day, month or year and the start of the next one: the window a user
// means by a date of that precision.
func ParseLooseDate(s string) (start, next time.Time, err error) {
	s = strings.TrimSpace(s)
	for _, l := range []struct {
		layout  string
		y, m, d int
	}{{"2006-01-02", 0, 0, 1}, {"2006-01", 0, 1, 0}, {"2006", 1, 0, 0}} {
		if t, err := time.Parse(l.layout, s); err == nil {
			return t, t.AddDate(l.y, l.m, l.d), nil
		}
	}
	return start, next, fmt.Errorf("bad date %q (want YYYY-MM-DD, YYYY-MM or YYYY)", s)
}

// InclusiveEnd turns the exclusive end of a window into the last day it
// includes, as the store's filters take it (zero stays zero).
func InclusiveEnd(to time.Time) time.Time {
	if to.IsZero() {
		return to
	}
	return to.AddDate(0, 0, -1)
}
