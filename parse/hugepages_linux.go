package parse

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on the architectures
// that matter here.
const hugePage = 2 << 20

// makeHuge returns a zeroed slice of n elements, with capacity n, for a
// read-mostly table of at least a megabyte, asking the kernel to back it
// with huge pages, which spares the TLB misses of lookups spread over
// megabytes (a table of a few megabytes in 4 KiB pages costs a TLB miss at
// most lookups; in huge pages, one or two entries cover it). Only huge
// pages wholly inside the advised memory can serve, so the table is placed
// in a larger allocation: it starts at (or just after) a huge-page
// boundary, and the huge pages that hold it are all inside the
// allocation, all advised. Errors are ignored. Smaller tables are made as
// usual.
func makeHuge[T any](n int) []T {
	esize := unsafe.Sizeof(*new(T))
	size := uintptr(n) * esize
	if size < 1<<20 || esize == 0 {
		return make([]T, n)
	}
	pad := (2*hugePage + esize - 1) / esize
	all := make([]T, uintptr(n)+pad)
	base := uintptr(unsafe.Pointer(unsafe.SliceData(all)))
	lo := (base + hugePage - 1) &^ (hugePage - 1)
	first := (lo - base + esize - 1) / esize
	s := all[first : first+uintptr(n) : first+uintptr(n)]
	hi := (base + (first+uintptr(n))*esize + hugePage - 1) &^ (hugePage - 1)
	if end := base + uintptr(len(all))*esize; hi > end {
		hi = end &^ (hugePage - 1) // cannot happen with the padding above
	}
	if hi > lo {
		b := unsafe.Slice((*byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(all)), lo-base)), hi-lo)
		_ = syscall.Madvise(b, syscall.MADV_HUGEPAGE)
		// memory the heap had used before is already mapped in small
		// pages, which the advice leaves as they are: collapse them
		_ = syscall.Madvise(b, madvCollapse)
	}
	return s
}

// madvCollapse is MADV_COLLAPSE (Linux 6.1 and later; older kernels refuse
// it, and the advice above is all they get), the same on every
// architecture.
const madvCollapse = 25
