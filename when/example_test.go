package when_test

import (
	"fmt"
	"time"

	"entente"
	"entente/text"
	"entente/when"
)

func ExampleResolver_Resolve() {
	a := &entente.Article{
		Text:      "The envoy visited the capital in 2003 and the minister returned the favour four years later.",
		Published: time.Date(2018, 5, 15, 0, 0, 0, 0, time.UTC),
	}
	sents := text.Split(a)
	ix := when.Resolver{}.Index(a, sents)
	for i, tok := range sents[0].Tokens {
		if tok.Form == "visited" || tok.Form == "returned" {
			w := ix.Resolve(0, i, nil)
			fmt.Println(tok.Form, w.Date.Format("2006-01-02"), w.Precision, w.Phrase, w.Historical)
		}
	}
	// Output:
	// visited 2003-01-01 year in 2003 true
	// returned 2007-01-01 year four years later true
}
