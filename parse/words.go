package parse

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// hashString hashes s with FNV-1a; lower folds ASCII letters to lower case.
func hashString(s string, lower bool) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if lower && 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return mix(h)
}

// word holds what the features need to know about one token, computed once
// per token.
type word struct {
	form, lower uint64
	suf         [4]uint64 // suffixes of 1..4 bytes of the lower-cased form
	pre1, pre2  uint64
	shape       uint64
	amb         uint64 // ambiguity class in the training data, 0 when unseen
	flags       uint64
}

const (
	flagUpper  = 1 << iota // first letter upper case
	flagDigit              // contains a digit
	flagHyphen             // contains a hyphen
	flagAllCap             // all letters upper case
	flagFirst              // sentence initial
)

// sentinel words beyond the sentence's edges and for the parser's root.
var (
	wordStart = word{form: 11, lower: 11, suf: [4]uint64{11, 11, 11, 11}, pre1: 11, pre2: 11, shape: 11, amb: 11}
	wordEnd   = word{form: 13, lower: 13, suf: [4]uint64{13, 13, 13, 13}, pre1: 13, pre2: 13, shape: 13, amb: 13}
)

func suffixStart(s string, k int) int {
	// back off to a rune boundary so that suffixes of non-ASCII words are whole runes
	i := len(s) - k
	if i <= 0 {
		return 0
	}
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

func makeWord(form string, first bool) word {
	var w word
	w.form = hashString(form, false)
	w.lower = hashString(form, true)
	for k := 1; k <= 4; k++ {
		w.suf[k-1] = hashString(form[suffixStart(form, k):], true)
	}
	if len(form) > 0 {
		_, n := utf8.DecodeRuneInString(form)
		w.pre1 = hashString(form[:n], true)
		if n < len(form) {
			_, m := utf8.DecodeRuneInString(form[n:])
			w.pre2 = hashString(form[:n+m], true)
		}
	}
	// shape: X for upper, x for lower, d for digits, the character itself
	// otherwise, with runs longer than two collapsed
	h := uint64(14695981039346656037)
	var last rune
	run := 0
	letters, uppers := 0, 0
	for i, r := range form {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			letters++
			uppers++
			if i == 0 {
				w.flags |= flagUpper
			}
		case unicode.IsLetter(r):
			c = 'x'
			letters++
		case unicode.IsDigit(r):
			c = 'd'
			w.flags |= flagDigit
		default:
			c = r
			if r == '-' {
				w.flags |= flagHyphen
			}
		}
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			last, run = c, 1
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	w.shape = mix(h)
	if letters > 0 && uppers == letters {
		w.flags |= flagAllCap
	}
	if first {
		w.flags |= flagFirst
	}
	return w
}

func sortKeys(k []uint64) { slices.Sort(k) }
