package parse

import (
	"maps"
	"testing"
)

// A toy text where two sets of words occur in the same contexts: the
// exchange algorithm should put each set into one class of its own.
func TestClusterWords(t *testing.T) {
	nouns := []string{"cat", "dog", "bird", "fish"}
	verbs := []string{"runs", "sleeps", "eats", "sings"}
	var sents [][]uint64
	for i := range 40 {
		n, v := nouns[i%4], verbs[(i/4)%4]
		sents = append(sents, []uint64{hashString("the", true), hashString(n, true), hashString(v, true), hashString(".", true)})
	}
	a := clusterWords(sents, 4, 2, 20)
	if b := clusterWords(sents, 4, 2, 20); !maps.Equal(a, b) {
		t.Fatal("two runs on the same text gave different classes")
	}
	class := func(w string) int32 {
		c, ok := a[hashString(w, true)]
		if !ok {
			t.Fatalf("%q has no class", w)
		}
		return c
	}
	for _, set := range [][]string{nouns, verbs} {
		for _, w := range set[1:] {
			if class(w) != class(set[0]) {
				t.Errorf("%q in class %d, %q in %d", w, class(w), set[0], class(set[0]))
			}
		}
	}
	if class(nouns[0]) == class(verbs[0]) {
		t.Errorf("nouns and verbs share class %d", class(nouns[0]))
	}
}
