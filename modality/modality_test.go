package modality

import (
	"testing"

	"entente"
	"entente/text"
)

func sentence(t *testing.T, s string) (*entente.Article, entente.Sentence) {
	t.Helper()
	a := &entente.Article{Text: s}
	sents := text.Split(a)
	if len(sents) != 1 {
		t.Fatalf("%q: %d sentences", s, len(sents))
	}
	return a, sents[0]
}

func index(t *testing.T, s entente.Sentence, form string) int {
	t.Helper()
	for i, tok := range s.Tokens {
		if tok.Form == form {
			return i
		}
	}
	t.Fatalf("no token %q", form)
	return -1
}

func TestOf(t *testing.T) {
	tests := []struct {
		text, verb string
		want       entente.Modality
	}{
		{"The army shelled the village.", "shelled", entente.Asserted},
		{"Croatia today extradited to Bosnia a former guard wanted for abusing prisoners.", "extradited", entente.Asserted},
		{"The army did not shell the village.", "shell", entente.Negated},
		{"The army didn't shell the village.", "shell", entente.Negated},
		{"The army has never shelled the village.", "shelled", entente.Negated},
		{"The ministry denied supplying the rebels.", "supplying", entente.Negated},
		{"The ministry denied supplying the rebels.", "denied", entente.Asserted},
		{"The ministry denied that it had armed the rebels.", "armed", entente.Negated},
		{"No agreement was signed at the talks.", "signed", entente.Negated},
		{"The ministry refused to sign the accord.", "sign", entente.Negated},
		{"Critics have accused the ministry of arming the rebels by flying crates over the border.", "arming", entente.Alleged},
		{"Critics have accused the ministry of arming the rebels by flying crates over the border.", "flying", entente.Alleged},
		{"Critics have accused the ministry of arming the rebels by flying crates over the border.", "accused", entente.Asserted},
		{"The navy reportedly seized a tanker.", "seized", entente.Alleged},
		{"The navy seized a tanker, according to port officials.", "seized", entente.Alleged},
		{"The general is said to have ordered the raid.", "ordered", entente.Alleged},
		{"Officials said the general ordered the raid.", "ordered", entente.Asserted},
		{"The cabinet plans to expel the envoy.", "expel", entente.Intended},
		{"The president's threat to expel the envoy alarmed traders.", "expel", entente.Intended},
		{"The panel made a recommendation to expel the envoy.", "expel", entente.Hypothetical},
		// an attempt told in the past was made: the act, as CAMEO codes it
		{"Rebels tried to blow up a pylon.", "blow", entente.Asserted},
		{"Rebels attempted to storm the base.", "storm", entente.Asserted},
		{"Rebels are trying to storm the base.", "storm", entente.Intended},
		{"The president will visit the capital.", "visit", entente.Intended},
		{"The president is expected to visit the capital.", "visit", entente.Intended},
		{"The council expressed interest in forging closer ties with its neighbour.", "forging", entente.Intended},
		{"The council expressed interest in forging closer ties with its neighbour.", "expressed", entente.Asserted},
		{"The president is to visit the capital next week.", "visit", entente.Intended},
		{"The minister said the army would withdraw.", "withdraw", entente.Intended},
		{"The army could withdraw within weeks.", "withdraw", entente.Hypothetical},
		{"Sanctions would hurt the economy.", "hurt", entente.Hypothetical},
		{"If the rebels attack the town, the army will respond.", "attack", entente.Hypothetical},
		{"If the rebels attack the town, the army will respond.", "respond", entente.Intended},
		{"The army will respond if the rebels attack the town.", "attack", entente.Hypothetical},
		{"Will the army withdraw from the border?", "withdraw", entente.Question},
		{"The army will not withdraw from the border.", "withdraw", entente.Negated},
		{"The alliance's plan to expand angered its rival.", "angered", entente.Asserted},
		{"The army no longer patrols the border.", "patrols", entente.Negated},
		{"The rebels are unlikely to accept the offer.", "accept", entente.Hypothetical},
		{"The minister steadily rebuilt ties with the neighbour.", "rebuilt", entente.Asserted},
		{"The states signed a deal that included training.", "included", entente.Asserted},
		{"The states signed a deal to sell rifles.", "sell", entente.Intended},
		{"Protests are unlikely to stop the firm from finding an opportunity to sell rifles.", "sell", entente.Hypothetical},
		{"The army is trying to join the alliance.", "join", entente.Intended},
		{"The council not only seeks to mediate but also funds relief.", "seeks", entente.Asserted},
		{"The delegation left without signing the accord.", "signing", entente.Negated},
		{"The envoy urged the rebels to lay down their arms.", "lay", entente.Hypothetical},
		{"The envoy urged the rebels to lay down their arms.", "urged", entente.Asserted},
		{"Troops were sent in order to protect the convoy.", "protect", entente.Intended},
		{"The militia was blamed for shelling the market.", "shelling", entente.Alleged},
		{"The militia was blamed for shelling the market.", "blamed", entente.Asserted},
		{"The army will not withdraw unless the rebels disarm.", "disarm", entente.Hypothetical},
	}
	for _, tt := range tests {
		t.Run(tt.text+"/"+tt.verb, func(t *testing.T) {
			a, s := sentence(t, tt.text)
			if got := Of(&s, index(t, s, tt.verb), a.Text); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

// TestParsed checks that a parse, when present, supplies the auxiliaries and
// the governing verb.
func TestParsed(t *testing.T) {
	a, s := sentence(t, "The cabinet plans to expel the envoy.")
	// The cabinet plans to expel the envoy .
	heads := []int{1, 2, -1, 4, 2, 6, 4, 2}
	rels := []string{"det", "nsubj", "root", "mark", "xcomp", "det", "obj", "punct"}
	for i := range s.Tokens {
		s.Tokens[i].Head, s.Tokens[i].Rel = heads[i], rels[i]
	}
	if got := Of(&s, 4, a.Text); got != entente.Intended {
		t.Errorf("expel: got %s", got)
	}
	if got := Of(&s, 2, a.Text); got != entente.Asserted {
		t.Errorf("plans: got %s", got)
	}
}

// TestParsedGovernor checks that a governing word is found by word order when
// the parse hangs the verb's clause on a word that governs nothing: a verb
// whose object holds the cue ("voiced interest in joining"), or the object
// itself ("blamed the council for leaking").
func TestParsedGovernor(t *testing.T) {
	tests := []struct {
		text  string
		heads []int
		rels  []string
		verb  int
		want  entente.Modality
	}{
		{
			// the infinitive hung on the verb, the readiness its object
			"Japan expressed readiness to provide aid .",
			[]int{1, -1, 1, 4, 1, 4, 1},
			[]string{"nsubj", "root", "obj", "mark", "xcomp", "obj", "punct"},
			4, entente.Intended,
		},
		{
			// the infinitive hung on the verb, the plans its subject
			"There are no plans for the minister to expel the envoy .",
			[]int{1, -1, 3, 1, 6, 6, 3, 8, 1, 10, 8, 1},
			[]string{"expl", "root", "det", "nsubj", "case", "det", "nmod", "mark", "advcl", "det", "obj", "punct"},
			8, entente.Negated,
		},
		{
			"The council voiced interest in joining the pact .",
			[]int{1, 2, -1, 2, 5, 2, 7, 5, 2},
			[]string{"det", "nsubj", "root", "obj", "mark", "advcl", "det", "obj", "punct"},
			5, entente.Intended,
		},
		{
			"Rivals have blamed the council for leaking the plan .",
			[]int{2, 2, -1, 4, 2, 6, 4, 8, 6, 2},
			[]string{"nsubj", "aux", "root", "det", "obj", "mark", "acl", "det", "obj", "punct"},
			6, entente.Alleged,
		},
		{
			// "a guard wanted for abusing": no wish that governs the
			// verb the parse hangs on "wanted"
			"Croatia extradited a guard wanted for abusing prisoners .",
			[]int{1, 4, 3, 4, -1, 6, 4, 6, 4},
			[]string{"nsubj", "advcl", "det", "nsubj", "root", "mark", "advcl", "obj", "punct"},
			1, entente.Asserted,
		},
		{
			// a participle after a comma is a further act of the subject
			"Kuwait halted the imports , citing pesticides .",
			[]int{1, -1, 3, 1, 5, 1, 5, 1},
			[]string{"nsubj", "root", "det", "obj", "punct", "advcl", "obj", "punct"},
			5, entente.Asserted,
		},
		{
			// the same participle without a comma is what was stopped
			"Kuwait stopped sending troops .",
			[]int{1, -1, 1, 2, 1},
			[]string{"nsubj", "root", "xcomp", "obj", "punct"},
			2, entente.Negated,
		},
		{
			"The army would not withdraw , the minister said .",
			[]int{1, 4, 4, 4, -1, 8, 7, 8, 4, 4},
			[]string{"det", "nsubj", "aux", "advmod", "root", "punct", "det", "nsubj", "ccomp", "punct"},
			8, entente.Asserted,
		},
		{
			"There were allegations that the army shelled the town .",
			[]int{1, -1, 1, 6, 5, 6, 2, 8, 6, 1},
			[]string{"expl", "root", "nsubj", "obl", "det", "nsubj", "acl:relcl", "det", "obj", "punct"},
			6, entente.Alleged,
		},
		{
			"Rivals accused the council of leaking the plan , which the council denied .",
			[]int{1, -1, 3, 1, 5, 1, 7, 5, 12, 12, 11, 12, 7, 1},
			[]string{"nsubj", "root", "det", "obj", "mark", "advcl", "det", "obj", "punct", "obj", "det", "nsubj", "acl:relcl", "punct"},
			12, entente.Asserted,
		},
		{
			"Rivals accused the council of leaking the plan , which the council denied .",
			[]int{1, -1, 3, 1, 5, 1, 7, 5, 12, 12, 11, 12, 5, 1},
			[]string{"nsubj", "root", "det", "obj", "mark", "advcl", "det", "obj", "punct", "obj", "det", "nsubj", "advcl", "punct"},
			12, entente.Asserted,
		},
		{
			"Rivals accused the council on Friday of leaking the plan .",
			[]int{1, -1, 3, 1, 5, 1, 7, 5, 9, 7, 1},
			[]string{"nsubj", "root", "det", "obj", "case", "obl", "mark", "acl", "det", "obj", "punct"},
			7, entente.Alleged,
		},
		{
			"Rivals accused the council on Friday of leaking the plan .",
			[]int{1, -1, 3, 1, 5, 1, 7, 5, 9, 7, 1},
			[]string{"nsubj", "root", "det", "obj", "case", "obl", "mark", "acl", "det", "obj", "punct"},
			1, entente.Asserted,
		},
		{
			// The parse hangs visit on the object of the request.
			"The council invited the envoys to visit the capital .",
			[]int{1, 2, -1, 4, 2, 6, 4, 8, 6, 2},
			[]string{"det", "nsubj", "root", "det", "obj", "mark", "acl", "det", "obj", "punct"},
			6, entente.Hypothetical,
		},
		{
			// A clause inside an alleged clause is alleged.
			"Critics accused the army of sending troops to fight .",
			[]int{1, -1, 3, 1, 5, 3, 5, 8, 5, 1},
			[]string{"nsubj", "root", "det", "obj", "mark", "acl", "obj", "mark", "advcl", "punct"},
			8, entente.Alleged,
		},
		{
			// An infinitive the parse hangs on a noun keeps its reading.
			"The ministry said the envoys had two days to leave .",
			[]int{1, 2, -1, 4, 5, 2, 7, 5, 9, 7, 2},
			[]string{"det", "nsubj", "root", "det", "nsubj", "ccomp", "nummod", "obj", "mark", "acl", "punct"},
			9, entente.Asserted,
		},
		{
			// A participle after a comma shares the time of the verb
			// before it: a further act, planned too.
			"The minister will tour Asia , visiting Japan .",
			[]int{1, 3, 3, -1, 3, 6, 3, 6, 3},
			[]string{"det", "nsubj", "aux", "root", "obj", "punct", "advcl", "obj", "punct"},
			6, entente.Intended,
		},
		{
			// and done when that verb is
			"The minister toured Asia , visiting Japan .",
			[]int{1, 2, -1, 2, 5, 2, 5, 2},
			[]string{"det", "nsubj", "root", "obj", "punct", "advcl", "obj", "punct"},
			5, entente.Asserted,
		},
		{
			// but not the time of a reported verb, nor a saying
			"Iran said it would retaliate , accusing Israel .",
			[]int{1, -1, 4, 4, 1, 6, 4, 6, 1},
			[]string{"nsubj", "root", "nsubj", "aux", "ccomp", "punct", "advcl", "obj", "punct"},
			6, entente.Asserted,
		},
		{
			"The minister will veto the bill , citing pressure .",
			[]int{1, 3, 3, -1, 5, 3, 7, 3, 7, 3},
			[]string{"det", "nsubj", "aux", "root", "det", "obj", "punct", "advcl", "obj", "punct"},
			7, entente.Asserted,
		},
	}
	for _, tt := range tests {
		checkParsed(t, tt.text, tt.heads, tt.rels, nil, tt.verb, tt.want)
	}
	// A demand's clause hung on the verb whose object the demand is.
	checkParsed(t, "Poland renewed its demand that Russia return the wreckage .",
		[]int{1, -1, 3, 1, 6, 6, 1, 8, 6, 1},
		[]string{"nsubj", "root", "nmod:poss", "obj", "mark", "nsubj", "ccomp", "det", "obj", "punct"},
		map[int]string{1: "VBD", 6: "VB"}, 6, entente.Hypothetical)
}

// TestEventNoun: an event noun that is a verb's object is as sure as the
// verb's clause.
func TestEventNoun(t *testing.T) {
	for _, tc := range []struct {
		text string
		neg  bool
		want entente.Modality
	}{
		{"The presidents did not hold a meeting .", true, entente.Negated},
		{"The presidents did not hold a meeting .", false, entente.Asserted},
	} {
		a, s := sentence(t, tc.text)
		// The presidents did not hold a meeting .
		heads := []int{1, 4, 4, 4, -1, 6, 4, 4}
		rels := []string{"det", "nsubj", "aux", "advmod", "root", "det", "obj", "punct"}
		upos := []string{"DET", "NOUN", "AUX", "PART", "VERB", "DET", "NOUN", "PUNCT"}
		if !tc.neg {
			s.Tokens[3].Form = "also" // "did also hold"
		}
		for i := range s.Tokens {
			s.Tokens[i].Head, s.Tokens[i].Rel, s.Tokens[i].UPOS = heads[i], rels[i], upos[i]
		}
		s.Tokens[4].Lemma = "hold"
		if got := Of(&s, 6, a.Text); got != tc.want {
			t.Errorf("%q, meeting: got %s, want %s", tc.text, got, tc.want)
		}
	}
	// Not the object of a verb that reacts to the act ("did not condemn
	// the invasion" tells an invasion); the object of one that weighs or
	// asks for it is not done ("discussed sanctions").
	for _, tc := range []struct {
		verb, lemma string
		want        entente.Modality
	}{
		{"condemn", "condemn", entente.Asserted},
		{"discuss", "discuss", entente.Hypothetical},
	} {
		a, s := sentence(t, "Iran did not "+tc.verb+" the invasion .")
		heads := []int{3, 3, 3, -1, 5, 3, 3}
		rels := []string{"nsubj", "aux", "advmod", "root", "det", "obj", "punct"}
		upos := []string{"PROPN", "AUX", "PART", "VERB", "DET", "NOUN", "PUNCT"}
		for i := range s.Tokens {
			s.Tokens[i].Head, s.Tokens[i].Rel, s.Tokens[i].UPOS = heads[i], rels[i], upos[i]
		}
		s.Tokens[3].Lemma = tc.lemma
		if got := Of(&s, 5, a.Text); got != tc.want {
			t.Errorf("did not %s the invasion: got %s, want %s", tc.verb, got, tc.want)
		}
	}
}

// checkParsed gives the tokens of text the heads, relations and (when xpos
// is not nil) XPOS tags of a parse, the modals and auxiliaries among them
// UPOS AUX, and expects the modality of the verb at index verb to be want.
func checkParsed(t *testing.T, text string, heads []int, rels []string, xpos map[int]string, verb int, want entente.Modality) {
	t.Helper()
	a, s := sentence(t, text)
	if len(s.Tokens) != len(heads) {
		t.Fatalf("%q: %d tokens", text, len(s.Tokens))
	}
	for i := range s.Tokens {
		s.Tokens[i].Head, s.Tokens[i].Rel = heads[i], rels[i]
		if xpos == nil {
			continue
		}
		s.Tokens[i].XPOS = xpos[i]
		if xpos[i] == "MD" || xpos[i] == "VBD" && rels[i] == "aux" {
			s.Tokens[i].UPOS = "AUX"
		}
	}
	if got := Of(&s, verb, a.Text); got != want {
		t.Errorf("%q, %s: got %s, want %s", text, s.Tokens[verb].Form, got, want)
	}
}

// TestSubjunctive: after a request, a "that" clause in the subjunctive is
// as unrealised as an infinitive; one with a tense of its own is not. The
// reason for a punishment is alleged, what one warns against unrealised.
func TestSubjunctive(t *testing.T) {
	tests := []struct {
		text  string
		heads []int
		rels  []string
		xpos  map[int]string
		verb  int
		want  entente.Modality
	}{
		{
			"The council demanded that the army withdraw its troops .",
			[]int{1, 2, -1, 6, 5, 6, 2, 8, 6, 2},
			[]string{"det", "nsubj", "root", "mark", "det", "nsubj", "ccomp", "nmod:poss", "obj", "punct"},
			map[int]string{2: "VBD", 6: "VB"},
			6, entente.Hypothetical,
		},
		{
			"The council demanded that the army should withdraw .",
			[]int{1, 2, -1, 7, 5, 7, 7, 2, 2},
			[]string{"det", "nsubj", "root", "mark", "det", "nsubj", "aux", "ccomp", "punct"},
			map[int]string{2: "VBD", 6: "MD", 7: "VB"},
			7, entente.Hypothetical,
		},
		{
			"The council demanded that the army had withdrawn .",
			[]int{1, 2, -1, 7, 5, 7, 7, 2, 2},
			[]string{"det", "nsubj", "root", "mark", "det", "nsubj", "aux", "ccomp", "punct"},
			map[int]string{2: "VBD", 6: "VBD", 7: "VBN"},
			7, entente.Asserted,
		},
		{
			// the reason given for a punishment is alleged
			"The court fined the firm for abusing its power .",
			[]int{1, 2, -1, 4, 2, 6, 2, 8, 6, 2},
			[]string{"det", "nsubj", "root", "det", "obj", "mark", "advcl", "nmod:poss", "obj", "punct"},
			map[int]string{2: "VBD", 6: "VBG"},
			6, entente.Alleged,
		},
		{
			// what one warns against has not happened
			"The minister warned the army against crossing the border .",
			[]int{1, 2, -1, 4, 2, 6, 2, 8, 6, 2},
			[]string{"det", "nsubj", "root", "det", "obj", "mark", "advcl", "det", "obj", "punct"},
			map[int]string{2: "VBD", 6: "VBG"},
			6, entente.Hypothetical,
		},
		{
			// so is the reason given for a condemnation
			"The envoy criticised the council for allowing the march .",
			[]int{1, 2, -1, 4, 2, 6, 2, 8, 6, 2},
			[]string{"det", "nsubj", "root", "det", "obj", "mark", "advcl", "det", "obj", "punct"},
			map[int]string{2: "VBD", 6: "VBG"},
			6, entente.Alleged,
		},
		{
			// a decision to act is a plan
			"The envoy welcomed the council's decision to lift the ban .",
			[]int{1, 2, -1, 4, 6, 4, 2, 8, 6, 10, 8, 2},
			[]string{"det", "nsubj", "root", "det", "nmod:poss", "case", "obj", "mark", "acl", "det", "obj", "punct"},
			map[int]string{2: "VBD", 8: "VB"},
			8, entente.Intended,
		},
		{
			// but what a decision signed orders is done
			"The president signed a decision freeing the inmates .",
			[]int{1, 2, -1, 4, 2, 4, 7, 5, 2},
			[]string{"det", "nsubj", "root", "det", "obj", "acl", "det", "obj", "punct"},
			map[int]string{2: "VBD", 5: "VBG"},
			5, entente.Asserted,
		},
		{
			// a decision not signed orders nothing done: it stays a
			// plan, as any decision is
			"The president did not sign a decision freeing the inmates .",
			[]int{1, 4, 4, 4, -1, 6, 4, 6, 9, 7, 4},
			[]string{"det", "nsubj", "aux", "advmod", "root", "det", "obj", "acl", "det", "obj", "punct"},
			map[int]string{4: "VB", 7: "VBG"},
			7, entente.Intended,
		},
		{
			"The council said that the army withdraw .",
			[]int{1, 2, -1, 6, 5, 6, 2, 2},
			[]string{"det", "nsubj", "root", "mark", "det", "nsubj", "ccomp", "punct"},
			map[int]string{2: "VBD", 6: "VB"},
			6, entente.Asserted,
		},
	}
	for _, tt := range tests {
		checkParsed(t, tt.text, tt.heads, tt.rels, tt.xpos, tt.verb, tt.want)
	}
}

func TestPloverMode(t *testing.T) {
	tests := []struct {
		m    entente.Modality
		hist bool
		want string
	}{
		{entente.Asserted, false, ""},
		{entente.Asserted, true, "historical"},
		{entente.Negated, true, "negated"},
		{entente.Intended, false, "future"},
		{entente.Hypothetical, false, "hypothetical"},
		{entente.Question, false, "hypothetical"},
		{entente.Alleged, false, ""},
	}
	for _, tt := range tests {
		if got := PloverMode(tt.m, entente.When{Historical: tt.hist}); got != tt.want {
			t.Errorf("%s hist=%v: got %q, want %q", tt.m, tt.hist, got, tt.want)
		}
	}
}

func FuzzOf(f *testing.F) {
	f.Add("If they don't sign, will the army withdraw?")
	f.Add("accused of to that no longer , if")
	f.Fuzz(func(t *testing.T, s string) {
		a := &entente.Article{Text: s}
		for _, sent := range text.Split(a) {
			for i := -1; i <= len(sent.Tokens); i++ {
				switch m := Of(&sent, i, s); m {
				case entente.Asserted, entente.Negated, entente.Alleged, entente.Intended, entente.Hypothetical, entente.Question:
				default:
					t.Fatalf("unknown modality %q", m)
				}
			}
		}
	})
}

// TestClausesOfTheirOwn: a conjunct without a subject of its own shares its
// first conjunct's governor, also when the parse hangs an infinitive on a
// noun joined to the request verb; a clause of reason or contrast with a
// subject of its own is not negated with its main clause; an object with
// "no" negates its verb ("no fewer than" counts); what will have been
// done before a planned act ("will fly after having completed") is as
// planned as the act.
func TestClausesOfTheirOwn(t *testing.T) {
	for _, tc := range []struct {
		text  string
		heads []int
		rels  []string
		upos  string // one letter a token: V verb, N noun, A aux, O other
		verb  int
		want  entente.Modality
	}{
		{"The council urged the army and the militia to halt fighting and allow aid .",
			[]int{1, 2, -1, 4, 2, 7, 7, 2, 9, 7, 9, 12, 9, 12, 2},
			[]string{"det", "nsubj", "root", "det", "obj", "cc", "det", "conj", "mark", "acl", "obj", "cc", "conj", "obj", "punct"},
			"ONVONOONOVNOVNO", 9, entente.Hypothetical},
		{"The council urged the army and the militia to halt fighting and allow aid .",
			[]int{1, 2, -1, 4, 2, 7, 7, 2, 9, 7, 9, 12, 9, 12, 2},
			[]string{"det", "nsubj", "root", "det", "obj", "cc", "det", "conj", "mark", "acl", "obj", "cc", "conj", "obj", "punct"},
			"ONVONOONOVNOVNO", 12, entente.Hypothetical},
		{"Kenya will send troops while Uganda withdraws its forces .",
			[]int{2, 2, -1, 2, 6, 6, 2, 8, 6, 2},
			[]string{"nsubj", "aux", "root", "obj", "mark", "nsubj", "advcl", "nmod:poss", "obj", "punct"},
			"NAVNONVONO", 6, entente.Intended},
		{"Iran did not fight terrorism while it sheltered militants .",
			[]int{3, 3, 3, -1, 3, 7, 7, 3, 7, 3},
			[]string{"nsubj", "aux", "advmod", "root", "obj", "mark", "nsubj", "advcl", "obj", "punct"},
			"NAOVNOOVNO", 7, entente.Asserted},
		{"Iran did not fight terrorism while it sheltered militants .",
			[]int{3, 3, 3, -1, 3, 7, 7, 3, 7, 3},
			[]string{"nsubj", "aux", "advmod", "root", "obj", "mark", "nsubj", "advcl", "obj", "punct"},
			"NAOVNOOVNO", 3, entente.Negated},
		{"India offered no evidence .",
			[]int{1, -1, 3, 1, 1},
			[]string{"nsubj", "root", "det", "obj", "punct"},
			"NVONO", 1, entente.Negated},
		{"The minister will fly home after having completed a tour .",
			[]int{1, 3, 3, -1, 3, 7, 7, 3, 9, 7, 3},
			[]string{"det", "nsubj", "aux", "root", "advmod", "mark", "aux", "advcl", "det", "obj", "punct"},
			"ONAVOOAVONO", 7, entente.Intended},
		{"The army killed no fewer than 20 militants .",
			[]int{1, 2, -1, 4, 2, 4, 7, 4, 2},
			[]string{"det", "nsubj", "root", "det", "obj", "fixed", "nummod", "obl", "punct"},
			"ONVONOONO", 2, entente.Asserted},
	} {
		a, s := sentence(t, tc.text)
		if len(s.Tokens) != len(tc.heads) || len(tc.upos) != len(tc.heads) {
			t.Fatalf("%q: %d tokens", tc.text, len(s.Tokens))
		}
		for i := range s.Tokens {
			s.Tokens[i].Head, s.Tokens[i].Rel = tc.heads[i], tc.rels[i]
			s.Tokens[i].UPOS = map[byte]string{'V': "VERB", 'N': "NOUN", 'A': "AUX", 'O': "X"}[tc.upos[i]]
		}
		if got := Of(&s, tc.verb, a.Text); got != tc.want {
			t.Errorf("%q, %s: got %s, want %s", tc.text, s.Tokens[tc.verb].Form, got, tc.want)
		}
	}
}

// TestPlotted: an act planned or plotted is intended, told by a verb whose
// object is the act's noun ("planned an attack") or by an infinitive after
// "plotted".
func TestPlotted(t *testing.T) {
	a, s := sentence(t, "Rebels planned an attack .")
	for i, h := range []int{1, -1, 3, 1, 1} {
		s.Tokens[i].Head = h
		s.Tokens[i].Rel = []string{"nsubj", "root", "det", "obj", "punct"}[i]
		s.Tokens[i].UPOS = []string{"NOUN", "VERB", "DET", "NOUN", "PUNCT"}[i]
	}
	s.Tokens[1].Lemma = "plan"
	if got := Of(&s, 3, a.Text); got != entente.Intended {
		t.Errorf("planned an attack: got %s, want intended", got)
	}
	checkParsed(t, "Colombia plotted to kill him .", []int{1, -1, 3, 1, 3, 1},
		[]string{"nsubj", "root", "mark", "xcomp", "obj", "punct"}, nil, 3, entente.Intended)
}
