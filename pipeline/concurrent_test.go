package pipeline

import (
	"context"
	"testing"
)

// TestChainConcurrentSameOutput codes Reuters articles on several workers
// at once (Run), as the ingest command does, and checks that every article
// comes out as coding it alone gives: the coder reuses its working arrays
// from one sentence to the next (a pool shared by the workers), and no
// worker may see another's.
func TestChainConcurrentSameOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("codes 150 articles twice")
	}
	arts := reutersSample(t, 150)
	chain, err := DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	want := make([]string, len(arts))
	events := 0
	for i, a := range arts {
		c, err := chain.Process(a)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = jsonOf(t, c)
		events += len(c.Events)
	}
	if events == 0 {
		t.Fatal("no events in the sample")
	}
	source := func(ctx context.Context, emit func(int) error) error {
		for i := range arts {
			if err := emit(i); err != nil {
				return err
			}
		}
		return nil
	}
	err = Run(context.Background(), Options{Workers: 4}, source,
		func(i int) (Coded, error) { return chain.Process(arts[i]) },
		func(r Result[int, Coded]) error {
			if r.Err != nil {
				t.Errorf("article %s: %v", arts[r.In].ID, r.Err)
			} else if got := jsonOf(t, r.Out); got != want[r.In] {
				t.Errorf("article %s: coded on 4 workers, it differs from coding it alone", arts[r.In].ID)
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
}
