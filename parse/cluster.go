package parse

import (
	"math"
	"slices"
)

// clusterWords groups the words of sents (sequences of word keys, such as
// lower-cased form hashes) into k classes by their neighbours, with the
// exchange algorithm (Kneser and Ney; Martin, Liermann and Ney): each word in
// turn moves to the class that most raises the likelihood of the text under
// a class bigram model, until a pass moves no word or iters passes are
// done. Words seen fewer than minCount times are not clustered (they share
// one pseudo-word while the others are). It returns the class of each
// clustered word. The result depends only on the input: words are visited
// by decreasing frequency, ties broken by key.
func clusterWords(sents [][]uint64, k, minCount, iters int) map[uint64]int32 {
	count := map[uint64]int{}
	for _, s := range sents {
		for _, w := range s {
			count[w]++
		}
	}
	var vocab []uint64
	for w, n := range count {
		if n >= minCount {
			vocab = append(vocab, w)
		}
	}
	slices.SortFunc(vocab, func(a, b uint64) int {
		if count[a] != count[b] {
			return count[b] - count[a]
		}
		if a < b {
			return -1
		}
		if a > b {
			return 1
		}
		return 0
	})
	// word ids: 0 is the sentence boundary, 1 the rare words, then vocab
	id := make(map[uint64]int32, len(vocab))
	for i, w := range vocab {
		id[w] = int32(i + 2)
	}
	V := len(vocab) + 2
	wordOf := func(w uint64) int32 {
		if i, ok := id[w]; ok {
			return i
		}
		return 1
	}
	// bigram counts by word, both ways
	right := make([]map[int32]int, V)
	left := make([]map[int32]int, V)
	freq := make([]int, V)
	for i := range right {
		right[i], left[i] = map[int32]int{}, map[int32]int{}
	}
	for _, s := range sents {
		prev := int32(0)
		freq[0]++
		for _, w := range s {
			c := wordOf(w)
			freq[c]++
			right[prev][c]++
			left[c][prev]++
			prev = c
		}
		right[prev][0]++
		left[0][prev]++
	}
	type nb struct {
		w int32
		n int
	}
	flat := func(m map[int32]int) []nb {
		out := make([]nb, 0, len(m))
		for w, n := range m {
			out = append(out, nb{w, n})
		}
		slices.SortFunc(out, func(a, b nb) int { return int(a.w - b.w) })
		return out
	}
	succ, pred := make([][]nb, V), make([][]nb, V)
	for i := range succ {
		succ[i], pred[i] = flat(right[i]), flat(left[i])
	}
	right, left = nil, nil

	// classes: k for words, one more (k) for the boundary
	K := k + 1
	cls := make([]int32, V)
	cls[0] = int32(k)
	for i := 1; i < V; i++ {
		cls[i] = int32((i - 1) % k)
	}
	big := make([]float64, K*K) // class bigram counts
	uni := make([]float64, K)   // class counts
	for w := 0; w < V; w++ {
		uni[cls[w]] += float64(freq[w])
		for _, e := range succ[w] {
			big[int(cls[w])*K+int(cls[e.w])] += float64(e.n)
		}
	}
	f := func(x float64) float64 {
		if x <= 0 {
			return 0
		}
		return x * math.Log(x)
	}
	// per word: counts of its neighbours by class, self bigrams apart
	ns, np := make([]float64, K), make([]float64, K)
	var touchedS, touchedP []int32
	gather := func(w int32) (self float64) {
		for _, c := range touchedS {
			ns[c] = 0
		}
		for _, c := range touchedP {
			np[c] = 0
		}
		touchedS, touchedP = touchedS[:0], touchedP[:0]
		for _, e := range succ[w] {
			if e.w == w {
				self = float64(e.n)
				continue
			}
			c := cls[e.w]
			if ns[c] == 0 {
				touchedS = append(touchedS, c)
			}
			ns[c] += float64(e.n)
		}
		for _, e := range pred[w] {
			if e.w == w {
				continue
			}
			c := cls[e.w]
			if np[c] == 0 {
				touchedP = append(touchedP, c)
			}
			np[c] += float64(e.n)
		}
		return self
	}
	// move adds w (with its neighbour counts gathered) to class b with sign
	// +1, or takes it out of it with -1.
	move := func(b int32, sign, self float64, n float64) {
		for _, c := range touchedS {
			big[int(b)*K+int(c)] += sign * ns[c]
		}
		for _, c := range touchedP {
			big[int(c)*K+int(b)] += sign * np[c]
		}
		big[int(b)*K+int(b)] += sign * self
		uni[b] += sign * n
	}
	// gain returns the change of the objective from adding w to class b.
	gain := func(b int32, self, n float64) float64 {
		g := 0.0
		bb := int(b)*K + int(b)
		diag := self + ns[b] + np[b]
		for _, c := range touchedS {
			if c != b {
				x := big[int(b)*K+int(c)]
				g += f(x+ns[c]) - f(x)
			}
		}
		for _, c := range touchedP {
			if c != b {
				x := big[int(c)*K+int(b)]
				g += f(x+np[c]) - f(x)
			}
		}
		g += f(big[bb]+diag) - f(big[bb])
		return g - 2*(f(uni[b]+n)-f(uni[b]))
	}
	for it := 0; it < iters; it++ {
		moved := 0
		for w := int32(1); w < int32(V); w++ {
			a := cls[w]
			self := gather(w)
			n := float64(freq[w])
			move(a, -1, self, n)
			best, bg := a, gain(a, self, n)
			for b := int32(0); b < int32(k); b++ {
				if b == a {
					continue
				}
				if g := gain(b, self, n); g > bg+1e-9 {
					best, bg = b, g
				}
			}
			move(best, 1, self, n)
			if best != a {
				cls[w] = best
				moved++
			}
		}
		if moved == 0 {
			break
		}
	}
	out := make(map[uint64]int32, len(vocab))
	for i, w := range vocab {
		out[w] = cls[i+2]
	}
	return out
}
