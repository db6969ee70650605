package wordhash

import "testing"

// TestBit checks that bits stay in range and that the filter tells common
// words apart: of a few hundred distinct words, few share a bit in a filter
// of 2^12 bits.
func TestBit(t *testing.T) {
	words := map[string]bool{}
	for _, a := range []string{"", "a", "ab", "yesterday", "tomorrow", "said", "told", "attacked", "police", "Moscow"} {
		words[a] = true
	}
	for i := 0; i < 300; i++ {
		words[string(rune('a'+i%26))+string(rune('a'+i/26%26))+"word"+string(rune('a'+i%7))] = true
	}
	seen := map[uint64]int{}
	for w := range words {
		for _, log := range []uint{1, 12, 17, 63} {
			if b := Bit(w, log); b >= 1<<log {
				t.Fatalf("Bit(%q, %d) = %d, out of range", w, log, b)
			}
		}
		seen[Bit(w, 12)]++
		if Bit(w, 12) != Bit(w, 12) {
			t.Fatalf("Bit(%q) is not deterministic", w)
		}
	}
	if shared := len(words) - len(seen); shared > len(words)/10 {
		t.Errorf("%d of %d words share a bit of 4096", shared, len(words))
	}
}
