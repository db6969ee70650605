package pipeline

import (
	"testing"
	"time"

	"entente"
)

// TestPlaceTarget: an act of force told without a target, on a place the
// text names in another country, takes that country as its target, with
// the place's span and an evidence entry, as does one of a state's forces
// in their own country (against its people, unnamed); an event of another
// kind and an attack with a target named keep what the coder gave them.
func TestPlaceTarget(t *testing.T) {
	chain, err := DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, source, code, target, span string
		fromPlace                        bool
	}{
		{"Russian missiles hit Kremenchuk on Sunday.", "RUS", "", "UKR", "Kremenchuk", true},
		{"Russia struck Izmail's port with drones on Wednesday.", "RUS", "", "UKR", "Izmail", true},
		{"Kenyan police fired tear gas in Eldoret on Monday.", "KENCOP", "", "KEN", "Eldoret", true},
		// the coder's own reading stands: no target from the place
		{"Russian troops shelled Belgorod on Monday.", "RUSMIL", "", "RUS", "", false},
		{"The Russian foreign minister visited Kremenchuk on Monday.", "RUSGOV", "042", "", "", false},
		{"Russian missiles hit Ukrainian troops near Kremenchuk on Sunday.", "RUS", "", "UKRMIL", "Ukrainian troops", false},
	} {
		a, events := codeText(t, chain, c.text)
		found := false
		for _, e := range events {
			if c.source != "" && e.Source != c.source || c.code != "" && e.Code != c.code {
				continue
			}
			found = true
			if e.Target != c.target {
				t.Errorf("%q: %s %s target %q, want %q", c.text, e.Source, e.Code, e.Target, c.target)
				continue
			}
			if c.span != "" && e.TargetSpan.Of(a.Text) != c.span {
				t.Errorf("%q: target span covers %q, want %q", c.text, e.TargetSpan.Of(a.Text), c.span)
			}
			fromPlace := len(e.Matched) > 0 && e.Matched[len(e.Matched)-1].File == "entente:place-target"
			if fromPlace != c.fromPlace {
				t.Errorf("%q: evidence of a target from the place: %v", c.text, fromPlace)
			}
		}
		if !found {
			t.Errorf("%q: no event from %q %q: %+v", c.text, c.source, c.code, events)
		}
	}
}

// codeText runs chain on one article of text published on 1 May 2024 and
// returns the article and its events.
func codeText(t *testing.T, chain *Chain, text string) (*entente.Article, []entente.Event) {
	t.Helper()
	a := &entente.Article{ID: "t", Text: text, Published: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)}
	out, err := chain.Process(a)
	if err != nil {
		t.Fatal(err)
	}
	return a, out.Events
}

// TestPastHomograph: "found" read as the past of "find" is not the verb
// "found" (establish, 060), which "founded" still is.
func TestPastHomograph(t *testing.T) {
	chain, err := DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Kenyan police found two bodies near the border with Somalia.", false},
		{"Kenyan exiles founded a new party in Uganda.", true},
	} {
		_, events := codeText(t, chain, c.text)
		got := false
		for _, e := range events {
			got = got || e.Code == "060"
		}
		if got != c.want {
			t.Errorf("%q: an event 060 is %v, want %v: %+v", c.text, got, c.want, events)
		}
	}
}
