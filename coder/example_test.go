package coder_test

import (
	"fmt"
	"strings"

	"entente"
	"entente/coder"
	"entente/coder/verbs"
)

// A sentence parsed beforehand (as package parse would) and its actor
// mentions (as package actor would find them) give the passive's agent as
// the source.
func ExampleCoder_CodeSentence() {
	d := verbs.New()
	d.Read(strings.NewReader("--- ACCUSE [112] ---\nACCUSE\n"), "example.verbs")

	text := "Pakistan was accused by India."
	a := &entente.Article{ID: "a1", Text: text}
	tok := func(start, end, head int, upos, lemma, rel string) entente.Token {
		return entente.Token{Span: entente.Span{Start: start, End: end}, Form: text[start:end],
			UPOS: upos, Lemma: lemma, Head: head, Rel: rel}
	}
	s := entente.Sentence{Span: entente.Span{Start: 0, End: len(text)}, Tokens: []entente.Token{
		tok(0, 8, 2, "PROPN", "Pakistan", "nsubj:pass"),
		tok(9, 12, 2, "AUX", "be", "aux:pass"),
		tok(13, 20, -1, "VERB", "accuse", "root"),
		tok(21, 23, 4, "ADP", "by", "case"),
		tok(24, 29, 2, "PROPN", "India", "obl:agent"),
		tok(29, 30, 2, "PUNCT", ".", "punct"),
	}}
	mentions := []entente.Mention{
		{Tokens: [2]int{0, 1}, Span: entente.Span{Start: 0, End: 8}, Code: "PAK"},
		{Tokens: [2]int{4, 5}, Span: entente.Span{Start: 24, End: 29}, Code: "IND"},
	}
	c := coder.New(d, nil, coder.Options{})
	for _, e := range c.CodeSentence(a, &s, mentions) {
		fmt.Println(e.Source, e.Code, e.Target, e.QuadClass, e.Goldstein, e.VerbSpan.Of(text), e.Matched[len(e.Matched)-1])
	}
	// Output: IND 112 PAK 3 -2 accused example.verbs:2
}
