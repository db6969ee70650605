package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"entente"
	"entente/analysis"
)

// networkFlags are the flags of the commands that build a network.
type networkFlags struct {
	analysisFlags
	minSources int
	bootstrap  int
	lambda     float64
	// months and halfLife shape the network at a date (--at); zero means
	// the analysis defaults.
	months   int
	halfLife float64
}

func (f *networkFlags) register(cmd *cobra.Command) {
	f.analysisFlags.register(cmd, true)
	d := analysis.DefaultNetworkOptions()
	cmd.Flags().IntVar(&f.minSources, "min-sources", d.MinSources, "independent sources an edge needs (lowered to the number of sources in the window)")
	cmd.Flags().IntVar(&f.bootstrap, "bootstrap", d.Bootstrap, "bootstrap replicates for edge confidence (0: none)")
	cmd.Flags().Float64Var(&f.lambda, "relation-weight", d.RelationWeight, "weight of a standing-relation vote against an event vote")
	cmd.Flags().IntVar(&f.months, "window", analysis.DefaultTrailingMonths, "with --at: months of events up to the date's period")
	cmd.Flags().Float64Var(&f.halfLife, "half-life", analysis.DefaultHalfLife, "with --at: months in which an event's weight halves (negative: no decay)")
}

// atDate returns the date --at asks for, zero when it is not given.
func (f *networkFlags) atDate() (time.Time, error) {
	if f.at == "" {
		return time.Time{}, nil
	}
	t, _, err := analysis.ParseLooseDate(f.at)
	if err != nil {
		return t, fmt.Errorf("--at: %w", err)
	}
	return t, nil
}

// loadNetwork reads the window's reports and relations and builds the
// network: at a date (--at) with analysis.BuildNetworkAt, over the trailing
// window and with the decay of its flags, plus the lasting acts still in
// force (analysis.LoadInForce); otherwise over the explicit
// window --from, --to with analysis.BuildNetwork.
func loadNetwork(ctx context.Context, f *networkFlags) (*analysis.Network, error) {
	o, err := f.options()
	if err != nil {
		return nil, err
	}
	at, err := f.atDate()
	if err != nil {
		return nil, err
	}
	var from, to time.Time
	if at.IsZero() {
		if from, to, err = f.window(o.Unit); err != nil {
			return nil, err
		}
	} else {
		from, to = analysis.TrailingWindow(at, o.Unit, f.months)
	}
	st, err := openEventStore(ctx, f.db, true)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	in, err := analysis.LoadReports(ctx, st, entente.EventFilter{From: from, To: analysis.InclusiveEnd(to)},
		entente.RelationFilter{From: from, To: analysis.InclusiveEnd(to)}, &o, f.sourceBy)
	if err != nil {
		return nil, err
	}
	no := analysis.DefaultNetworkOptions()
	no.MinSources, no.Bootstrap, no.RelationWeight = f.minSources, f.bootstrap, f.lambda
	no.TotalSources = in.Sources
	if !at.IsZero() {
		// Sanctions and other lasting acts from before the window may
		// still be in force at its end.
		lasting, err := analysis.LoadInForce(ctx, st, from)
		if err != nil {
			return nil, err
		}
		ao := analysis.AtOptions{NetworkOptions: no, Months: f.months, HalfLife: f.halfLife}
		return analysis.BuildNetworkAt(append(in.Events, lasting...), in.Relations, at, o, ao), nil
	}
	o.Undirected = true
	r := analysis.Aggregate(in.Events, in.Relations, o)
	no.From, no.To = from, to
	return analysis.BuildNetwork(r.Cells, no), nil
}

func newNetworkCmd() *cobra.Command {
	var f networkFlags
	cmd := &cobra.Command{
		Use:   "network",
		Short: "The signed network of actors at a date (--at) or over a window (--from, --to)",
		Long: `network combines the events and the standing relations of a window into
signed, weighted ties between actors (nodes roll up to countries only through
state roles). At a date (--at), the window is the --window months up to the
date's period (--unit), each period's events weighted 2^(-age/--half-life),
plus the standing relations stated for a period inside it (a historical one
holds only in its own period). --from and --to give an explicit window
instead, every event at full weight. A tie needs --min-sources independent
sources and carries a confidence from a bootstrap over sources combined with
the posterior of its index (so a single source is not certain).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			n, err := loadNetwork(ctx, &f)
			if err != nil {
				return err
			}
			if f.asJSON {
				return printJSON(cmd.OutOrStdout(), n)
			}
			return printNetwork(cmd.OutOrStdout(), n)
		},
	}
	f.register(cmd)
	return cmd
}

func printNetwork(w io.Writer, n *analysis.Network) error {
	if !n.At.IsZero() {
		fmt.Fprintf(w, "at %s, ", n.At.Format("2006-01-02"))
	}
	fmt.Fprintf(w, "%s: %d nodes, %d ties; %d dyads below the evidence minimum of %d source(s), %d neutral\n",
		windowText(n.From, n.To), len(n.Nodes), len(n.Edges), n.BelowEvidence, n.MinSources, n.Neutral)
	fmt.Fprintf(w, "formula: %s\n\n", n.Formula)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "a\tb\tweight\tevents index\tsources\tstanding\tsources\tconfidence\t90% interval")
	for _, e := range n.Edges {
		stand := "-"
		if e.StandingSources > 0 {
			stand = fmt.Sprintf("%+.2f", e.Standing)
		}
		ev := "-"
		if e.Sources > 0 {
			ev = fmt.Sprintf("%+.2f", e.EventIndex)
		}
		fmt.Fprintf(tw, "%s\t%s\t%+.2f\t%s\t%d\t%s\t%d\t%.2f\t[%+.2f, %+.2f]\n",
			e.A, e.B, e.Weight, ev, e.Sources, stand, e.StandingSources, e.Confidence, e.Low, e.High)
	}
	return tw.Flush()
}

// windowText names the window [from, to) of an analysis: "all dates" when
// it has no bounds, "window 2024-01-01 – end" when it has one.
func windowText(from, to time.Time) string {
	if from.IsZero() && to.IsZero() {
		return "all dates"
	}
	return "window " + dateOr(from, "start") + " – " + dateOr(to, "end")
}
