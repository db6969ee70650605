// Command entente turns news text into political event data and analyses it.
// Each subcommand lives in a file of its own.
package main

import (
	"fmt"
	"os"

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
	)
	if err := root.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "entente:", err)
		os.Exit(1)
	}
}
