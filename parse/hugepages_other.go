//go:build !linux

package parse

// makeHuge returns make([]T, n) where huge pages cannot be asked for.
func makeHuge[T any](n int) []T { return make([]T, n) }
