package parse

import (
	"slices"
	"strings"

	"entente"
	"entente/internal/calendar"
)

// timeNouns are the nouns of a time adjunct after a verb of saying ("said
// on Monday", "said last week"), upper case not required.
var timeNouns = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "yesterday": true, "tonight": true,
	"week": true, "weekend": true, "month": true, "year": true, "morning": true,
	"afternoon": true, "evening": true, "night": true, "day": true,
}

// repair mends parses the model gets wrong in news (see repairReported,
// repairAttribution and repairDatedSubject).
func repair(toks []entente.Token) {
	repairReported(toks)
	repairAttribution(toks)
	repairDatedSubject(toks)
	repairDatedObject(toks)
	repairParticiple(toks)
	repairNameModifier(toks)
	repairDeterminedVerb(toks)
	repairPossessiveParticiple(toks)
	repairChargeDAffaires(toks)
	repairReportedParticiple(toks)
	repairReportedResult(toks)
	repairHaveParticiple(toks)
	repairHyphenParticiple(toks)
	repairNominalRoot(toks)
	repairPrepParticiple(toks)
	repairTimeSubject(toks)
	repairReducedRelative(toks)
	repairResultRoot(toks)
	repairPossessedModifier(toks)
	repairCalledOn(toks)
	repairActiveParticiple(toks)
	repairTrailingReporter(toks)
	repairFalseAux(toks)
	repairVerbModifiers(toks)
	repairCoordinatedAdjective(toks)
	repairPossessorOnVerb(toks)
	repairSubordinatePassive(toks)
	repairBareConj(toks)
	repairCloseTo(toks)
	repairAtLeast(toks)
	repairTwoSubjects(toks)
	repairDateModifier(toks)
	repairWithParty(toks)
	repairSubjectParticiple(toks)
	repairSubjectClause(toks)
	repairEmbeddedConj(toks)
	repairCommaParticiple(toks)
	repairDelayedInfinitive(toks)
	repairZeroRelative(toks)
	repairAgentSubject(toks)
	repairNameCase(toks)
	repairAdjectivalPassive(toks)
	repairGerundSubject(toks)
	repairSaidParticiple(toks)
	repairDeicticHead(toks)
	repairParticipleRoot(toks)
	repairFrontedSubject(toks)
	repairControlInfinitive(toks)
}

// agreedNouns are nouns a party agrees or commits to ("agreed to
// dialogue", "committed to peace"), no verbs.
var agreedNouns = map[string]bool{"talks": true, "ceasefire": true, "truce": true, "dialogue": true, "peace": true,
	"mediation": true, "arbitration": true, "dialog": true, "negotiation": true, "cooperation": true, "reform": true}

// repairControlInfinitive mends "Chad decided to scrap its military pact
// with Paris" read with "to scrap" a prepositional phrase: a bare noun
// (no determiner, no modifier) right after a "to" that follows a verb of
// deciding, agreeing or planning (controlVerbs), both hung on that verb,
// is the verb's infinitive complement (xcomp), "to" its marker, and the
// verb's first nominal after it the infinitive's object; not a plural, nor
// a noun one agrees to (agreedNouns: "agreed to dialogue").
func repairControlInfinitive(toks []entente.Token) {
	for i := 1; i+1 < len(toks); i++ {
		v, n := i-1, i+1
		if strings.ToLower(toks[i].Form) != "to" || toks[i].Head != n || toks[v].UPOS != "VERB" ||
			!controlVerbs[strings.ToLower(toks[v].Lemma)] || toks[n].UPOS != "NOUN" || toks[n].XPOS == "NNS" || toks[n].Head != v ||
			agreedNouns[strings.ToLower(toks[n].Form)] {
			continue
		}
		bare := true
		for c := range toks {
			if toks[c].Head == n && c != i {
				bare = false
			}
		}
		if !bare {
			continue
		}
		toks[n].UPOS, toks[n].XPOS, toks[n].Rel = "VERB", "VB", "xcomp"
		toks[i].UPOS, toks[i].XPOS, toks[i].Rel = "PART", "TO", "mark"
		for o := n + 1; o < len(toks); o++ {
			if toks[o].Head == v && (toks[o].Rel == "obl" || toks[o].Rel == "obj") && caseWord(toks, o) == "" {
				toks[o].Head, toks[o].Rel = n, "obj"
				break
			}
		}
	}
}

// repairFrontedSubject mends "After talks with a Ukrainian delegation on
// Tuesday, Secretary of State Marco Rubio said ..." read with the names
// after the comma as appositions inside the fronted phrase and the root
// with no subject: when the sentence opens with a preposition or a
// subordinating conjunction, the root is a verb with no subject, and the
// words between the last comma before it and the verb are all nominal
// (names, nouns, adjectives, determiners, numbers, "of", a possessive) and
// hang to the left of the comma, the phrase they form is the root's
// subject: its last head the subject, an earlier head (a title) that
// head's modifier. A "subject" that opens with a preposition ("After
// talks") is an oblique.
func repairFrontedSubject(toks []entente.Token) {
	if len(toks) < 4 || toks[0].UPOS != "ADP" && toks[0].UPOS != "SCONJ" {
		return
	}
	v := rootOf(toks)
	if v < 2 || toks[v].UPOS != "VERB" {
		return
	}
	var fronted []int // a "subject" that opens with a preposition ("After talks")
	for k := 0; k < v; k++ {
		if toks[k].Head == v && toks[k].Rel == "nsubj" && caseWord(toks, k) != "" {
			fronted = append(fronted, k)
		}
	}
	if len(fronted) == 0 && hasChild(toks, v, "nsubj") || hasChild(toks, v, "nsubj:pass") || hasChild(toks, v, "csubj") {
		return
	}
	c := v - 1
	for c > 0 && toks[c].Form != "," {
		switch toks[c].UPOS {
		case "PROPN", "NOUN", "ADJ", "DET", "NUM", "ADP", "PART":
		default:
			return
		}
		c--
	}
	if c <= 0 || c+1 >= v {
		return
	}
	var heads []int // the phrase's words whose heads lie outside it
	for k := c + 1; k < v; k++ {
		if h := toks[k].Head; h <= c || h >= v {
			if h >= v {
				return // already the verb's, or after it
			}
			heads = append(heads, k)
		}
	}
	if len(heads) == 0 {
		return
	}
	for _, k := range heads {
		if u := toks[k].UPOS; u != "PROPN" && u != "NOUN" {
			return
		}
	}
	subj := heads[len(heads)-1]
	for _, k := range fronted {
		if k >= c {
			return
		}
	}
	for _, k := range fronted {
		toks[k].Rel = "obl"
	}
	for _, k := range heads[:len(heads)-1] {
		toks[k].Head, toks[k].Rel = subj, "nmod:desc"
	}
	toks[subj].Head, toks[subj].Rel = v, "nsubj"
	toks[c].Head, toks[c].Rel = v, "punct"
}

// repairParticipleRoot mends "Three Russian MiG-31 fighter jets violated
// Estonian airspace and stayed for twelve minutes" parsed as a noun
// phrase whose last noun a past participle modifies (acl) with an object
// of its own: when the root is a noun, a name or a number, no word is a
// present tense, a modal or an auxiliary, and the first verb after the
// root is such a participle right after a word of the root's phrase, that
// verb is the root, a past tense: the old root's phrase its subject, and
// the root's dependents after the verb (conjuncts, a reporting clause,
// punctuation) its own.
func repairParticipleRoot(toks []entente.Token) {
	if !pastOnly(toks) {
		return
	}
	r := rootOf(toks)
	if r < 0 || toks[r].UPOS != "NOUN" && toks[r].UPOS != "PROPN" && toks[r].UPOS != "NUM" {
		return
	}
	for v := r + 1; v < len(toks); v++ {
		if toks[v].UPOS != "VERB" {
			continue
		}
		if toks[v].Rel != "acl" || toks[v].XPOS != "VBN" && toks[v].XPOS != "VBD" || toks[v].Head != v-1 ||
			!hangsOn(toks, v-1, r) || !hasChild(toks, v, "obj") {
			return // only the first verb after the root
		}
		for k := v + 1; k < len(toks); k++ {
			if toks[k].Head == r {
				toks[k].Head = v
			}
		}
		toks[v].Head, toks[v].Rel, toks[v].XPOS = -1, "root", "VBD"
		toks[r].Head, toks[r].Rel = v, "nsubj"
		return
	}
}

// deicticDays are the words that date an act by the day of the telling.
var deicticDays = map[string]bool{"yesterday": true, "today": true, "tonight": true, "tomorrow": true}

// repairDeicticHead mends "was hit by a Russian missile yesterday" read
// with "yesterday" the head of the noun phrase and "missile" its compound:
// "yesterday", "today", "tonight" or "tomorrow" right after a noun that
// the parse hangs on it as a compound is no noun's head; the noun takes its
// place (its relation, head and dependents) and the day word dates the
// verb above it (obl:tmod), or the noun, when there is none.
func repairDeicticHead(toks []entente.Token) {
	for d := 1; d < len(toks); d++ {
		n := d - 1
		if !deicticDays[strings.ToLower(toks[d].Form)] || toks[n].Head != d || toks[n].Rel != "compound" ||
			toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" {
			continue
		}
		toks[n].Head, toks[n].Rel = toks[d].Head, toks[d].Rel
		for c := range toks {
			if c != n && toks[c].Head == d {
				toks[c].Head = n
			}
		}
		v := toks[n].Head
		for k := 0; v >= 0 && toks[v].UPOS != "VERB" && k < 6; k++ {
			v = toks[v].Head
		}
		if v < 0 || toks[v].UPOS != "VERB" {
			v = n
		}
		toks[d].Head, toks[d].Rel = v, "obl:tmod"
	}
}

// repairSaidParticiple mends "Lavrov said that Yerevan was steering
// Armenia away from Russia, accusing Pashinyan's government of ruining
// ties" read with "accusing" a conjunct of the reported verb: an "-ing"
// participle after a comma, with no subject or conjunction of its own,
// joined to the verb of a clause that a verb of saying reports (or hung on
// it as an adverbial clause, for speechParticiples), is the sayer's (an
// adverbial clause of the verb of saying).
func repairSaidParticiple(toks []entente.Token) {
	for p := 1; p < len(toks); p++ {
		h := toks[p].Head
		if toks[p].XPOS != "VBG" || toks[p].Rel != "conj" && !(toks[p].Rel == "advcl" && speechParticiples[strings.ToLower(toks[p].Form)]) ||
			h < 0 || h >= p || toks[p-1].Form != "," || toks[h].Rel != "ccomp" {
			continue
		}
		g := toks[h].Head
		if g < 0 || !attributionVerbs[strings.ToLower(toks[g].Lemma)] {
			continue
		}
		own := false
		for c := range toks {
			own = own || toks[c].Head == p && (strings.HasPrefix(toks[c].Rel, "nsubj") || toks[c].Rel == "cc")
		}
		if !own {
			toks[p].Head, toks[p].Rel = g, "advcl"
		}
	}
}

// repairGerundSubject mends "as fighting flared" read with "fighting" the
// verb of the clause and "flared" its complement: an "-ing" word after a
// subordinating mark, with no subject, right before a past tense that
// hangs on it, is that past tense's subject (a noun), and the past tense
// heads the clause.
func repairGerundSubject(toks []entente.Token) {
	for i := 0; i+1 < len(toks); i++ {
		j := i + 1
		past := toks[j].XPOS == "VBD" || toks[j].UPOS == "VERB" && strings.HasSuffix(strings.ToLower(toks[j].Form), "ed")
		if toks[i].XPOS != "VBG" || !past || toks[j].Head != i || toks[i].Head < 0 {
			continue
		}
		mark, subj := -1, false
		for c := range toks {
			if toks[c].Head == i && toks[c].Rel == "mark" {
				mark = c
			}
			subj = subj || toks[c].Head == i && strings.HasPrefix(toks[c].Rel, "nsubj")
		}
		if mark < 0 || subj {
			continue
		}
		toks[j].Head, toks[j].Rel = toks[i].Head, toks[i].Rel
		toks[i].Head, toks[i].Rel, toks[i].UPOS, toks[i].XPOS = j, "nsubj", "NOUN", "NN"
		toks[mark].Head = j
	}
}

// passiveAdjectives are past participles of acts done to people that the
// tagger reads as adjectives after "be" ("were wounded").
var passiveAdjectives = map[string]bool{"wounded": true, "injured": true, "killed": true, "hurt": true, "arrested": true,
	"detained": true, "abducted": true, "kidnapped": true, "attacked": true, "expelled": true, "captured": true,
	"jailed": true, "shot": true, "executed": true, "deported": true, "sanctioned": true, "targeted": true}

// beForms are the forms of "be".
var beForms = map[string]bool{"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true,
	"'s": true, "'re": true}

// repairAdjectivalPassive mends "Several American service members were
// wounded when rockets ..." read with "wounded" an adjective and "were" its
// copula: a participle of an act done to people, so read, is a passive
// verb, its subject the patient (nsubj:pass) and "be" its auxiliary.
func repairAdjectivalPassive(toks []entente.Token) {
	for v := range toks {
		if toks[v].UPOS != "ADJ" || !passiveAdjectives[strings.ToLower(toks[v].Form)] {
			continue
		}
		cop := -1
		for c := range toks {
			if toks[c].Head == v && toks[c].Rel == "cop" && beForms[strings.ToLower(toks[c].Form)] {
				cop = c
			}
		}
		if cop < 0 {
			continue
		}
		toks[v].UPOS, toks[v].XPOS = "VERB", "VBN"
		toks[cop].Rel = "aux:pass"
		for c := range toks {
			if toks[c].Head == v && toks[c].Rel == "nsubj" {
				toks[c].Rel = "nsubj:pass"
			}
		}
	}
}

// repairNameCase mends "a visit by Xi Jinping to Moscow" read with "by"
// hung on "Xi", the first word of a name whose head is a later word: a
// preposition (or possessive marker) before a compound or flat word goes
// to the head of the phrase that word belongs to, as in UD.
func repairNameCase(toks []entente.Token) {
	for c := range toks {
		w := toks[c].Head
		if toks[c].Rel != "case" || w <= c || w >= len(toks) {
			continue
		}
		h := w
		for k := 0; k < 4 && (toks[h].Rel == "compound" || toks[h].Rel == "flat") && toks[h].Head > h && toks[h].Head < len(toks); k++ {
			h = toks[h].Head
		}
		if h != w && toks[h].UPOS == toks[w].UPOS {
			toks[c].Head = h
		}
	}
}

// repairAgentSubject mends "a drone launched from Iraq by unknown attackers
// struck an oil field" read with the "by" phrase as a second subject of
// the main verb: a subject that opens with "by", after a participle that
// modifies the verb's other subject, is that participle's agent.
func repairAgentSubject(toks []entente.Token) {
	for n := range toks {
		v := toks[n].Head
		if toks[n].Rel != "nsubj" || v < 0 || leadingCase(toks, n) != "by" {
			continue
		}
		for p := n - 1; p >= 0; p-- {
			if toks[p].Rel == "acl" && toks[p].UPOS == "VERB" && toks[p].Head >= 0 && toks[toks[p].Head].Rel == "nsubj" && toks[toks[p].Head].Head == v {
				toks[n].Head, toks[n].Rel = p, "obl:agent"
				break
			}
		}
	}
}

// repairZeroRelative mends "imposed sanctions on three officials it accused
// of ordering arrests" read with "accused" as a conjunct of "imposed": a
// verb with no object right after a pronoun subject that follows a noun,
// joined as a conjunct with no conjunction or comma before it, is a
// relative clause of that noun (whose object the noun is).
func repairZeroRelative(toks []entente.Token) {
	for c := 2; c < len(toks); c++ {
		s, n, h := c-1, c-2, toks[c].Head
		if toks[c].Rel != "conj" || toks[c].UPOS != "VERB" || h < 0 || h > n || toks[s].UPOS != "PRON" || toks[s].Head != c ||
			toks[s].Rel != "nsubj" || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" || hasChild(toks, c, "obj") || hasChild(toks, c, "cc") {
			continue
		}
		if w := strings.ToLower(toks[s].Form); w != "it" && w != "they" && w != "he" && w != "she" && w != "we" {
			continue
		}
		if commaBetween(toks, h, c) || !dominates(toks, h, n) {
			continue
		}
		toks[c].Head, toks[c].Rel = n, "acl:relcl"
	}
}

// controlVerbs are the lemmas of verbs whose "to" infinitive is what their
// subject agrees, decides or offers to do (their xcomp).
var controlVerbs = map[string]bool{"agree": true, "decide": true, "plan": true, "promise": true, "pledge": true,
	"vow": true, "threaten": true, "refuse": true, "offer": true, "want": true, "seek": true, "try": true,
	"aim": true, "intend": true, "prepare": true, "undertake": true, "resolve": true, "commit": true}

// repairDelayedInfinitive mends "Japan agreed on Tuesday to lend the
// Philippines $300 million" read with the infinitive as a clause of purpose
// (advcl) because a date stands between: a "to" infinitive taken as an
// adverbial clause of a verb of agreeing, deciding or offering, with only a
// date or other oblique between them, is the verb's complement (xcomp).
func repairDelayedInfinitive(toks []entente.Token) {
	for c := range toks {
		h := toks[c].Head
		if toks[c].Rel != "advcl" || h < 0 || h > c || !controlVerbs[strings.ToLower(toks[h].Lemma)] || hasChild(toks, c, "nsubj") {
			continue
		}
		to := -1
		for k := range toks {
			if toks[k].Head == c && toks[k].Rel == "mark" && strings.EqualFold(toks[k].Form, "to") {
				to = k
			}
		}
		if to != c-1 {
			continue
		}
		// what stands between the verb and "to" hangs on the verb as an
		// oblique ("on Tuesday", "in Tokyo")
		ok := true
		for k := h + 1; k < to && ok; k++ {
			a := k
			for ; a >= 0 && a != h && ok; a = toks[a].Head {
				if toks[a].Head == h && toks[a].Rel != "obl" && toks[a].Rel != "obl:tmod" && toks[a].Rel != "advmod" {
					ok = false
				}
			}
			ok = ok && a == h
		}
		if ok {
			toks[c].Rel = "xcomp"
		}
	}
}

// repairCommaParticiple mends "blacklisted a company for violating the
// embargo, freezing its assets" read with "freezing" as a conjunct of
// "violating": an "-ing" verb after a comma, with no conjunction of its
// own, hung as a conjunct on the verb of a clause of reason or time ("for",
// "after"), is a clause of the verb that clause hangs on.
func repairCommaParticiple(toks []entente.Token) {
	for c := 1; c < len(toks); c++ {
		h := toks[c].Head
		if toks[c].Rel != "conj" || toks[c].XPOS != "VBG" || toks[c-1].Form != "," || h < 0 || h > c ||
			toks[h].Rel != "advcl" || hasChild(toks, c, "cc") {
			continue
		}
		// a reason or a time ("for violating", "after meeting"), not a
		// means, whose result the participle may tell ("violate the
		// treaty by imposing a tariff, permitting retaliation")
		reason := false
		for k := range toks {
			if toks[k].Head == h && toks[k].Rel == "mark" {
				w := strings.ToLower(toks[k].Form)
				reason = reason || w == "for" || w == "after"
			}
		}
		if !reason {
			continue
		}
		toks[c].Head, toks[c].Rel = toks[h].Head, "advcl"
	}
}

// repairEmbeddedConj mends "arrived for a visit, the first since the new
// cabinet took office, and promised support" read with "promised" as a
// conjunct of "took", the verb of a clause inside a noun phrase: a verb
// after ", and" with no subject of its own, joined to the verb of a
// subordinate or relative clause that has its own subject and hangs on a
// noun or an adjective, is a conjunct of the verb that noun phrase hangs
// on, when that verb is of the same form.
func repairEmbeddedConj(toks []entente.Token) {
	for c := 2; c < len(toks); c++ {
		h := toks[c].Head
		if toks[c].Rel != "conj" || toks[c].UPOS != "VERB" || h < 0 || h > c || hasChild(toks, c, "nsubj") || hasChild(toks, c, "nsubj:pass") ||
			!strings.EqualFold(toks[c-1].Form, "and") || toks[c-2].Form != "," {
			continue
		}
		if r := toks[h].Rel; r != "advcl" && r != "acl" && r != "acl:relcl" || !hasChild(toks, h, "nsubj") {
			continue
		}
		g := toks[h].Head
		if g < 0 || toks[g].UPOS == "VERB" || toks[g].UPOS == "AUX" {
			continue
		}
		v := g
		for k := 0; k < len(toks) && v >= 0 && toks[v].UPOS != "VERB"; k++ {
			v = toks[v].Head
		}
		if v < 0 || toks[v].XPOS != toks[c].XPOS {
			continue
		}
		toks[c].Head = v
	}
}

// byAgent reports whether verb v has a "by" phrase or an agent: a
// participle so told is passive ("diplomats handed expulsion orders by
// Russia").
func byAgent(toks []entente.Token, v int) bool {
	for c := range toks {
		if toks[c].Head == v && (toks[c].Rel == "obl:agent" || strings.HasPrefix(toks[c].Rel, "obl") && caseWord(toks, c) == "by") {
			return true
		}
	}
	return false
}

// repairSubjectClause mends "The minister is due to meet the president"
// read with the infinitive as the clausal subject of "due", which has a
// subject already: an infinitive after its head, taken as the clausal
// subject (csubj) of a head that has a nominal subject, is its complement
// (xcomp).
func repairSubjectClause(toks []entente.Token) {
	for c := range toks {
		h := toks[c].Head
		if toks[c].Rel != "csubj" || h < 0 || h > c || !hasChild(toks, h, "nsubj") {
			continue
		}
		to := false
		for k := range toks {
			to = to || toks[k].Head == c && toks[k].Rel == "mark" && strings.EqualFold(toks[k].Form, "to")
		}
		if to {
			toks[c].Rel = "xcomp"
		}
	}
}

// repairSubjectParticiple mends "Sri Lanka's navy arrested 18 fishermen on
// Saturday and seized their trawlers" read with "arrested" as a participle
// modifying the subject and "seized" as the only verb: a participle in
// "-ed" right after its noun, with an object of its own, whose noun is the
// subject of a past-tense verb after it that an "and" joins to it, is the
// first verb of the clause; the later verb is its conjunct.
func repairSubjectParticiple(toks []entente.Token) {
	for p := 1; p < len(toks); p++ {
		n := toks[p].Head
		if toks[p].Rel != "acl" || toks[p].UPOS != "VERB" || n < 0 || n != p-1 || toks[n].Rel != "nsubj" ||
			!strings.HasSuffix(strings.ToLower(toks[p].Form), "ed") || !hasChild(toks, p, "obj") || byAgent(toks, p) {
			continue
		}
		r := toks[n].Head
		if r <= p || toks[r].UPOS != "VERB" || toks[r].XPOS != "VBD" {
			continue
		}
		and := -1
		for c := p + 1; c < r; c++ {
			if toks[c].Rel == "cc" && toks[c].Head == r && strings.EqualFold(toks[c].Form, "and") {
				and = c
			}
		}
		if and < 0 {
			continue
		}
		toks[p].Head, toks[p].Rel, toks[p].XPOS = toks[r].Head, toks[r].Rel, "VBD"
		toks[n].Head = p
		toks[r].Head, toks[r].Rel = p, "conj"
		for c := p + 1; c < and; c++ {
			if toks[c].Head == r {
				toks[c].Head = p // "on Saturday", before the "and", dates the first verb
			}
		}
	}
}

// consultVerbs are the lemmas of verbs one does with another party ("discussed
// the border with Tajikistan's minister").
var consultVerbs = map[string]bool{"discuss": true, "talk": true, "meet": true, "negotiate": true, "consult": true,
	"confer": true, "review": true, "debate": true, "examine": true}

// partyNouns are nouns that name a person or party by office, lower case.
var partyNouns = map[string]bool{"counterpart": true, "counterparts": true, "minister": true, "ministers": true,
	"president": true, "premier": true, "leader": true, "leaders": true, "king": true, "emir": true, "envoy": true,
	"envoys": true, "ambassador": true, "officials": true, "delegation": true, "chancellor": true, "secretary": true,
	"representatives": true, "commander": true, "chief": true, "prince": true, "sultan": true, "adviser": true,
	"advisers": true, "advisor": true, "advisors": true, "aide": true, "aides": true, "official": true,
	"negotiator": true, "negotiators": true, "delegates": true, "commissioner": true, "representative": true,
	"governor": true, "mayor": true, "general": true}

// withNouns are lemmas of nouns that take a "with" phrase of their own
// ("the deterioration of ties with China"): a party named by name there is
// part of the topic (a person named by office is still the one consulted:
// "security on the border with Foreign Minister Muhriddin").
var withNouns = map[string]bool{"tie": true, "ties": true, "relation": true, "relations": true, "relationship": true,
	"talk": true, "talks": true, "meeting": true, "deal": true, "agreement": true, "cooperation": true, "border": true,
	"dispute": true, "war": true, "conflict": true, "link": true, "links": true, "contact": true, "contacts": true,
	"partnership": true, "negotiation": true, "negotiations": true, "rapprochement": true, "normalisation": true,
	"normalization": true, "alliance": true, "rift": true, "feud": true}

// titled reports whether name n has a title among its modifiers
// ("Japanese Foreign Minister Takeshi Iwaya").
func titled(toks []entente.Token, n int) bool {
	for c := 0; c < n; c++ {
		if partyNouns[strings.ToLower(toks[c].Form)] && dominates(toks, n, c) {
			return true
		}
	}
	return false
}

// repairWithParty mends "discussed security on the border and labour
// migration with Tajik Foreign Minister Sirojiddin Muhriddin" read with the
// "with" phrase modifying a noun deep inside the object: a "with" phrase
// naming a person by office ("his counterpart", "Foreign Minister Takeshi
// Iwaya") that hangs in the object
// of a verb of consultation which has no "with" phrase of its own, or one
// naming a party by name that hangs two or more steps below that object,
// is the verb's (the party it consults). A name hung on the object itself
// ("discussed cooperation with China") is left alone.
func repairWithParty(toks []entente.Token) {
	for v := range toks {
		if toks[v].UPOS != "VERB" || !consultVerbs[strings.ToLower(toks[v].Lemma)] {
			continue
		}
		own := false
		for c := range toks {
			own = own || toks[c].Head == v && caseWord(toks, c) == "with"
		}
		if own {
			continue
		}
		for n := v + 1; n < len(toks); n++ {
			h := toks[n].Head
			person := partyNouns[strings.ToLower(toks[n].Form)] || toks[n].UPOS == "PROPN" && titled(toks, n)
			if toks[n].Rel != "nmod" || toks[n].UPOS != "PROPN" && !person || leadingCase(toks, n) != "with" || h < 0 ||
				!person && (toks[h].Rel == "obj" && toks[h].Head == v || withNouns[strings.ToLower(toks[h].Lemma)]) {
				continue
			}
			o := h
			// (the object, or a bare noun the parse made an oblique:
			// "discussed power trade and border connectivity with ...")
			for k := 0; k < len(toks) && o >= 0 && !(toks[o].Head == v && (toks[o].Rel == "obj" || toks[o].Rel == "obl" && caseWord(toks, o) == "")); k++ {
				if r := toks[o].Rel; r != "nmod" && r != "conj" {
					o = -1
					break
				}
				o = toks[o].Head
			}
			if o >= 0 {
				toks[n].Head, toks[n].Rel = v, "obl"
				break
			}
		}
	}
}

// repairDateModifier mends "held talks on Thursday with Qatar" and "will
// travel to Lima next week for talks" read with the phrase after the date
// modifying it: a prepositional phrase other than "of" hung on a weekday,
// or on a week, month or year counted from now, that is an oblique of a
// verb is the verb's.
func repairDateModifier(toks []entente.Token) {
	for d := range toks {
		v := toks[d].Head
		if v < 0 || toks[d].Rel != "obl" && toks[d].Rel != "obl:tmod" && toks[d].Rel != "obl:unmarked" || toks[v].UPOS != "VERB" ||
			!calendar.IsWeekday(toks[d].Form) && !relativeDate(toks, d) {
			continue
		}
		for n := d + 1; n < len(toks); n++ {
			if toks[n].Head != d || toks[n].Rel != "nmod" {
				continue
			}
			if c := caseWord(toks, n); c != "" && c != "of" {
				toks[n].Head, toks[n].Rel = v, "obl"
			}
		}
	}
}

// leadingCase returns the lower-case form of the preposition that opens
// nominal n's phrase, wherever the parse hangs it inside the phrase ("with
// Foreign Minister Alberto van Klaveren", "with" on "van"); "" when the
// phrase opens with no preposition.
func leadingCase(toks []entente.Token, n int) string {
	for k := 0; k <= n; k++ {
		if dominates(toks, n, k) {
			if toks[k].Rel == "case" {
				return strings.ToLower(toks[k].Form)
			}
			return ""
		}
	}
	return ""
}

// relativeDate reports whether token d is a week, month or year counted
// from now ("next week", "last month", "this year").
func relativeDate(toks []entente.Token, d int) bool {
	switch strings.ToLower(toks[d].Form) {
	case "week", "month", "year", "weekend":
	default:
		return false
	}
	for c := range toks {
		if toks[c].Head == d && (toks[c].Rel == "amod" || toks[c].Rel == "det") {
			switch strings.ToLower(toks[c].Form) {
			case "next", "last", "this", "coming", "past":
				return true
			}
		}
	}
	return false
}

// caseWord returns the lower-case form of nominal n's case marker, "" when
// it has none.
func caseWord(toks []entente.Token, n int) string {
	for c := range toks {
		if toks[c].Head == n && toks[c].Rel == "case" {
			return strings.ToLower(toks[c].Form)
		}
	}
	return ""
}

// repairTwoSubjects mends "Qatar's prime minister and Iran's Abbas
// Araghchi held talks" read with both names as subjects of the verb: when
// a verb has exactly two nominal subjects of one kind, with a coordinating
// "and" or "or" between the first's words and the second's, the second is
// a conjunct of the first.
func repairTwoSubjects(toks []entente.Token) {
	for v := range toks {
		var subj []int
		for c := range toks {
			if toks[c].Head == v && (toks[c].Rel == "nsubj" || toks[c].Rel == "nsubj:pass") {
				subj = append(subj, c)
			}
		}
		if len(subj) != 2 || toks[subj[0]].Rel != toks[subj[1]].Rel {
			continue
		}
		a, b := subj[0], subj[1]
		if !nominal(toks[a].UPOS) || !nominal(toks[b].UPOS) {
			continue
		}
		first, last := b, a
		for k := range toks {
			if dominates(toks, a, k) {
				last = max(last, k)
			}
			if dominates(toks, b, k) {
				first = min(first, k)
			}
		}
		c := first - 1
		if c <= last || toks[c].Rel != "cc" || toks[c].Head != v && toks[c].Head != b {
			continue
		}
		if w := strings.ToLower(toks[c].Form); w != "and" && w != "or" {
			continue
		}
		toks[b].Head, toks[b].Rel = a, "conj"
		toks[c].Head = b
	}
}

// nominal reports whether a universal part of speech is a noun, a name or
// a pronoun.
func nominal(upos string) bool {
	return upos == "NOUN" || upos == "PROPN" || upos == "PRON"
}

// repairAtLeast mends "killed at least 12 fighters" read with "at" as the
// case of "least" and the noun of the number as an oblique of the verb:
// "at least" and "at most" before a number modify the number (UD's
// "fixed" expression), and the noun it counts, or the number alone, with
// no preposition of its own, is the object of a verb that has none.
func repairAtLeast(toks []entente.Token) {
	for a := 0; a+2 < len(toks); a++ {
		l, num := a+1, a+2
		if !strings.EqualFold(toks[a].Form, "at") || toks[num].UPOS != "NUM" {
			continue
		}
		if w := strings.ToLower(toks[l].Form); w != "least" && w != "most" {
			continue
		}
		toks[a].Head, toks[a].Rel = num, "advmod"
		toks[l].Head, toks[l].Rel = a, "fixed"
		n := num // the noun counted, or the number standing alone
		if h := toks[num].Head; h > num && toks[num].Rel == "nummod" && (toks[h].UPOS == "NOUN" || toks[h].UPOS == "PROPN") {
			n = h
		}
		for k := 0; k < 3 && toks[n].Rel == "compound" && toks[n].Head > n; k++ {
			n = toks[n].Head // "seven police officers"
		}
		v := toks[n].Head
		if v < 0 || v >= n || toks[v].UPOS != "VERB" || !strings.HasPrefix(toks[n].Rel, "obl") || hasChild(toks, v, "obj") {
			continue
		}
		// (a preposition of the noun's own: "in at least 12 villages")
		if hasChild(toks, n, "case") || a > 0 && toks[a-1].UPOS == "ADP" {
			continue
		}
		toks[n].Rel = "obj"
		// "Gunmen killed at least 15 worshippers" read as a noun and
		// its participle ("at" taken for the passive's "killed at the
		// hands of"): a participle with an object is the clause's verb,
		// and the noun before it its subject
		if h := toks[v].Head; v > 0 && h == v-1 && toks[h].Head < 0 && toks[v].Rel == "acl" &&
			(toks[h].UPOS == "NOUN" || toks[h].UPOS == "PROPN") {
			for k := range toks {
				if toks[k].Head == h && k > v {
					toks[k].Head = v // the final stop
				}
			}
			toks[v].Head, toks[v].Rel, toks[v].XPOS = -1, "root", "VBD"
			toks[h].Head, toks[h].Rel = v, "nsubj"
		}
	}
}

// repairCloseTo mends "fought traffickers close to the Mexican frontier"
// read with "close" as a verb whose subject is the noun before it: "close"
// right after a noun and right before "to" is the adjective of nearness
// (the verb is "close the border", "closed to traffic"). The adjective
// modifies the noun, which takes the verb's place in the clause (an
// oblique when it has a preposition, "with traffickers", else the object
// of the verb above, or its modifier); the adjective keeps "to" and its
// noun, and its other dependents ("in Huehuetenango", ", killing four") go
// to the verb above.
func repairCloseTo(toks []entente.Token) {
	for c := 1; c+1 < len(toks); c++ {
		n, h := c-1, toks[c].Head
		if !strings.EqualFold(toks[c].Form, "close") || toks[c].UPOS != "VERB" || h < 0 ||
			!strings.EqualFold(toks[c+1].Form, "to") || toks[n].Head != c || toks[n].Rel != "nsubj" ||
			toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" {
			continue
		}
		switch toks[c].XPOS {
		case "", "VB", "VBP":
		default:
			continue
		}
		to := -1 // the noun of "to"
		for k := c + 2; k < len(toks); k++ {
			if toks[k].Head == c && toks[c+1].Head == k {
				to = k
				break
			}
		}
		if to < 0 {
			continue
		}
		switch {
		case hasChild(toks, n, "case"):
			toks[n].Rel = "obl"
		case toks[h].UPOS == "VERB" && !hasChild(toks, h, "obj"):
			toks[n].Rel = "obj"
		default:
			toks[n].Rel = "nmod"
		}
		toks[n].Head = h
		for k := range toks {
			if toks[k].Head == c && k != n && k != to {
				toks[k].Head = h
			}
		}
		toks[c].UPOS, toks[c].XPOS, toks[c].Head, toks[c].Rel = "ADJ", "JJ", n, "amod"
		toks[to].Rel = "obl"
	}
}

// ownComplement reports whether verb v has, before token m, a complement
// of its own: an object, or an oblique after "to", "against", "with" or
// "on" ("protested to Moscow", "imposed sanctions on Iran").
func ownComplement(toks []entente.Token, v, m int) bool {
	for k := v + 1; k < m; k++ {
		if toks[k].Head != v {
			continue
		}
		switch toks[k].Rel {
		case "obj":
			return true
		case "obl":
			for c := v + 1; c < k; c++ {
				if toks[c].Head == k && toks[c].Rel == "case" {
					switch strings.ToLower(toks[c].Form) {
					case "to", "against", "with", "on":
						return true
					}
				}
			}
		}
	}
	return false
}

// repairBareConj mends "suspended the tariff on goods imported from
// Serbia" read with the participle as a conjunct of the verb: a verb in
// "-ed" right after a noun, hung as a conjunct on a verb before it with no
// conjunction, comma or semicolon between them, is a participle modifying
// the noun (acl).
func repairBareConj(toks []entente.Token) {
	for v := 1; v < len(toks); v++ {
		h, n := toks[v].Head, v-1
		if toks[v].Rel != "conj" || toks[v].UPOS != "VERB" || h < 0 || h >= n || toks[h].UPOS != "VERB" ||
			toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" || !strings.HasSuffix(strings.ToLower(toks[v].Form), "ed") {
			continue
		}
		// a conjunct with a subject of its own, or after a conjunction
		// or a mark that joins clauses, is one ("expelled two diplomats:
		// Warsaw retaliated")
		joined := toks[n].Head == v || hasChild(toks, v, "nsubj") || hasChild(toks, v, "nsubj:pass")
		for k := h + 1; k < v && !joined; k++ {
			switch toks[k].Form {
			case ",", ";", ":", "-", "–", "—":
				joined = true
			}
			joined = joined || toks[k].Rel == "cc"
		}
		if !joined {
			toks[v].Head, toks[v].Rel, toks[v].XPOS = n, "acl", "VBN"
		}
	}
}

// subordinators begin an adverbial clause before its subject ("after a
// submarine was spotted"), lower case.
var subordinators = map[string]bool{"after": true, "before": true, "when": true, "while": true, "because": true,
	"since": true, "until": true, "once": true, "as": true}

// repairSubordinatePassive mends "Sweden protested to Moscow after a
// Russian submarine was spotted", read with the passive verb of the
// subordinate clause as the main verb, the sentence's subject its subject
// and the real verb a participle modifying that subject: a root verb with
// an auxiliary right before it, whose subject is followed at once by a
// participle (acl) whose last oblique, introduced by a subordinator, ends
// right before the auxiliary, is a clause of that participle, which is
// the sentence's verb; the oblique is the clause's subject.
func repairSubordinatePassive(toks []entente.Token) {
	r := rootOf(toks)
	if r < 2 || toks[r].UPOS != "VERB" {
		return
	}
	s, a := -1, r
	for k := range toks {
		if toks[k].Head != r {
			continue
		}
		switch rel := toks[k].Rel; {
		case (rel == "nsubj" || rel == "nsubj:pass") && k < r:
			s = k
		case strings.HasPrefix(rel, "aux") && k < a:
			a = k
		}
	}
	if s < 0 || a == r || s+1 >= len(toks) {
		return
	}
	v := s + 1
	if toks[v].Head != s || toks[v].Rel != "acl" || toks[v].UPOS != "VERB" || !strings.HasSuffix(strings.ToLower(toks[v].Form), "ed") {
		return
	}
	for k := a; k < r; k++ {
		if toks[k].Head != r || !strings.HasPrefix(toks[k].Rel, "aux") && toks[k].Rel != "advmod" {
			return
		}
	}
	n := a - 1 // the oblique's head ends the phrase before the auxiliary
	if n <= v || toks[n].Head != v || toks[n].Rel != "obl" || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" && toks[n].UPOS != "PRON" {
		return
	}
	m := -1
	for k := v + 1; k < n; k++ {
		if toks[k].Head == n && toks[k].Rel == "case" {
			m = k
			break
		}
	}
	if m < 0 || !subordinators[strings.ToLower(toks[m].Form)] || toks[s].UPOS != "PROPN" || !ownComplement(toks, v, m) {
		// a noun and a participle that only says when ("Journalists
		// arrested after the protests were released") is a reduced
		// relative, which the parse has right
		return
	}
	rel := "nsubj"
	if hasChild(toks, r, "aux:pass") {
		rel = "nsubj:pass"
	}
	for k := range toks {
		if toks[k].Head == r && (k < s || toks[k].Rel == "punct" && k == len(toks)-1) {
			toks[k].Head = v
		}
	}
	toks[v].Head, toks[v].Rel, toks[v].XPOS = -1, "root", "VBD"
	toks[s].Head, toks[s].Rel = v, "nsubj"
	toks[r].Head, toks[r].Rel = v, "advcl"
	toks[m].Head, toks[m].Rel, toks[m].UPOS = r, "mark", "SCONJ"
	toks[n].Head, toks[n].Rel = r, rel
}

// repairPossessorOnVerb mends "Zagreb's agriculture ministry halted" read
// with the possessor hung on the verb: a possessor (nmod:poss) hung on a
// verb after it, which takes none, belongs to the verb's subject when the
// subject stands between them.
func repairPossessorOnVerb(toks []entente.Token) {
	for p := range toks {
		v := toks[p].Head
		if toks[p].Rel != "nmod:poss" || v <= p || toks[v].UPOS != "VERB" && toks[v].UPOS != "AUX" {
			continue
		}
		for k := p + 1; k < v; k++ {
			if toks[k].Head == v && (toks[k].Rel == "nsubj" || toks[k].Rel == "nsubj:pass") {
				toks[p].Head = k
				break
			}
		}
	}
}

// nominalRels are the relations by which a nominal hangs on a verb.
var nominalRels = map[string]bool{"nsubj": true, "nsubj:pass": true, "obj": true, "iobj": true, "obl": true,
	"obl:npmod": true, "obl:tmod": true}

// nounModifierRels are the relations of a noun's modifiers that no verb
// takes.
var nounModifierRels = map[string]bool{"det": true, "amod": true, "compound": true, "nummod": true}

// repairVerbModifiers mends "A French national was freed" read with
// "national" an adjective heading the subject and "A" and "French" hung on
// the verb: a determiner, adjective, compound or number hung on a verb
// after it, which takes none of these, belongs to the first nominal of the
// verb after it (its subject, object or oblique), when only such modifiers
// stand between them and the verb hangs on no verb before them; that
// nominal, tagged an adjective, is a noun.
func repairVerbModifiers(toks []entente.Token) {
	for m := range toks {
		h := toks[m].Head
		if h <= m || toks[h].UPOS != "VERB" && toks[h].UPOS != "AUX" {
			continue
		}
		if g := toks[h].Head; g >= 0 && g < m {
			// "detained a Japanese national caught photographing": a
			// verb that hangs on an earlier one may have been given the
			// earlier verb's object for its subject; left alone
			continue
		}
		if !nounModifierRels[toks[m].Rel] {
			continue
		}
		k := m + 1
		for ; k < h; k++ {
			r := toks[k].Rel
			if toks[k].Head == h && nominalRels[r] {
				break
			}
			if toks[k].Head != h || !nounModifierRels[r] {
				k = h
				break
			}
		}
		if k >= h || hasDependent(toks, m) {
			continue
		}
		for j := m; j < k; j++ {
			if toks[j].Head == h {
				toks[j].Head = k
			}
		}
		if toks[k].UPOS == "ADJ" {
			toks[k].UPOS, toks[k].XPOS = "NOUN", "NN"
			if strings.HasSuffix(strings.ToLower(toks[k].Form), "s") {
				toks[k].XPOS = "NNS"
			}
		}
	}
}

// repairCoordinatedAdjective mends "Bulgarian and North Macedonian
// government leaders held a meeting" read with the first adjective an
// adverb of the verb: an adjective hung on a verb after it as an adverbial
// modifier, with no dependents, followed by a conjunction and then by an
// adjective that modifies a nominal of that verb, is the first conjunct of
// the second adjective, as in "Armenian and Azerbaijani foreign ministers".
func repairCoordinatedAdjective(toks []entente.Token) {
	for m := 0; m+2 < len(toks); m++ {
		h := toks[m].Head
		if toks[m].UPOS != "ADJ" || toks[m].Rel != "advmod" || h <= m+2 || toks[h].UPOS != "VERB" || hasDependent(toks, m) {
			continue
		}
		c := m + 1
		if cf := strings.ToLower(toks[c].Form); cf != "and" && cf != "or" && cf != "," {
			continue
		}
		for k := c + 1; k < h; k++ {
			n := toks[k].Head
			if toks[k].UPOS != "ADJ" || toks[k].Rel != "amod" || n <= k || n >= h || toks[n].Head != h || !nominalRels[toks[n].Rel] {
				continue
			}
			toks[m].Head, toks[m].Rel = n, "amod"
			toks[k].Head, toks[k].Rel = m, "conj"
			toks[c].Head, toks[c].Rel = k, "cc"
			if toks[c].Form == "," {
				toks[c].Rel = "punct"
			}
			break
		}
	}
}

// auxForms are the forms of auxiliaries and modals, lower case.
var auxForms = map[string]bool{"be": true, "am": true, "is": true, "are": true, "was": true, "were": true, "been": true,
	"being": true, "have": true, "has": true, "had": true, "having": true, "do": true, "does": true, "did": true,
	"will": true, "would": true, "shall": true, "should": true, "can": true, "could": true, "may": true,
	"might": true, "must": true, "ought": true, "'s": true, "'d": true, "'ll": true, "'ve": true, "'re": true,
	"'m": true, "wo": true, "ca": true, "get": true, "got": true, "gets": true, "getting": true, "to": true,
	"’s": true, "’d": true, "’ll": true, "’ve": true, "’re": true, "’m": true}

// repairFalseAux mends "Pakistan shut all its crossings" read with "shut" an
// auxiliary of the noun "crossings", the sentence's head: a word tagged as
// an auxiliary that is none, with no dependents, hung on a noun or name
// after it, is the verb, whose object the noun is; the noun's dependents
// before the verb (its subject, a date) and its final punctuation go to
// the verb.
func repairFalseAux(toks []entente.Token) {
	for a := range toks {
		h := toks[a].Head
		if toks[a].UPOS != "AUX" || auxForms[strings.ToLower(toks[a].Form)] || h <= a ||
			toks[h].UPOS != "NOUN" && toks[h].UPOS != "PROPN" || hasDependent(toks, a) {
			continue
		}
		if !hasChild(toks, h, "nsubj") {
			continue // no clause the noun heads
		}
		toks[a].UPOS, toks[a].XPOS = "VERB", "VBD"
		toks[a].Head, toks[a].Rel = toks[h].Head, toks[h].Rel
		toks[h].Head, toks[h].Rel = a, "obj"
		for c := range toks {
			if toks[c].Head == h && (c < a || toks[c].Rel == "punct" && c == len(toks)-1) {
				toks[c].Head = a
			}
		}
	}
}

// repairTrailingReporter mends "warplanes bombed hideouts on Thursday, the
// defence ministry in Niamey said" read with the reporter a conjunct of the
// day: a verb of reporting that ends the sentence after a comma and has no
// subject takes for its subject the one noun phrase between the comma and
// it (the first word of that span whose head lies outside it, a noun, a
// name or a pronoun; later such words with a preposition of their own are
// its modifiers, "in Niamey"), unless the verb hangs below that word.
func repairTrailingReporter(toks []entente.Token) {
	n := len(toks)
	for n > 0 && toks[n-1].UPOS == "PUNCT" {
		n--
	}
	v := n - 1
	if v < 2 || !reportingForms[strings.ToLower(toks[v].Form)] || hasChild(toks, v, "nsubj") || hasChild(toks, v, "nsubj:pass") {
		return
	}
	c := v - 1
	for c >= 0 && toks[c].Form != "," {
		c--
	}
	if c < 0 || c == v-1 {
		return
	}
	h := -1
	var rest []int // later words of the span hung outside it: its modifiers
	for k := c + 1; k < v; k++ {
		if hd := toks[k].Head; hd > c && hd < v {
			continue
		}
		if toks[k].Head == v || toks[k].UPOS != "NOUN" && toks[k].UPOS != "PROPN" && (h >= 0 || toks[k].UPOS != "PRON") {
			return // a word hung on the verb, or no noun phrase
		}
		if h < 0 {
			h = k
		} else if hasChild(toks, k, "case") {
			rest = append(rest, k) // "in Niamey"
		} else {
			return // two phrases
		}
	}
	if h < 0 {
		return
	}
	if dominates(toks, h, v) || slices.ContainsFunc(rest, func(k int) bool { return dominates(toks, k, v) }) {
		return // the verb hangs below the phrase: no tree to keep
	}
	toks[h].Head, toks[h].Rel = v, "nsubj"
	for _, k := range rest {
		toks[k].Head, toks[k].Rel = h, "nmod"
	}
}

// repairActiveParticiple mends "North Korea test-fired a missile" read as
// a passive whose subject North Korea is ("fired" a participle after the
// hyphen the tokenizer splits off): a past participle with a passive
// subject, no auxiliary and an object of its own is a verb in the past
// tense whose subject acts.
func repairActiveParticiple(toks []entente.Token) {
	for v := range toks {
		if toks[v].UPOS != "VERB" || toks[v].XPOS != "VBN" || !hasChild(toks, v, "nsubj:pass") || !hasChild(toks, v, "obj") ||
			hasChild(toks, v, "aux:pass") || hasChild(toks, v, "aux") {
			continue
		}
		toks[v].XPOS = "VBD"
		for c := range toks {
			if toks[c].Head == v && toks[c].Rel == "nsubj:pass" {
				toks[c].Rel = "nsubj"
			}
		}
	}
}

// callForms are the forms of "call", lower case.
var callForms = map[string]bool{"call": true, "calls": true, "called": true, "calling": true}

// repairCalledOn mends "the ministry called on Beijing to pull a vessel
// out", read with "on" as the marker of a clause whose subject is Beijing:
// "on" right after a form of "call", marking an infinitive hung on that
// verb whose subject follows "on", is the case of that addressee, an
// oblique of "call"; the infinitive stays the verb's.
func repairCalledOn(toks []entente.Token) {
	for o := 1; o+1 < len(toks); o++ {
		c := o - 1
		v := toks[o].Head
		if !strings.EqualFold(toks[o].Form, "on") || toks[o].Rel != "mark" || !callForms[strings.ToLower(toks[c].Form)] ||
			v <= o || v >= len(toks) || toks[v].Head != c || toks[v].UPOS != "VERB" || !hasChild(toks, v, "mark") {
			continue
		}
		subj := -1
		for k := o + 1; k < v; k++ {
			if toks[k].Head == v && toks[k].Rel == "nsubj" {
				subj = k
			}
		}
		if subj < 0 {
			continue
		}
		toks[o].Head, toks[o].Rel, toks[o].UPOS = subj, "case", "ADP"
		if toks[o].XPOS != "" {
			toks[o].XPOS = "IN"
		}
		toks[subj].Head, toks[subj].Rel = c, "obl"
	}
}

// repairPossessedModifier mends "Venezuela's military arrested a US
// citizen", read with the noun after the possessive as an adjective of
// the verb: a modifier (amod) of a verb after it, where the verb has no
// subject, with a possessor (nmod:poss, which no adjective takes) of its
// own or hung on the verb before it, is the verb's subject, a noun, and
// the possessor is its.
func repairPossessedModifier(toks []entente.Token) {
	for a := range toks {
		v := toks[a].Head
		if toks[a].Rel != "amod" || v <= a || toks[v].UPOS != "VERB" || hasChild(toks, v, "nsubj") || hasChild(toks, v, "nsubj:pass") {
			continue
		}
		poss := -1
		for k := range toks {
			if toks[k].Rel == "nmod:poss" && (toks[k].Head == a || toks[k].Head == v && k < a) {
				poss = k
			}
		}
		if poss < 0 {
			continue
		}
		toks[poss].Head = a
		toks[a].Rel, toks[a].UPOS = "nsubj", "NOUN"
		if toks[a].XPOS == "JJ" {
			toks[a].XPOS = "NN"
		}
	}
}

// finiteAux are the finite forms of "be" and "have" that an auxiliary of a
// main verb after a reduced relative takes ("were released", "have been
// freed"), lower case.
var finiteAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true}

// clausalVerbs take a clause, which the parse may hang on them without its
// subject ("claimed had retaken"): lower-case lemmas.
var clausalVerbs = map[string]bool{
	"say": true, "claim": true, "threaten": true, "warn": true, "report": true, "announce": true, "state": true,
	"insist": true, "deny": true, "believe": true, "think": true, "fear": true, "hope": true, "expect": true,
	"promise": true, "vow": true, "pledge": true, "allege": true, "add": true, "confirm": true, "declare": true,
	"suggest": true, "argue": true, "agree": true, "decide": true, "admit": true, "acknowledge": true,
}

// repairResultRoot mends "Thai and Cambodian troops clashed near the temple,
// leaving one soldier wounded", read with the last participle as the main
// verb, the subject its subject and the real verb a modifier of the
// subject: a root participle without an object, right after the object of
// ", leaving" that hangs on the root or its subject, whose subject has a
// verb modifier (acl) before "leaving", is the predicate of that object
// (xcomp of "leaving"); the modifier is the sentence's verb, with the
// subject and the "leaving" clause (advcl) its own.
func repairResultRoot(toks []entente.Token) {
	r := -1
	for i := range toks {
		if toks[i].Head < 0 {
			r = i
			break
		}
	}
	if r < 2 || toks[r].UPOS != "VERB" || !strings.HasSuffix(strings.ToLower(toks[r].Form), "ed") {
		return
	}
	o := r - 1
	l := toks[o].Head
	if l < 1 || l >= o || toks[o].Rel != "obj" || toks[l].UPOS != "VERB" || strings.ToLower(toks[l].Form) != "leaving" ||
		toks[l-1].Form != "," || hasChild(toks, r, "obj") {
		return
	}
	s := -1
	for k := 0; k < l; k++ {
		if toks[k].Head == r && strings.HasPrefix(toks[k].Rel, "nsubj") {
			s = k
		}
	}
	if s < 0 || toks[l].Head != r && toks[l].Head != s {
		return
	}
	m := -1
	for k := s + 1; k < l; k++ {
		if toks[k].Head == s && toks[k].Rel == "acl" && toks[k].UPOS == "VERB" {
			m = k
			break
		}
	}
	if m < 0 {
		return
	}
	for k := range toks {
		if toks[k].Head == r && k != s {
			toks[k].Head = m
		}
	}
	toks[m].Head, toks[m].Rel = -1, "root"
	toks[s].Head, toks[s].Rel = m, "nsubj"
	toks[l].Head, toks[l].Rel = m, "advcl"
	toks[r].Head, toks[r].Rel = l, "xcomp"
}

// repairReducedRelative mends "Three aid workers kidnapped two weeks ago
// were released by gang members", read with the participle as the main
// verb and the passive verb as its clause: a verb without object or
// auxiliary whose subject is a noun right before it, and whose clause
// after it is a verb with an auxiliary, with no subject and no
// conjunction of its own, is a participle modifying that noun (acl), and
// that clause's verb is the sentence's verb, the noun its subject. The
// participle keeps the words between the two verbs ("two weeks ago"); the
// words after go with the verb.
func repairReducedRelative(toks []entente.Token) {
	for r := 1; r < len(toks); r++ {
		n := r - 1
		if toks[r].UPOS != "VERB" || toks[n].Head != r || toks[n].Rel != "nsubj" ||
			toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" ||
			!strings.HasSuffix(strings.ToLower(toks[r].Form), "ed") {
			continue
		}
		c := -1
		ok := true
		for k := range toks {
			if toks[k].Head != r {
				continue
			}
			switch rel := toks[k].Rel; {
			case rel == "obj" || rel == "iobj" || strings.HasPrefix(rel, "aux") || rel == "cop" || rel == "nsubj:pass":
				ok = false
			case k > r && c < 0 && (rel == "ccomp" || rel == "conj" || rel == "parataxis" || rel == "advcl") && toks[k].UPOS == "VERB":
				c = k
			}
		}
		if !ok || c < 0 {
			continue
		}
		if clausalVerbs[strings.ToLower(toks[r].Lemma)] {
			continue // "Kyiv claimed had retaken": a clause of the verb
		}
		aux, own := false, false
		for k := range toks {
			if toks[k].Head != c {
				continue
			}
			switch rel := toks[k].Rel; {
			case k < c && k > r && (rel == "aux:pass" || rel == "aux" && finiteAux[strings.ToLower(toks[k].Form)]):
				// (not a modal: "threatened would strike")
				aux = true
			case strings.HasPrefix(rel, "nsubj") || strings.HasPrefix(rel, "csubj") || rel == "cc" || rel == "mark" || rel == "expl":
				own = true
			}
		}
		if !aux || own || commaBetween(toks, r, c) {
			continue
		}
		rel := "nsubj"
		if hasChild(toks, c, "aux:pass") {
			rel = "nsubj:pass"
		}
		for k := c + 1; k < len(toks); k++ {
			if toks[k].Head == r {
				toks[k].Head = c
			}
		}
		toks[c].Head, toks[c].Rel = toks[r].Head, toks[r].Rel
		toks[n].Head, toks[n].Rel = c, rel
		toks[r].Head, toks[r].Rel, toks[r].XPOS = n, "acl", "VBN"
	}
}

// timeWords are the nouns of time that wire copy puts between a subject
// and its verb ("Iran today rejected the proposal"); periodWords do so
// after one of periodModifiers ("Funaro last week visited Washington").
var (
	timeWords   = map[string]bool{"yesterday": true, "today": true, "tonight": true, "tomorrow": true}
	periodWords = map[string]bool{"week": true, "month": true, "year": true, "weekend": true, "night": true,
		"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}
	periodModifiers = map[string]bool{"last": true, "this": true, "next": true, "early": true, "late": true}
)

// repairTimeSubject mends "Iran today rejected the proposal" (or "Iran last
// week rejected") read with the time word as the subject (and the name as
// its compound), as a second subject, or as a word of a list with the
// subject: a time word or phrase right after a noun or name, right before
// the verb whose subject it or that noun is, is the verb's adjunct of time
// (obl:unmarked), and the noun's phrase the subject.
func repairTimeSubject(toks []entente.Token) {
	for t := 1; t+1 < len(toks); t++ {
		first := t // the time phrase's first word
		if !timeWords[strings.ToLower(toks[t].Form)] {
			// "last week", "this month", "late Monday"
			if t < 2 || !periodWords[strings.ToLower(toks[t].Form)] || !periodModifiers[strings.ToLower(toks[t-1].Form)] || toks[t-1].Head != t {
				continue
			}
			first = t - 1
		}
		n, v := first-1, t+1
		if u := toks[n].UPOS; u != "PROPN" && u != "NOUN" && u != "PRON" || toks[v].UPOS != "VERB" && toks[v].UPOS != "AUX" {
			continue
		}
		// the verb whose subject is in question: the next word, or the
		// head of auxiliaries after the time word ("today had agreed")
		if toks[v].UPOS == "AUX" && toks[v].Head > v {
			v = toks[v].Head
		}
		switch {
		case toks[t].Head == v && strings.HasPrefix(toks[t].Rel, "nsubj"):
			// the time word taken for the subject: its dependents before
			// it (the name) make the subject
			head := -1
			for k := 0; k < first; k++ {
				if toks[k].Head == t && (toks[k].Rel == "compound" || toks[k].Rel == "flat" || strings.HasPrefix(toks[k].Rel, "nmod")) {
					head = k
				}
			}
			if head < 0 {
				if hasSubjectBefore(toks, v, t) {
					toks[t].Rel = "obl:unmarked" // a second subject
				}
				continue
			}
			for k := 0; k < first; k++ {
				if toks[k].Head == t && k != head {
					toks[k].Head = head
				}
			}
			toks[head].Head, toks[head].Rel = v, toks[t].Rel
			toks[t].Head, toks[t].Rel = v, "obl:unmarked"
		case toks[t].Head == n && (toks[t].Rel == "list" || toks[t].Rel == "appos" || toks[t].Rel == "compound" || strings.HasPrefix(toks[t].Rel, "nmod")) &&
			hasSubjectBefore(toks, v, t) && !dominates(toks, t, v):
			// the time word hung on the subject
			toks[t].Head, toks[t].Rel = v, "obl:unmarked"
		}
	}
}

// hasSubjectBefore reports whether verb v has a subject before token t.
func hasSubjectBefore(toks []entente.Token, v, t int) bool {
	for k := 0; k < t; k++ {
		if toks[k].Head == v && strings.HasPrefix(toks[k].Rel, "nsubj") {
			return true
		}
	}
	return false
}

// prepositionForms are prepositions the tagger may read as adverbs
// ("over alleged breaches").
var prepositionForms = map[string]bool{"over": true, "for": true, "about": true, "after": true, "before": true,
	"against": true, "of": true, "on": true, "in": true, "with": true}

// repairPrepParticiple mends "impounded a tanker over alleged breaches of
// sanctions" read with the participle after the preposition as a verb of
// its own (a conjunct or clause): a past form right after a preposition
// and right before a noun, with no subject, is that noun's adjective
// (amod); the noun takes the verb's place as an oblique (a nominal's
// modifier under a noun), the preposition its case, and the verb's other
// dependents go to the noun.
func repairPrepParticiple(toks []entente.Token) {
	for p := 1; p+1 < len(toks); p++ {
		a := p - 1
		prep := toks[a].UPOS == "ADP" || toks[a].UPOS == "ADV" && toks[a].Head == p && prepositionForms[strings.ToLower(toks[a].Form)]
		if toks[p].UPOS != "VERB" || !prep || toks[p+1].UPOS != "NOUN" && toks[p+1].UPOS != "PROPN" {
			continue
		}
		if x := toks[p].XPOS; x != "VBN" && x != "VBD" || hasChild(toks, p, "nsubj") || hasChild(toks, p, "nsubj:pass") {
			continue
		}
		switch strings.SplitN(toks[p].Rel, ":", 2)[0] {
		case "conj", "advcl", "ccomp", "xcomp", "acl", "dep", "parataxis":
		default:
			continue
		}
		e := p + 1
		for e+1 < len(toks) && (toks[e+1].UPOS == "NOUN" || toks[e+1].UPOS == "PROPN") && toks[e].Head == e+1 {
			e++
		}
		head := toks[p].Head
		if head < 0 || head >= a && head <= e || dominates(toks, e, head) || dominates(toks, a, head) {
			continue
		}
		cycle := false // a dependent of the verb above the noun
		for k := range toks {
			cycle = cycle || toks[k].Head == p && k != a && (k < p || k > e) && dominates(toks, k, e)
		}
		if cycle {
			continue
		}
		rel := "obl"
		if u := toks[head].UPOS; u == "NOUN" || u == "PROPN" {
			rel = "nmod"
		}
		for k := range toks {
			if toks[k].Head == p && k != a && (k < p || k > e) {
				toks[k].Head = e
			}
		}
		toks[e].Head, toks[e].Rel = head, rel
		toks[a].Head, toks[a].Rel, toks[a].UPOS = e, "case", "ADP"
		toks[p].Head, toks[p].Rel, toks[p].UPOS, toks[p].XPOS = e, "amod", "ADJ", "JJ"
		for k := p + 1; k < e; k++ {
			if toks[k].Head == p {
				toks[k].Head = e
			}
		}
	}
}

// repairNominalRoot mends "IMF officials and Pakistani officials held
// talks in Islamabad" parsed as a noun phrase, its root a noun and the
// verb a participle of its object ("held talks"): when the root is a noun
// or name, no word is a present tense, a modal or an auxiliary (a past
// tense may be the verb itself), and a past form modifies
// (amod) a noun right after it while the word before it ends a phrase
// that hangs on the root, that verb is the root: the old root its subject,
// the noun its object, and the root's dependents after the verb its
// obliques (nominals) or its own (punctuation, clauses).
func repairNominalRoot(toks []entente.Token) {
	if !pastOnly(toks) {
		return
	}
	r := rootOf(toks)
	if r < 0 || toks[r].UPOS != "NOUN" && toks[r].UPOS != "PROPN" {
		return
	}
	for v := r + 1; v+1 < len(toks); v++ {
		if toks[v].UPOS != "VERB" {
			continue
		}
		n := toks[v].Head
		if toks[v].Rel != "amod" || n != v+1 || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" ||
			toks[v].XPOS != "VBN" && toks[v].XPOS != "VBD" || !hangsOn(toks, v-1, r) {
			return // only the first verb after the root
		}
		for k := range toks {
			if k > v && toks[k].Head == r && k != n {
				if toks[k].Rel == "nmod" || toks[k].Rel == "conj" && toks[k].UPOS != "VERB" {
					toks[k].Head, toks[k].Rel = v, "obl"
				} else {
					toks[k].Head = v
				}
			}
		}
		toks[n].Head, toks[n].Rel = v, "obj"
		toks[v].Head, toks[v].Rel, toks[v].XPOS = -1, "root", "VBD"
		toks[r].Head, toks[r].Rel = v, "nsubj"
		return
	}
}

// hangsOn reports whether token t is r or depends on r through nominal
// words only.
func hangsOn(toks []entente.Token, t, r int) bool {
	for k := 0; k < 8 && t >= 0; k++ {
		if t == r {
			return true
		}
		if u := toks[t].UPOS; u == "VERB" || u == "AUX" {
			return false
		}
		t = toks[t].Head
	}
	return false
}

// repairHyphenParticiple mends "sent food to flood-hit Pakistan" read with
// the participle after the hyphen as a verb whose object is the noun after
// it: a verb joined by a hyphen to the word before it ("flood-hit",
// "Iran-backed", "US-made"), not in "-ing" nor the third person, and
// followed by a noun or name is an adjective
// of that noun (amod); the noun takes the verb's place (and a "to" the
// verb took for its marker becomes the noun's case, the noun an oblique),
// the verb's obliques go to the verb that governed it and its other
// dependents to the noun, and the word before the hyphen is the
// adjective's.
func repairHyphenParticiple(toks []entente.Token) {
	for p := 2; p+1 < len(toks); p++ {
		h, w, n := p-1, p-2, p+1
		if toks[p].UPOS != "VERB" || toks[h].Form != "-" || toks[w].Span.End != toks[h].Span.Start ||
			toks[h].Span.End != toks[p].Span.Start || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" {
			continue
		}
		if x := toks[p].XPOS; x != "VBN" && x != "VBD" && x != "VB" && x != "VBP" {
			continue
		}
		if u := toks[w].UPOS; u != "NOUN" && u != "PROPN" && u != "ADJ" && u != "ADV" && u != "VERB" {
			continue
		}
		// the head of the noun phrase after the participle: the noun, or
		// the last of the nouns and names that run on from it
		e := n
		for e+1 < len(toks) && (toks[e+1].UPOS == "NOUN" || toks[e+1].UPOS == "PROPN") && toks[e].Head == e+1 {
			e++
		}
		if toks[p].Head == e {
			continue // already the noun's modifier
		}
		if toks[p].Rel == "amod" && toks[e].Head != p && !dominates(toks, e, toks[p].Head) &&
			!dominates(toks, p, e) && !dominates(toks, w, e) && !dominates(toks, h, e) {
			// an adjective hung on the wrong word ("U.S.-backed Contra
			// rebels tried" with "backed" on "tried"): the noun keeps
			// its place, the adjective and its first word go to it
			for k := range toks {
				if toks[k].Head == p && k != w && k != h {
					toks[k].Head = e
				}
			}
			toks[p].Head, toks[p].UPOS, toks[p].XPOS = e, "ADJ", "JJ"
			toks[w].Head, toks[h].Head, toks[h].Rel = p, p, "punct"
			if toks[w].Rel != "compound" && toks[w].Rel != "obl:npmod" {
				toks[w].Rel = "obl:npmod"
			}
			continue
		}
		if toks[p].Rel == "amod" {
			continue
		}
		// the phrase (w to e) takes the place of its highest word in the
		// tree: the participle's, or the first word's when the
		// participle hangs on it ("sent troops to storm-battered
		// Guatemala" read with "to storm" as an infinitive)
		inPhrase := func(k int) bool { return k >= w && k <= e }
		x := p
		for k := 0; k < 4 && toks[x].Head >= 0 && inPhrase(toks[x].Head); k++ {
			x = toks[x].Head
		}
		head, rel := toks[x].Head, toks[x].Rel
		if head >= 0 && inPhrase(head) || dominates(toks, e, head) {
			continue // the phrase would hang on itself: left alone
		}
		wasVerb := toks[w].UPOS == "VERB"
		switch base := strings.SplitN(rel, ":", 2)[0]; base {
		case "advcl", "ccomp", "xcomp", "dep", "parataxis", "conj", "acl":
			rel = "obj"
			for k := range toks {
				if (toks[k].Head == p || wasVerb && toks[k].Head == w) && toks[k].Rel == "mark" &&
					(toks[k].UPOS == "ADP" || strings.EqualFold(toks[k].Form, "to")) {
					toks[k].Head, toks[k].Rel, toks[k].UPOS = e, "case", "ADP"
					rel = "obl"
				}
			}
		}
		if head < 0 {
			rel = "root"
		}
		if wasVerb {
			toks[w].UPOS, toks[w].XPOS = "NOUN", "NN"
		}
		for k := range toks {
			if !inPhrase(k) && (toks[k].Head == p || wasVerb && toks[k].Head == w) {
				if strings.HasPrefix(toks[k].Rel, "obl") && head >= 0 {
					toks[k].Head = head // "on Tuesday": the governing verb's
				} else {
					toks[k].Head = e
				}
			}
		}
		toks[e].Head, toks[e].Rel = head, rel
		toks[p].Head, toks[p].Rel, toks[p].UPOS, toks[p].XPOS = e, "amod", "ADJ", "JJ"
		toks[w].Head, toks[h].Head = p, p
		if toks[w].Rel != "compound" && toks[w].Rel != "obl:npmod" {
			toks[w].Rel = "obl:npmod"
		}
		toks[h].Rel = "punct"
	}
}

// dominates reports whether token a is t or one of t's ancestors.
func dominates(toks []entente.Token, a, t int) bool {
	for k := 0; k <= len(toks) && t >= 0; k++ {
		if t == a {
			return true
		}
		t = toks[t].Head
	}
	return false
}

// reportingForms are the forms of verbs of saying that take a clause
// without "that" ("said Malawi imposed sanctions").
var reportingForms = map[string]bool{"said": true, "says": true, "say": true, "reported": true, "announced": true,
	"claimed": true, "confirmed": true, "stated": true, "added": true, "alleged": true}

// repairReportedParticiple mends "Zambia said Malawi imposed sanctions on
// its exports" read with the reported verb as a participle modifying its
// object ("imposed sanctions") and the object as the object of "said":
// when a verb of saying has as object a noun that a verb right before it
// modifies (amod), and a noun or name right before that verb depends on
// the same noun, the verb is the reported clause (ccomp of the verb of
// saying), the name is its subject (taking the words between the verb of
// saying and it that hung on the noun) and the noun its object. So it is
// when the name is the object of the verb of saying and the noun hangs on
// the name ("said Cambodian troops fired rockets").
func repairReportedParticiple(toks []entente.Token) {
	for p := 2; p+1 < len(toks); p++ {
		n, s := toks[p].Head, p-1
		if toks[p].UPOS != "VERB" || toks[p].Rel != "amod" || n <= p {
			continue
		}
		r := toks[n].Head
		if r >= 0 && r == s && toks[s].Rel == "obj" && toks[n].Rel == "conj" && !hasChild(toks, n, "cc") {
			// "said Cambodian troops fired rockets" read with the name as
			// the object and the noun hung on it (conj): the same, the
			// name's adjuncts after the verb going with the verb
			r = toks[s].Head
			if r < 0 || r >= s || !reportingForms[strings.ToLower(toks[r].Form)] || toks[s].UPOS != "PROPN" && toks[s].UPOS != "NOUN" {
				continue
			}
			for k := p + 1; k < len(toks); k++ {
				if toks[k].Head == s && (strings.HasPrefix(toks[k].Rel, "nmod") || strings.HasPrefix(toks[k].Rel, "obl")) {
					toks[k].Head, toks[k].Rel = p, "obl"
				}
			}
			reportedClause(toks, r, s, p, n)
			continue
		}
		if r < 0 || r >= s || toks[n].Rel != "obj" || !reportingForms[strings.ToLower(toks[r].Form)] ||
			toks[s].UPOS != "PROPN" && toks[s].UPOS != "NOUN" && toks[s].UPOS != "PRON" || toks[s].Head != n {
			continue
		}
		for k := r + 1; k < s; k++ {
			if toks[k].Head == n {
				toks[k].Head = s
			}
		}
		reportedClause(toks, r, s, p, n)
	}
}

// reportedClause makes verb p the clause reported by verb of saying r, with
// s its subject and n its object, the object's adjuncts after it going with
// the verb.
func reportedClause(toks []entente.Token, r, s, p, n int) {
	toks[s].Head, toks[s].Rel = p, "nsubj"
	toks[p].Head, toks[p].Rel = r, "ccomp"
	if toks[p].XPOS == "VBN" {
		toks[p].XPOS = "VBD"
	}
	toks[n].Head, toks[n].Rel = p, "obj"
	moveAdjuncts(toks, n, p)
}

// speechParticiples are "-ing" forms whose clause, after a reported one,
// still tells of the speaker's saying ("said ..., citing officials").
var speechParticiples = map[string]bool{"citing": true, "adding": true, "saying": true, "quoting": true, "noting": true,
	"claiming": true, "calling": true, "describing": true, "stressing": true, "warning": true, "urging": true,
	"insisting": true, "referring": true, "explaining": true, "denying": true, "accusing": true, "blaming": true,
	"arguing": true, "asking": true, "speaking": true, "telling": true, "giving": true, "according": true,
	"reiterating": true, "repeating": true, "acknowledging": true, "admitting": true, "confirming": true,
	"threatening": true, "vowing": true, "pledging": true, "promising": true, "demanding": true,
	"criticising": true, "criticizing": true, "condemning": true, "denouncing": true, "charging": true}

// repairReportedResult mends "the army said Cambodian troops fired rockets,
// wounding three soldiers" read with the "-ing" clause after the comma as
// the verb of saying's: an "-ing" adverbial clause of a verb of saying,
// after a comma and after the reported clause (ccomp), tells what the
// reported deed did, and hangs on its verb; one of saying ("citing
// officials", speechParticiples) stays the speaker's.
func repairReportedResult(toks []entente.Token) {
	for a := 2; a < len(toks); a++ {
		r := toks[a].Head
		if toks[a].Rel != "advcl" || toks[a].UPOS != "VERB" || !strings.HasSuffix(strings.ToLower(toks[a].Form), "ing") ||
			toks[a-1].Form != "," || r < 0 || r >= a ||
			!reportingForms[strings.ToLower(toks[r].Form)] || speechParticiples[strings.ToLower(toks[a].Form)] {
			continue
		}
		for p := r + 1; p < a-1; p++ {
			if toks[p].Head == r && toks[p].Rel == "ccomp" && toks[p].UPOS == "VERB" {
				toks[a].Head = p
				break
			}
		}
	}
}

// moveAdjuncts hangs the adjuncts of noun n that follow it (its nmod and
// obl dependents, not its possessor) on verb v as obliques: "imposed
// sanctions on its exports" once the participle is the verb.
func moveAdjuncts(toks []entente.Token, n, v int) {
	for k := n + 1; k < len(toks); k++ {
		if toks[k].Head == n && (strings.HasPrefix(toks[k].Rel, "nmod") || strings.HasPrefix(toks[k].Rel, "obl")) && !strings.HasPrefix(toks[k].Rel, "nmod:poss") {
			toks[k].Head, toks[k].Rel = v, "obl"
		}
	}
}

// repairHaveParticiple mends "Malawi had imposed sanctions" read with
// "had" as the verb and the participle as a modifier of its object: a
// "have" verb right before a participle (amod) of its object takes the
// participle as its clause, itself its auxiliary; the clause keeps the
// verb's place and dependents, the object is the participle's, and the
// object's adjuncts after it go with the participle.
func repairHaveParticiple(toks []entente.Token) {
	for h := 0; h+2 < len(toks); h++ {
		p := h + 1
		n := toks[p].Head
		f := strings.ToLower(toks[h].Form)
		if f != "had" && f != "has" && f != "have" || toks[h].UPOS != "VERB" || toks[p].UPOS != "VERB" ||
			toks[p].Rel != "amod" || n <= p || toks[n].Head != h || toks[n].Rel != "obj" {
			continue
		}
		for k := range toks {
			if toks[k].Head == h && k != p {
				toks[k].Head = p
			}
		}
		toks[p].Head, toks[p].Rel = toks[h].Head, toks[h].Rel
		if toks[p].XPOS == "VBD" {
			toks[p].XPOS = "VBN"
		}
		toks[h].Head, toks[h].Rel, toks[h].UPOS = p, "aux", "AUX"
		moveAdjuncts(toks, n, p)
	}
}

// repairChargeDAffaires mends "summoned Belarus's charge d'affaires on
// Monday" read with "d'affaires" as a verb whose subject is "charge": the
// two words are one noun, headed by "charge", which takes the place of
// the false verb; the verb's obliques go to its head, its other
// dependents to the noun.
func repairChargeDAffaires(toks []entente.Token) {
	for p := 1; p < len(toks); p++ {
		c := p - 1
		f, g := toks[p].Form, toks[c].Form
		if toks[c].Head != p || !strings.EqualFold(f, "d'affaires") && !strings.EqualFold(f, "d’affaires") ||
			!strings.EqualFold(g, "charge") && !strings.EqualFold(g, "chargé") && !strings.EqualFold(g, "charges") && !strings.EqualFold(g, "chargés") {
			continue
		}
		h, rel := toks[p].Head, toks[p].Rel
		switch strings.SplitN(rel, ":", 2)[0] {
		case "ccomp", "xcomp", "dep", "parataxis", "advcl":
			rel = "obj"
			if hasChild(toks, h, "obj") {
				rel = "obl"
			}
		}
		for k := range toks {
			if toks[k].Head != p || k == c {
				continue
			}
			if strings.HasPrefix(toks[k].Rel, "obl") && h >= 0 {
				toks[k].Head = h
			} else {
				toks[k].Head = c
			}
		}
		toks[c].Head, toks[c].Rel, toks[c].UPOS = h, rel, "NOUN"
		toks[p].Head, toks[p].Rel, toks[p].UPOS, toks[p].XPOS = c, "flat", "NOUN", "NN"
	}
}

// possessives are the possessive determiners.
var possessives = map[string]bool{"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true}

// repairPossessiveParticiple mends "for his visiting Nigerian counterpart"
// read as a clause of a gerund whose subject is "his" and whose object is
// the noun: an "-ing" verb right after a possessive determiner that is its
// subject, whose object follows it across adjectives and names only, is a
// participle modifying that noun (amod); the noun takes the verb's place
// (an oblique or nominal, its marker a case), and the possessive is the
// noun's.
func repairPossessiveParticiple(toks []entente.Token) {
	for p := 1; p+1 < len(toks); p++ {
		d := p - 1
		if toks[p].UPOS != "VERB" || !strings.HasSuffix(strings.ToLower(toks[p].Form), "ing") || toks[d].Head != p ||
			!strings.HasPrefix(toks[d].Rel, "nsubj") || !possessives[strings.ToLower(toks[d].Form)] {
			continue
		}
		o := objectAfter(toks, p)
		if o < 0 {
			continue
		}
		rel := toks[p].Rel
		switch base := strings.SplitN(rel, ":", 2)[0]; base {
		case "advcl", "xcomp", "ccomp", "csubj", "acl":
			rel = "obl"
			if base == "acl" {
				rel = "nmod"
			}
		}
		for k := range toks {
			if toks[k].Head == p && k != o && k != d {
				if toks[k].Rel == "mark" {
					toks[k].Rel = "case"
				}
				toks[k].Head = o
			}
		}
		toks[o].Head, toks[o].Rel = toks[p].Head, rel
		toks[d].Head, toks[d].Rel = o, "nmod:poss"
		toks[p].Head, toks[p].Rel = o, "amod"
	}
}

// nounDeterminers are determiners that begin a noun phrase, never a verb
// phrase.
var nounDeterminers = map[string]bool{"all": true, "the": true, "a": true, "an": true, "any": true,
	"its": true, "their": true, "every": true, "no": true}

// repairDeterminedVerb mends "Slovenia banned all trade in weapons with
// Israel" read with the noun after the determiner as a verb of a clause
// the first verb governs: a verb in its base or present form ("trade",
// not "traded") right after a determiner, a complement of a verb that has
// no object, with no subject of its own, is that verb's object (a noun);
// the determiner is its determiner, its obliques are its modifiers (nmod),
// and a weekday or month among them goes with the verb.
func repairDeterminedVerb(toks []entente.Token) {
	for p := 1; p < len(toks); p++ {
		d, h := p-1, toks[p].Head
		if toks[p].UPOS != "VERB" || h < 0 || toks[h].UPOS != "VERB" || h > d || !nounDeterminers[strings.ToLower(toks[d].Form)] {
			continue
		}
		switch toks[p].XPOS {
		case "", "VB", "VBP":
		default:
			continue
		}
		switch toks[p].Rel {
		case "ccomp", "xcomp", "dep", "parataxis":
		default:
			continue
		}
		if toks[d].Head != p && toks[d].Head != h || hasChild(toks, h, "obj") || hasChild(toks, p, "nsubj") ||
			hasChild(toks, p, "nsubj:pass") || hasChild(toks, p, "obj") || hasChild(toks, p, "mark") || hasChild(toks, p, "aux") {
			continue
		}
		toks[p].UPOS, toks[p].XPOS, toks[p].Head, toks[p].Rel = "NOUN", "NN", h, "obj"
		toks[d].Head, toks[d].Rel = p, "det"
		for k := p + 1; k < len(toks); k++ {
			if toks[k].Head != p || !strings.HasPrefix(toks[k].Rel, "obl") {
				continue
			}
			if calendar.IsName(toks[k].Form) {
				toks[k].Head = h
			} else {
				toks[k].Rel = "nmod"
			}
		}
	}
}

// repairDatedObject mends "condemned on Wednesday Pakistani air strikes"
// and "expelled on Friday two Somali diplomats", a date between a verb and
// its object, read with the object as a bare oblique of the verb or as
// the date's noun ("on" its case, "Friday" its compound): the nominal
// after the date is the verb's object and the date the verb's oblique.
// When the verb was read as a participle modifying the noun before it
// ("The Taliban government condemned on Wednesday ...") and that noun as
// the subject of a later verb that a relative pronoun ("that", "which",
// "who") after the object introduces, the verb heads the clause with the
// noun as its subject, and the later verb is a relative clause of the
// object.
func repairDatedObject(toks []entente.Token) {
	for v := 0; v+2 < len(toks); v++ {
		d := v + 2 // the calendar word
		if toks[v].UPOS != "VERB" || !datePreposition(toks[v+1].Form) || !calendar.IsName(toks[d].Form) || hasChild(toks, v, "obj") {
			continue
		}
		e := dateEnd(toks, d)
		k := -1 // the object's head noun
		for j := e; j < len(toks); j++ {
			if toks[j].Head == v && (toks[j].Rel == "obl" || toks[j].Rel == "obj") && (toks[j].UPOS == "NOUN" || toks[j].UPOS == "PROPN") {
				k = j
				break
			}
			if toks[j].Head == d && toks[j].Rel == "compound" {
				break
			}
			if toks[j].UPOS == "VERB" || toks[j].UPOS == "PUNCT" || toks[j].UPOS == "ADP" {
				break
			}
		}
		if k < 0 && toks[d].Head > e && toks[d].Rel == "compound" && toks[toks[d].Head].Head == v && toks[toks[d].Head].Rel == "obl" {
			k = toks[d].Head // "on Friday two Somali diplomats"
		}
		if k < 0 || hasChildFrom(toks, k, "case", e) {
			continue
		}
		if k+1 < len(toks) && (toks[k+1].UPOS == "AUX" || toks[k+1].UPOS == "VERB") {
			continue // "warned on Monday separatists would be punished": a clause's subject
		}
		if toks[d].Head == k {
			toks[d].Head, toks[d].Rel = v, "obl"
		}
		if toks[v+1].Head == k {
			toks[v+1].Head = d
		}
		for j := d + 1; j < e; j++ {
			if toks[j].Head == k || toks[j].Head == v {
				toks[j].Head = d
			}
		}
		for j := e; j < k; j++ {
			// the object's words read as the date's ("on Thursday
			// Spain's recognition"): its possessor and modifiers
			if toks[j].Head != d {
				continue
			}
			switch {
			case possessiveMarks[toks[j].Form] && j > e:
				toks[j].Head, toks[j].Rel = j-1, "case"
				toks[j-1].Rel = "nmod:poss"
			case toks[j].Rel == "flat" || toks[j].Rel == "nmod:poss":
				toks[j].Head, toks[j].Rel = k, "compound"
			default:
				toks[j].Head = k
			}
		}
		toks[k].Rel = "obj"
		promoteDatedParticiple(toks, v, k)
	}
}

// datePreposition reports whether w opens a date after a verb ("on
// Wednesday", "in March", "last Friday").
func datePreposition(w string) bool {
	return strings.EqualFold(w, "on") || strings.EqualFold(w, "in") || strings.EqualFold(w, "last")
}

// relativePronouns open a relative clause.
var (
	relativePronouns = map[string]bool{"that": true, "which": true, "who": true}
	possessiveMarks  = map[string]bool{"'s": true, "'": true, "’s": true, "’": true}
	partsOfDay       = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}
)

// dateEnd returns the position after the date whose day or month name is
// at d: "March 3", "March 3, 2024", "Friday evening".
func dateEnd(toks []entente.Token, d int) int {
	e := d + 1
	if e < len(toks) && toks[e].UPOS == "NUM" && calendar.IsMonth(toks[d].Form) {
		e++ // the day of the month
	}
	if e+1 < len(toks) && toks[e].Form == "," && toks[e+1].UPOS == "NUM" && len(toks[e+1].Form) == 4 {
		e += 2 // the year
	}
	if e < len(toks) && partsOfDay[strings.ToLower(toks[e].Form)] {
		e++
	}
	return e
}

// hasChildFrom reports whether token h has a dependent of relation rel
// at or after position from.
func hasChildFrom(toks []entente.Token, h int, rel string, from int) bool {
	for i := from; i < len(toks); i++ {
		if toks[i].Head == h && toks[i].Rel == rel {
			return true
		}
	}
	return false
}

// promoteDatedParticiple is repairDatedObject's second step: verb v, with
// its object k, read as a participle of the noun before it, which a later
// verb takes as subject after a relative pronoun.
func promoteDatedParticiple(toks []entente.Token, v, k int) {
	n := v - 1
	if n < 0 || toks[v].Rel != "acl" || toks[v].Head != n || !strings.HasPrefix(toks[n].Rel, "nsubj") {
		return
	}
	c := toks[n].Head
	if c <= k {
		return
	}
	rel := false
	for j := k + 1; j < c; j++ {
		if relativePronouns[strings.ToLower(toks[j].Form)] {
			rel = true
			break
		}
	}
	if !rel {
		return
	}
	toks[v].Head, toks[v].Rel = toks[c].Head, toks[c].Rel
	toks[n].Head, toks[n].Rel = v, "nsubj"
	for j := c + 1; j < len(toks); j++ {
		if toks[j].Head == c && (toks[j].Rel == "conj" || toks[j].Rel == "punct") && !hasChild(toks, j, "nsubj") {
			toks[j].Head = v // "... and vowed to respond": the subject's too
		}
	}
	toks[c].Head, toks[c].Rel = k, "acl:relcl"
}

// repairNameModifier mends "Sudanese warplanes bombed ..." read with the
// name as a bare oblique of the verb (no preposition, no dependents) and
// the noun after it as the subject: a name or adjective right before a
// noun, both dependents of one head, the name an oblique or unclassified
// dependent with none of its own, modifies the noun (compound for a name,
// amod for an adjective).
func repairNameModifier(toks []entente.Token) {
	for p := 0; p+1 < len(toks); p++ {
		n, h := p+1, toks[p].Head
		if toks[p].UPOS != "PROPN" && toks[p].UPOS != "ADJ" || toks[n].UPOS != "NOUN" || h < 0 || toks[n].Head != h {
			continue
		}
		if toks[p].Rel != "obl" && toks[p].Rel != "dep" || hasDependent(toks, p) {
			continue
		}
		toks[p].Head = n
		if toks[p].UPOS == "ADJ" {
			toks[p].Rel = "amod"
		} else {
			toks[p].Rel = "compound"
		}
	}
}

// objectAfter returns the object (a noun or name) of verb p that follows
// it across adjectives, nouns and names only, all hanging after p, or -1.
func objectAfter(toks []entente.Token, p int) int {
	for k := p + 1; k < len(toks); k++ {
		if toks[k].Head == p && toks[k].Rel == "obj" && (toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN") {
			return k
		}
		if toks[k].UPOS != "ADJ" && toks[k].UPOS != "PROPN" && toks[k].UPOS != "NOUN" || toks[k].Head <= p {
			return -1
		}
	}
	return -1
}

// hasDependent reports whether any token depends on token h.
func hasDependent(toks []entente.Token, h int) bool {
	for i := range toks {
		if toks[i].Head == h {
			return true
		}
	}
	return false
}

// repairParticiple mends "released twenty captured soldiers" read as two
// clauses, the number the object of the first verb and the participle a
// verb of its own with the noun as its object: when a verb's object is a
// number or a determiner right before another verb, dependent on the same
// head, whose object follows it across adjectives and names only, that
// verb is a participle modifying the noun (amod, VBN), the number or
// determiner goes with the noun, and the noun is the first verb's object.
// So too when the number is the participle's subject and the first verb,
// before it, has no object and takes no clause ("handed over 14 wanted men
// to Syria" read as "14 wanted men"), and when the number modifies the
// participle itself.
func repairParticiple(toks []entente.Token) {
	for p := 1; p+1 < len(toks); p++ {
		n := p - 1
		h := toks[p].Head
		if toks[p].UPOS != "VERB" || h < 0 || toks[n].UPOS != "NUM" && toks[n].UPOS != "DET" {
			continue
		}
		objectOfFirst := toks[n].Head == h && toks[n].Rel == "obj"
		subjectOfSecond := toks[n].UPOS == "NUM" && toks[n].Head == p && toks[n].Rel == "nsubj" &&
			h < n && toks[h].UPOS == "VERB" && !hasChild(toks, h, "obj") &&
			toks[n-1].UPOS != "CCONJ" && toks[n-1].UPOS != "PUNCT" && // "fled and 300 looted" (h < n: n > 0)
			!clausalVerbs[strings.ToLower(toks[h].Lemma)] // "said 14 wanted asylum"
		// So too a number read as the participle's own ("set free 22
		// jailed fishermen", "handed over 20 detained traders"): no verb
		// takes a number as its modifier.
		numberOfSecond := toks[n].UPOS == "NUM" && toks[n].Head == p && toks[n].Rel == "nummod"
		if !objectOfFirst && !subjectOfSecond && !numberOfSecond {
			continue
		}
		if numberOfSecond && toks[h].UPOS == "ADJ" && toks[h].Rel == "xcomp" && toks[h].Head >= 0 {
			h = toks[h].Head // "set free": the noun is the verb's object
		}
		switch toks[p].Rel {
		case "ccomp", "xcomp", "conj", "parataxis", "advcl", "dep":
		default:
			continue
		}
		o := objectAfter(toks, p)
		if o < 0 {
			continue
		}
		for k := range toks {
			if toks[k].Head == p && k != o {
				toks[k].Head = h // the participle's other dependents ("on Wednesday") go with the verb
			}
		}
		toks[o].Head, toks[o].Rel = h, "obj"
		if toks[n].UPOS == "NUM" {
			toks[n].Head, toks[n].Rel = o, "nummod"
		} else {
			toks[n].Head, toks[n].Rel = o, "det"
		}
		toks[p].Head, toks[p].Rel, toks[p].XPOS = o, "amod", "VBN"
	}
}

// repairDatedSubject mends "In March Moscow issued threats" and "On
// December 14 Washington imposed sanctions", read with the name as part of
// the date ("March Moscow"), which leaves the verb without a subject: when
// a verb has no subject and the names right before it follow a month or a
// number, the last name is the verb's subject and the others are its
// compounds.
func repairDatedSubject(toks []entente.Token) {
	for v := 1; v < len(toks); v++ {
		if toks[v].UPOS != "VERB" || hasChild(toks, v, "nsubj") || hasChild(toks, v, "nsubj:pass") {
			continue
		}
		j := v
		for j > 0 && toks[j-1].UPOS == "PROPN" && !calendar.IsMonth(toks[j-1].Form) {
			j--
		}
		if j == v || j == 0 {
			continue
		}
		d := j - 1 // the date word before the names
		if !calendar.IsMonth(toks[d].Form) && toks[d].UPOS != "NUM" {
			continue
		}
		inside := true // the names hang on the date words, on each other or on the verb as an adjunct
		for k := j; k < v; k++ {
			if h := toks[k].Head; h < 0 || h > v || h == v && !strings.HasPrefix(toks[k].Rel, "obl") {
				inside = false
			}
		}
		if !inside {
			continue
		}
		last := v - 1
		toks[last].Head, toks[last].Rel = v, "nsubj"
		for k := j; k < last; k++ {
			toks[k].Head, toks[k].Rel = last, "compound"
		}
		// the date words keep their heads, unless they hung on a name:
		// the date's preposition then goes with the date, the date
		// (and anything else) with the verb
		for k := range toks {
			if toks[k].Head < j || toks[k].Head >= v || k >= j && k <= last {
				continue
			}
			if k < d && toks[k].Rel == "case" {
				toks[k].Head = d
			} else {
				toks[k].Head, toks[k].Rel = v, "obl"
			}
		}
	}
}

// repairAttribution mends "Russian forces shelled Kharkiv, the governor
// said" read as one clause of "said" with two subjects, "forces" the first
// and "shelled" a participle modifying it: when a verb has two subjects
// and the first has a verb modifying it (acl) with an object of its own
// before the second, that verb is the sentence's predicate, with the
// first subject its own, and the attribution a parataxis of it.
func repairAttribution(toks []entente.Token) {
	subjects := 0
	for i := range toks {
		if toks[i].Rel == "nsubj" {
			subjects++
		}
	}
	if subjects < 2 {
		return
	}
	for v := range toks {
		if toks[v].UPOS != "VERB" {
			continue
		}
		first, second := -1, -1
		for c := range toks {
			if toks[c].Head == v && toks[c].Rel == "nsubj" {
				if first < 0 {
					first = c
				} else if second < 0 {
					second = c
				}
			}
		}
		if first < 0 || second < 0 || first > v || second > v {
			continue
		}
		a := -1
		for c := first + 1; c < second; c++ {
			if toks[c].Head == first && toks[c].Rel == "acl" && toks[c].UPOS == "VERB" {
				a = c
				break
			}
		}
		if a < 0 || !hasChild(toks, a, "obj") || !commaBetween(toks, a, second) {
			continue
		}
		toks[a].Head, toks[a].Rel = toks[v].Head, toks[v].Rel
		toks[first].Head = a
		toks[v].Head, toks[v].Rel = a, "parataxis"
		for c := v + 1; c < len(toks); c++ {
			if toks[c].Head == v && toks[c].Rel == "punct" {
				toks[c].Head = a // the full stop ends the sentence, not the attribution
			}
		}
	}
}

// hasChild reports whether token h has a child of relation rel.
func hasChild(toks []entente.Token, h int, rel string) bool {
	for c := range toks {
		if toks[c].Head == h && toks[c].Rel == rel {
			return true
		}
	}
	return false
}

// commaBetween reports whether a comma stands between tokens a and b.
func commaBetween(toks []entente.Token, a, b int) bool {
	for c := a + 1; c < b; c++ {
		if toks[c].Form == "," {
			return true
		}
	}
	return false
}

// repairReported mends a parse the model gets wrong in news: after a time
// adjunct, "said on Monday that drones had attacked a depot" is read as a
// relative clause of the day ("Monday that attacked"), with "that" its
// object. When the clause has a subject of its own and the day hangs on a
// verb, the clause is that verb's complement (ccomp) and "that" its marker.
func repairReported(toks []entente.Token) {
	for v := range toks {
		if toks[v].Rel != "acl:relcl" {
			continue
		}
		n := toks[v].Head
		if n < 0 || n >= len(toks) || !timeNouns[strings.ToLower(toks[n].Form)] {
			continue
		}
		g := toks[n].Head
		if g < 0 || g >= len(toks) || toks[g].UPOS != "VERB" || !strings.HasPrefix(toks[n].Rel, "obl") {
			continue
		}
		that, subj := -1, false
		for c := range toks {
			if toks[c].Head != v {
				continue
			}
			switch {
			case c < v && c == n+1 && strings.EqualFold(toks[c].Form, "that"):
				that = c
			case strings.HasPrefix(toks[c].Rel, "nsubj"):
				subj = true
			}
		}
		if that < 0 || !subj {
			continue
		}
		toks[v].Head, toks[v].Rel = g, "ccomp"
		toks[that].Head, toks[that].Rel = v, "mark"
		toks[that].UPOS, toks[that].XPOS, toks[that].Lemma = "SCONJ", "IN", "that"
	}
}

// rootOf returns the index of the root token of a parsed sentence, -1
// when it has none.
func rootOf(toks []entente.Token) int {
	for i := range toks {
		if toks[i].Head < 0 {
			return i
		}
	}
	return -1
}

// pastOnly reports whether no token of the sentence is a present tense, a
// modal or an auxiliary: its verb may be a past form the parse read as a
// participle.
func pastOnly(toks []entente.Token) bool {
	for i := range toks {
		if x := toks[i].XPOS; x == "VBZ" || x == "VBP" || x == "MD" || toks[i].UPOS == "AUX" {
			return false
		}
	}
	return true
}
