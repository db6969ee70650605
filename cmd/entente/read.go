package main

import (
	"bufio"
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"entente"
	"entente/ingest"
)

// newReadCmd returns "entente read", which reads articles from files,
// directories, gzip streams and standard input and prints them as JSON lines.
func newReadCmd() *cobra.Command {
	var rf readFlags
	cmd := &cobra.Command{
		Use:   "read PATH...",
		Short: "Read articles (text, HTML, RSS/Atom, JSONL, gzip, directories, - for stdin) and print them as JSON lines",
		Long: `Read articles from files, directories (recursively, by extension), gzip
streams and standard input ("-"), in plain text (with optional front matter),
HTML, RSS/Atom feeds and JSON lines, and print each as one JSON object a line.

Bad records are reported on stderr (input and line) and skipped; a summary
follows. The command fails only when nothing could be read at all. The flags
--date, --url, --title, --publisher and --language supply what an input lacks.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts, err := rf.options(cmd)
			if err != nil {
				return err
			}
			out := bufio.NewWriterSize(cmd.OutOrStdout(), 1<<16)
			enc := json.NewEncoder(out)
			enc.SetEscapeHTML(false)
			st, err := ingest.Read(cmd.Context(), args, opts, func(a *entente.Article) error {
				return enc.Encode(a)
			})
			if ferr := out.Flush(); err == nil && ferr != nil {
				err = ferr
			}
			if err != nil {
				return err
			}
			readSummary(cmd, st)
			if st.Articles == 0 {
				return fmt.Errorf("no article could be read")
			}
			return nil
		},
	}
	rf.bind(cmd.Flags())
	return cmd
}
