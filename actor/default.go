package actor

import (
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// The default dictionaries, embedded: the Phoenix actor, agent and discard
// dictionaries of the Open Event Data Alliance (MIT licence, kept in
// dict/LICENSE.phoenix), followed by entente's own additions, which override
// them phrase by phrase. See dict/README.md.
//
//go:embed dict/*.txt dict/errata.tsv dict/LICENSE.phoenix dict/README.md
var dictFS embed.FS

// defaultFiles lists the embedded dictionaries in load order.
var defaultFiles = []struct {
	name    string
	format  Format
	conn    Connectors
	metonym bool
	paired  bool
}{
	{"Phoenix.Countries.actors.txt", FormatActors, ConnectTABARI, false, false},
	{"Phoenix.International.actors.txt", FormatActors, ConnectTABARI, false, false},
	{"Phoenix.MilNonState.actors.txt", FormatActors, ConnectTABARI, false, false},
	{"entente.demonyms.actors.txt", FormatActors, ConnectTABARI, false, false},
	{"entente.actors.txt", FormatActors, ConnectTABARI, false, false},
	{"entente.metonyms.actors.txt", FormatActors, ConnectTABARI, true, false},
	{"entente.paired.actors.txt", FormatActors, ConnectTABARI, false, true},
	{"Phoenix.agents.txt", FormatAgents, ConnectPETRARCH, false, false},
	{"entente.agents.txt", FormatAgents, ConnectPETRARCH, false, false},
	{"Phoenix.discards.txt", FormatDiscards, ConnectTABARI, false, false},
	{"entente.discards.txt", FormatDiscards, ConnectTABARI, false, false},
}

// DefaultFiles returns the embedded default dictionaries, in load order,
// ready for Load (a caller may append its own files to override them).
func DefaultFiles() ([]File, error) {
	var out []File
	for _, d := range defaultFiles {
		data, err := dictFS.ReadFile("dict/" + d.name)
		if err != nil {
			return nil, fmt.Errorf("default dictionaries: %w", err)
		}
		out = append(out, File{Name: d.name, Format: d.format, Data: data, Connectors: d.conn, Metonym: d.metonym, Paired: d.paired})
	}
	if err := applyErrata(out); err != nil {
		return nil, err
	}
	return out, nil
}

// applyErrata corrects the typos listed in dict/errata.tsv in the embedded
// files' data (copies; the embedded files are not changed).
func applyErrata(files []File) error {
	data, err := dictFS.ReadFile("dict/errata.tsv")
	if err != nil {
		return fmt.Errorf("default dictionaries: %w", err)
	}
	byName := map[string]*File{}
	for i := range files {
		byName[files[i].Name] = &files[i]
	}
	type fix struct{ old, new string }
	fixes := map[string]map[int][]fix{}
	for i, l := range strings.Split(string(data), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 4 {
			return fmt.Errorf("dict/errata.tsv:%d: %d fields, want 4", i+1, len(f))
		}
		n, err := strconv.Atoi(f[1])
		if err != nil {
			return fmt.Errorf("dict/errata.tsv:%d: line number: %w", i+1, err)
		}
		if fixes[f[0]] == nil {
			fixes[f[0]] = map[int][]fix{}
		}
		unesc := strings.NewReplacer(`\t`, "\t")
		fixes[f[0]][n] = append(fixes[f[0]][n], fix{unesc.Replace(f[2]), unesc.Replace(f[3])})
	}
	for name, byLine := range fixes {
		file, ok := byName[name]
		if !ok {
			return fmt.Errorf("dict/errata.tsv: unknown file %s", name)
		}
		lines := strings.SplitAfter(string(file.Data), "\n")
		for n, fs := range byLine {
			if n < 1 || n > len(lines) {
				return fmt.Errorf("dict/errata.tsv: %s has no line %d", name, n)
			}
			for _, fx := range fs {
				if !strings.Contains(lines[n-1], fx.old) {
					return fmt.Errorf("dict/errata.tsv: %s:%d does not contain %q", name, n, fx.old)
				}
				lines[n-1] = strings.Replace(lines[n-1], fx.old, fx.new, 1)
			}
		}
		file.Data = []byte(strings.Join(lines, ""))
	}
	return nil
}

var (
	defaultOnce    sync.Once
	defaultMatcher *Matcher
	defaultErr     error
)

// Default returns the Matcher of the embedded default dictionaries, loaded
// once (strictly: the defaults have no malformed lines) and shared.
func Default() (*Matcher, error) {
	defaultOnce.Do(func() {
		files, err := DefaultFiles()
		if err != nil {
			defaultErr = err
			return
		}
		defaultMatcher, defaultErr = Load(Options{Strict: true, MinStem: 4}, files...)
	})
	return defaultMatcher, defaultErr
}
