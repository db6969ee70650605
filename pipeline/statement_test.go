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
	chain, err := DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text      string
		want      string // "SRC CODE TGT" that must be coded, "" for none
		forbidden string // a source and target that must not be joined by a criticism (root 11)
	}{
		{"France issued a statement deploring Russia's attack.", "FRA 111 RUS", ""},
		{"Russia vetoed a resolution condemning Syria.", "RUS 172 SYR", "RUS SYR"},
		{"Bolivia rejected a statement deploring Chile's border policy.", "", "BOL CHL"},
	} {
		a := &entente.Article{ID: "statement", Published: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), Text: tc.text}
		coded, err := chain.Process(a)
		if err != nil {
			t.Fatal(err)
		}
		found := tc.want == ""
		for _, e := range coded.Events {
			if e.Source+" "+e.Code+" "+e.Target == tc.want {
				found = true
			}
			if tc.forbidden != "" && e.Source+" "+e.Target == tc.forbidden && e.Root == "11" {
				t.Errorf("%q: criticism %s %s %s, from a text the subject did not issue", tc.text, e.Source, e.Code, e.Target)
			}
		}
		if !found {
			t.Errorf("%q: no %s among %+v", tc.text, tc.want, coded.Events)
		}
	}
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
