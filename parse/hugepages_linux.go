package parse

import (
	"syscall"
	"unsafe"
)

// adviseHuge asks the kernel to back the memory of s with huge pages, which
// spares the TLB misses of lookups spread over tens of megabytes. It must be
// called before s is first written. It is advice: errors are ignored.
func adviseHuge[T any](s []T) {
	const page = 4096
	size := uintptr(len(s)) * unsafe.Sizeof(*new(T))
	if size < 4<<20 {
		return
	}
	p := unsafe.Pointer(unsafe.SliceData(s))
	start := uintptr(p)
	lo := (start + page - 1) &^ (page - 1)
	hi := (start + size) &^ (page - 1)
	if hi <= lo {
		return
	}
	b := unsafe.Slice((*byte)(unsafe.Add(p, lo-start)), hi-lo)
	_ = syscall.Madvise(b, syscall.MADV_HUGEPAGE)
}
