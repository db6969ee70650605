package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"entente"
	"entente/ingest"
	"entente/text"
)

// newSplitCmd returns "entente split", which reads articles and prints their
// sentences, and optionally their tokens, with byte offsets into each
// article's text.
func newSplitCmd() *cobra.Command {
	var tokens, asJSON, quiet bool
	cmd := &cobra.Command{
		Use:   "split PATH...",
		Short: "Split articles into sentences (and tokens) with byte offsets",
		Long: `Read articles as "entente read" does (files, directories, gzip, JSON lines,
HTML, feeds, - for standard input) and print their sentences.

Text output: a line "# ID<TAB>SOURCE" per article, then a line per sentence,
index<TAB>start<TAB>end<TAB>text, with line breaks in the text shown as
spaces. With --tokens each sentence is followed by a line per token,
<TAB>index<TAB>start<TAB>end<TAB>form. Offsets are byte offsets into the
article's text, half-open.

With --json each sentence is a JSON object on a line of its own: the article's
id, the sentence's index, paragraph, span and text, and with --tokens its
tokens.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			stderr := cmd.ErrOrStderr()
			opts := ingest.Options{
				Stdin:     cmd.InOrStdin(),
				MaxErrors: -1,
				OnError: func(e *entente.Error) {
					if !quiet {
						fmt.Fprintln(stderr, "entente split:", e)
					}
				},
			}
			out := bufio.NewWriterSize(cmd.OutOrStdout(), 1<<16)
			var sentences, toks int
			st, err := ingest.Read(cmd.Context(), args, opts, func(a *entente.Article) error {
				ss := text.Split(a)
				sentences += len(ss)
				for i := range ss {
					toks += len(ss[i].Tokens)
				}
				if asJSON {
					return writeSplitJSON(out, a, ss, tokens)
				}
				return writeSplitText(out, a, ss, tokens)
			})
			if ferr := out.Flush(); err == nil && ferr != nil {
				err = ferr
			}
			if err != nil {
				return fmt.Errorf("split: %w", err)
			}
			if !quiet {
				fmt.Fprintf(stderr, "entente split: %d articles, %d sentences, %d tokens; %d records skipped\n",
					st.Articles, sentences, toks, st.Skipped)
			}
			if st.Articles == 0 {
				return fmt.Errorf("split: no article could be read")
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.BoolVar(&tokens, "tokens", false, "print each sentence's tokens with their offsets")
	f.BoolVar(&asJSON, "json", false, "print JSON lines, one object a sentence")
	f.BoolVarP(&quiet, "quiet", "q", false, "do not report skipped records and totals on stderr")
	return cmd
}

// oneLine replaces the line breaks and tabs of s by spaces.
var oneLine = strings.NewReplacer("\r\n", "  ", "\n", " ", "\r", " ", "\t", " ")

// writeSplitText prints an article's sentences as tab-separated lines.
func writeSplitText(w io.Writer, a *entente.Article, ss []entente.Sentence, tokens bool) error {
	if _, err := fmt.Fprintf(w, "# %s\t%s\n", a.ID, a.Source); err != nil {
		return err
	}
	for _, s := range ss {
		if _, err := fmt.Fprintf(w, "%d\t%d\t%d\t%s\n", s.Index, s.Span.Start, s.Span.End, oneLine.Replace(s.Text(a.Text))); err != nil {
			return err
		}
		if !tokens {
			continue
		}
		for k, t := range s.Tokens {
			if _, err := fmt.Fprintf(w, "\t%d\t%d\t%d\t%s\n", k, t.Span.Start, t.Span.End, t.Form); err != nil {
				return err
			}
		}
	}
	return nil
}

// splitRecord is the JSON form of one sentence.
type splitRecord struct {
	Article   string          `json:"article"`
	Index     int             `json:"index"`
	Paragraph int             `json:"paragraph"`
	Span      entente.Span    `json:"span"`
	Text      string          `json:"text"`
	Tokens    []entente.Token `json:"tokens,omitempty"`
}

// writeSplitJSON prints an article's sentences as JSON lines.
func writeSplitJSON(w io.Writer, a *entente.Article, ss []entente.Sentence, tokens bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, s := range ss {
		r := splitRecord{Article: a.ID, Index: s.Index, Paragraph: s.Paragraph, Span: s.Span, Text: s.Text(a.Text)}
		if tokens {
			r.Tokens = s.Tokens
		}
		if err := enc.Encode(&r); err != nil {
			return err
		}
	}
	return nil
}
