package cameo

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"entente/internal/sharedtest"
)

var update = flag.Bool("update", false, "regenerate eventcodes.tsv from ../shared/codebook")

// TestEventCodebookCurrent is the generator of eventcodes.tsv: it builds the
// table from the shared codebook files and fails when the committed file
// differs; with -update it rewrites the file.
func TestEventCodebookCurrent(t *testing.T) {
	dir := sharedtest.Path(t, "codebook")
	got, err := buildEventTable(dir)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("eventcodes.tsv", []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got != eventCodesTSV {
		t.Fatal("eventcodes.tsv is not current with ../shared/codebook; run go test ./cameo -run TestEventCodebookCurrent -update")
	}
}

// readTSV returns the rows of a tab-separated file without its header.
func readTSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	first := true
	for sc.Scan() {
		if first {
			first = false
			continue
		}
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		rows = append(rows, strings.Split(sc.Text(), "\t"))
	}
	return rows, sc.Err()
}

type ploverMap struct{ typ, mode, context string }

// readPlover reads CAMEO2PLOVER-2021.txt: "CODE: TYPE, mode, context # note"
// and root headers "CODE: TYPE". The first row of a code wins.
func readPlover(path string) (map[string]ploverMap, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := map[string]ploverMap{}
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if i := strings.IndexByte(s, '#'); i >= 0 {
			s = s[:i]
		}
		s = strings.TrimSpace(s)
		if s == "" || strings.HasPrefix(s, "~") {
			continue
		}
		code, rest, ok := strings.Cut(s, ":")
		if !ok {
			return nil, fmt.Errorf("%s:%d: no colon", path, line)
		}
		code = strings.TrimSpace(code)
		if _, err := strconv.Atoi(code); err != nil {
			return nil, fmt.Errorf("%s:%d: bad code %q", path, line, code)
		}
		if _, seen := m[code]; seen {
			continue
		}
		parts := strings.Split(rest, ",")
		var p ploverMap
		norm := func(s string) string {
			s = strings.ToLower(strings.TrimSpace(s))
			fs := strings.Split(s, ";")
			for i := range fs {
				fs[i] = strings.TrimSpace(fs[i])
			}
			return strings.Join(fs, ";")
		}
		p.typ = norm(parts[0])
		if len(parts) > 1 {
			p.mode = norm(parts[1])
		}
		if len(parts) > 2 {
			p.context = norm(parts[2])
		}
		m[code] = p
	}
	return m, sc.Err()
}

func buildEventTable(dir string) (string, error) {
	names, err := readTSV(filepath.Join(dir, "cameo-codes.tsv"))
	if err != nil {
		return "", err
	}
	gold, err := readTSV(filepath.Join(dir, "CAMEO.goldsteinscale.txt"))
	if err != nil {
		return "", err
	}
	gdelt := map[string]string{}
	for _, r := range gold {
		if len(r) >= 2 {
			gdelt[strings.TrimSpace(r[0])] = strings.TrimSpace(r[1])
		}
	}
	plover, err := readPlover(filepath.Join(dir, "CAMEO2PLOVER-2021.txt"))
	if err != nil {
		return "", err
	}
	type row struct{ code, line string }
	var rows []row
	for i, r := range names {
		if len(r) < 5 {
			return "", fmt.Errorf("cameo-codes.tsv:%d: %d fields", i+2, len(r))
		}
		code, root := r[0], r[1]
		icews, err := strconv.ParseFloat(strings.TrimSpace(r[3]), 64)
		if err != nil {
			return "", fmt.Errorf("cameo-codes.tsv:%d: %w", i+2, err)
		}
		g, inGDELT := gdelt[code], "1"
		if g == "" {
			g, inGDELT = strconv.FormatFloat(icews, 'f', -1, 64), "0"
		}
		gv, err := strconv.ParseFloat(g, 64)
		if err != nil {
			return "", fmt.Errorf("goldstein of %s: %w", code, err)
		}
		// A code without a row of its own takes its parent's mapping (the
		// three-digit code, then the root); roots 01 and 02 have none.
		p, ok := plover[code]
		for k := len(code) - 1; !ok && k >= 2; k-- {
			if k == 2 || k == 3 {
				p, ok = plover[code[:k]]
			}
		}
		if root == "01" || root == "02" {
			p = ploverMap{}
		}
		clean := func(s string) string { return strings.Join(strings.Fields(s), " ") }
		rows = append(rows, row{code, strings.Join([]string{code, root, clean(r[2]), clean(r[4]),
			strconv.FormatFloat(gv, 'f', -1, 64), strconv.FormatFloat(icews, 'f', -1, 64), inGDELT,
			p.typ, p.mode, p.context}, "\t")})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].code < rows[j].code })
	var b strings.Builder
	b.WriteString("code\troot\tname\tdescription\tgoldstein\tgoldstein_icews\tin_gdelt\tplover_type\tplover_mode\tplover_context\n")
	for _, r := range rows {
		b.WriteString(r.line)
		b.WriteByte('\n')
	}
	return b.String(), nil
}
