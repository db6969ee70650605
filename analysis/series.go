package analysis

// Point is one period of a dyad series.
type Point struct {
	Period Period `json:"period"`
	Label  string `json:"label"`
	// Events, Classes and Roots count the dyad's events in the period.
	Events  int             `json:"events"`
	Classes [NumClasses]int `json:"classes"`
	Roots   [20]int         `json:"roots"`
	// Goldstein is the weighted Goldstein sum and GoldsteinMean its mean.
	Goldstein     float64 `json:"goldstein"`
	GoldsteinMean float64 `json:"goldstein_mean"`
	// Coop and Conflict are the cooperative and conflictual masses of the
	// sources' votes, and Sources the number of sources that voted.
	Coop     float64 `json:"coop"`
	Conflict float64 `json:"conflict"`
	Sources  int     `json:"sources"`
	// Index is the relation index of the period, shrunk toward the dyad's
	// baseline; Anomaly is Index minus the baseline.
	Index   float64 `json:"index"`
	Anomaly float64 `json:"anomaly"`
	// Standing is the standing-relation score of the period (shrunk toward
	// 0), meaningful when StandingSources > 0.
	Standing        float64 `json:"standing"`
	StandingSources int     `json:"standing_sources"`
	// Combined is the period's index of events and standing relations
	// together, (D + λ·D_r + k·c)/(T + λ·T_r + k), shrunk toward the
	// series' CombinedBaseline c; Evidence is its mass T + λ·T_r. Turning
	// points are found on it.
	Combined float64 `json:"combined"`
	Evidence float64 `json:"evidence"`
	// Norm is the period normalised by the period's total event volume.
	Norm Normalised `json:"normalised"`
}

// Normalised holds a point's counts divided by the total number of events
// (all dyads) in the period, and the Goldstein sum by their total weight.
type Normalised struct {
	Total     int                 `json:"total_events"`
	Events    float64             `json:"events"`
	Classes   [NumClasses]float64 `json:"classes"`
	Goldstein float64             `json:"goldstein"`
}

// Series is the evolution of one dyad, period by period: its points run
// from the period of the earliest dated event or relation to that of the
// latest, leaving out the periods with neither.
type Series struct {
	Dyad     Dyad `json:"dyad"`
	Directed bool `json:"directed"`
	// Scheme and SchemeLabel say how events were classed.
	Scheme      Scheme `json:"scheme"`
	SchemeLabel string `json:"scheme_label"`
	Unit        Unit   `json:"unit"`
	// Prior is k in the index formula.
	Prior float64 `json:"prior"`
	// Baseline is the dyad's own index over the whole series (shrunk toward
	// 0), the centre its periods are shrunk toward.
	Baseline float64 `json:"baseline"`
	// Standing is the standing-relation score over the whole series, with
	// StandingSources votes behind it.
	Standing        float64 `json:"standing"`
	StandingSources int     `json:"standing_sources"`
	// RelationWeight is λ, the weight of a standing-relation vote against
	// an event vote in the combined index, and CombinedBaseline the
	// combined index over the whole series (shrunk toward 0).
	RelationWeight   float64 `json:"relation_weight"`
	CombinedBaseline float64 `json:"combined_baseline"`
	// Approximation, when not empty, says how the series departs from the
	// computation over reports described in the package comment: a series
	// built from a store's rollups (RollupReport) counts events as sources.
	Approximation string  `json:"approximation,omitempty"`
	Points        []Point `json:"points"`
}

// DefaultRelationWeight is the default λ: one article's statement of a
// standing relation weighs as two event votes.
const DefaultRelationWeight = 2

// SeriesOptions say how SeriesWith builds a series.
type SeriesOptions struct {
	// Directed keeps only a→b events; otherwise both directions are
	// merged.
	Directed bool
	// Prior is k in the index formula.
	Prior float64
	// RelationWeight is λ in the combined index: 0 means
	// DefaultRelationWeight, a negative value leaves the standing
	// relations out of it.
	RelationWeight float64
}

// lambda returns the λ that a RelationWeight option asks for.
func lambda(v float64) float64 {
	switch {
	case v == 0:
		return DefaultRelationWeight
	case v < 0:
		return 0
	}
	return v
}

// SeriesOf builds the series of dyad a–b (nodes, already rolled up) from a
// rollup. directed keeps only a→b events; otherwise both directions are
// merged. Standing relations are taken from both orders in either case (most
// are symmetric). k is the prior mass of the index formula.
//
// The combined index uses λ = DefaultRelationWeight; SeriesWith takes it as
// an option.
func SeriesOf(r *Rollup, a, b string, directed bool, k float64) *Series {
	return SeriesWith(r, a, b, SeriesOptions{Directed: directed, Prior: k})
}

// SeriesWith builds the series of dyad a–b (nodes, already rolled up) from a
// rollup with the given options; see SeriesOf.
func SeriesWith(r *Rollup, a, b string, so SeriesOptions) *Series {
	directed, k, lam := so.Directed, so.Prior, lambda(so.RelationWeight)
	s := &Series{Dyad: Dyad{a, b}, Directed: directed, Scheme: r.Scheme, SchemeLabel: r.Scheme.Label(), Unit: r.Unit, Prior: k, RelationWeight: lam}
	if !directed {
		s.Dyad = s.Dyad.Undirected()
	}
	byPeriod := make(map[int64]int)
	var cells []Cell
	for i := range r.Cells {
		c := &r.Cells[i]
		fwd := c.Dyad.A == a && c.Dyad.B == b
		back := c.Dyad.A == b && c.Dyad.B == a
		if !fwd && !back {
			continue
		}
		j, ok := byPeriod[c.Period.key()]
		if !ok {
			j = len(cells)
			byPeriod[c.Period.key()] = j
			cells = append(cells, Cell{Dyad: s.Dyad, Period: c.Period, Scheme: c.Scheme})
		}
		if fwd || !directed {
			cells[j].Add(c)
		} else {
			cells[j].Standing.Add(c.Standing)
		}
	}
	SortCells(cells)
	var all, stand Layer
	for i := range cells {
		all.Add(cells[i].Event)
		stand.Add(cells[i].Standing)
	}
	s.Baseline = all.Index(k, 0)
	s.Standing = stand.Index(k, 0)
	s.StandingSources = stand.Sources
	s.CombinedBaseline = Index(all.D+lam*stand.D, all.T+lam*stand.T, k, 0)
	for i := range cells {
		c := &cells[i]
		p := Point{
			Period: c.Period, Label: c.Period.String(),
			Events: c.Events, Classes: c.Classes, Roots: c.Roots,
			Goldstein: c.Goldstein, GoldsteinMean: c.GoldsteinMean(),
			Coop: c.Event.Coop(), Conflict: c.Event.Conflict(), Sources: c.Event.Sources,
			Index:    c.Event.Index(k, s.Baseline),
			Standing: c.Standing.Index(k, 0), StandingSources: c.Standing.Sources,
		}
		p.Anomaly = p.Index - s.Baseline
		p.Evidence = c.Event.T + lam*c.Standing.T
		p.Combined = Index(c.Event.D+lam*c.Standing.D, p.Evidence, k, s.CombinedBaseline)
		t := r.Total(c.Period)
		p.Norm.Total = t.Events
		if t.Events > 0 {
			p.Norm.Events = float64(c.Events) / float64(t.Events)
			for j := range c.Classes {
				p.Norm.Classes[j] = float64(c.Classes[j]) / float64(t.Events)
			}
		}
		if t.Weight > 0 {
			p.Norm.Goldstein = c.Goldstein / t.Weight
		}
		s.Points = append(s.Points, p)
	}
	return s
}
