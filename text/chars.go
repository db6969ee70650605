package text

import (
	"unicode"
	"unicode/utf8"
)

// Character classes of ASCII bytes, looked up in asciiClass.
const (
	cSpace = 1 << iota
	cLower
	cUpper
	cDigit
	cPunct
)

const cLetter = cLower | cUpper
const cAlnum = cLetter | cDigit

var asciiClass [128]uint8

func init() {
	for c := 0; c < 128; c++ {
		var k uint8
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			k = cSpace
		case 'a' <= c && c <= 'z':
			k = cLower
		case 'A' <= c && c <= 'Z':
			k = cUpper
		case '0' <= c && c <= '9':
			k = cDigit
		case c < ' ' || c == 0x7f:
			// Control characters other than white space count as white space:
			// they carry no text and would only make meaningless tokens.
			k = cSpace
		default:
			k = cPunct
		}
		asciiClass[c] = k
	}
}

// IsSpace reports whether r separates tokens: Unicode white space, ASCII
// control characters and the zero-width spaces. Every other rune of a text
// (and every byte of invalid UTF-8) ends up inside some token.
func IsSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&cSpace != 0
	}
	switch r {
	case 0x200B, 0x2060, 0xFEFF, 0x180E: // zero-width spaces and joiners that are not words
		return true
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Cc, r)
}

// spaceAt reports whether s has a space rune at byte i, and its size.
func spaceAt(s string, i int) (bool, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return asciiClass[c]&cSpace != 0, 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && n == 1 {
		return false, 1
	}
	return IsSpace(r), n
}

// wordRune reports whether a non-ASCII rune continues a word: letters, marks
// and digits, and the bytes of invalid UTF-8 (kept inside words so that no
// byte is lost and words are not torn apart).
func wordRune(r rune, n int) bool {
	if r == utf8.RuneError && n == 1 {
		return true
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

// alnumAt reports whether s has a letter or digit (any script) at byte i.
func alnumAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return asciiClass[c]&cAlnum != 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return wordRune(r, n)
}

// letterAt reports whether s has a letter (any script) at byte i.
func letterAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return asciiClass[c]&cLetter != 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func digitAt(s string, i int) bool {
	return i >= 0 && i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// lastRuneBefore returns the rune that ends just before byte i.
func lastRuneBefore(s string, i int) rune {
	if i <= 0 {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// lowerASCII folds an ASCII letter to lower case.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// equalFoldASCII reports whether s equals the lower-case ASCII word w, ignoring case.
func equalFoldASCII(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lowerASCII(s[i]) != w[i] {
			return false
		}
	}
	return true
}
