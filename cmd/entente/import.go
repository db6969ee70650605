package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"entente"
	"entente/gdelt"
	"entente/icews"
	"entente/sqlite"
)

// importReader is what the GDELT and ICEWS readers have in common.
type importReader interface {
	Next() (entente.CodedArticle, error)
}

func newImportCmd() *cobra.Command {
	var db, format string
	var batch int
	var bulk, merge bool
	cmd := &cobra.Command{
		Use:   "import --db FILE --format gdelt|icews FILE...",
		Short: "Import GDELT 1.0/2.0 or ICEWS event files into the event store",
		Long: `Import reads existing event data into the store so that entente's queries, exports
and analyses work on it. GDELT files have 57, 58 (GDELT 1.0) or 61 (GDELT 2.0)
tab-separated columns and no header; ICEWS files are tab-separated with a header.
Bad rows are reported with their file and line and skipped; importing a file again
adds nothing. "-" reads standard input.

Each row is kept as the event its makers made of it: GDELT and ICEWS rows are
events they have deduplicated, and counts stay theirs. --merge applies entente's
own deduplication across rows as well (see the README), so that the rows of one
event told by several sources become one event with their mentions.

--bulk is for large loads (millions of rows): the store's secondary indexes are
dropped for the import and created again at its end, and rows are written 20,000
to a transaction unless --batch says otherwise. A bulk import that is killed
leaves a valid store; the indexes are created again when the store is next opened
for writing, and running the import again completes it.`,
		Example: `  entente import --db events.db --format gdelt 20160728.export.CSV
  entente import --db events.db --format icews events.2014.tab
  entente import --db events.db --bulk 2015*.export.CSV`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			ctx := cmd.Context()
			if format != "gdelt" && format != "icews" {
				return fmt.Errorf("--format %q: want gdelt or icews", format)
			}
			if batch < 1 {
				return fmt.Errorf("--batch %d: want at least 1", batch)
			}
			st, err := openEventStore(ctx, db, false)
			if err != nil {
				return err
			}
			defer st.Close()
			var put putFunc = st.PutArticles
			if bulk {
				if !cmd.Flags().Changed("batch") {
					batch = bulkBatch
				}
				l, err := st.BulkLoad(ctx, sqlite.BulkOptions{})
				if err != nil {
					return err
				}
				// Close creates the dropped indexes again, also after an
				// error; a failure to do so is the error to report.
				defer func() {
					if cerr := l.Close(ctx); cerr != nil && err == nil {
						err = cerr
					}
				}()
				put = l.Put
			}
			var total importTotals
			for _, name := range args {
				if err := importFile(ctx, put, name, format, batch, merge, cmd.ErrOrStderr(), &total); err != nil {
					return err
				}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%d rows read, %d bad; %d articles added, %d already stored, %d rejected; %d events new, %d merged\n",
				total.rows, total.bad, total.added, total.existing, total.rejected, total.newEvents, total.events-total.newEvents)
			if total.rows == 0 {
				return fmt.Errorf("no row could be read (%d bad)", total.bad)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&db, "db", "", "the event store (SQLite file, created when absent)")
	cmd.Flags().StringVar(&format, "format", "gdelt", "gdelt or icews")
	cmd.Flags().IntVar(&batch, "batch", 1000, "rows per transaction")
	cmd.Flags().BoolVar(&bulk, "bulk", false, "bulk load: drop the secondary indexes and create them again at the end (large imports)")
	cmd.Flags().BoolVar(&merge, "merge", false, "merge rows that report one event, by entente's deduplication rule (default: each row is an event)")
	return cmd
}

// bulkBatch is the rows per transaction of a bulk import.
const bulkBatch = 20000

// putFunc stores a batch of articles: the store's PutArticles or a bulk
// load's Put.
type putFunc func(ctx context.Context, batch []entente.CodedArticle) ([]entente.PutResult, error)

type importTotals struct {
	rows, bad, added, existing, rejected, events, newEvents int
}

func importFile(ctx context.Context, put putFunc, name, format string, batch int, merge bool, stderr io.Writer, t *importTotals) error {
	var in io.Reader = os.Stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("import: %w", err)
		}
		defer f.Close()
		in = f
	}
	var r importReader
	if format == "gdelt" {
		r = gdelt.NewReader(in, name)
	} else {
		r = icews.NewReader(in, name)
	}
	var pending []entente.CodedArticle
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		res, err := put(ctx, pending)
		if err != nil {
			return fmt.Errorf("import %s: %w", name, err)
		}
		for _, x := range res {
			switch x.Status {
			case entente.PutAdded, entente.PutDuplicate:
				t.added++
			case entente.PutExisting:
				t.existing++
			case entente.PutRejected:
				t.rejected++
				fmt.Fprintln(stderr, "entente import:", x.Err)
			}
			t.events += x.Events
			t.newEvents += x.NewEvents
		}
		pending = pending[:0]
		return nil
	}
	for {
		c, err := r.Next()
		if err == io.EOF {
			break
		}
		var bad *entente.Error
		if errors.As(err, &bad) {
			t.bad++
			fmt.Fprintln(stderr, "entente import:", bad)
			continue
		}
		if err != nil {
			return fmt.Errorf("import %s: %w", name, err)
		}
		t.rows++
		c.Distinct = !merge
		pending = append(pending, c)
		if len(pending) >= batch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}
