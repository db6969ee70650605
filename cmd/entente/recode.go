package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"entente"
	"entente/pipeline"
	"entente/sqlite"
)

// newRecodeCmd returns "entente recode", which re-codes stored articles with
// the current dictionaries and model, without re-reading the inputs.
func newRecodeCmd() *cobra.Command {
	var (
		dbPath  string
		workers int
		all     bool
	)
	cmd := &cobra.Command{
		Use:   "recode",
		Short: "Re-code stored articles with the current dictionaries and model",
		Long: `recode codes again the articles stored in the database, from their stored
text, and replaces their events, actor mentions and relations. Each event
records the dictionary version that produced it; by default only articles coded
by another version are re-coded (--all re-codes every article).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			chain, err := pipeline.DefaultChain()
			if err != nil {
				return err
			}
			if _, err := os.Stat(dbPath); err != nil {
				// re-coding needs stored articles: a new, empty store
				// would be a typo's
				return fmt.Errorf("store %s: %w", dbPath, err)
			}
			db, err := sqlite.Open(cmd.Context(), dbPath, sqlite.Options{})
			if err != nil {
				return err
			}
			defer db.Close()
			st, err := recode(cmd.Context(), db, chain, workers, all, cmd.ErrOrStderr())
			fmt.Fprintf(cmd.ErrOrStderr(), "entente recode: %d articles re-coded to %s, %d already current, %d without text (imported rows: kept as they are), %d failed\n",
				st.recoded, chain.DictVersion, st.current, st.textless, st.failed)
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&dbPath, "db", "entente.db", "the event database")
	f.IntVar(&workers, "workers", 0, "coding goroutines (default: the number of cores)")
	f.BoolVar(&all, "all", false, "re-code every article, even those coded by the current version")
	return cmd
}

// recodeStats count what recode did: articles re-coded, already coded by
// the current version, without text (imported event rows, which have
// nothing to re-code), and failed.
type recodeStats struct{ recoded, current, textless, failed int }

// recode re-codes the stored articles whose dictionary version differs from
// the chain's (all of them when all is set).
func recode(ctx context.Context, db entente.Store, chain *pipeline.Chain, workers int, all bool, stderr io.Writer) (recodeStats, error) {
	var st recodeStats
	err := pipeline.Run(ctx, pipeline.Options{Workers: workers},
		func(ctx context.Context, emit func(*entente.Article) error) error {
			return db.Articles(ctx, "", func(sa *entente.StoredArticle) error {
				if !all && sa.DictVersion == chain.DictVersion {
					st.current++
					return nil
				}
				if sa.Text == "" {
					st.textless++
					return nil
				}
				a := sa.Article
				return emit(&a)
			})
		},
		chain.Process,
		func(r pipeline.Result[*entente.Article, pipeline.Coded]) error {
			if r.Err != nil {
				st.failed++
				fmt.Fprintln(stderr, "entente recode:", r.Err)
				return nil
			}
			if err := db.ReplaceCoding(ctx, r.Out.CodedArticle); err != nil {
				return fmt.Errorf("article %s: %w", r.In.ID, err)
			}
			st.recoded++
			return nil
		})
	return st, err
}
