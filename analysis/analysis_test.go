package analysis

import (
	"math"
	"testing"
	"time"

	"entente"
)

func TestRollUp(t *testing.T) {
	tests := []struct{ code, want string }{
		{"PAKGOV", "PAK"},
		{"RUSMIL", "RUS"},
		{"USA", "USA"},
		{"usagov", "USA"},
		{"USAGOVDEV", "USA"}, // a government agency is the state
		{"CHNSPY", "CHN"},
		{"INDCOP", "IND"},
		{"AFGREB", "AFGREB"}, // rebels stay their own node
		{"AFGINS", "AFGINS"},
		{"PAKOPP", "PAKOPP"},
		{"PAKMILREB", "PAKMILREB"}, // mutineers are not the state
		{"PAKELI", "PAKELI"},
		{"PAKBUS", "PAKBUS"},
		{"IGOUNO", "IGOUNO"},
		{"IMGMUSISI", "IMGMUSISI"},
		{"EUR", "EUR"},
		{"", ""},
		{"US", "US"},
	}
	for _, tt := range tests {
		if got := RollUp(tt.code); got != tt.want {
			t.Errorf("RollUp(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

func TestClassOf(t *testing.T) {
	tests := []struct {
		code   string
		plover string
		scheme Scheme
		want   Class
		ok     bool
	}{
		{"010", "", GDELT, ClassStatement, true},
		{"0211", "", ICEWS, ClassStatement, true},
		{"042", "", GDELT, ClassVerbalCoop, true},
		{"090", "", GDELT, ClassMaterialCoop, true},
		{"090", "", ICEWS, ClassVerbalConflict, true},
		{"140", "", GDELT, ClassVerbalConflict, true},
		{"140", "", ICEWS, ClassMaterialConflict, true},
		{"190", "", GDELT, ClassMaterialConflict, true},
		{"042", "consult", PLOVER, ClassVerbalCoop, true},
		{"190", "assault", PLOVER, ClassMaterialConflict, true},
		{"190", "", PLOVER, 0, false},
		{"xx", "", GDELT, 0, false},
	}
	for _, tt := range tests {
		e := entente.Event{Code: tt.code, PloverType: tt.plover}
		got, ok := ClassOf(&e, tt.scheme)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ClassOf(%s, %s, %s) = %v, %v; want %v, %v", tt.code, tt.plover, tt.scheme, got, ok, tt.want, tt.ok)
		}
	}
	// Without a code, the coder's QuadClass is used.
	e := entente.Event{QuadClass: 4}
	if c, ok := ClassOf(&e, GDELT); !ok || c != ClassMaterialConflict {
		t.Errorf("QuadClass fallback = %v, %v", c, ok)
	}
}

func TestPeriodOf(t *testing.T) {
	at := time.Date(2018, 5, 17, 13, 0, 0, 0, time.UTC) // a Thursday
	tests := []struct {
		unit  Unit
		start time.Time
		label string
	}{
		{Week, day(2018, 5, 14), "2018-W20"},
		{Month, day(2018, 5, 1), "2018-05"},
		{Quarter, day(2018, 4, 1), "2018-Q2"},
		{Year, day(2018, 1, 1), "2018"},
	}
	for _, tt := range tests {
		p := PeriodOf(at, tt.unit)
		if !p.Start.Equal(tt.start) || p.String() != tt.label || !p.Contains(at) || p.Contains(p.End()) {
			t.Errorf("PeriodOf(%v, %s) = %v %q", at, tt.unit, p.Start, p)
		}
		if !p.Next().Start.Equal(p.End()) {
			t.Errorf("%s: Next does not start at End", tt.unit)
		}
	}
}

// TestIndexFormula checks the formula against values worked out by hand
// from the package documentation.
func TestIndexFormula(t *testing.T) {
	tests := []struct {
		name       string
		d, t, k, c float64
		want       float64
	}{
		{"no evidence gives the centre", 0, 0, 1, 0.3, 0.3},
		{"one cooperative source, neutral prior", 1, 1, 1, 0, 0.5},
		{"three cooperative sources", 3, 3, 1, 0, 0.75},
		{"one conflictual source", -1, 1, 1, 0, -0.5},
		{"balanced sources", 2, 4, 1, 0, 0.4},
		{"shrunk toward a hostile baseline", 1, 1, 1, -0.5, 0.25},
		{"no prior: pure ratio", 1, 3, 0, 0, 1.0 / 3},
		{"clamped", 5, 1, 0, 0, 1},
	}
	for _, tt := range tests {
		if got := Index(tt.d, tt.t, tt.k, tt.c); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("%s: Index(%g, %g, %g, %g) = %g, want %g", tt.name, tt.d, tt.t, tt.k, tt.c, got, tt.want)
		}
	}
}

// TestVotes checks the per-source vote: modality weights, one vote per
// article however many mentions, and mixed articles.
func TestVotes(t *testing.T) {
	t0 := day(2020, 3, 10)
	o := DefaultOptions()
	layer := func(events ...entente.Event) Layer {
		r := Aggregate(events, nil, o)
		if len(r.Cells) != 1 {
			t.Fatalf("want one cell, got %d", len(r.Cells))
		}
		return r.Cells[0].Event
	}
	tests := []struct {
		name    string
		events  []entente.Event
		d, t    float64
		sources int
	}{
		{"asserted cooperation", []entente.Event{ev("USA", "IND", "042", t0, "a")}, 1, 1, 1},
		{"alleged counts half", []entente.Event{with(ev("USA", "IND", "042", t0, "a"), entente.Alleged)}, 0.5, 0.5, 1},
		{"negated does not count", []entente.Event{with(ev("USA", "IND", "042", t0, "a"), entente.Negated)}, 0, 0, 0},
		{"repeats in one article are one vote", []entente.Event{
			ev("USA", "IND", "042", t0, "a"), ev("USA", "IND", "043", t0, "a"), ev("USAGOV", "INDMIL", "042", t0, "a"),
		}, 1, 1, 1},
		// verbal cooperation pulls 1, material conflict 2: d = (1-2)/3.
		{"mixed article", []entente.Event{ev("USA", "IND", "042", t0, "a"), ev("USA", "IND", "190", t0, "a")}, -1.0 / 3, 1, 1},
		{"two articles", []entente.Event{ev("USA", "IND", "042", t0, "a"), ev("USA", "IND", "112", t0, "b")}, 0, 2, 2},
		{"historical counts half", []entente.Event{historical(ev("USA", "IND", "042", t0, "a"))}, 0.5, 0.5, 1},
	}
	for _, tt := range tests {
		l := layer(tt.events...)
		if math.Abs(l.D-tt.d) > 1e-12 || math.Abs(l.T-tt.t) > 1e-12 || l.Sources != tt.sources {
			t.Errorf("%s: D=%g T=%g sources=%d; want %g %g %d", tt.name, l.D, l.T, l.Sources, tt.d, tt.t, tt.sources)
		}
	}
}

// TestStateRollUpScenario: Taliban–Pakistan events stay Taliban–Pakistan.
func TestStateRollUpScenario(t *testing.T) {
	t0 := day(2017, 6, 1)
	events := []entente.Event{
		ev("AFGREB", "PAKMIL", "190", t0, "a"),
		ev("PAKGOV", "AFGREB", "111", t0, "b"),
		ev("PAKGOV", "AFGGOV", "042", t0, "c"),
		ev("PAKGOV", "PAKMIL", "042", t0, "d"), // domestic
	}
	r := Aggregate(events, nil, DefaultOptions())
	dyads := map[Dyad]bool{}
	for _, c := range r.Cells {
		dyads[c.Dyad.Undirected()] = true
	}
	if !dyads[Dyad{"AFGREB", "PAK"}] || !dyads[Dyad{"AFG", "PAK"}] {
		t.Errorf("missing dyads: %v", dyads)
	}
	if len(dyads) != 2 {
		t.Errorf("want 2 dyads, got %v", dyads)
	}
	var afgpak Layer
	for _, c := range r.Cells {
		if c.Dyad.Undirected() == (Dyad{"AFG", "PAK"}) {
			afgpak.Add(c.Event)
		}
	}
	if afgpak.Sources != 1 || afgpak.D <= 0 {
		t.Errorf("AFG–PAK should hold only the state visit, got %+v", afgpak)
	}
	if r.Totals[0].Events != len(events) {
		t.Errorf("totals count %d events, want %d", r.Totals[0].Events, len(events))
	}
}

// relationScenario builds a dyad that turns: hostile years, then friendly
// years, each year with several articles.
func relationScenario(a, b string, from, to int, turn int, warming bool) []entente.Event {
	var events []entente.Event
	for y := from; y <= to; y++ {
		coop := (y >= turn) == warming
		for m := time.January; m <= time.December; m += 3 {
			t0 := day(y, m, 15)
			prefix := a + b + t0.Format("200601") + "-"
			if coop {
				events = append(events, articles(a, b, "057", t0, prefix+"c", 3)...)
				events = append(events, articles(b, a, "061", t0, prefix+"d", 2)...)
				events = append(events, articles(a, b, "112", t0, prefix+"e", 1)...)
			} else {
				events = append(events, articles(a, b, "112", t0, prefix+"c", 3)...)
				events = append(events, articles(b, a, "173", t0, prefix+"d", 2)...)
				events = append(events, articles(a, b, "042", t0, prefix+"e", 1)...)
			}
		}
	}
	return events
}

func TestWarmingAndCoolingDyads(t *testing.T) {
	for _, warming := range []bool{true, false} {
		events := relationScenario("PAKGOV", "RUSGOV", 2000, 2012, 2007, warming)
		ro := ReportOptions{Options: DefaultOptions()}
		ro.Unit = Year
		rep := BuildReport(events, nil, "PAKGOV", "RUSGOV", ro)
		s := rep.Series
		if s.Dyad != (Dyad{"PAK", "RUS"}) || len(s.Points) != 13 {
			t.Fatalf("warming=%v: dyad %v with %d points", warming, s.Dyad, len(s.Points))
		}
		first, last := s.Points[0].Index, s.Points[len(s.Points)-1].Index
		if warming && !(first < 0 && last > 0) || !warming && !(first > 0 && last < 0) {
			t.Errorf("warming=%v: index goes from %.2f to %.2f", warming, first, last)
		}
		if len(rep.TurningPoints) != 1 {
			t.Fatalf("warming=%v: want one turning point, got %+v", warming, rep.TurningPoints)
		}
		tp := rep.TurningPoints[0]
		if tp.Period.Start.Year() != 2007 || (tp.Delta > 0) != warming {
			t.Errorf("warming=%v: turning point %s delta %.2f", warming, tp.Label, tp.Delta)
		}
		if len(tp.Drivers) == 0 {
			t.Fatalf("warming=%v: turning point without drivers", warming)
		}
		for _, d := range tp.Drivers {
			if (d.Pull > 0) != warming || d.Period != tp.Label {
				t.Errorf("warming=%v: driver %+v pulls the wrong way or from another period", warming, d)
			}
		}
		if len(rep.KeyEvents) == 0 || rep.Formula == "" || s.SchemeLabel == "" {
			t.Errorf("report lacks key events, formula or scheme label")
		}
	}
}

// TestCoverageSurge: ten times the coverage with the same mix of reports is
// not a change in the relation.
func TestCoverageSurge(t *testing.T) {
	var events []entente.Event
	for y := 2010; y <= 2019; y++ {
		n := 2
		if y == 2015 {
			n = 20
		}
		t0 := day(y, 6, 1)
		events = append(events, articles("CHN", "PAK", "057", t0, "c"+t0.Format("2006"), 2*n)...)
		events = append(events, articles("CHN", "PAK", "112", t0, "k"+t0.Format("2006"), n)...)
	}
	ro := ReportOptions{Options: DefaultOptions()}
	ro.Unit = Year
	rep := BuildReport(events, nil, "CHN", "PAK", ro)
	var surge, quiet Point
	for _, p := range rep.Series.Points {
		if p.Period.Start.Year() == 2015 {
			surge = p
		} else if p.Period.Start.Year() == 2014 {
			quiet = p
		}
	}
	if surge.Events <= 5*quiet.Events {
		t.Fatalf("scenario: surge %d events vs %d", surge.Events, quiet.Events)
	}
	if math.Abs(surge.Index-quiet.Index) > 0.05 || math.Abs(surge.Anomaly) > 0.05 {
		t.Errorf("surge moved the index: %.3f vs %.3f (anomaly %.3f)", surge.Index, quiet.Index, surge.Anomaly)
	}
	if len(rep.TurningPoints) != 0 {
		t.Errorf("surge made turning points: %+v", rep.TurningPoints)
	}
	if surge.Norm.Events != 1 {
		t.Errorf("all events are this dyad's: normalised volume %g", surge.Norm.Events)
	}
}

// TestAllegedOnly: a dyad known only from allegations has a weaker index
// than the same reports asserted, and negations do not count at all.
func TestAllegedOnly(t *testing.T) {
	t0 := day(2016, 2, 1)
	asserted := articles("IND", "PAK", "190", t0, "a", 3)
	var alleged, negated []entente.Event
	for _, e := range asserted {
		alleged = append(alleged, with(e, entente.Alleged))
		negated = append(negated, with(e, entente.Negated))
	}
	idx := func(events []entente.Event) (float64, int) {
		s := SeriesOf(Aggregate(events, nil, DefaultOptions()), "IND", "PAK", false, 1)
		return s.Baseline, s.Points[0].Sources
	}
	ia, _ := idx(asserted)
	il, _ := idx(alleged)
	in, nsrc := idx(negated)
	if !(ia < il && il < 0) {
		t.Errorf("asserted %.3f, alleged %.3f: alleged should be weaker and still negative", ia, il)
	}
	if in != 0 || nsrc != 0 {
		t.Errorf("negated reports count: index %.3f from %d sources", in, nsrc)
	}
}

// TestNormalised: series are divided by the volume of all events.
func TestNormalised(t *testing.T) {
	t0 := day(2016, 2, 1)
	events := articles("IND", "PAK", "190", t0, "a", 2)
	events = append(events, articles("USA", "CHN", "042", t0, "b", 6)...)
	ro := ReportOptions{Options: DefaultOptions()}
	rep := BuildReport(events, nil, "IND", "PAK", ro)
	p := rep.Series.Points[0]
	if p.Norm.Total != len(events) || math.Abs(p.Norm.Events-float64(p.Events)/float64(len(events))) > 1e-12 {
		t.Errorf("normalised %+v", p.Norm)
	}
	sum := 0.0
	for _, v := range p.Norm.Classes {
		sum += v
	}
	if math.Abs(sum-p.Norm.Events) > 1e-12 {
		t.Errorf("class shares %v do not add up to %g", p.Norm.Classes, p.Norm.Events)
	}
}

// TestMergeCells: cells of two halves of the events merge into the cells of
// the whole when no article is split between the halves.
func TestMergeCells(t *testing.T) {
	events := relationScenario("USA", "IND", 2001, 2004, 2003, true)
	half := len(events) / 2
	for half < len(events) && events[half].ArticleID == events[half-1].ArticleID {
		half++
	}
	o := DefaultOptions()
	whole := Aggregate(events, nil, o)
	a, b := Aggregate(events[:half], nil, o), Aggregate(events[half:], nil, o)
	merged := map[cellKey]*Cell{}
	for _, r := range []*Rollup{a, b} {
		for i := range r.Cells {
			c := r.Cells[i]
			k := cellKey{c.Dyad.A, c.Dyad.B, c.Period.key()}
			if m := merged[k]; m != nil {
				m.Add(&c)
			} else {
				merged[k] = &c
			}
		}
	}
	if len(merged) != len(whole.Cells) {
		t.Fatalf("%d merged cells, %d whole", len(merged), len(whole.Cells))
	}
	for _, c := range whole.Cells {
		m := merged[cellKey{c.Dyad.A, c.Dyad.B, c.Period.key()}]
		if m == nil || m.Events != c.Events || m.Event.Sources != c.Event.Sources ||
			math.Abs(m.Event.D-c.Event.D) > 1e-9 || math.Abs(m.Event.DD-c.Event.DD) > 1e-9 {
			t.Errorf("cell %v %s differs: %+v vs %+v", c.Dyad, c.Period, m, c)
		}
	}
}

func TestTurningPointsFlat(t *testing.T) {
	s := &Series{Prior: 1}
	for i := 0; i < 30; i++ {
		v := 0.3 + 0.05*math.Sin(float64(i))
		s.Points = append(s.Points, Point{Index: v, Coop: 2, Conflict: 1, Combined: v, Evidence: 3})
	}
	for _, m := range []Measure{MeasureCombined, MeasureEvents} {
		if tps := TurningPoints(s, ChangeOptions{Measure: m}); len(tps) != 0 {
			t.Errorf("%s: flat series has turning points: %+v", m, tps)
		}
	}
	// The same series with a step of 0.6 at point 17, in the events
	// index, then in the combined index too.
	for i := 17; i < 30; i++ {
		s.Points[i].Index -= 0.6
	}
	if tps := TurningPoints(s, ChangeOptions{}); len(tps) != 0 {
		t.Errorf("combined index flat, events stepped: %+v", tps)
	}
	tps := TurningPoints(s, ChangeOptions{Measure: MeasureEvents})
	if len(tps) != 1 || tps[0].At != 17 || tps[0].Delta > -0.5 || tps[0].Measure != MeasureEvents {
		t.Errorf("step series: %+v", tps)
	}
	for i := 17; i < 30; i++ {
		s.Points[i].Combined -= 0.6
	}
	tps = TurningPoints(s, ChangeOptions{})
	if len(tps) != 1 || tps[0].At != 17 || tps[0].Delta > -0.5 || tps[0].Measure != MeasureCombined {
		t.Errorf("combined step series: %+v", tps)
	}
}

// TestReportsAndDirections: reports of one event in several articles count
// one event and one vote per article; an article reporting both directions
// votes once in an undirected aggregate and once per direction otherwise.
func TestReportsAndDirections(t *testing.T) {
	t0 := day(2021, 9, 1)
	e1, e2 := ev("USA", "IND", "057", t0, "a"), ev("USA", "IND", "057", t0, "b")
	e2.ID = e1.ID // one event, two reports
	back := ev("IND", "USA", "057", t0, "a")
	o := DefaultOptions()
	r := Aggregate([]entente.Event{e1, e2, back}, nil, o)
	if len(r.Cells) != 2 || r.Totals[0].Events != 2 {
		t.Fatalf("directed: %d cells, %d events in total", len(r.Cells), r.Totals[0].Events)
	}
	for _, c := range r.Cells {
		if c.Dyad.A == "USA" && (c.Events != 1 || c.Event.Sources != 2) {
			t.Errorf("USA->IND: %d events from %d sources, want 1 from 2", c.Events, c.Event.Sources)
		}
	}
	o.Undirected = true
	r = Aggregate([]entente.Event{e1, e2, back}, nil, o)
	if len(r.Cells) != 1 || r.Cells[0].Events != 2 || r.Cells[0].Event.Sources != 2 {
		t.Errorf("undirected: %+v", r.Cells)
	}
}

// TestSingleArticleDecades: one article that tells a relation over decades
// (background events in their own periods) gives a rising series with a
// turning point, and its standing relation signs the current period.
func TestSingleArticleDecades(t *testing.T) {
	pub := day(2018, 5, 15)
	var events []entente.Event
	for _, y := range []int{1965, 1971, 1979, 1990} {
		events = append(events, historical(ev("INDGOV", "RUSGOV", "042", day(y, 1, 1), "one")))
	}
	for _, y := range []int{2011, 2014, 2016} {
		events = append(events, historical(ev("USAGOV", "RUSGOV", "042", day(y, 1, 1), "one")))
		events = append(events, historical(ev("INDGOV", "RUSGOV", "112", day(y, 1, 1), "one")))
	}
	events = append(events, ev("INDMIL", "RUSMIL", "111", pub, "one"))
	rels := []entente.Relation{{ArticleID: "one", A: "IND", B: "RUS", Sign: -1, Strength: 0.5, When: entente.When{Date: pub}}}
	ro := ReportOptions{Options: DefaultOptions()}
	ro.Unit = Year
	rep := BuildReport(events, rels, "IND", "RUS", ro)
	pts := rep.Series.Points
	if len(pts) != 8 {
		t.Fatalf("%d points", len(pts))
	}
	if !(pts[0].Index > 0 && pts[len(pts)-1].Index < 0) {
		t.Errorf("series from %.2f to %.2f", pts[0].Index, pts[len(pts)-1].Index)
	}
	if len(rep.TurningPoints) != 1 || rep.TurningPoints[0].Delta >= 0 || rep.TurningPoints[0].Period.Start.Year() != 2011 {
		t.Errorf("turning points %+v", rep.TurningPoints)
	}
	r := Aggregate(events, rels, DefaultOptions())
	o := DefaultNetworkOptions()
	o.From, o.To = Window(pub, Month)
	o.TotalSources = 1
	n := BuildNetwork(r.Cells, o)
	if len(n.Edges) != 1 || n.Edges[0].Sign != -1 || n.Edges[0].StandingSources != 1 {
		t.Errorf("network at publication: %+v", n.Edges)
	}
}

func TestIsCountry(t *testing.T) {
	for _, c := range []string{"PAK", "USA", "SUN", "AFG"} {
		if !IsCountry(c) {
			t.Errorf("IsCountry(%q) = false", c)
		}
	}
	for _, c := range []string{"IGO", "IMG", "REB", "EUR", "GOV", "PA", "PAKGOV"} {
		if IsCountry(c) {
			t.Errorf("IsCountry(%q) = true", c)
		}
	}
}

// TestKeyEventsOnePerEvent checks that an event told by several articles
// (its reports share its ID) is one key event, not one per report.
func TestKeyEventsOnePerEvent(t *testing.T) {
	t0 := day(2025, 3, 3)
	clash := ev("AFG", "PAK", "190", t0, "a1")
	var events []entente.Event
	for _, art := range []string{"a1", "a2", "a3"} {
		r := clash
		r.ArticleID = art
		events = append(events, r)
	}
	events = append(events, ev("AFG", "PAK", "046", t0, "a4"))
	ro := ReportOptions{Options: DefaultOptions()}
	ro.Unit = Year
	rep := BuildReport(events, nil, "AFG", "PAK", ro)
	seen := map[string]int{}
	for _, k := range rep.KeyEvents {
		seen[k.ID]++
	}
	if len(rep.KeyEvents) != 2 || seen[clash.ID] != 1 {
		t.Errorf("key events %d, the clash %d times; want 2 and once", len(rep.KeyEvents), seen[clash.ID])
	}
}
