package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/spf13/cobra"

	"entente"
	"entente/export"
)

func newExportCmd() *cobra.Command {
	var db, out, formats, period, model string
	var directed, byCountry bool
	var dicts []string
	var ff eventFilterFlags
	cmd := &cobra.Command{
		Use:   "export --db FILE --out DIR [filters]",
		Short: "Export stored events as GDELT 2.0 TSV, CSV, JSONL, Parquet and a dyad-period panel",
		Long: `Export writes the events that match the filters into DIR: events.gdelt.tsv and
mentions.gdelt.tsv (GDELT 2.0 columns), events.csv, events.jsonl, events.parquet and
panel.csv (counts per dyad, period and QuadClass with explicit zeros), with
codebook.md describing every column and manifest.json recording the entente build,
the dictionaries and model, the configuration and each file's SHA-256. The same
store and options give the same bytes.`,
		Example: `  entente export --db events.db --out out/ --formats all
  entente export --db events.db --out out/ --formats panel --period week --actor PAK`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if out == "" {
				return fmt.Errorf("--out is required")
			}
			fs, err := export.ParseFormats(formats)
			if err != nil {
				return err
			}
			f, err := ff.filter()
			if err != nil {
				return err
			}
			p := entente.Period(period)
			if !p.Valid() {
				return fmt.Errorf("--period %q: want day, week, month or year", period)
			}
			opt := export.Options{Dir: out, Formats: fs, Filter: f, Period: p, Directed: directed, ByCountry: byCountry}
			opt.Version, opt.Commit = buildVersion()
			if len(dicts) > 0 {
				opt.Dictionaries = map[string]string{}
				for _, d := range dicts {
					h, err := fileSHA256(d)
					if err != nil {
						return err
					}
					opt.Dictionaries[filepath.Base(d)] = h
				}
			}
			if model != "" {
				if opt.Model, err = fileSHA256(model); err != nil {
					return err
				}
			}
			st, err := openEventStore(ctx, db, true)
			if err != nil {
				return err
			}
			defer st.Close()
			m, err := export.Write(ctx, st, opt)
			if err != nil {
				return err
			}
			for _, f := range m.Files {
				fmt.Fprintf(cmd.OutOrStdout(), "%-20s %8d rows  sha256 %s\n", f.Name, f.Rows, f.SHA256[:16])
			}
			if p := m.Panel; p != nil && p.Periods > 0 {
				fmt.Fprintf(cmd.OutOrStdout(), "panel.csv: %d dyads over %d %ss, %s to %s\n", p.Dyads, p.Periods, opt.Period, p.First, p.Last)
			}
			for _, name := range m.Removed {
				fmt.Fprintf(cmd.OutOrStdout(), "removed %s of an earlier export\n", name)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "codebook.md and manifest.json written to %s\n", out)
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&db, "db", "", "the event store (SQLite file)")
	fl.StringVar(&out, "out", "", "folder to write the files to")
	fl.StringVar(&formats, "formats", "all", "comma-separated: gdelt, csv, jsonl, parquet, panel, all")
	fl.StringVar(&period, "period", "month", "panel period: day, week, month or year")
	fl.BoolVar(&directed, "directed", false, "panel keeps A->B and B->A apart")
	fl.BoolVar(&byCountry, "by-country", false, "panel aggregates actors to countries (first three letters of their codes)")
	fl.StringSliceVar(&dicts, "dict", nil, "dictionary file to record by hash in the manifest (repeatable)")
	fl.StringVar(&model, "model", "", "model file to record by hash in the manifest")
	ff.register(cmd)
	return cmd
}

// noVCSStamp is the commit recorded when the binary carries none.
const noVCSStamp = "unknown: the binary has no VCS stamp (go run, or go build -buildvcs=false); go build in a git checkout records it"

// buildVersion reports the module version and VCS revision of this binary,
// as far as the build recorded them.
func buildVersion() (version, commit string) {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown", noVCSStamp
	}
	version = bi.Main.Version
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" {
			commit = s.Value
		}
		if s.Key == "vcs.modified" && s.Value == "true" {
			commit += "+modified"
		}
	}
	if commit == "" {
		commit = noVCSStamp
	}
	return version, commit
}

func fileSHA256(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("hash %s: %w", path, err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), nil
}
