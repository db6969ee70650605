// Package text splits an article's text into sentences and tokens, with byte
// offsets into the article's text, following the tokenization conventions of
// the UD English treebank that the parser is trained on.
//
// PLACEHOLDER: this file is the agreed API; the implementation is being written.
package text

import (
	"strings"
	"unicode"

	"entente"
)

// Split splits the article's text into sentences with their tokens.
func Split(a *entente.Article) []entente.Sentence {
	var out []entente.Sentence
	toks := Tokenize(a.Text, 0)
	start := 0
	for i, t := range toks {
		if t.Form == "." || t.Form == "!" || t.Form == "?" || i == len(toks)-1 {
			s := entente.Sentence{Index: len(out), Tokens: toks[start : i+1]}
			s.Span = entente.Span{Start: toks[start].Span.Start, End: t.Span.End}
			out = append(out, s)
			start = i + 1
		}
	}
	return out
}

// Tokenize splits s into tokens; offsets are shifted by base so that a caller
// can tokenize a slice of a larger text.
func Tokenize(s string, base int) []entente.Token {
	var out []entente.Token
	i := 0
	for i < len(s) {
		r := rune(s[i])
		if unicode.IsSpace(r) {
			i++
			continue
		}
		j := i
		if strings.ContainsRune(".,!?;:\"'()", r) {
			j = i + 1
		} else {
			for j < len(s) && !unicode.IsSpace(rune(s[j])) && !strings.ContainsRune(".,!?;:\"'()", rune(s[j])) {
				j++
			}
		}
		out = append(out, entente.Token{Span: entente.Span{Start: base + i, End: base + j}, Form: s[i:j], Head: -1})
		i = j
	}
	return out
}
