package analysis

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"entente"
)

// net builds a network straight from signed edges "A B +" / "A B -".
func net(edges ...string) *Network {
	n := &Network{}
	seen := map[string]bool{}
	for _, s := range edges {
		var a, b, sign string
		fmt.Sscan(s, &a, &b, &sign)
		e := Edge{A: a, B: b, Sign: 1, Weight: 0.8}
		if sign == "-" {
			e.Sign, e.Weight = -1, -0.8
		}
		n.Edges = append(n.Edges, e)
		for _, v := range []string{a, b} {
			if !seen[v] {
				seen[v] = true
				n.Nodes = append(n.Nodes, v)
			}
		}
	}
	return n
}

func TestNetworkEvidenceAndSigns(t *testing.T) {
	t0 := day(2018, 5, 10)
	var events []entente.Event
	events = append(events, articles("CHNGOV", "PAKGOV", "057", t0, "cp", 4)...)
	events = append(events, articles("USAGOV", "PAKGOV", "112", t0, "up", 3)...)
	events = append(events, articles("INDGOV", "PAKMIL", "190", t0, "ip", 1)...) // one source only
	events = append(events, ev("USA", "PAK", "042", day(2018, 7, 1), "later"))   // outside the window
	r := Aggregate(events, nil, DefaultOptions())
	o := DefaultNetworkOptions()
	o.From, o.To = Window(t0, Month)
	n := BuildNetwork(r.Cells, o)
	signs := map[Dyad]int{}
	for _, e := range n.Edges {
		signs[Dyad{e.A, e.B}] = e.Sign
		if e.Confidence < 0.5 || e.Confidence > 1 || e.Low > e.Weight || e.High < e.Weight {
			t.Errorf("edge %s–%s: confidence %.2f, interval [%.2f, %.2f] around %.2f", e.A, e.B, e.Confidence, e.Low, e.High, e.Weight)
		}
	}
	if signs[Dyad{"CHN", "PAK"}] != 1 || signs[Dyad{"PAK", "USA"}] != -1 {
		t.Errorf("signs %v", signs)
	}
	if _, ok := signs[Dyad{"IND", "PAK"}]; ok || n.BelowEvidence != 1 {
		t.Errorf("a single-source dyad passed the evidence minimum (below: %d)", n.BelowEvidence)
	}
	// A single article can still be analysed.
	single := Aggregate(articles("INDGOV", "PAKMIL", "190", t0, "ip", 1), nil, DefaultOptions())
	o.TotalSources = 1
	if n1 := BuildNetwork(single.Cells, o); len(n1.Edges) != 1 || n1.Edges[0].Sign != -1 {
		t.Errorf("single article network: %+v", n1.Edges)
	}
}

// TestStandingLayer: a stated alliance and an archenemy relation sign the
// edges, and outweigh a little contrary event evidence.
func TestStandingLayer(t *testing.T) {
	t0 := day(2018, 5, 15)
	events := []entente.Event{ev("CHN", "PAK", "111", t0, "x"), ev("IND", "PAK", "042", t0, "x")}
	rels := []entente.Relation{
		{ArticleID: "x", A: "PAK", B: "CHN", Sign: 1, Strength: 1, When: entente.When{Date: t0}},
		{ArticleID: "y", A: "PAK", B: "CHN", Sign: 1, Strength: 0.8, When: entente.When{Date: t0}},
		{ArticleID: "x", A: "INDGOV", B: "PAKGOV", Sign: -1, Strength: 1, When: entente.When{Date: t0}},
	}
	r := Aggregate(events, rels, DefaultOptions())
	o := DefaultNetworkOptions()
	o.From, o.To = Window(t0, Month)
	n := BuildNetwork(r.Cells, o)
	got := map[Dyad]Edge{}
	for _, e := range n.Edges {
		got[Dyad{e.A, e.B}] = e
	}
	cp, ip := got[Dyad{"CHN", "PAK"}], got[Dyad{"IND", "PAK"}]
	if cp.Sign != 1 || cp.EventIndex >= 0 || cp.Standing <= 0 || cp.StandingSources != 2 {
		t.Errorf("CHN–PAK: %+v", cp)
	}
	if ip.Sign != -1 || ip.EventIndex <= 0 || ip.Standing >= 0 {
		t.Errorf("IND–PAK: %+v", ip)
	}
	s := SeriesOf(r, "PAK", "CHN", true, 1)
	if s.StandingSources != 2 || s.Standing <= 0 {
		t.Errorf("series standing layer: %.2f from %d", s.Standing, s.StandingSources)
	}
}

func TestBootstrapConfidence(t *testing.T) {
	t0 := day(2019, 1, 10)
	agree := articles("FRA", "DEU", "057", t0, "a", 12)
	mixed := append(articles("FRA", "ITA", "057", t0, "b", 6), articles("FRA", "ITA", "112", t0, "c", 5)...)
	r := Aggregate(append(agree, mixed...), nil, DefaultOptions())
	n := BuildNetwork(r.Cells, DefaultNetworkOptions())
	got := map[Dyad]Edge{}
	for _, e := range n.Edges {
		got[Dyad{e.A, e.B}] = e
	}
	de, it := got[Dyad{"DEU", "FRA"}], got[Dyad{"FRA", "ITA"}]
	if de.Confidence < 0.99 || it.Confidence > 0.9 || it.Confidence < 0.3 {
		t.Errorf("confidence: unanimous %.2f, split %.2f", de.Confidence, it.Confidence)
	}
}

func TestBalanceTriads(t *testing.T) {
	tests := []struct {
		name       string
		edges      []string
		triads     int
		balanced   int
		candidates int
		frustr     int
	}{
		{"friends", []string{"A B +", "A C +", "B C +"}, 1, 1, 1, 0},
		{"common enemy", []string{"A B +", "A C -", "B C -"}, 1, 1, 1, 0},
		{"friend of a friend is an enemy", []string{"A B +", "A C +", "B C -"}, 1, 0, 1, 1},
		{"all enemies", []string{"A B -", "A C -", "B C -"}, 1, 0, 1, 1},
		{"open triple", []string{"A B +", "A C -"}, 0, 0, 1, 0},
		{"two triangles sharing a tie", []string{"A B +", "A C +", "B C -", "B D -", "C D +"}, 2, 1, 4, 1},
	}
	for _, tt := range tests {
		b := AnalyzeBalance(net(tt.edges...), BalanceOptions{})
		if b.Triads != tt.triads || b.Balanced != tt.balanced || b.Candidates != tt.candidates || b.Frustration != tt.frustr || !b.Exact {
			t.Errorf("%s: triads %d balanced %d candidates %d frustration %d exact %v; want %d %d %d %d",
				tt.name, b.Triads, b.Balanced, b.Candidates, b.Frustration, b.Exact, tt.triads, tt.balanced, tt.candidates, tt.frustr)
		}
		if len(b.Unbalanced) != tt.triads-tt.balanced {
			t.Errorf("%s: %d unbalanced triads named", tt.name, len(b.Unbalanced))
		}
		if len(b.Frustrated) != b.Frustration {
			t.Errorf("%s: %d frustrated ties listed, frustration %d", tt.name, len(b.Frustrated), b.Frustration)
		}
	}
	b := AnalyzeBalance(net("PAK CHN +", "PAK USA -", "CHN USA +"), BalanceOptions{})
	if len(b.Unbalanced) != 1 || b.Unbalanced[0].Nodes != [3]string{"CHN", "PAK", "USA"} || b.Unbalanced[0].Balanced {
		t.Errorf("unbalanced triad not named: %+v", b.Unbalanced)
	}
}

// randomSigned returns a random signed graph on n nodes: two planted camps,
// with each tie's sign flipped with probability noise.
func randomSigned(n int, density, noise float64, seed uint64) *Network {
	rng := rand.New(rand.NewPCG(seed, 7))
	nw := &Network{}
	for i := 0; i < n; i++ {
		nw.Nodes = append(nw.Nodes, fmt.Sprintf("N%03d", i))
	}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if rng.Float64() > density {
				continue
			}
			sign := 1
			if (i%2 == 0) != (j%2 == 0) {
				sign = -1
			}
			if rng.Float64() < noise {
				sign = -sign
			}
			nw.Edges = append(nw.Edges, Edge{A: nw.Nodes[i], B: nw.Nodes[j], Sign: sign, Weight: float64(sign) * (0.2 + 0.8*rng.Float64())})
		}
	}
	return nw
}

// TestFrustrationBounds: on small graphs, the heuristic's upper bound is at
// least the exact value and its lower bound at most; planted camps with k
// flipped ties have frustration at most k.
func TestFrustrationBounds(t *testing.T) {
	for seed := uint64(1); seed <= 8; seed++ {
		nw := randomSigned(14, 0.5, 0.15, seed)
		exact := AnalyzeBalance(nw, BalanceOptions{})
		heur := AnalyzeBalance(nw, BalanceOptions{ExactLimit: 1, Seed: seed})
		if !exact.Exact || heur.Exact {
			t.Fatalf("seed %d: exactness flags %v %v", seed, exact.Exact, heur.Exact)
		}
		if heur.Frustration < exact.Frustration || heur.FrustrationLower > exact.Frustration {
			t.Errorf("seed %d: exact %d outside heuristic bounds [%d, %d]", seed, exact.Frustration, heur.FrustrationLower, heur.Frustration)
		}
		flipped := 0
		for _, e := range nw.Edges {
			var i, j int
			fmt.Sscanf(e.A, "N%d", &i)
			fmt.Sscanf(e.B, "N%d", &j)
			if (e.Sign > 0) != ((i%2 == 0) == (j%2 == 0)) {
				flipped++
			}
		}
		if exact.Frustration > flipped {
			t.Errorf("seed %d: frustration %d above the %d flipped ties", seed, exact.Frustration, flipped)
		}
		// The split's frustrated ties are exactly those counted.
		count := 0
		for _, e := range nw.Edges {
			if frustrated(e.Sign, int8(exact.Partition[e.A]), int8(exact.Partition[e.B])) {
				count++
			}
		}
		if count != exact.Frustration {
			t.Errorf("seed %d: partition frustrates %d ties, reported %d", seed, count, exact.Frustration)
		}
	}
	// A balanced graph is found balanced by both methods.
	nw := randomSigned(40, 0.3, 0, 3)
	if b := AnalyzeBalance(nw, BalanceOptions{}); b.Frustration != 0 || b.BalancedShare != 1 {
		t.Errorf("balanced graph: frustration %d, balanced share %.2f", b.Frustration, b.BalancedShare)
	}
}

func TestBlocs(t *testing.T) {
	// Two camps of four, friendly inside and hostile across, plus a
	// loner with one hostile tie.
	west := []string{"USA", "GBR", "FRA", "IND"}
	east := []string{"RUS", "CHN", "PAK", "IRN"}
	var edges []string
	for _, camp := range [][]string{west, east} {
		for i := range camp {
			for j := i + 1; j < len(camp); j++ {
				edges = append(edges, camp[i]+" "+camp[j]+" +")
			}
		}
	}
	for i, a := range west {
		edges = append(edges, a+" "+east[i]+" -", a+" "+east[(i+1)%4]+" -")
	}
	edges = append(edges, "AFGREB PAK -")
	bl := FindBlocs(net(edges...), BlocOptions{})
	if bl.Modularity <= 0 {
		t.Errorf("modularity %.3f", bl.Modularity)
	}
	for _, camp := range [][]string{west, east} {
		for _, v := range camp {
			if bl.Of[v] != bl.Of[camp[0]] {
				t.Errorf("%s not in the bloc of %s: %v", v, camp[0], bl.Of)
			}
		}
	}
	if bl.Of["USA"] == bl.Of["RUS"] || bl.Of["AFGREB"] == bl.Of["PAK"] {
		t.Errorf("enemies in one bloc: %v", bl.Of)
	}
	for _, b := range bl.Blocs {
		if b.Negative != 0 {
			t.Errorf("bloc %v holds hostile ties", b.Members)
		}
	}
	if len(bl.Blocs) != 3 {
		t.Errorf("want 3 blocs, got %d: %+v", len(bl.Blocs), bl.Blocs)
	}
}

// TestBlocsPlanted recovers planted camps in a noisy random signed graph.
func TestBlocsPlanted(t *testing.T) {
	nw := randomSigned(60, 0.3, 0.05, 11)
	bl := FindBlocs(nw, BlocOptions{})
	agree, pairs := 0, 0
	for i := 0; i < 60; i++ {
		for j := i + 1; j < 60; j++ {
			same := i%2 == j%2
			pairs++
			if same == (bl.Of[nw.Nodes[i]] == bl.Of[nw.Nodes[j]]) {
				agree++
			}
		}
	}
	if r := float64(agree) / float64(pairs); r < 0.9 {
		t.Errorf("blocs agree with the planted camps on %.2f of pairs", r)
	}
	if math.IsNaN(bl.Modularity) || bl.Modularity <= 0 {
		t.Errorf("modularity %.3f", bl.Modularity)
	}
}

func TestSelectK(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	for n := 1; n < 60; n += 7 {
		a := make([]float64, n)
		for i := range a {
			a[i] = float64(rng.IntN(10)) // with ties
		}
		sorted := append([]float64(nil), a...)
		slices.Sort(sorted)
		for k := 0; k < n; k++ {
			b := append([]float64(nil), a...)
			if got := selectK(b, k); got != sorted[k] {
				t.Fatalf("n=%d k=%d: %g, want %g", n, k, got, sorted[k])
			}
		}
	}
}

// TestEmptyInputs: empty and nil inputs give empty results, not panics.
func TestEmptyInputs(t *testing.T) {
	n := BuildNetwork(nil, DefaultNetworkOptions())
	if len(n.Edges) != 0 || len(n.Nodes) != 0 {
		t.Errorf("network of nothing: %+v", n)
	}
	for _, nw := range []*Network{nil, n} {
		if b := AnalyzeBalance(nw, BalanceOptions{ExactLimit: 1000}); b.Triads != 0 || b.Frustration != 0 || !b.Exact {
			t.Errorf("balance of nothing: %+v", b)
		}
		if bl := FindBlocs(nw, BlocOptions{}); len(bl.Blocs) != 0 {
			t.Errorf("blocs of nothing: %+v", bl)
		}
	}
	rep := BuildReport(nil, nil, "PAK", "IND", ReportOptions{Options: DefaultOptions()})
	if len(rep.Series.Points) != 0 || len(rep.TurningPoints) != 0 {
		t.Errorf("report of nothing: %+v", rep)
	}
}
