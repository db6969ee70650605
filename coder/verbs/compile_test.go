package verbs

import (
	"slices"
	"strings"
	"testing"
)

const indexed = `&TIES
+DIPLOMATIC_TIES
+RELATIONS
--- VISIT [042:043] ---
VISIT
- * TO + [042]
- * { BRIEFLY | SECRETLY } + [042]
- * &TIES WITH + [064]
--- NOTE [---] ---
NOTE
- * NOTHING [---]
--- WARN [---] ---
WARN
- * AGAINST + [###]
- * OF WAR [138]
`

func TestWordIndex(t *testing.T) {
	d := New()
	if errs := d.Read(strings.NewReader(indexed), "indexed.verbs"); len(errs) != 0 {
		t.Fatal(errs)
	}
	to, ok := d.WordID("TO")
	if !ok {
		t.Fatal("TO not numbered")
	}
	for _, form := range []string{"TO", "TOS"} {
		if !slices.Contains(d.FormIDs(form), to) {
			t.Errorf("FormIDs(%s) = %v, lacks TO (%d)", form, d.FormIDs(form), to)
		}
	}
	war, _ := d.WordID("WAR")
	for form, want := range map[string]bool{"WAR": true, "WARS": true, "WARRED": true, "WARM": false} {
		if got := slices.Contains(d.FormIDs(form), war); got != want {
			t.Errorf("FormIDs(%s) has WAR: %v, want %v", form, got, want)
		}
	}
	needs := map[string]int{}
	for _, b := range d.Blocks {
		for _, p := range b.Patterns {
			needs[p.Ref.Text] = len(p.Needs)
			if p.VerbAt != p.VerbIndex() {
				t.Errorf("%s: VerbAt %d", p.Ref.Text, p.VerbAt)
			}
		}
	}
	for pat, want := range map[string]int{
		"- * TO + [042]":                     1,
		"- * { BRIEFLY | SECRETLY } + [042]": 1, // either alternative
		"- * &TIES WITH + [064]":             2, // a first word of &TIES, and WITH
	} {
		if needs[pat] != want {
			t.Errorf("%s: %d needs, want %d", pat, needs[pat], want)
		}
	}
	for word, want := range map[string]bool{"VISIT": true, "NOTE": false, "WARN": true} {
		if vs := d.Lookup(word); len(vs) != 1 || vs[0].CanCode() != want {
			t.Errorf("%s: CanCode %v, want %v", word, !want, want)
		}
	}
}
