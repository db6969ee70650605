package pipeline

import (
	"testing"

	"entente/relation"
	"entente/text"
)

// TestContextSkipLosesNoRelation checks the shortcut of Chain.context on
// the Reuters sample: for every article whose mentions do not name two
// countries, extracting relations anyway (with the dates indexed) finds
// none. It also checks that the shortcut applies to some articles and that
// relations are found in others.
func TestContextSkipLosesNoRelation(t *testing.T) {
	if testing.Short() {
		t.Skip("codes 300 articles")
	}
	arts := reutersSample(t, 300)
	chain, err := DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	skipped, found := 0, 0
	for _, a := range arts {
		sents := text.Split(a)
		mentions, _ := chain.code(a, sents)
		rels := relation.ExtractWith(chain.Dates.Index(a, sents), a, sents, mentions)
		if twoCountries(mentions) {
			found += len(rels)
			continue
		}
		skipped++
		if len(rels) > 0 {
			t.Errorf("article %s: mentions of one country at most, yet %d relations: %+v", a.ID, len(rels), rels[0])
		}
	}
	if skipped == 0 || found == 0 {
		t.Fatalf("%d articles skipped, %d relations found elsewhere: the sample does not test the shortcut", skipped, found)
	}
	t.Logf("%d of %d articles without two countries' mentions: no relations; %d relations in the others", skipped, len(arts), found)
}
