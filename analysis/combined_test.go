package analysis

import (
	"math"
	"reflect"
	"testing"
	"time"

	"entente"
)

// rel builds a standing relation between two actor codes stated in article
// art for the period of date t.
func rel(a, b string, sign int, t time.Time, hist bool, art, phrase string) entente.Relation {
	prec := entente.PrecisionDay
	if hist {
		prec = entente.PrecisionApproximate
	}
	return entente.Relation{ArticleID: art, A: a, B: b, Sign: sign, Strength: 1, Phrase: phrase,
		When: entente.When{Date: t, Precision: prec, Historical: hist}}
}

// edgeOf returns the edge a–b of n, nil when there is none.
func edgeOf(n *Network, a, b string) *Edge {
	d := Dyad{a, b}.Undirected()
	for i := range n.Edges {
		if n.Edges[i].A == d.A && n.Edges[i].B == d.B {
			return &n.Edges[i]
		}
	}
	return nil
}

// TestCombinedSeriesTurns: one article tells how two states went from Cold
// War enemies (a standing relation stated for the Cold War, no events) to
// partners (visits and deals from 2003). The event index alone never moves;
// the combined series rises with a turning point at the first visit, driven
// by that visit and by the enmity it ended.
func TestCombinedSeriesTurns(t *testing.T) {
	pub := day(2018, 5, 15)
	var events []entente.Event
	for _, y := range []int{2003, 2007, 2014} {
		events = append(events, historical(ev("PAKGOV", "RUSGOV", "042", day(y, 1, 1), "one")))
	}
	events = append(events, historical(ev("RUS", "PAK", "057", day(2016, 1, 1), "one")))
	events = append(events, ev("PAKGOV", "RUSGOV", "036", pub, "one"), ev("RUSMIL", "PAKMIL", "061", pub, "one"))
	rels := []entente.Relation{
		rel("PAK", "RUS", -1, day(1969, 1, 1), true, "one", "the bitterest of enemies"),
		rel("PAKGOV", "RUSGOV", 1, pub, false, "one", "good ties"),
	}
	ro := ReportOptions{Options: DefaultOptions()}
	ro.Unit = Year
	rep := BuildReport(events, rels, "PAK", "RUS", ro)
	s := rep.Series
	if len(s.Points) != 6 || s.Points[0].Label != "1969" || s.Points[5].Label != "2018" {
		t.Fatalf("series spans %d points: %+v", len(s.Points), s.Points)
	}
	cold := s.Points[0]
	if cold.Events != 0 || cold.StandingSources != 1 || cold.Standing >= 0 || cold.Combined >= 0 {
		t.Errorf("Cold War point: %d events, standing %+.2f from %d, combined %+.2f", cold.Events, cold.Standing, cold.StandingSources, cold.Combined)
	}
	for _, p := range s.Points[1:] {
		if p.Combined <= 0 || p.Index <= 0 {
			t.Errorf("%s: index %+.2f, combined %+.2f: want both positive", p.Label, p.Index, p.Combined)
		}
	}
	if s.RelationWeight != DefaultRelationWeight || s.CombinedBaseline <= 0 || s.CombinedBaseline >= s.Baseline {
		t.Errorf("λ %g, combined baseline %+.2f, event baseline %+.2f", s.RelationWeight, s.CombinedBaseline, s.Baseline)
	}
	if len(rep.TurningPoints) != 1 {
		t.Fatalf("turning points: %+v", rep.TurningPoints)
	}
	tp := rep.TurningPoints[0]
	if tp.Label != "2003" || tp.Delta <= 0 || tp.Measure != MeasureCombined {
		t.Errorf("turning point %s %+.2f on %s, want 2003 up on the combined index", tp.Label, tp.Delta, tp.Measure)
	}
	if len(tp.Drivers) != 1 || tp.Drivers[0].Code != "042" || tp.Drivers[0].Period != "2003" {
		t.Errorf("event drivers: %+v", tp.Drivers)
	}
	if len(tp.Relations) != 1 || tp.Relations[0].Phrase != "the bitterest of enemies" || tp.Relations[0].Pull != -0.5 {
		t.Errorf("relation drivers: %+v", tp.Relations)
	}
	if len(rep.Relations) != 2 || rep.Relations[0].Period != "1969" || rep.Relations[1].Pull != 1 {
		t.Errorf("report relations: %+v", rep.Relations)
	}

	// The separate layers: the event index alone has no change of level.
	ro.Change.Measure = MeasureEvents
	if tps := BuildReport(events, rels, "PAK", "RUS", ro).TurningPoints; len(tps) != 0 {
		t.Errorf("events alone: %+v", tps)
	}
	// λ < 0 leaves the relations out of the combined index.
	ro.Change.Measure, ro.RelationWeight = "", -1
	if r2 := BuildReport(events, rels, "PAK", "RUS", ro); len(r2.TurningPoints) != 0 || r2.Series.Points[0].Combined != r2.Series.Points[0].Index {
		t.Errorf("without relations: %+v", r2.TurningPoints)
	}
}

// TestCombinedEqualsEventsWithoutRelations: with no standing relation the
// combined index is the event index, point by point.
func TestCombinedEqualsEventsWithoutRelations(t *testing.T) {
	events := relationScenario("USA", "IND", 2001, 2006, 2004, true)
	s := SeriesOf(Aggregate(events, nil, DefaultOptions()), "USA", "IND", false, 1)
	if s.CombinedBaseline != s.Baseline {
		t.Errorf("baselines %g and %g", s.CombinedBaseline, s.Baseline)
	}
	for _, p := range s.Points {
		if math.Abs(p.Combined-p.Index) > 1e-12 || math.Abs(p.Evidence-(p.Coop+p.Conflict)) > 1e-12 {
			t.Errorf("%s: combined %g, index %g; evidence %g, mass %g", p.Label, p.Combined, p.Index, p.Evidence, p.Coop+p.Conflict)
		}
	}
}

// TestNetworkAtDate: the network of May 2018 from the events of the twelve
// months before it, recent ones weighted more, and the standing relations
// that hold then.
func TestNetworkAtDate(t *testing.T) {
	at := day(2018, 5, 15)
	events := []entente.Event{
		// The US suspends aid to Pakistan in January: outside the month of
		// the date, inside its trailing year.
		ev("USAGOV", "PAKGOV", "163", day(2018, 1, 4), "jan"),
		// China and India: cooperation ten months ago, a quarrel of the
		// same weight this month; the recent one weighs more.
		ev("CHNGOV", "INDGOV", "057", day(2017, 7, 10), "jul"),
		ev("INDGOV", "CHNGOV", "173", day(2018, 5, 2), "may"),
		// Two years ago: outside the window.
		ev("RUSGOV", "USAGOV", "173", day(2016, 4, 1), "old"),
	}
	rels := []entente.Relation{
		// A Cold War alliance holds in its own period only.
		rel("USA", "PAK", 1, day(1969, 1, 1), true, "may", "a Cold War ally"),
		// An archenemy stated in March holds at full weight.
		rel("IND", "PAK", -1, day(2018, 3, 20), false, "mar", "archenemy"),
	}
	o := DefaultOptions()
	o.Undirected = true
	r := Aggregate(events, rels, o)
	ao := DefaultAtOptions()
	ao.TotalSources = 1
	n := NetworkAt(r.Cells, at, ao)
	if n.From != day(2017, 6, 1) || n.To != day(2018, 6, 1) || !n.At.Equal(at) || n.Months != 12 || n.HalfLife != 6 {
		t.Errorf("window %s – %s at %s, %d months, half-life %g", n.From, n.To, n.At, n.Months, n.HalfLife)
	}
	pu := edgeOf(n, "PAK", "USA")
	if pu == nil || pu.Sign != -1 || pu.StandingSources != 0 {
		t.Errorf("PAK–USA: %+v (want the January suspension, not the Cold War alliance)", pu)
	}
	// Four months old (from February 1 to June 1): weight 2^(−age/6) of a
	// current vote.
	f := math.Exp2(-float64(day(2018, 6, 1).Sub(day(2018, 2, 1))) / float64(avgMonth) / 6)
	if want := Index(-f, f, 1, 0); pu != nil && math.Abs(pu.Weight-want) > 1e-9 || f < 0.62 || f > 0.64 {
		t.Errorf("PAK–USA weight %.4f, want %.4f", pu.Weight, want)
	}
	if ci := edgeOf(n, "CHN", "IND"); ci == nil || ci.Sign != -1 {
		t.Errorf("CHN–IND: %+v (the recent quarrel should outweigh the older deal)", ci)
	}
	if ip := edgeOf(n, "IND", "PAK"); ip == nil || ip.Sign != -1 || ip.StandingSources != 1 || ip.Weight != Index(-2, 2, 1, 0) {
		t.Errorf("IND–PAK: %+v (a standing relation of the window at full weight)", ip)
	}
	if ru := edgeOf(n, "RUS", "USA"); ru != nil {
		t.Errorf("RUS–USA from two years before: %+v", ru)
	}
	// From events and relations in one call: the same network.
	if n2 := BuildNetworkAt(events, rels, at, DefaultOptions(), ao); !reflect.DeepEqual(n2.Edges, n.Edges) || n2.Formula != n.Formula {
		t.Errorf("BuildNetworkAt: %+v\nNetworkAt: %+v", n2.Edges, n.Edges)
	}
	// The month alone (BuildNetwork's explicit window) misses the January
	// suspension.
	no := ao.NetworkOptions
	no.From, no.To = Window(at, Month)
	if pu := edgeOf(BuildNetwork(r.Cells, no), "PAK", "USA"); pu != nil {
		t.Errorf("month window: PAK–USA %+v", pu)
	}
	// Without decay the older deal and the quarrel cancel out.
	ao.HalfLife = -1
	if ci := edgeOf(NetworkAt(r.Cells, at, ao), "CHN", "IND"); ci != nil {
		t.Errorf("no decay: CHN–IND %+v", ci)
	}
	// In 1969, the Cold War alliance signs the tie.
	ao.HalfLife = 0
	if pu := edgeOf(NetworkAt(r.Cells, day(1969, 6, 1), ao), "PAK", "USA"); pu == nil || pu.Sign != 1 {
		t.Errorf("PAK–USA in 1969: %+v", pu)
	}
}

func TestTrailingWindow(t *testing.T) {
	tests := []struct {
		at       time.Time
		unit     Unit
		months   int
		from, to time.Time
	}{
		{day(2018, 5, 15), Month, 12, day(2017, 6, 1), day(2018, 6, 1)},
		{day(2018, 5, 15), Month, 0, day(2017, 6, 1), day(2018, 6, 1)},
		{day(2018, 5, 15), Month, 3, day(2018, 3, 1), day(2018, 6, 1)},
		{day(2018, 5, 15), Quarter, 12, day(2017, 7, 1), day(2018, 7, 1)},
		{day(2018, 5, 15), Year, 12, day(2018, 1, 1), day(2019, 1, 1)},
		{day(2018, 5, 16), Week, 1, day(2018, 4, 21), day(2018, 5, 21)},
	}
	for _, tt := range tests {
		from, to := TrailingWindow(tt.at, tt.unit, tt.months)
		if !from.Equal(tt.from) || !to.Equal(tt.to) {
			t.Errorf("TrailingWindow(%s, %s, %d) = %s – %s, want %s – %s", tt.at.Format("2006-01-02"), tt.unit, tt.months,
				from.Format("2006-01-02"), to.Format("2006-01-02"), tt.from.Format("2006-01-02"), tt.to.Format("2006-01-02"))
		}
	}
}

// TestSingleSourceConfidence: the confidence of an edge grows with the
// evidence behind it; one source is far from certain.
func TestSingleSourceConfidence(t *testing.T) {
	t0 := day(2019, 1, 10)
	conf := func(events []entente.Event, rels []entente.Relation) Edge {
		t.Helper()
		o := DefaultNetworkOptions()
		o.TotalSources = 1
		n := BuildNetwork(Aggregate(events, rels, DefaultOptions()).Cells, o)
		if len(n.Edges) != 1 {
			t.Fatalf("edges %+v", n.Edges)
		}
		return n.Edges[0]
	}
	tests := []struct {
		name     string
		events   []entente.Event
		rels     []entente.Relation
		min, max float64
	}{
		// I = 0.5 with posterior sd 0.5: Φ(1) = 0.84.
		{"one article, one deal", articles("FRA", "DEU", "057", t0, "a", 1), nil, 0.78, 0.9},
		{"one article, background", []entente.Event{historical(ev("FRA", "DEU", "057", t0, "a"))}, nil, 0.6, 0.8},
		{"one standing alliance", nil, []entente.Relation{rel("FRA", "DEU", 1, t0, false, "a", "ally")}, 0.9, 0.98},
		{"three articles", articles("FRA", "DEU", "057", t0, "a", 3), nil, 0.95, 1},
		{"twelve articles", articles("FRA", "DEU", "057", t0, "a", 12), nil, 0.995, 1},
	}
	prev := 0.0
	for _, tt := range tests {
		e := conf(tt.events, tt.rels)
		if e.Confidence < tt.min || e.Confidence > tt.max || e.Low > e.Weight || e.High < e.Weight {
			t.Errorf("%s: confidence %.3f (want %.2f–%.2f), index %+.2f in [%+.2f, %+.2f]", tt.name, e.Confidence, tt.min, tt.max, e.Weight, e.Low, e.High)
		}
		if tt.name == "three articles" && e.Confidence < prev {
			t.Errorf("three articles %.3f below one standing alliance %.3f", e.Confidence, prev)
		}
		prev = e.Confidence
	}
}

func TestLayerScale(t *testing.T) {
	var l Layer
	l.vote(0.5, 1)
	l.vote(-1, 1)
	s := l.Scale(0.5)
	var want Layer
	want.vote(0.25, 0.5)
	want.vote(-0.5, 0.5)
	if s != want {
		t.Errorf("Scale(0.5) = %+v, want %+v", s, want)
	}
}

// TestWindowOverlap: a cell counts in a window when its period overlaps it,
// whatever the unit.
func TestWindowOverlap(t *testing.T) {
	tests := []struct {
		unit Unit
		at   time.Time
		from time.Time
		want bool
	}{
		{Quarter, day(2018, 4, 1), day(2018, 5, 1), true},  // Q2 overlaps May–
		{Quarter, day(2018, 1, 1), day(2018, 5, 1), false}, // Q1 ends before
		{Month, day(2018, 4, 1), day(2018, 5, 1), false},
		{Month, day(2018, 5, 1), day(2018, 5, 1), true},
		{Week, day(2018, 4, 30), day(2018, 5, 1), true}, // the week of Monday April 30
		{Year, day(2017, 1, 1), day(2017, 12, 31), true},
	}
	for _, tt := range tests {
		c := Cell{Dyad: Dyad{"AAA", "BBB"}, Period: PeriodOf(tt.at, tt.unit)}
		c.Event.vote(1, 1)
		o := DefaultNetworkOptions()
		o.From, o.MinSources = tt.from, 1
		if got := len(BuildNetwork([]Cell{c}, o).Edges) == 1; got != tt.want {
			t.Errorf("%s cell %s, window from %s: counted %v", tt.unit, c.Period, tt.from.Format("2006-01-02"), got)
		}
	}
}
