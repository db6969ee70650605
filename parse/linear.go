package parse

import (
	"math"
	"math/bits"
)

// Features are 64-bit hashes of a template number and the values it combines.
// mix is the finaliser of SplitMix64; feature keys are never 0, because 0
// marks an empty slot of the lookup table.

func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

func f1(t, a uint64) uint64 { return nonzero(mix(t<<56 ^ a)) }

func f2(t, a, b uint64) uint64 { return nonzero(mix(mix(t<<56^a) + b)) }

func f3(t, a, b, c uint64) uint64 { return nonzero(mix(mix(mix(t<<56^a)+b) + c)) }

func nonzero(h uint64) uint64 {
	if h == 0 {
		return 1
	}
	return h
}

// table maps feature keys to rows of a weight matrix by open addressing with
// linear probing; a key and its row share a slot, so that a lookup touches
// one cache line. It is read-only once built and safe for concurrent use.
type table struct {
	slots []slot
	shift uint8
	mask  uint64
}

type slot struct {
	key uint64
	row int32 // row number, or first entry of a sparse row
	n   int32 // number of entries of a sparse row
}

func newTable(n int) table { return newTableBits(n, 64) }

// newTableBits makes a table for n keys below 2^kbits. A key's home slot is
// taken from its top bits (keys are hashes), so that inserting keys in
// sorted order, as loading does, writes the table front to back.
func newTableBits(n int, kbits uint8) table {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	lg := uint8(bits.TrailingZeros(uint(size)))
	shift := uint8(0)
	if kbits > lg {
		shift = kbits - lg
	}
	return table{
		slots: make([]slot, size),
		shift: shift,
		mask:  uint64(size - 1),
	}
}

func (t *table) slot(k uint64) uint64 { return (k >> t.shift) & t.mask }

// put inserts or replaces k.
func (t *table) put(k uint64, row int32) {
	i := t.slot(k)
	for {
		s := &t.slots[i]
		if s.key == 0 || s.key == k {
			s.key, s.row = k, row
			return
		}
		i = (i + 1) & t.mask
	}
}

// get returns the row of k, or -1.
func (t *table) get(k uint64) int32 {
	if len(t.slots) == 0 {
		return -1
	}
	i := t.slot(k)
	for {
		s := t.slots[i&t.mask]
		if s.key == k {
			return s.row
		}
		if s.key == 0 {
			return -1
		}
		i++
	}
}

// keys returns the keys in the table, sorted.
func (t *table) keys() []uint64 {
	var ks []uint64
	for _, s := range t.slots {
		if s.key != 0 {
			ks = append(ks, s.key)
		}
	}
	sortKeys(ks)
	return ks
}

// linear is a multiclass linear model: for each known feature, a sparse row
// of (class, weight) entries, found through the feature's slot in the hash
// table. Sparse rows keep the memory a lookup touches small. It is
// immutable once built.
type linear struct {
	classes int
	index   table
	cls     []uint16
	wt      []float32
	fold    uint8 // when > 0, keys are folded to this many bits
	// scale, when > 0, is the quantum the weights were stored with: each
	// weight is float32(q) * scale for some int16 q (see codec.go).
	scale float32
}

// buildLinear makes a linear model from dense rows: row(i) returns the
// weights of keys[i]. Zero weights are dropped.
func buildLinear(classes int, fold uint8, keys []uint64, row func(i int) []float32) *linear {
	l := &linear{classes: classes, fold: fold, index: newTableBits(len(keys), keyBits(fold))}
	for i, k := range keys {
		start := len(l.wt)
		for c, v := range row(i) {
			if v != 0 {
				l.cls = append(l.cls, uint16(c))
				l.wt = append(l.wt, v)
			}
		}
		l.index.putRow(k, int32(start), int32(len(l.wt)-start))
	}
	return l
}

// putRow inserts k with a sparse row.
func (t *table) putRow(k uint64, start, n int32) {
	i := t.slot(k)
	for {
		s := &t.slots[i]
		if s.key == 0 || s.key == k {
			s.key, s.row, s.n = k, start, n
			return
		}
		i = (i + 1) & t.mask
	}
}

// lookup returns the slot of k, or nil.
func (t *table) lookup(k uint64) *slot {
	if len(t.slots) == 0 {
		return nil
	}
	i := t.slot(k)
	for {
		s := &t.slots[i&t.mask]
		if s.key == k {
			return s
		}
		if s.key == 0 {
			return nil
		}
		i++
	}
}

// rows returns the number of feature rows.
func (l *linear) rows() int {
	n := 0
	for _, s := range l.index.slots {
		if s.key != 0 {
			n++
		}
	}
	return n
}

// dense fills dst (len classes) with the weights of key k.
func (l *linear) dense(k uint64, dst []float32) {
	for c := range dst {
		dst[c] = 0
	}
	if s := l.index.lookup(k); s != nil {
		for j := s.row; j < s.row+s.n; j++ {
			dst[l.cls[j]] = l.wt[j]
		}
	}
}

// score adds the weights of feats to scores (len classes), which the caller
// has zeroed.
func (l *linear) score(feats []uint64, scores []float32) {
	scores = scores[:l.classes]
	for _, f := range feats {
		if l.fold > 0 {
			f = f>>(64-l.fold) + 1
		}
		s := l.index.lookup(f)
		if s == nil {
			continue
		}
		cls := l.cls[s.row : s.row+s.n]
		wt := l.wt[s.row : s.row+s.n]
		wt = wt[:len(cls)]
		for j, c := range cls {
			scores[c] += wt[j]
		}
	}
}

// keyBits returns the number of bits of the feature keys of a model that
// folds keys to fold bits (0: no folding).
func keyBits(fold uint8) uint8 {
	if fold == 0 || fold >= 64 {
		return 64
	}
	return fold
}

// trainer is an averaged perceptron under training. Updates are integers;
// the average is kept with the usual trick of accumulating c*delta, so that
// avg = w - acc/c after c instances.
type trainer struct {
	fold    uint8
	classes int
	index   map[uint64]int32
	w       []int32
	acc     []int64
	c       int64
}

func newTrainer(classes int, fold uint8) *trainer {
	return &trainer{fold: fold, classes: classes, index: make(map[uint64]int32), c: 1}
}

func (t *trainer) score(feats []uint64, scores []float32) {
	n := t.classes
	for k := range scores[:n] {
		scores[k] = 0
	}
	for _, f := range feats {
		if t.fold > 0 {
			f = f>>(64-t.fold) + 1
		}
		r, ok := t.index[f]
		if !ok {
			continue
		}
		row := t.w[int(r)*n : int(r)*n+n]
		for k, v := range row {
			scores[k] += float32(v)
		}
	}
}

// update moves weight from class bad to class good for feats.
func (t *trainer) update(feats []uint64, good, bad int) {
	n := t.classes
	for _, f := range feats {
		if t.fold > 0 {
			f = f>>(64-t.fold) + 1
		}
		r, ok := t.index[f]
		if !ok {
			r = int32(len(t.w) / n)
			t.index[f] = r
			t.w = append(t.w, make([]int32, n)...)
			t.acc = append(t.acc, make([]int64, n)...)
		}
		o := int(r) * n
		t.w[o+good]++
		t.acc[o+good] += t.c
		t.w[o+bad]--
		t.acc[o+bad] -= t.c
	}
}

// tick counts one training instance.
func (t *trainer) tick() { t.c++ }

// average returns the averaged model, dropping rows whose largest absolute
// weight is below prune and quantising weights to a grid of 1/4096 of the
// largest weight (they are stored as int16).
func (t *trainer) average(prune float64) *linear {
	n := t.classes
	c := float64(t.c)
	avg := make([]float32, len(t.w))
	maxAbs := 0.0
	for i := range t.w {
		v := float64(t.w[i]) - float64(t.acc[i])/c
		avg[i] = float32(v)
		maxAbs = math.Max(maxAbs, math.Abs(v))
	}
	keep := make([]uint64, 0, len(t.index))
	for f, r := range t.index {
		m := 0.0
		for _, v := range avg[int(r)*n : int(r)*n+n] {
			m = math.Max(m, math.Abs(float64(v)))
		}
		if m >= prune && m > 0 {
			keep = append(keep, f)
		}
	}
	sortKeys(keep)
	return buildLinear(n, t.fold, keep, func(i int) []float32 {
		r := int(t.index[keep[i]])
		return avg[r*n : r*n+n]
	})
}

// pruned returns a copy of l without the rows whose largest absolute weight
// is below min.
func (l *linear) pruned(min float64) *linear {
	row := make([]float32, l.classes)
	var keep []uint64
	for _, k := range l.index.keys() {
		l.dense(k, row)
		m := 0.0
		for _, v := range row {
			m = math.Max(m, math.Abs(float64(v)))
		}
		if m >= min && m > 0 {
			keep = append(keep, k)
		}
	}
	p := buildLinear(l.classes, l.fold, keep, func(i int) []float32 {
		l.dense(keep[i], row)
		return row
	})
	p.scale = l.scale
	return p
}

// prunedEntries returns a copy of l without the single weights whose
// absolute value is below min, and without the rows left empty. Most weights
// of an averaged perceptron are small, and each one costs time at every
// lookup of its row.
func (l *linear) prunedEntries(min float64) *linear {
	row := make([]float32, l.classes)
	var keep []uint64
	for _, k := range l.index.keys() {
		l.dense(k, row)
		for _, v := range row {
			if math.Abs(float64(v)) >= min {
				keep = append(keep, k)
				break
			}
		}
	}
	p := buildLinear(l.classes, l.fold, keep, func(i int) []float32 {
		l.dense(keep[i], row)
		for c, v := range row {
			if math.Abs(float64(v)) < min {
				row[c] = 0
			}
		}
		return row
	})
	p.scale = l.scale
	return p
}
