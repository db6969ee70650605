package verbs

import (
	"slices"
	"testing"
)

// TestWordRefAgreesWithLookups checks the one-lookup word index (WordRef,
// Info) and its filter against the three lookups it stands for (Lookup,
// FormIDs, WordID), for every word those know in the default dictionary,
// their first halves and inflections (mostly words it does not know), and
// words of no dictionary.
func TestWordRefAgreesWithLookups(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]bool{"": true, "QWXZ": true, "PAKISTAN": true, ",": true, "1987": true, "SAÏD": true}
	add := func(w string) {
		words[w] = true
		words[w+"S"] = true
		words[w+"ED"] = true
		words[w[:len(w)/2]] = true
	}
	for w := range d.byWord {
		add(w)
	}
	for w := range d.formIDs {
		add(w)
	}
	for w := range d.wordID {
		add(w)
	}
	known := 0
	for w := range words {
		ref := d.WordRef(w)
		info := d.Info(ref)
		if ref != 0 {
			known++
		}
		if got, want := info.Verbs, d.Lookup(w); !slices.Equal(got, want) {
			t.Fatalf("%q: verbs %v, Lookup gives %v", w, got, want)
		}
		if got, want := info.IDs, d.FormIDs(w); !slices.Equal(got, want) {
			t.Fatalf("%q: IDs %v, FormIDs gives %v", w, got, want)
		}
		id, ok := d.wordID[w]
		if !ok {
			id = -1
		}
		if info.ID != id {
			t.Fatalf("%q: ID %d, want %d", w, info.ID, id)
		}
		if gotID, gotOK := d.WordID(w); gotOK != ok || ok && gotID != id {
			t.Fatalf("%q: WordID (%d, %v), want (%d, %v)", w, gotID, gotOK, id, ok)
		}
		if ref == 0 && (len(info.Verbs) > 0 || len(info.IDs) > 0 || info.ID != -1) {
			t.Fatalf("%q: reference 0 is not empty: %+v", w, info)
		}
	}
	if known < len(d.formIDs) || known == len(words) {
		t.Fatalf("%d words of %d known: the test words are not as meant", known, len(words))
	}
}
