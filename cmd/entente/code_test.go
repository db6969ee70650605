package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"entente"
)

// TestCodeModalities: the code command prints the events told as done by
// default, and the negated ones too with --all-modalities.
func TestCodeModalities(t *testing.T) {
	in := filepath.Join(t.TempDir(), "story.txt")
	if err := os.WriteFile(in, []byte("Ghana did not attack Togo.\n\nGhana attacked Togo on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) []entente.Modality {
		t.Helper()
		cmd := newCodeCmd()
		var out, errb bytes.Buffer
		cmd.SetOut(&out)
		cmd.SetErr(&errb)
		cmd.SetArgs(append(args, "--date", "2018-05-15", in))
		if err := cmd.Execute(); err != nil {
			t.Fatalf("%v: %s", err, errb.String())
		}
		var got []entente.Modality
		for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
			var e entente.Event
			if err := json.Unmarshal([]byte(line), &e); err != nil {
				t.Fatalf("%q: %v", line, err)
			}
			if e.Source != "GHA" || e.Target != "TGO" || e.Root != "19" {
				t.Errorf("unexpected event %s %s %s", e.Source, e.Code, e.Target)
			}
			got = append(got, e.Modality)
		}
		return got
	}
	if got := run(); len(got) != 1 || got[0] != entente.Asserted {
		t.Errorf("default: modalities %v, want [asserted]", got)
	}
	if got := run("--all-modalities"); len(got) != 2 || got[0] != entente.Negated || got[1] != entente.Asserted {
		t.Errorf("--all-modalities: modalities %v, want [negated asserted]", got)
	}
}
