package analysis

import (
	"math"
	"sort"
	"time"

	"entente"
)

// KeyEvent is an event singled out in a report, with its evidence.
type KeyEvent struct {
	Period       string            `json:"period"`
	Date         time.Time         `json:"date"`
	Precision    entente.Precision `json:"precision,omitempty"`
	Historical   bool              `json:"historical,omitempty"`
	ID           string            `json:"id,omitempty"`
	Source       string            `json:"source"`
	Target       string            `json:"target"`
	Code         string            `json:"code"`
	Class        string            `json:"class"`
	Goldstein    float64           `json:"goldstein"`
	Modality     entente.Modality  `json:"modality,omitempty"`
	ArticleID    string            `json:"article_id"`
	Sentence     int               `json:"sentence"`
	SentenceText string            `json:"sentence_text,omitempty"`
	// Pull is the event's signed pull on the index: w·κ with the sign of
	// its direction (cooperation +, conflict −).
	Pull float64 `json:"pull"`
}

// KeyRelation is a standing-relation assertion singled out in a report, with
// its evidence.
type KeyRelation struct {
	Period     string            `json:"period"`
	Date       time.Time         `json:"date"`
	Precision  entente.Precision `json:"precision,omitempty"`
	Historical bool              `json:"historical,omitempty"`
	A          string            `json:"a"`
	B          string            `json:"b"`
	Directed   bool              `json:"directed,omitempty"`
	Sign       int               `json:"sign"`
	Strength   float64           `json:"strength"`
	Phrase     string            `json:"phrase"`
	ArticleID  string            `json:"article_id"`
	Sentence   int               `json:"sentence"`
	// Pull is the assertion's signed weight: its sign times its strength
	// (1 when not given) times the historical weight when historical.
	Pull float64 `json:"pull"`
}

// ReportOptions configure a dyad report.
type ReportOptions struct {
	Options
	// Directed keeps only A→B events; otherwise both directions count.
	Directed bool
	// Totals are the period totals of all events, for normalisation; nil
	// means the totals of the events given to the report.
	Totals []Total
	// KeyEvents is how many key events to keep per period (0 means 3) and
	// Drivers how many per turning point (0 means 5).
	KeyEvents int
	Drivers   int
	Change    ChangeOptions
	// RelationWeight is λ in the combined index that turning points are
	// found on: 0 means DefaultRelationWeight, a negative value leaves the
	// standing relations out.
	RelationWeight float64
}

// Report is how one dyad's relation evolved: the series (the event index,
// the standing relations and the two combined), its turning points with the
// events and relation assertions that drove them, the key events of each
// period and every relation assertion of the dyad.
type Report struct {
	// A and B are the codes asked for, Dyad the nodes they roll up to.
	A             string         `json:"a"`
	B             string         `json:"b"`
	Series        *Series        `json:"series"`
	TurningPoints []TurningPoint `json:"turning_points"`
	KeyEvents     []KeyEvent     `json:"key_events"`
	// Relations are the dyad's standing-relation assertions, by date.
	Relations []KeyRelation `json:"relations,omitempty"`
	// Formula states the index formula and its parameters.
	Formula string `json:"formula"`
}

// BuildReport builds the report of the dyad of actor codes a and b (rolled up
// with the options' rule) from events and standing relations; events and
// relations of other dyads are ignored except in the period totals.
func BuildReport(events []entente.Event, relations []entente.Relation, a, b string, ro ReportOptions) *Report {
	o := ro.Options
	if o.Unit == "" {
		o.Unit = Month
	}
	if o.Scheme == "" {
		o.Scheme = GDELT
	}
	o.RollUp = cachedRollUp(o.RollUp)
	na, nb := o.rollUp(a), o.rollUp(b)
	match := func(x, y string) (fwd, ok bool) {
		x, y = o.rollUp(x), o.rollUp(y)
		if x == na && y == nb {
			return true, true
		}
		if x == nb && y == na {
			return false, true
		}
		return false, false
	}
	o.Undirected = !ro.Directed
	ag := NewAggregator(o)
	var mine []*entente.Event
	for i := range events {
		e := &events[i]
		if fwd, ok := match(e.Source, e.Target); ok && (fwd || !ro.Directed) {
			ag.Add(e)
			mine = append(mine, e)
		} else if ro.Totals == nil && !e.When.Date.IsZero() {
			// Counts toward the period totals only.
			ag.addTotal(e)
		}
	}
	var mineRel []*entente.Relation
	for i := range relations {
		r := &relations[i]
		if _, ok := match(r.A, r.B); ok {
			ag.AddRelation(r)
			if !r.When.Date.IsZero() && r.Sign != 0 && o.rollUp(r.A) != o.rollUp(r.B) {
				mineRel = append(mineRel, r)
			}
		}
	}
	r := ag.Rollup()
	if ro.Totals != nil {
		r.Totals = append([]Total(nil), ro.Totals...)
		sort.Slice(r.Totals, func(i, j int) bool { return r.Totals[i].Period.Start.Before(r.Totals[j].Period.Start) })
	}
	s := SeriesWith(r, na, nb, SeriesOptions{Directed: ro.Directed, Prior: o.Prior, RelationWeight: ro.RelationWeight})
	rep := &Report{A: a, B: b, Series: s}
	rep.Formula = Formula(o) + "; combined = (D + λ·D_r + k·c)/(T + λ·T_r + k) over event votes (D, T) and standing-relation votes (D_r, T_r), λ = " +
		ftoa(s.RelationWeight) + ", c = combined baseline; turning points on the " + string(measureOf(ro.Change)) + " index"
	rep.TurningPoints = TurningPoints(s, ro.Change)

	// Key events: per period, the strongest pulls either way.
	nKey, nDrv := ro.KeyEvents, ro.Drivers
	if nKey <= 0 {
		nKey = 3
	}
	if nDrv <= 0 {
		nDrv = 5
	}
	byPeriod := make(map[int64][]pulled)
	for _, e := range mine {
		cls, ok := ClassOf(e, o.Scheme)
		if !ok {
			continue
		}
		pull := float64(direction(cls, e.Goldstein)) * o.weight(e.Modality, e.When.Historical) * o.ClassWeight[cls]
		pk := PeriodOf(e.When.Date, o.Unit).key()
		byPeriod[pk] = append(byPeriod[pk], pulled{e, cls, pull})
	}
	for k, ps := range byPeriod {
		// a report per mention: one event told by several articles is
		// one key event (its strongest report)
		byPeriod[k] = oneReportEach(ps)
	}
	for _, p := range s.Points {
		ps := byPeriod[p.Period.key()]
		for _, x := range top(ps, nKey, func(x pulled) float64 { return math.Abs(x.pull) }) {
			rep.KeyEvents = append(rep.KeyEvents, x.key(o.Unit))
		}
	}
	relByPeriod := make(map[int64][]pulledRel)
	for _, r := range mineRel {
		x := pulledRel{r, float64(r.Sign) * o.relationWeight(r)}
		rep.Relations = append(rep.Relations, x.key(o.Unit))
		pk := PeriodOf(r.When.Date, o.Unit).key()
		relByPeriod[pk] = append(relByPeriod[pk], x)
	}
	sort.SliceStable(rep.Relations, func(i, j int) bool { return rep.Relations[i].Date.Before(rep.Relations[j].Date) })
	// Drivers: events of the first period of the new level that pull the
	// way the index moved; relation assertions of that period that pull
	// the same way, and of the last period of the old level that pulled
	// against it. Relations count only where they are in the measure.
	withRel := measureOf(ro.Change) == MeasureCombined && s.RelationWeight > 0
	for i := range rep.TurningPoints {
		tp := &rep.TurningPoints[i]
		sign := 1.0
		if tp.Delta < 0 {
			sign = -1
		}
		var ds []pulled
		for _, x := range byPeriod[tp.Period.key()] {
			if x.pull*sign > 0 {
				ds = append(ds, x)
			}
		}
		for _, x := range top(ds, nDrv, func(x pulled) float64 { return x.pull * sign }) {
			tp.Drivers = append(tp.Drivers, x.key(o.Unit))
		}
		if !withRel {
			continue
		}
		if tp.At > 0 {
			for _, x := range relByPeriod[s.Points[tp.At-1].Period.key()] {
				if x.pull*sign < 0 {
					tp.Relations = append(tp.Relations, x.key(o.Unit))
				}
			}
		}
		for _, x := range relByPeriod[tp.Period.key()] {
			if x.pull*sign > 0 {
				tp.Relations = append(tp.Relations, x.key(o.Unit))
			}
		}
	}
	return rep
}

// measureOf returns the measure turning points are found on.
func measureOf(c ChangeOptions) Measure {
	if c.Measure == "" {
		return MeasureCombined
	}
	return c.Measure
}

// pulledRel is a relation assertion with its signed weight.
type pulledRel struct {
	r    *entente.Relation
	pull float64
}

func (x pulledRel) key(u Unit) KeyRelation {
	r := x.r
	return KeyRelation{
		Period: PeriodOf(r.When.Date, u).String(), Date: r.When.Date, Precision: r.When.Precision,
		Historical: r.When.Historical, A: r.A, B: r.B, Directed: r.Directed, Sign: r.Sign, Strength: r.Strength,
		Phrase: r.Phrase, ArticleID: r.ArticleID, Sentence: r.Sentence, Pull: x.pull,
	}
}

// addTotal counts an event in the period totals only.
func (ag *Aggregator) addTotal(e *entente.Event) {
	ag.total(ag.periodOf(e.When.Date), e.ID, ag.opts.weight(e.Modality, e.When.Historical))
}

// pulled is an event with its class and its signed pull on the index.
type pulled struct {
	e    *entente.Event
	cls  Class
	pull float64
}

func (x pulled) key(u Unit) KeyEvent {
	e := x.e
	return KeyEvent{
		Period: PeriodOf(e.When.Date, u).String(), Date: e.When.Date, Precision: e.When.Precision,
		Historical: e.When.Historical, ID: e.ID, Source: e.Source, Target: e.Target, Code: e.Code,
		Class: x.cls.String(), Goldstein: e.Goldstein, Modality: e.Modality, ArticleID: e.ArticleID,
		Sentence: e.Sentence, SentenceText: e.SentenceText, Pull: x.pull,
	}
}

// oneReportEach keeps, of the reports of each event in xs, the one of
// greatest pull, in the order of xs.
func oneReportEach(xs []pulled) []pulled {
	best := make(map[string]int, len(xs))
	out := xs[:0:0]
	for _, x := range xs {
		if i, ok := best[x.e.ID]; ok {
			if math.Abs(x.pull) > math.Abs(out[i].pull) {
				out[i] = x
			}
			continue
		}
		best[x.e.ID] = len(out)
		out = append(out, x)
	}
	return out
}

// top returns the n events of highest score, best first, ties broken by
// date and ID for a stable output. It keeps a sorted buffer of n, so a long
// period costs one pass.
func top(xs []pulled, n int, score func(pulled) float64) []pulled {
	before := func(x, y pulled) bool {
		sx, sy := score(x), score(y)
		if sx != sy {
			return sx > sy
		}
		if !x.e.When.Date.Equal(y.e.When.Date) {
			return x.e.When.Date.Before(y.e.When.Date)
		}
		return x.e.ID < y.e.ID
	}
	best := make([]pulled, 0, n+1)
	for _, x := range xs {
		if len(best) == n && !before(x, best[n-1]) {
			continue
		}
		i := sort.Search(len(best), func(i int) bool { return before(x, best[i]) })
		best = append(best, pulled{})
		copy(best[i+1:], best[i:])
		best[i] = x
		if len(best) > n {
			best = best[:n]
		}
	}
	return best
}

// cachedRollUp memoises a roll-up rule (nil: RollUp) for one call.
func cachedRollUp(f func(string) string) func(string) string {
	if f == nil {
		f = RollUp
	}
	cache := make(map[string]string)
	return func(code string) string {
		v, ok := cache[code]
		if !ok {
			v = f(code)
			cache[code] = v
		}
		return v
	}
}
