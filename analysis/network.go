package analysis

import (
	"hash/fnv"
	"math"
	"math/rand/v2"
	"sort"
	"time"

	"entente"
)

// NetworkOptions configure the network of a window. DefaultNetworkOptions
// returns the documented defaults; zero values are taken literally.
type NetworkOptions struct {
	// From and To bound the window [From, To); a cell counts when its
	// period overlaps the window. Zero times do not bound.
	From, To time.Time
	// Prior is k in the index formula (edges are shrunk toward 0).
	Prior float64
	// RelationWeight is λ: how many event votes one standing-relation vote
	// is worth in the combined edge.
	RelationWeight float64
	// MinSources is the evidence an edge needs: the number of independent
	// source votes (event and standing layers together).
	MinSources int
	// TotalSources, when positive, is the number of distinct sources in the
	// window; the minimum is lowered to it, so that a window holding a
	// single article still yields a network.
	TotalSources int
	// Bootstrap is the number of bootstrap replicates for edge confidence
	// (0: no bootstrap, confidence 0), and Seed seeds them.
	Bootstrap int
	Seed      uint64
}

// DefaultNetworkOptions returns k = 1, λ = 2, at least 2 sources, 200
// bootstrap replicates, seed 1, and no window bounds.
func DefaultNetworkOptions() NetworkOptions {
	return NetworkOptions{Prior: 1, RelationWeight: DefaultRelationWeight, MinSources: 2, Bootstrap: 200, Seed: 1}
}

// The defaults of the network at a date.
const (
	// DefaultTrailingMonths is the length of the trailing window of events.
	DefaultTrailingMonths = 12
	// DefaultHalfLife is the half-life of an event's weight, in months.
	DefaultHalfLife = 6.0
)

// AtOptions configure the network at a date (NetworkAt).
// DefaultAtOptions returns the documented defaults.
type AtOptions struct {
	// NetworkOptions give the prior, λ, the evidence minimum and the
	// bootstrap; their From and To are ignored (NetworkAt sets them).
	NetworkOptions
	// Unit is the period unit of the cells: the period of this unit that
	// holds the date ends the window. "" means Month.
	Unit Unit
	// Months is the length of the trailing window in months; 0 means
	// DefaultTrailingMonths.
	Months int
	// HalfLife is the half-life of event weights in months; 0 means
	// DefaultHalfLife, a negative value weighs every period of the window
	// alike.
	HalfLife float64
}

// DefaultAtOptions returns DefaultNetworkOptions with monthly cells, a
// trailing window of 12 months and a half-life of 6 months.
func DefaultAtOptions() AtOptions {
	return AtOptions{NetworkOptions: DefaultNetworkOptions(), Unit: Month, Months: DefaultTrailingMonths, HalfLife: DefaultHalfLife}
}

// TrailingWindow returns the window [from, to) of the network at t: it ends
// with the period of unit u that holds t and starts months months earlier
// (DefaultTrailingMonths when months <= 0). Events and relations read for
// NetworkAt need to cover it.
func TrailingWindow(t time.Time, u Unit, months int) (from, to time.Time) {
	if months <= 0 {
		months = DefaultTrailingMonths
	}
	to = PeriodOf(t, u).End()
	return to.AddDate(0, -months, 0), to
}

// avgMonth is the mean length of a Gregorian month.
const avgMonth = time.Duration(365.2425 * 24 * float64(time.Hour) / 12)

// NetworkAt builds the network at date t (see "The network at a date" in
// the package comment): the events of the cells whose period overlaps the
// trailing window, each cell's event layer weighted 2^(−age/HalfLife) where
// age is the time from the end of its period to the end of the window, plus
// the standing relations stated in the window at full weight. Standing
// relations count in the period of their date, so a historical one (a Cold
// War enmity) holds in its own period only.
func NetworkAt(cells []Cell, t time.Time, o AtOptions) *Network {
	if o.Unit == "" {
		o.Unit = Month
	}
	if o.Months <= 0 {
		o.Months = DefaultTrailingMonths
	}
	if o.HalfLife == 0 {
		o.HalfLife = DefaultHalfLife
	}
	from, to := TrailingWindow(t, o.Unit, o.Months)
	no := o.NetworkOptions
	no.From, no.To = from, to
	var decay func(c *Cell) float64
	halfLife := "none"
	if o.HalfLife > 0 {
		hl := float64(avgMonth) * o.HalfLife
		byPeriod := make(map[int64]float64) // the window holds few periods
		decay = func(c *Cell) float64 {
			k := c.Period.key()
			if f, ok := byPeriod[k]; ok {
				return f
			}
			f := 1.0
			if age := float64(to.Sub(c.Period.End())); age > 0 {
				f = math.Exp2(-age / hl)
			}
			byPeriod[k] = f
			return f
		}
		halfLife = ftoa(o.HalfLife) + " months"
	}
	n := buildNetwork(cells, no, decay)
	n.At = t
	n.Months, n.HalfLife = o.Months, math.Max(0, o.HalfLife)
	n.Formula += "; at " + t.Format("2006-01-02") + ": events of the " + itoa(o.Months) + " months to the end of its " + string(o.Unit) +
		", each period's event votes × 2^(−age/half-life), half-life " + halfLife + ", age from the period's end to the window's; standing relations stated in the window at full weight"
	return n
}

// Window returns the bounds of the period of unit u that holds t, for
// NetworkOptions.From and To.
func Window(t time.Time, u Unit) (from, to time.Time) {
	p := PeriodOf(t, u)
	return p.Start, p.End()
}

// Edge is a signed, weighted, undirected tie between two nodes (A < B).
type Edge struct {
	A string `json:"a"`
	B string `json:"b"`
	// Weight is the combined index in [-1, 1] and Sign its sign.
	Weight float64 `json:"weight"`
	Sign   int     `json:"sign"`
	// EventIndex is the index of the event layer alone (0 when it has no
	// votes), from Events events and Sources source votes.
	EventIndex float64 `json:"event_index"`
	Events     int     `json:"events"`
	Sources    int     `json:"sources"`
	// Standing is the index of the standing-relation layer alone, from
	// StandingSources votes.
	Standing        float64 `json:"standing"`
	StandingSources int     `json:"standing_sources"`
	// Confidence is the share of replicates whose combined index has the
	// edge's sign, each replicate a bootstrap over sources plus a draw from
	// the index's Beta posterior (see the package comment); Low and High
	// bound the central 90% of them.
	Confidence float64 `json:"confidence"`
	Low        float64 `json:"low"`
	High       float64 `json:"high"`
}

// Network is the signed graph of a window.
type Network struct {
	From   time.Time `json:"from"`
	To     time.Time `json:"to"`
	Scheme Scheme    `json:"scheme,omitempty"`
	// MinSources is the evidence minimum that was applied.
	MinSources int `json:"min_sources"`
	// Nodes are all nodes seen in the window's cells, sorted; Edges those
	// dyads with enough evidence and a non-zero index, sorted by A, B.
	Nodes []string `json:"nodes"`
	Edges []Edge   `json:"edges"`
	// BelowEvidence counts the dyads left out for lack of evidence, and
	// Neutral those with enough evidence whose index is exactly 0.
	BelowEvidence int    `json:"below_evidence"`
	Neutral       int    `json:"neutral"`
	Formula       string `json:"formula"`
	// At is the date of a network at a date (zero for a plain window),
	// Months its trailing window and HalfLife the half-life of its event
	// weights in months (0: no decay).
	At       time.Time `json:"at,omitzero"`
	Months   int       `json:"months,omitempty"`
	HalfLife float64   `json:"half_life,omitempty"`
	// InForce counts the lasting acts from before the window that were
	// still in force at its end and joined the standing layer
	// (BuildNetworkAt).
	InForce int `json:"in_force,omitempty"`
}

// BuildNetworkAt is the whole computation of the network at date t from
// events and standing relations, as the network and balance commands, the
// web server and the acceptance checks make it: the inputs dated inside
// the trailing window are aggregated into undirected cells with o (whose
// Unit also sets ao.Unit), the lasting acts among the earlier events that
// are still in force (InForce) join the standing layer of t's period, then
// NetworkAt combines them. ao.TotalSources is taken as given. Events dated
// before the window matter only through InForce: LoadInForce reads those a
// store holds.
func BuildNetworkAt(events []entente.Event, relations []entente.Relation, t time.Time, o Options, ao AtOptions) *Network {
	if o.Unit == "" {
		o.Unit = Month
	}
	o.Undirected = true
	ao.Unit = o.Unit
	from, to := TrailingWindow(t, o.Unit, ao.Months)
	from = PeriodOf(from, o.Unit).Start // the cells overlapping the window
	in := func(d time.Time) bool { return !d.Before(from) && d.Before(to) }
	ag := NewAggregator(o)
	for i := range events {
		if in(events[i].When.Date) {
			ag.Add(&events[i])
		}
	}
	for i := range relations {
		if in(relations[i].When.Date) {
			ag.AddRelation(&relations[i])
		}
	}
	now := PeriodOf(t, o.Unit)
	lasting := InForce(events, from, to, o)
	for i := range lasting {
		ag.AddInForce(&lasting[i], now)
	}
	n := NetworkAt(ag.Rollup().Cells, t, ao)
	if n.InForce = len(lasting); n.InForce > 0 {
		n.Formula += "; lasting acts from before the window still in force at its end (sanctions not eased, relations not restored, aid not resumed) as standing conflict votes"
	}
	return n
}

// BuildNetwork merges the cells that overlap the window into undirected
// edges. See the package comment for the combination of the two layers.
func BuildNetwork(cells []Cell, o NetworkOptions) *Network {
	return buildNetwork(cells, o, nil)
}

// buildNetwork is BuildNetwork with the event layer of each cell scaled by
// decay(cell) when decay is not nil.
func buildNetwork(cells []Cell, o NetworkOptions, decay func(*Cell) float64) *Network {
	n := &Network{From: o.From, To: o.To, MinSources: o.MinSources}
	if o.TotalSources > 0 && o.TotalSources < n.MinSources {
		n.MinSources = o.TotalSources
	}
	n.Formula = "edge = (D + λ·D_r)/(T + λ·T_r + k) over the window's source votes (D, T events; D_r, T_r standing relations), " +
		"λ = " + ftoa(o.RelationWeight) + ", k = " + ftoa(o.Prior) + ", evidence = event votes + standing votes ≥ " + itoa(n.MinSources)
	type acc struct {
		ev, st Layer
		events int
	}
	dy := make(map[Dyad]*acc)
	nodes := make(map[string]bool)
	var last Dyad
	var a *acc
	var fromUnit Unit
	var fromStart time.Time
	for i := range cells {
		c := &cells[i]
		if !o.From.IsZero() {
			// A period overlaps [From, …) when it starts no earlier than
			// the period of its unit that holds From (cheaper than End).
			if c.Period.Unit != fromUnit || fromStart.IsZero() {
				fromUnit, fromStart = c.Period.Unit, PeriodOf(o.From, c.Period.Unit).Start
			}
			if c.Period.Start.Before(fromStart) {
				continue
			}
		}
		if !o.To.IsZero() && !c.Period.Start.Before(o.To) {
			continue
		}
		if n.Scheme == "" {
			n.Scheme = c.Scheme
		}
		// Cells usually come sorted by dyad: look the dyad up on change only.
		if a == nil || c.Dyad != last {
			last = c.Dyad
			nodes[c.Dyad.A], nodes[c.Dyad.B] = true, true
			k := c.Dyad.Undirected()
			if a = dy[k]; a == nil {
				a = &acc{}
				dy[k] = a
			}
		}
		if decay != nil {
			a.ev.Add(c.Event.Scale(decay(c)))
		} else {
			a.ev.Add(c.Event)
		}
		a.st.Add(c.Standing)
		a.events += c.Events
	}
	for v := range nodes {
		n.Nodes = append(n.Nodes, v)
	}
	sort.Strings(n.Nodes)
	buf := make([]float64, o.Bootstrap)
	for d, a := range dy {
		if a.ev.Sources+a.st.Sources < n.MinSources || a.ev.Sources+a.st.Sources == 0 {
			n.BelowEvidence++
			continue
		}
		lam := o.RelationWeight
		e := Edge{A: d.A, B: d.B, Events: a.events, Sources: a.ev.Sources, StandingSources: a.st.Sources}
		e.Weight = Index(a.ev.D+lam*a.st.D, a.ev.T+lam*a.st.T, o.Prior, 0)
		if a.ev.Sources > 0 {
			e.EventIndex = a.ev.Index(o.Prior, 0)
		}
		if a.st.Sources > 0 {
			e.Standing = a.st.Index(o.Prior, 0)
		}
		switch {
		case e.Weight > 0:
			e.Sign = 1
		case e.Weight < 0:
			e.Sign = -1
		default:
			n.Neutral++
			continue
		}
		if o.Bootstrap > 0 {
			e.Confidence, e.Low, e.High = bootstrap(a.ev, a.st, lam, o.Prior, e.Sign, o.Seed, d, buf)
		}
		n.Edges = append(n.Edges, e)
	}
	sort.Slice(n.Edges, func(i, j int) bool {
		if n.Edges[i].A != n.Edges[j].A {
			return n.Edges[i].A < n.Edges[j].A
		}
		return n.Edges[i].B < n.Edges[j].B
	})
	return n
}

// bootstrap draws the replicates of an edge's combined index. Each one
// first resamples the sources of both layers with replacement, through the
// normal approximation of the resampled sums (for n sources the sum of a
// resample has the sources' total as mean and n times their covariance),
// then draws the index from its posterior given those sums: the share of
// cooperation p has the Beta(C + k/2, K + k/2) posterior, with C and K the
// cooperative and conflictual masses (Y ± X)/2, so 2p − 1 has mean
// X/(Y + k), the index, and variance (1 − I²)/(Y + k + 1), which is drawn
// from its normal approximation. The first step measures how much the
// sources disagree, the second how little evidence there is: a single
// source leaves only the second. It returns the share of replicates with
// the given sign and the 5th and 95th percentiles of the replicate index.
func bootstrap(ev, st Layer, lam, k float64, sign int, seed uint64, d Dyad, vals []float64) (conf, lo, hi float64) {
	h := fnv.New64a()
	h.Write([]byte(d.A))
	h.Write([]byte{0})
	h.Write([]byte(d.B))
	rng := rand.New(rand.NewPCG(seed, h.Sum64()))
	cov := func(l Layer) (vd, vt, c float64) {
		if l.Sources == 0 {
			return 0, 0, 0
		}
		m := float64(l.Sources)
		return math.Max(0, l.DD-l.D*l.D/m), math.Max(0, l.TT-l.T*l.T/m), l.DT - l.D*l.T/m
	}
	vd1, vt1, c1 := cov(ev)
	vd2, vt2, c2 := cov(st)
	vx := vd1 + lam*lam*vd2
	vy := vt1 + lam*lam*vt2
	cxy := c1 + lam*lam*c2
	mx := ev.D + lam*st.D
	my := ev.T + lam*st.T
	// Cholesky factor of [[vx, cxy], [cxy, vy]] (all zero when every
	// source voted alike: then every resample has the observed sums).
	l11 := math.Sqrt(vx)
	var l21, l22 float64
	if l11 > 0 {
		l21 = cxy / l11
	}
	l22 = math.Sqrt(math.Max(0, vy-l21*l21))
	reps := len(vals)
	same := 0
	resample := l11 > 0 || l22 > 0
	for i := range vals {
		x, y := mx, my
		if resample {
			z1, z2 := rng.NormFloat64(), rng.NormFloat64()
			x = mx + l11*z1
			y = my + l21*z1 + l22*z2
			if ax := abs(x); y < ax {
				y = ax // a resample cannot vote more than its mass
			}
		}
		// The index x/(y + k) and a draw from its posterior, clamped to
		// [−1, 1] (plain comparisons: this loop runs B times per edge).
		var v float64
		if den := y + k; den > 0 {
			v = clamp1(x / den)
			if q := 1 - v*v; q > 0 {
				v = clamp1(v + math.Sqrt(q/(den+1))*rng.NormFloat64())
			}
		}
		vals[i] = v
		if (v > 0 && sign > 0) || (v < 0 && sign < 0) {
			same++
		}
	}
	i5, i95 := int(0.05*float64(reps-1)), int(math.Ceil(0.95*float64(reps-1)))
	lo = selectK(vals, i5)
	hi = selectK(vals[i5:], i95-i5)
	return float64(same) / float64(reps), lo, hi
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// clamp1 clamps x to [−1, 1].
func clamp1(x float64) float64 {
	if x > 1 {
		return 1
	}
	if x < -1 {
		return -1
	}
	return x
}

// selectK returns the k-th smallest value of a (from 0), reordering a so that
// the values before k are not larger and those after not smaller.
func selectK(a []float64, k int) float64 {
	lo, hi := 0, len(a)-1
	for lo < hi {
		pivot := a[lo+(hi-lo)/2]
		i, j := lo, hi
		for i <= j {
			for a[i] < pivot {
				i++
			}
			for a[j] > pivot {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return a[k]
		}
	}
	return a[k]
}
