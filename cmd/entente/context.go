package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"entente"
	"entente/actor"
	"entente/ingest"
	"entente/place"
	"entente/quantity"
	"entente/relation"
	"entente/text"
	"entente/when"
)

// contextFinding is one line of "entente context": a date, an amount, a
// place or a standing relation found in a sentence.
type contextFinding struct {
	Article  string            `json:"article"`
	Sentence int               `json:"sentence"`
	Kind     string            `json:"kind"` // "date", "quantity", "place" or "relation"
	Date     *entente.When     `json:"date,omitempty"`
	Quantity *entente.Quantity `json:"quantity,omitempty"`
	Place    *entente.Place    `json:"place,omitempty"`
	Relation *entente.Relation `json:"relation,omitempty"`
}

// newContextCmd returns "entente context", which lists the temporal
// expressions (resolved against the publication date), amounts, places and
// standing relations of articles, one JSON object a line.
func newContextCmd() *cobra.Command {
	var date string
	cmd := &cobra.Command{
		Use:   "context PATH...",
		Short: "List the dates, amounts, places and standing relations that articles state, as JSON lines",
		Long: `Read articles as "entente read" does and list, sentence by sentence, what the
context stages find: temporal expressions with the date each stands for
(read as for a past event), amounts of money, counts of people and weapon
systems, places where something happened, and standing relations between
the actors the default actor dictionaries recognise, each with the period it
is said to hold in. --date supplies a publication date where an input lacks one.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var opts ingest.Options
			if date != "" {
				t, err := ingest.ParseDate(date)
				if err != nil {
					return fmt.Errorf("--date: %w", err)
				}
				opts.Date = t
			}
			opts.Stdin = cmd.InOrStdin()
			stderr := cmd.ErrOrStderr()
			opts.OnError = func(e *entente.Error) { fmt.Fprintln(stderr, "entente context:", e) }
			out := bufio.NewWriterSize(cmd.OutOrStdout(), 1<<16)
			enc := json.NewEncoder(out)
			enc.SetEscapeHTML(false)
			gaz := place.Default()
			acts, err := actor.Default()
			if err != nil {
				return fmt.Errorf("actor dictionaries: %w", err)
			}
			st, err := ingest.Read(cmd.Context(), args, opts, func(a *entente.Article) error {
				sents := text.Split(a)
				storyDate := a.Published
				if storyDate.IsZero() {
					storyDate = time.Now().UTC()
				}
				mentions := acts.Match(a, sents, storyDate)
				ix := when.Resolver{}.Index(a, sents)
				loc := gaz.Article(a, sents, mentions)
				for si := range sents {
					for _, e := range ix.Exprs(si) {
						if w, ok := ix.Date(&e); ok {
							if err := enc.Encode(contextFinding{Article: a.ID, Sentence: si, Kind: "date", Date: &w}); err != nil {
								return err
							}
						}
					}
					for _, q := range quantity.Find(&sents[si], a.Text) {
						if err := enc.Encode(contextFinding{Article: a.ID, Sentence: si, Kind: "quantity", Quantity: &q}); err != nil {
							return err
						}
					}
					for _, p := range loc.Places(si) {
						if err := enc.Encode(contextFinding{Article: a.ID, Sentence: si, Kind: "place", Place: &p}); err != nil {
							return err
						}
					}
				}
				for _, r := range relation.ExtractWith(ix, a, sents, mentions) {
					if err := enc.Encode(contextFinding{Article: a.ID, Sentence: r.Sentence, Kind: "relation", Relation: &r}); err != nil {
						return err
					}
				}
				return nil
			})
			if ferr := out.Flush(); err == nil && ferr != nil {
				err = ferr
			}
			if err != nil {
				return err
			}
			if st.Articles == 0 {
				return fmt.Errorf("no article could be read")
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&date, "date", "", "publication date for articles that lack one (e.g. 2018-05-15)")
	return cmd
}
