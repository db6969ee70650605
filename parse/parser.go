package parse

// parser is a greedy arc-hybrid transition parser. Node 0 is the
// artificial root at the bottom of the stack; words are nodes 1..n.
// Transitions:
//
//	SHIFT  move the front of the buffer b0 onto the stack
//	LEFT   pop s0 and make it a dependent of b0
//	RIGHT  pop s0 and make it a dependent of s1
//
// RIGHT onto the root is allowed only as the last transition, so every
// parse is a tree with exactly one word under the root. Two averaged
// perceptrons score it: trans chooses the transition from features of the
// stack and buffer, and label chooses the relation of each arc as it is
// made, from features of the head and of the dependent's finished subtree.
type parser struct {
	labels []string   // label id -> relation, with subtypes ("nsubj:pass")
	root   int32      // label id of "root"
	trans  *linear    // 3 classes: SHIFT, LEFT, RIGHT, during training (nil once trans3 is built)
	trans3 transModel // the transition model laid out for speed
	label  *linear    // one class per label
	// labelFast is label laid out for speed (label itself when its weights
	// are not quantised, as in a model just trained)
	labelFast scorer
	// clusters maps lower-cased word forms to word classes learned from the
	// training text (see clusterWords); empty in models trained without
	// them, whose transitions then have no class features.
	clusters table
}

const (
	actShift = iota
	actLeft
	actRight
)

// state is a parser configuration with the bookkeeping the features need.
type state struct {
	n      int32
	stack  []int32
	b      int32 // front of the buffer; n+1 when empty
	words  []uint64
	tags   []uint64
	cpos   []uint64 // coarse tags (UPOS)
	sufs   []uint64 // 3-byte suffixes of the words
	head   []int32
	label  []int32
	l1, l2 []int32 // leftmost and second leftmost dependents
	r1, r2 []int32 // rightmost and second rightmost dependents
	nl, nr []int32
	ls, rs []uint64 // sets of labels of left and right dependents
	// clus holds the word classes of the words (3 for a word without one)
	// when useClus is set; the transition features then include them.
	clus    []uint64
	useClus bool
	// grp holds, by node, the sums of the weights of its feature groups
	// and the hashes kept for the pair features, for scoring with a tight3
	// model (see scoreGrouped)
	grp []nodeGroups
}

// nodeGroups is what scoreGrouped keeps of a node: the sums of the weights
// of its s0 group as s0 (valid when s0ok), of its b0 group as b0 (valid
// when b0ok), of its b0 left group (valid while the node has b0lnl left
// dependents; -1 when not summed) and of its s0 right group (valid while
// it has s0rnr right dependents; -1 when not summed); and the partial
// hashes of the pair features (featuresPairs) that depend on the node as
// s0 (s0pre, valid with the s0 group), as b0 (b0pre, with the b0 group),
// on its left dependents as b0 (b0lpre, with the b0 left group) and on its
// right dependents as s0 (s0rpre, with the s0 right group).
type nodeGroups struct {
	s0sum, b0sum, b0lsum, s0rsum [3]int32
	b0lnl, s0rnr                 int32
	s0ok, b0ok                   bool
	s0pre                        [nS0Pre]uint64
	b0pre                        [nB0Pre]uint64
	b0lpre                       uint64
	s0rpre                       [nS0RPre]uint64
}

func grow32(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

func grow64(s []uint64, n int) []uint64 {
	if cap(s) < n {
		return make([]uint64, n)
	}
	return s[:n]
}

// reset prepares st for a sentence of n words; words and tags must then be
// filled for nodes 1..n.
func (st *state) reset(n int) {
	st.n = int32(n)
	st.stack = append(st.stack[:0], 0)
	st.b = 1
	m := n + 1
	st.words = grow64(st.words, m)
	st.tags = grow64(st.tags, m)
	st.cpos = grow64(st.cpos, m)
	st.sufs = grow64(st.sufs, m)
	st.clus = grow64(st.clus, m)
	st.words[0], st.tags[0], st.cpos[0], st.sufs[0], st.clus[0] = 17, 17, 17, 17, 17
	for _, s := range []*[]int32{&st.head, &st.label, &st.l1, &st.l2, &st.r1, &st.r2} {
		*s = grow32(*s, m)
		for i := range *s {
			(*s)[i] = -1
		}
	}
	st.nl = grow32(st.nl, m)
	st.nr = grow32(st.nr, m)
	st.ls = grow64(st.ls, m)
	st.rs = grow64(st.rs, m)
	for i := 0; i < m; i++ {
		st.nl[i], st.nr[i], st.ls[i], st.rs[i] = 0, 0, 0, 0
	}
}

// resetGroups marks the sums of the feature groups of every node as not
// summed, after reset.
func (st *state) resetGroups() {
	m := int(st.n) + 1
	if cap(st.grp) < m {
		st.grp = make([]nodeGroups, m)
	}
	st.grp = st.grp[:m]
	for i := range st.grp {
		g := &st.grp[i]
		g.s0ok, g.b0ok, g.b0lnl, g.s0rnr = false, false, -1, -1
	}
}

func (st *state) terminal() bool { return st.b > st.n && len(st.stack) == 1 }

// valid reports which of SHIFT, LEFT and RIGHT are allowed.
func (st *state) valid() (shift, left, right bool) {
	bufOK := st.b <= st.n
	k := len(st.stack)
	shift = bufOK
	left = bufOK && k >= 2
	right = k >= 3 || k == 2 && !bufOK
	return
}

func (st *state) attach(h, d, l int32) {
	st.head[d], st.label[d] = h, l
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		st.nl[h]++
		st.ls[h] |= bit
		if st.l1[h] < 0 || d < st.l1[h] {
			st.l2[h], st.l1[h] = st.l1[h], d
		} else if st.l2[h] < 0 || d < st.l2[h] {
			st.l2[h] = d
		}
	} else {
		st.nr[h]++
		st.rs[h] |= bit
		if st.r1[h] < 0 || d > st.r1[h] {
			st.r2[h], st.r1[h] = st.r1[h], d
		} else if st.r2[h] < 0 || d > st.r2[h] {
			st.r2[h] = d
		}
	}
}

func (st *state) apply(act int, l int32) {
	k := len(st.stack)
	switch act {
	case actShift:
		st.stack = append(st.stack, st.b)
		st.b++
	case actLeft:
		st.attach(st.b, st.stack[k-1], l)
		st.stack = st.stack[:k-1]
	case actRight:
		st.attach(st.stack[k-2], st.stack[k-1], l)
		st.stack = st.stack[:k-1]
	}
}

// costs returns the number of gold arcs each unlabelled transition would
// make unreachable (Goldberg and Nivre's dynamic oracle for arc-hybrid).
func (st *state) costs(gold []int32) (shift, left, right int) {
	k := len(st.stack)
	b := st.b
	if b <= st.n {
		// SHIFT: b loses heads in the stack below s0 and dependents in the stack
		for i, s := range st.stack {
			if gold[b] == s && i != k-1 {
				shift++
			}
			if gold[s] == b {
				shift++
			}
		}
	}
	if k >= 2 {
		s0 := st.stack[k-1]
		s1 := st.stack[k-2]
		deps := 0
		for d := b; d <= st.n; d++ {
			if gold[d] == s0 {
				deps++
			}
		}
		g := gold[s0]
		inBuf := g >= b && b <= st.n
		left = deps
		if g != b && (g == s1 || inBuf) {
			left++
		}
		right = deps
		if inBuf {
			right++
		}
	}
	return
}

func bucket(d int32) uint64 {
	switch {
	case d < 0:
		return 0
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	default:
		return 7
	}
}

func capv(v int32) uint64 {
	if v > 5 {
		return 5
	}
	return uint64(v)
}

// features appends the features of configuration st.
func (st *state) features(fs []uint64) []uint64 {
	const none = 3
	k := len(st.stack)
	s0, s1, s2 := int32(-1), int32(-1), int32(-1)
	if k >= 1 {
		s0 = st.stack[k-1]
	}
	if k >= 2 {
		s1 = st.stack[k-2]
	}
	if k >= 3 {
		s2 = st.stack[k-3]
	}
	b0, b1, b2, b3 := int32(-1), int32(-1), int32(-1), int32(-1)
	if st.b <= st.n {
		b0 = st.b
	}
	if st.b+1 <= st.n {
		b1 = st.b + 1
	}
	if st.b+2 <= st.n {
		b2 = st.b + 2
	}
	if st.b+3 <= st.n {
		b3 = st.b + 3
	}
	W := func(i int32) uint64 {
		if i < 0 {
			return none
		}
		return st.words[i]
	}
	P := func(i int32) uint64 {
		if i < 0 {
			return none
		}
		return st.tags[i]
	}
	L := func(i int32) uint64 {
		if i < 0 {
			return none
		}
		return uint64(st.label[i]) + 5
	}
	C := func(i int32) uint64 {
		if i < 0 {
			return none
		}
		return st.cpos[i]
	}
	S := func(i int32) uint64 {
		if i < 0 {
			return none
		}
		return st.sufs[i]
	}
	ch := func(c []int32, i int32) int32 {
		if i < 0 {
			return -1
		}
		return c[i]
	}
	s0l, s0l2, s0r, s0r2 := ch(st.l1, s0), ch(st.l2, s0), ch(st.r1, s0), ch(st.r2, s0)
	s1l, s1r := ch(st.l1, s1), ch(st.r1, s1)
	b0l, b0l2 := ch(st.l1, b0), ch(st.l2, b0)
	s0w, s0p, s1w, s1p, b0w, b0p := W(s0), P(s0), W(s1), P(s1), W(b0), P(b0)
	b1w, b1p, b2p, s2p := W(b1), P(b1), P(b2), P(s2)
	d := uint64(none)
	if s0 >= 0 && b0 >= 0 {
		d = bucket(b0 - s0)
	}
	d2 := uint64(none)
	if s0 >= 0 && s1 >= 0 {
		d2 = bucket(s0 - s1)
	}
	var s0vl, s0vr, b0vl, s1vr, s1vl uint64
	var s0ls, s0rs, b0ls uint64
	if s0 >= 0 {
		s0vl, s0vr, s0ls, s0rs = capv(st.nl[s0]), capv(st.nr[s0]), st.ls[s0], st.rs[s0]
	}
	if b0 >= 0 {
		b0vl, b0ls = capv(st.nl[b0]), st.ls[b0]
	}
	if s1 >= 0 {
		s1vl, s1vr = capv(st.nl[s1]), capv(st.nr[s1])
	}
	fs = append(fs,
		f1(1, s0w), f1(2, s0p), f2(3, s0w, s0p),
		f1(4, s1w), f1(5, s1p), f2(6, s1w, s1p),
		f1(7, b0w), f1(8, b0p), f2(9, b0w, b0p),
		f1(10, b1w), f1(11, b1p), f2(12, b1w, b1p),
		f1(13, b2p), f1(14, s2p), f2(15, W(s2), s2p), f2(16, W(b2), b2p),
		// pairs
		f3(20, s0w, s0p, b0w^b0p*31), f3(21, s0w, s0p, b0w), f3(22, s0w, b0w, b0p),
		f3(23, s0w, s0p, b0p), f3(24, s0p, b0w, b0p), f2(25, s0w, b0w), f2(26, s0p, b0p),
		f2(27, b0p, b1p), f2(28, s0w, s1w), f2(29, s0p, s1p), f2(30, s0p, s1w), f2(31, s0w, s1p),
		f3(32, s0w, s0p, s1w^s1p*31), f2(33, s1p, b0p), f2(34, s1w, b0w), f3(35, s1p, s0p, b0p),
		// triples of tags
		f3(40, b0p, b1p, b2p), f3(41, s0p, b0p, b1p), f3(42, s1p, s0p, s2p),
		f3(43, s0p, P(s0l), b0p), f3(44, s0p, P(s0r), b0p), f3(45, s0p, b0p, P(b0l)),
		f3(46, s1p, s0p, P(s0l)), f3(47, s1p, s0p, P(s0r)), f3(48, s1p, P(s1r), s0p), f3(49, s1p, P(s1l), s0p),
		f3(50, s1p, s0p, P(b0l)),
		// distances
		f2(60, s0w, d), f2(61, s0p, d), f2(62, b0w, d), f2(63, b0p, d), f3(64, s0w, b0w, d), f3(65, s0p, b0p, d),
		f3(66, s1p, s0p, d2), f3(67, s1w, s0w, d2), f2(68, s0w, d2), f2(69, s1w, d2),
		// valencies
		f2(70, s0w, s0vr), f2(71, s0p, s0vr), f2(72, s0w, s0vl), f2(73, s0p, s0vl),
		f2(74, b0w, b0vl), f2(75, b0p, b0vl), f3(76, s1p, s1vl, s1vr), f3(77, s1w, s1vr, s0p),
		// children
		f1(80, W(s0l)), f1(81, P(s0l)), f1(82, L(s0l)), f1(83, W(s0r)), f1(84, P(s0r)), f1(85, L(s0r)),
		f1(86, W(s1l)), f1(87, P(s1l)), f1(88, L(s1l)), f1(89, W(s1r)), f1(90, P(s1r)), f1(91, L(s1r)),
		f1(92, W(b0l)), f1(93, P(b0l)), f1(94, L(b0l)),
		f1(95, P(s0l2)), f1(96, L(s0l2)), f1(97, P(s0r2)), f1(98, L(s0r2)), f1(99, P(b0l2)), f1(100, L(b0l2)),
		f3(101, s0p, L(s0l), L(s0l2)), f3(102, s0p, L(s0r), L(s0r2)), f3(103, b0p, L(b0l), L(b0l2)),
		f3(104, s0p, P(s0l), P(s0l2)), f3(105, s0p, P(s0r), P(s0r2)), f3(106, b0p, P(b0l), P(b0l2)),
		f2(107, s0p, L(s0l)), f2(108, s0p, L(s0r)), f2(109, s1p, L(s1r)), f2(110, b0p, L(b0l)),
		// label sets
		f2(120, s0w, s0rs), f2(121, s0p, s0rs), f2(122, s0w, s0ls), f2(123, s0p, s0ls),
		f2(124, b0w, b0ls), f2(125, b0p, b0ls),
		// position in the sentence: how much is left, how deep the stack is
		f3(130, s0p, b0p, capv(int32(k))), f3(131, b0p, bucket(st.n-st.b+1), capv(int32(k))),
		f3(132, s0p, bucket(st.n-st.b+1), capv(int32(k))), f3(133, b1p, b2p, P(b3)),
		f3(134, s0w, b0p, b1p), f3(135, s1p, s0p, b0w),
		// coarse tags and suffixes, which generalise over rare words
		f3(140, C(s0), C(b0), C(s1)), f3(141, C(s0), C(b0), C(b1)), f3(142, C(s1), C(s0), C(s0l)),
		f3(143, C(s0), C(s0r), C(b0)), f3(144, C(b0), C(b0l), C(s0)), f3(145, C(s0), C(b0), d),
		f2(146, S(s0), s0p), f2(147, S(b0), b0p), f3(148, S(s0), S(b0), C(s0)^C(b0)<<1), f3(149, S(s1), S(s0), d2),
	)
	if !st.useClus {
		return fs
	}
	K := func(i int32) uint64 {
		if i < 0 {
			return none
		}
		return st.clus[i]
	}
	s0k, b0k, s1k, b1k := K(s0), K(b0), K(s1), K(b1)
	// word classes, which stand in for words seen too rarely to have
	// weights of their own
	return append(fs,
		f2(150, s0k, s0p), f2(151, b0k, b0p), f3(152, s0k, b0k, d), f3(153, s0k, b0p, s0p),
		f3(154, s0p, b0k, b0p), f3(155, b0k, b1k, b0p), f3(156, s1k, s0k, d2), f3(157, s1p, s0k, b0p),
		f2(158, K(s0l), s0p), f2(159, K(s0r), s0p), f2(160, K(b0l), b0p), f3(161, s0k, b0k, b1p),
	)
}

// The transition features of a configuration fall into five groups
// (features is their union, in another order). A parser step at which the
// same node is s0 again, or the same node b0, has the weights of the first
// groups already summed:
//
//   - s0 group: features of s0 alone (its word, tags, left dependents and
//     their labels) and of the nodes below it on the stack (s1 with its
//     dependents, s2). While a node is on the stack, the nodes below it
//     do not move and get no dependents (a dependent is attached to s1
//     only by popping s0), and its own left dependents were all attached
//     while it was b0; so these features stay the same as long as the
//     node is on the stack, the times it is s0 again after a LEFT or a
//     RIGHT.
//   - b0 group: the words and tags of b0 and the three words after it,
//     fixed for a node.
//   - b0 left group: b0's left dependents and their labels, fixed as long
//     as b0 gets no new left dependent (its number of them, nl, tells).
//   - s0 right group: s0's right dependents and their labels (with s0 and
//     s1), fixed as long as s0 gets no new right dependent (nr tells): s0
//     is s0 again after a LEFT with the same right dependents.
//   - the pairs: features of s0 and b0 together, and of how much of the
//     buffer is left, new at every step.
//
// Sums of weights are kept as the exact integer sums of a quantised model
// (tight3), so that adding them in any grouping gives the scores of
// features, to the last bit. A pair feature's hash starts with values of
// s0 (or of b0) alone: that part of it is computed with the node's group
// and kept with its sum (s0pre and the like), and each step finishes the
// hashes with the values of the other node (pre1, pre2, fin1 and fin2),
// which gives the hashes of f2 and f3 to the last bit.

// pre1 and pre2 return the part of the hash f2 or f3 of template t that
// the first one or two values make; fin1 and fin2 finish such a part with
// the remaining values: f3(t, a, b, c) = fin1(pre2(t, a, b), c) =
// fin2(pre1(t, a), b, c), and f2(t, a, b) = fin1(pre1(t, a), b).
func pre1(t, a uint64) uint64 { return mix(t<<56 ^ a) }

func pre2(t, a, b uint64) uint64 { return mix(mix(t<<56^a) + b) }

func fin1(h, c uint64) uint64 { return nonzero(mix(h + c)) }

func fin2(h, b, c uint64) uint64 { return nonzero(mix(mix(h+b) + c)) }

// The kept partial hashes of the pair features: of a node as s0 (with the
// nodes below it and its left dependents, fixed while it is on the stack),
// as b0, and with its right dependents as s0.
const (
	pre20 = iota
	pre21
	pre22
	pre23
	pre24
	pre25
	pre26
	pre33
	pre34
	pre35
	pre41
	pre43
	pre45
	pre50
	pre60
	pre61
	pre64
	pre65
	pre130
	pre132
	pre134
	pre135
	pre140
	pre141
	pre145
	pre148
	pre152
	pre153
	pre154
	pre157
	pre161
	nS0Pre
)

const (
	pre62 = iota
	pre63
	pre131
	nB0Pre
)

const (
	pre44 = iota
	pre143
	nS0RPre
)

// none is the value of a feature of a node that does not exist.
const none = 3

// w, p, lab, c, suf and cl return the word, tag, label (plus 5), coarse
// tag, suffix and word class of node i, or none when i < 0 (no such node).

func (st *state) w(i int32) uint64 {
	if i < 0 {
		return none
	}
	return st.words[i]
}

func (st *state) p(i int32) uint64 {
	if i < 0 {
		return none
	}
	return st.tags[i]
}

func (st *state) lab(i int32) uint64 {
	if i < 0 {
		return none
	}
	return uint64(st.label[i]) + 5
}

func (st *state) c(i int32) uint64 {
	if i < 0 {
		return none
	}
	return st.cpos[i]
}

func (st *state) suf(i int32) uint64 {
	if i < 0 {
		return none
	}
	return st.sufs[i]
}

func (st *state) cl(i int32) uint64 {
	if i < 0 {
		return none
	}
	return st.clus[i]
}

// child returns c[i], or -1 when node i does not exist.
func child(c []int32, i int32) int32 {
	if i < 0 {
		return -1
	}
	return c[i]
}

// top returns s0, s1 and s2 (-1 for none).
func (st *state) top() (s0, s1, s2 int32) {
	s0, s1, s2 = -1, -1, -1
	k := len(st.stack)
	if k >= 1 {
		s0 = st.stack[k-1]
	}
	if k >= 2 {
		s1 = st.stack[k-2]
	}
	if k >= 3 {
		s2 = st.stack[k-3]
	}
	return
}

// front returns b0 to b3 (-1 for none).
func (st *state) front() (b0, b1, b2, b3 int32) {
	b0, b1, b2, b3 = -1, -1, -1, -1
	if st.b <= st.n {
		b0 = st.b
	}
	if st.b+1 <= st.n {
		b1 = st.b + 1
	}
	if st.b+2 <= st.n {
		b2 = st.b + 2
	}
	if st.b+3 <= st.n {
		b3 = st.b + 3
	}
	return
}

// featuresS0 appends the features of the s0 group, and keeps the partial
// hashes of the pair features that depend on s0 (and the nodes below it)
// in st.grp, which must have been made by resetGroups.
func (st *state) featuresS0(fs []uint64) []uint64 {
	s0, s1, s2 := st.top()
	st.keepS0(s0, s1)
	s0l, s0l2 := child(st.l1, s0), child(st.l2, s0)
	s1l, s1r := child(st.l1, s1), child(st.r1, s1)
	s0w, s0p, s1w, s1p, s2p := st.w(s0), st.p(s0), st.w(s1), st.p(s1), st.p(s2)
	d2 := uint64(none)
	if s0 >= 0 && s1 >= 0 {
		d2 = bucket(s0 - s1)
	}
	var s0vl, s1vl, s1vr, s0ls uint64
	if s0 >= 0 {
		s0vl, s0ls = capv(st.nl[s0]), st.ls[s0]
	}
	if s1 >= 0 {
		s1vl, s1vr = capv(st.nl[s1]), capv(st.nr[s1])
	}
	fs = append(fs,
		f1(1, s0w), f1(2, s0p), f2(3, s0w, s0p),
		f1(4, s1w), f1(5, s1p), f2(6, s1w, s1p),
		f1(14, s2p), f2(15, st.w(s2), s2p),
		f2(28, s0w, s1w), f2(29, s0p, s1p), f2(30, s0p, s1w), f2(31, s0w, s1p),
		f3(32, s0w, s0p, s1w^s1p*31),
		f3(42, s1p, s0p, s2p), f3(46, s1p, s0p, st.p(s0l)), f3(48, s1p, st.p(s1r), s0p), f3(49, s1p, st.p(s1l), s0p),
		f3(66, s1p, s0p, d2), f3(67, s1w, s0w, d2), f2(68, s0w, d2), f2(69, s1w, d2),
		f2(72, s0w, s0vl), f2(73, s0p, s0vl), f3(76, s1p, s1vl, s1vr), f3(77, s1w, s1vr, s0p),
		f1(80, st.w(s0l)), f1(81, st.p(s0l)), f1(82, st.lab(s0l)),
		f1(86, st.w(s1l)), f1(87, st.p(s1l)), f1(88, st.lab(s1l)), f1(89, st.w(s1r)), f1(90, st.p(s1r)), f1(91, st.lab(s1r)),
		f1(95, st.p(s0l2)), f1(96, st.lab(s0l2)),
		f3(101, s0p, st.lab(s0l), st.lab(s0l2)), f3(104, s0p, st.p(s0l), st.p(s0l2)),
		f2(107, s0p, st.lab(s0l)), f2(109, s1p, st.lab(s1r)),
		f2(122, s0w, s0ls), f2(123, s0p, s0ls),
		f3(142, st.c(s1), st.c(s0), st.c(s0l)), f2(146, st.suf(s0), s0p), f3(149, st.suf(s1), st.suf(s0), d2),
	)
	if !st.useClus {
		return fs
	}
	s0k := st.cl(s0)
	return append(fs, f2(150, s0k, s0p), f3(156, st.cl(s1), s0k, d2), f2(158, st.cl(s0l), s0p))
}

// featuresB0 appends the features of the b0 group, and keeps the partial
// hashes of the pair features that depend on b0 alone in st.grp.
func (st *state) featuresB0(fs []uint64) []uint64 {
	b0, b1, b2, b3 := st.front()
	if b0 >= 0 {
		pre := &st.grp[b0].b0pre
		b0p := st.p(b0)
		pre[pre62] = pre1(62, st.w(b0))
		pre[pre63] = pre1(63, b0p)
		pre[pre131] = pre2(131, b0p, bucket(st.n-st.b+1))
	}
	b0w, b0p, b1w, b1p, b2p := st.w(b0), st.p(b0), st.w(b1), st.p(b1), st.p(b2)
	fs = append(fs,
		f1(7, b0w), f1(8, b0p), f2(9, b0w, b0p),
		f1(10, b1w), f1(11, b1p), f2(12, b1w, b1p),
		f1(13, b2p), f2(16, st.w(b2), b2p),
		f2(27, b0p, b1p), f3(40, b0p, b1p, b2p), f3(133, b1p, b2p, st.p(b3)),
		f2(147, st.suf(b0), b0p),
	)
	if !st.useClus {
		return fs
	}
	b0k := st.cl(b0)
	return append(fs, f2(151, b0k, b0p), f3(155, b0k, st.cl(b1), b0p))
}

// featuresB0Left appends the features of the b0 left group, and keeps the
// partial hash of the pair feature that depends on b0's leftmost
// dependent in st.grp.
func (st *state) featuresB0Left(fs []uint64) []uint64 {
	b0, _, _, _ := st.front()
	b0l, b0l2 := child(st.l1, b0), child(st.l2, b0)
	if b0 >= 0 {
		st.grp[b0].b0lpre = pre2(144, st.c(b0), st.c(b0l))
	}
	b0w, b0p := st.w(b0), st.p(b0)
	var b0vl, b0ls uint64
	if b0 >= 0 {
		b0vl, b0ls = capv(st.nl[b0]), st.ls[b0]
	}
	fs = append(fs,
		f2(74, b0w, b0vl), f2(75, b0p, b0vl),
		f1(92, st.w(b0l)), f1(93, st.p(b0l)), f1(94, st.lab(b0l)),
		f1(99, st.p(b0l2)), f1(100, st.lab(b0l2)),
		f3(103, b0p, st.lab(b0l), st.lab(b0l2)), f3(106, b0p, st.p(b0l), st.p(b0l2)),
		f2(110, b0p, st.lab(b0l)),
		f2(124, b0w, b0ls), f2(125, b0p, b0ls),
	)
	if !st.useClus {
		return fs
	}
	return append(fs, f2(160, st.cl(b0l), b0p))
}

// keepS0 keeps the partial hashes of the pair features that depend on s0,
// s1 and s0's leftmost dependent in st.grp[s0].
func (st *state) keepS0(s0, s1 int32) {
	if s0 < 0 {
		return
	}
	pre := &st.grp[s0].s0pre
	s0w, s0p, s1w, s1p := st.w(s0), st.p(s0), st.w(s1), st.p(s1)
	pre[pre20] = pre2(20, s0w, s0p)
	pre[pre21] = pre2(21, s0w, s0p)
	pre[pre22] = pre1(22, s0w)
	pre[pre23] = pre2(23, s0w, s0p)
	pre[pre24] = pre1(24, s0p)
	pre[pre25] = pre1(25, s0w)
	pre[pre26] = pre1(26, s0p)
	pre[pre33] = pre1(33, s1p)
	pre[pre34] = pre1(34, s1w)
	pre[pre35] = pre2(35, s1p, s0p)
	pre[pre41] = pre1(41, s0p)
	pre[pre43] = pre2(43, s0p, st.p(child(st.l1, s0)))
	pre[pre45] = pre1(45, s0p)
	pre[pre50] = pre2(50, s1p, s0p)
	pre[pre60] = pre1(60, s0w)
	pre[pre61] = pre1(61, s0p)
	pre[pre64] = pre1(64, s0w)
	pre[pre65] = pre1(65, s0p)
	pre[pre130] = pre1(130, s0p)
	pre[pre132] = pre1(132, s0p)
	pre[pre134] = pre1(134, s0w)
	pre[pre135] = pre2(135, s1p, s0p)
	c0 := st.c(s0)
	pre[pre140] = pre1(140, c0)
	pre[pre141] = pre1(141, c0)
	pre[pre145] = pre1(145, c0)
	pre[pre148] = pre1(148, st.suf(s0))
	if st.useClus {
		s0k := st.cl(s0)
		pre[pre152] = pre1(152, s0k)
		pre[pre153] = pre1(153, s0k)
		pre[pre154] = pre1(154, s0p)
		pre[pre157] = pre2(157, s1p, s0k)
		pre[pre161] = pre1(161, s0k)
	}
}

// featuresS0Right appends the features of the s0 right group, and keeps
// the partial hashes of the pair features that depend on s0's rightmost
// dependent in st.grp.
func (st *state) featuresS0Right(fs []uint64) []uint64 {
	s0, s1, _ := st.top()
	s0r, s0r2 := child(st.r1, s0), child(st.r2, s0)
	s0w, s0p, s1p := st.w(s0), st.p(s0), st.p(s1)
	var s0vr, s0rs uint64
	if s0 >= 0 {
		s0vr, s0rs = capv(st.nr[s0]), st.rs[s0]
		pre := &st.grp[s0].s0rpre
		pre[pre44] = pre2(44, s0p, st.p(s0r))
		pre[pre143] = pre2(143, st.c(s0), st.c(s0r))
	}
	fs = append(fs,
		f3(47, s1p, s0p, st.p(s0r)),
		f2(70, s0w, s0vr), f2(71, s0p, s0vr),
		f1(83, st.w(s0r)), f1(84, st.p(s0r)), f1(85, st.lab(s0r)),
		f1(97, st.p(s0r2)), f1(98, st.lab(s0r2)),
		f3(102, s0p, st.lab(s0r), st.lab(s0r2)), f3(105, s0p, st.p(s0r), st.p(s0r2)), f2(108, s0p, st.lab(s0r)),
		f2(120, s0w, s0rs), f2(121, s0p, s0rs),
	)
	if !st.useClus {
		return fs
	}
	return append(fs, f2(159, st.cl(s0r), s0p))
}

// featuresPairs appends the features of no group, from the partial hashes
// that featuresS0, featuresB0, featuresB0Left and featuresS0Right kept for
// the present s0 and b0 (b0 must exist).
func (st *state) featuresPairs(fs []uint64) []uint64 {
	s0, s1, _ := st.top()
	b0, b1, _, _ := st.front()
	k := capv(int32(len(st.stack)))
	g0, gb := &st.grp[s0], &st.grp[b0]
	p, q, r := &g0.s0pre, &gb.b0pre, &g0.s0rpre
	b0l := child(st.l1, b0)
	s0p, b0w, b0p, b1p := st.p(s0), st.w(b0), st.p(b0), st.p(b1)
	pb0l := st.p(b0l)
	d := bucket(b0 - s0)
	left := bucket(st.n - st.b + 1)
	c0, cb := st.c(s0), st.c(b0)
	fs = append(fs,
		fin1(p[pre20], b0w^b0p*31), fin1(p[pre21], b0w), fin2(p[pre22], b0w, b0p),
		fin1(p[pre23], b0p), fin2(p[pre24], b0w, b0p), fin1(p[pre25], b0w), fin1(p[pre26], b0p),
		fin1(p[pre33], b0p), fin1(p[pre34], b0w), fin1(p[pre35], b0p),
		fin2(p[pre41], b0p, b1p), fin1(p[pre43], b0p), fin1(r[pre44], b0p),
		fin2(p[pre45], b0p, pb0l), fin1(p[pre50], pb0l),
		fin1(p[pre60], d), fin1(p[pre61], d), fin1(q[pre62], d), fin1(q[pre63], d),
		fin2(p[pre64], b0w, d), fin2(p[pre65], b0p, d),
		fin2(p[pre130], b0p, k), fin1(q[pre131], k),
		fin2(p[pre132], left, k), fin2(p[pre134], b0p, b1p), fin1(p[pre135], b0w),
		fin2(p[pre140], cb, st.c(s1)), fin2(p[pre141], cb, st.c(b1)),
		fin1(r[pre143], cb), fin1(gb.b0lpre, c0), fin2(p[pre145], cb, d),
		fin2(p[pre148], st.suf(b0), c0^cb<<1),
	)
	if !st.useClus {
		return fs
	}
	b0k := st.cl(b0)
	return append(fs,
		fin2(p[pre152], b0k, d), fin2(p[pre153], b0p, s0p), fin2(p[pre154], b0k, b0p),
		fin1(p[pre157], b0p), fin2(p[pre161], b0k, b1p),
	)
}

// bestAction returns the highest-scoring transition allowed in st.
func bestAction(st *state, scores []float32) int {
	shift, left, right := st.valid()
	best, bs := -1, float32(0)
	for a, ok := range [3]bool{shift, left, right} {
		if ok && (best < 0 || scores[a] > bs) {
			best, bs = a, scores[a]
		}
	}
	return best
}

// arc returns the head and dependent of transition act in st.
func (st *state) arc(act int) (h, d int32) {
	k := len(st.stack)
	if act == actLeft {
		return st.b, st.stack[k-1]
	}
	return st.stack[k-2], st.stack[k-1]
}

// labelFeatures appends the features for labelling the arc h -> d.
func (st *state) labelFeatures(h, d int32, fs []uint64) []uint64 {
	const none = 3
	W := func(i int32) uint64 {
		if i < 0 || i > st.n {
			return none
		}
		return st.words[i]
	}
	P := func(i int32) uint64 {
		if i < 0 || i > st.n {
			return none
		}
		return st.tags[i]
	}
	L := func(i int32) uint64 {
		if i < 0 {
			return none
		}
		return uint64(st.label[i]) + 5
	}
	dir := uint64(1)
	dist := h - d
	if d > h {
		dir, dist = 2, d-h
	}
	db := bucket(dist)
	hw, hp, dw, dp := W(h), P(h), W(d), P(d)
	dl, dr := st.l1[d], st.r1[d]
	hl, hr := st.l1[h], st.r1[h]
	fs = append(fs,
		f1(1, 0), f2(2, dp, dir), f2(3, dw, dir), f2(4, hp, dir), f2(5, hw, dir),
		f3(6, hp, dp, dir), f3(7, hw, dp, dir), f3(8, hp, dw, dir), f3(9, hw, dw, dir),
		f3(10, hp, dp, dir*8+db), f2(11, dp, dir*8+db), f3(12, dw, dp, dir),
		f3(13, dp, L(dl), L(dr)), f2(14, dp, L(dl)), f2(15, dp, L(dr)), f2(16, dw, L(dl)),
		f3(17, dp, P(dl), P(dr)), f3(18, dp, st.ls[d], dir), f3(19, dp, st.rs[d], dir),
		f3(20, dp, capv(st.nl[d])*8+capv(st.nr[d]), dir),
		f3(21, hp, st.ls[h], dir), f3(22, hp, st.rs[h], dir), f3(23, hp, L(hl), dir), f3(24, hp, L(hr), dir),
		f3(25, dp, P(d-1), dir), f3(26, dp, P(d+1), dir), f3(27, hp, P(h-1), dir), f3(28, hp, P(h+1), dir),
		f3(29, dp, hp, P(d+1)*1024+P(d-1)), f3(30, hw, dw, dp),
		f3(31, W(dl), dp, dir), f3(32, W(dr), dp, dir), f3(33, hw, st.ls[h], dp),
		f3(34, dp, hp, st.ls[h]), f3(35, dw, hp, db*4+dir),
	)
	return fs
}

// bestLabel returns the highest-scoring relation for a dependent of a word
// (never "root").
func (p *parser) bestLabel(scores []float32) int32 {
	best, bs := int32(-1), float32(0)
	for l, v := range scores[:len(p.labels)] {
		if int32(l) != p.root && (best < 0 || v > bs) {
			best, bs = int32(l), v
		}
	}
	return best
}

// parse fills heads (node numbers, 0 for the root) and labels for the n
// words whose word and tag features are in st.words and st.tags. A
// transition that is the only legal one is taken without scoring: the
// highest-scoring legal transition is the same whatever the scores. With a
// tight3 transition model, transitions are scored by groups of features,
// whose sums are kept (scoreGrouped).
func (p *parser) parse(st *state, fs []uint64, scores []float32) []uint64 {
	L := len(p.labels)
	t, grouped := p.trans3.(*tight3)
	if grouped {
		st.resetGroups()
	}
	for !st.terminal() {
		shift, left, right := st.valid()
		var act int
		switch {
		case shift && !left && !right:
			act = actShift
		case right && !shift && !left:
			act = actRight
		default:
			sc := (*[3]float32)(scores[:3])
			if grouped && st.b <= st.n {
				fs = st.scoreGrouped(t, fs, sc)
			} else {
				fs = st.features(fs[:0])
				*sc = [3]float32{}
				p.trans3.score(fs, sc)
			}
			act = bestAction(st, sc[:])
		}
		l := int32(-1)
		if act != actShift {
			h, d := st.arc(act)
			if h == 0 {
				l = p.root
			} else {
				fs = st.labelFeatures(h, d, fs[:0])
				sc := scores[:L]
				clear(sc)
				p.labelFast.score(fs, sc)
				l = p.bestLabel(sc)
			}
		}
		st.apply(act, l)
	}
	return fs
}

// scoreGrouped sets sc to the scores of the transitions from st (whose
// buffer is not empty) under t: the sums of the weights of the s0, b0, b0
// left and s0 right groups of features where they are kept from an earlier
// step, and of the features of the other groups, summed now (and kept),
// using fs as scratch. The sums are exact integers, so sc is what t.score
// gives for st.features, to the last bit.
func (st *state) scoreGrouped(t *tight3, fs []uint64, sc *[3]float32) []uint64 {
	const (
		groupS0 = iota
		groupB0
		groupB0Left
		groupS0Right
		groupPairs
	)
	s0, b0 := st.stack[len(st.stack)-1], st.b
	g0, gb := &st.grp[s0], &st.grp[b0]
	var ends, which [5]int
	n := 0
	fs = fs[:0]
	if !g0.s0ok {
		fs = st.featuresS0(fs)
		ends[n], which[n] = len(fs), groupS0
		n++
	}
	if !gb.b0ok {
		fs = st.featuresB0(fs)
		ends[n], which[n] = len(fs), groupB0
		n++
	}
	if gb.b0lnl != st.nl[b0] {
		fs = st.featuresB0Left(fs)
		ends[n], which[n] = len(fs), groupB0Left
		n++
	}
	if g0.s0rnr != st.nr[s0] {
		fs = st.featuresS0Right(fs)
		ends[n], which[n] = len(fs), groupS0Right
		n++
	}
	fs = st.featuresPairs(fs)
	ends[n], which[n] = len(fs), groupPairs
	n++
	var out [5][3]int32
	if len(fs) <= chunk {
		t.sums(fs, ends[:n], out[:n])
	} else {
		start := 0
		for g, end := range ends[:n] {
			out[g] = t.sum(fs[start:end])
			start = end
		}
	}
	var pairs [3]int32
	for g, w := range which[:n] {
		switch w {
		case groupS0:
			g0.s0sum, g0.s0ok = out[g], true
		case groupB0:
			gb.b0sum, gb.b0ok = out[g], true
		case groupB0Left:
			gb.b0lsum, gb.b0lnl = out[g], st.nl[b0]
		case groupS0Right:
			g0.s0rsum, g0.s0rnr = out[g], st.nr[s0]
		default:
			pairs = out[g]
		}
	}
	a, b, c, r := &g0.s0sum, &gb.b0sum, &gb.b0lsum, &g0.s0rsum
	for i := range sc {
		sc[i] = float32(a[i]+b[i]+c[i]+r[i]+pairs[i]) * t.scale
	}
	return fs
}

// transLinear returns the transition model in the sparse layout, for saving
// and pruning.
func (p *parser) transLinear() *linear {
	if p.trans != nil {
		return p.trans
	}
	return p.trans3.sparse()
}

// fillClasses sets st.clus for the words ws (nodes 1..n) from the parser's
// word classes, and whether the features use them.
func (p *parser) fillClasses(st *state, ws []word) {
	st.useClus = len(p.clusters.slots) > 0
	if !st.useClus {
		return
	}
	for i := range ws {
		st.clus[i+1] = 3
		if c := p.clusters.get(ws[i].lower); c >= 0 {
			st.clus[i+1] = uint64(c) + 100
		}
	}
}
