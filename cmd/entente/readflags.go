package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"entente"
	"entente/ingest"
)

// readFlags are the flags of every command that reads articles (read, split,
// code, ingest): what an input lacks (date, URL, title, publisher), the input
// format, directory extensions and JSONL field names.
type readFlags struct {
	opts              ingest.Options
	date, format, ext string
	quiet             bool
	fields            ingest.Fields
}

// bind declares the flags on f.
func (r *readFlags) bind(f *pflag.FlagSet) {
	r.fields = ingest.DefaultFields()
	f.StringVar(&r.date, "date", "", "publication date for articles that lack one (e.g. 2025-03-04)")
	f.StringVar(&r.opts.URL, "url", "", "URL for articles that lack one")
	f.StringVar(&r.opts.Title, "title", "", "title for articles that lack one")
	f.StringVar(&r.opts.Publisher, "publisher", "", "publisher for articles that lack one")
	f.StringVar(&r.opts.Language, "language", "en", "language (BCP 47) for articles that lack one")
	f.StringVar(&r.format, "input-format", "", "force the input format: text, html, feed or jsonl (default: by extension and content)")
	f.StringVar(&r.ext, "ext", "", "comma-separated extensions to read in directories (default: "+strings.Join(ingest.DefaultExtensions, ",")+", each also .gz)")
	f.IntVar(&r.opts.MaxRecordBytes, "max-record", ingest.DefaultMaxRecordBytes, "largest record (file, feed, JSON line) in bytes; larger ones are skipped")
	f.BoolVarP(&r.quiet, "quiet", "q", false, "do not list skipped records, only the summary")
	f.StringVar(&r.fields.ID, "jsonl-id", r.fields.ID, "JSONL field holding the article ID")
	f.StringVar(&r.fields.URL, "jsonl-url", r.fields.URL, "JSONL field holding the URL")
	f.StringVar(&r.fields.Title, "jsonl-title", r.fields.Title, "JSONL field holding the title")
	f.StringVar(&r.fields.Date, "jsonl-date", r.fields.Date, "JSONL field holding the publication date")
	f.StringVar(&r.fields.Text, "jsonl-text", r.fields.Text, "JSONL field holding the text")
	f.StringVar(&r.fields.Publisher, "jsonl-publisher", r.fields.Publisher, "JSONL field holding the publisher")
	f.StringVar(&r.fields.Language, "jsonl-language", r.fields.Language, "JSONL field holding the language")
	f.StringVar(&r.fields.Dateline, "jsonl-dateline", r.fields.Dateline, "JSONL field holding a dateline to put at the head of the text")
}

// options returns the reader options for cmd, reporting skipped records on
// its stderr under the command's name unless --quiet.
func (r *readFlags) options(cmd *cobra.Command) (ingest.Options, error) {
	opts := r.opts
	if r.date != "" {
		t, err := ingest.ParseDate(r.date)
		if err != nil {
			return opts, fmt.Errorf("--date: %w", err)
		}
		opts.Date = t
	}
	opts.Format = ingest.Format(r.format)
	if r.ext != "" {
		opts.Extensions = strings.Split(r.ext, ",")
	}
	opts.Fields = r.fields
	opts.Stdin = cmd.InOrStdin()
	stderr := cmd.ErrOrStderr()
	name := cmd.Name()
	opts.OnError = func(e *entente.Error) {
		if !r.quiet {
			fmt.Fprintf(stderr, "entente %s: %v\n", name, e)
		}
	}
	opts.MaxErrors = -1
	return opts, nil
}

// summary prints what the readers did on cmd's stderr.
func readSummary(cmd *cobra.Command, st ingest.Stats) {
	fmt.Fprintf(cmd.ErrOrStderr(), "entente %s: %d articles from %d inputs (%.1f MB); %d records skipped, %d warnings\n",
		cmd.Name(), st.Articles, st.Inputs, float64(st.Bytes)/1e6, st.Skipped, st.Warnings)
}
