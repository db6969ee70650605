package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"entente"
	"entente/analysis"
	"entente/export"
	"entente/sqlite"
)

// eventFilterFlags are the event filters shared by events and export.
type eventFilterFlags struct {
	actor, source, target, dyad, code, root, from, to, modality, place, text, dictVersion, article string
	quad, limit, offset                                                                            int
}

func (f *eventFilterFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.actor, "actor", "", "actor code prefix, as source or target (PAK matches PAKGOV)")
	fl.StringVar(&f.source, "source", "", "source actor code prefix")
	fl.StringVar(&f.target, "target", "", "target actor code prefix")
	fl.StringVar(&f.dyad, "dyad", "", "two actor code prefixes A,B: events between them in either direction")
	fl.StringVar(&f.code, "code", "", "CAMEO event code prefix (04, 042)")
	fl.StringVar(&f.root, "root", "", "CAMEO root code (two digits)")
	fl.IntVar(&f.quad, "quad", 0, "QuadClass 1-4")
	fl.StringVar(&f.from, "from", "", "first event date: YYYY-MM-DD, or YYYY-MM or YYYY for its first day")
	fl.StringVar(&f.to, "to", "", "last event date: YYYY-MM-DD, or YYYY-MM or YYYY for its last day (an event dated only to a month or year counts at its first day)")
	fl.StringVar(&f.modality, "modality", "", "asserted, alleged, intended, hypothetical, question or negated")
	fl.StringVar(&f.place, "place", "", "place name or ISO country code")
	fl.StringVar(&f.text, "text", "", "full-text query over article titles and texts (SQLite FTS5 syntax)")
	fl.StringVar(&f.article, "article", "", "only events reported in the stored article with this ID")
	fl.StringVar(&f.dictVersion, "dict-version", "", "only events coded by this dictionary version")
	fl.IntVar(&f.limit, "limit", 0, "at most this many events (0: all)")
	fl.IntVar(&f.offset, "offset", 0, "skip this many events")
}

func (f *eventFilterFlags) filter() (entente.EventFilter, error) {
	// actor codes are upper case ("pak" is PAK)
	up := func(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }
	ef := entente.EventFilter{Actor: up(f.actor), Source: up(f.source), Target: up(f.target), Code: f.code, Root: f.root,
		QuadClass: f.quad, Modality: entente.Modality(f.modality), Place: f.place, Text: f.text,
		DictVersion: f.dictVersion, Article: f.article, Limit: f.limit, Offset: f.offset}
	if f.dyad != "" {
		parts := strings.Split(f.dyad, ",")
		if len(parts) != 2 || up(parts[0]) == "" || up(parts[1]) == "" {
			return ef, fmt.Errorf("--dyad %q: want two actor codes A,B", f.dyad)
		}
		ef.Dyad = [2]string{up(parts[0]), up(parts[1])}
	}
	if f.code != "" && !allDigits(f.code) {
		return ef, fmt.Errorf("--code %q: want CAMEO digits (04, 042)", f.code)
	}
	if f.root != "" && (len(f.root) != 2 || !allDigits(f.root) || f.root < "01" || f.root > "20") {
		return ef, fmt.Errorf("--root %q: want a CAMEO root, 01 to 20", f.root)
	}
	if f.limit < 0 || f.offset < 0 {
		return ef, fmt.Errorf("--limit %d, --offset %d: want 0 or more", f.limit, f.offset)
	}
	if f.quad < 0 || f.quad > 4 {
		return ef, fmt.Errorf("--quad %d: want 1 to 4", f.quad)
	}
	switch ef.Modality {
	case "", entente.Asserted, entente.Alleged, entente.Intended, entente.Hypothetical, entente.Question, entente.Negated:
	default:
		return ef, fmt.Errorf("--modality %q: want asserted, alleged, intended, hypothetical, question or negated", f.modality)
	}
	var err error
	if ef.From, _, err = eventsDate("--from", f.from); err != nil {
		return ef, err
	}
	if _, ef.To, err = eventsDate("--to", f.to); err != nil {
		return ef, err
	}
	return ef, nil
}

// eventsDate reads a date flag of YYYY-MM-DD, YYYY-MM or YYYY and returns
// the first and the last day it names ("2025-06": June 1 and June 30);
// zero times when it is empty.
func eventsDate(flag, s string) (first, last time.Time, err error) {
	if s == "" {
		return first, last, nil
	}
	first, next, err := analysis.ParseLooseDate(s)
	if err != nil {
		return first, last, fmt.Errorf("%s: %w", flag, err)
	}
	return first, analysis.InclusiveEnd(next), nil
}

// allDigits reports whether s is made of ASCII digits only.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// openEventStore opens the store at path, refusing to create one when it
// is only to be read.
func openEventStore(ctx context.Context, path string, readOnly bool) (*sqlite.DB, error) {
	if path == "" {
		return nil, fmt.Errorf("--db is required")
	}
	if readOnly {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("store %s: %w", path, err)
		}
	}
	return sqlite.Open(ctx, path, sqlite.Options{ReadOnly: readOnly})
}

func newEventsCmd() *cobra.Command {
	var db, format string
	var actors bool
	var ff eventFilterFlags
	cmd := &cobra.Command{
		Use:   "events --db FILE [filters]",
		Short: "List stored events by actor, dyad, code, date, modality, place or text",
		Example: `  entente events --db events.db --dyad PAK,AFG --from 2024-01-01 --format csv
  entente events --db events.db --text 'ceasefire AND talks' --quad 4
  entente events --db events.db --actors`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			st, err := openEventStore(ctx, db, true)
			if err != nil {
				return err
			}
			defer st.Close()
			out := cmd.OutOrStdout()
			if actors {
				return printActors(ctx, st, out)
			}
			f, err := ff.filter()
			if err != nil {
				return err
			}
			return printEvents(ctx, st, f, format, out)
		},
	}
	cmd.Flags().StringVar(&db, "db", "", "the event store (SQLite file)")
	cmd.Flags().StringVar(&format, "format", "table", "table, csv or jsonl")
	cmd.Flags().BoolVar(&actors, "actors", false, "list the actor codes with their event counts instead")
	ff.register(cmd)
	return cmd
}

func printActors(ctx context.Context, st entente.Store, out io.Writer) error {
	as, err := st.Actors(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ACTOR\tAS SOURCE\tAS TARGET")
	for _, a := range as {
		fmt.Fprintf(tw, "%s\t%d\t%d\n", a.Code, a.AsSource, a.AsTarget)
	}
	return tw.Flush()
}

func printEvents(ctx context.Context, st entente.Store, f entente.EventFilter, format string, out io.Writer) error {
	switch format {
	case "table":
		tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tDATE\tSOURCE\tTARGET\tCODE\tQUAD\tGOLDSTEIN\tMODALITY\tMENTIONS\tARTICLES\tSOURCES\tPLACE\tARTICLE")
		n := 0
		err := st.Events(ctx, f, func(e *entente.StoredEvent) error {
			n++
			r, err := export.NewRow(e)
			if err != nil {
				return err
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%d\t%d\t%d\t%s\t%s\n", e.StoreID, r.DateISO, e.Source,
				orDash(e.Target), e.Code, e.QuadClass, fmt.Sprint(e.Goldstein), e.Modality, e.NumMentions, e.NumArticles,
				e.NumSources, orDash(r.PlaceName), e.ArticleID)
			return nil
		})
		if err != nil {
			return err
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintf(out, "%d events\n", n)
		return nil
	case "csv":
		w := csv.NewWriter(out)
		var header []string
		for _, c := range export.Columns() {
			header = append(header, c.Name)
		}
		w.Write(header)
		err := st.Events(ctx, f, func(e *entente.StoredEvent) error {
			r, err := export.NewRow(e)
			if err != nil {
				return err
			}
			return w.Write(r.Fields())
		})
		if err != nil {
			return err
		}
		w.Flush()
		return w.Error()
	case "jsonl":
		enc := json.NewEncoder(out)
		return st.Events(ctx, f, func(e *entente.StoredEvent) error {
			r, err := export.NewRow(e)
			if err != nil {
				return err
			}
			return enc.Encode(&r)
		})
	}
	return fmt.Errorf("--format %q: want table, csv or jsonl", format)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
