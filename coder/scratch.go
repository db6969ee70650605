package coder

import "sync"

// scratch holds the working arrays of one sentence being coded (its
// sentence view, token index and clauses), reused from one sentence to
// the next so that coding a sentence allocates little more than its
// events. codeSentenceRefs takes one from scratchPool and returns it when
// the sentence is coded: nothing that outlives the sentence (events,
// anaphors, predicates' actor lists) may point into it.
type scratch struct {
	mentAt, mentHead, count, flat []int
	children                      [][]int
	words, lemmas                 []string
	span                          [][2]int
	buf                           []byte
	refs                          []int32
	in                            []bool
	// arena holds the lists childrenWith returns
	arena []int

	// the token index's (newTokenIndex), then the clauses' (clauseOf)
	done          []bool
	fx, lx        []int32
	fids, lids    [][]int32
	stems         [][]int32
	joined        []int32
	joinBuf       []byte
	ids           []int32
	idss          [][]int32
	has           []uint64
	clInts        []int
	clStrs        []string
	clInfinitives []bool
	clInside      []int
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// sized returns s with length n and every element zero, reusing its array
// when it is large enough.
func sized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	s = s[:n]
	clear(s)
	return s
}

// getScratch returns a scratch from the pool, for newSentenceIn.
func getScratch() *scratch { return scratchPool.Get().(*scratch) }

// putScratch returns sc's scratch to the pool, and leaves sc without one:
// sc and its clauses may not be used after.
func (sc *sentence) putScratch() {
	if sc.scr == nil {
		return
	}
	if ti := sc.index; ti != nil {
		// the arrays the token index grew
		sc.scr.joinBuf, sc.scr.has, sc.scr.ids, sc.scr.idss = ti.buf, ti.has, ti.ids, ti.idss
		ti.scr = nil
	}
	scratchPool.Put(sc.scr)
	sc.scr = nil
}
