package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestContextCmd(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "story.txt")
	txt := "Officials met in Karachi on May 2 to discuss a $40 million loan.\n\nNorway and Sweden were bitter rivals in the 1990s.\n"
	if err := os.WriteFile(in, []byte(txt), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := newContextCmd()
	var out, errb bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errb)
	cmd.SetArgs([]string{"--date", "2018-05-15", in})
	if err := cmd.Execute(); err != nil {
		t.Fatalf("%v: %s", err, errb.String())
	}
	kinds := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var f contextFinding
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		kinds[f.Kind] = true
		var sp interface{ Of(string) string }
		switch {
		case f.Date != nil && f.Date.Span != nil:
			sp = f.Date.Span
		case f.Quantity != nil:
			sp = f.Quantity.Span
		case f.Place != nil && f.Place.Span != nil:
			sp = f.Place.Span
		case f.Relation != nil:
			sp = f.Relation.Span
			if f.Relation.When.Phrase != "in the 1990s" || !f.Relation.When.Historical {
				t.Errorf("relation not dated by its decade: %s", line)
			}
		}
		if sp != nil && !strings.Contains(txt, sp.Of(txt)) || sp != nil && sp.Of(txt) == "" {
			t.Errorf("finding with a bad span: %s", line)
		}
	}
	for _, k := range []string{"date", "quantity", "place", "relation"} {
		if !kinds[k] {
			t.Errorf("no %s finding in %s", k, out.String())
		}
	}
}
