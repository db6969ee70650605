package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"entente/analysis"
)

// balanceResult is what balance prints as JSON.
type balanceResult struct {
	Network *analysis.Network `json:"network"`
	Balance *analysis.Balance `json:"balance"`
	Blocs   *analysis.Blocs   `json:"blocs"`
}

func newBalanceCmd() *cobra.Command {
	var (
		f     networkFlags
		exact int
	)
	cmd := &cobra.Command{
		Use:   "balance",
		Short: "Structural balance and blocs of the network at a date (--at) or over a window",
		Long: `balance classifies every triad of the window's network as balanced or not,
names the unbalanced ones (where the system is under strain), computes the
share of balanced triads and the frustration index (exact for components of
up to --exact-limit nodes, else a local-search upper bound with a lower
bound), and finds blocs by signed modularity.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			n, err := loadNetwork(ctx, &f)
			if err != nil {
				return err
			}
			res := balanceResult{
				Network: n,
				Balance: analysis.AnalyzeBalance(n, analysis.BalanceOptions{ExactLimit: exact}),
				Blocs:   analysis.FindBlocs(n, analysis.BlocOptions{}),
			}
			if f.asJSON {
				return printJSON(cmd.OutOrStdout(), res)
			}
			return printBalance(cmd.OutOrStdout(), res)
		},
	}
	f.register(cmd)
	cmd.Flags().IntVar(&exact, "exact-limit", 20, "largest component whose frustration index is computed exactly")
	return cmd
}

func dateOr(t time.Time, open string) string {
	if t.IsZero() {
		return open
	}
	return t.Format("2006-01-02")
}

func printBalance(w io.Writer, r balanceResult) error {
	b := r.Balance
	fmt.Fprintf(w, "%s: %d nodes, %d signed ties\n", windowText(r.Network.From, r.Network.To), b.Nodes, b.Edges)
	fmt.Fprintf(w, "triads: %d classifiable of %d connected triples (%.0f%%); %d balanced (%.0f%%, weighted %.0f%%)\n",
		b.Triads, b.Candidates, 100*b.Classifiable, b.Balanced, 100*b.BalancedShare, 100*b.WeightedBalance)
	if b.Exact {
		fmt.Fprintf(w, "frustration index: %d of %d ties (exact)\n", b.Frustration, b.Edges)
	} else {
		fmt.Fprintf(w, "frustration index: between %d and %d of %d ties\n", b.FrustrationLower, b.Frustration, b.Edges)
	}
	fmt.Fprintf(w, "method: %s\n", b.Method)
	if b.UnbalancedTotal > 0 {
		fmt.Fprintf(w, "\nunbalanced triads (%d), most strained first:\n", b.UnbalancedTotal)
		for _, t := range b.Unbalanced {
			fmt.Fprintf(w, "  %s–%s %s, %s–%s %s, %s–%s %s  (strain %.2f)\n",
				t.Nodes[0], t.Nodes[1], signWord(t.Signs[0]), t.Nodes[0], t.Nodes[2], signWord(t.Signs[1]),
				t.Nodes[1], t.Nodes[2], signWord(t.Signs[2]), t.Strain)
		}
	}
	if len(b.Frustrated) > 0 {
		fmt.Fprintln(w, "\nties against the best two-camp split:")
		for _, e := range b.Frustrated {
			fmt.Fprintf(w, "  %s–%s %+.2f\n", e.A, e.B, e.Weight)
		}
	}
	fmt.Fprintf(w, "\nblocs (%s, modularity %.2f):\n", r.Blocs.Method, r.Blocs.Modularity)
	for _, bl := range r.Blocs.Blocs {
		fmt.Fprintf(w, "  %d: %s\n", bl.ID, strings.Join(bl.Members, " "))
	}
	return nil
}

func signWord(s int) string {
	if s > 0 {
		return "friendly"
	}
	return "hostile"
}
