//go:build !linux

package parse

// adviseHuge does nothing where huge pages cannot be asked for.
func adviseHuge[T any](s []T) {}
