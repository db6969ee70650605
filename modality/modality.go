// Package modality tells how sure a text is that an event happened: asserted,
// negated ("did not", "denied", "no ... was"), alleged ("reportedly",
// "according to", "accused X of"), intended ("will", "plans to", "expressed
// interest in"), hypothetical ("could", "if") or asked.
//
// The modality belongs to the event it qualifies. In "rivals accused the
// ministry of leaking the plan", leaking is alleged and the accusation
// asserted: a cue counts for a verb when it sits in the verb's own auxiliary
// group ("did not sign", "will sign", "reportedly signed"), when it governs the
// verb's clause ("plans to sign", "denied that it signed", "accused ... of
// signing"), or when it opens the verb's clause ("if they sign").
//
// The rules read tokens alone; when the sentence carries a dependency parse
// the auxiliaries and the governing verb are taken from it.
package modality

import (
	"slices"
	"strings"

	"entente"
	"entente/internal/clause"
)

// Of returns the modality of the event whose verb is token verbTok of sent.
// text is the article's text (unused by the token rules, kept so that a rule
// may read what tokens hide, such as quotes around the verb).
func Of(sent *entente.Sentence, verbTok int, text string) entente.Modality {
	return OfWords(sent, clause.Words(sent.Tokens), verbTok)
}

// OfWords is Of with the sentence's folded words (clause.Words) computed
// once by the caller, for several events of one sentence.
func OfWords(sent *entente.Sentence, words []string, verbTok int) entente.Modality {
	toks := sent.Tokens
	if verbTok < 0 || verbTok >= len(toks) || len(words) != len(toks) {
		return entente.Asserted
	}
	if toks[verbTok].UPOS == "VERB" && rel(toks[verbTok].Rel) == "amod" && strings.HasSuffix(words[verbTok], "ing") {
		// "held talks with the visiting minister", "will not meet
		// visiting officials": a participle that describes its noun
		// is as sure as the verb whose argument the noun is (not as
		// the words before it: "talks" governs intents)
		g := toks[verbTok].Head
		for k := 0; k < 3 && g >= 0 && g < len(toks) && toks[g].UPOS != "VERB"; k++ {
			g = toks[g].Head
		}
		if g < 0 || g >= len(toks) || g == verbTok || toks[g].UPOS != "VERB" {
			return entente.Asserted
		}
		return OfWords(sent, words, g)
	}
	if h := toks[verbTok].Head; toks[verbTok].UPOS == "VERB" && rel(toks[verbTok].Rel) == "acl" && toks[verbTok].XPOS == "VBN" &&
		h >= 0 && h < len(toks) && (toks[h].UPOS == "NOUN" || toks[h].UPOS == "PROPN") && !hasChild(toks, verbTok, "aux", "aux:pass") {
		// "the agreement signed by Turkey and Libya on Wednesday": a
		// past participle that describes its noun tells a done act,
		// whatever the noun governs ("an agreement to ..." intends)
		return entente.Asserted
	}
	if h := toks[verbTok].Head; toks[verbTok].UPOS == "NOUN" && rel(toks[verbTok].Rel) == "obj" && h >= 0 && h < len(toks) && toks[h].UPOS == "VERB" {
		switch lemma := strings.ToLower(toks[h].Lemma); {
		case supportVerbs[lemma]:
			// an event noun that is the object of a verb that does it
			// ("is likely to have a meeting", "may hold talks"): the
			// verb's clause says how sure the act is (not of one that
			// reacts to it: "did not condemn the invasion" tells an
			// invasion)
			if m := OfWords(sent, words, h); m != entente.Asserted {
				return m
			}
		case deliberative[lemma]:
			// "discussed possible sanctions", "proposed talks": an act
			// weighed or asked for is not done
			return entente.Hypothetical
		case plotVerbs[lemma]:
			// "suspected of planning a bombing", "plotted an attack":
			// an act planned is not done
			return entente.Intended
		}
	}
	if h := toks[verbTok].Head; toks[verbTok].UPOS == "NOUN" && (rel(toks[verbTok].Rel) == "obj" || toks[verbTok].Rel == "nsubj:pass") &&
		h >= 0 && h < len(toks) && toks[h].UPOS == "VERB" && cancelVerbs[strings.ToLower(toks[h].Lemma)] {
		// "cancelled a planned visit", "the visit was postponed": an
		// act called off has not happened
		return entente.Negated
	}
	if n := toks[verbTok].Head; toks[verbTok].UPOS == "NOUN" && rel(toks[verbTok].Rel) == "nmod" && n >= 0 && n < len(toks) &&
		reportNouns[words[n]] && rel(toks[n].Rel) == "obj" && toks[n].Head >= 0 && toks[n].Head < len(toks) &&
		strings.ToLower(toks[toks[n].Head].Lemma) == "deny" {
		// "denied reports of a secret visit": the act denied
		return entente.Negated
	}
	if h := toks[verbTok].Head; toks[verbTok].UPOS == "NOUN" && rel(toks[verbTok].Rel) == "obl" && h >= 0 && h < len(toks) &&
		toks[h].UPOS == "VERB" && deliberative[strings.ToLower(toks[h].Lemma)] && childWord(toks, words, verbTok, "case", "about", "on") {
		// "is thinking about sanctions", "discussed on sanctions": an
		// act weighed is not done (not "demanded an apology over the
		// bombing", a reason)
		return entente.Hypothetical
	}
	if h := toks[verbTok].Head; toks[verbTok].UPOS == "NOUN" && rel(toks[verbTok].Rel) == "obl" && h >= 0 && h < len(toks) &&
		(requests[words[h]] && childWord(toks, words, verbTok, "case", "for") || strings.HasPrefix(words[h], "insist") && childWord(toks, words, verbTok, "case", "on", "upon")) {
		// "asked for a meeting", "called for talks", "insisted on
		// talks": an act asked for is not done
		return entente.Hypothetical
	}
	if h := toks[verbTok].Head; toks[verbTok].UPOS == "NOUN" && rel(toks[verbTok].Rel) == "obl" && h >= 0 && h < len(toks) &&
		toks[h].UPOS == "VERB" && journeyVerbs[strings.ToLower(toks[h].Lemma)] && childWord(toks, words, verbTok, "case", "for") &&
		meetingNouns[words[verbTok]] {
		// "will travel to Lima for talks", "did not fly to Kyiv for
		// talks": the purpose of a journey is as sure as the journey
		if m := OfWords(sent, words, h); m != entente.Asserted {
			return m
		}
	}
	if toks[verbTok].UPOS == "NOUN" {
		if h := toks[verbTok].Head; h >= 0 && h < len(toks) && rel(toks[verbTok].Rel) == "nsubj" && happenVerbs[strings.ToLower(toks[h].Lemma)] {
			// "the long-planned offensive began on Tuesday", "the
			// planned visit took place": the verb tells it happened,
			// unless it is itself hedged ("if the proposed meeting
			// took place")
			if OfWords(sent, words, h) == entente.Asserted {
				return entente.Asserted
			}
		}
		if m, ok := nounHedge(toks, words, verbTok); ok {
			return m
		}
	}
	var f flags
	if question(words, toks, verbTok) {
		f |= fQuestion
	}
	gs := groupStart(toks, words, verbTok)
	f |= groupFlags(words, gs, verbTok)
	// A speech verb before "would" makes it a reported future: "said it
	// would sign".
	if f&fWould != 0 && speechBefore(words, gs) {
		f = f&^fWould | fIntended
	}
	if f&fWould != 0 {
		f = f&^fWould | fHypothetical
	}
	// A condition ("unless NATO expands") is hypothetical whatever the
	// clause it conditions is.
	if cf := conditional(toks, words, verbTok); cf != 0 {
		f |= cf
	} else {
		f |= governor(toks, words, verbTok, gs)
	}
	f |= without(words, verbTok, gs)
	f |= subjectNegation(toks, words, verbTok)
	f |= objectNegation(toks, words, verbTok)
	if according(words) {
		f |= fAlleged
	}
	return f.modality()
}

type flags uint16

const (
	fQuestion flags = 1 << iota
	fNegated
	fHypothetical
	fAlleged
	fIntended
	fWould // "would": hypothetical unless reported speech makes it future
)

func (f flags) modality() entente.Modality {
	switch {
	case f&fQuestion != 0:
		return entente.Question
	case f&fNegated != 0:
		return entente.Negated
	case f&fHypothetical != 0:
		return entente.Hypothetical
	case f&fAlleged != 0:
		return entente.Alleged
	case f&fIntended != 0:
		return entente.Intended
	}
	return entente.Asserted
}

// groupWords may stand between a verb and its subject in the verb group.
var groupWords = map[string]flags{
	"be": 0, "been": 0, "being": 0, "is": 0, "are": 0, "was": 0, "were": 0, "am": 0,
	"'s": 0, "'re": 0, "'m": 0, "has": 0, "have": 0, "had": 0, "'ve": 0, "having": 0,
	"do": 0, "does": 0, "did": 0, "to": 0, "also": 0, "still": 0, "already": 0,
	"just": 0, "even": 0, "now": 0, "then": 0, "soon": 0, "again": 0, "only": 0,
	"not": fNegated, "n't": fNegated, "never": fNegated, "neither": fNegated, "nor": fNegated,
	"will": fIntended, "'ll": fIntended, "shall": fIntended, "wo": fIntended,
	"could": fHypothetical, "might": fHypothetical, "may": fHypothetical,
	"should": fHypothetical, "must": fHypothetical, "can": 0, "ca": 0,
	"would": fWould, "'d": fWould,
	"reportedly": fAlleged, "allegedly": fAlleged, "purportedly": fAlleged,
	"supposedly": fAlleged, "apparently": fAlleged, "ostensibly": fAlleged,
	"likely": fHypothetical, "possibly": fHypothetical, "perhaps": fHypothetical,
	"probably": fHypothetical, "maybe": fHypothetical,
}

// groupStart returns the first token of the verb's auxiliary group: the run
// of auxiliaries, negators and adverbs just before it.
func groupStart(toks []entente.Token, words []string, v int) int {
	if clause.Parsed(toks) {
		gs := v
		for j := v - 1; j >= 0 && j >= v-6; j-- {
			if toks[j].Head != v {
				if _, ok := groupWords[words[j]]; !ok {
					break
				}
			}
			switch rel(toks[j].Rel) {
			case "aux", "advmod", "mark", "neg", "cop", "":
				gs = j
				continue
			}
			break
		}
		return gs
	}
	gs := v
	for j := v - 1; j >= 0; j-- {
		w := words[j]
		if _, ok := groupWords[w]; ok || adverb(w) {
			gs = j
			continue
		}
		break
	}
	return gs
}

func rel(r string) string {
	if k := strings.IndexByte(r, ':'); k >= 0 {
		return r[:k]
	}
	return r
}

// adverb guesses an adverb from its -ly ending ("steadily", "formally").
func adverb(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "ly") {
		return false
	}
	switch w {
	case "unlikely", "italy", "rally", "ally", "early", "supply", "apply", "reply", "family", "july", "assembly", "monopoly", "anomaly":
		return false
	}
	return true
}

func groupFlags(words []string, gs, v int) flags {
	var f flags
	for j := gs; j < v; j++ {
		if words[j] == "not" && j+1 < len(words) && words[j+1] == "only" {
			continue // "not only ... but also"
		}
		f |= groupWords[words[j]]
	}
	// "no longer signs"
	if gs >= 2 && words[gs-1] == "longer" && words[gs-2] == "no" {
		f |= fNegated
	}
	return f
}

// speech verbs report what someone said; a "would" after them is the
// reported form of "will".
var speech = map[string]bool{
	"said": true, "says": true, "told": true, "announced": true, "stated": true,
	"promised": true, "pledged": true, "insisted": true, "declared": true,
	"confirmed": true, "indicated": true, "added": true, "explained": true,
}

func speechBefore(words []string, gs int) bool {
	for j := gs - 1; j >= 0 && j >= gs-8; j-- {
		if speech[words[j]] {
			return true
		}
		if clause.IsBreak(words[j]) {
			return false
		}
	}
	return false
}

// question reports whether the verb's sentence asks: it ends with "?" and
// the verb is not in a part quoted before a colon.
func question(words []string, toks []entente.Token, v int) bool {
	for j := len(words) - 1; j > v; j-- {
		switch words[j] {
		case "?":
			return true
		case "\"", "”", "'", "’", ")", "»":
			continue
		case ".", "!", ";", ":":
			return false
		}
	}
	return false
}

// governor lexicons: a word that governs the verb's clause and what it makes
// of the verb.
var governors = buildGovernors()

func buildGovernors() map[string]flags {
	governors := map[string]flags{}
	add := func(f flags, words ...string) {
		for _, s := range words {
			governors[s] = f
		}
	}
	add(fIntended, "plan", "plans", "planned", "planning", "intend", "intends", "intended",
		"intending", "intention", "intentions", "expect", "expects", "expected", "expecting",
		"aim", "aims", "aimed", "aiming", "seek", "seeks", "sought", "seeking", "want", "wants",
		"wanted", "wanting", "hope", "hopes", "hoped", "hoping", "propose", "proposes", "proposed",
		"proposing", "proposal", "prepare", "prepares", "prepared", "preparing", "decide",
		"decides", "decided", "agree", "agrees", "agreed", "promise", "promises", "promised",
		"pledge", "pledges", "pledged", "vow", "vows", "vowed", "threaten", "threatens",
		"threatened", "threatening", "set", "due", "going", "about", "ready", "willing", "eager",
		"keen", "interest", "interested", "considering", "consider", "considers", "considered",
		"mull", "mulls", "mulled", "mulling", "weighing", "discuss", "discussed", "discussing",
		"talks", "bid", "offer", "offers", "offered", "try", "tries", "trying", "attempt",
		"attempts", "desire", "wish", "wishes", "intent", "ambition", "determined",
		"poised", "scheduled", "slated", "deal", "deals", "agreement", "agreements",
		"plot", "plots", "plotted", "plotting", "conspire", "conspires", "conspired", "conspiring",
		"contract", "contracts", "accord", "decision", "decisions", "threat", "threats", "readiness",
		"willingness")
	add(fAlleged, "accuse", "accuses", "accused", "accusing", "accusation", "accusations",
		"allege", "alleges", "alleging", "allegation", "allegations", "alleged", "suspect",
		"suspects", "suspected", "charge", "charges", "charged", "claim", "claims", "claimed",
		"claiming", "reported", "rumoured", "rumored", "believed", "thought", "said", "reports",
		"rumours", "rumors", "understood", "blame", "blames", "blamed", "blaming",
		"implicated")
	add(fNegated, "deny", "denies", "denied", "denying", "denial", "refuse", "refuses",
		"refused", "refusing", "decline", "declines", "declined", "declining", "fail", "fails",
		"failed", "failing", "reject", "rejects", "rejected", "rejecting", "unable", "ruled",
		"rules", "prevent", "prevents", "prevented", "preventing", "stopped", "barred",
		"halted")
	add(fHypothetical, "likely", "unlikely", "able", "could", "would", "might", "may",
		"possibility", "chance", "whether", "opportunity",
		// "has the right to strike", "has the ability to hit": a power
		// held, not used
		"right", "ability", "capacity", "option")
	// A requested action has not happened: "urged the army to withdraw".
	for w := range requests {
		governors[w] = fHypothetical
	}
	governors["order"] = fIntended // "in order to"
	return governors
}

// supportVerbs do the act their object names ("hold talks", "carry out
// an attack"), lower-case lemmas.
var supportVerbs = map[string]bool{
	"have": true, "hold": true, "conduct": true, "stage": true, "launch": true, "carry": true, "make": true,
	"take": true, "give": true, "pay": true, "begin": true, "start": true, "resume": true, "open": true,
	"mount": true, "wage": true, "undertake": true, "sign": true,
}

// journeyVerbs are the lemmas of verbs of a journey, whose "for" phrase
// is its purpose ("travel to Lima for talks").
var journeyVerbs = map[string]bool{"travel": true, "visit": true, "fly": true, "go": true, "come": true,
	"arrive": true, "head": true, "leave": true, "return": true, "journey": true, "sail": true}

// meetingNouns are the (lower-case) nouns of meetings a journey may be for
// ("for talks"); not a deed one comes under fire for ("could come under
// fire for its invasion").
var meetingNouns = map[string]bool{"talks": true, "talk": true, "meeting": true, "meetings": true, "summit": true,
	"consultations": true, "negotiations": true, "discussions": true, "visit": true, "signing": true}

// deliberative verbs weigh, propose or ask for the act their object names,
// which is not done: lower-case lemmas.
var deliberative = map[string]bool{
	"discuss": true, "consider": true, "debate": true, "propose": true, "weigh": true, "mull": true,
	"study": true, "seek": true, "want": true, "urge": true, "demand": true, "request": true,
	"recommend": true, "suggest": true, "think": true, "ponder": true, "contemplate": true,
}

// hedgeAdjectives make the event noun they modify one that may come
// ("a possible attack"), planAdjectives one that is planned ("a planned
// visit"): lower-case forms.
var (
	hedgeAdjectives = map[string]bool{"possible": true, "potential": true, "likely": true, "imminent": true,
		"feared": true, "threatened": true, "prospective": true, "hypothetical": true, "eventual": true}
	planAdjectives = map[string]bool{"planned": true, "proposed": true, "upcoming": true, "forthcoming": true,
		"scheduled": true, "expected": true, "intended": true, "mooted": true}
)

// intentVerbs announce an act not yet done that the noun they take names
// (through "a resumption of", "a wave of"): lower-case lemmas.
var intentVerbs = map[string]bool{"threaten": true, "plan": true, "vow": true, "promise": true, "pledge": true,
	"prepare": true, "propose": true, "seek": true, "consider": true}

// happenVerbs tell that the act their subject names happened: lower-case
// lemmas.
var happenVerbs = map[string]bool{"begin": true, "start": true, "take": true, "go": true, "happen": true,
	"proceed": true, "open": true, "end": true, "conclude": true, "continue": true, "resume": true, "occur": true,
	"kill": true, "destroy": true, "hit": true, "wound": true, "damage": true}

// prepareVerbs make ready for the act their "for" phrase names, which is
// not yet done: lower-case lemmas.
var prepareVerbs = map[string]bool{"prepare": true, "plan": true, "brace": true, "gear": true, "train": true}

// roleNouns hold a party's part in an act ("role in the attack",
// "responsibility for the strike"): lower-case forms.
var roleNouns = map[string]bool{"role": true, "involvement": true, "responsibility": true, "part": true,
	"hand": true, "link": true, "links": true, "complicity": true, "participation": true}

// proposalNouns hold, after "of" or "for", an act proposed or asked for
// ("talk of annexation", "a push for sanctions"): lower-case forms.
var proposalNouns = map[string]bool{"talk": true, "push": true, "call": true, "calls": true, "proposal": true,
	"proposals": true, "idea": true, "bid": true, "demand": true, "demands": true, "appeal": true, "appeals": true,
	"plea": true, "request": true, "campaign": true}

// riskNouns hold, after "of", an act that may come ("the risk of an
// attack", "fears of an invasion"): lower-case forms.
var riskNouns = map[string]bool{"risk": true, "risks": true, "threat": true, "threats": true, "danger": true,
	"dangers": true, "fear": true, "fears": true, "possibility": true, "prospect": true, "prospects": true,
	"likelihood": true, "chance": true, "chances": true, "spectre": true, "specter": true}

// nounHedge returns the modality an event noun takes from its own
// modifier or the noun or verb it depends on: "a possible attack", "the
// risk of an Iranian attack" and "warned of an attack" are hypothetical,
// "a planned visit" intended, "blamed for the attack" alleged. ok is false
// when none of these tells.
func nounHedge(toks []entente.Token, words []string, n int) (m entente.Modality, ok bool) {
	for c := range toks {
		if toks[c].Head != n || c > n || rel(toks[c].Rel) != "amod" {
			continue
		}
		switch {
		case hedgeAdjectives[words[c]]:
			return entente.Hypothetical, true
		case planAdjectives[words[c]]:
			return entente.Intended, true
		}
	}
	h := toks[n].Head
	if h < 0 || h >= len(toks) {
		return entente.Asserted, false
	}
	if rel(toks[n].Rel) == "nmod" && riskNouns[words[h]] && childWord(toks, words, n, "case", "of") {
		return entente.Hypothetical, true
	}
	roleOf := -1 // the noun of a party's part the act's noun hangs on, or the verb's object
	if rel(toks[n].Rel) == "nmod" && roleNouns[words[h]] {
		roleOf = h
	} else if rel(toks[n].Rel) == "obl" && toks[h].UPOS == "VERB" {
		// "denied involvement in the drone attack", the phrase hung on
		// the verb
		for c := range toks {
			if toks[c].Head == h && rel(toks[c].Rel) == "obj" && roleNouns[words[c]] {
				roleOf = c
			}
		}
	}
	for c := range toks {
		if roleOf >= 0 && toks[c].Head == roleOf && rel(toks[c].Rel) == "nmod" && childWord(toks, words, c, "case", "for", "of") {
			roleOf = -1 // "rejected any role for Turkey in the talks": another's part, not the act
		}
	}
	if roleOf >= 0 && childWord(toks, words, n, "case", "in", "for", "of", "with") {
		// "denied any role in the attack", "denied responsibility for
		// the strike": as sure as the role (the denial's negation, a
		// claim's allegation)
		if g := toks[roleOf].Head; g >= 0 && g < len(toks) && toks[g].UPOS == "VERB" && rel(toks[roleOf].Rel) == "obj" {
			switch lemma := strings.ToLower(toks[g].Lemma); {
			case lemma == "deny" || lemma == "reject" || lemma == "dismiss" || lemma == "rule":
				return entente.Negated, true
			case lemma == "claim" || lemma == "admit" || lemma == "accept":
				return entente.Alleged, true
			}
		}
	}
	if rel(toks[n].Rel) == "nmod" && proposalNouns[words[h]] && childWord(toks, words, n, "case", "of", "for") {
		// "Trump's talk of annexation of Greenland", "a push for
		// sanctions", "calls for a ceasefire"
		return entente.Hypothetical, true
	}
	if rel(toks[n].Rel) == "nmod" && childWord(toks, words, n, "case", "of") && rel(toks[h].Rel) == "obj" {
		// "threatened a resumption of air raids", "plans a new wave of
		// strikes": the act of the noun a verb of intent takes
		if g := toks[h].Head; g >= 0 && g < len(toks) && intentVerbs[strings.ToLower(toks[g].Lemma)] {
			return entente.Intended, true
		}
	}
	if rel(toks[n].Rel) == "obl" && (punishments[words[h]] || strings.HasPrefix(words[h], "blam")) && childWord(toks, words, n, "case", "for") {
		// "was blamed for the attack on Warsaw", "condemned Russia for
		// the invasion": the deed is the reason given, as a verb after
		// "for" is
		return entente.Alleged, true
	}
	if rel(toks[n].Rel) == "obl" && prepareVerbs[strings.ToLower(toks[h].Lemma)] && childWord(toks, words, n, "case", "for") {
		// "China is preparing for an invasion of Taiwan": the
		// subject's intent; one named by its doer's adjective is
		// awaited by others ("Taiwan is preparing for a Chinese
		// invasion"), no more than possible
		for c := range toks {
			if toks[c].Head == n && c < n && (rel(toks[c].Rel) == "amod" || rel(toks[c].Rel) == "nmod:poss") {
				return entente.Hypothetical, true
			}
		}
		return entente.Intended, true
	}
	if rel(toks[n].Rel) == "obl" && warnings[words[h]] && childWord(toks, words, n, "case", "of", "about") {
		// "warned of an attack" ("warned against" is a governor's)
		return entente.Hypothetical, true
	}
	return entente.Asserted, false
}

// cancelVerbs call off the act their object names, which has not
// happened: lower-case lemmas.
var cancelVerbs = map[string]bool{"cancel": true, "postpone": true, "scrap": true, "delay": true, "suspend": true,
	"abandon": true, "shelve": true}

// reportNouns tell of an act others report ("denied reports of a visit").
var reportNouns = map[string]bool{"reports": true, "report": true, "rumours": true, "rumors": true, "claims": true,
	"allegations": true, "speculation": true}

// plotVerbs plan the act their object names, which is not done: lower-case
// lemmas.
var plotVerbs = map[string]bool{"plan": true, "plot": true, "prepare": true, "intend": true, "organise": true,
	"organize": true}

// linkers join a governing word to the clause it governs.
var linkers = map[string]bool{
	"of": true, "that": true, "to": true, "in": true, "about": true, "for": true,
	"on": true, "by": true, "from": true, "with": true, "against": true,
}

// punishments govern, after "for" or "of", the reason given for them, which
// is alleged ("arrested for spying", "convicted of fraud"); so do
// condemnations ("criticised Sweden for allowing").
var punishments = map[string]bool{
	"fine": true, "fines": true, "fined": true, "fining": true, "punish": true, "punishes": true,
	"punished": true, "punishing": true, "sentence": true, "sentenced": true, "convict": true,
	"convicted": true, "jail": true, "jailed": true, "imprison": true, "imprisoned": true,
	"arrest": true, "arrests": true, "arrested": true, "detain": true, "detained": true,
	"expel": true, "expels": true, "expelled": true, "indict": true, "indicted": true,
	"prosecute": true, "prosecuted": true, "sanction": true, "sanctioned": true,
	"criticise": true, "criticised": true, "criticises": true, "criticize": true, "criticized": true,
	"criticizes": true, "condemn": true, "condemned": true, "condemns": true, "denounce": true,
	"denounced": true, "denounces": true, "rebuke": true, "rebuked": true, "slam": true, "slammed": true,
	"sanctions": true, "execute": true, "executed": true, "hanged": true, "penalise": true, "penalised": true, "penalize": true, "penalized": true,
}

// warnings govern, after "against", what they warn against, which has not
// happened ("warned Seoul against deploying").
var warnings = map[string]bool{
	"warn": true, "warns": true, "warned": true, "warning": true, "caution": true,
	"cautions": true, "cautioned": true, "cautioning": true,
}

// reportVerbs are governors in fAlleged that only allege with a "to"
// infinitive ("is said to have"), never with "that" ("said that").
var reportVerbs = map[string]bool{
	"said": true, "reported": true, "believed": true, "thought": true, "understood": true,
}

// requests govern an infinitive only: "called on the army to withdraw".
var requests = map[string]bool{
	"urge": true, "urges": true, "urged": true, "urging": true, "call": true, "calls": true,
	"called": true, "calling": true, "ask": true, "asks": true, "asked": true, "asking": true,
	"demand": true, "demands": true, "demanded": true, "demanding": true, "request": true,
	"requests": true, "requested": true, "press": true, "pressed": true, "pressing": true,
	"pressure": true, "pressured": true, "pressuring": true, "appeal": true, "appealed": true,
	"appealing": true, "encourage": true, "encouraged": true, "encouraging": true,
	"invite": true, "invited": true, "inviting": true, "order": true,
	"recommend": true, "recommends": true, "recommended": true, "recommending": true,
	"recommendation": true, "recommendations": true,
}

// infinitiveNouns govern an infinitive ("a deal to sell") but head a
// relative clause after "that" ("a deal that included").
var infinitiveNouns = map[string]bool{
	"deal": true, "deals": true, "agreement": true, "agreements": true, "contract": true,
	"contracts": true, "accord": true, "plan": true, "plans": true, "proposal": true,
	"bid": true, "talks": true, "offer": true, "offers": true, "attempt": true,
	"attempts": true, "intention": true, "intentions": true, "desire": true, "wish": true,
	"ambition": true, "interest": true, "opportunity": true, "chance": true,
	"decision": true, "decisions": true, "threat": true, "threats": true, "recommendation": true,
	"recommendations": true, "readiness": true, "willingness": true,
}

// governor finds a word that governs the verb's clause and returns what it
// makes of the verb, with the negation or hedging of the governor itself.
// The parse's head of the verb's clause is tried first, and when it governs
// nothing, what governs that head: the clause it heads ("accused Ankara of
// sending troops to fight": fight is as alleged as sending), or the verb
// whose object it is ("invited the leaders to visit", where the parse hangs
// visit on leaders). Failing that, word order decides, for a gerund after a
// preposition only ("expressed interest in forging", where the parse hangs
// forging on expressed): the parse is trusted with infinitives and "that"
// clauses ("had two days to leave" hangs leave on days, not on a verb
// before it).
func governor(toks []entente.Token, words []string, v, gs int) flags {
	parsedHead := false
	if clause.Parsed(toks) {
		f, ok, tried := parsedGovernor(toks, words, v, 0)
		if ok {
			return f
		}
		parsedHead = tried
	}
	g, linker := linearGovernor(toks, words, v, gs)
	if parsedHead && !prepLinkers[linker] {
		return 0
	}
	f, _ := governs(toks, words, g, linker, v)
	return f
}

// parsedGovernor reads the governor of v from the parse; ok reports that it
// found one, tried that v heads a clause the parse attaches to a head.
func parsedGovernor(toks []entente.Token, words []string, v, depth int) (f flags, ok, tried bool) {
	if relativePronoun(toks, words, v) {
		// a relative clause is a statement of its own: "accused X of
		// leaking the plan, which X denied" does not allege the denial
		// ("that" may open a content clause: "allegations that")
		return 0, true, true
	}
	if g := toks[v].Head; speech[words[v]] && g >= 0 && g < v && commaBetween(words, g, v) {
		// "X would not attack, the minister said": the attribution after
		// the statement is asserted, whatever the statement is
		return 0, true, true
	}
	if g := toks[v].Head; rel(toks[v].Rel) == "advcl" && g >= 0 && g < v && hasChild(toks, v, "nsubj", "nsubj:pass") &&
		childWord(toks, words, v, "mark", "while", "because", "as", "since", "although", "though", "whereas") {
		// "cannot claim to fight terrorism while it shelters
		// terrorists": a clause of reason or contrast with a subject of
		// its own is not denied with its main clause (but is as planned
		// or possible as it is: "will send troops while Uganda
		// withdraws")
		gf := groupFlags(words, groupStart(toks, words, g), g)
		if pf, ok, _ := parsedGovernor(toks, words, g, depth+1); ok {
			gf |= pf
		}
		if gf&fWould != 0 {
			gf = gf&^fWould | fHypothetical
		}
		return gf &^ (fNegated | fQuestion), true, true
	}
	if g := toks[v].Head; rel(toks[v].Rel) == "advcl" && g >= 0 && g < v && strings.HasSuffix(words[v], "ing") &&
		commaBetween(words, g, v) && !hasMark(toks, v) {
		// "halted imports, citing pesticides": a participle after a
		// comma is a further act of the subject, which the verb before
		// does not govern; but an act told as one with that verb shares
		// its time ("will tour Asia, visiting Japan", "plans to tour
		// Asia, visiting Japan": intended too), unless the verb is
		// itself reported ("said it would retaliate, accusing Israel")
		// or the participle tells what the subject says ("will veto the
		// bill, citing ...", "accusing", "saying")
		if r := rel(toks[g].Rel); r == "ccomp" || r == "parataxis" || saidParticiples[words[v]] {
			return 0, true, true
		}
		gf := groupFlags(words, groupStart(toks, words, g), g)
		if pf, ok, _ := parsedGovernor(toks, words, g, depth+1); ok {
			gf |= pf
		}
		if gf&fWould != 0 {
			gf = gf&^fWould | fHypothetical
		}
		return gf & (fIntended | fHypothetical), true, true
	}
	if g := toks[v].Head; rel(toks[v].Rel) == "conj" && g >= 0 && g < len(toks) && toks[g].UPOS == "VERB" && depth <= 3 &&
		!hasChild(toks, v, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark") && toks[v].XPOS == toks[g].XPOS {
		// "to halt fighting and allow aid": a conjunct without a subject,
		// auxiliary or mark of its own, in its first conjunct's form,
		// shares that conjunct's governor (not "refused to withdraw and
		// attacked", a finite verb the parse hung on the infinitive)
		if f, ok, _ := parsedGovernor(toks, words, g, depth+1); ok {
			return f, true, true
		}
		return 0, false, false
	}
	switch rel(toks[v].Rel) {
	case "xcomp", "ccomp", "advcl", "acl":
	default:
		return 0, false, false
	}
	g := toks[v].Head
	if g < 0 || g >= len(toks) || depth > 3 {
		return 0, false, true
	}
	linker := ""
	for j := g + 1; j < v; j++ {
		if linkers[words[j]] {
			linker = words[j]
		}
	}
	if rel(toks[v].Rel) == "acl" && toks[v].XPOS == "VBN" && pastPhrase(toks, words, g) {
		// "agreed to restore ties after talks mediated by Turkey": a
		// participle of a noun that dates the clause from a past act
		// tells that act, done
		return 0, true, true
	}
	if rel(toks[v].Rel) == "acl" && signedDecree(toks, words, g) {
		// "signed a decision freeing 2,000 inmates": what a decree
		// signed orders is done, not intended
		return 0, true, true
	}
	if f, ok := governs(toks, words, g, linker, v); ok {
		return f, true, true
	}
	// The head's own clause: its auxiliaries and its governor.
	gf := groupFlags(words, groupStart(toks, words, g), g)
	if gf&fWould != 0 {
		gf = gf&^fWould | fHypothetical
	}
	if pf, ok, _ := parsedGovernor(toks, words, g, depth+1); ok {
		gf |= pf
	}
	if gf &^= fQuestion; gf != 0 {
		return gf, true, true
	}
	// A noun heading the clause: the verb it is the object of (through
	// the first of its conjuncts: "called on the army and the RSF to
	// halt", the infinitive hung on "RSF").
	for k := 0; k < 3 && rel(toks[g].Rel) == "conj" && toks[g].UPOS != "VERB"; k++ {
		h := toks[g].Head
		if h < 0 || h >= len(toks) || h == g {
			break
		}
		if toks[h].UPOS == "VERB" {
			// the conjunct hung on the verb itself ("called on the
			// army and the RSF", the RSF taken for a conjunct of
			// "called")
			if f, ok := governs(toks, words, h, linker, v); ok {
				return f, true, true
			}
			break
		}
		g = h
	}
	switch rel(toks[g].Rel) {
	case "obj", "iobj", "obl":
		if h := toks[g].Head; h >= 0 && h < len(toks) {
			if f, ok := governs(toks, words, h, linker, v); ok {
				return f, true, true
			}
		}
	}
	return 0, false, true
}

// childWord reports whether token t has a dependent of relation r that is
// one of the words ws: a preposition for its case (r "case": "about
// sanctions") or a subordinating word that opens its clause (r "mark":
// "while it shelters").
func childWord(toks []entente.Token, words []string, t int, r string, ws ...string) bool {
	for i := range toks {
		if toks[i].Head == t && toks[i].Rel == r && slices.Contains(ws, words[i]) {
			return true
		}
	}
	return false
}

// hasChild reports whether token t has a dependent with one of the
// relations rels.
// pastPhrase reports whether noun n heads a phrase after "after",
// "following" or "since": a time measured from a past act.
func pastPhrase(toks []entente.Token, words []string, n int) bool {
	return childWord(toks, words, n, "case", "after", "following", "since")
}

func hasChild(toks []entente.Token, t int, rels ...string) bool {
	for i := range toks {
		if toks[i].Head == t && i != t && slices.Contains(rels, toks[i].Rel) {
			return true
		}
	}
	return false
}

// saidParticiples are participles of saying, claiming and giving reasons:
// what the subject says as it acts is said now, whatever the time of the
// act.
var saidParticiples = map[string]bool{"citing": true, "saying": true, "accusing": true, "claiming": true,
	"adding": true, "noting": true, "arguing": true, "insisting": true, "stressing": true, "calling": true,
	"urging": true, "warning": true, "blaming": true, "describing": true, "denouncing": true, "condemning": true,
	"criticising": true, "criticizing": true, "praising": true, "welcoming": true, "demanding": true}

// hasMark reports whether a subordinating word ("after", "while", "by")
// depends on token v.
func hasMark(toks []entente.Token, v int) bool {
	for j := range toks {
		if toks[j].Head == v && rel(toks[j].Rel) == "mark" {
			return true
		}
	}
	return false
}

// commaBetween reports whether a comma stands between tokens a and b.
func commaBetween(words []string, a, b int) bool {
	for j := a + 1; j < b; j++ {
		if words[j] == "," {
			return true
		}
	}
	return false
}

// relativePronoun reports whether a relative pronoun before v depends on it
// ("..., which Tehran denied"), whatever relation the parse gives the clause.
func relativePronoun(toks []entente.Token, words []string, v int) bool {
	for j := v - 1; j >= 0 && j >= v-6; j-- {
		if toks[j].Head == v && (words[j] == "which" || words[j] == "who" || words[j] == "whom") {
			return true
		}
	}
	return false
}

// governs returns what the word at g, linked to the verb by linker, makes of
// the verb, and whether g is a governing word at all.
//
// v is the governed verb: after a request, a "that" clause in the
// subjunctive ("demanded that Turkey withdraw", "urged that talks should
// resume") is as unrealised as an infinitive.
func governs(toks []entente.Token, words []string, g int, linker string, v int) (flags, bool) {
	if g < 0 || g >= len(words) {
		return 0, false
	}
	w := words[g]
	if punishments[w] && (linker == "for" || linker == "of") {
		// "fined Google for abusing", "convicted of spying": the reason
		// given for a punishment is alleged
		return fAlleged, true
	}
	if warnings[w] && linker == "against" {
		// "warned the West against sending missiles": not done
		return fHypothetical, true
	}
	if (w == "wanted" || w == "sought") && g+1 < len(words) && words[g+1] == "for" {
		// "a guard wanted for abusing prisoners": a person the police
		// seek, no wish of anyone's that governs the verb
		return 0, true
	}
	f, ok := governors[w]
	if !ok && linker == "to" {
		// "expressed readiness to provide aid", the infinitive hung on
		// the verb: its object noun of intent governs it (not "used the
		// opportunity to attack", which attacked)
		for n := range toks {
			if toks[n].Head == g && rel(toks[n].Rel) == "obj" && infinitiveNouns[words[n]] && governors[words[n]] == fIntended && n < v {
				return governs(toks, words, n, linker, v)
			}
		}
	}
	if !ok && linker == "that" {
		// "renewed its demand that Russia return the wreckage", the
		// clause hung on the verb: its object noun of request governs
		// it
		for n := range toks {
			if toks[n].Head == g && rel(toks[n].Rel) == "obj" && requests[words[n]] && n < v {
				return governs(toks, words, n, linker, v)
			}
		}
	}
	if !ok {
		// "is to visit": a plan.
		if linker == "to" && (w == "is" || w == "are" || w == "was" || w == "were") {
			for n := range toks {
				if toks[n].Head == g && rel(toks[n].Rel) == "nsubj" && infinitiveNouns[words[n]] && n != v {
					// "there are no plans for him to visit", the
					// infinitive hung on the verb: the plans govern it
					return governs(toks, words, n, linker, v)
				}
			}
			return fIntended, true
		}
		return 0, false
	}
	if reportVerbs[w] && linker != "to" {
		return 0, true
	}
	if infinitiveNouns[w] && linker == "that" {
		return 0, true // "a deal that included": a relative clause
	}
	if infinitiveNouns[w] {
		for j := range toks {
			if toks[j].Head == g && rel(toks[j].Rel) == "det" && words[j] == "no" {
				return fNegated, true // "no plans to", "no intention of"
			}
		}
	}
	if requests[w] && linker == "that" && subjunctive(toks, words, v) {
		return fHypothetical, true
	}
	if requests[w] || w == "set" || w == "due" || w == "going" || w == "about" || w == "able" || w == "ready" || w == "poised" || w == "scheduled" || w == "slated" {
		if linker != "to" {
			return 0, true
		}
	}
	// "did not plan to", "unlikely to": the governor's own group counts.
	ggs := groupStart(toks, words, g)
	gf := groupFlags(words, ggs, g)
	if gf&fNegated != 0 {
		return fNegated, true
	}
	if gf&fWould != 0 {
		gf = gf&^fWould | fHypothetical
	}
	return f | gf&(fHypothetical|fAlleged), true
}

// subjunctive reports whether verb v is a bare infinitive with no tense of
// its own ("that Turkey withdraw") or stands after "should".
func subjunctive(toks []entente.Token, words []string, v int) bool {
	if v < 0 || v >= len(toks) {
		return false
	}
	if toks[v].XPOS == "VB" {
		for j := v - 1; j >= 0 && j >= v-3; j-- {
			if words[j] == "to" || words[j] == "that" {
				break
			}
			if (toks[j].XPOS == "MD" || toks[j].UPOS == "AUX") && words[j] != "should" {
				return false // "that it would withdraw", "that it did not": a tense of its own
			}
		}
		return true
	}
	for j := v - 1; j >= 0 && j >= v-3; j-- {
		if words[j] == "should" {
			return true
		}
	}
	return false
}

// prepLinkers introduce a gerund clause: "accused X of supplying",
// "interest in forging", "by shipping".
var prepLinkers = map[string]bool{
	"of": true, "in": true, "about": true, "for": true, "on": true, "by": true,
	"from": true, "with": true, "against": true,
}

// linearGovernor looks back from the verb's group for a governing word. The
// verb must be linked to it: an infinitive ("plans to sign"), a gerund after
// a preposition ("accused the ministry of leaking") or right after the
// governor ("denied leaking"), or a finite verb after "that" ("denied that it
// leaked"). Between the link and the governor only a short object may stand.
func linearGovernor(toks []entente.Token, words []string, v, gs int) (int, string) {
	linker, lp := "", -1
	gerund := len(words[v]) > 4 && strings.HasSuffix(words[v], "ing")
	for j := v - 1; j >= gs; j-- {
		if words[j] == "to" {
			linker, lp = "to", j
			break
		}
	}
	switch {
	case lp >= 0:
	case gerund && gs < v && prepLinkers[words[gs]]:
		// The parse put the preposition in the verb's group ("of" as mark).
		linker, lp = words[gs], gs
	case gerund && gs > 0 && prepLinkers[words[gs-1]]:
		linker, lp = words[gs-1], gs-1
	case gerund:
		linker, lp = "", gs
	default:
		for j := gs - 1; j >= 0 && j >= gs-5; j-- {
			w := words[j]
			if w == "that" {
				linker, lp = "that", j
				break
			}
			if clause.BreakAt(toks, words, j) || clause.IsOpener(w) || w == "," {
				break
			}
		}
	}
	if lp < 0 {
		return -1, ""
	}
	if linker == "to" && lp > 0 {
		switch words[lp-1] {
		case "is", "are", "was", "were":
			return lp - 1, "to"
		}
	}
	limit := 8
	if linker == "" {
		limit = 1
	}
	for j := lp - 1; j >= 0 && j >= lp-limit; j-- {
		w := words[j]
		if clause.BreakAt(toks, words, j) || clause.IsOpener(w) || w == "," {
			return -1, ""
		}
		if _, ok := governors[w]; ok {
			return j, linker
		}
	}
	return -1, ""
}

// without reads an action said not to happen: "left without signing",
// "instead of signing", "rather than sign".
func without(words []string, v, gs int) flags {
	if gs < 1 {
		return 0
	}
	p := words[gs-1]
	if p == "without" && strings.HasSuffix(words[v], "ing") {
		return fNegated
	}
	if gs >= 2 && (p == "of" && words[gs-2] == "instead" || p == "than" && words[gs-2] == "rather") {
		return fNegated
	}
	return 0
}

// conditional reports whether the verb stands in an "if" or "unless" clause.
func conditional(toks []entente.Token, words []string, v int) flags {
	comma := false
	for j := v - 1; j >= 0; j-- {
		w := words[j]
		switch w {
		case "if", "unless", "whether":
			if comma {
				return 0
			}
			return fHypothetical
		case ",":
			comma = true
		}
		if clause.BreakAt(toks, words, j) || (clause.IsOpener(w) && w != "if" && w != "unless") {
			return 0
		}
	}
	return 0
}

// subjectNegation reads "no agreement was signed", "nobody attended".
func subjectNegation(toks []entente.Token, words []string, v int) flags {
	for j := v - 1; j >= 0 && j >= v-5; j-- {
		w := words[j]
		switch w {
		case "nobody", "nothing", "none", "neither":
			return fNegated
		case "no":
			switch next := words[j+1]; next {
			case "further", "less", "more", "doubt", "longer", "matter":
				return 0
			}
			return fNegated
		}
		if clause.BreakAt(toks, words, j) || clause.IsOpener(w) || w == "," {
			return 0
		}
	}
	return 0
}

// objectNegation reads "offered no evidence", "gave no details": an object
// with "no" for its determiner ("no fewer than", "no more than" count, and
// "a no fly zone" is imposed).
func objectNegation(toks []entente.Token, words []string, v int) flags {
	for o := v + 1; o < len(toks); o++ {
		if toks[o].Head != v || rel(toks[o].Rel) != "obj" {
			continue
		}
		for d := v + 1; d < o; d++ {
			if toks[d].Head == o && toks[d].Rel == "det" && words[d] == "no" {
				switch words[d+1] {
				case "fewer", "less", "more", "fly", "go":
					// "no fewer than 20", "a no fly zone"
					continue
				}
				return fNegated
			}
		}
	}
	return 0
}

// according reports an attribution to a source: "according to officials".
func according(words []string) bool {
	for j := 0; j+1 < len(words); j++ {
		if words[j] == "according" && words[j+1] == "to" {
			return true
		}
	}
	return false
}

// PloverMode maps a modality and a date to PLOVER's auxiliary mode of an
// event: "negated", "hypothetical", "future", "historical", or "" for an
// event asserted (or reported) as current.
func PloverMode(m entente.Modality, w entente.When) string {
	switch m {
	case entente.Negated:
		return "negated"
	case entente.Hypothetical, entente.Question:
		return "hypothetical"
	case entente.Intended:
		return "future"
	}
	if w.Historical {
		return "historical"
	}
	return ""
}

// signedDecree reports whether token n is a decree or decision that a
// verb of signing or issuing, told as done and not negated, takes as its
// object ("signed a decision", "issued a decree").
func signedDecree(toks []entente.Token, words []string, n int) bool {
	if !decreeWords[words[n]] || rel(toks[n].Rel) != "obj" {
		return false
	}
	h := toks[n].Head
	if h < 0 || h >= len(toks) || !signWords[words[h]] {
		return false
	}
	for j := range toks {
		if toks[j].Head == h && (words[j] == "not" || words[j] == "never" || words[j] == "n't") {
			return false // "did not sign a decree freeing": not signed
		}
	}
	return true
}

// decreeWords are the acts of a government that order a deed.
var decreeWords = map[string]bool{"decree": true, "decrees": true, "decision": true, "order": true, "law": true,
	"bill": true, "ordinance": true, "resolution": true}

// signWords sign or issue a decree, told as done ("will sign", "plans to
// sign" are not).
var signWords = map[string]bool{"signed": true, "signs": true, "issued": true, "issues": true}
