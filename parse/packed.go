package parse

import "math"

// The run-time layouts of the linear models. Scoring is bound by memory
// latency: a parser step looks up about 150 features in a transition table
// of tens of megabytes, most of them cache misses. The layouts are compact
// (for a loaded model: 16-bit tags and int16 weights in the transition
// table, tight3; 32-bit keys and sparse rows of int16 weights for the
// tagger and the label model, packed; huge pages where the kernel gives
// them), tables are at most half full so that a key is nearly always in its
// home slot (a fuller table, with more probing, was slower), and scoring
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

// newShape sizes a table for n keys of a model folding to fold bits, filled
// to at most a half: a fuller table is smaller but costs more probes, and
// probes past the home slot cost more than cache misses saved.
func newShape(n int, fold uint8) (shape, int) {
	size := 16
	for size < 2*n {
		size <<= 1
	}
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
	m := &linear3[K]{shape: sh, slots: make([]slot3[K], size)}
	adviseHuge(m.slots)
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
// (as loaded from a file), and l itself otherwise.
func scorerOf(l *linear) scorer {
	if !quantised(l) || l.classes > maxPackedClasses {
		return l
	}
	if compactKeys(l.fold) {
		return newPacked[uint32](l)
	}
	return newPacked[uint64](l)
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
// a feature's slot holds its key and where its row of weights starts. The
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
	wrap  rowSlot[K] // the row of key 2^32 when K is uint32 (n = 0 when none)
}

type rowSlot[K key] struct {
	key   K
	n     uint32
	start uint32
}

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
	keys := l.index.keys()
	sh, size := newShape(len(keys), l.fold)
	p := &packed[K]{shape: sh, slots: make([]rowSlot[K], size), ents: make([]entry, 0, len(l.wt)), scale: l.scale}
	adviseHuge(p.slots)
	adviseHuge(p.ents[:cap(p.ents)])
	for _, k := range keys {
		s := l.index.lookup(k)
		if s.n == 0 {
			continue // a row without weights adds nothing; every stored row has a first entry
		}
		r := rowSlot[K]{key: K(k), n: uint32(s.n), start: uint32(len(p.ents))}
		for j := s.row; j < s.row+s.n; j++ {
			q := int16(math.Round(float64(l.wt[j]) / float64(l.scale)))
			p.ents = append(p.ents, makeEntry(l.cls[j], q))
		}
		if r.key == 0 {
			p.wrap = r
			continue
		}
		i := p.home(k)
		for p.slots[i].key != 0 {
			i = (i + 1) & p.mask
		}
		p.slots[i] = r
	}
	return p
}

func (p *packed[K]) score(feats []uint64, scores []float32) {
	var at [packedChunk]uint32
	var keys, seen [packedChunk]K
	var rows [packedChunk]rowSlot[K]
	var first [packedChunk]entry
	var acc [maxPackedClasses]int32
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
				if p.wrap.n > 0 {
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
		// read the first entry of every row ahead too, then sum
		for j, r := range rows[:found] {
			first[j] = ents[r.start]
		}
		for j, r := range rows[:found] {
			e := first[j]
			acc[e.class()] += e.q()
			for _, e := range ents[r.start+1 : r.start+r.n] {
				acc[e.class()] += e.q()
			}
		}
	}
	for c := range scores {
		scores[c] = float32(acc[uint8(c)]) * p.scale
	}
}
