package coder

import (
	"entente"
	"entente/cameo"
	"entente/coder/verbs"
)

// reversesActive reports whether pattern p, matched with bindings b, would
// turn an active clause around: it puts the target before the verb and the
// source after it ("- + * &PREPOSIT1 $", written for "X was held in Y" and
// "X, held by Y"), and the target it bound is the subject of the verb in
// the active voice. In "Chile held drills near Peru" Chile is the doer, so
// such a pattern says nothing of the sentence and must not code it. The
// passive ("Chile was held by Peru"), a participle that modifies a noun
// ("fishermen held in Peru") and a clause without a parse are left to the
// pattern (but not one with an object, which is the parser's error for an
// active verb), and so is a source after "from" ("X received aid from Y": the
// subject of a verb of receiving (receivingVerbs) is the target; "X
// requested aid from Y" and "X freed drivers from Y" are X's acts).
func (m *matcher) reversesActive(p *verbs.Pattern, b bindings) bool {
	sc := m.sc
	if sc == nil || len(b.target) == 0 || len(b.source) == 0 || !targetThenSource(p) {
		return false
	}
	v := m.cl.toks[m.cl.verb]
	if sc.toks[v].Head < 0 && sc.rel(v) != "root" {
		return false // no parse
	}
	if len(sc.childrenWith(v, "nsubj:pass", "aux:pass", "expl")) > 0 {
		return false
	}
	if sc.reducedRelative(v) {
		return false
	}
	subj := activeSubjects(sc, v)
	if base(sc.rel(v)) == "acl" {
		if len(sc.childrenWith(v, "obj")) == 0 || sc.toks[v].Head > v {
			return false
		}
		// "officials held talks in Y" parsed as a noun with a participle:
		// a participle with a direct object is active, and the noun it
		// hangs on is its subject
		subj = []int{sc.toks[v].Head}
	}
	if len(subj) == 0 && inSet(base(sc.rel(v)), "xcomp", "conj") && sc.toks[v].Head >= 0 {
		// "Chile sent ships and held drills": the subject of the verb
		// it shares one with, when that verb is active too ("X was
		// seen to break ... in Y" is not)
		h := sc.toks[v].Head
		if len(sc.childrenWith(h, "nsubj:pass", "aux:pass")) > 0 {
			return false
		}
		subj = activeSubjects(sc, h)
	}
	for _, mi := range b.source {
		h := sc.mentHead[mi]
		if !receivingVerbs[sc.lemma(v)] && (sc.caseOf(h) == "from" || sourceAfter(p, "FROM")) {
			// "Honduras requested the handover of a minister from El
			// Salvador", "Ashgabat released drivers from Iran": who asks
			// or frees someone from somewhere is the doer; only the
			// subject of a verb of receiving is the target
			goto reversed
		}
		if sc.toks[h].Head == v && sc.rel(h) == "obj" || sc.modifiesObject(h, v) {
			// "the Taliban detained aid workers in Kabul", "Jordan shot
			// down Iranian drones": the object of an active verb, or a
			// word that describes it, is not its doer
			goto reversed
		}
		if locative[sc.caseOf(h)] || !spelledSource(p) && (!sc.argumentOf(h, v) || sc.toks[h].Head != v && sc.hasObject(v)) {
			// "held drills in Y", "held drills ... after a warning
			// from Y": a place, or an actor of another phrase; "held
			// talks with the president in Y": a verb with an object of
			// its own that the pattern does not name is active, and an
			// actor hanging on that object is not the doer
			goto reversed
		}
	}
	// "X received money from Y": see above
	return false
reversed:
	for _, mi := range b.target {
		// any word of the mention: a parse may hang part of it
		// elsewhere ("South" of "South Korean troops" as an adverb)
		tk := sc.mentions[mi].Tokens
		for t := tk[0]; t < tk[1] && t < len(sc.toks); t++ {
			for _, s := range subj {
				if sc.within(t, s) {
					return true
				}
			}
		}
	}
	return false
}

// hasObject reports whether verb v has a direct object.
func (sc *sentence) hasObject(v int) bool { return len(sc.childrenWith(v, "obj")) > 0 }

// modifiesObject reports whether token t describes the direct object of
// verb v: an adjective, compound or possessor of it ("Iranian drones").
func (sc *sentence) modifiesObject(t, v int) bool {
	h := sc.toks[t].Head
	return h >= 0 && sc.toks[h].Head == v && sc.rel(h) == "obj" && inSet(sc.rel(t), "amod", "compound", "nmod:poss")
}

// argumentOf reports whether token t is an argument of verb v or of its
// object ("received money from Y", "received from Y money").
func (sc *sentence) argumentOf(t, v int) bool {
	h := sc.toks[t].Head
	if h == v {
		return true
	}
	return h >= 0 && sc.toks[h].Head == v && base(sc.rel(h)) == "obj"
}

// spelledSource reports whether p names the word that introduces its
// source after the verb ("- + * &CURRENCY FROM $"), rather than a set of
// prepositions or nothing: the pattern then vouches for the role even where
// the parse hung the phrase on the wrong word.
func spelledSource(p *verbs.Pattern) bool {
	for i := p.VerbAt + 1; i < len(p.Elems); i++ {
		if p.Elems[i].Kind == verbs.Source {
			prev := p.Elems[i-1]
			return i-1 > p.VerbAt && prev.Kind == verbs.Word && !locative[prev.Text]
		}
	}
	return false
}

// sourceAfter reports whether pattern p spells the word w right before its
// source after the verb ("+ * FROM $").
func sourceAfter(p *verbs.Pattern, w string) bool {
	for i := p.VerbAt + 2; i < len(p.Elems); i++ {
		if p.Elems[i].Kind == verbs.Source {
			return p.Elems[i-1].Kind == verbs.Word && p.Elems[i-1].Text == w
		}
	}
	return false
}

// reducedRelative reports whether the parse took a participle that
// modifies its subject for the main verb: "fishermen held in Y were freed",
// parsed with "held" for the root and "were freed" for its conjunct (or a
// parataxis), a clause with an auxiliary but neither a subject nor a
// conjunction; or with "held" for the subject of the main verb.
func (sc *sentence) reducedRelative(v int) bool {
	if inSet(base(sc.rel(v)), "nsubj", "csubj") {
		// "fishermen held in Y were said to ...": parsed as the subject
		// of the main verb
		return true
	}
	for _, c := range sc.childrenWith(v, "conj", "parataxis") {
		if c > v && len(sc.childrenWith(c, "aux", "cop")) > 0 && len(sc.childrenWith(c, "nsubj", "cc")) == 0 {
			return true
		}
	}
	return false
}

// activeSubjects returns the nominal subjects of v in the active voice.
func activeSubjects(sc *sentence, v int) []int {
	var out []int
	for _, c := range sc.children[v] {
		if sc.rel(c) == "nsubj" {
			out = append(out, c)
		}
	}
	return out
}

// locative holds the prepositions that place an event ("in", "near"), and
// "by" and "against": after an active verb none introduces its source.
var locative = map[string]bool{
	"IN": true, "ON": true, "AT": true, "NEAR": true, "BY": true, "AGAINST": true, "INSIDE": true,
	"OFF": true, "OUTSIDE": true, "ACROSS": true, "ALONG": true, "AROUND": true, "WITHIN": true,
	"INTO": true, "OVER": true,
}

// targetThenSource reports whether p has a target marker before its verb
// and a source marker after it.
func targetThenSource(p *verbs.Pattern) bool {
	tgt, src := false, false
	for i, e := range p.Elems {
		switch {
		case i < p.VerbAt && e.Kind == verbs.Target:
			tgt = true
		case i > p.VerbAt && e.Kind == verbs.Source:
			src = true
		}
	}
	return tgt && src
}

// within reports whether token t lies in the subtree of token root.
func (sc *sentence) within(t, root int) bool {
	for k := 0; t >= 0 && t < len(sc.toks) && k < len(sc.toks); k++ {
		if t == root {
			return true
		}
		t = sc.toks[t].Head
	}
	return false
}

// missesObject reports whether pattern p, which names no word after its
// verb but the target ("- $ * +"), bound a target that is not the verb's
// direct object (or its owner, see ownerOf) while the object is a thing, not
// an actor: in "Chile held
// a military parade in Peru" the pattern of "Chile held Peru" would read
// "Peru" as what was held. What the verb does to a thing is for a pattern
// that names the thing (as light verbs are, see lightVerb).
func (m *matcher) missesObject(p *verbs.Pattern, b bindings) bool {
	sc := m.sc
	if sc == nil || len(b.target) == 0 {
		return false
	}
	for _, e := range p.Elems[p.VerbAt+1:] {
		if e.Kind != verbs.Target && e.Kind != verbs.Skip {
			return false
		}
	}
	v := m.cl.toks[m.cl.verb]
	// ("proposals he took to Tehran": a relative clause with a subject
	// of its own has the noun it modifies for object)
	objs := sc.relativeObjects(v)
	if len(objs) == 0 {
		return false
	}
	for _, o := range objs {
		if sc.mentAt[o] >= 0 {
			return false
		}
		for _, mi := range b.target {
			if sc.ownerOf(sc.mentHead[mi], o) {
				return false
			}
		}
	}
	return true
}

// classOutsideObject reports whether pattern p is a verb, a gap and a
// synset or a word ("- * &MILITARY [154]", "- + * PARLIAMENT [060]": what
// the verb acts on is of the class, or is the word) and matched that word
// inside a prepositional phrase (other than an "of" phrase: "thousands of
// troops") of the verb or of its object, when that object is an actor: in
// "summoned Bolivia's ambassador over an army post" the ambassador is
// summoned, not an army, and in "received the Fijian prime minister at
// Parliament House" the guest is received; so inside a clause of its own
// ("summoned the envoy after soldiers crossed the border"). So too when the
// object is an agreement ("concluded a deal on flights": the deal is
// concluded, no flights are ended). (Another object that is no actor may
// be told by the phrase: "requested 320 million dollars in fresh money".)
// Whatever the object, a content word in an adverbial clause or a
// parataxis beside it is not what the verb acts on ("suspended protests to
// allow time for negotiations" suspends no negotiations); the clause's
// marker may still be the pattern's ("charged the clerk with
// misappropriating funds", "- * WITH [173]").
func (m *matcher) classOutsideObject(p *verbs.Pattern, b bindings) bool {
	sc := m.sc
	after := p.Elems[p.VerbAt+1:]
	if sc == nil || b.synsetAt == 0 || len(after) != 1 || after[0].Kind != verbs.Synset && after[0].Kind != verbs.Word || p.Elems[p.VerbAt].Next {
		return false
	}
	v := m.cl.toks[m.cl.verb]
	objs := sc.childrenWith(v, "obj")
	actor := false
	for _, o := range objs {
		actor = actor || sc.mentAt[o] >= 0 || agreementNouns[sc.lemma(o)]
	}
	// a content word, not the marker of a clause the verb governs
	// ("charged the clerk with misappropriating funds")
	content := inSet(sc.toks[m.cl.toks[b.synsetAt-1]].UPOS, "NOUN", "PROPN", "ADJ", "VERB")
	for t, n := m.cl.toks[b.synsetAt-1], 0; t >= 0 && t != v && n < len(sc.toks); t, n = sc.toks[t].Head, n+1 {
		for _, o := range objs {
			if t == o {
				return false
			}
		}
		switch r := base(sc.rel(t)); {
		case actor && (r == "obl" || r == "nmod") && !inSet(sc.caseOf(t), "", "OF"):
			return true
		case (inSet(r, "advcl", "parataxis") || r == "conj" && sc.toks[t].UPOS == "VERB") && len(objs) > 0 && content:
			// in a clause of its own beside the object: "summoned the
			// charge d'affaires after two military helicopters crossed
			// into Polish airspace" (the parse may join that clause to
			// the verb's as a conjunct)
			return true
		case actor && inSet(r, "acl", "ccomp", "csubj"):
			return true
		}
	}
	return false
}

// agreementNouns are the upper-case lemmas of nouns that name an
// agreement, whose phrases tell what it is about, not what is done.
var agreementNouns = map[string]bool{"DEAL": true, "AGREEMENT": true, "ACCORD": true, "PACT": true,
	"TREATY": true, "MEMORANDUM": true, "CONTRACT": true, "ARRANGEMENT": true, "PROTOCOL": true}

// ownerOf reports whether nominal t is noun o or names whose o is: its
// possessor, a modifier or an "of" phrase ("Peru's envoy", "the Peruvian
// envoy", "the envoy of Peru"), not a phrase that says against or for whom
// ("a harder line against Islamabad"). So is a modifier of a name that is
// o's possessor or "of" phrase ("the executives of Turkish Petroleum").
func (sc *sentence) ownerOf(t, o int) bool {
	if t == o {
		return true
	}
	if h := sc.toks[t].Head; h >= 0 && h != o && sc.toks[h].Head == o && capitalised(sc.toks[h].Form) &&
		inSet(base(sc.rel(t)), "compound", "amod", "flat") && (sc.rel(h) == "nmod:poss" || base(sc.rel(h)) == "nmod" && sc.caseOf(h) == "OF") {
		return true
	}
	if sc.toks[t].Head != o {
		return false
	}
	switch base(sc.rel(t)) {
	case "compound", "amod", "flat", "appos":
		return true
	case "nmod":
		return sc.rel(t) == "nmod:poss" || inSet(sc.caseOf(t), "", "OF")
	}
	return false
}

// sourceInComplement reports whether pattern p bound its source to an
// actor inside a clause the verb reports or governs (its ccomp or
// parataxis) while the verb has a subject of its own that is not that
// actor: in "'Only Japan was mentioned,' said Takeshi Saito" or "Hong Kong
// is a volatile market, he said" the speaker says, not Japan or Hong Kong.
func (m *matcher) sourceInComplement(b bindings) bool {
	sc := m.sc
	if sc == nil || len(b.source) == 0 {
		return false
	}
	v := m.cl.toks[m.cl.verb]
	subj := activeSubjects(sc, v)
	if len(subj) == 0 {
		return false
	}
	comps := sc.childrenWith(v, "ccomp", "parataxis")
	if len(comps) == 0 {
		return false
	}
	for _, mi := range b.source {
		h := sc.mentHead[mi]
		for _, s := range subj {
			if sc.within(h, s) {
				return false
			}
		}
		in := false
		for _, c := range comps {
			in = in || sc.within(h, c)
		}
		if !in {
			return false
		}
	}
	return true
}

// inReported reports whether token t lies in a clause that verb v reports
// or governs (its ccomp or parataxis) while v has a subject of its own: in
// "'Hong Kong is a volatile market,' he said" Hong Kong is what was said,
// not who said it, even when "he" names no one the article knows.
func (sc *sentence) inReported(t, v int) bool {
	for k := 0; k < 2 && v >= 0; k++ {
		if len(activeSubjects(sc, v)) > 0 {
			for _, c := range sc.childrenWith(v, "ccomp", "parataxis") {
				if sc.within(t, c) {
					return true
				}
			}
		}
		if !inSet(base(sc.rel(v)), "advcl", "conj", "xcomp") {
			break
		}
		// "..., he said, adding": the clause of the verb it goes with
		v = sc.toks[v].Head
	}
	return false
}

// ignoresSubject reports whether pattern p, matched with bindings b, takes
// its source from the words after an active verb whose subject is an actor
// that the pattern binds to no role: in "Trump takes a harder line against
// Islamabad and the threat from groups like the Islamic State grows" the
// pattern "- * ^ FROM $" of "take ... from" would make the Islamic State the
// doer. A pattern that binds the subject as target ("- + * &CURRENCY FROM
// $", "X received money from Y") or the passive is left alone.
func (m *matcher) ignoresSubject(p *verbs.Pattern, b bindings) bool {
	sc := m.sc
	if sc == nil || len(b.source) == 0 {
		return false
	}
	after := false
	for i, e := range p.Elems {
		after = after || i > p.VerbAt && e.Kind == verbs.Source
	}
	if !after {
		return false
	}
	v := m.cl.toks[m.cl.verb]
	if len(sc.childrenWith(v, "nsubj:pass", "aux:pass", "expl")) > 0 || sc.reducedRelative(v) {
		return false
	}
	subj := activeSubjects(sc, v)
	actor := false
	for _, s := range subj {
		for t := range sc.toks {
			if mi := sc.mentAt[t]; mi >= 0 && sc.mentions[mi].Kind != entente.MentionCoref && sc.within(t, s) {
				actor = true
				for _, x := range append(append([]int(nil), b.target...), b.source...) {
					if x == mi {
						return false
					}
				}
			}
		}
	}
	return actor
}

// loneJointAct reports whether pattern p, matched with bindings b, codes
// material cooperation ("% * INSURGENT": fought insurgents together) by a
// '%' bound to a lone actor: "Mozambican troops fought insurgents" is a
// battle, not two parties' joint operation; the pattern gives way to the
// next one or to the block's default.
func (m *matcher) loneJointAct(p *verbs.Pattern, b bindings) bool {
	sc := m.sc
	if sc == nil || m.wordOrder || len(b.compound) == 0 || cameo.RootOf(p.Code.Source) != "06" {
		return false
	}
	var all []int
	for _, mi := range b.compound {
		all = append(all, mi)
		all = append(all, sc.actors(sc.coordination(sc.mentHead[mi]), 0)...)
	}
	return sc.oneCode(all)
}

// fightOverAgreement reports whether pattern p codes force (roots 18 to
// 20) of a verb whose direct object is an agreement: "struck a deal on the
// relationship between Gibraltar and the EU" is no fight between them,
// whatever "- * BETWEEN %" says of "struck"; the pattern gives way to the
// next one ("- % * DEAL").
func (m *matcher) fightOverAgreement(p *verbs.Pattern) bool {
	sc := m.sc
	if sc == nil || m.wordOrder {
		return false
	}
	if r := cameo.RootOf(p.Code.Source); r != "18" && r != "19" && r != "20" {
		return false
	}
	for _, o := range sc.childrenWith(m.cl.toks[m.cl.verb], "obj") {
		if agreementNouns[sc.lemma(o)] {
			return true
		}
	}
	return false
}

// receivingVerbs are the verbs (upper-case lemmas) whose subject receives
// something from whoever follows "from" ("received aid from", "came under
// fire from", "bought arms from", "drew criticism from"), and so is the
// target of the one after "from".
var receivingVerbs = map[string]bool{"RECEIVE": true, "GET": true, "OBTAIN": true, "ACCEPT": true, "WIN": true,
	"BUY": true, "PURCHASE": true, "IMPORT": true, "ACQUIRE": true, "TAKE": true, "BORROW": true, "COLLECT": true,
	"GAIN": true, "SECURE": true, "INHERIT": true, "HEAR": true, "LEARN": true, "COME": true, "SUFFER": true,
	"FACE": true, "RECOVER": true, "RETRIEVE": true, "EARN": true, "DRAW": true, "ATTRACT": true, "PROVOKE": true,
	"SPARK": true, "TRIGGER": true, "ELICIT": true, "PROMPT": true, "INCUR": true}
