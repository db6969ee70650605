package analysis

import "sort"

// signedGraph is a network's edges indexed for graph algorithms.
type signedGraph struct {
	names []string
	index map[string]int
	adj   [][]arc
	edges []Edge
}

type arc struct {
	to   int
	sign int
	w    float64 // |weight|
	edge int     // index into edges
}

func newSignedGraph(n *Network) *signedGraph {
	g := &signedGraph{index: make(map[string]int)}
	add := func(v string) int {
		i, ok := g.index[v]
		if !ok {
			i = len(g.names)
			g.index[v] = i
			g.names = append(g.names, v)
			g.adj = append(g.adj, nil)
		}
		return i
	}
	for _, v := range n.Nodes {
		add(v)
	}
	for _, e := range n.Edges {
		if e.Sign == 0 || e.A == e.B {
			continue
		}
		a, b := add(e.A), add(e.B)
		k := len(g.edges)
		g.edges = append(g.edges, e)
		w := e.Weight
		if w < 0 {
			w = -w
		}
		g.adj[a] = append(g.adj[a], arc{b, e.Sign, w, k})
		g.adj[b] = append(g.adj[b], arc{a, e.Sign, w, k})
	}
	return g
}

// components returns the connected components (lists of node indices) of
// the graph, each sorted, largest first.
func (g *signedGraph) components() [][]int {
	seen := make([]bool, len(g.names))
	var comps [][]int
	for s := range g.names {
		if seen[s] {
			continue
		}
		seen[s] = true
		comp := []int{s}
		for q := 0; q < len(comp); q++ {
			for _, a := range g.adj[comp[q]] {
				if !seen[a.to] {
					seen[a.to] = true
					comp = append(comp, a.to)
				}
			}
		}
		sort.Ints(comp)
		comps = append(comps, comp)
	}
	sort.SliceStable(comps, func(i, j int) bool { return len(comps[i]) > len(comps[j]) })
	return comps
}
