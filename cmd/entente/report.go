package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"entente"
	"entente/analysis"
)

// analysisFlags are the flags the analysis commands (report, network,
// balance, plot) share.
type analysisFlags struct {
	db       string
	asJSON   bool
	unit     string
	scheme   string
	from, to string
	at       string
	sourceBy string
}

func (f *analysisFlags) register(cmd *cobra.Command, window bool) {
	fl := cmd.Flags()
	fl.StringVar(&f.db, "db", "entente.db", "the event store (SQLite file)")
	fl.BoolVar(&f.asJSON, "json", false, "print JSON instead of text")
	fl.StringVar(&f.unit, "unit", "month", "period: week, month, quarter or year")
	fl.StringVar(&f.scheme, "scheme", "gdelt", "event classes: gdelt, icews or plover")
	fl.StringVar(&f.from, "from", "", "first date (YYYY-MM-DD, YYYY-MM or YYYY)")
	fl.StringVar(&f.to, "to", "", "last date, inclusive (YYYY-MM-DD, YYYY-MM or YYYY)")
	fl.StringVar(&f.sourceBy, "sources", "article", "what counts as an independent source: article or publisher")
	if window {
		fl.StringVar(&f.at, "at", "", "the date of the network: the trailing --window months up to its period (--unit), recent events weighted more; overrides --from and --to")
	}
}

// options returns the analysis options the flags ask for.
func (f *analysisFlags) options() (analysis.Options, error) {
	o := analysis.DefaultOptions()
	u, err := analysis.ParseUnit(f.unit)
	if err != nil {
		return o, err
	}
	s, err := analysis.ParseScheme(f.scheme)
	if err != nil {
		return o, err
	}
	o.Unit, o.Scheme = u, s
	switch f.sourceBy {
	case "article", "":
	case "publisher":
	default:
		return o, fmt.Errorf("--sources: want article or publisher, got %q", f.sourceBy)
	}
	return o, nil
}

// window returns the window the flags select: [from, to) with zero for an
// open end.
func (f *analysisFlags) window(u analysis.Unit) (from, to time.Time, err error) {
	if f.at != "" {
		t, _, err := analysis.ParseLooseDate(f.at)
		if err != nil {
			return from, to, fmt.Errorf("--at: %w", err)
		}
		from, to = analysis.Window(t, u)
		return from, to, nil
	}
	if f.from != "" {
		if from, _, err = analysis.ParseLooseDate(f.from); err != nil {
			return from, to, fmt.Errorf("--from: %w", err)
		}
	}
	if f.to != "" {
		t, next, err := analysis.ParseLooseDate(f.to)
		if err != nil {
			return from, to, fmt.Errorf("--to: %w", err)
		}
		_ = t
		to = next // inclusive: up to the end of the day, month or year given
	}
	return from, to, nil
}

// printJSON writes v as indented JSON.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// dyadFilter selects the events between two actor codes; codes that roll up
// to a country are queried by the country prefix, so that every state role
// is read (the analysis rolls them up again).
func dyadFilter(a, b string) [2]string {
	q := func(c string) string {
		if n := analysis.RollUp(c); len(n) == 3 && analysis.IsCountry(n) {
			return n
		}
		return strings.ToUpper(c)
	}
	return [2]string{q(a), q(b)}
}

func newReportCmd() *cobra.Command {
	var (
		f        analysisFlags
		directed bool
		keys     int
		measure  string
		lambda   float64
	)
	cmd := &cobra.Command{
		Use:   "report A B",
		Short: "How the relation between two actors evolved, period by period",
		Long: `report prints the relation index of the dyad A–B for every period (--unit),
with the events per class (statements and appeals apart), Goldstein sum and
mean, the sources behind each period, the standing relations stated in the
texts, the combined index of events and standing relations, the turning points of
the combined index (--turning-on events: of the events alone) with the events
and relation assertions that drove them, and the key events with their
evidence sentences. Actor codes roll up to countries only through
state roles (PAKGOV and PAKMIL are PAK; AFGREB stays AFGREB). The formula is
printed with the results and documented in package analysis.`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			o, err := f.options()
			if err != nil {
				return err
			}
			m := analysis.Measure(measure)
			if m != analysis.MeasureCombined && m != analysis.MeasureEvents {
				return fmt.Errorf("--turning-on: want combined or events, got %q", measure)
			}
			from, to, err := f.window(o.Unit)
			if err != nil {
				return err
			}
			st, err := openEventStore(ctx, f.db, true)
			if err != nil {
				return err
			}
			defer st.Close()
			dy := dyadFilter(args[0], args[1])
			ef := entente.EventFilter{Dyad: dy, From: from, To: analysis.InclusiveEnd(to)}
			rf := entente.RelationFilter{Dyad: dy, From: from, To: analysis.InclusiveEnd(to)}
			in, err := analysis.LoadReports(ctx, st, ef, rf, &o, f.sourceBy)
			if err != nil {
				return err
			}
			totals, err := analysis.LoadTotals(ctx, st, o.Unit)
			if err != nil {
				return err
			}
			rep := analysis.BuildReport(in.Events, in.Relations, args[0], args[1],
				analysis.ReportOptions{Options: o, Directed: directed, Totals: totals, KeyEvents: keys,
					Change: analysis.ChangeOptions{Measure: m}, RelationWeight: lambda})
			if f.asJSON {
				return printJSON(cmd.OutOrStdout(), rep)
			}
			return printReport(cmd.OutOrStdout(), rep)
		},
	}
	f.register(cmd, false)
	cmd.Flags().BoolVar(&directed, "directed", false, "only events from A to B (default: both ways)")
	cmd.Flags().IntVar(&keys, "key-events", 3, "key events to print per period")
	cmd.Flags().StringVar(&measure, "turning-on", string(analysis.MeasureCombined), "index whose turning points are found: combined (events and standing relations) or events")
	cmd.Flags().Float64Var(&lambda, "relation-weight", analysis.DefaultRelationWeight, "weight of a standing-relation vote against an event vote in the combined index (negative: leave relations out)")
	return cmd
}

func printReport(w io.Writer, rep *analysis.Report) error {
	s := rep.Series
	sep := "–"
	way := "both ways"
	if s.Directed {
		sep, way = "→", "directed"
	}
	fmt.Fprintf(w, "%s%s%s (%s %s %s, %s), per %s\n", s.Dyad.A, sep, s.Dyad.B, rep.A, sep, rep.B, way, s.Unit)
	fmt.Fprintf(w, "classes: %s\n", s.SchemeLabel)
	fmt.Fprintf(w, "formula: %s\n", rep.Formula)
	fmt.Fprintf(w, "baseline index %+.2f; standing relations %+.2f from %d source(s); combined baseline %+.2f (λ = %g)\n\n",
		s.Baseline, s.Standing, s.StandingSources, s.CombinedBaseline, s.RelationWeight)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "period\tevents\tstmt\tv-coop\tm-coop\tv-conf\tm-conf\tgoldstein\tmean\tsources\tindex\tanomaly\tstanding\tcombined\tshare\t")
	for _, p := range s.Points {
		stand := "-"
		if p.StandingSources > 0 {
			stand = fmt.Sprintf("%+.2f (%d)", p.Standing, p.StandingSources)
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%.1f\t%.2f\t%d\t%+.2f\t%+.2f\t%s\t%+.2f\t%.3f\t\n",
			p.Label, p.Events, p.Classes[0], p.Classes[1], p.Classes[2], p.Classes[3], p.Classes[4],
			p.Goldstein, p.GoldsteinMean, p.Sources, p.Index, p.Anomaly, stand, p.Combined, p.Norm.Events)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w)
	if len(rep.TurningPoints) == 0 {
		fmt.Fprintln(w, "no turning points")
	}
	for _, tp := range rep.TurningPoints {
		fmt.Fprintf(w, "turning point %s: %+.2f -> %+.2f (%+.2f, %s index)\n", tp.Label, tp.Before, tp.After, tp.Delta, tp.Measure)
		for _, k := range tp.Drivers {
			printKey(w, "    ", k)
		}
		for _, r := range tp.Relations {
			printRelation(w, "    ", r)
		}
	}
	fmt.Fprintln(w, "\nkey events:")
	for _, k := range rep.KeyEvents {
		printKey(w, "  ", k)
	}
	if len(rep.Relations) > 0 {
		fmt.Fprintln(w, "\nstanding relations:")
		for _, r := range rep.Relations {
			printRelation(w, "  ", r)
		}
	}
	return nil
}

func printRelation(w io.Writer, indent string, r analysis.KeyRelation) {
	hist := ""
	if r.Historical {
		hist = ", background"
	}
	word := "friendly"
	if r.Sign < 0 {
		word = "hostile"
	}
	fmt.Fprintf(w, "%s%s %s–%s %s relation %q (weight %+.2f%s) [article %s, sentence %d]\n",
		indent, r.Period, r.A, r.B, word, r.Phrase, r.Pull, hist, r.ArticleID, r.Sentence)
}

func printKey(w io.Writer, indent string, k analysis.KeyEvent) {
	hist := ""
	if k.Historical {
		hist = ", background"
	}
	fmt.Fprintf(w, "%s%s %s -> %s %s %s (%s%s, Goldstein %+.1f) [article %s, sentence %d]\n",
		indent, k.Precision.Format(k.Date), k.Source, k.Target, k.Code, k.Class, k.Modality, hist, k.Goldstein, k.ArticleID, k.Sentence)
	if k.SentenceText != "" {
		fmt.Fprintf(w, "%s    %q\n", indent, k.SentenceText)
	}
}
