package analysis

import (
	"math"
	"sort"
)

// BlocOptions configure bloc detection.
type BlocOptions struct {
	// Resolution is γ in the signed modularity; 0 means 1. Larger values
	// give smaller blocs.
	Resolution float64
}

// Bloc is a group of nodes tied more positively among themselves than chance.
type Bloc struct {
	ID      int      `json:"id"`
	Members []string `json:"members"`
	// Positive and Negative sum the absolute weights of the positive and
	// negative ties inside the bloc.
	Positive float64 `json:"positive"`
	Negative float64 `json:"negative"`
}

// Blocs is a signed community partition of a network.
type Blocs struct {
	Method string `json:"method"`
	// Modularity is the signed modularity Q of the partition.
	Modularity float64 `json:"modularity"`
	Blocs      []Bloc  `json:"blocs"`
	// Of maps each node to the ID of its bloc.
	Of map[string]int `json:"of"`
}

// wgraph is a weighted graph with separate positive and negative weights and
// self-loops, as Louvain's aggregation produces.
type wgraph struct {
	adj          []map[int][2]float64 // neighbour -> {positive, negative}
	selfP, selfN []float64
}

func (g *wgraph) degrees() (kp, kn []float64) {
	n := len(g.adj)
	kp, kn = make([]float64, n), make([]float64, n)
	for i := range g.adj {
		kp[i], kn[i] = g.selfP[i], g.selfN[i]
		for _, w := range g.adj[i] {
			kp[i] += w[0]
			kn[i] += w[1]
		}
	}
	return kp, kn
}

// FindBlocs partitions the network into blocs by maximising the signed
// modularity of Gómez, Jensen and Arenas (2009) with the Louvain method,
// written here for signed weights: positive and negative ties keep separate
// null models (see the package comment).
func FindBlocs(n *Network, o BlocOptions) *Blocs {
	gamma := o.Resolution
	if gamma <= 0 {
		gamma = 1
	}
	if n == nil {
		n = &Network{}
	}
	sg := newSignedGraph(n)
	nn := len(sg.names)
	g := &wgraph{adj: make([]map[int][2]float64, nn), selfP: make([]float64, nn), selfN: make([]float64, nn)}
	for i := range g.adj {
		g.adj[i] = make(map[int][2]float64)
	}
	for _, e := range sg.edges {
		a, b := sg.index[e.A], sg.index[e.B]
		w := [2]float64{}
		if e.Weight > 0 {
			w[0] = e.Weight
		} else {
			w[1] = -e.Weight
		}
		g.adj[a][b] = w
		g.adj[b][a] = w
	}
	kp0, kn0 := g.degrees()
	var m2p, m2n float64
	for i := range kp0 {
		m2p += kp0[i]
		m2n += kn0[i]
	}
	// member[i] is the level-0 community of original node i.
	member := make([]int, nn)
	for i := range member {
		member[i] = i
	}
	for level := 0; level < 32; level++ {
		comm, moved := localMoving(g, gamma, m2p, m2n)
		if !moved {
			break
		}
		// Renumber communities 0..c-1 in order of first appearance.
		id := make(map[int]int)
		for _, c := range comm {
			if _, ok := id[c]; !ok {
				id[c] = len(id)
			}
		}
		for i := range member {
			member[i] = id[comm[member[i]]]
		}
		if len(id) == len(g.adj) {
			break
		}
		g = aggregate(g, comm, id)
	}
	out := &Blocs{Method: "Louvain on signed modularity (Gómez–Jensen–Arenas), resolution " + ftoa(gamma), Of: make(map[string]int)}
	groups := make(map[int][]int)
	for i, c := range member {
		groups[c] = append(groups[c], i)
	}
	var keys []int
	for c := range groups {
		keys = append(keys, c)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := groups[keys[i]], groups[keys[j]]
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return sg.names[a[0]] < sg.names[b[0]]
	})
	for id, c := range keys {
		bl := Bloc{ID: id}
		for _, v := range groups[c] {
			bl.Members = append(bl.Members, sg.names[v])
			out.Of[sg.names[v]] = id
		}
		sort.Strings(bl.Members)
		out.Blocs = append(out.Blocs, bl)
	}
	// Internal weights and modularity on the original graph.
	var q float64
	totP := make(map[int]float64)
	totN := make(map[int]float64)
	for i := range member {
		totP[member[i]] += kp0[i]
		totN[member[i]] += kn0[i]
	}
	for _, e := range sg.edges {
		ca, cb := out.Of[e.A], out.Of[e.B]
		if ca != cb {
			continue
		}
		q += 2 * e.Weight
		if e.Weight > 0 {
			out.Blocs[ca].Positive += e.Weight
		} else {
			out.Blocs[ca].Negative -= e.Weight
		}
	}
	for c := range totP {
		if m2p > 0 {
			q -= gamma * totP[c] * totP[c] / m2p
		}
		if m2n > 0 {
			q += gamma * totN[c] * totN[c] / m2n
		}
	}
	if m2p+m2n > 0 {
		out.Modularity = q / (m2p + m2n)
		if math.Abs(out.Modularity) < 1e-12 {
			out.Modularity = 0 // rounding's residue ("-1.4e-16"), not a sign
		}
	}
	return out
}

// localMoving moves nodes between communities while the signed modularity
// grows; it returns each node's community and whether any node moved.
func localMoving(g *wgraph, gamma, m2p, m2n float64) ([]int, bool) {
	n := len(g.adj)
	kp, kn := g.degrees()
	comm := make([]int, n)
	totP := make([]float64, n)
	totN := make([]float64, n)
	for i := range comm {
		comm[i] = i
		totP[i], totN[i] = kp[i], kn[i]
	}
	null := func(i, c int) float64 {
		v := 0.0
		if m2p > 0 {
			v += kp[i] * totP[c] / m2p
		}
		if m2n > 0 {
			v -= kn[i] * totN[c] / m2n
		}
		return gamma * v
	}
	// Neighbours in sorted order keep the result deterministic.
	nbrs := make([][]int, n)
	for i := range g.adj {
		for j := range g.adj[i] {
			nbrs[i] = append(nbrs[i], j)
		}
		sort.Ints(nbrs[i])
	}
	moved := false
	links := make(map[int]float64)
	for pass := 0; pass < 100; pass++ {
		changed := false
		for i := 0; i < n; i++ {
			old := comm[i]
			totP[old] -= kp[i]
			totN[old] -= kn[i]
			clear(links)
			for _, j := range nbrs[i] {
				w := g.adj[i][j]
				links[comm[j]] += w[0] - w[1]
			}
			best, bestGain := old, links[old]-null(i, old)
			if bestGain < 0 {
				// Alone in an empty community the gain is 0.
				best, bestGain = -1, 0
			}
			cands := make([]int, 0, len(links))
			for c := range links {
				cands = append(cands, c)
			}
			sort.Ints(cands)
			for _, c := range cands {
				if c == old {
					continue
				}
				if gain := links[c] - null(i, c); gain > bestGain+1e-12 {
					best, bestGain = c, gain
				}
			}
			if best == -1 {
				best = old
				if communityUsed(comm, old, i) {
					best = emptyCommunity(comm, i)
				}
			}
			comm[i] = best
			totP[best] += kp[i]
			totN[best] += kn[i]
			if best != old {
				changed, moved = true, true
			}
		}
		if !changed {
			break
		}
	}
	return comm, moved
}

// communityUsed reports whether a node other than i is in community c.
func communityUsed(comm []int, c, i int) bool {
	for j, cj := range comm {
		if j != i && cj == c {
			return true
		}
	}
	return false
}

// emptyCommunity returns a community number that no node but i uses.
func emptyCommunity(comm []int, i int) int {
	used := make([]bool, len(comm))
	for j, c := range comm {
		if j != i {
			used[c] = true
		}
	}
	for c := range used {
		if !used[c] {
			return c
		}
	}
	return comm[i]
}

// aggregate builds the graph whose nodes are the communities of g.
func aggregate(g *wgraph, comm []int, id map[int]int) *wgraph {
	n := len(id)
	h := &wgraph{adj: make([]map[int][2]float64, n), selfP: make([]float64, n), selfN: make([]float64, n)}
	for i := range h.adj {
		h.adj[i] = make(map[int][2]float64)
	}
	for i := range g.adj {
		ci := id[comm[i]]
		h.selfP[ci] += g.selfP[i]
		h.selfN[ci] += g.selfN[i]
		for j, w := range g.adj[i] {
			cj := id[comm[j]]
			if ci == cj {
				h.selfP[ci] += w[0]
				h.selfN[ci] += w[1]
				continue
			}
			x := h.adj[ci][cj]
			x[0] += w[0]
			x[1] += w[1]
			h.adj[ci][cj] = x
		}
	}
	return h
}
