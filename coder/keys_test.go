package coder

import (
	"slices"
	"strings"
	"testing"

	"entente/coder/verbs"
)

// TestPatternKeysAreNeeds checks that every word a pattern's key holds is
// one the pattern needs alone (a need set of that one word), for every
// pattern of the default dictionary: a clause without it fails possible
// too, so testing the key first rules out no pattern that could match.
func TestPatternKeysAreNeeds(t *testing.T) {
	d, err := verbs.Default()
	if err != nil {
		t.Fatal(err)
	}
	keyed := 0
	for _, b := range d.Blocks {
		keys := patternKeys(b.Patterns)
		if len(keys) != len(b.Patterns) {
			t.Fatalf("block %s: %d keys for %d patterns", b.Name, len(keys), len(b.Patterns))
		}
		for i, p := range b.Patterns {
			for _, id := range keys[i] {
				if id < 0 {
					continue
				}
				keyed++
				if !slices.ContainsFunc(p.Needs, func(set []int32) bool { return len(set) == 1 && set[0] == id }) {
					t.Fatalf("%s: key word %d is not needed alone (needs %v)", p.Ref, id, p.Needs)
				}
			}
		}
	}
	if keyed == 0 {
		t.Fatal("no pattern of the default dictionary has a key")
	}
}

// TestIsLightVerb checks isLightVerb against looking the lower-cased word
// up, for the light verbs, other words and words beyond ASCII.
func TestIsLightVerb(t *testing.T) {
	words := []string{"", "TAKE", "TAKES", "MAKE", "HOLD", "KEEP", "DO", "D", "GIVEN", "ANNOUNCE", "TA\u212aE", "ÉTÉ",
		"NEGOTIATIONSANDMORELETTERS"}
	for w := range lightVerb {
		words = append(words, strings.ToUpper(w), w)
	}
	hits := 0
	for _, w := range words {
		want := lightVerb[strings.ToLower(w)]
		if got := isLightVerb(w); got != want {
			t.Errorf("%q: isLightVerb %v, want %v", w, got, want)
		}
		if want {
			hits++
		}
	}
	if hits < len(lightVerb) {
		t.Fatalf("%d light verbs found of %d", hits, len(lightVerb))
	}
}

// TestOwnState checks which pairs of actor codes are an actor and its own
// state.
func TestOwnState(t *testing.T) {
	for _, tc := range []struct {
		x, y string
		want bool
	}{
		{"ARM", "ARMMIL", true}, {"ARMMIL", "ARM", true}, {"ARM", "AZEMIL", false}, {"SYRREB", "SYRMIL", false},
		{"ARM", "ARM", false}, {"", "ARMMIL", false},
	} {
		if got := ownState(tc.x, tc.y); got != tc.want {
			t.Errorf("ownState(%q, %q) = %v, want %v", tc.x, tc.y, got, tc.want)
		}
	}
}
