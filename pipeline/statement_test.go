package pipeline

import (
	"testing"
	"time"

	"entente"
)

// TestStatementParticiples checks, through the whole chain, that a text's
// participle is its issuer's act only under a verb of issuing: a
// statement issued deploring an attack is the issuer's criticism (111),
// while a resolution vetoed, or a statement rejected, says nothing of the
// subject's.
func TestStatementParticiples(t *testing.T) {
	checkCoded(t, []codedCase{
		{"France issued a statement deploring Russia's attack.", "FRA 111 RUS", nil},
		{"Russia vetoed a resolution condemning Syria.", "RUS 172 SYR", []string{"RUS 11 SYR"}},
		{"Bolivia rejected a statement deploring Chile's border policy.", "", []string{"BOL 11 CHL"}},
	})
}

// TestReceivedWelcoming checks, through the whole chain (the guest is "him"
// by coreference), that a host "welcoming him" hosts the guest: the
// participle is not the noun of "received a warm welcome from", whose
// giver would be the guest.
func TestReceivedWelcoming(t *testing.T) {
	chain, err := DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	a := &entente.Article{ID: "welcoming", Published: time.Date(2024, 4, 22, 0, 0, 0, 0, time.UTC),
		Text: "Iraq's prime minister received Turkey's president in Baghdad on Monday, welcoming him with an official ceremony."}
	coded, err := chain.Process(a)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range coded.Events {
		got = append(got, e.Source+" "+e.Code+" "+e.Target)
	}
	want := map[string]bool{"IRQGOV 043 TURGOV": true, "TURGOV 042 IRQGOV": true}
	if len(got) != len(want) {
		t.Fatalf("events %v, want the host's 043 and the guest's 042", got)
	}
	for _, g := range got {
		if !want[g] {
			t.Errorf("event %s, want the host's 043 and the guest's 042 (got %v)", g, got)
		}
	}
}
