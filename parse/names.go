package parse

import (
	_ "embed"
	"strings"
)

// properNames lists single-word names of countries and capitals, one per
// line with the Penn tag they take (NNP or NNPS), generated from GeoNames by
// TestProperNames. News puts these names where the treebank rarely has them
// (first in a sentence, before "and"), and the tagger, guessing from their
// endings, can take "Hungary" or "Senegal" for an adjective there; a name on
// the list is always a proper noun.
//
//go:embed model/propernames.txt
var properNames string

// withNames returns the tagger's dictionary fast path extended with names,
// a list in the format of properNames. Names the tag set has no class for are
// skipped.
func (tg *tagger) withNames(names string) table {
	class := map[string]int32{}
	for c := range tg.upos {
		if tg.upos[c] == "PROPN" {
			class[tg.xpos[c]] = int32(c)
		}
	}
	type entry struct {
		key uint64
		row int32
	}
	var add []entry
	for _, line := range strings.Split(names, "\n") {
		form, xpos, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if !ok || form == "" {
			continue
		}
		if c, ok := class[xpos]; ok {
			add = append(add, entry{hashString(form, false), c})
		}
	}
	keys := tg.fixed.keys()
	t := newTable(len(keys) + len(add))
	for _, k := range keys {
		t.put(k, tg.fixed.get(k))
	}
	for _, e := range add {
		t.put(e.key, e.row)
	}
	return t
}
