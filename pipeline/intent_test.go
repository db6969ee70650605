package pipeline

import (
	"slices"
	"testing"
)

// TestOneSidedIntents: an intent to meet told of one party is that party's
// alone; parties joined as subjects, or met "with", intend it both.
func TestOneSidedIntents(t *testing.T) {
	chain, err := DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Kenya's president hopes to meet Uganda's president next month.", []string{"KENGOV 036 UGAGOV"}},
		// (the dictionaries code "meet" both ways: the reverse is dropped)
		{"The Kenyan president will meet his Ugandan counterpart next week.", []string{"KENGOV 036 UGAGOV"}},
		{"Kenya and Uganda plan to hold talks next week.", []string{"KEN 036 UGA", "UGA 036 KEN"}},
		{"Kenya agreed with Uganda to hold talks next week.", []string{"KEN 036 UGA", "UGA 036 KEN"}},
	} {
		_, events := codeText(t, chain, c.text)
		var got []string
		for _, e := range events {
			if e.Root == "03" {
				got = append(got, e.Source+" "+e.Code+" "+e.Target)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}
