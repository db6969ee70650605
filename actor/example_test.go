package actor_test

import (
	"fmt"
	"time"

	"entente"
	"entente/actor"
	"entente/text"
)

// Match codes the actors of an article by the story's date.
func ExampleMatcher_Match() {
	m, err := actor.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	a := &entente.Article{Text: "Russian troops left. The Kremlin said the country would respond."}
	for _, mm := range m.Match(a, text.Split(a), time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)) {
		fmt.Println(mm.Span.Of(a.Text), mm.Code, mm.Kind)
	}
	// Output:
	// Russian troops RUSMIL agent
	// The Kremlin RUSGOV metonym
	// the country RUS coref
}

// Load reads user dictionaries: here a TABARI-style actor with dated codes.
func ExampleLoad() {
	dict := "JOHN_DOE_\n\t[USAGOV 20090120-20170120]\n\t[USAELI]\n"
	m, err := actor.Load(actor.Options{}, actor.File{Name: "my.actors", Format: actor.FormatActors, Data: []byte(dict)})
	if err != nil {
		fmt.Println(err)
		return
	}
	a := &entente.Article{Text: "John Doe spoke."}
	for _, year := range []int{2010, 2020} {
		ms := m.Match(a, text.Split(a), time.Date(year, 6, 1, 0, 0, 0, 0, time.UTC))
		fmt.Println(year, ms[0].Code, ms[0].Entries[0])
	}
	// Output:
	// 2010 USAGOV my.actors:1
	// 2020 USAELI my.actors:1
}
