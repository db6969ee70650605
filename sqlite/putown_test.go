package sqlite

import (
	"context"
	"math/rand"
	"testing"

	"entente"
)

// TestPutFileMatchesMemory checks PutArticles on a file, which writes on a
// connection of its own and keeps merge candidates between batches (see
// putOwn), against the same batches put into an in-memory store, which
// reads the candidates of each batch from its tables: the results and the
// stored rows must be the same. Midway another handle on the file writes
// (as another process would), which the file store must see; the in-memory
// store gets the same rows at the same point.
func TestPutFileMatchesMemory(t *testing.T) {
	ctx := context.Background()
	mem, err := Open(ctx, ":memory:", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	file, path := openTemp(t)
	input := bulkInput()
	foreign := importRows(rand.New(rand.NewSource(11)), 5000, 300)
	results := 0
	for i, b := range input {
		if i == 4 {
			other, err := Open(ctx, path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := other.PutArticles(ctx, foreign); err != nil {
				t.Fatal(err)
			}
			if err := other.Close(); err != nil {
				t.Fatal(err)
			}
			if _, err := mem.PutArticles(ctx, foreign); err != nil {
				t.Fatal(err)
			}
		}
		want, err := mem.PutArticles(ctx, b)
		if err != nil {
			t.Fatal(err)
		}
		got, err := file.PutArticles(ctx, b)
		if err != nil {
			t.Fatal(err)
		}
		for j := range want {
			g, w := got[j], want[j]
			if g.ArticleID != w.ArticleID || g.Status != w.Status || g.DuplicateOf != w.DuplicateOf || g.Events != w.Events || g.NewEvents != w.NewEvents {
				t.Errorf("batch %d result %d: got %+v, want %+v", i, j, g, w)
			}
			if w.Status == entente.PutAdded {
				results++
			}
		}
	}
	if results == 0 {
		t.Fatal("no article added")
	}
	sameStore(t, file, mem)
}
