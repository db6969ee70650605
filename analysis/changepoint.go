package analysis

import (
	"math"
	"sort"
)

// Measure names the value of a series' points that turning points are
// found on.
type Measure string

// The measures of a series.
const (
	// MeasureCombined is Point.Combined, events and standing relations
	// together (the default).
	MeasureCombined Measure = "combined"
	// MeasureEvents is Point.Index, the events alone.
	MeasureEvents Measure = "events"
)

// ChangeOptions tune turning-point detection.
type ChangeOptions struct {
	// Measure is the series value segmented; "" means MeasureCombined.
	Measure Measure
	// Penalty scales the cost of adding a turning point (the c of the
	// package comment); 0 means 2.
	Penalty float64
	// MinSegment is the least number of points between turning points; 0
	// means 2, or 1 for series of fewer than 8 points (a single article
	// spanning decades gives only a few).
	MinSegment int
	// MinDelta is the least change of level, in index units, that a turning
	// point must show; 0 means 0.2.
	MinDelta float64
}

// TurningPoint is a change of level in a dyad's index.
type TurningPoint struct {
	// At is the index in Series.Points of the first point of the new level,
	// Period its period.
	At     int    `json:"at"`
	Period Period `json:"period"`
	Label  string `json:"label"`
	// Before and After are the evidence-weighted mean index of the segments
	// on either side, and Delta = After − Before.
	Before float64 `json:"before"`
	After  float64 `json:"after"`
	Delta  float64 `json:"delta"`
	// Measure is the series value the turning point was found on.
	Measure Measure `json:"measure"`
	// Drivers are the events that moved the index in the direction of the
	// change, filled by BuildReport.
	Drivers []KeyEvent `json:"drivers,omitempty"`
	// Relations are the standing-relation assertions that drove it, filled
	// by BuildReport: those of its period that pull the way of the change,
	// and those of the period before it that pulled the other way (the
	// standing state the change ended).
	Relations []KeyRelation `json:"relations,omitempty"`
}

// TurningPoints finds the changes of level in a series by optimal
// partitioning: it minimises the evidence-weighted squared deviation of each
// point from its segment mean plus a penalty per segment (see the package
// comment), then drops changes smaller than MinDelta. It segments the
// combined index of events and standing relations unless o.Measure says
// otherwise.
func TurningPoints(s *Series, o ChangeOptions) []TurningPoint {
	if o.Measure == "" {
		o.Measure = MeasureCombined
	}
	if o.Penalty <= 0 {
		o.Penalty = 2
	}
	if o.MinSegment <= 0 {
		o.MinSegment = 2
		if len(s.Points) < 8 {
			o.MinSegment = 1
		}
	}
	if o.MinDelta <= 0 {
		o.MinDelta = 0.2
	}
	n := len(s.Points)
	if n < 2*o.MinSegment {
		return nil
	}
	x := make([]float64, n)
	w := make([]float64, n)
	var wsum float64
	for i, p := range s.Points {
		if o.Measure == MeasureEvents {
			x[i], w[i] = p.Index, p.Coop+p.Conflict+s.Prior
		} else {
			x[i], w[i] = p.Combined, p.Evidence+s.Prior
		}
		if w[i] <= 0 {
			w[i] = 1
		}
		wsum += w[i]
	}
	// Prefix sums of w, w·x and w·x² give each segment's cost in O(1).
	W := make([]float64, n+1)
	WX := make([]float64, n+1)
	WXX := make([]float64, n+1)
	for i := 0; i < n; i++ {
		W[i+1] = W[i] + w[i]
		WX[i+1] = WX[i] + w[i]*x[i]
		WXX[i+1] = WXX[i] + w[i]*x[i]*x[i]
	}
	cost := func(i, j int) float64 { // points [i, j)
		sw := W[j] - W[i]
		sx := WX[j] - WX[i]
		return WXX[j] - WXX[i] - sx*sx/sw
	}
	mean := func(i, j int) float64 { return (WX[j] - WX[i]) / (W[j] - W[i]) }
	sigma := noiseScale(x)
	beta := o.Penalty * sigma * sigma * (wsum / float64(n)) * math.Log(math.Max(float64(n), 3))

	best := make([]float64, n+1)
	prev := make([]int, n+1)
	for j := 1; j <= n; j++ {
		best[j] = math.Inf(1)
		for i := 0; i <= j-o.MinSegment; i++ {
			if i > 0 && i < o.MinSegment {
				continue
			}
			if math.IsInf(best[i], 1) {
				continue
			}
			c := best[i] + cost(i, j) + beta
			if c < best[j] {
				best[j], prev[j] = c, i
			}
		}
	}
	if math.IsInf(best[n], 1) {
		return nil
	}
	var cuts []int
	for j := n; j > 0; j = prev[j] {
		cuts = append(cuts, prev[j])
	}
	sort.Ints(cuts) // segment starts, cuts[0] == 0
	cuts = append(cuts, n)
	var tps []TurningPoint
	for m := 1; m+1 < len(cuts); m++ {
		before := mean(cuts[m-1], cuts[m])
		after := mean(cuts[m], cuts[m+1])
		if math.Abs(after-before) < o.MinDelta {
			continue
		}
		p := s.Points[cuts[m]]
		tps = append(tps, TurningPoint{At: cuts[m], Period: p.Period, Label: p.Label, Before: before, After: after, Delta: after - before, Measure: o.Measure})
	}
	return tps
}

// noiseScale estimates the noise of a series from its first differences
// (median absolute difference / (0.6745·√2)), floored at 0.1 index units so
// that perfectly flat stretches do not make every step a turning point.
func noiseScale(x []float64) float64 {
	if len(x) < 2 {
		return 0.1
	}
	d := make([]float64, len(x)-1)
	for i := range d {
		d[i] = math.Abs(x[i+1] - x[i])
	}
	sort.Float64s(d)
	med := d[len(d)/2]
	if len(d)%2 == 0 {
		med = (d[len(d)/2-1] + d[len(d)/2]) / 2
	}
	return math.Max(0.1, med/(0.6745*math.Sqrt2))
}
