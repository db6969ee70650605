package parse

import (
	"strings"
	"testing"
)

// TestRequireVerb: a full sentence whose past tense the tagger read as an
// adjective gets its verb back and a predicate at its root; sentences with
// a verb, and verbless ones with no word in -ed, keep their tags.
func TestRequireVerb(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, word, upos string
	}{
		{"France imposed sanctions on Mali .", "imposed", "VERB"},
		{"Sylvania imposed tariffs on Latverian steel .", "imposed", "VERB"},
		{"The best pizza in town .", "pizza", "NOUN"},
		{"The Union of Northern States imposed sanctions on Latveria in May , but the bloc lifted them in June .", "imposed", "VERB"},
		{"The ministers signed a treaty in Rome .", "signed", "VERB"},
		// a name whose last word is read as a common noun, before a
		// finite verb of another clause
		{"The European Union imposed sanctions on Friday on a Syrian shipping firm accused of breaking the UN embargo on Yemen , EU ministers said .", "imposed", "VERB"},
		// a participle in -ed read as a modifier of its object, in a
		// sentence with no finite verb
		{"Israel and Bahrain normalised relations .", "normalised", "VERB"},
		{"The Lebanese army deployed troops along the border .", "deployed", "VERB"},
		// a participle after a name (or a country read as an adjective)
		// and before its object, in a verbless sentence: the past tense
		{"Washington imposed sanctions on Ankara on December 14 .", "imposed", "VERB"},
		{"Azerbaijan expelled French diplomats on Wednesday .", "expelled", "VERB"},
		{"Sylvania struck targets in Latveria .", "struck", "VERB"},
		// a past tense spelled as its base form, read as a noun
		{"Sylvania cut gas supplies to Latveria on Sunday .", "cut", "VERB"},
		// or as a verb of a class that is not finite, hung on the noun
		{"Sylvania cut natural gas exports to Latveria on Thursday .", "cut", "VERB"},
		{"Sylvania 's military hit rebel positions around Otterburg with drones on Wednesday .", "hit", "VERB"},
		{"The budget cut for schools .", "cut", ""},
		{"Sylvania shot down Latverian drones over the capital .", "shot", "VERB"},
		{"Sylvania shot down 30 drones overnight .", "shot", "VERB"},
		{"The army shot at miners near the border .", "shot", "VERB"},
		// the same before a closing attribution
		{"Sylvania cut gas supplies to Latveria , officials said .", "cut", "VERB"},
		// a noun after an article (and an adjective) read as a verb;
		// not one in a compound
		{"Sylvania condemned the Israeli raid on the camp .", "raid", "NOUN"},
		// a present tense after two names joined by "and"
		{"Sylvania and Latveria disagree over the islands .", "disagree", "VERB"},
		{"Imposed sanctions", "Imposed", ""}, // a fragment: whatever the tagger says
		// a participle first in the sentence: no name before it (this
		// read past the padding and panicked)
		{"Armed smugglers attacked a police post in Loreto on Monday , killing three officers .", "attacked", "VERB"},
	} {
		ts := tokensOf(strings.Fields(c.text)...)
		m.Parse(ts)
		roots := 0
		for i := range ts {
			if ts[i].Head == -1 {
				roots++
			}
			if ts[i].Form == c.word && c.upos != "" && ts[i].UPOS != c.upos {
				t.Errorf("%q: %s tagged %s, want %s", c.text, c.word, ts[i].UPOS, c.upos)
			}
			if ts[i].Form == c.word && c.upos == "VERB" && ts[i].Head != -1 && ts[ts[i].Head].UPOS != "VERB" {
				t.Errorf("%q: %s hangs on %s, want it at the root or under a verb", c.text, c.word, ts[ts[i].Head].Form)
			}
		}
		if roots != 1 {
			t.Errorf("%q: %d roots", c.text, roots)
		}
	}
}

// TestIrregularPast: an irregular past tense the tagger read as a noun or
// an adjective after its subject and before its object, with a participle
// after that object, is the verb, with its lemma, in a main clause or a
// reported one.
func TestIrregularPast(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, word, upos, lemma string
	}{
		{"Sylvania froze funds held by Latverian banks .", "froze", "VERB", "freeze"},
		{"Rebels overran positions held by the army .", "overran", "VERB", "overrun"},
		{"Villagers fled homes shelled by the army .", "fled", "VERB", "flee"},
		{"Thieves stole paintings owned by the museum .", "stole", "VERB", "steal"},
		{"The minister said police stole documents held by the party .", "stole", "VERB", "steal"},
		{"The envoy held talks with officials .", "held", "VERB", "hold"},
	} {
		ts := tokensOf(strings.Fields(c.text)...)
		m.Parse(ts)
		for i := range ts {
			if ts[i].Form != c.word || c.upos == "" {
				continue
			}
			if ts[i].UPOS != c.upos || ts[i].Lemma != c.lemma {
				t.Errorf("%q: %s tagged %s with lemma %q, want %s %q", c.text, c.word, ts[i].UPOS, ts[i].Lemma, c.upos, c.lemma)
			}
			if h := ts[i].Head; h != -1 && ts[h].UPOS != "VERB" {
				t.Errorf("%q: %s hangs on %s, want it at the root or under a verb", c.text, c.word, ts[h].Form)
			}
		}
	}
}
