package verbs

import (
	"embed"
	"errors"
	"fmt"
	"sync"
)

// The default dictionaries ship with entente:
//
//   - data/CAMEO.verbpatterns.150430.txt: the Phoenix/PETRARCH-1 CAMEO verb
//     patterns, Copyright (c) 2015 Open Event Data Alliance, MIT licence
//     (the notice is in the file's header and in data/LICENSE.phoenix);
//   - data/entente.additions.verbs: entente's own additions for modern
//     phrasings (joint drills, strategic partnerships, sanctions, aid
//     suspensions, lifted embargoes) and event nouns.
//
//go:embed data/CAMEO.verbpatterns.150430.txt data/entente.additions.verbs
var defaultFS embed.FS

// DefaultFiles are the names of the default dictionary files, in the order
// they are read.
var DefaultFiles = []string{"CAMEO.verbpatterns.150430.txt", "entente.additions.verbs"}

var (
	defaultOnce sync.Once
	defaultDict *Dictionary
	defaultErrs []error
)

// Default returns the default verb dictionary, read once and shared: callers
// must not modify it. Its known defects (four malformed lines of the Phoenix
// file) are returned by DefaultProblems; Default fails only when nothing
// could be read.
func Default() (*Dictionary, error) {
	defaultOnce.Do(func() {
		d := New()
		for _, name := range DefaultFiles {
			f, err := defaultFS.Open("data/" + name)
			if err != nil {
				defaultErrs = append(defaultErrs, fmt.Errorf("verbs: default %s: %w", name, err))
				continue
			}
			defaultErrs = append(defaultErrs, d.Read(f, name)...)
			f.Close()
		}
		defaultDict = d
	})
	if defaultDict == nil || defaultDict.Len() == 0 {
		return nil, fmt.Errorf("verbs: default dictionary empty: %w", errors.Join(defaultErrs...))
	}
	return defaultDict, nil
}

// DefaultData returns the contents of the default dictionary file name (one
// of DefaultFiles), so that a version of the dictionaries can hash them.
func DefaultData(name string) ([]byte, error) {
	return defaultFS.ReadFile("data/" + name)
}

// DefaultProblems returns the malformed lines skipped while reading the
// default dictionary.
func DefaultProblems() []error {
	_, _ = Default()
	return defaultErrs
}
