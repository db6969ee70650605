package parse

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"entente"
	"entente/internal/golden"
	"entente/internal/sharedtest"
)

// namesAlwaysProper are names the treebank tags otherwise ("Guinea" in
// "Guinea pig") but that news capitalises only for the country.
var namesAlwaysProper = map[string]bool{"Guinea": true}

// TestProperNames regenerates model/propernames.txt (with -update) from the
// GeoNames country table and the treebank, and checks that the shipped list
// matches: the single-word names of countries and capitals, less those the
// treebank tags as anything but a proper noun (such as "Male"), each with
// the proper-noun tag the treebank gives it most often (NNP when it has
// none).
func TestProperNames(t *testing.T) {
	f, err := os.Open(sharedtest.Path(t, "gazetteer/geonames_countryInfo.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	names := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 6 {
			t.Fatalf("countryInfo: short line %q", line)
		}
		for _, n := range cols[4:6] {
			if n != "" && !strings.ContainsAny(n, " .,") {
				names[n] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	other := map[string]bool{}
	xpos := map[string]map[string]int{}
	for _, split := range []string{"train", "dev", "test"} {
		for _, s := range readShared(t, "en_ewt-ud-"+split+".conllu.gz") {
			for _, w := range s.Words {
				if !names[w.Form] {
					continue
				}
				if w.UPOS != "PROPN" {
					other[w.Form] = true
					continue
				}
				if xpos[w.Form] == nil {
					xpos[w.Form] = map[string]int{}
				}
				xpos[w.Form][w.XPOS]++
			}
		}
	}
	var out []string
	for n := range names {
		if other[n] && !namesAlwaysProper[n] {
			continue
		}
		tag := "NNP"
		if xpos[n]["NNPS"] > xpos[n]["NNP"] {
			tag = "NNPS"
		}
		out = append(out, n+"\t"+tag)
	}
	slices.Sort(out)
	golden.Check(t, "model/propernames.txt", strings.Join(out, "\n")+"\n", *update)
}

// TestNamesFirstInSentence checks that names of countries that open a
// sentence or a conjunction are tagged and parsed as proper nouns.
func TestNamesFirstInSentence(t *testing.T) {
	m := defaultModel(t)
	for _, tc := range []struct{ text, name, rel string }{
		{"Hungary and Slovakia held talks on Tuesday .", "Hungary", "nsubj"},
		{"Senegal and Peru held talks on Tuesday .", "Senegal", "nsubj"},
		{"Uzbekistan signed a deal with Peru .", "Uzbekistan", "nsubj"},
		{"Officials from Peru met Guinea on Monday .", "Guinea", "obj"},
	} {
		var toks []entente.Token
		for _, w := range strings.Fields(tc.text) {
			toks = append(toks, entente.Token{Form: w})
		}
		m.Parse(toks)
		got := ""
		for _, tk := range toks {
			if tk.Form == tc.name {
				got = fmt.Sprintf("%s %s", tk.UPOS, tk.Rel)
			}
		}
		if want := "PROPN " + tc.rel; got != want {
			t.Errorf("%q: %s is %q, want %q", tc.text, tc.name, got, want)
		}
	}
}
