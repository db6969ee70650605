package place

import (
	"reflect"
	"testing"

	"entente"
	"entente/internal/clause"
	"entente/internal/sharedtest"
	"entente/text"
)

// TestFindFilterAgrees checks that the filter of names (nameBits) only
// saves map lookups: Find gives the same candidates with and without it, on
// sentences of our own (names of one and several words, a possessive, a
// name with an accent) and, when the shared corpus is there, on Reuters
// newswires.
func TestFindFilterAgrees(t *testing.T) {
	g := Default()
	if g.nameBits == nil {
		t.Fatal("the default gazetteer has no filter of names")
	}
	plain := *g
	plain.nameBits = nil
	arts := []*entente.Article{
		{Text: "Talks opened in Rio de Janeiro and in New York on Monday. Officials later flew to Kandahar province."},
		{Text: "At Moscow's request the envoy stayed in Mazar-i-Sharif, then visited São Paulo and Zürich."},
		{Text: "The Hague court met as Washington and Los Angeles Lakers fans watched. Springfield officials said nothing."},
	}
	if !testing.Short() {
		arts = append(arts, sharedtest.Reuters(t, 300)...)
	}
	found := 0
	for _, a := range arts {
		for _, s := range text.Split(a) {
			got, want := g.Find(&s, a.Text), plain.Find(&s, a.Text)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%q: with the filter %+v, without %+v", s.Span.Of(a.Text), got, want)
			}
			found += len(got)
		}
	}
	if found == 0 {
		t.Fatal("no place found: the sample tests nothing")
	}
	t.Logf("%d place names found, the same with and without the filter", found)
}

// TestNameHashFolds checks that the hash of a capitalised ASCII word, taken
// as Find takes it, is the hash of the folded key the filter holds.
func TestNameHashFolds(t *testing.T) {
	for _, w := range []string{"Moscow", "KABUL", "Rio", "McAllen", "X"} {
		h, ok := asciiFoldHash(w)
		key := clause.Fold(w)
		if !ok || h != nameHash(fnvOffset, key) {
			t.Errorf("%q: hash %x (ok %v), of its key %q %x", w, h, ok, key, nameHash(fnvOffset, key))
		}
	}
	if _, ok := asciiFoldHash("Zürich"); ok {
		t.Error("a word outside ASCII hashed as if it were folded")
	}
}
