package plot

import (
	"fmt"
	"io"
	"math"
	"sort"

	"entente/analysis"
)

// NetworkOptions configure a network picture.
type NetworkOptions struct {
	// Size is the width and height in pixels; 0 means 800.
	Size int
	// Title replaces the default title (the window).
	Title string
}

// Network draws a signed network on a circle, nodes grouped and coloured by
// bloc (blocs may be nil): positive ties green and solid, negative ties red
// and dashed, thicker for stronger indexes and fainter for lower confidence.
// Ties of unbalanced triads are not marked; the balance report names them.
func Network(w io.Writer, n *analysis.Network, bl *analysis.Blocs, o NetworkOptions) error {
	if n == nil {
		return fmt.Errorf("plot: no network")
	}
	S := float64(o.Size)
	if S <= 0 {
		S = 800
	}
	g := newSVG(w, int(S), int(S))
	title := o.Title
	if title == "" {
		title = "Network"
		if !n.At.IsZero() {
			title += " at " + n.At.Format("2006-01-02") + ","
		}
		if !n.From.IsZero() || !n.To.IsZero() {
			title += fmt.Sprintf(" %s – %s", n.From.Format("2006-01-02"), n.To.Format("2006-01-02"))
		}
	}
	g.text(16, 22, "start", ` font-size="14" font-weight="bold"`, title)
	g.text(16, 38, "start", ` fill="#555"`, fmt.Sprintf("%d nodes, %d ties (at least %d sources each)", len(n.Nodes), len(n.Edges), n.MinSources))

	// Order nodes by bloc, then name; nodes without ties go last.
	tied := map[string]bool{}
	for _, e := range n.Edges {
		tied[e.A], tied[e.B] = true, true
	}
	nodes := append([]string(nil), n.Nodes...)
	bloc := func(v string) int {
		if bl != nil {
			if b, ok := bl.Of[v]; ok {
				return b
			}
		}
		return math.MaxInt32
	}
	sort.SliceStable(nodes, func(i, j int) bool {
		a, b := nodes[i], nodes[j]
		if tied[a] != tied[b] {
			return tied[a]
		}
		if bloc(a) != bloc(b) {
			return bloc(a) < bloc(b)
		}
		return a < b
	})
	cx, cy := S/2, S/2+10
	R := S/2 - 110
	pos := make(map[string][2]float64, len(nodes))
	for i, v := range nodes {
		th := 2*math.Pi*float64(i)/float64(max(1, len(nodes))) - math.Pi/2
		pos[v] = [2]float64{cx + R*math.Cos(th), cy + R*math.Sin(th)}
	}
	for _, e := range n.Edges {
		a, b := pos[e.A], pos[e.B]
		colour, dash := "#2ca02c", ""
		if e.Sign < 0 {
			colour, dash = "#d62728", ` stroke-dasharray="6 4"`
		}
		op := 0.3 + 0.7*e.Confidence
		if e.Confidence == 0 {
			op = 0.8
		}
		g.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="%s" stroke-opacity="%s"%s><title>%s–%s: %+.2f (events %+.2f from %d sources, standing %+.2f from %d; confidence %.2f)</title></line>`+"\n",
			num(a[0]), num(a[1]), num(b[0]), num(b[1]), colour, num(0.5+4*math.Abs(e.Weight)), num(op), dash,
			esc(e.A), esc(e.B), e.Weight, e.EventIndex, e.Sources, e.Standing, e.StandingSources, e.Confidence)
	}
	r := 7.0
	if len(nodes) > 60 {
		r = 4
	}
	for _, v := range nodes {
		p := pos[v]
		fill := "#ffffff"
		if b := bloc(v); b != math.MaxInt32 {
			fill = palette[b%len(palette)]
		}
		g.printf(`<circle cx="%s" cy="%s" r="%s" fill="%s" stroke="#333"><title>%s</title></circle>`+"\n", num(p[0]), num(p[1]), num(r), fill, esc(v))
		// Labels point outward from the circle.
		dx, dy := p[0]-cx, p[1]-cy
		d := math.Hypot(dx, dy)
		if d == 0 {
			d = 1
		}
		lx, ly := p[0]+dx/d*(r+4), p[1]+dy/d*(r+4)+4
		anchor := "start"
		if dx < -1 {
			anchor = "end"
		} else if math.Abs(dx) <= 1 {
			anchor = "middle"
		}
		g.text(lx, ly, anchor, "", v)
	}
	// Legend.
	g.line(16, S-30, 46, S-30, `stroke="#2ca02c" stroke-width="3"`)
	g.text(52, S-26, "start", "", "cooperative")
	g.line(140, S-30, 170, S-30, `stroke="#d62728" stroke-width="3" stroke-dasharray="6 4"`)
	g.text(176, S-26, "start", "", "hostile")
	if bl != nil {
		g.text(S-16, S-26, "end", ` fill="#555"`, fmt.Sprintf("%d blocs, signed modularity %.2f", len(bl.Blocs), bl.Modularity))
	}
	return g.close()
}
