package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"entente"
	"entente/ingest"
	"entente/pipeline"
	"entente/sqlite"
)

// newIngestCmd returns "entente ingest", which reads, codes and stores
// articles in parallel.
func newIngestCmd() *cobra.Command {
	var (
		rf       readFlags
		dbPath   string
		workers  int
		batch    int
		progress bool
	)
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read, code and store articles in the event database, in parallel",
		Long: `ingest reads articles (files, directories, feeds, JSONL corpora, gzip, - for
stdin), codes them on all cores and stores articles, actor mentions, events and
standing relations in the database (SQLite, one file).

It is idempotent: an article already stored is skipped, so running it again on
the same inputs adds nothing. It is resumable: articles are committed in
batches, each one transaction, so a run killed at any moment leaves a valid
database holding whole batches, and the next run stores the rest.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts, err := rf.options(cmd)
			if err != nil {
				return err
			}
			chain, err := pipeline.DefaultChain()
			if err != nil {
				return err
			}
			db, err := sqlite.Open(cmd.Context(), dbPath, sqlite.Options{})
			if err != nil {
				return err
			}
			defer db.Close()
			showBar := progress && !rf.quiet && isTerminal(cmd.ErrOrStderr())
			read := func(ctx context.Context, emit func(*entente.Article) error) (ingest.Stats, error) {
				return ingest.Read(ctx, args, opts, emit)
			}
			st, err := ingestInto(cmd.Context(), db, chain, read, ingestOptions{
				Workers: workers, Batch: batch, Progress: showBar, Stderr: cmd.ErrOrStderr(), Quiet: rf.quiet,
			})
			readSummary(cmd, st.Read)
			fmt.Fprintln(cmd.ErrOrStderr(), "entente ingest:", st)
			if err == nil && st.Read.Articles == 0 {
				err = fmt.Errorf("no article could be read")
			}
			return err
		},
	}
	rf.bind(cmd.Flags())
	f := cmd.Flags()
	f.StringVar(&dbPath, "db", "entente.db", "the event database (SQLite file; created when missing)")
	f.IntVar(&workers, "workers", 0, "coding goroutines (default: the number of cores)")
	f.IntVar(&batch, "batch", 64, "articles per database transaction")
	f.BoolVar(&progress, "progress", true, "show a progress bar when stderr is a terminal")
	return cmd
}

// ingestOptions tune ingestInto.
type ingestOptions struct {
	Workers  int
	Batch    int
	Progress bool
	Quiet    bool
	Stderr   io.Writer
}

// ingestStats counts what an ingest did.
type ingestStats struct {
	Read      ingest.Stats
	Articles  int // coded
	Failed    int // could not be coded
	Added     int
	Existing  int
	Duplicate int
	Rejected  int
	Sentences int
	Events    int
	NewEvents int
	Relations int
	Elapsed   time.Duration
}

func (s ingestStats) String() string {
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(s.Articles) / s.Elapsed.Seconds()
	}
	return fmt.Sprintf("%d articles coded (%d failed) in %s (%.0f articles/s), %d sentences, %d event reports (%d new events), %d relations; stored: %d added, %d near duplicates, %d already stored, %d rejected",
		s.Articles, s.Failed, s.Elapsed.Round(time.Millisecond), rate, s.Sentences, s.Events, s.NewEvents, s.Relations,
		s.Added, s.Duplicate, s.Existing, s.Rejected)
}

// articleSource emits articles and reports what the readers did.
type articleSource func(ctx context.Context, emit func(*entente.Article) error) (ingest.Stats, error)

// ingestInto reads articles from read, codes them with chain on opt.Workers
// goroutines and stores them in db in batches of opt.Batch articles, in input
// order.
func ingestInto(ctx context.Context, db entente.Store, chain *pipeline.Chain, read articleSource, opt ingestOptions) (ingestStats, error) {
	if opt.Batch <= 0 {
		opt.Batch = 64
	}
	start := time.Now()
	var st ingestStats
	var bar *progressbar.ProgressBar
	if opt.Progress {
		bar = progressbar.NewOptions64(-1,
			progressbar.OptionSetWriter(opt.Stderr),
			progressbar.OptionSetDescription("coding"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	pending := make([]entente.CodedArticle, 0, opt.Batch)
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		res, err := db.PutArticles(ctx, pending)
		if err != nil {
			return fmt.Errorf("storing %d articles: %w", len(pending), err)
		}
		for _, r := range res {
			switch r.Status {
			case entente.PutAdded:
				st.Added++
			case entente.PutExisting:
				st.Existing++
			case entente.PutDuplicate:
				st.Duplicate++
			case entente.PutRejected:
				st.Rejected++
				if !opt.Quiet {
					fmt.Fprintf(opt.Stderr, "entente ingest: article %s not stored: %v\n", r.ArticleID, r.Err)
				}
			}
			st.NewEvents += r.NewEvents
		}
		pending = pending[:0]
		return nil
	}
	err := pipeline.Run(ctx, pipeline.Options{Workers: opt.Workers},
		func(ctx context.Context, emit func(*entente.Article) error) error {
			rst, err := read(ctx, emit)
			st.Read = rst
			return err
		},
		chain.Process,
		func(r pipeline.Result[*entente.Article, pipeline.Coded]) error {
			if r.Err != nil {
				st.Failed++
				if !opt.Quiet {
					fmt.Fprintf(opt.Stderr, "entente ingest: %s: %v\n", r.In.Source, r.Err)
				}
				return nil
			}
			st.Articles++
			st.Sentences += r.Out.Sentences
			st.Events += len(r.Out.Events)
			st.Relations += len(r.Out.Relations)
			if bar != nil {
				bar.Describe(fmt.Sprintf("coding: %d sentences, %d events", st.Sentences, st.Events))
				_ = bar.Add(1)
			}
			pending = append(pending, r.Out.CodedArticle)
			if len(pending) >= opt.Batch {
				return flush()
			}
			return nil
		})
	if err == nil {
		err = flush()
	}
	if bar != nil {
		_ = bar.Finish()
	}
	st.Elapsed = time.Since(start)
	return st, err
}

// isTerminal reports whether w is a terminal, so that progress bars stay out
// of logs and pipes.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}
