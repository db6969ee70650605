package coder

import (
	"fmt"
	"strings"

	"entente"
	"entente/cameo"
)

// Event anaphora. A predicate whose object is a definite event noun with no
// actor in it ("rejected the accusation", "lifted the embargo", "criticised
// the new partnership", "its unease at the war games") refers back to an
// earlier event of the article, which supplies the target the sentence
// lacks: the accuser for a reply to a charge, the sanctioned for a change
// to sanctions, the parties to an agreement, exercise or visit for a
// reaction to it. A threat without a target ("warned that more strikes
// would follow") is aimed at the target of the same actor's latest hostile
// event. "Returned the favour" (or "the visit") is the earlier friendly
// event done to the returner, done back: its code, with its source for
// target; without one, nothing is coded. Supplying "the weapons used in
// the attack" is supplying the attacker of that earlier attack. The antecedent is the latest earlier event of the right kind
// whose sentence uses the same noun, within lexWindow sentences, else the
// latest of the right kind within kindWindow sentences; events are never
// guessed beyond that.

// refKind is the kind of event an anaphoric noun refers back to.
type refKind uint8

const (
	refNone     refKind = iota
	refCharge           // "the accusation", "the criticism": the accuser
	refSanction         // "the embargo", "the sanctions": the sanctioned
	refAccord           // "the partnership", "the deal": its parties
	refDrill            // "the drills", "the war games": their parties
	refVisit            // "the visit", "the talks": their parties
	refThreat           // a threat without target: the threatened
	refReturn           // "returned the favour": the earlier event, reversed
	refUsed             // "supplied the weapons used in the attack": the attacker
	refAttack           // "condemned the launch", "the strikes": the attacker
	refAppeal           // "rejected the request", "accepted the offer": who made it
)

// anaphor is what a predicate's object refers back to: the kind of the
// antecedent event and the noun's upper-case form.
type anaphor struct {
	kind refKind
	noun string
}

// Windows of the antecedent search, in sentences before the event's own.
const (
	lexWindow  = 12
	kindWindow = 3
)

// refNouns maps the upper-case lemmas of event nouns to the kind of event
// they refer back to.
var refNouns = map[string]refKind{
	"ACCUSATION": refCharge, "ALLEGATION": refCharge, "CHARGE": refCharge, "CRITICISM": refCharge,
	"CLAIM": refCharge, "COMPLAINT": refCharge, "CONDEMNATION": refCharge, "REBUKE": refCharge,
	"EMBARGO": refSanction, "SANCTION": refSanction, "SANCTIONS": refSanction, "BAN": refSanction,
	"BLOCKADE": refSanction, "RESTRICTION": refSanction, "TARIFF": refSanction, "BOYCOTT": refSanction,
	"PARTNERSHIP": refAccord, "ALLIANCE": refAccord, "AGREEMENT": refAccord, "DEAL": refAccord,
	"PACT": refAccord, "TREATY": refAccord, "ACCORD": refAccord, "COOPERATION": refAccord,
	"VENTURE": refAccord, "RAPPROCHEMENT": refAccord,
	"DRILL": refDrill, "DRILLS": refDrill, "EXERCISE": refDrill, "MANOEUVRE": refDrill,
	"MANEUVER": refDrill, "WARGAME": refDrill, "WAR-GAME": refDrill,
	"VISIT": refVisit, "TRIP": refVisit, "SUMMIT": refVisit, "TALKS": refVisit, "TALK": refVisit,
	"MEETING": refVisit,
	"ATTACK":  refAttack, "ATTACKS": refAttack, "STRIKE": refAttack, "STRIKES": refAttack,
	"AIRSTRIKE": refAttack, "AIRSTRIKES": refAttack, "BOMBING": refAttack, "BOMBINGS": refAttack,
	"RAID": refAttack, "RAIDS": refAttack, "SHELLING": refAttack, "INVASION": refAttack,
	"INCURSION": refAttack, "ASSAULT": refAttack, "OFFENSIVE": refAttack, "MASSACRE": refAttack,
	"LAUNCH": refAttack, "LAUNCHES": refAttack,
	"REQUEST": refAppeal, "APPEAL": refAppeal, "PLEA": refAppeal, "DEMAND": refAppeal,
	"DEMANDS": refAppeal, "OFFER": refAppeal, "PROPOSAL": refAppeal, "ULTIMATUM": refAppeal,
}

// definite are the determiners that make a noun refer back.
var definite = map[string]bool{"THE": true, "THIS": true, "THAT": true, "THESE": true, "THOSE": true}

// anaphorOf returns what predicate p, which has no target, refers back to:
// a definite event noun without actors as its object, or as a modifier of
// its object or an oblique of the verb introduced by at, over, about, on,
// against or to; for a threat (13) without such a noun, its victim.
func (sc *sentence) anaphorOf(p *predicate) anaphor {
	if sc.toks[p.tok].UPOS == "NOUN" || sc.toks[p.tok].UPOS == "PROPN" {
		return anaphor{}
	}
	reaction := func(c int) bool {
		return base(sc.rel(c)) == "obl" || base(sc.rel(c)) == "nmod"
	}
	var cands []int
	for _, o := range sc.childrenWith(p.tok, "obj") {
		cands = append(cands, o)
		for _, c := range sc.childrenWith(o, "nmod", "obl") {
			if reaction(c) && inSet(sc.caseOf(c), "AT", "OVER", "ABOUT", "ON", "AGAINST", "TO", "WITH") {
				cands = append(cands, c)
			}
		}
	}
	for _, c := range sc.childrenWith(p.tok, "obl") {
		if inSet(sc.caseOf(c), "AT", "OVER", "ABOUT", "ON", "AGAINST", "TO") {
			cands = append(cands, c)
		}
	}
	if inSet(sc.lemma(p.tok), "RETURN", "REPAY", "RECIPROCATE") {
		for _, o := range sc.childrenWith(p.tok, "obj") {
			if inSet(sc.lemma(o), "FAVOUR", "FAVOR", "COMPLIMENT", "VISIT") {
				return anaphor{kind: refReturn}
			}
		}
	}
	if r := cameo.RootOf(p.code.Source); r == "06" || r == "07" {
		for _, o := range sc.childrenWith(p.tok, "obj") {
			if sc.usedIn(o) {
				return anaphor{kind: refUsed}
			}
		}
	}
	for _, n := range cands {
		if k := sc.refNoun(n); k != refNone {
			return anaphor{kind: k, noun: sc.words[n]}
		}
	}
	if cameo.RootOf(p.code.Source) == "13" {
		return anaphor{kind: refThreat}
	}
	return anaphor{}
}

// refNoun returns the kind of event noun n refers back to: a definite
// event noun ("the embargo", "the war games") with no actor in it.
func (sc *sentence) refNoun(n int) refKind {
	if u := sc.toks[n].UPOS; u != "NOUN" && u != "PROPN" {
		return refNone
	}
	def := false
	for _, c := range sc.childrenWith(n, "det") {
		def = def || definite[sc.words[c]]
	}
	if !def || len(sc.actors(n, 0)) > 0 || len(sc.deepTargets(n)) > 0 {
		return refNone
	}
	k := refNouns[sc.lemma(n)]
	if k == refNone {
		k = refNouns[sc.words[n]]
	}
	if k == refNone && inSet(sc.lemma(n), "GAME", "GAMES") {
		// "the war games"
		for _, c := range sc.childrenWith(n, "compound", "amod") {
			if sc.words[c] == "WAR" {
				k = refDrill
			}
		}
	}
	return k
}

// fits reports whether event e can be the antecedent of kind k for an
// event whose source is src.
func fits(k refKind, e *entente.Event, src string) bool {
	if e.Modality == entente.Negated {
		return false
	}
	root := cameo.RootOf(e.Code)
	if e.Target == "" && !inSet(root, "03", "04", "05", "06") && k != refUsed && k != refAttack && !(k == refDrill && e.Code == "150") {
		// an agreement, exercise or visit may have one party named, and
		// an attack its attacker alone
		return false
	}
	switch k {
	case refCharge:
		return root == "11" && countryPart(e.Target) == countryPart(src)
	case refSanction:
		return root == "16" && countryPart(e.Target) != countryPart(src)
	case refAccord:
		return inSet(root, "03", "05", "06")
	case refDrill:
		// a joint exercise (06), or one held alone as a show of force
		// (150, see statetarget.go)
		return root == "06" || e.Code == "150"
	case refVisit:
		return root == "04"
	case refThreat:
		return root >= "13" && root <= "20" && e.Source == src
	case refReturn:
		return root >= "01" && root <= "08" && countryPart(e.Target) == countryPart(src)
	case refUsed:
		return root >= "18" && root <= "20" && countryPart(e.Source) != countryPart(src)
	case refAppeal:
		// an appeal (02), an offer (03) or a demand (10) made to the one
		// who now answers it
		return inSet(root, "02", "03", "10") && countryPart(e.Target) == countryPart(src)
	case refAttack:
		// a show of force (a missile launch, 15), violent repression,
		// an assault or a fight, by another country
		return inSet(root, "15", "17", "18", "19", "20") && countryPart(e.Source) != countryPart(src)
	}
	return false
}

// countryPart returns the first three letters of an actor code, the
// country for a state actor.
func countryPart(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// mentionsWord reports whether text holds word w (upper case) as a word.
func mentionsWord(text, w string) bool {
	if w == "" {
		return false
	}
	up := strings.ToUpper(text)
	for i := 0; ; {
		k := strings.Index(up[i:], w)
		if k < 0 {
			return false
		}
		k += i
		before := k == 0 || !isLetter(up[k-1])
		after := k+len(w) >= len(up) || !isLetter(up[k+len(w)])
		if before && after {
			return true
		}
		i = k + 1
	}
}

func isLetter(b byte) bool { return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' }

// antecedent returns the index of the event of evs that event i refers
// back to, or -1.
func antecedent(evs []entente.Event, i int, r anaphor) int {
	e := &evs[i]
	before := func(j int) bool {
		return evs[j].Sentence < e.Sentence || evs[j].Sentence == e.Sentence && evs[j].VerbSpan.Start < e.VerbSpan.Start
	}
	if r.noun != "" {
		for j := i - 1; j >= 0 && evs[j].Sentence >= e.Sentence-lexWindow; j-- {
			if before(j) && fits(r.kind, &evs[j], e.Source) && mentionsWord(evs[j].SentenceText, r.noun) {
				return j
			}
		}
	}
	for j := i - 1; j >= 0 && evs[j].Sentence >= e.Sentence-kindWindow; j-- {
		if before(j) && fits(r.kind, &evs[j], e.Source) {
			return j
		}
	}
	return -1
}

// resolveAnaphora gives the events without a target that refer back to
// an earlier event (refs, parallel to evs) the target that event supplies;
// a reaction to an agreement, exercise or visit is aimed at each of its
// parties. mentions are the article's actor mentions, whose entries the
// new target brings.
func (c *Coder) resolveAnaphora(a *entente.Article, evs []entente.Event, refs []anaphor, mentions []entente.Mention) []entente.Event {
	if len(refs) != len(evs) {
		return evs
	}
	pending := false
	for i := range refs {
		pending = pending || refs[i].kind != refNone && evs[i].Target == ""
	}
	if !pending {
		return evs
	}
	entries := func(sp entente.Span) []entente.EntryRef {
		for _, m := range mentions {
			if m.Span == sp {
				return m.Entries
			}
		}
		return nil
	}
	type party struct {
		code string
		span entente.Span
	}
	out := make([]entente.Event, 0, len(evs))
	seen := map[string]bool{}
	for _, e := range evs {
		seen[fmt.Sprint(e.Sentence, e.Source, e.Target, e.Code)] = true
	}
	for i := range evs {
		e := evs[i]
		r := refs[i]
		j := -1
		if r.kind != refNone && e.Target == "" {
			j = antecedent(evs, i, r)
		}
		if j < 0 {
			if r.kind != refReturn || e.Target != "" {
				out = append(out, e)
			}
			continue
		}
		ante := &evs[j]
		var parties []party
		switch r.kind {
		case refCharge, refReturn, refUsed, refAttack, refAppeal:
			parties = []party{{ante.Source, ante.SourceSpan}}
		case refSanction, refThreat:
			parties = []party{{ante.Target, ante.TargetSpan}}
		default:
			for _, pt := range []party{{ante.Source, ante.SourceSpan}, {ante.Target, ante.TargetSpan}} {
				if countryPart(pt.code) != countryPart(e.Source) {
					parties = append(parties, pt)
				}
			}
		}
		added := 0
		for _, pt := range parties {
			key := fmt.Sprint(e.Sentence, e.Source, pt.code, e.Code)
			if pt.code == "" || countryPart(pt.code) == countryPart(e.Source) || seen[key] {
				// no target of the source's own country from another
				// sentence: too often a domestic aside
				continue
			}
			seen[key] = true
			x := e
			x.Target, x.TargetSpan = pt.code, pt.span
			// the source's entries, then the new target's, then the rest
			if n := len(e.Matched); n > 0 {
				x.Matched = append(append(append([]entente.EntryRef(nil), e.Matched[:n-1]...),
					entries(pt.span)...), e.Matched[n-1])
			}
			x.Confidence = min(e.Confidence, 0.5)
			if r.kind == refReturn {
				x.Code, x.Root = ante.Code, ante.Root
				x.Goldstein, x.QuadClass, x.PloverType, x.PloverMode = 0, 0, "", ""
				if ec, ok := cameo.Lookup(x.Code); ok {
					x.Goldstein = ec.GoldsteinIn(c.opt.Convention)
					x.QuadClass = ec.QuadClassIn(c.opt.Convention)
					x.PloverType, x.PloverMode = ec.PloverType, ec.PloverMode
				}
			}
			if added > 0 {
				x.ID = fmt.Sprintf("%s-r%d", e.ID, added)
			}
			out = append(out, x)
			added++
		}
		if added == 0 {
			out = append(out, e)
		}
	}
	return out
}

// retold reports whether event noun n names an earlier event its governing
// predicate reacts to rather than a deed of that predicate's subject: a
// definite noun without a possessor or other actor, the object of a verb
// coded by a pattern ("Iran rejected the accusation" is no accusation by Iran).
func (sc *sentence) retold(n int, preds map[int]*predicate) bool {
	h := sc.toks[n].Head
	if h < 0 || base(sc.rel(n)) != "obj" || len(sc.childrenWith(n, "nmod:poss")) > 0 ||
		len(sc.actors(n, 0)) > 0 || len(sc.deepTargets(n)) > 0 {
		// "condemned the Chilean invasion of Bolivia" names its actors
		return false
	}
	if hp, ok := preds[h]; !ok || !hp.byPat {
		return false
	}
	for _, c := range sc.childrenWith(n, "det") {
		if definite[sc.words[c]] {
			return true
		}
	}
	return false
}

// sameActors reports whether every mention of ms has the code of one of
// the mentions of src: a pattern's target that is the source again ("India
// voiced its unease at ... Indian-controlled Kashmir") is no target.
func sameActors(sc *sentence, ms, src []int) bool {
	if len(src) == 0 {
		return false
	}
	for _, m := range ms {
		same := false
		for _, s := range src {
			same = same || sc.mentions[s].Code == sc.mentions[m].Code
		}
		if !same {
			return false
		}
	}
	return true
}

// beneficiaryNouns head the phrases that name whom a deed is for, not whom
// it is done to: "in solidarity with X", "in support of X", "on behalf of X".
var beneficiaryNouns = map[string]bool{
	"SOLIDARITY": true, "SUPPORT": true, "BEHALF": true, "SYMPATHY": true, "DEFENCE": true, "DEFENSE": true,
}

// beneficiary reports whether nominal t is the object of such a phrase.
func (sc *sentence) beneficiary(t int) bool {
	h := sc.toks[t].Head
	return h >= 0 && base(sc.rel(t)) == "nmod" && beneficiaryNouns[sc.lemma(h)] && inSet(sc.caseOf(t), "WITH", "OF")
}

// pairTarget returns, for predicate v with sources src and no target, in a
// clause subordinate to one whose subject is a pair of countries one of
// which is the source's ("Armenia and Turkey have had no relations since
// 1993, when Ankara closed the border"), the other countries of the pair.
func (sc *sentence) pairTarget(v int, src []int) []int {
	srcCountry := map[string]bool{}
	for _, s := range src {
		srcCountry[countryPart(sc.mentions[s].Code)] = true
	}
	for g, k := v, 0; k < 3; k++ {
		if !inSet(base(sc.rel(g)), "advcl", "parataxis", "acl", "ccomp") {
			return nil
		}
		if g = sc.toks[g].Head; g < 0 {
			return nil
		}
		for _, c := range sc.childrenWith(g, "nsubj") {
			pair := sc.actors(c, 0)
			countries := map[string]bool{}
			var others []int
			for _, a := range pair {
				cc := countryPart(sc.mentions[a].Code)
				countries[cc] = true
				if !srcCountry[cc] {
					others = append(others, a)
				}
			}
			if len(countries) == 2 && len(others) > 0 && len(others) < len(pair) {
				return others
			}
		}
	}
	return nil
}

// attackNouns name an attack a thing can be used in.
var attackNouns = map[string]bool{
	"ATTACK": true, "ATTACKS": true, "STRIKE": true, "STRIKES": true, "BOMBING": true, "RAID": true,
	"ASSAULT": true, "OFFENSIVE": true, "BOMBARDMENT": true,
}

// usedIn reports whether object o, with no actor of its own, is said to be
// used in a definite attack: "the weapons used in the attack", "the drones
// used for the strikes".
func (sc *sentence) usedIn(o int) bool {
	if len(sc.actors(o, 0)) > 0 {
		return false
	}
	for _, a := range sc.childrenWith(o, "acl") {
		if !inSet(sc.lemma(a), "USE", "EMPLOY", "FIRE", "LAUNCH", "DEPLOY") {
			continue
		}
		for _, c := range sc.childrenWith(a, "obl") {
			if !inSet(sc.caseOf(c), "IN", "FOR", "DURING") || !(attackNouns[sc.lemma(c)] || attackNouns[sc.words[c]]) {
				continue
			}
			for _, d := range sc.childrenWith(c, "det") {
				if definite[sc.words[d]] {
					return true
				}
			}
		}
	}
	return false
}
