package actor

import (
	"math/rand/v2"
	"testing"

	"entente"
)

// TestAppendKeysIsKeyOf checks that the keys appendKeys builds in one
// shared string are keyOf's, token by token, for forms of every kind
// keyOf treats apart (plain, capitalised, with periods, non-ASCII,
// typographic apostrophes) and for random forms over those bytes.
func TestAppendKeysIsKeyOf(t *testing.T) {
	forms := []string{"", "the", "Pakistan", "U.S.", "US", "’s", "ÉCOLE", "Zürich", "al-Qaeda", "McDonald's",
		"PAKISTAN", "...", "3.5", "Mr.", "A", "z", "O’Neill", "1987"}
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "Z", "Q", ".", "'", "’", "é", "-", "1"}
	for range 2000 {
		n := r.IntN(6)
		f := ""
		for range n {
			f += alphabet[r.IntN(len(alphabet))]
		}
		forms = append(forms, f)
	}
	toks := make([]entente.Token, len(forms))
	for i, f := range forms {
		toks[i].Form = f
	}
	got := appendKeys([]string{"before"}, toks)
	if len(got) != len(forms)+1 || got[0] != "before" {
		t.Fatalf("appendKeys kept %d keys of %d and the head %q", len(got)-1, len(forms), got[0])
	}
	for i, f := range forms {
		if want := keyOf(f); got[i+1] != want {
			t.Errorf("%q: key %q, keyOf gives %q", f, got[i+1], want)
		}
	}
}

// TestKeyOfFoldsMarks checks that names written with the diacritics of
// Latin letters key as the dictionaries' ASCII spellings, and that other
// scripts keep their letters.
func TestKeyOfFoldsMarks(t *testing.T) {
	for form, want := range map[string]string{
		"Bogotá": "bogota", "São": "sao", "Tomé": "tome", "Zürich": "zurich", "ÉCOLE": "ecole",
		"Jamundí": "jamundi", "Łódź": "lodz", "Straße": "strasse", "Asunción": "asuncion",
		"Москва": "москва", "plain": "plain", "O’Neill": "o'neill",
	} {
		if got := keyOf(form); got != want {
			t.Errorf("keyOf(%q) = %q, want %q", form, got, want)
		}
	}
}
