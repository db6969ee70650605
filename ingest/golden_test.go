package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"entente"
	"entente/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden reads every fixture in testdata/golden and compares the
// articles and problems with the fixture's .golden file. Run with -update to
// regenerate them after a deliberate change, and review the diff.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/golden/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range inputs {
		if strings.HasSuffix(in, ".golden") {
			continue
		}
		t.Run(filepath.Base(in), func(t *testing.T) {
			var out bytes.Buffer
			opts := Options{OnError: func(e *entente.Error) { fmt.Fprintf(&out, "problem: %v\n", e) }}
			_, err := Read(context.Background(), []string{in}, opts, func(a *entente.Article) error {
				checkArticle(t, a)
				b, err := json.MarshalIndent(a, "", "  ")
				if err != nil {
					return err
				}
				out.Write(b)
				out.WriteString("\n")
				for i, p := range a.Paragraphs {
					fmt.Fprintf(&out, "paragraph %d: %q\n", i, p.Of(a.Text))
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			goldenPath := in + ".golden"
			golden.Check(t, goldenPath, out.String(), *update)
		})
	}
}

// checkArticle checks the invariants every article must meet: an ID, a
// source, a language, non-empty text, paragraphs in bounds, increasing, not
// overlapping, non-empty and trimmed, and no non-space text outside them.
func checkArticle(t testing.TB, a *entente.Article) {
	t.Helper()
	if a.ID == "" || a.Source == "" || a.Language == "" {
		t.Errorf("%s: missing ID, source or language: %+v", a.Source, a)
	}
	if strings.TrimSpace(a.Text) == "" {
		t.Errorf("%s: empty text", a.Source)
	}
	if !a.Published.IsZero() && a.DateSource == "" {
		t.Errorf("%s: date without a source", a.Source)
	}
	if err := checkParagraphs(a.Text, a.Paragraphs); err != nil {
		t.Errorf("%s: %v", a.Source, err)
	}
}

func checkParagraphs(text string, paras []entente.Span) error {
	if len(paras) == 0 {
		return fmt.Errorf("no paragraphs")
	}
	prev := 0
	for i, p := range paras {
		if !p.Valid(len(text)) {
			return fmt.Errorf("paragraph %d %v out of bounds (text of %d bytes)", i, p, len(text))
		}
		if p.Start < prev || p.Len() == 0 {
			return fmt.Errorf("paragraph %d %v empty or not after the previous one (ends at %d)", i, p, prev)
		}
		if s := p.Of(text); strings.TrimSpace(s) != s {
			return fmt.Errorf("paragraph %d %q not trimmed", i, s)
		}
		if gap := text[prev:p.Start]; strings.TrimSpace(gap) != "" {
			return fmt.Errorf("text %q lies outside every paragraph", gap)
		}
		prev = p.End
	}
	if gap := text[prev:]; strings.TrimSpace(gap) != "" {
		return fmt.Errorf("text %q lies outside every paragraph", gap)
	}
	return nil
}
