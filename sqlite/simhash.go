package sqlite

import (
	"unicode"
	"unicode/utf8"
)

// FNV-1a, 64 bits: the hash of each shingle.
const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

// textSimhash returns what simhash (keys.go) returns for text, in one pass
// over the text without a lower-cased copy, a slice of words or a hash
// object, and with the 64 bit counters of the shingles summed eight at a
// time in the bytes of a word; simhash stays the rule's reference, and
// TestTextSimhash holds the two equal.
func textSimhash(text string) (uint64, bool) {
	// buf holds the lower-cased words one after another; ends[i] is the
	// end of word i in buf.
	buf := make([]byte, 0, len(text))
	ends := make([]int32, 0, len(text)/5+1)
	inWord := false
	for i := 0; i < len(text); {
		c := text[i]
		var r rune
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			i++
			if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
				buf = append(buf, c)
				inWord = true
				continue
			}
			r = rune(c)
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(text[i:])
			i += n
			r = unicode.ToLower(r)
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				buf = utf8.AppendRune(buf, r)
				inWord = true
				continue
			}
		}
		if inWord {
			ends = append(ends, int32(len(buf)))
			inWord = false
		}
	}
	if inWord {
		ends = append(ends, int32(len(buf)))
	}
	if len(ends) < minShingleWords {
		return 0, false
	}
	// lanes[j] counts, in byte k, the shingles with bit 8k+j set; a byte
	// holds up to 255, so the lanes are added to ones every 255 shingles.
	var ones [64]int
	var lanes [8]uint64
	const lsb = 0x0101010101010101
	pending := 0
	flush := func() {
		for j := 0; j < 8; j++ {
			for k := 0; k < 8; k++ {
				ones[8*k+j] += int(lanes[j] >> (8 * k) & 0xff)
			}
			lanes[j] = 0
		}
		pending = 0
	}
	shingles := len(ends) - shingleSize + 1
	for i := 0; i < shingles; i++ {
		var h uint64 = fnvOffset64
		start := int32(0)
		if i > 0 {
			start = ends[i-1]
		}
		for k := 0; k < shingleSize; k++ {
			end := ends[i+k]
			for _, c := range buf[start:end] {
				h ^= uint64(c)
				h *= fnvPrime64
			}
			h ^= ' '
			h *= fnvPrime64
			start = end
		}
		for j := 0; j < 8; j++ {
			lanes[j] += h >> j & lsb
		}
		if pending++; pending == 255 {
			flush()
		}
	}
	flush()
	var out uint64
	for b := 0; b < 64; b++ {
		if 2*ones[b] > shingles {
			out |= 1 << b
		}
	}
	return out, true
}
