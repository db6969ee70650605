// Package sharedtest finds the project's shared data folder (../shared beside
// the repository: treebank, dictionaries, conformance suites, corpus) for tests.
//
// A test that needs it calls Dir or Path. When the folder is absent the test is
// skipped with a message, except when the environment variable CI is set: then
// it fails, so that CI cannot pass by skipping.
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the absolute path of the shared folder, or skips (fails under CI)
// when it cannot be found. ENTENTE_SHARED overrides the location.
func Dir(tb testing.TB) string {
	tb.Helper()
	if d := os.Getenv("ENTENTE_SHARED"); d != "" {
		return d
	}
	if d, ok := find(); ok {
		return d
	}
	missing(tb, "../shared")
	return ""
}

// Path returns the path of a file or folder inside the shared folder, or skips
// (fails under CI) when it does not exist.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join(Dir(tb), filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		missing(tb, p)
	}
	return p
}

// Lookup returns the shared folder without a testing.TB, for benchmarks run
// from commands; ok is false when it cannot be found.
func Lookup() (string, bool) {
	if d := os.Getenv("ENTENTE_SHARED"); d != "" {
		return d, true
	}
	return find()
}

func missing(tb testing.TB, what string) {
	tb.Helper()
	if os.Getenv("CI") != "" {
		tb.Fatalf("shared data %s is missing, and CI is set: tests that need it may not skip", what)
	}
	tb.Skipf("shared data %s is absent (a fresh clone): skipping", what)
}

// find walks up from the working directory to the module root (the folder
// with go.mod) and looks for "shared" beside it.
func find() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			d := filepath.Join(filepath.Dir(dir), "shared")
			if st, err := os.Stat(d); err == nil && st.IsDir() {
				return d, true
			}
			return "", false
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}
