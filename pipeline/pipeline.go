// Package pipeline runs entente's stages over a stream of articles in
// parallel and delivers the results in input order. It is the only package
// that starts goroutines; the stages themselves are plain synchronous code.
//
//	source ──► jobs ──► worker 1 ─┐
//	 (one       (bounded  worker 2 ─┼─► results ──► reorder ──► sink
//	 goroutine)  channel) worker N ─┘   (bounded)   (by sequence) (caller's goroutine)
//
// The source emits articles one at a time; each is numbered. Workers apply
// the process function; the sink receives results strictly in the order the
// articles were emitted, on the goroutine that called Run, so a sink may
// write to a database or a file without locks. Channels are bounded, so a
// slow sink slows the workers and the workers slow the source: memory stays
// flat however long the stream is.
//
// An error from process is a per-article failure: it is reported to the sink
// (Result.Err) and the run goes on. An error from the source or the sink, or
// a cancelled context, stops the run: in-flight work is abandoned, every
// goroutine exits, and Run returns the first such error.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
)

// Options configure a Run.
type Options struct {
	// Workers is the number of goroutines running process; <= 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
	// Buffer is the capacity of the job and result channels; <= 0 means
	// 4 × Workers.
	Buffer int
}

// Result is the outcome of processing one input item.
type Result[In, Out any] struct {
	// Seq is the item's position in the stream, from 0.
	Seq int
	In  In
	Out Out
	// Err is the per-item error returned by process, if any.
	Err error
}

// Run reads items from source, applies process to each on a pool of workers,
// and hands every result to sink in source order. source calls emit once per
// item and must return when emit returns an error.
func Run[In, Out any](
	ctx context.Context,
	opts Options,
	source func(ctx context.Context, emit func(In) error) error,
	process func(In) (Out, error),
	sink func(Result[In, Out]) error,
) error {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	buf := opts.Buffer
	if buf <= 0 {
		buf = 4 * workers
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		seq int
		in  In
	}
	jobs := make(chan job, buf)
	results := make(chan Result[In, Out], buf)

	var srcErr error
	srcDone := make(chan struct{})
	go func() {
		defer close(srcDone)
		defer close(jobs)
		seq := 0
		srcErr = source(ctx, func(in In) error {
			select {
			case jobs <- job{seq, in}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				out, err := safeProcess(process, j.in)
				select {
				case results <- Result[In, Out]{Seq: j.seq, In: j.in, Out: out, Err: err}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// Reorder on the caller's goroutine: hold early results until the next
	// expected sequence number arrives. At most buf+workers results wait.
	pending := make(map[int]Result[In, Out])
	next := 0
	var sinkErr error
	for r := range results {
		if sinkErr != nil {
			continue // drain so that workers can exit
		}
		pending[r.Seq] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err := sink(p); err != nil {
				sinkErr = err
				cancel()
				break
			}
		}
	}
	<-srcDone
	if sinkErr != nil {
		return sinkErr
	}
	if srcErr != nil && !errors.Is(srcErr, context.Canceled) {
		return srcErr
	}
	return ctx.Err()
}

// safeProcess turns a panic in a stage into a per-item error, so that one
// pathological article cannot bring down a whole run.
func safeProcess[In, Out any](process func(In) (Out, error), in In) (out Out, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{Value: r}
		}
	}()
	return process(in)
}

// PanicError reports that a stage panicked on an item. The run records it as
// that item's error and goes on.
type PanicError struct{ Value any }

func (e *PanicError) Error() string { return "stage panicked: " + fmt.Sprint(e.Value) }
