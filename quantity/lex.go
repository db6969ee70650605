package quantity

import (
	"unicode/utf8"
)

// itemKind is the class of a lexical item.
type itemKind uint8

const (
	itemWord   itemKind = iota // letters, with inner hyphens and apostrophes
	itemNumber                 // digits with inner "," and ".", maybe a letter suffix ("2bn")
	itemSymbol                 // anything else: "$", "€", "(", "-"
)

// item is a piece of the sentence's text read by this package's own small
// lexer, which does not depend on how the tokenizer splits "$1.9bn" or
// "Mi-35M".
type item struct {
	start, end int // byte offsets into the article's text
	kind       itemKind
	text       string // the text as written
	low        string // lower-cased ASCII
	space      bool   // white space precedes the item
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool  { return '0' <= c && c <= '9' }

// lex splits text[start:end] into items.
func lex(text string, start, end int, buf []item) []item {
	out := buf[:0]
	i := start
	space := true
	for i < end {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			i++
			space = true
			continue
		}
		j := i
		var k itemKind
		switch {
		case isDigit(c):
			k = itemNumber
			for j < end && (isDigit(text[j]) || (text[j] == ',' || text[j] == '.') && j+1 < end && isDigit(text[j+1])) {
				j++
			}
			for j < end && isLetter(text[j]) { // "2bn", "10m", "1st"
				j++
			}
		case isLetter(c):
			k = itemWord
			for j < end && (isLetter(text[j]) || isDigit(text[j]) || (text[j] == '-' || text[j] == '\'' || text[j] == '.') && j+1 < end && (isLetter(text[j+1]) || isDigit(text[j+1]))) {
				j++
			}
		default:
			k = itemSymbol
			if c < utf8.RuneSelf {
				j++
			} else {
				_, n := utf8.DecodeRuneInString(text[i:end])
				j += n
			}
		}
		out = append(out, item{start: i, end: j, kind: k, text: text[i:j], low: lower(text[i:j]), space: space})
		space = false
		i = j
	}
	return out
}

// lower lower-cases ASCII letters, allocating only when it must.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
