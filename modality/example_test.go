package modality_test

import (
	"fmt"

	"entente"
	"entente/modality"
	"entente/text"
)

func ExampleOf() {
	a := &entente.Article{Text: "Critics have accused the ministry of arming the rebels."}
	s := text.Split(a)[0]
	for i, tok := range s.Tokens {
		if tok.Form == "accused" || tok.Form == "arming" {
			fmt.Println(tok.Form, modality.Of(&s, i, a.Text))
		}
	}
	// Output:
	// accused asserted
	// arming alleged
}
