// Command entente turns news text into political event data and analyses it.
// Each subcommand lives in a file of its own.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

func main() {
	root := &cobra.Command{
		Use:           "entente",
		Short:         "Political event data from news: who did what to whom, and how relations evolve",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(
		// one line per subcommand, in the order data flows
		newDemoCmd(),
		newReadCmd(),
		newSplitCmd(),
		newParseCmd(),
		newActorsCmd(),
		newTrainCmd(),
		newCodeCmd(),
		newIngestCmd(),
		newRecodeCmd(),
		newContextCmd(),
		newImportCmd(),
		newEventsCmd(),
		newExportCmd(),
		newConformanceCmd(),
		newReportCmd(),
		newNetworkCmd(),
		newBalanceCmd(),
		newPlotCmd(),
		newServeCmd(),
	)
	// Ctrl-C and SIGTERM cancel the context: long commands stop cleanly,
	// leaving whole transactions in the database.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "entente:", err)
		stop()
		os.Exit(1)
	}
}
