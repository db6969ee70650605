package entente

import "testing"

func TestModalityFactual(t *testing.T) {
	for m, want := range map[Modality]bool{"": true, Asserted: true, Alleged: true, Intended: true,
		Hypothetical: false, Question: false, Negated: false} {
		if got := m.Factual(); got != want {
			t.Errorf("%q.Factual() = %v, want %v", m, got, want)
		}
	}
}
