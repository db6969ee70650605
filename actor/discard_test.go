package actor

import (
	"testing"

	"entente"
	"entente/text"
)

func TestDiscardChronology(t *testing.T) {
	for _, tc := range []struct {
		entry string
		want  bool
	}{
		{"1979", true},
		{"2003  # a year", true},
		{"YEARS AGO", true},
		{"MONTHS LATER", true},
		{"FIFTY YEARS AGO   # sms 17 Dec 2007", true},
		{"CHAMPIONS", false},
		{"+Manchester United   # pas", false},
		{"16 KILOMETRE RUN", false},
		{"123", false},
	} {
		if got := (DiscardHit{Entry: entente.EntryRef{Text: tc.entry}}).Chronology(); got != tc.want {
			t.Errorf("Chronology(%q) = %v, want %v", tc.entry, got, tc.want)
		}
	}
}

// TestUndiscarded checks, on the default dictionaries, that an off-topic
// sentence is dropped while a dated one is kept unless chronology discards
// are asked for, and that a story discard drops the whole article.
func TestUndiscarded(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	a := &entente.Article{Text: "The bronze medal went to a Kenyan runner. In 1998 Indian troops crossed the border."}
	sents := text.Split(a)
	if len(sents) != 2 {
		t.Fatalf("split into %d sentences, want 2", len(sents))
	}
	got := m.Undiscarded(a, sents, true)
	if len(got) != 1 || got[0].Index != 1 {
		t.Fatalf("keeping chronology: kept %v, want only sentence 1", indexes(got))
	}
	if got := m.Undiscarded(a, sents, false); len(got) != 0 {
		t.Fatalf("discarding chronology too: kept %v, want none", indexes(got))
	}
	story := &entente.Article{Text: "Manchester United signed a striker. Russian troops crossed the border."}
	if got := m.Undiscarded(story, text.Split(story), true); len(got) != 0 {
		t.Fatalf("story discard: kept %v, want none", indexes(got))
	}
}

func indexes(ss []entente.Sentence) []int {
	var out []int
	for _, s := range ss {
		out = append(out, s.Index)
	}
	return out
}

// TestUndiscardedTopic checks that a sentence discard phrase told as the
// reason or the matter of the sentence's act rules it out only when
// discards are applied as TABARI applies them, and that one told as the
// actor or the act still rules it out.
func TestUndiscardedTopic(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		kept bool // with keepChronology
	}{
		{"Kyrgyzstan banned poultry imports from Kazakhstan over fears of bird flu.", true},
		{"Peru banned Bolivian chicken because of a bird flu outbreak.", true},
		{"Chile halted beef shipments from Brazil after an outbreak of bird flu.", true},
		{"The two ministers held talks on pollution in the lake.", true},
		{"Uruguay's president discussed trade and river pollution with Brazil's president.", true},
		{"Taiwan shipped rice to Manila as typhoon relief.", true},
		{"Japan pledged aid for typhoon victims in the Philippines.", true},
		{"Bird flu spread to three more provinces.", false},
		{"A typhoon struck the Philippines.", false},
		// sports and entertainment stay off the subject
		{"Japan hosted South Korea on Sunday for the Asian Cup qualifier.", false},
		{"India criticised Pakistan after the Asian Cup final.", false},
		{"Officials said the pollution worsened.", false},
	} {
		a := &entente.Article{Text: tc.text}
		sents := text.Split(a)
		hits := m.Discards(a, sents)
		if len(hits) == 0 {
			t.Fatalf("%q: no discard phrase found; the test needs one", tc.text)
		}
		if got := len(m.Undiscarded(a, sents, true)) == 1; got != tc.kept {
			t.Errorf("%q: kept %v, want %v (hits %+v)", tc.text, got, tc.kept, hits)
		}
		if got := m.Undiscarded(a, sents, false); len(got) != 0 {
			t.Errorf("%q: kept by TABARI's rule, want dropped", tc.text)
		}
	}
}

// TestModernSportsDiscards checks entente's own discards: a match report
// under a competition's current name is dropped, the next sentence kept.
func TestModernSportsDiscards(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	a := &entente.Article{Text: "Senegal beat Cameroon two goals to one in the Africa Cup of Nations. Senegal accused Cameroon of backing rebels."}
	sents := text.Split(a)
	if got := m.Undiscarded(a, sents, true); len(got) != 1 || got[0].Index != 1 {
		t.Fatalf("kept %v, want only sentence 1", indexes(got))
	}
}
