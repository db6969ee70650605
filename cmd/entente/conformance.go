package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"entente/coder/conformance"
	"entente/parse"
)

func newConformanceCmd() *cobra.Command {
	var shared string
	var quiet bool
	cmd := &cobra.Command{
		Use:   "conformance",
		Short: "Run TABARI's and PETRARCH's validation suites; print failures and pass rates",
		Long: `conformance codes the records of TABARI's validation suite
(<shared>/conformance/tabari/Validate.project) in the TABARI-compatible
word-order mode, prints each failing record with what was expected and what
was coded, and the pass rate of the standard records and of those needing
special settings; then PETRARCH's unit-test records
(<shared>/conformance/petrarch/PETR.UnitTest.records.xml) with the
parse-based coder, and the pass rate of the records marked sentence="true".`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			sc, err := conformance.RunTABARI(filepath.Join(shared, "conformance", "tabari", "Validate.project"))
			if err != nil {
				return fmt.Errorf("conformance: %w", err)
			}
			out := cmd.OutOrStdout()
			for _, r := range sc.Results {
				if r.Pass || quiet {
					continue
				}
				want := r.Record.Special
				for _, t := range r.Record.Expected {
					want += " " + t.String()
				}
				var got []string
				for _, t := range r.Got {
					got = append(got, t.String())
				}
				if r.Special != "" {
					got = append(got, r.Special)
				}
				fmt.Fprintf(out, "FAIL %s (line %d): %s\n  expected: %s\n  got:      %s\n", r.Record.ID, r.Record.Line,
					r.Record.Text, strings.TrimSpace(want), strings.Join(got, " "))
			}
			fmt.Fprintf(out, "TABARI standard records: %d/%d pass (%.1f%%)\n", sc.Passed, sc.Scored, 100*sc.Rate())
			rate := 0.0
			if sc.SpecialScored > 0 {
				rate = 100 * float64(sc.SpecialPassed) / float64(sc.SpecialScored)
			}
			fmt.Fprintf(out, "TABARI records needing special settings: %d/%d pass (%.1f%%)\n", sc.SpecialPassed, sc.SpecialScored, rate)

			model, err := parse.Default()
			if err != nil {
				return fmt.Errorf("conformance: PETRARCH needs the parser: %w", err)
			}
			ps, err := conformance.RunPetrarch(filepath.Join(shared, "conformance", "petrarch", "PETR.UnitTest.records.xml"), model)
			if err != nil {
				return fmt.Errorf("conformance: %w", err)
			}
			for _, r := range ps.Results {
				if r.Pass || quiet || !r.Record.Scored {
					continue
				}
				var want, got []string
				for _, t := range r.Record.Expected {
					want = append(want, t.String())
				}
				if r.Record.NoEvents || r.Record.Error {
					want = append(want, "(no events)")
				}
				for _, t := range r.Got {
					got = append(got, t.String())
				}
				fmt.Fprintf(out, "FAIL %s: %s\n  expected: %s\n  got:      %s\n", r.Record.ID, r.Record.Text,
					strings.Join(want, " "), strings.Join(got, " "))
			}
			fmt.Fprintf(out, "PETRARCH records (sentence=\"true\"): %d/%d pass (%.1f%%)\n", ps.Passed, ps.Scored, 100*ps.Rate())
			for _, c := range ps.ByClass() {
				if c.Scored > 0 {
					fmt.Fprintf(out, "  %s: %d/%d pass (%.1f%%)\n", c.Class, c.Passed, c.Scored, 100*float64(c.Passed)/float64(c.Scored))
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "the shared data folder")
	cmd.Flags().BoolVar(&quiet, "quiet", false, "print only the pass rates")
	return cmd
}
