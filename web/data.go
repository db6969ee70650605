package web

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"time"

	"entente"
	"entente/analysis"
)

// codePattern is what an actor code in a URL must look like.
var codePattern = regexp.MustCompile(`^[A-Z0-9]{3,15}$`)

// validCode reports whether c is a well-formed actor code for URLs.
func validCode(c string) bool { return codePattern.MatchString(c) }

// EventLookup is implemented by stores that can fetch one event by its store
// ID directly. Without it the server scans the events in storage order.
type EventLookup interface {
	Event(ctx context.Context, storeID int64) (*entente.StoredEvent, error)
}

// ArticleLookup is implemented by stores that can fetch one article by its
// key directly. Without it the server scans the articles in storage order.
type ArticleLookup interface {
	Article(ctx context.Context, id string) (*entente.StoredArticle, error)
}

// LatestLookup is implemented by stores that can list the most recently
// stored articles directly, newest first and without their texts. Without
// it the server scans every article.
type LatestLookup interface {
	LatestArticles(ctx context.Context, n int) ([]entente.StoredArticle, error)
}

// detach returns a context for a cached computation: it outlives the
// request that started it (other requests wait for the result) but is
// bounded in time.
func detach(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithoutCancel(ctx), 2*time.Minute)
}

// errStop ends a store scan early.
var errStop = errors.New("stop")

// findEvent returns the stored event with the given store ID, or an error
// wrapping entente.ErrNotFound.
func findEvent(ctx context.Context, st entente.Store, id int64) (*entente.StoredEvent, error) {
	if l, ok := st.(EventLookup); ok {
		return l.Event(ctx, id)
	}
	if id <= 0 {
		return nil, fmt.Errorf("event %d: %w", id, entente.ErrNotFound)
	}
	var found *entente.StoredEvent
	match := func(e *entente.StoredEvent) error {
		if e.StoreID == id {
			c := *e
			found = &c
			return errStop
		}
		return nil
	}
	// Store IDs count up from 1 in storage order, so without deletions the
	// event sits at offset id-1; after deletions it sits before that.
	err := st.Events(ctx, entente.EventFilter{Offset: int(id - 1), Limit: 1}, match)
	if found == nil && (err == nil || errors.Is(err, errStop)) {
		err = st.Events(ctx, entente.EventFilter{Limit: int(id)}, match)
	}
	if found != nil {
		return found, nil
	}
	if err != nil && !errors.Is(err, errStop) {
		return nil, fmt.Errorf("event %d: %w", id, err)
	}
	return nil, fmt.Errorf("event %d: %w", id, entente.ErrNotFound)
}

// findArticle returns the stored article keyed id, or an error wrapping
// entente.ErrNotFound.
func findArticle(ctx context.Context, st entente.Store, id string) (*entente.StoredArticle, error) {
	if l, ok := st.(ArticleLookup); ok {
		return l.Article(ctx, id)
	}
	var found *entente.StoredArticle
	err := st.Articles(ctx, "", func(a *entente.StoredArticle) error {
		if a.ID == id {
			c := *a
			found = &c
			return errStop
		}
		return nil
	})
	if found != nil {
		return found, nil
	}
	if err != nil && !errors.Is(err, errStop) {
		return nil, fmt.Errorf("article %q: %w", id, err)
	}
	return nil, fmt.Errorf("article %q: %w", id, entente.ErrNotFound)
}

// queryCode is the prefix to query the store with for a code: codes that
// roll up to a country are queried by the country, so that every state role
// is read (the analysis rolls them up again).
func queryCode(c string) string {
	if n := analysis.RollUp(c); len(n) == 3 && analysis.IsCountry(n) {
		return n
	}
	return c
}

// analysisParams are the knobs of the analysis endpoints and pages.
type analysisParams struct {
	unit   analysis.Unit
	scheme analysis.Scheme
	// from and to bound the window [from, to); zero is open.
	from, to time.Time
	// at, when set, asks for the network at that date: events of the
	// trailing window [from, to) weighted by recency, and the standing
	// relations that hold then, with the lasting acts still in force
	// (analysis.BuildNetworkAt, analysis.LoadInForce), as the network
	// command's --at does.
	at time.Time
}

func (p analysisParams) key() string {
	return fmt.Sprintf("%s|%s|%d|%d|%d", p.unit, p.scheme, p.from.Unix(), p.to.Unix(), p.at.Unix())
}

func (p analysisParams) options() analysis.Options {
	o := analysis.DefaultOptions()
	o.Unit, o.Scheme = p.unit, p.scheme
	return o
}

// dyadReport builds the report of the dyad a–b.
func (s *Server) dyadReport(ctx context.Context, a, b string, p analysisParams) (*analysis.Report, error) {
	v, err := s.cache.get("report|"+a+"|"+b+"|"+p.key(), func() (any, error) {
		ctx, cancel := detach(ctx)
		defer cancel()
		dy := [2]string{queryCode(a), queryCode(b)}
		o := p.options()
		in, err := analysis.LoadReports(ctx, s.cfg.Store,
			entente.EventFilter{Dyad: dy, From: p.from, To: analysis.InclusiveEnd(p.to)},
			entente.RelationFilter{Dyad: dy, From: p.from, To: analysis.InclusiveEnd(p.to)}, &o, "article")
		if err != nil {
			return nil, err
		}
		totals, err := s.totals(ctx, p.unit)
		if err != nil {
			return nil, err
		}
		return analysis.BuildReport(in.Events, in.Relations, a, b,
			analysis.ReportOptions{Options: o, Totals: totals}), nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*analysis.Report), nil
}

// dyadSeries builds the series of the dyad a–b and its turning points. When
// the store keeps a per-day rollup (analysis.DayRollupReader) it is read
// instead of the dyad's reports (analysis.RollupReport: events stand for
// sources), so that a series costs a read of the dyad's days, however many
// articles reported them; from is then "rollup". Otherwise it is the full
// report's series (from "reports"), as the report endpoint and the dyad
// page, which need the evidence, always use.
func (s *Server) dyadSeries(ctx context.Context, a, b string, p analysisParams) (rep *analysis.Report, from string, err error) {
	if _, ok := s.cfg.Store.(analysis.DayRollupReader); !ok {
		rep, err := s.dyadReport(ctx, a, b, p)
		return rep, "reports", err
	}
	// The series is undirected: a–b and b–a are one computation.
	if b < a {
		a, b = b, a
	}
	v, err := s.cache.get("series|"+a+"|"+b+"|"+p.key(), func() (any, error) {
		ctx, cancel := detach(ctx)
		defer cancel()
		dy := [2]string{queryCode(a), queryCode(b)}
		to := analysis.InclusiveEnd(p.to)
		o := p.options()
		rows, err := s.dayRollups(ctx, entente.PeriodFilter{Source: dy[0], Target: dy[1], From: p.from, To: to},
			nodeCodes(o.RollUp, a, b))
		if err != nil {
			return nil, err
		}
		var rels []entente.Relation
		if err := s.cfg.Store.Relations(ctx, entente.RelationFilter{Dyad: dy, From: p.from, To: to}, func(r *entente.Relation) error {
			rels = append(rels, *r)
			return nil
		}); err != nil {
			return nil, fmt.Errorf("relations: %w", err)
		}
		totals, err := s.totals(ctx, p.unit)
		if err != nil {
			return nil, err
		}
		return analysis.RollupReport(rows, rels, a, b, analysis.ReportOptions{Options: o, Totals: totals}), nil
	})
	if err != nil {
		return nil, "", err
	}
	return v.(*analysis.Report), "rollup", nil
}

// KeptDayRollupReader is implemented by stores that read their per-day
// rollup (analysis.DayRollupReader) over the actor codes that keep accepts
// only (sqlite.DB): a dyad series then reads the rows of the codes that roll
// up to its two nodes, not those of every code under their prefixes.
type KeptDayRollupReader interface {
	DyadDaysOf(ctx context.Context, f entente.PeriodFilter, keep func(code string) bool,
		fn func(source, target string, day time.Time, root string, quad int, modality entente.Modality, n int, goldstein float64) error) error
}

// dayRollups reads the per-day rollup rows of f, of the actor codes that
// keep accepts when the store can leave the others out (KeptDayRollupReader),
// of every code of f otherwise.
func (s *Server) dayRollups(ctx context.Context, f entente.PeriodFilter, keep func(code string) bool) ([]analysis.DayRollup, error) {
	kr, ok := s.cfg.Store.(KeptDayRollupReader)
	if !ok {
		rows, _, err := analysis.LoadDayRollups(ctx, s.cfg.Store, f)
		return rows, err
	}
	var rows []analysis.DayRollup
	err := kr.DyadDaysOf(ctx, f, keep, func(source, target string, day time.Time, root string, quad int, modality entente.Modality, n int, goldstein float64) error {
		rows = append(rows, analysis.DayRollup{Source: source, Target: target, Day: day, Root: root, QuadClass: quad,
			Modality: modality, Events: n, GoldsteinSum: goldstein})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("dyad days: %w", err)
	}
	return rows, nil
}

// nodeCodes returns a test of the actor codes that roll up (by rollUp, or
// analysis.RollUp when nil) to the node of a or of b: the rows of a dyad's
// series that analysis.RollupReport counts have both codes among them.
func nodeCodes(rollUp func(string) string, a, b string) func(code string) bool {
	if rollUp == nil {
		rollUp = analysis.RollUp
	}
	na, nb := rollUp(a), rollUp(b)
	seen := make(map[string]bool)
	return func(code string) bool {
		ok, found := seen[code]
		if !found {
			n := rollUp(code)
			ok = n == na || n == nb
			seen[code] = ok
		}
		return ok
	}
}

// totals returns the store's event counts per period of unit u, all dyads
// included, for normalised series.
func (s *Server) totals(ctx context.Context, u analysis.Unit) ([]analysis.Total, error) {
	v, err := s.aggregates.get("totals|"+string(u), func() (any, error) {
		ctx, cancel := detach(ctx)
		defer cancel()
		return analysis.LoadTotals(ctx, s.cfg.Store, u)
	})
	if err != nil {
		return nil, err
	}
	return v.([]analysis.Total), nil
}

// networkResult is a network with its blocs and balance.
type networkResult struct {
	Network *analysis.Network `json:"network"`
	Blocs   *analysis.Blocs   `json:"blocs"`
	Balance *analysis.Balance `json:"balance"`
}

// network builds the signed network of the window in p.
func (s *Server) network(ctx context.Context, p analysisParams) (*networkResult, error) {
	v, err := s.cache.get("network|"+p.key(), func() (any, error) {
		ctx, cancel := detach(ctx)
		defer cancel()
		o := p.options()
		in, err := analysis.LoadReports(ctx, s.cfg.Store,
			entente.EventFilter{From: p.from, To: analysis.InclusiveEnd(p.to)},
			entente.RelationFilter{From: p.from, To: analysis.InclusiveEnd(p.to)}, &o, "article")
		if err != nil {
			return nil, err
		}
		var n *analysis.Network
		if !p.at.IsZero() {
			// sanctions and other lasting acts from before the window
			// may still be in force at its end
			lasting, err := analysis.LoadInForce(ctx, s.cfg.Store, p.from)
			if err != nil {
				return nil, err
			}
			ao := analysis.DefaultAtOptions()
			ao.TotalSources = in.Sources
			n = analysis.BuildNetworkAt(append(in.Events, lasting...), in.Relations, p.at, o, ao)
		} else {
			o.Undirected = true
			r := analysis.Aggregate(in.Events, in.Relations, o)
			no := analysis.DefaultNetworkOptions()
			no.From, no.To = p.from, p.to
			no.TotalSources = in.Sources
			n = analysis.BuildNetwork(r.Cells, no)
		}
		return &networkResult{
			Network: n,
			Blocs:   analysis.FindBlocs(n, analysis.BlocOptions{}),
			Balance: analysis.AnalyzeBalance(n, analysis.BalanceOptions{}),
		}, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*networkResult), nil
}

// DyadActivity is a dyad (nodes rolled up, in lexical order) with its number
// of events.
type DyadActivity struct {
	A      string    `json:"a"`
	B      string    `json:"b"`
	Events int       `json:"events"`
	Last   time.Time `json:"last"`
}

// activity holds the store-wide figures of the overview.
type activity struct {
	dyads []DyadActivity
	// first and last are the first and last days with events.
	first, last time.Time
	events      int
}

// storeActivity counts events per rolled-up dyad from the store's rollups.
func (s *Server) storeActivity(ctx context.Context) (*activity, error) {
	v, err := s.aggregates.get("activity", func() (any, error) {
		ctx, cancel := detach(ctx)
		defer cancel()
		acc := make(map[analysis.Dyad]*DyadActivity)
		act := &activity{}
		err := s.cfg.Store.DyadPeriods(ctx, entente.PeriodFilter{Period: entente.Month}, func(d *entente.DyadPeriod) error {
			act.events += d.Count
			if act.first.IsZero() || d.Start.Before(act.first) {
				act.first = d.Start
			}
			if d.Start.After(act.last) {
				act.last = d.Start
			}
			a, b := analysis.RollUp(d.Source), analysis.RollUp(d.Target)
			if a == "" || b == "" || a == b {
				return nil
			}
			k := analysis.Dyad{A: a, B: b}.Undirected()
			x := acc[k]
			if x == nil {
				x = &DyadActivity{A: k.A, B: k.B}
				acc[k] = x
			}
			x.Events += d.Count
			if d.Start.After(x.Last) {
				x.Last = d.Start
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("reading dyad activity: %w", err)
		}
		for _, x := range acc {
			act.dyads = append(act.dyads, *x)
		}
		sort.Slice(act.dyads, func(i, j int) bool {
			x, y := act.dyads[i], act.dyads[j]
			if x.Events != y.Events {
				return x.Events > y.Events
			}
			if x.A != y.A {
				return x.A < y.A
			}
			return x.B < y.B
		})
		return act, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*activity), nil
}

// recentTurn is a turning point of one dyad.
type recentTurn struct {
	A, B string
	analysis.TurningPoint
}

// recentTurningPoints finds the turning points of the most active dyads and
// returns the latest ones first.
func (s *Server) recentTurningPoints(ctx context.Context, dyads []DyadActivity, max int) ([]recentTurn, error) {
	var out []recentTurn
	for i, d := range dyads {
		if i == 8 {
			break
		}
		rep, err := s.dyadReport(ctx, d.A, d.B, analysisParams{unit: analysis.Month, scheme: analysis.GDELT})
		if err != nil {
			return nil, err
		}
		for _, tp := range rep.TurningPoints {
			out = append(out, recentTurn{A: d.A, B: d.B, TurningPoint: tp})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Period.Start.After(out[j].Period.Start) })
	if len(out) > max {
		out = out[:max]
	}
	return out, nil
}

// latestArticles returns up to n articles, the most recently stored last
// in storage order reversed (newest first). It scans the store's articles
// unless the store implements LatestLookup.
func (s *Server) latestArticles(ctx context.Context, n int) ([]entente.StoredArticle, error) {
	v, err := s.cache.get("latest-articles", func() (any, error) {
		ctx, cancel := detach(ctx)
		defer cancel()
		if l, ok := s.cfg.Store.(LatestLookup); ok {
			return l.LatestArticles(ctx, n)
		}
		ring := make([]entente.StoredArticle, 0, n)
		next := 0
		err := s.cfg.Store.Articles(ctx, "", func(a *entente.StoredArticle) error {
			c := *a
			c.Text = ""
			if len(ring) < n {
				ring = append(ring, c)
			} else {
				ring[next] = c
			}
			next = (next + 1) % n
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("reading articles: %w", err)
		}
		out := make([]entente.StoredArticle, 0, len(ring))
		for i := 0; i < len(ring); i++ {
			out = append(out, ring[(next-1-i+2*len(ring))%len(ring)])
		}
		return out, nil
	})
	if err != nil {
		return nil, err
	}
	return v.([]entente.StoredArticle), nil
}

// Warm computes the store-wide aggregates that the overview, the network
// page and the dyad series need (dyad activity, period totals), so that the
// first requests do not wait for them. serve calls it in the background at
// start.
func (s *Server) Warm(ctx context.Context) error {
	if _, err := s.storeActivity(ctx); err != nil {
		return err
	}
	for _, u := range []analysis.Unit{analysis.Month, analysis.Year} {
		if _, err := s.totals(ctx, u); err != nil {
			return err
		}
	}
	return nil
}
