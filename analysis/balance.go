package analysis

import (
	"math"
	"math/bits"
	"math/rand/v2"
	"sort"
)

// BalanceOptions configure the structural balance analysis.
type BalanceOptions struct {
	// ExactLimit is the largest connected component (in nodes) whose
	// frustration index is computed exactly, by enumerating its 2^(n−1)
	// bipartitions; 0 means 20, and values above 26 are taken as 26.
	ExactLimit int
	// Restarts is the number of local-search starts for larger components;
	// 0 means 20. Seed seeds the random starts.
	Restarts int
	Seed     uint64
	// MaxTriads caps the list of unbalanced triads; 0 means 100.
	MaxTriads int
}

// Triad is three nodes that are all tied to one another.
type Triad struct {
	Nodes [3]string `json:"nodes"`
	// Signs and Weights are those of the ties AB, AC and BC, where
	// Nodes = [A, B, C].
	Signs   [3]int     `json:"signs"`
	Weights [3]float64 `json:"weights"`
	// Balanced reports whether the product of the signs is positive.
	Balanced bool `json:"balanced"`
	// Strain is the geometric mean of the ties' absolute weights.
	Strain float64 `json:"strain"`
}

// Balance is the structural balance of a signed network.
type Balance struct {
	Nodes int `json:"nodes"`
	Edges int `json:"edges"`
	// Candidates counts the triples of nodes joined by at least two ties,
	// Triads those joined by all three (the classifiable ones), and
	// Classifiable is Triads / Candidates.
	Candidates   int     `json:"candidates"`
	Triads       int     `json:"triads"`
	Classifiable float64 `json:"classifiable"`
	// Balanced counts balanced triads; BalancedShare is Balanced / Triads
	// and WeightedBalance the same share weighted by each triad's product of
	// absolute weights.
	Balanced        int     `json:"balanced"`
	BalancedShare   float64 `json:"balanced_share"`
	WeightedBalance float64 `json:"weighted_balance"`
	// Unbalanced lists the unbalanced triads, most strained first (at most
	// MaxTriads; UnbalancedTotal counts them all).
	Unbalanced      []Triad `json:"unbalanced"`
	UnbalancedTotal int     `json:"unbalanced_total"`
	// Frustration is the number of ties that disagree with the best
	// two-camp split found (Partition); it is the frustration index when
	// Exact, and an upper bound otherwise. FrustrationLower is a lower bound
	// (equal to Frustration when Exact). FrustrationShare is
	// Frustration / Edges.
	Frustration      int     `json:"frustration"`
	FrustrationLower int     `json:"frustration_lower"`
	FrustrationShare float64 `json:"frustration_share"`
	Exact            bool    `json:"exact"`
	Method           string  `json:"method"`
	// Partition gives each node's camp (0 or 1) in the split; camps are
	// chosen per connected component.
	Partition map[string]int `json:"partition"`
	// Frustrated lists the ties that disagree with the split: positive ties
	// across camps, negative ties within one.
	Frustrated []Edge `json:"frustrated"`
}

// AnalyzeBalance classifies every triad of the network and computes its
// frustration index (see the package comment for the method and bounds).
func AnalyzeBalance(n *Network, o BalanceOptions) *Balance {
	if o.ExactLimit <= 0 {
		o.ExactLimit = 20
	}
	o.ExactLimit = min(o.ExactLimit, 26)
	if o.Restarts <= 0 {
		o.Restarts = 20
	}
	if o.MaxTriads <= 0 {
		o.MaxTriads = 100
	}
	if n == nil {
		n = &Network{}
	}
	g := newSignedGraph(n)
	b := &Balance{Nodes: len(g.names), Edges: len(g.edges), Partition: make(map[string]int)}
	tris := g.triangles()
	wedges := 0
	for _, a := range g.adj {
		d := len(a)
		wedges += d * (d - 1) / 2
	}
	b.Triads = len(tris)
	b.Candidates = wedges - 2*len(tris)
	if b.Candidates > 0 {
		b.Classifiable = float64(b.Triads) / float64(b.Candidates)
	}
	var wBal, wAll float64
	var unbalanced [][3]int // edge indices of unbalanced triangles
	for _, t := range tris {
		tr := g.triad(t)
		p := tr.Weights[0] * tr.Weights[1] * tr.Weights[2]
		wAll += p
		if tr.Balanced {
			b.Balanced++
			wBal += p
			continue
		}
		b.UnbalancedTotal++
		b.Unbalanced = append(b.Unbalanced, tr)
		unbalanced = append(unbalanced, g.triEdges(t))
	}
	if b.Triads > 0 {
		b.BalancedShare = float64(b.Balanced) / float64(b.Triads)
	}
	if wAll > 0 {
		b.WeightedBalance = wBal / wAll
	}
	sort.SliceStable(b.Unbalanced, func(i, j int) bool { return b.Unbalanced[i].Strain > b.Unbalanced[j].Strain })
	if len(b.Unbalanced) > o.MaxTriads {
		b.Unbalanced = b.Unbalanced[:o.MaxTriads]
	}

	// Frustration, component by component.
	camp := make([]int8, len(g.names))
	compOf := make([]int, len(g.names))
	exact := true
	comps := g.components()
	heuristicComp := make([]bool, len(comps))
	for ci, comp := range comps {
		for _, v := range comp {
			compOf[v] = ci
		}
		if len(comp) <= o.ExactLimit {
			f := g.exactFrustration(comp, camp)
			b.Frustration += f
			b.FrustrationLower += f
			continue
		}
		exact = false
		heuristicComp[ci] = true
		b.Frustration += g.localSearch(comp, camp, o.Restarts, o.Seed+uint64(ci))
	}
	// Lower bound for heuristic components: a greedy packing of
	// edge-disjoint unbalanced triangles, each of which needs one frustrated
	// tie of its own.
	used := make([]bool, len(g.edges))
	for _, es := range unbalanced {
		if !heuristicComp[compOf[g.index[g.edges[es[0]].A]]] || used[es[0]] || used[es[1]] || used[es[2]] {
			continue
		}
		used[es[0]], used[es[1]], used[es[2]] = true, true, true
		b.FrustrationLower++
	}
	b.Exact = exact
	if exact {
		b.Method = "exact: enumeration of all two-camp splits of each component"
	} else {
		b.Method = "components up to " + itoa(o.ExactLimit) + " nodes exact; larger ones by " + itoa(o.Restarts) +
			"-start single-node-flip local search (an upper bound, at most half the ties of each component), " +
			"lower bound from edge-disjoint unbalanced triads"
	}
	if b.Edges > 0 {
		b.FrustrationShare = float64(b.Frustration) / float64(b.Edges)
	}
	for i, v := range g.names {
		b.Partition[v] = int(camp[i])
	}
	for _, e := range g.edges {
		if frustrated(e.Sign, camp[g.index[e.A]], camp[g.index[e.B]]) {
			b.Frustrated = append(b.Frustrated, e)
		}
	}
	return b
}

func frustrated(sign int, a, b int8) bool { return (sign > 0) != (a == b) }

// triangles lists every triangle once, as node indices, by the
// degree-ordered forward algorithm.
func (g *signedGraph) triangles() [][3]int {
	n := len(g.names)
	rank := make([]int, n)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool {
		di, dj := len(g.adj[order[i]]), len(g.adj[order[j]])
		if di != dj {
			return di < dj
		}
		return order[i] < order[j]
	})
	for r, v := range order {
		rank[v] = r
	}
	mark := make([]bool, n)
	var out [][3]int
	for _, u := range order {
		for _, a := range g.adj[u] {
			if rank[a.to] > rank[u] {
				mark[a.to] = true
			}
		}
		for _, a := range g.adj[u] {
			v := a.to
			if rank[v] <= rank[u] {
				continue
			}
			for _, c := range g.adj[v] {
				if rank[c.to] > rank[v] && mark[c.to] {
					t := [3]int{u, v, c.to}
					sort.Slice(t[:], func(i, j int) bool { return g.names[t[i]] < g.names[t[j]] })
					out = append(out, t)
				}
			}
		}
		for _, a := range g.adj[u] {
			mark[a.to] = false
		}
	}
	sort.Slice(out, func(i, j int) bool {
		for k := 0; k < 3; k++ {
			if out[i][k] != out[j][k] {
				return g.names[out[i][k]] < g.names[out[j][k]]
			}
		}
		return false
	})
	return out
}

func (g *signedGraph) arcTo(u, v int) arc {
	for _, a := range g.adj[u] {
		if a.to == v {
			return a
		}
	}
	return arc{}
}

func (g *signedGraph) triEdges(t [3]int) [3]int {
	return [3]int{g.arcTo(t[0], t[1]).edge, g.arcTo(t[0], t[2]).edge, g.arcTo(t[1], t[2]).edge}
}

func (g *signedGraph) triad(t [3]int) Triad {
	tr := Triad{Nodes: [3]string{g.names[t[0]], g.names[t[1]], g.names[t[2]]}}
	prod := 1
	strain := 1.0
	for k, p := range [3][2]int{{0, 1}, {0, 2}, {1, 2}} {
		a := g.arcTo(t[p[0]], t[p[1]])
		tr.Signs[k] = a.sign
		tr.Weights[k] = a.w
		prod *= a.sign
		strain *= a.w
	}
	tr.Balanced = prod > 0
	tr.Strain = math.Cbrt(strain)
	return tr
}

// exactFrustration enumerates the two-camp splits of a component in Gray
// code order (one node flips per step) and writes the best into camp.
func (g *signedGraph) exactFrustration(comp []int, camp []int8) int {
	for _, v := range comp {
		camp[v] = 0
	}
	cur := 0
	for _, v := range comp {
		for _, a := range g.adj[v] {
			if v < a.to && frustrated(a.sign, 0, 0) {
				cur++
			}
		}
	}
	best := cur
	bestMask := uint64(0)
	mask := uint64(0)
	steps := uint64(1) << uint(len(comp)-1)
	for s := uint64(1); s < steps; s++ {
		bit := bits.TrailingZeros64(s)
		v := comp[bit+1] // comp[0] stays in camp 0
		cur += g.flipDelta(v, camp)
		camp[v] ^= 1
		mask ^= 1 << uint(bit+1)
		if cur < best {
			best, bestMask = cur, mask
		}
	}
	for i, v := range comp {
		camp[v] = int8(bestMask >> uint(i) & 1)
	}
	return best
}

// flipDelta is the change in frustrated ties if v changed camp.
func (g *signedGraph) flipDelta(v int, camp []int8) int {
	d := 0
	for _, a := range g.adj[v] {
		if frustrated(a.sign, camp[v], camp[a.to]) {
			d--
		} else {
			d++
		}
	}
	return d
}

// localSearch runs single-node-flip descent from a spanning-tree start and
// restarts−1 random starts, writes the best split into camp and returns its
// frustration.
func (g *signedGraph) localSearch(comp []int, camp []int8, restarts int, seed uint64) int {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	cur := make([]int8, len(camp))
	best := math.MaxInt
	bestCamp := make([]int8, len(comp))
	for r := 0; r < restarts; r++ {
		if r == 0 {
			g.treeStart(comp, cur)
		} else {
			for _, v := range comp {
				cur[v] = int8(rng.IntN(2))
			}
		}
		for improved := true; improved; {
			improved = false
			for _, v := range comp {
				if g.flipDelta(v, cur) < 0 {
					cur[v] ^= 1
					improved = true
				}
			}
		}
		f := 0
		for _, v := range comp {
			for _, a := range g.adj[v] {
				if v < a.to && frustrated(a.sign, cur[v], cur[a.to]) {
					f++
				}
			}
		}
		if f < best {
			best = f
			for i, v := range comp {
				bestCamp[i] = cur[v]
			}
		}
	}
	for i, v := range comp {
		camp[v] = bestCamp[i]
	}
	return best
}

// treeStart gives camps along a breadth-first spanning tree so that every
// tree tie is satisfied.
func (g *signedGraph) treeStart(comp []int, camp []int8) {
	seen := make(map[int]bool, len(comp))
	q := []int{comp[0]}
	seen[comp[0]] = true
	camp[comp[0]] = 0
	for len(q) > 0 {
		v := q[0]
		q = q[1:]
		for _, a := range g.adj[v] {
			if seen[a.to] {
				continue
			}
			seen[a.to] = true
			if a.sign > 0 {
				camp[a.to] = camp[v]
			} else {
				camp[a.to] = camp[v] ^ 1
			}
			q = append(q, a.to)
		}
	}
}
