// Package wordhash hashes words for the one-hash Bloom filters that the
// stages put in front of their word maps (actor keys, verb dictionary
// words, temporal triggers): most words of a text are in none of the maps,
// and a filter that stays in the processor's cache says so without probing
// the map. A filter only has to be right when it says no.
package wordhash

// Bit returns the filter bit of w in a filter of 2^log bits (1 <= log <=
// 63): the top log bits of a multiplicative hash of w's length and of five
// of its bytes (the first two, the middle one and the last two), which
// costs the same for any word and tells words apart well enough.
func Bit(w string, log uint) uint64 {
	n := len(w)
	x := uint64(n)
	if n > 0 {
		x |= uint64(w[0])<<8 | uint64(w[n/2])<<16 | uint64(w[n-1])<<24
	}
	if n > 1 {
		x |= uint64(w[1])<<32 | uint64(w[n-2])<<40
	}
	return (x * 0x9E3779B97F4A7C15) >> (64 - log)
}
