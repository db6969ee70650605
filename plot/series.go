package plot

import (
	"fmt"
	"io"
	"math"
	"time"

	"entente/analysis"
)

// SeriesOptions configure a series picture.
type SeriesOptions struct {
	// Width and Height in pixels; 0 means 900 × 540.
	Width, Height int
	// Normalised draws the class bars as shares of the period's total event
	// volume instead of counts.
	Normalised bool
	// Title replaces the default title ("A–B relation").
	Title string
}

// classColours are the colours of the five classes, statement first.
var classColours = [analysis.NumClasses]string{"#9e9e9e", "#8fd18f", "#2e8b57", "#f4a582", "#b2182b"}

// Series draws a dyad series: on top, the relation index per period with the
// dyad's baseline, the standing-relation score, the combined index of the two
// (when there are standing relations) and the turning points; below, the
// events per period stacked by class.
func Series(w io.Writer, s *analysis.Series, tps []analysis.TurningPoint, o SeriesOptions) error {
	if s == nil {
		return fmt.Errorf("plot: no series")
	}
	W, H := float64(o.Width), float64(o.Height)
	if W <= 0 {
		W = 900
	}
	if H <= 0 {
		H = 540
	}
	const left, right, top = 60.0, 20.0, 40.0
	topH := (H - top - 60) * 0.6
	gap := 30.0
	botY := top + topH + gap
	botH := H - botY - 40
	g := newSVG(w, int(W), int(H))
	title := o.Title
	if title == "" {
		sep := "–"
		if s.Directed {
			sep = "→"
		}
		title = s.Dyad.A + sep + s.Dyad.B + " relation"
	}
	g.text(left, 20, "start", ` font-size="14" font-weight="bold"`, title)
	g.text(W-right, 20, "end", ` fill="#555"`, s.SchemeLabel+"; per "+string(s.Unit))

	// Time axis.
	var t0, t1 time.Time
	if len(s.Points) > 0 {
		t0 = s.Points[0].Period.Start
		t1 = s.Points[len(s.Points)-1].Period.End()
	} else {
		t0 = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
		t1 = t0.AddDate(1, 0, 0)
	}
	span := t1.Sub(t0).Seconds()
	xOf := func(t time.Time) float64 { return left + (W-left-right)*t.Sub(t0).Seconds()/span }
	mid := func(p analysis.Period) float64 { return (xOf(p.Start) + xOf(p.End())) / 2 }

	// Index panel: y in [-1, 1].
	yOf := func(v float64) float64 { return top + topH*(1-v)/2 }
	g.printf(`<rect x="%s" y="%s" width="%s" height="%s" fill="#fafafa" stroke="#ccc"/>`+"\n", num(left), num(top), num(W-left-right), num(topH))
	for _, v := range []float64{-1, -0.5, 0, 0.5, 1} {
		attrs := `stroke="#e0e0e0"`
		if v == 0 {
			attrs = `stroke="#888"`
		}
		g.line(left, yOf(v), W-right, yOf(v), attrs)
		g.text(left-6, yOf(v)+4, "end", "", fmt.Sprintf("%+.1f", v))
	}
	g.text(14, top+topH/2, "middle", fmt.Sprintf(` transform="rotate(-90 14 %s)"`, num(top+topH/2)), "relation index")
	g.line(left, yOf(s.Baseline), W-right, yOf(s.Baseline), `stroke="#4e79a7" stroke-dasharray="6 4"`)
	g.text(W-right-4, yOf(s.Baseline)-4, "end", ` fill="#4e79a7"`, fmt.Sprintf("baseline %+.2f", s.Baseline))
	for _, tp := range tps {
		x := xOf(tp.Period.Start)
		g.line(x, top, x, botY+botH, `stroke="#d62728" stroke-width="1.5" stroke-dasharray="3 3"`)
		g.text(x+3, top+12, "start", ` fill="#d62728"`, fmt.Sprintf("%s %+.2f", tp.Label, tp.Delta))
	}
	// The combined index of events and standing relations, when the
	// series has standing relations (otherwise it is the index itself).
	if s.StandingSources > 0 && len(s.Points) > 0 {
		g.printf(`<polyline fill="none" stroke="#f28e2b" stroke-width="1.5" stroke-dasharray="5 3" points="`)
		for i, p := range s.Points {
			if i > 0 {
				g.printf(" ")
			}
			g.printf("%s,%s", num(mid(p.Period)), num(yOf(p.Combined)))
		}
		g.printf(`"><title>combined index of events and standing relations (λ = %g)</title></polyline>`+"\n", s.RelationWeight)
		g.text(W-right-4, top+topH-6, "end", ` fill="#f28e2b"`, "- - combined with standing relations")
	}
	if len(s.Points) > 0 {
		g.printf(`<polyline fill="none" stroke="#1f3b73" stroke-width="2" points="`)
		for i, p := range s.Points {
			if i > 0 {
				g.printf(" ")
			}
			g.printf("%s,%s", num(mid(p.Period)), num(yOf(p.Index)))
		}
		g.printf(`"/>` + "\n")
	}
	for _, p := range s.Points {
		r := 2 + math.Sqrt(float64(p.Sources))
		g.printf(`<circle cx="%s" cy="%s" r="%s" fill="#1f3b73"><title>%s: index %+.2f, %d events, %d sources</title></circle>`+"\n",
			num(mid(p.Period)), num(yOf(p.Index)), num(math.Min(r, 8)), esc(p.Label), p.Index, p.Events, p.Sources)
		if p.StandingSources > 0 {
			x, y := mid(p.Period), yOf(p.Standing)
			g.printf(`<path d="M%s %s l5 5 l-5 5 l-5 -5 z" fill="#f28e2b"><title>%s: standing relations %+.2f (%d sources)</title></path>`+"\n",
				num(x), num(y-5), esc(p.Label), p.Standing, p.StandingSources)
		}
	}

	// Class panel.
	maxV := 0.0
	val := func(p analysis.Point, c int) float64 {
		if o.Normalised {
			return p.Norm.Classes[c]
		}
		return float64(p.Classes[c])
	}
	for _, p := range s.Points {
		sum := 0.0
		for c := 0; c < analysis.NumClasses; c++ {
			sum += val(p, c)
		}
		maxV = math.Max(maxV, sum)
	}
	if maxV == 0 {
		maxV = 1
	}
	g.printf(`<rect x="%s" y="%s" width="%s" height="%s" fill="#fafafa" stroke="#ccc"/>`+"\n", num(left), num(botY), num(W-left-right), num(botH))
	unit := "events"
	if o.Normalised {
		unit = "share of all events"
	}
	g.text(14, botY+botH/2, "middle", fmt.Sprintf(` transform="rotate(-90 14 %s)"`, num(botY+botH/2)), unit)
	g.text(left-6, botY+8, "end", "", trimNum(maxV))
	g.text(left-6, botY+botH, "end", "", "0")
	for _, p := range s.Points {
		x0, x1 := xOf(p.Period.Start), xOf(p.Period.End())
		bw := math.Max(1, (x1-x0)*0.8)
		y := botY + botH
		for c := 0; c < analysis.NumClasses; c++ {
			h := botH * val(p, c) / maxV
			if h <= 0 {
				continue
			}
			y -= h
			g.printf(`<rect x="%s" y="%s" width="%s" height="%s" fill="%s"><title>%s %s: %s</title></rect>`+"\n",
				num((x0+x1)/2-bw/2), num(y), num(bw), num(h), classColours[c], esc(p.Label), analysis.Class(c), trimNum(val(p, c)))
		}
	}
	// Year ticks.
	y0, y1 := t0.Year(), t1.Year()
	step := 1
	for (y1-y0)/step > 10 {
		step *= 2
	}
	for y := y0; y <= y1; y += step {
		t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		if t.Before(t0) || t.After(t1) {
			continue
		}
		x := xOf(t)
		g.line(x, botY+botH, x, botY+botH+4, `stroke="#888"`)
		g.text(x, botY+botH+16, "middle", "", fmt.Sprint(y))
	}
	// Legend.
	lx := left
	for c := 0; c < analysis.NumClasses; c++ {
		g.printf(`<rect x="%s" y="%s" width="10" height="10" fill="%s"/>`+"\n", num(lx), num(H-16), classColours[c])
		g.text(lx+14, H-7, "start", "", analysis.Class(c).String())
		lx += 120
	}
	return g.close()
}

func trimNum(v float64) string {
	if v == math.Trunc(v) {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.3g", v)
}
