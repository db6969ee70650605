package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"sort"

	"github.com/spf13/cobra"

	"entente"
	"entente/analysis"
	"entente/examples"
	"entente/ingest"
	"entente/pipeline"
	"entente/sqlite"
)

// newDemoCmd returns "entente demo", the main job on built-in defaults: code
// the bundled sample articles, store them, and print what they say about
// relations.
func newDemoCmd() *cobra.Command {
	var (
		dbPath string
		limit  int
	)
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Code the bundled sample articles, store them and print the events and the network they imply",
		Long: `demo runs entente's main job on its built-in defaults: it reads the sample
articles the project wrote (examples/, embedded in the binary), codes them with
the default dictionaries and parser, stores articles, events and relations in
an SQLite file (--db), and prints the coded events, the signed network of who
stands with whom, and its structural balance. Running it again adds nothing:
ingest is idempotent.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			out := cmd.OutOrStdout()
			chain, err := pipeline.DefaultChain()
			if err != nil {
				return err
			}
			db, err := sqlite.Open(ctx, dbPath, sqlite.Options{})
			if err != nil {
				return err
			}
			st, err := ingestInto(ctx, db, chain, readEmbeddedExamples, ingestOptions{Stderr: cmd.ErrOrStderr()})
			if err != nil {
				db.Close()
				return err
			}
			fmt.Fprintf(out, "== ingest into %s\n%s\n\n", dbPath, st)
			fmt.Fprintf(out, "== events (the first %d stored; all with: entente events --db %s)\n", limit, dbPath)
			if err := printEvents(ctx, db, entente.EventFilter{Limit: limit}, "table", out); err != nil {
				db.Close()
				return err
			}
			if err := db.Close(); err != nil {
				return err
			}
			return printDemoNetwork(ctx, out, dbPath)
		},
	}
	cmd.Flags().StringVar(&dbPath, "db", "entente-demo.db", "the event database to create or update")
	cmd.Flags().IntVar(&limit, "limit", 40, "events to list")
	return cmd
}

// readEmbeddedExamples emits the sample articles embedded in the binary.
func readEmbeddedExamples(ctx context.Context, emit func(*entente.Article) error) (ingest.Stats, error) {
	var total ingest.Stats
	names, err := fs.Glob(examples.FS, "*.*")
	if err != nil {
		return total, err
	}
	sort.Strings(names)
	for _, name := range names {
		f, err := examples.FS.Open(name)
		if err != nil {
			return total, err
		}
		st, err := ingest.ReadFrom(ctx, "examples/"+name, f, ingest.Options{}, emit)
		f.Close()
		total.Add(st)
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

// printDemoNetwork prints the network and balance over the whole store, by
// year, with the evidence minimum suited to a handful of articles.
func printDemoNetwork(ctx context.Context, out io.Writer, dbPath string) error {
	f := networkFlags{analysisFlags: analysisFlags{db: dbPath, unit: "year", scheme: "gdelt", sourceBy: "article"}}
	d := analysis.DefaultNetworkOptions()
	f.minSources, f.bootstrap, f.lambda = 1, d.Bootstrap, d.RelationWeight
	n, err := loadNetwork(ctx, &f)
	if err != nil {
		return err
	}
	// the command that prints the same network, flags and all
	same := "--db " + dbPath + " --unit year --min-sources 1"
	fmt.Fprintln(out, "\n== network (all dates; entente network", same+")")
	if err := printNetwork(out, n); err != nil {
		return err
	}
	fmt.Fprintln(out, "\n== balance and blocs (entente balance", same+")")
	return printBalance(out, balanceResult{
		Network: n,
		Balance: analysis.AnalyzeBalance(n, analysis.BalanceOptions{ExactLimit: 20}),
		Blocs:   analysis.FindBlocs(n, analysis.BlocOptions{}),
	})
}
