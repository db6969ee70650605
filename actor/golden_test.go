package actor

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"entente"
	"entente/internal/golden"
	"entente/place"
	"entente/text"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/match")

// readCase reads a test article: an optional first line "# date:
// YYYY-MM-DD" and the text.
func readCase(t *testing.T, path string) (*entente.Article, time.Time) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	var date time.Time
	if rest, ok := strings.CutPrefix(s, "# date:"); ok {
		line, body, _ := strings.Cut(rest, "\n")
		date, err = time.Parse("2006-01-02", strings.TrimSpace(line))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		s = body
	}
	return &entente.Article{ID: filepath.Base(path), Source: path, Text: s}, date
}

// formatMentions renders mentions one a line: sentence, text, code, kind,
// antecedent and entries.
func formatMentions(a *entente.Article, ms []entente.Mention) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "s%d\t%q\t%s\t%s", m.Sentence, m.Span.Of(a.Text), m.Code, m.Kind)
		if m.Antecedent != nil {
			fmt.Fprintf(&b, "\tante=%q", m.Antecedent.Of(a.Text))
		}
		for _, e := range m.Entries {
			fmt.Fprintf(&b, "\t%s", e)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// TestGolden runs the default dictionaries over the articles of
// testdata/match and compares the mentions with the .golden files
// (regenerate them with -update and review the difference).
func TestGolden(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	runGolden(t, m, "testdata/match")
}

// TestGoldenPlaces is TestGolden for the articles of testdata/places, with
// the gazetteer placing bare agents (Matcher.WithPlaces).
func TestGoldenPlaces(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	runGolden(t, m.WithPlaces(place.Default().StateOf), "testdata/places")
}

// runGolden matches the articles of dir with m and compares the mentions
// with their .golden files.
func runGolden(t *testing.T, m *Matcher, dir string) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			a, date := readCase(t, path)
			sents := text.Split(a)
			ms := m.Match(a, sents, date)
			checkMentions(t, a, sents, ms)
			got := formatMentions(a, ms)
			goldenPath := strings.TrimSuffix(path, ".txt") + ".golden"
			golden.Check(t, goldenPath, got, *update)
		})
	}
}

// checkMentions checks the invariants every mention must hold.
func checkMentions(t *testing.T, a *entente.Article, sents []entente.Sentence, ms []entente.Mention) {
	t.Helper()
	for _, m := range ms {
		if !m.Span.Valid(len(a.Text)) || m.Span.Len() == 0 {
			t.Errorf("mention %+v: bad span", m)
			continue
		}
		if m.Sentence < 0 || m.Sentence >= len(sents) {
			t.Errorf("mention %+v: bad sentence", m)
			continue
		}
		s := sents[m.Sentence]
		if m.Span.Start < s.Span.Start || m.Span.End > s.Span.End {
			t.Errorf("mention %q outside its sentence", m.Span.Of(a.Text))
		}
		if m.Tokens[0] < 0 || m.Tokens[1] > len(s.Tokens) || m.Tokens[0] >= m.Tokens[1] {
			t.Errorf("mention %q: bad token range %v", m.Span.Of(a.Text), m.Tokens)
		}
		if m.Code == "" || len(m.Entries) == 0 {
			t.Errorf("mention %q: no code or no entries", m.Span.Of(a.Text))
		}
		if (m.Kind == entente.MentionCoref) != (m.Antecedent != nil) && m.Kind == entente.MentionCoref {
			t.Errorf("coreferent mention %q without antecedent", m.Span.Of(a.Text))
		}
		if m.Antecedent != nil && m.Antecedent.End > m.Span.Start {
			t.Errorf("mention %q: antecedent does not come before it", m.Span.Of(a.Text))
		}
	}
}
