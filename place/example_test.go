package place_test

import (
	"fmt"

	"entente"
	"entente/place"
	"entente/text"
)

func ExampleGazetteer_Locate() {
	g := place.Default()
	for _, txt := range []string{"The ministers met in Kabul.", "Moscow warned the ministers."} {
		a := &entente.Article{Text: txt}
		sents := text.Split(a)
		p := g.Locate(a, sents, 0, 2, nil, "RUSGOV")
		fmt.Println(p.Name, p.Country, p.Precision, p.FromActor)
	}
	// Output:
	// Kabul AF city false
	// Russia RU country true
}
