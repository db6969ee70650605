package parse

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
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

// TestNames regenerates model/names.txt (with -update) from the GeoNames
// country table, the actor dictionary's nationality adjectives and the
// treebank, and checks that the shipped list matches it:
//   - the single-word names of countries and capitals, less those the
//     treebank tags as anything but a proper noun (such as "Male"), each
//     with the proper-noun tag the treebank gives it most often (NNP when it
//     has none);
//   - the singular nationality adjectives ("Nigerian", "Thai"), less those
//     that are also names of the first list ("Myanmar") or begin one of
//     more words ("Saudi Arabia"), and those the treebank tags as anything
//     but an adjective or a name (a language: "Polish") more often than as
//     an adjective, each an adjective (JJ);
//   - the cardinal number words from "two" to "thousand" (cardinalWords),
//     lower-case and capitalised, less capitalised ones the treebank tags
//     as a name more often than as a number ("Seven"), each a number (CD).
//     The treebank writes most numbers in digits, and the tagger, guessing,
//     took "twelve" after a verb for a preposition and "forty" for a noun,
//     which made "India detained twelve Bangladeshis who ..." a passive.
func TestNames(t *testing.T) {
	f, err := os.Open(sharedtest.Path(t, "gazetteer/geonames_countryInfo.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	names := map[string]bool{}
	firsts := map[string]bool{} // first words of longer names ("Saudi Arabia")
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
			if first, _, ok := strings.Cut(n, " "); ok {
				firsts[first] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	adjectives := demonyms(t, "../actor/dict/entente.demonyms.actors.txt")
	tags := map[string]map[string]int{} // form -> UPOS/XPOS -> count
	for _, split := range []string{"train", "dev", "test"} {
		for _, s := range readShared(t, "en_ewt-ud-"+split+".conllu.gz") {
			for _, w := range s.Words {
				if !names[w.Form] && !adjectives[w.Form] && !cardinalWords[strings.ToLower(w.Form)] {
					continue
				}
				if tags[w.Form] == nil {
					tags[w.Form] = map[string]int{}
				}
				tags[w.Form][w.UPOS+"\t"+w.XPOS]++
			}
		}
	}
	count := func(form, upos string) (n, other int) {
		for tag, c := range tags[form] {
			if strings.HasPrefix(tag, upos+"\t") {
				n += c
			} else {
				other += c
			}
		}
		return n, other
	}
	var out []string
	for n := range names {
		if _, other := count(n, "PROPN"); other > 0 && !namesAlwaysProper[n] {
			continue
		}
		tag := "NNP"
		if tags[n]["PROPN\tNNPS"] > tags[n]["PROPN\tNNP"] {
			tag = "NNPS"
		}
		out = append(out, n+"\tPROPN\t"+tag)
	}
	for a := range adjectives {
		adj, other := count(a, "ADJ")
		name, _ := count(a, "PROPN")
		if names[a] || firsts[a] || other-name > adj {
			continue
		}
		out = append(out, a+"\tADJ\tJJ")
	}
	for w := range cardinalWords {
		out = append(out, w+"\tNUM\tCD")
		title := strings.ToUpper(w[:1]) + w[1:]
		if num, _ := count(title, "NUM"); tags[title]["PROPN\tNNP"] <= num {
			out = append(out, title+"\tNUM\tCD")
		}
	}
	slices.Sort(out)
	golden.Check(t, "model/names.txt", strings.Join(out, "\n")+"\n", *update)
}

// cardinalWords are the number words TestNames gives the number tag: the
// cardinals from two to twenty, the tens and the words for a hundred and a
// thousand ("one" is also a pronoun and a noun: "the one who", "one of").
var cardinalWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"thirteen": true, "fourteen": true, "fifteen": true, "sixteen": true,
	"seventeen": true, "eighteen": true, "nineteen": true, "twenty": true,
	"thirty": true, "forty": true, "fifty": true, "sixty": true, "seventy": true,
	"eighty": true, "ninety": true, "hundred": true, "thousand": true,
}

// demonyms reads the nationality adjectives of an actor dictionary in
// Phoenix format: each word of a one-word phrase ("NIGERIAN_",
// "+AZERI_"), written as in running text ("Nigerian"), less plurals.
func demonyms(t *testing.T, path string) map[string]bool {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		w, _, _ := strings.Cut(strings.TrimPrefix(line, "+"), " ")
		w = strings.TrimSuffix(w, "_")
		if w == "" || strings.ContainsAny(w, "_.-'") || strings.HasSuffix(w, "S") || strings.ToUpper(w) != w {
			continue
		}
		w = w[:1] + strings.ToLower(w[1:])
		if len(w) > 2 && !notAdjective.MatchString(w) {
			out[w] = true
		}
	}
	return out
}

// notAdjective matches the words of the file that are no adjectives: the
// nouns for a person of a nationality ("Briton", "Dane", "Frenchman",
// "Spaniard"), and names of a country ("America").
var notAdjective = regexp.MustCompile(`^(Brit|Briton|Dane|Finn|Croat|Pole|Swede|Scot|Turk|Aussie|Kiwi|Basotho|Mosotho|Batswana|Motswana|Afghani|Filipina|Icelander|Luxembourger|Spaniard|Kosovar|America|Britain|Usa|[A-Z][a-z]+(ch|sh)(wo)?m[ae]n)$`)

// TestNamesFirstInSentence checks that names of countries that open a
// sentence or a conjunction are tagged and parsed as proper nouns,
// nationality adjectives as adjectives, and number words as numbers.
func TestNamesFirstInSentence(t *testing.T) {
	m := defaultModel(t)
	for _, tc := range []struct{ text, name, tag string }{
		{"Hungary and Slovakia held talks on Tuesday .", "Hungary", "PROPN nsubj"},
		{"Senegal and Peru held talks on Tuesday .", "Senegal", "PROPN nsubj"},
		{"Uzbekistan signed a deal with Peru .", "Uzbekistan", "PROPN nsubj"},
		{"Officials from Peru met Guinea on Monday .", "Guinea", "PROPN obj"},
		{"In March the Nigerian and Chadian armies launched an offensive .", "Nigerian", "ADJ amod"},
		{"India detained twelve Bangladeshis who entered without papers on Wednesday .", "detained", "VERB root"},
		{"India detained twelve Bangladeshis who entered without papers on Wednesday .", "twelve", "NUM nummod"},
		{"Forty soldiers crossed the border on Monday .", "Forty", "NUM nummod"},
		// pronouns are a closed class (bestClass)
		{"Pakistan set free 22 jailed fishermen from India on Thursday .", "set", "VERB root"},
		{"Pakistan set free 22 jailed fishermen from India on Thursday .", "fishermen", "NOUN obj"},
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
		if got != tc.tag {
			t.Errorf("%q: %s is %q, want %q", tc.text, tc.name, got, tc.tag)
		}
	}
}
