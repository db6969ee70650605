package pipeline

import (
	"testing"

	"entente"
)

// TestStoppedIsAsserted: a cut coded from a verb a stop governs ("stopped
// sending coal to") is the act itself, asserted; a sending told with "not"
// stays negated.
func TestStoppedIsAsserted(t *testing.T) {
	chain, err := DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, code string
		want       entente.Modality
	}{
		{"Kazakhstan stopped sending coal to Kyrgyzstan on Wednesday.", "163", entente.Asserted},
		{"Russia stopped buying wine from Moldova on Tuesday.", "163", entente.Asserted},
		{"Kazakhstan did not send coal to Kyrgyzstan on Wednesday.", "061", entente.Negated},
		{"Kazakhstan sent coal to Kyrgyzstan on Wednesday.", "061", entente.Asserted},
	} {
		_, events := codeText(t, chain, c.text)
		found := false
		for _, e := range events {
			if e.Code != c.code {
				continue
			}
			found = true
			if e.Modality != c.want {
				t.Errorf("%q: %s %s %s is %s, want %s", c.text, e.Source, e.Code, e.Target, e.Modality, c.want)
			}
		}
		if !found {
			t.Errorf("%q: no %s event: %+v", c.text, c.code, events)
		}
	}
}
