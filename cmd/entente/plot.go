package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"entente"
	"entente/analysis"
	"entente/plot"
)

func newPlotCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "plot",
		Short: "Draw a dyad series or a network as SVG (no network access)",
	}
	cmd.AddCommand(newPlotSeriesCmd(), newPlotNetworkCmd())
	return cmd
}

// plotWritten is what plot prints as JSON: the file written and the data
// drawn in it, so that a script can draw the same figure its own way.
type plotWritten struct {
	File string `json:"file"`
	Kind string `json:"kind"`
	// Series and TurningPoints are the data of a series plot.
	Series        *analysis.Series        `json:"series,omitempty"`
	TurningPoints []analysis.TurningPoint `json:"turning_points,omitempty"`
	// Network and Blocs are the data of a network plot.
	Network *analysis.Network `json:"network,omitempty"`
	Blocs   *analysis.Blocs   `json:"blocs,omitempty"`
}

func writeSVG(path string, draw func(f *os.File) error) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("plot: %w", err)
	}
	if err := draw(f); err != nil {
		f.Close()
		return fmt.Errorf("plot %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("plot %s: %w", path, err)
	}
	return nil
}

func newPlotSeriesCmd() *cobra.Command {
	var (
		f          analysisFlags
		out        string
		directed   bool
		normalised bool
	)
	cmd := &cobra.Command{
		Use:   "series A B",
		Short: "Draw the relation index and the events by class of the dyad A–B",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			o, err := f.options()
			if err != nil {
				return err
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
			in, err := analysis.LoadReports(ctx, st, entente.EventFilter{Dyad: dy, From: from, To: analysis.InclusiveEnd(to)},
				entente.RelationFilter{Dyad: dy, From: from, To: analysis.InclusiveEnd(to)}, &o, f.sourceBy)
			if err != nil {
				return err
			}
			totals, err := analysis.LoadTotals(ctx, st, o.Unit)
			if err != nil {
				return err
			}
			rep := analysis.BuildReport(in.Events, in.Relations, args[0], args[1],
				analysis.ReportOptions{Options: o, Directed: directed, Totals: totals})
			if out == "" {
				out = fmt.Sprintf("%s-%s.svg", rep.Series.Dyad.A, rep.Series.Dyad.B)
			}
			if err := writeSVG(out, func(w *os.File) error {
				return plot.Series(w, rep.Series, rep.TurningPoints, plot.SeriesOptions{Normalised: normalised})
			}); err != nil {
				return err
			}
			if f.asJSON {
				return printJSON(cmd.OutOrStdout(), plotWritten{File: out, Kind: "series", Series: rep.Series, TurningPoints: rep.TurningPoints})
			}
			fmt.Fprintln(cmd.OutOrStdout(), "wrote", out)
			return nil
		},
	}
	f.register(cmd, false)
	cmd.Flags().StringVarP(&out, "out", "o", "", "SVG file to write (default A-B.svg)")
	cmd.Flags().BoolVar(&directed, "directed", false, "only events from A to B")
	cmd.Flags().BoolVar(&normalised, "normalised", false, "draw class bars as shares of all events of the period")
	return cmd
}

func newPlotNetworkCmd() *cobra.Command {
	var (
		f   networkFlags
		out string
	)
	cmd := &cobra.Command{
		Use:   "network",
		Short: "Draw the signed network at a date (--at) or over a window, coloured by bloc",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			n, err := loadNetwork(ctx, &f)
			if err != nil {
				return err
			}
			bl := analysis.FindBlocs(n, analysis.BlocOptions{})
			if out == "" {
				out = "network.svg"
			}
			if err := writeSVG(out, func(w *os.File) error { return plot.Network(w, n, bl, plot.NetworkOptions{}) }); err != nil {
				return err
			}
			if f.asJSON {
				return printJSON(cmd.OutOrStdout(), plotWritten{File: out, Kind: "network", Network: n, Blocs: bl})
			}
			fmt.Fprintln(cmd.OutOrStdout(), "wrote", out)
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVarP(&out, "out", "o", "", "SVG file to write (default network.svg)")
	return cmd
}
