package pipeline

import (
	"testing"
	"time"

	"entente"
)

// TestNoActOnOwnState checks that where a sentence's sources and targets
// are of two states, the chain codes no act of an actor on its own state:
// "the two countries" resolves to Azerbaijan and Armenia, and the clash is
// between the two sides, not between Armenian troops and Armenia.
func TestNoActOnOwnState(t *testing.T) {
	chain, err := DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	a := &entente.Article{ID: "own-state", Published: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC),
		Text: "Azerbaijani and Armenian troops clashed along the border between the two countries on Tuesday."}
	coded, err := chain.Process(a)
	if err != nil {
		t.Fatal(err)
	}
	cross := 0
	for _, e := range coded.Events {
		if len(e.Source) < 3 || len(e.Target) < 3 {
			continue
		}
		if e.Source[:3] == e.Target[:3] {
			t.Errorf("act on its own state: %s %s %s", e.Source, e.Code, e.Target)
		} else {
			cross++
		}
	}
	if cross == 0 {
		t.Errorf("no clash between the two states: %+v", coded.Events)
	}
}
