package quantity_test

import (
	"fmt"

	"entente"
	"entente/quantity"
	"entente/text"
)

func ExampleFind() {
	a := &entente.Article{Text: "The militia earns $2.5 million per month; at least 18 people were killed."}
	for _, s := range text.Split(a) {
		for _, q := range quantity.Find(&s, a.Text) {
			fmt.Printf("%s %s low=%g best=%g rate=%q %q\n", q.Kind, q.Unit, q.Low, q.Best, q.Rate, q.Span.Of(a.Text))
		}
	}
	// Output:
	// money USD low=0 best=2.5e+06 rate="month" "$2.5 million per month"
	// people killed low=18 best=18 rate="" "at least 18 people"
}
