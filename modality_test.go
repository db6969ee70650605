package entente

import "testing"

func TestEventFactual(t *testing.T) {
	for _, c := range []struct {
		m    Modality
		code string
		want bool
	}{
		{"", "190", true}, {Asserted, "190", true}, {Alleged, "112", true},
		{Intended, "036", true}, {Intended, "1312", true}, {Intended, "120", false}, {Intended, "190", false},
		{Hypothetical, "190", false}, {Question, "042", false}, {Negated, "190", false},
	} {
		e := Event{Modality: c.m, Code: c.code}
		if got := e.Factual(); got != c.want {
			t.Errorf("%s %s: Factual() = %v, want %v", c.m, c.code, got, c.want)
		}
	}
}
