package pipeline

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"
	"time"
)

func count(n int) func(context.Context, func(int) error) error {
	return func(ctx context.Context, emit func(int) error) error {
		for i := range n {
			if err := emit(i); err != nil {
				return err
			}
		}
		return nil
	}
}

func TestRunKeepsOrder(t *testing.T) {
	for _, workers := range []int{1, 2, 7} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, uint64(workers)))
			delays := make([]time.Duration, 500)
			for i := range delays {
				delays[i] = time.Duration(rng.IntN(200)) * time.Microsecond
			}
			var got []int
			err := Run(context.Background(), Options{Workers: workers}, count(500),
				func(i int) (int, error) { time.Sleep(delays[i]); return i * i, nil },
				func(r Result[int, int]) error {
					if r.Out != r.In*r.In {
						t.Errorf("item %d: out %d", r.In, r.Out)
					}
					got = append(got, r.In)
					return nil
				})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 500 {
				t.Fatalf("got %d results, want 500", len(got))
			}
			for i, v := range got {
				if v != i {
					t.Fatalf("result %d is item %d: order lost", i, v)
				}
			}
		})
	}
}

func TestRunItemErrorsAndPanicsDoNotStop(t *testing.T) {
	var errs, oks int
	err := Run(context.Background(), Options{Workers: 3}, count(100),
		func(i int) (int, error) {
			switch {
			case i%10 == 3:
				return 0, fmt.Errorf("bad item %d", i)
			case i%10 == 7:
				panic("boom")
			}
			return i, nil
		},
		func(r Result[int, int]) error {
			if r.Err != nil {
				errs++
			} else {
				oks++
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if errs != 20 || oks != 80 {
		t.Fatalf("errors %d, ok %d; want 20 and 80", errs, oks)
	}
}

func TestRunSinkErrorStopsAndLeaksNothing(t *testing.T) {
	before := runtime.NumGoroutine()
	stop := errors.New("disk full")
	seen := 0
	err := Run(context.Background(), Options{Workers: 4, Buffer: 2}, count(1_000_000),
		func(i int) (int, error) { return i, nil },
		func(r Result[int, int]) error {
			seen++
			if seen == 50 {
				return stop
			}
			return nil
		})
	if !errors.Is(err, stop) {
		t.Fatalf("err = %v, want the sink's error", err)
	}
	if seen != 50 {
		t.Fatalf("sink called %d times after its error, want 50", seen)
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Fatalf("%d goroutines left running, had %d before", n, before)
	}
}

func TestRunSourceErrorAndCancel(t *testing.T) {
	bad := errors.New("truncated gzip")
	err := Run(context.Background(), Options{Workers: 2},
		func(ctx context.Context, emit func(int) error) error {
			for i := range 10 {
				if err := emit(i); err != nil {
					return err
				}
			}
			return bad
		},
		func(i int) (int, error) { return i, nil },
		func(Result[int, int]) error { return nil })
	if !errors.Is(err, bad) {
		t.Fatalf("err = %v, want the source's error", err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err = Run(ctx, Options{Workers: 2}, count(1_000_000),
		func(i int) (int, error) { return i, nil },
		func(Result[int, int]) error {
			n++
			if n == 10 {
				cancel()
			}
			return nil
		})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func BenchmarkRunOverhead(b *testing.B) {
	for b.Loop() {
		_ = Run(context.Background(), Options{}, count(10_000),
			func(i int) (int, error) { return i, nil },
			func(Result[int, int]) error { return nil })
	}
}
