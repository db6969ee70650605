// Package golden compares a test's output with a golden file in testdata,
// or rewrites the file when the test runs with -update.
package golden

import (
	"os"
	"strings"
	"testing"
)

// Check compares got with the golden file at path; with update set it
// rewrites the file instead. A difference is reported as the lines only in
// the file (-) and only in the output (+), in their order.
func Check(t testing.TB, path, got string, update bool) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run the test with -update and review the diff):\n%s", path, Diff(string(want), got))
	}
}

// Diff lists the lines of want missing from got ("- ") and the lines of got
// missing from want ("+ "), counting repeated lines, each in its text's order.
func Diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	only := func(a, other []string, mark string) {
		n := map[string]int{}
		for _, l := range other {
			n[l]++
		}
		for _, l := range a {
			if n[l] > 0 {
				n[l]--
				continue
			}
			b.WriteString(mark + l + "\n")
		}
	}
	only(w, g, "- ")
	only(g, w, "+ ")
	return b.String()
}
