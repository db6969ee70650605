package analysis

import (
	"math"
	"sort"
	"strings"
	"time"

	"entente"
)

// Options say how events are weighed and bucketed. DefaultOptions returns the
// documented defaults; the zero value is not useful.
type Options struct {
	// Scheme groups event codes into classes.
	Scheme Scheme
	// Unit is the length of the periods.
	Unit Unit
	// Modality weighs an event by how sure the text is that it happened.
	// A modality missing from the map weighs 1 (empty modality is taken as
	// asserted).
	Modality map[entente.Modality]float64
	// Historical weighs background events (When.Historical); they count in
	// their own period.
	Historical float64
	// ClassWeight weighs an event's contribution to cooperation or conflict
	// by class (material acts weigh more than words).
	ClassWeight [NumClasses]float64
	// Prior is k in the index formula: the mass of evidence at the prior
	// centre that every index is shrunk toward.
	Prior float64
	// SourceOf names the independent source an event comes from; nil means
	// its ArticleID.
	SourceOf func(*entente.Event) string
	// RollUp maps actor codes to nodes; nil means the package's RollUp.
	RollUp func(string) string
	// Undirected keys cells by the dyad in lexical order, so that a source
	// reporting both directions casts one vote (the network's view); by
	// default cells are directed and a source votes once per direction.
	Undirected bool
}

// DefaultOptions returns the defaults documented in the package comment:
// GDELT scheme, months, asserted 1, alleged 0.5, intended 0.5, hypothetical
// 0.25, question 0.25, negated 0, historical 0.5, class weights statement 0.5,
// verbal 1, material 2, prior k = 1.
func DefaultOptions() Options {
	return Options{
		Scheme: GDELT,
		Unit:   Month,
		Modality: map[entente.Modality]float64{
			entente.Asserted: 1, entente.Alleged: 0.5, entente.Intended: 0.5,
			entente.Hypothetical: 0.25, entente.Question: 0.25, entente.Negated: 0,
		},
		Historical:  0.5,
		ClassWeight: [NumClasses]float64{0.5, 1, 2, 1, 2},
		Prior:       1,
	}
}

func (o *Options) rollUp(code string) string {
	if o.RollUp != nil {
		return o.RollUp(code)
	}
	return RollUp(code)
}

func (o *Options) source(e *entente.Event) string {
	if o.SourceOf != nil {
		return o.SourceOf(e)
	}
	return e.ArticleID
}

// weight is w(e) = modality weight × historical weight.
func (o *Options) weight(m entente.Modality, historical bool) float64 {
	w := 1.0
	if v, ok := o.Modality[m]; ok {
		w = v
	}
	if historical {
		w *= o.Historical
	}
	return w
}

// relationWeight is the weight of a relation assertion: its Strength (1
// when not in (0, 1]) times the historical weight when When.Historical.
func (o *Options) relationWeight(r *entente.Relation) float64 {
	w := r.Strength
	if w <= 0 || w > 1 {
		w = 1
	}
	if r.When.Historical {
		w *= o.Historical
	}
	return w
}

// Dyad is an ordered pair of nodes. In a directed aggregate A acts on B; in
// an undirected one A < B.
type Dyad struct {
	A string `json:"a"`
	B string `json:"b"`
}

// Undirected returns the dyad with its nodes in lexical order.
func (d Dyad) Undirected() Dyad {
	if d.B < d.A {
		return Dyad{d.B, d.A}
	}
	return d
}

// String writes "A->B".
func (d Dyad) String() string { return d.A + "->" + d.B }

// Layer holds the votes of independent sources on a dyad in one period: each
// source casts one vote d in [-1, 1] (cooperation minus conflict) with mass t
// in [0, 1] (how sure it is), and the layer keeps their sums and second
// moments, which is all that merging, the index and the bootstrap need.
type Layer struct {
	// Sources is the number of sources that voted (t > 0).
	Sources int `json:"sources"`
	// D is the sum of the votes and T the sum of their masses; the
	// cooperative part is (T+D)/2 and the conflictual part (T-D)/2.
	D float64 `json:"d"`
	T float64 `json:"t"`
	// DD, TT and DT are sums of d², t² and d·t over the sources.
	DD float64 `json:"dd"`
	TT float64 `json:"tt"`
	DT float64 `json:"dt"`
}

// Add merges l2 into l.
func (l *Layer) Add(l2 Layer) {
	l.Sources += l2.Sources
	l.D += l2.D
	l.T += l2.T
	l.DD += l2.DD
	l.TT += l2.TT
	l.DT += l2.DT
}

// Scale returns the layer with every vote and its mass multiplied by f: the
// sums by f, the second moments by f². The number of sources is kept.
func (l Layer) Scale(f float64) Layer {
	l.D *= f
	l.T *= f
	l.DD *= f * f
	l.TT *= f * f
	l.DT *= f * f
	return l
}

// vote adds one source's vote.
func (l *Layer) vote(d, t float64) {
	if t <= 0 {
		return
	}
	l.Sources++
	l.D += d
	l.T += t
	l.DD += d * d
	l.TT += t * t
	l.DT += d * t
}

// Coop returns the cooperative mass (T+D)/2.
func (l Layer) Coop() float64 { return (l.T + l.D) / 2 }

// Conflict returns the conflictual mass (T-D)/2.
func (l Layer) Conflict() float64 { return (l.T - l.D) / 2 }

// Index returns (D + k·centre) / (T + k): the layer's relation index shrunk
// toward centre with prior mass k. It lies in [-1, 1] when centre does.
func (l Layer) Index(k, centre float64) float64 { return Index(l.D, l.T, k, centre) }

// Index is the relation index formula (D + k·c) / (T + k), clamped to
// [-1, 1]; it is c when there is no evidence at all.
func Index(d, t, k, c float64) float64 {
	if t+k <= 0 {
		return c
	}
	v := (d + k*c) / (t + k)
	return math.Max(-1, math.Min(1, v))
}

// Cell is the aggregate of one directed dyad in one period: the unit that the
// series, the network and the balance work on. It can be computed from raw
// events here (Aggregator) or kept by a store.
type Cell struct {
	Dyad   Dyad   `json:"dyad"`
	Period Period `json:"period"`
	Scheme Scheme `json:"scheme"`
	// Events counts the events (every modality, negated too).
	Events int `json:"events"`
	// Classes counts events per Class, and Roots per CAMEO root (Roots[0]
	// is root 01).
	Classes [NumClasses]int `json:"classes"`
	Roots   [20]int         `json:"roots"`
	// Weight is the sum of event weights w (modality × historical), and
	// Goldstein the w-weighted sum of Goldstein values; their ratio is the
	// cell's mean Goldstein.
	Weight    float64 `json:"weight"`
	Goldstein float64 `json:"goldstein"`
	// Event is the layer of event votes, Standing that of standing
	// relation assertions.
	Event    Layer `json:"event"`
	Standing Layer `json:"standing"`
}

// GoldsteinMean returns the weighted mean Goldstein value, 0 when the cell
// has no weight.
func (c *Cell) GoldsteinMean() float64 {
	if c.Weight == 0 {
		return 0
	}
	return c.Goldstein / c.Weight
}

// Add merges c2's counts and layers into c (the dyad and period are kept).
func (c *Cell) Add(c2 *Cell) {
	c.Events += c2.Events
	for i := range c.Classes {
		c.Classes[i] += c2.Classes[i]
	}
	for i := range c.Roots {
		c.Roots[i] += c2.Roots[i]
	}
	c.Weight += c2.Weight
	c.Goldstein += c2.Goldstein
	c.Event.Add(c2.Event)
	c.Standing.Add(c2.Standing)
}

// Total is the volume of all events in one period, every dyad included (also
// events without a target or within one node): the denominator of normalised
// series.
type Total struct {
	Period Period  `json:"period"`
	Events int     `json:"events"`
	Weight float64 `json:"weight"`
}

// Rollup is the result of aggregating events: cells sorted by dyad and
// period, and the period totals.
type Rollup struct {
	Scheme Scheme  `json:"scheme"`
	Unit   Unit    `json:"unit"`
	Cells  []Cell  `json:"cells"`
	Totals []Total `json:"totals"`
	// Skipped counts events and relations left out: no date, no actor, or
	// no class.
	Skipped int `json:"skipped"`
}

// Total returns the total of period p (zero when absent).
func (r *Rollup) Total(p Period) Total {
	i := sort.Search(len(r.Totals), func(i int) bool { return !r.Totals[i].Period.Start.Before(p.Start) })
	if i < len(r.Totals) && r.Totals[i].Period.Start.Equal(p.Start) {
		return r.Totals[i]
	}
	return Total{Period: p}
}

type cellKey struct {
	a, b string
	p    int64
}

// tally is one source's events in one cell, before they become a vote.
type tally struct {
	coop, conflict float64 // Σ w·κ over cooperative and conflictual events
	mass           float64 // max w over events that pulled either way
}

type cellAcc struct {
	cell     Cell
	events   map[string]*tally
	standing map[string]*tally
	lastID   string // the ID of the last event counted
}

// firstReport reports whether id is not the ID last seen (always true for
// an empty ID), and remembers it.
func firstReport(last *string, id string) bool {
	if id == "" {
		return true
	}
	if *last == id {
		return false
	}
	*last = id
	return true
}

// Aggregator turns events and relation assertions into cells. Add all inputs,
// then call Rollup. It is not safe for concurrent use.
type Aggregator struct {
	opts   Options
	cells  map[cellKey]*cellAcc
	totals map[int64]*totalAcc
	// lastDay and lastPeriod cache the period of the last date seen
	// (inputs often come in date order).
	lastDay    int64
	lastPeriod Period
	slab       []tally
	skipped    int
}

// NewAggregator returns an empty aggregator with the given options.
func NewAggregator(opts Options) *Aggregator {
	if opts.Unit == "" {
		opts.Unit = Month
	}
	if opts.Scheme == "" {
		opts.Scheme = GDELT
	}
	opts.RollUp = cachedRollUp(opts.RollUp)
	return &Aggregator{opts: opts, cells: make(map[cellKey]*cellAcc), totals: make(map[int64]*totalAcc), lastDay: math.MinInt64}
}

func (ag *Aggregator) acc(a, b string, p Period) *cellAcc {
	k := cellKey{a, b, p.key()}
	c := ag.cells[k]
	if c == nil {
		c = &cellAcc{cell: Cell{Dyad: Dyad{a, b}, Period: p, Scheme: ag.opts.Scheme}}
		ag.cells[k] = c
	}
	return c
}

// Add counts one report of an event. Events without a date are skipped;
// events without a target, or whose source and target roll up to the same
// node, count only in the period totals.
//
// Several reports of one event (the same non-empty ID, e.g. one per article
// from a store's mentions) count once in the counts, Goldstein sums and
// totals when they are added one after the other, and each report votes for
// its own source.
func (ag *Aggregator) Add(e *entente.Event) {
	if e.When.Date.IsZero() {
		ag.skipped++
		return
	}
	p := ag.periodOf(e.When.Date)
	w := ag.opts.weight(e.Modality, e.When.Historical)
	ag.total(p, e.ID, w)
	a, b := ag.opts.rollUp(e.Source), ag.opts.rollUp(e.Target)
	if a == "" || b == "" || a == b {
		return
	}
	cls, ok := ClassOf(e, ag.opts.Scheme)
	if !ok {
		ag.skipped++
		return
	}
	if ag.opts.Undirected && b < a {
		a, b = b, a
	}
	c := ag.acc(a, b, p)
	if firstReport(&c.lastID, e.ID) {
		c.cell.Events++
		c.cell.Classes[cls]++
		if r := RootNumber(e); r > 0 {
			c.cell.Roots[r-1]++
		}
		c.cell.Weight += w
		c.cell.Goldstein += w * e.Goldstein
	}
	dir := direction(cls, e.Goldstein)
	if dir == 0 || w <= 0 {
		return
	}
	if c.events == nil {
		c.events = make(map[string]*tally)
	}
	src := ag.opts.source(e)
	tl := c.events[src]
	if tl == nil {
		tl = ag.newTally()
		c.events[src] = tl
	}
	x := w * ag.opts.ClassWeight[cls]
	if dir > 0 {
		tl.coop += x
	} else {
		tl.conflict += x
	}
	tl.mass = math.Max(tl.mass, w)
}

type totalAcc struct {
	Total
	lastID string
}

// newTally returns a zeroed tally from a slab, saving one allocation per
// source and cell.
func (ag *Aggregator) newTally() *tally {
	if len(ag.slab) == cap(ag.slab) {
		ag.slab = make([]tally, 0, 1024)
	}
	ag.slab = ag.slab[:len(ag.slab)+1]
	return &ag.slab[len(ag.slab)-1]
}

// periodOf returns the period of t, from the cache when t falls on the same
// day as the previous date.
func (ag *Aggregator) periodOf(t time.Time) Period {
	d := t.Unix()
	if d < 0 {
		d -= 86399
	}
	d /= 86400
	if d != ag.lastDay {
		ag.lastDay, ag.lastPeriod = d, PeriodOf(t, ag.opts.Unit)
	}
	return ag.lastPeriod
}

// total counts an event in the totals of period p.
func (ag *Aggregator) total(p Period, id string, w float64) {
	k := p.key()
	t := ag.totals[k]
	if t == nil {
		t = &totalAcc{Total: Total{Period: p}}
		ag.totals[k] = t
	}
	if !firstReport(&t.lastID, id) {
		return
	}
	t.Events++
	t.Weight += w
}

// direction is +1 for cooperation, -1 for conflict, 0 for neither: classes
// 1–2 cooperate, 3–4 conflict, statements follow the sign of their Goldstein
// value.
func direction(c Class, goldstein float64) int {
	switch c {
	case ClassVerbalCoop, ClassMaterialCoop:
		return 1
	case ClassVerbalConflict, ClassMaterialConflict:
		return -1
	}
	switch {
	case goldstein > 0:
		return 1
	case goldstein < 0:
		return -1
	}
	return 0
}

// AddRelation counts one standing relation assertion in the period of its
// When.Date (skipped when zero). Its weight is its Strength (1 when not in
// (0, 1]) times the historical weight when When.Historical. A symmetric
// relation is kept under the dyad in lexical order.
func (ag *Aggregator) AddRelation(r *entente.Relation) {
	a, b := ag.opts.rollUp(r.A), ag.opts.rollUp(r.B)
	if r.When.Date.IsZero() || a == "" || b == "" || a == b || r.Sign == 0 {
		ag.skipped++
		return
	}
	if (!r.Directed || ag.opts.Undirected) && b < a {
		a, b = b, a
	}
	p := PeriodOf(r.When.Date, ag.opts.Unit)
	w := ag.opts.relationWeight(r)
	c := ag.acc(a, b, p)
	if c.standing == nil {
		c.standing = make(map[string]*tally)
	}
	tl := c.standing[r.ArticleID]
	if tl == nil {
		tl = ag.newTally()
		c.standing[r.ArticleID] = tl
	}
	if r.Sign > 0 {
		tl.coop += w
	} else {
		tl.conflict += w
	}
	tl.mass = math.Max(tl.mass, w)
}

// castVotes turns per-source tallies into a layer: source s votes
// d = mass·(coop−conflict)/(coop+conflict) with mass t = its largest event
// weight.
func castVotes(l *Layer, tallies map[string]*tally) {
	// Sources in sorted order keep floating-point sums reproducible.
	names := make([]string, 0, len(tallies))
	for s := range tallies {
		names = append(names, s)
	}
	sort.Strings(names)
	for _, s := range names {
		tl := tallies[s]
		sum := tl.coop + tl.conflict
		if sum <= 0 || tl.mass <= 0 {
			continue
		}
		l.vote(tl.mass*(tl.coop-tl.conflict)/sum, tl.mass)
	}
}

// Rollup returns the cells (sorted by dyad, then period) and the period
// totals counted so far.
func (ag *Aggregator) Rollup() *Rollup {
	r := &Rollup{Scheme: ag.opts.Scheme, Unit: ag.opts.Unit, Skipped: ag.skipped}
	r.Cells = make([]Cell, 0, len(ag.cells))
	for _, c := range ag.cells {
		cell := c.cell
		cell.Event, cell.Standing = Layer{}, Layer{}
		castVotes(&cell.Event, c.events)
		castVotes(&cell.Standing, c.standing)
		r.Cells = append(r.Cells, cell)
	}
	SortCells(r.Cells)
	for _, t := range ag.totals {
		r.Totals = append(r.Totals, t.Total)
	}
	sort.Slice(r.Totals, func(i, j int) bool { return r.Totals[i].Period.Start.Before(r.Totals[j].Period.Start) })
	return r
}

// SortCells orders cells by dyad (A, then B), then period.
func SortCells(cells []Cell) {
	sort.Slice(cells, func(i, j int) bool {
		x, y := &cells[i], &cells[j]
		if c := strings.Compare(x.Dyad.A, y.Dyad.A); c != 0 {
			return c < 0
		}
		if c := strings.Compare(x.Dyad.B, y.Dyad.B); c != 0 {
			return c < 0
		}
		return x.Period.Start.Before(y.Period.Start)
	})
}

// Aggregate rolls events and relation assertions up into cells with opts.
func Aggregate(events []entente.Event, relations []entente.Relation, opts Options) *Rollup {
	ag := NewAggregator(opts)
	for i := range events {
		ag.Add(&events[i])
	}
	for i := range relations {
		ag.AddRelation(&relations[i])
	}
	return ag.Rollup()
}
