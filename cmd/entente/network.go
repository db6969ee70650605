package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"

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
}

func (f *networkFlags) register(cmd *cobra.Command) {
	f.analysisFlags.register(cmd, true)
	d := analysis.DefaultNetworkOptions()
	cmd.Flags().IntVar(&f.minSources, "min-sources", d.MinSources, "independent sources an edge needs (lowered to the number of sources in the window)")
	cmd.Flags().IntVar(&f.bootstrap, "bootstrap", d.Bootstrap, "bootstrap replicates for edge confidence (0: none)")
	cmd.Flags().Float64Var(&f.lambda, "relation-weight", d.RelationWeight, "weight of a standing-relation vote against an event vote")
}

// loadNetwork reads the window's reports and relations and builds the network.
func loadNetwork(ctx context.Context, f *networkFlags) (*analysis.Network, error) {
	o, err := f.options()
	if err != nil {
		return nil, err
	}
	from, to, err := f.window(o.Unit)
	if err != nil {
		return nil, err
	}
	st, err := openStore(ctx, f.db)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	in, err := loadReports(ctx, st, entente.EventFilter{From: from, To: inclusiveEnd(to)},
		entente.RelationFilter{From: from, To: inclusiveEnd(to)}, &o, f.sourceBy)
	if err != nil {
		return nil, err
	}
	o.Undirected = true
	r := analysis.Aggregate(in.events, in.relations, o)
	no := analysis.DefaultNetworkOptions()
	no.From, no.To = from, to
	no.MinSources, no.Bootstrap, no.RelationWeight = f.minSources, f.bootstrap, f.lambda
	no.TotalSources = in.sources
	return analysis.BuildNetwork(r.Cells, no), nil
}

func newNetworkCmd() *cobra.Command {
	var f networkFlags
	cmd := &cobra.Command{
		Use:   "network",
		Short: "The signed network of actors at a date (--at) or over a window (--from, --to)",
		Long: `network combines the events and the standing relations of a window into
signed, weighted ties between actors (nodes roll up to countries only through
state roles). A tie needs --min-sources independent sources and carries a
confidence from a bootstrap over sources.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
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
	fmt.Fprintf(w, "window %s – %s: %d nodes, %d ties; %d dyads below the evidence minimum of %d source(s), %d neutral\n",
		dateOr(n.From, "start"), dateOr(n.To, "end"), len(n.Nodes), len(n.Edges), n.BelowEvidence, n.MinSources, n.Neutral)
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
