package parse

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestLayoutsMatchLinear checks the run-time layouts against the sparse
// layout they are built from, bit for bit, for folded and unfolded keys,
// including the key 2^32 that 32-bit folding yields and a 32-bit slot cannot
// hold, rows without weights, features the model does not know, and
// feature lists that start with the bias feature (and contain it again).
func TestLayoutsMatchLinear(t *testing.T) {
	for _, fold := range []uint8{0, 20, 32} {
		rng := rand.New(rand.NewPCG(7, uint64(fold)))
		// feature hashes are never 0; biasFeature, which packed sums once
		// and adds to the calls whose features start with it, is the fifth
		feats := []uint64{^uint64(0), 0xffffffff00000000, 1, 2, biasFeature}
		for range 5000 {
			feats = append(feats, rng.Uint64())
		}
		// weights for about two thirds of the features (and the extremes),
		// int16 multiples of a scale, some rows all zero
		const scale = float32(1.0 / 4096)
		w := map[uint64][]float32{}
		for i, f := range feats {
			if i >= 5 && rng.IntN(3) == 0 {
				continue
			}
			k := foldKey(f, fold)
			if _, ok := w[k]; ok {
				continue
			}
			row := make([]float32, 3)
			if rng.IntN(10) > 0 {
				for c := range row {
					if rng.IntN(2) == 0 {
						row[c] = float32(rng.IntN(65535)-32767) * scale
					}
				}
			}
			w[k] = row
		}
		keys := make([]uint64, 0, len(w))
		for k := range w {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		trans := buildLinear(3, fold, keys, func(i int) []float32 { return w[keys[i]] })
		trans.scale = scale
		fast, ok := scorerOf(trans).(*packed[uint32])
		if compactKeys(fold) != ok {
			t.Fatalf("fold %d: scorerOf gave %T", fold, scorerOf(trans))
		}
		var sc scorer = fast
		if !ok {
			sc = scorerOf(trans).(*packed[uint64])
		}
		tm := transModelOf(trans)
		if _, ok := tm.(*tight3); ok != compactKeys(fold) {
			t.Errorf("fold %d: transModelOf gave %T", fold, tm)
		}
		if tm.rows() != trans.rows() {
			t.Errorf("fold %d: %d rows in the transition layout, want %d", fold, tm.rows(), trans.rows())
		}
		for range 300 {
			fs := make([]uint64, 1+rng.IntN(200))
			for i := range fs {
				fs[i] = feats[rng.IntN(len(feats))]
			}
			if rng.IntN(2) == 0 {
				fs[0] = biasFeature
			}
			// packed and tight3 sum the quantised weights exactly; linear3,
			// which keeps float weights, sums them as linear does
			want := make([]float32, 3)
			scoreQ(trans, fs, want)
			want3 := want
			if _, ok := tm.(*tight3); !ok {
				want3 = make([]float32, 3)
				trans.score(fs, want3)
			}
			got := make([]float32, 3)
			sc.score(fs, got)
			var got3 [3]float32
			tm.score(fs, &got3)
			for c := range want {
				if math.Float32bits(got[c]) != math.Float32bits(want[c]) || math.Float32bits(got3[c]) != math.Float32bits(want3[c]) {
					t.Fatalf("fold %d class %d: packed %v, %T %v, want %v and %v", fold, c, got[c], tm, got3[c], want[c], want3[c])
				}
			}
		}
		if back := tm.sparse(); !slices.Equal(back.index.keys(), trans.index.keys()) || !slices.Equal(back.wt, trans.wt) {
			t.Errorf("fold %d: the sparse layout of the transition layout differs from the model it was made from", fold)
		}
		trans.scale = 0
		if _, ok := scorerOf(trans).(*linear); !ok {
			t.Errorf("fold %d: weights not quantised, but scorerOf gave %T", fold, scorerOf(trans))
		}
	}
}

// TestPrunedEntries checks that pruning single weights drops exactly the
// small ones, and the rows left without weights, and keeps the scale.
func TestPrunedEntries(t *testing.T) {
	const scale = float32(1.0 / 64)
	rows := map[uint64][]float32{
		10: {0.5, -0.25, 2},    // keeps 0.5 and 2
		20: {0.125, -0.125, 0}, // all small: the row goes
		30: {-3, 0, 0.375},     // keeps -3
	}
	keys := []uint64{10, 20, 30}
	l := buildLinear(3, 32, keys, func(i int) []float32 { return rows[keys[i]] })
	l.scale = scale
	p := l.prunedEntries(0.5)
	if p.scale != scale {
		t.Errorf("scale %v, want %v", p.scale, scale)
	}
	if got := p.index.keys(); !slices.Equal(got, []uint64{10, 30}) {
		t.Errorf("rows %v, want [10 30]", got)
	}
	want := map[uint64][]float32{10: {0.5, 0, 2}, 30: {-3, 0, 0}}
	row := make([]float32, 3)
	for k, w := range want {
		p.dense(k, row)
		if !slices.Equal(row, w) {
			t.Errorf("row %d: %v, want %v", k, row, w)
		}
	}
}
