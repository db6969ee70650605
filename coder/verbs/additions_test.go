package verbs

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestAdditionsSynsetsDefinedFirst: every entente synset (&X...) a pattern
// of the additions names is defined above the pattern, as the reader
// requires (a synset named before its definition matches nothing, and no
// error says so).
func TestAdditionsSynsetsDefinedFirst(t *testing.T) {
	data, err := os.ReadFile("data/entente.additions.verbs")
	if err != nil {
		t.Fatal(err)
	}
	defined := map[string]bool{}
	head := regexp.MustCompile(`^&X[A-Z0-9]+\s*$`)
	use := regexp.MustCompile(`&X[A-Z0-9]+`)
	uses := 0
	for i, line := range strings.Split(string(data), "\n") {
		switch {
		case head.MatchString(line):
			defined[strings.TrimSpace(line)] = true
		case strings.HasPrefix(line, "- "):
			for _, s := range use.FindAllString(line, -1) {
				uses++
				if !defined[s] {
					t.Errorf("line %d: %s used before it is defined: %s", i+1, s, line)
				}
			}
		}
	}
	if uses == 0 {
		t.Fatal("no synset used: the test reads nothing")
	}
}
