package parse

import (
	"strings"
	"testing"

	entetext "entente/text"
)

// TestAsides parses sentences with and without asides and checks the
// arcs that matter to a coder: the main verb's subject, and where the aside
// hangs. Each want is "dependent>head:rel", words by form (first
// occurrence), "ROOT" for the root.
func TestAsides(t *testing.T) {
	m := defaultModel(t)
	tests := []struct {
		text string
		want []string
	}{
		{"China and Israel, which have no diplomatic relations, discussed peace prospects at a meeting in New York.",
			[]string{"discussed>ROOT:root", "China>discussed:nsubj", "have>China:acl:relcl"}},
		{"Iran, which has fought Iraq since 1980, attacked Kuwaiti tankers on Monday.",
			[]string{"attacked>ROOT:root", "Iran>attacked:nsubj", "fought>Iran:acl:relcl", "tankers>attacked:obj"}},
		{"The minister, who arrived on Sunday, met the Pakistani president.",
			[]string{"met>ROOT:root", "minister>met:nsubj", "arrived>minister:acl:relcl"}},
		{"The Taliban, backed by Pakistan, attacked Afghan army posts on Tuesday.",
			[]string{"attacked>ROOT:root", "Taliban>attacked:nsubj", "backed>Taliban:acl"}},
		{"Iran, officials said, has agreed to resume talks with the European Union.",
			[]string{"agreed>ROOT:root", "Iran>agreed:nsubj", "said>agreed:parataxis"}},
		{"India and the United States, whose ties have grown since 2005, signed a defence pact on Friday.",
			[]string{"signed>ROOT:root", "India>signed:nsubj", "grown>India:acl:relcl"}},
		// a wire dateline is parsed apart: its words are no subject
		{"SANTA BARBARA, Calif., April 13 - White House officials said no progress was made.",
			[]string{"said>ROOT:root", "officials>said:nsubj", "SANTA>said:dep"}},
		{"LONDON, April 9 - Britain and France signed a pact.",
			[]string{"signed>ROOT:root", "Britain>signed:nsubj", "LONDON>signed:dep"}},
		// an attribution that ends the sentence is parsed apart, with or
		// without a final stop
		{"Egypt flew two planeloads of weapons into Mogadishu on Tuesday, Somali officials said.",
			[]string{"flew>ROOT:root", "Egypt>flew:nsubj", "Mogadishu>flew:obl", "said>flew:parataxis", "officials>said:nsubj"}},
		{"Kenya expelled two diplomats, the ministry said",
			[]string{"expelled>ROOT:root", "said>expelled:parataxis"}},
		// not asides: a relative clause at the end, an apposition, a list
		{"The army shelled the town, which lies near the border.",
			[]string{"shelled>ROOT:root", "army>shelled:nsubj"}},
		{"Pakistan's foreign minister, a veteran diplomat, met the Russian president.",
			[]string{"met>ROOT:root", "minister>met:nsubj"}},
		{"Russia, China and Iran signed the accord.",
			[]string{"signed>ROOT:root", "Russia>signed:nsubj"}},
		// nor a last clause with a verb of its own, nor a sentence with
		// no verb before the comma
		{"Kenya expelled two diplomats, and the ministry said nothing.",
			[]string{"expelled>ROOT:root"}},
	}
	for _, tc := range tests {
		checkArcs(t, m, tc.text, tc.want)
	}
}

// checkArcs parses text, tokenized as the chain does (text.Tokenize), and
// checks the arcs of want, each "dependent>head:rel" with words by form
// (first occurrence) and "ROOT" for the root.
func checkArcs(t *testing.T, m *Model, text string, want []string) {
	t.Helper()
	toks := entetext.Tokenize(text, 0)
	m.Parse(toks)
	checkTree(t, toks)
	index := func(form string) int {
		for i := range toks {
			if toks[i].Form == form {
				return i
			}
		}
		t.Fatalf("%q: no word %q", text, form)
		return -1
	}
	for _, w := range want {
		dep, rest, _ := strings.Cut(w, ">")
		head, rel, _ := strings.Cut(rest, ":")
		d, h := index(dep), -1
		if head != "ROOT" {
			h = index(head)
		}
		if toks[d].Head != h || toks[d].Rel != rel {
			got := "ROOT"
			if toks[d].Head >= 0 {
				got = toks[toks[d].Head].Form
			}
			t.Errorf("%q: %s is %s of %s, want %s of %s", text, dep, toks[d].Rel, got, rel, head)
		}
	}
}

// TestHyphenParticiple: a verb joined by a hyphen before a noun is the
// noun's adjective ("flood-hit Pakistan"), not the verb of a clause.
func TestHyphenParticiple(t *testing.T) {
	m := defaultModel(t)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"China sent food and tents to flood-hit Pakistan on Tuesday.",
			[]string{"sent>ROOT:root", "Pakistan>sent:obl", "hit>Pakistan:amod", "Tuesday>sent:obl"}},
		{"Mexico dispatched 200 troops to storm-battered Guatemala on Wednesday.",
			[]string{"dispatched>ROOT:root", "Guatemala>dispatched:obl", "battered>Guatemala:amod", "to>Guatemala:case"}},
		{"U.S.-backed Contra rebels tried to blow up a pylon.",
			[]string{"tried>ROOT:root", "rebels>tried:nsubj", "backed>rebels:amod"}},
		{"Iran-backed rebels attacked a Saudi oil facility.",
			[]string{"attacked>ROOT:root", "rebels>attacked:nsubj", "backed>rebels:amod"}},
	} {
		checkArcs(t, m, tc.text, tc.want)
	}
}

// TestNominalRoot: a sentence parsed as a noun phrase with its verb a
// participle of the object ("held talks") gets the verb for its root.
func TestNominalRoot(t *testing.T) {
	m := defaultModel(t)
	checkArcs(t, m, "International Monetary Fund officials and Pakistani finance officials held talks in Islamabad on Tuesday over the delayed loan review.",
		[]string{"held>ROOT:root", "officials>held:nsubj", "talks>held:obj"})
}

// TestPrepParticiple: a past form between a preposition and a noun is the
// noun's adjective ("over alleged breaches"), not a verb of its own.
func TestPrepParticiple(t *testing.T) {
	m := defaultModel(t)
	checkArcs(t, m, "Kyiv impounded a tanker at Izmail over alleged breaches of sanctions.",
		[]string{"impounded>ROOT:root", "breaches>impounded:obl", "alleged>breaches:amod", "over>breaches:case"})
}
