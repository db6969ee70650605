package actor

import (
	"strings"

	"entente/internal/wordhash"
)

// A trie holds dictionary phrases as paths of word keys. Its edges are kept
// in hash maps keyed by (node, word), so a lookup costs one map access per
// candidate word, and nodes stay small. The edges from the root, which every
// word of a text is looked up in, have a map of their own keyed by the word
// alone (a string key hashes and compares faster than a struct).
type trie struct {
	root  map[string]int32  // word -> index into sets, from the root
	edges map[edgeKey]int32 // (node, word) -> index into sets, other nodes
	// rootBits is a one-hash Bloom filter of root's words: most words of
	// a text start no phrase, and the filter, small enough to stay in the
	// processor's cache, tells most of them so without probing the map
	rootBits []uint64
	sets     [][4]int32 // children by edge kind; 0 for none
	nodes    []tnode
	hits     []payload
	// rootStems maps the first three bytes of the stems that start a
	// phrase to the set of their lengths, so that a text word is tried
	// only against the stems that may be its prefix.
	rootStems map[string]uint64
	// stemBits is a one-hash Bloom filter of rootStems' keys (stemBit):
	// most words start with three bytes that begin no stem, and the
	// filter tells most of them so without probing the map.
	stemBits [1 << stemBitsLog / 64]uint64
}

// stemBitsLog is the base-2 logarithm of the number of bits of a trie's
// stem filter: 2^12 bits (512 bytes) for the few hundred three-byte
// beginnings of the default dictionaries' stems.
const stemBitsLog = 12

// stemBit returns the bit of k's first minStem bytes (the key of
// rootStems; len(k) >= minStem) in stemBits.
func stemBit(k string) uint64 {
	x := uint64(0)
	for i := 0; i < minStem; i++ {
		x = x<<8 | uint64(k[i])
	}
	return (x * 0x9E3779B97F4A7C15) >> (64 - stemBitsLog)
}

// Edge kinds: bit 0 marks a stem word, bit 1 a word after which the next
// may follow after a gap.
const (
	kindStem = 1
	kindGap  = 2
)

type edgeKey struct {
	from int32
	key  string
}

type tnode struct {
	stemLens uint64 // bit L: a stem edge of L bytes (63 for longer) leaves the node
	// keyBits has bit rootBit(key)&63 set for the key of every edge that
	// leaves the node (below the root): most words after a phrase's first
	// go on with none of its few continuations, and the bits tell most of
	// them so without probing the map
	keyBits uint64
	kinds   uint8 // bit k: an edge of kind k leaves the node
	gapNext bool  // the node was reached by a gap word
	hit     int32 // 1 + index into trie.hits of the phrase ending here; 0 for none
}

// payload is what a phrase's last word leads to.
type payload struct {
	rec    int32 // index into the Matcher's actors, agents or discards
	phrase int32 // index of the phrase within an actor record
	line   int32
	file   int16 // load order of the file, for overrides
	plural bool  // a regular plural of the last word may match
}

func newTrie() *trie {
	return &trie{root: map[string]int32{}, edges: map[edgeKey]int32{}, sets: make([][4]int32, 1), nodes: make([]tnode, 1),
		rootStems: map[string]uint64{}, rootBits: make([]uint64, 1<<rootBitsLog/64)}
}

// rootBitsLog is the base-2 logarithm of the number of bits of a trie's
// root filter: 2^17 bits (16 KiB) keep false positives near 12% for the
// 17,000 root words of the default actor dictionaries.
const rootBitsLog = 17

// rootBit returns the bit of key in rootBits (see package wordhash).
func rootBit(key string) uint64 { return wordhash.Bit(key, rootBitsLog) }

// edge returns the index into sets of the edges labelled key from node.
func (t *trie) edge(node int32, key string) (int32, bool) {
	if node == 0 {
		if b := rootBit(key); t.rootBits[b>>6]&(1<<(b&63)) == 0 {
			return 0, false
		}
		si, ok := t.root[key]
		return si, ok
	}
	if t.nodes[node].keyBits&(1<<(rootBit(key)&63)) == 0 {
		return 0, false
	}
	si, ok := t.edges[edgeKey{node, key}]
	return si, ok
}

// addEdge records si as the edges labelled key from node.
func (t *trie) addEdge(node int32, key string, si int32) {
	if node == 0 {
		b := rootBit(key)
		t.rootBits[b>>6] |= 1 << (b & 63)
		t.root[key] = si
		return
	}
	t.nodes[node].keyBits |= 1 << (rootBit(key) & 63)
	t.edges[edgeKey{node, key}] = si
}

// insert adds a phrase. A phrase already present from an earlier file is
// overridden; from the same file, the first entry stands.
func (t *trie) insert(words []word, p payload) {
	n := int32(0)
	for _, w := range words {
		var kind uint8
		if w.stem {
			kind |= kindStem
		}
		if w.gap {
			kind |= kindGap
		}
		si, ok := t.edge(n, w.key)
		if !ok {
			si = int32(len(t.sets))
			t.sets = append(t.sets, [4]int32{})
			t.addEdge(n, w.key, si)
		}
		child := t.sets[si][kind]
		if child == 0 {
			child = int32(len(t.nodes))
			t.nodes = append(t.nodes, tnode{gapNext: w.gap})
			t.sets[si][kind] = child
			nd := &t.nodes[n]
			nd.kinds |= 1 << kind
			if w.stem {
				l := len(w.key)
				if l > 63 {
					l = 63
				}
				nd.stemLens |= 1 << l
				if n == 0 {
					t.rootStems[w.key[:minStem]] |= 1 << l
					b := stemBit(w.key)
					t.stemBits[b>>6] |= 1 << (b & 63)
				}
			}
		}
		n = child
	}
	nd := &t.nodes[n]
	if nd.hit != 0 {
		if t.hits[nd.hit-1].file != p.file {
			t.hits[nd.hit-1] = p
		}
		return // a duplicate in the same file: the first entry stands
	}
	t.hits = append(t.hits, p)
	nd.hit = int32(len(t.hits))
}

// walk explores every path of the trie that matches keys from start and
// calls fn for each phrase end reached: end is the index after the last
// token, node the trie node, plural whether the last token matched as a
// regular plural. maxGap bounds the words skipped after a gap word;
// boundary tokens (punctuation) are never skipped.
func (t *trie) walk(keys []string, start, maxGap int, fn func(end int, node int32, plural bool)) {
	t.step(keys, 0, start, maxGap, fn)
}

// walkFrom is walk with the root's exact edges for keys[start] looked up by
// the caller (see Matcher.rootsOf): si is their index into sets, 0 when no
// exact edge labelled keys[start] leaves the root.
func (t *trie) walkFrom(keys []string, start, maxGap int, si int32, fn func(end int, node int32, plural bool)) {
	nd := &t.nodes[0]
	if nd.kinds == 0 || start >= len(keys) {
		return
	}
	t.edgesFromSet(keys, 0, nd, start, keys[start], maxGap, si, fn)
}

func (t *trie) step(keys []string, node int32, pos, maxGap int, fn func(int, int32, bool)) {
	nd := &t.nodes[node]
	if nd.kinds == 0 {
		return
	}
	limit := pos
	if nd.gapNext {
		limit = pos + maxGap
	}
	for p := pos; p <= limit && p < len(keys); p++ {
		k := keys[p]
		if node != 0 && isHyphen(k) {
			limit++
			continue
		}
		if p > pos && isBoundary(k) {
			break
		}
		t.edgesFrom(keys, node, nd, p, k, maxGap, fn)
	}
}

// Edge kinds as bits of tnode.kinds: exact words (after a gap or not) and
// stems.
const (
	exactKinds = 1<<0 | 1<<kindGap
	stemKinds  = 1<<kindStem | 1<<(kindStem|kindGap)
)

func (t *trie) edgesFrom(keys []string, node int32, nd *tnode, p int, k string, maxGap int, fn func(int, int32, bool)) {
	var si int32
	if nd.kinds&exactKinds != 0 {
		si, _ = t.edge(node, k) // 0 when there is none: sets[0] is no node's
	}
	t.edgesFromSet(keys, node, nd, p, k, maxGap, si, fn)
}

// edgesFromSet follows the edges from node for the word k at position p,
// given si, the index into sets of node's exact edges labelled k (0 for
// none).
func (t *trie) edgesFromSet(keys []string, node int32, nd *tnode, p int, k string, maxGap int, si int32, fn func(int, int32, bool)) {
	if nd.kinds&exactKinds != 0 {
		if si != 0 {
			set := &t.sets[si]
			for _, kind := range [2]uint8{0, kindGap} {
				if c := set[kind]; c != 0 {
					t.reach(keys, c, p+1, maxGap, false, fn)
				}
			}
		}
		if len(k) >= 3 && k[len(k)-1] == 's' {
			bases, nb := endingBases(k)
			for _, v := range bases[:nb] {
				if si, ok := t.edge(node, v.base); ok {
					for _, kind := range [2]uint8{0, kindGap} {
						if c := t.sets[si][kind]; c != 0 && t.nodes[c].hit != 0 {
							fn(p+1, c, v.plural)
						}
					}
				}
			}
		}
	}
	if nd.kinds&stemKinds == 0 || len(k) < minStem {
		return
	}
	lens := nd.stemLens
	if node == 0 {
		if b := stemBit(k); t.stemBits[b>>6]&(1<<(b&63)) == 0 {
			return // no stem starts with k's first three bytes
		}
		lens = t.rootStems[k[:minStem]]
	}
	for l := minStem; l <= len(k) && l < 64; l++ {
		if lens&(1<<l) == 0 || l <= maxShortStem && len(k)-l > maxShortStemRest {
			// a short stem is no prefix of a long word ("Gera" of
			// "Gerasimov"), only of its derived forms ("Iranians")
			continue
		}
		if si, ok := t.edge(node, k[:l]); ok {
			set := &t.sets[si]
			for _, kind := range [2]uint8{kindStem, kindStem | kindGap} {
				if c := set[kind]; c != 0 {
					t.reach(keys, c, p+1, maxGap, false, fn)
				}
			}
		}
	}
}

// maxShortStem is the length of the longest stem that matches only words at
// most maxShortStemRest bytes longer than it.
const (
	maxShortStem     = 4
	maxShortStemRest = 4
)

func (t *trie) reach(keys []string, child int32, end, maxGap int, plural bool, fn func(int, int32, bool)) {
	if t.nodes[child].hit != 0 {
		fn(end, child, plural)
	}
	if end < len(keys) {
		t.step(keys, child, end, maxGap, fn)
	}
}

type ending struct {
	base   string
	plural bool
}

// endingBases returns the words a word with a regular ending may come
// from, as TABARI recognises them on the last word of a phrase: the
// possessive "'s" ("pakistan's", when the tokenizer left it attached) and
// the plurals "troops" -> "troop", "forces" -> "force", "ministries" ->
// "ministry". They are the first n of out, which is returned by value so
// that the words of a sentence are tried without allocating.
func endingBases(k string) (out [3]ending, n int) {
	if strings.HasSuffix(k, "'s") {
		out[0] = ending{base: k[:len(k)-2]}
		return out, 1
	}
	if len(k) < 4 || k[len(k)-1] != 's' {
		// (not "uss", read as the plural of "us": two-letter
		// abbreviations have their plurals in the dictionaries, "MPs")
		return out, 0
	}
	out[0] = ending{base: k[:len(k)-1], plural: true}
	n = 1
	if strings.HasSuffix(k, "es") {
		out[n] = ending{base: k[:len(k)-2], plural: true}
		n++
	}
	if strings.HasSuffix(k, "ies") {
		out[n] = ending{base: k[:len(k)-3] + "y", plural: true}
		n++
	}
	return out, n
}

// isBoundary reports whether a key ends a phrase's reach: punctuation that
// separates clauses.
func isBoundary(k string) bool {
	switch k {
	case ",", ".", ";", ":", "!", "?", "(", ")", "\"", "``", "''":
		return true
	}
	return false
}
