package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"entente"
	"entente/ingest"
	"entente/parse"
	"entente/parse/conllu"
	"entente/text"
)

// newParseCmd returns "entente parse", which tags and parses plain text and
// prints CoNLL-U with byte offsets into the input in MISC.
func newParseCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "parse PATH|-",
		Short: "Tag and parse plain text (a file or - for stdin) and print CoNLL-U with byte offsets",
		Long: `Split plain text into sentences and tokens, tag, lemmatise and parse each
sentence with the embedded model, and print CoNLL-U. Each word's MISC field
gives its byte offsets into the input as TokenRange=start:end. Front matter
between "---" lines at the head of the input is skipped.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var (
				data []byte
				err  error
			)
			if args[0] == "-" {
				data, err = io.ReadAll(cmd.InOrStdin())
			} else {
				data, err = os.ReadFile(args[0])
			}
			if err != nil {
				return fmt.Errorf("parse: %w", err)
			}
			m, err := parse.Default()
			if err != nil {
				return err
			}
			// Front matter is metadata, not text: blank it, keeping its
			// line breaks, so that offsets still point into the input.
			for i := range ingest.FrontMatterLen(string(data)) {
				if data[i] != '\n' {
					data[i] = ' '
				}
			}
			a := &entente.Article{Source: args[0], Text: string(data)}
			sents := text.Split(a)
			out := make([]conllu.Sentence, 0, len(sents))
			for i := range sents {
				m.Parse(sents[i].Tokens)
				out = append(out, parse.ToCoNLLU(a.Text, &sents[i]))
			}
			return conllu.Write(cmd.OutOrStdout(), out)
		},
	}
}
