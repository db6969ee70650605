package relation_test

import (
	"fmt"

	"entente"
	"entente/relation"
	"entente/text"
)

func ExampleExtract() {
	a := &entente.Article{Text: "Talks began with Freedonia, Ruritania's strongest ally."}
	sents := text.Split(a)
	// The actor stage would find these mentions; here they are made by hand.
	var ms []entente.Mention
	for i, tok := range sents[0].Tokens {
		switch tok.Form {
		case "Freedonia":
			ms = append(ms, entente.Mention{Sentence: 0, Tokens: [2]int{i, i + 1}, Span: tok.Span, Code: "FRE"})
		case "Ruritania":
			ms = append(ms, entente.Mention{Sentence: 0, Tokens: [2]int{i, i + 1}, Span: tok.Span, Code: "RUR"})
		}
	}
	for _, r := range relation.Extract(a, sents, ms) {
		fmt.Printf("%s %s %+d %.2f %q\n", r.A, r.B, r.Sign, r.Strength, r.Phrase)
	}
	// Output:
	// FRE RUR +1 1.00 "Ruritania's strongest ally"
}
