package parse

import "math"

// tight3 is the transition model of a loaded model in its most compact
// layout: eight bytes a slot, a 16-bit tag and the three weights as the
// int16 multiples of scale they were stored as. The transition table is the
// largest structure the parser reads, and a parser step looks up over a
// hundred features in it, most of them misses in the caches; at half the
// size of linear3, more of it stays in the caches and it scores faster.
//
// A key (folded to kb <= 32 bits, the largest key 2^kb taken modulo 2^kb,
// as 0 is never a key) has its home slot in its top lg bits, as in the
// other layouts, and its tag holds the remaining r = kb-lg low bits under
// one more than its distance from home. Home slot, distance and low bits
// give the key back, so a tag identifies its key exactly; tag 0 is an empty
// slot. Keys are placed by linear probing in a table sized by tableSlots, and
// a table where a key would land further from home than a tag can tell is
// not built (see newTight3). Scores are the exact integer sums of the
// weights times scale, which order the transitions as the exact sums do
// (see packed).
type tight3 struct {
	slots []tslot
	r     uint8  // low key bits kept in a tag
	fsh   uint8  // 64-fold: a feature hash's key is its top bits, plus 1
	fold  uint8  // bits the keys are folded to
	kmask uint32 // 2^kb-1
	scale float32
}

type tslot struct {
	tag uint16
	q   [3]int16
}

// tightRow is a row of a transition model as stored: key and quantised weights.
type tightRow struct {
	key uint64
	q   [3]int16
}

// newTight3 lays out rows (keys of a model folding to fold bits, sorted,
// weights multiples of scale), or returns nil when the keys are too wide
// for the tags.
func newTight3(rows []tightRow, fold uint8, scale float32) *tight3 {
	kb := keyBits(fold)
	if fold == 0 || kb > 32 {
		return nil
	}
	lg := uint8(4)
	for 1<<lg < tableSlots(len(rows)) {
		lg++
	}
	for ; lg <= kb && lg <= 30; lg++ {
		if kb-lg > 13 { // leave at least three bits for the distance
			continue
		}
		if t := buildTight3(rows, fold, scale, lg); t != nil {
			return t
		}
	}
	return nil
}

// buildTight3 returns the table of 2^lg slots, or nil when a key would land
// further from home than its tag can tell.
func buildTight3(rows []tightRow, fold uint8, scale float32, lg uint8) *tight3 {
	kb := keyBits(fold)
	t := &tight3{slots: makeHuge[tslot](1 << lg), r: kb - lg, fsh: 64 - fold, fold: fold,
		kmask: uint32(uint64(1)<<kb - 1), scale: scale}
	mask := uint32(len(t.slots) - 1)
	maxDist := uint32(1)<<(16-t.r) - 2
	low := uint32(1)<<t.r - 1
	for _, row := range rows {
		k := uint32(row.key) & t.kmask
		i, d := k>>t.r, uint32(0)
		for t.slots[i].tag != 0 {
			i = (i + 1) & mask
			if d++; d > maxDist {
				return nil
			}
		}
		t.slots[i] = tslot{tag: uint16((d+1)<<t.r | k&low), q: row.q}
	}
	return t
}

// quantisedRows returns the rows of l, a three-class model, as int16
// multiples of its scale, or nil when its weights are not quantised.
func quantisedRows(l *linear) []tightRow {
	if !quantised(l) || l.classes != 3 {
		return nil
	}
	keys := l.index.keys()
	rows := make([]tightRow, 0, len(keys))
	for _, k := range keys {
		s := l.index.lookup(k)
		row := tightRow{key: k}
		for j := s.row; j < s.row+s.n; j++ {
			row.q[l.cls[j]] = int16(math.Round(float64(l.wt[j]) / float64(l.scale)))
		}
		rows = append(rows, row)
	}
	return rows
}

func (t *tight3) weight(q int16) float32 { return float32(q) * t.scale }

func (t *tight3) score(feats []uint64, sc *[3]float32) {
	a := t.sum(feats)
	sc[0] += float32(a[0]) * t.scale
	sc[1] += float32(a[1]) * t.scale
	sc[2] += float32(a[2]) * t.scale
}

// sum returns the sums of the quantised weights of feats, exactly.
func (t *tight3) sum(feats []uint64) (a [3]int32) {
	for len(feats) > 0 {
		fs := feats[:min(len(feats), chunk)]
		feats = feats[len(fs):]
		var out [1][3]int32
		t.sums(fs, []int{len(fs)}, out[:])
		a[0] += out[0][0]
		a[1] += out[0][1]
		a[2] += out[0][2]
	}
	return a
}

// sums sets out[g] to the sums of the quantised weights, exactly, of the
// features of segment g, feats[ends[g-1]:ends[g]] (from 0 for g = 0); ends
// ends at len(feats), which is at most chunk. The home slots of all the
// features are read first, so that one wait for memory serves every segment.
func (t *tight3) sums(feats []uint64, ends []int, out [][3]int32) {
	var at [chunk]uint32
	var want, seen [chunk]uint16
	slots := t.slots
	r, fsh, kmask := t.r&31, t.fsh&63, t.kmask
	low := uint32(1)<<r - 1
	mask := uint32(len(slots) - 1)
	fs := feats[:len(feats):len(feats)]
	for j, f := range fs {
		k := (uint32(f>>fsh) + 1) & kmask
		at[j], want[j] = k>>r, uint16(1<<r|k&low)
	}
	for j := range fs { // a short loop, so that many reads are in flight
		seen[j] = slots[at[j]].tag
	}
	j := 0
	for g, end := range ends {
		var a0, a1, a2 int32
		for ; j < end; j++ {
			i, w := at[j], want[j]
			if seen[j] != w {
				if seen[j] == 0 {
					continue
				}
				// probe on: the tag to look for counts the distance
				found := false
				step := uint16(1) << r
				for {
					i = (i + 1) & mask
					w += step
					if slots[i].tag == w {
						found = true
						break
					}
					if slots[i].tag == 0 || w < step { // empty, or further than a tag can tell
						break
					}
				}
				if !found {
					continue
				}
			}
			q := &slots[i].q
			a0 += int32(q[0])
			a1 += int32(q[1])
			a2 += int32(q[2])
		}
		out[g] = [3]int32{a0, a1, a2}
	}
}

func (t *tight3) rows() int {
	n := 0
	for i := range t.slots {
		if t.slots[i].tag != 0 {
			n++
		}
	}
	return n
}

// key returns the key of the taken slot i.
func (t *tight3) key(i uint32) uint64 {
	tag := uint32(t.slots[i].tag)
	home := (i - (tag>>t.r - 1)) & uint32(len(t.slots)-1)
	k := uint64(home)<<t.r | uint64(tag&(1<<t.r-1))
	if k == 0 {
		k = uint64(t.kmask) + 1
	}
	return k
}

// sparse returns t in the sparse layout, for saving and pruning.
func (t *tight3) sparse() *linear {
	var keys []uint64
	w := map[uint64][]float32{}
	for i := range t.slots {
		if s := &t.slots[i]; s.tag != 0 {
			k := t.key(uint32(i))
			keys = append(keys, k)
			w[k] = []float32{t.weight(s.q[0]), t.weight(s.q[1]), t.weight(s.q[2])}
		}
	}
	sortKeys(keys)
	l := buildLinear(3, t.fold, keys, func(i int) []float32 { return w[keys[i]] })
	l.scale = t.scale
	return l
}
