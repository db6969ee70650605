package parse

import "math"

// The run-time layouts of the linear models. Scoring is bound by memory
// latency: a parser step looks up about 150 features in a transition table
// of tens of megabytes, most of them cache misses. The layouts are compact
// (for a loaded model: 16-bit tags and int16 weights in the transition
// table, tight3; 32-bit keys and sparse rows of int16 weights for the
// tagger and the label model, packed; huge pages where the kernel gives
// them), tables are at most a quarter full (half for the largest models,
// see tableSlots) so that a key is nearly always in its home slot (a
// fuller table, with more probing, was slower), and scoring
// reads the home slot of every feature of a call first, in a loop with no
// branch on what it reads, so that the misses overlap instead of following
// one another; the probing and the summing that come after find the slots
// in the cache. A loaded model's weights are int16 multiples of a scale;
// they are summed as integers, exactly, and the sums multiplied by the
// scale, so that the scores are those of the sparse layout (linear) summed
// exactly, to the last bit, whatever the order. A model just trained, whose
// weights are not quantised, is scored with float sums in the order of the
// features (linear, linear3), as is the transition model of a loaded model
// whose keys are too wide for tight3's tags (linear3). The sparse layout
// stays the one that training, pruning and saving use.

// key is the type of the keys of a run-time table.
type key interface{ ~uint32 | ~uint64 }

// foldKey folds a feature hash to the key the model stores, as linear does.
func foldKey(f uint64, fold uint8) uint64 {
	if fold > 0 {
		return f>>(64-fold) + 1
	}
	return f
}

// compactKeys reports whether the keys of a model folding to fold bits fit
// in 32 bits (all but 2^32, the largest key of 32-bit folding, which the
// tables keep apart because it truncates to 0, the empty slot).
func compactKeys(fold uint8) bool { return fold > 0 && fold <= 32 }

// shape is the geometry of an open-addressing table: a power-of-two number
// of slots, each key's home slot taken from its top bits, linear probing.
type shape struct {
	shift uint8
	mask  uint64 // size-1
	fold  uint8
}

// newShape sizes a table for n keys of a model folding to fold bits (see
// tableSlots).
func newShape(n int, fold uint8) (shape, int) {
	size := tableSlots(n)
	lg := uint8(0)
	for 1<<lg < size {
		lg++
	}
	kbits := keyBits(fold)
	sh := uint8(0)
	if kbits > lg {
		sh = kbits - lg
	}
	return shape{shift: sh, mask: uint64(size - 1), fold: fold}, size
}

func (s shape) home(k uint64) uint64 { return (k >> s.shift) & s.mask }

// sparseSlots is the largest number of slots a table is given to be at
// most a quarter full.
const sparseSlots = 1 << 22

// tableSlots returns the number of slots of an open-addressing table for n
// keys: a power of two, at least 16, the table at most a quarter full
// while that takes at most sparseSlots slots (32 MB for the eight-byte
// slots of tight3 and packed), at most half full beyond. A fuller table is
// smaller but costs more probes, and probes past the home slot cost more
// than the cache misses a smaller table saves: at a quarter, most keys
// and most unknown features are settled at their home slot.
func tableSlots(n int) int {
	size := 16
	for size < 4*n && size < sparseSlots {
		size <<= 1
	}
	for size < 2*n {
		size <<= 1
	}
	return size
}

// chunk is the number of features whose home slots are read ahead at once:
// all of a parser step's, so that a step waits for memory once.
const chunk = 160

// transModel is the parser's transition model (SHIFT, LEFT, RIGHT) laid out
// for scoring.
type transModel interface {
	// score adds the weights of feats to sc.
	score(feats []uint64, sc *[3]float32)
	rows() int
	sparse() *linear
}

// putter is a transition layout filled key by key.
type putter interface {
	transModel
	// put sets the weights of key k, which must be new.
	put(k uint64, w [3]float32)
}

// newTransModel returns an empty linear3 transition model for n keys.
func newTransModel(n int, fold uint8) putter {
	if compactKeys(fold) {
		return newLinear3[uint32](n, fold)
	}
	return newLinear3[uint64](n, fold)
}

// transModelOf returns l (three classes) in the run-time layout: tight3
// when its weights are quantised and its keys narrow enough, linear3
// otherwise.
func transModelOf(l *linear) transModel {
	if rows := quantisedRows(l); rows != nil {
		if t := newTight3(rows, l.fold, l.scale); t != nil {
			return t
		}
	}
	keys := l.index.keys()
	m := newTransModel(len(keys), l.fold)
	var w [3]float32
	for _, k := range keys {
		l.dense(k, w[:])
		m.put(k, w)
	}
	return m
}

// transModelOfRows returns the rows of a transition model as stored (keys
// of a model folding to fold bits, sorted, weights multiples of scale) in
// the run-time layout.
func transModelOfRows(rows []tightRow, fold uint8, scale float32) transModel {
	if t := newTight3(rows, fold, scale); t != nil {
		return t
	}
	m := newTransModel(len(rows), fold)
	for _, r := range rows {
		m.put(r.key, [3]float32{float32(r.q[0]) * scale, float32(r.q[1]) * scale, float32(r.q[2]) * scale})
	}
	return m
}

// linear3 is a three-class linear model whose weights sit in the slots of
// its hash table beside their keys: one cache line per lookup.
type linear3[K key] struct {
	shape
	slots []slot3[K]
	wrap  *[3]float32 // the weights of key 2^32 when K is uint32
}

type slot3[K key] struct {
	key K
	w   [3]float32
}

func newLinear3[K key](n int, fold uint8) *linear3[K] {
	sh, size := newShape(n, fold)
	m := &linear3[K]{shape: sh, slots: makeHuge[slot3[K]](size)}
	return m
}

func (m *linear3[K]) put(k uint64, w [3]float32) {
	if K(k) == 0 {
		m.wrap = new([3]float32)
		*m.wrap = w
		return
	}
	i := m.home(k)
	for m.slots[i].key != 0 {
		i = (i + 1) & m.mask
	}
	m.slots[i] = slot3[K]{key: K(k), w: w}
}

func (m *linear3[K]) score(feats []uint64, sc *[3]float32) {
	var at [chunk]uint32
	var keys, seen [chunk]K
	slots := m.slots
	shift, mask := m.shift&63, m.mask
	s0, s1, s2 := sc[0], sc[1], sc[2]
	for len(feats) > 0 {
		fs := feats[:min(len(feats), chunk)]
		feats = feats[len(fs):]
		for j, f := range fs {
			k := foldKey(f, m.fold)
			keys[j], at[j] = K(k), uint32((k>>shift)&mask)
		}
		for j := range fs { // a short loop, so that many reads are in flight
			seen[j] = slots[at[j]].key
		}
		for j := range fs {
			k, i := keys[j], at[j]
			if seen[j] != k || k == 0 {
				switch {
				case k == 0:
					if w := m.wrap; w != nil {
						s0 += w[0]
						s1 += w[1]
						s2 += w[2]
					}
					continue
				case seen[j] == 0:
					continue
				}
				found := false
				for {
					i = (i + 1) & uint32(mask)
					if slots[i].key == k {
						found = true
						break
					}
					if slots[i].key == 0 {
						break
					}
				}
				if !found {
					continue
				}
			}
			w := &slots[i].w
			s0 += w[0]
			s1 += w[1]
			s2 += w[2]
		}
	}
	sc[0], sc[1], sc[2] = s0, s1, s2
}

func (m *linear3[K]) rows() int {
	n := 0
	if m.wrap != nil {
		n++
	}
	for i := range m.slots {
		if m.slots[i].key != 0 {
			n++
		}
	}
	return n
}

// sparse returns m in the sparse layout, for saving and pruning.
func (m *linear3[K]) sparse() *linear {
	var keys []uint64
	w := map[uint64][]float32{}
	if m.wrap != nil {
		k := uint64(1) << 32
		keys = append(keys, k)
		w[k] = m.wrap[:]
	}
	for i := range m.slots {
		if s := &m.slots[i]; s.key != 0 {
			keys = append(keys, uint64(s.key))
			w[uint64(s.key)] = s.w[:]
		}
	}
	sortKeys(keys)
	return buildLinear(3, m.fold, keys, func(i int) []float32 { return w[keys[i]] })
}

// scorer adds the weights of features to scores, which the caller has
// zeroed: the tagger's and the label model's interface to both layouts.
type scorer interface {
	score(feats []uint64, scores []float32)
}

// scorerOf returns l in the run-time layout when its weights are quantised
// (as loaded from a file) and fit it, and l itself otherwise.
func scorerOf(l *linear) scorer {
	if !quantised(l) || l.classes > maxPackedClasses {
		return l
	}
	if compactKeys(l.fold) {
		if p := newPacked[uint32](l); p != nil {
			return p
		}
		return l
	}
	if p := newPacked[uint64](l); p != nil {
		return p
	}
	return l
}

// quantised reports whether every weight of l is float32(q) * l.scale for
// an int16 q, so that it can be stored as q and computed back exactly.
func quantised(l *linear) bool {
	if l.scale <= 0 || l.classes > 1<<16 {
		return false
	}
	for _, w := range l.wt {
		q := math.Round(float64(w) / float64(l.scale))
		if q < math.MinInt16 || q > math.MaxInt16 || float32(float32(int16(q))*l.scale) != w {
			return false
		}
	}
	return true
}

// packed is a multiclass linear model for the tagger and the label model:
// a feature's slot holds its key, where its row of weights starts and how
// long the row is (eight bytes with 32-bit keys). The
// weights are kept as the int16 multiples of scale they were stored as and
// summed as integers, exactly and in any order; a class's score is its sum
// times scale, which orders the classes as the exact sums do: a sum of at
// most a few hundred int16 weights has fewer than 24 significant bits, so it
// converts to float32 exactly, and rounding the product by the positive
// scale can neither swap two such sums nor make them equal.
//
// Rows are sparse, (class, weight) entries of four bytes that lie together.
// (Dense rows for the features with weights for many classes, summed two
// classes to a 64-bit word, take fewer instructions but more memory, and
// were slower.)
type packed[K key] struct {
	shape
	slots []rowSlot[K]
	ents  []entry
	scale float32
	wrap  rowSlot[K] // the row of key 2^32 when K is uint32 (when hasWrap)
	// hasWrap tells whether wrap holds a row
	hasWrap bool
	// lead is the feature that the tagger's and the label model's feature
	// lists start with, the same for every word and arc (biasFeature), and
	// leadAcc its weights by class, summed once: a call whose features
	// start with it starts from leadAcc instead of looking it up and
	// adding its row, the longest of the model, again.
	lead    uint64
	leadAcc [maxPackedClasses]int32
}

// biasFeature is the feature f1(1, 0) that tagFeatures and labelFeatures
// put first: a bias, the same for every word and every arc.
var biasFeature = f1(1, 0)

type rowSlot[K key] struct {
	key K
	sn  uint32 // where the row starts in ents (high 24 bits) and its length less 1 (low 8)
}

// maxPackedEntries is the most entries the 24 bits of a slot's start can
// address.
const maxPackedEntries = 1 << 24

func (r rowSlot[K]) start() uint32 { return r.sn >> 8 }

func (r rowSlot[K]) n() uint32 { return r.sn&0xff + 1 }

// entry is a class and its weight: the class in the low 16 bits, the int16
// weight in the high 16.
type entry uint32

func makeEntry(class uint16, q int16) entry { return entry(uint32(class) | uint32(uint16(q))<<16) }

func (e entry) class() uint8 { return uint8(e) }

func (e entry) q() int32 { return int32(e) >> 16 }

// packedChunk is the number of features packed reads ahead at once: all
// those of a tagger or label step (33 and 35). It is smaller than chunk,
// which a transition step needs, because the read-ahead arrays live on the
// stack and are cleared at every call: a larger frame costs time and pushes
// other data out of the first-level cache.
const packedChunk = 64

// maxPackedClasses is the largest number of classes packed takes: class
// numbers index its sums as bytes.
const maxPackedClasses = 256

func newPacked[K key](l *linear) *packed[K] {
	if len(l.wt) >= maxPackedEntries {
		return nil
	}
	keys := l.index.keys()
	sh, size := newShape(len(keys), l.fold)
	p := &packed[K]{shape: sh, slots: makeHuge[rowSlot[K]](size), ents: makeHuge[entry](len(l.wt))[:0], scale: l.scale}
	for _, k := range keys {
		s := l.index.lookup(k)
		if s.n == 0 {
			continue // a row without weights adds nothing; every stored row has a first entry
		}
		r := rowSlot[K]{key: K(k), sn: uint32(len(p.ents))<<8 | uint32(s.n-1)}
		for j := s.row; j < s.row+s.n; j++ {
			q := int16(math.Round(float64(l.wt[j]) / float64(l.scale)))
			p.ents = append(p.ents, makeEntry(l.cls[j], q))
		}
		if r.key == 0 {
			p.wrap, p.hasWrap = r, true
			continue
		}
		i := p.home(k)
		for p.slots[i].key != 0 {
			i = (i + 1) & p.mask
		}
		p.slots[i] = r
	}
	p.lead = biasFeature
	p.sum([]uint64{p.lead}, &p.leadAcc)
	return p
}

func (p *packed[K]) score(feats []uint64, scores []float32) {
	var acc [maxPackedClasses]int32
	if len(feats) > 0 && feats[0] == p.lead {
		acc = p.leadAcc
		feats = feats[1:]
	}
	p.sum(feats, &acc)
	for c := range scores {
		scores[c] = float32(acc[uint8(c)]) * p.scale
	}
}

// sum adds the quantised weights of feats to acc, by class.
func (p *packed[K]) sum(feats []uint64, acc *[maxPackedClasses]int32) {
	var at [packedChunk]uint32
	var keys, seen [packedChunk]K
	var rows [packedChunk]rowSlot[K]
	var first [packedChunk]entry
	slots := p.slots
	ents := p.ents
	shift, mask := p.shift&63, p.mask
	for len(feats) > 0 {
		fs := feats[:min(len(feats), packedChunk)]
		feats = feats[len(fs):]
		for j, f := range fs {
			k := foldKey(f, p.fold)
			keys[j], at[j] = K(k), uint32((k>>shift)&mask)
		}
		for j := range fs { // a short loop, so that many reads are in flight
			seen[j] = slots[at[j]].key
		}
		found := 0
		for j := range fs {
			k, i := keys[j], at[j]
			switch {
			case k == 0:
				if p.hasWrap {
					rows[found] = p.wrap
					found++
				}
			case seen[j] == k:
				rows[found] = slots[i]
				found++
			case seen[j] != 0:
				for {
					i = (i + 1) & uint32(mask)
					if slots[i].key == k {
						rows[found] = slots[i]
						found++
						break
					}
					if slots[i].key == 0 {
						break
					}
				}
			}
		}
		// read the first entry of every row ahead too, then sum (four
		// entries at a time: the classes of a row are distinct, so the
		// four additions are independent)
		for j, r := range rows[:found] {
			first[j] = ents[r.start()]
		}
		for j, r := range rows[:found] {
			e := first[j]
			acc[e.class()] += e.q()
			start := r.start()
			row := ents[start+1 : start+r.n()]
			for len(row) >= 4 {
				e0, e1, e2, e3 := row[0], row[1], row[2], row[3]
				acc[e0.class()] += e0.q()
				acc[e1.class()] += e1.q()
				acc[e2.class()] += e2.q()
				acc[e3.class()] += e3.q()
				row = row[4:]
			}
			for _, e := range row {
				acc[e.class()] += e.q()
			}
		}
	}
}
