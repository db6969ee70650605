package coder

import (
	"strings"

	"entente"
)

// A state, a territory or a city named as the object of a verb of arrest
// (173, "arrest, detain, or charge with legal action") cannot be arrested:
// the dictionaries' patterns for "seize" and "charge" are written for
// people. Seizing or capturing a named country, region or city is taking
// territory (192, "seized Crimea", "captured the Falklands"); charging a
// country with a deed is accusing it (112, "charged Colombia with plotting
// a coup"). People, ships and goods keep the code ("seized a tanker",
// "arrested three Somali nationals", "charged the minister").
//
// A bombing by a state or its forces (a bare country, its government or
// its military as source) is an air or artillery strike (195, "employ
// aerial weapons"), not the non-military bombing (183) of an improvised
// device that the "bomb" and "explode" patterns give.

// seizeLemmas are verbs of taking hold of something.
var seizeLemmas = map[string]bool{
	"SEIZE": true, "CAPTURE": true, "TAKE": true, "GRAB": true, "OCCUPY": true, "OVERRUN": true,
}

// chargeLemmas are verbs that bring a charge.
var chargeLemmas = map[string]bool{
	"CHARGE": true, "INDICT": true,
}

// returnLemmas are verbs of sending back.
var returnLemmas = map[string]bool{"RETURN": true}

// bombLemmas are verbs of bombing.
var bombLemmas = map[string]bool{
	"BOMB": true, "BOMBARD": true,
}

// personRoles are the role codes of people and groups of people, which a
// country-level actor code may end with.
var personRoles = map[string]bool{
	"GOV": true, "MIL": true, "REB": true, "OPP": true, "COP": true, "JUD": true, "LEG": true,
	"ELI": true, "CVL": true, "BUS": true, "MED": true, "SPY": true, "CRM": true, "REF": true,
	"LAB": true, "EDU": true, "HLH": true, "AGR": true, "REL": true, "IGO": true, "NGO": true,
	"MNC": true, "UAF": true, "INS": true, "SEP": true, "PTY": true, "MOD": true, "RAD": true,
	"IMG": true, "DEV": true, "HRI": true, "ENV": true, "JEW": true, "MUS": true, "CHR": true,
}

// placeCode reports whether actor code c names a country or a part of one
// (USA, UKR, GBRFLK) rather than people with a role (RUSGOV, UKRMIL).
func placeCode(c string) bool {
	if len(c) == 3 {
		return true
	}
	if len(c) != 6 || strings.HasPrefix(c, "IGO") || strings.HasPrefix(c, "NGO") {
		return false
	}
	return !personRoles[c[3:]]
}

// namedPlaceObject reports whether the direct object of verb v is a name
// of a country, region or city: the object's head is a proper noun inside
// a dictionary actor mention (not an agent such as "diplomat", not a
// demonym modifying another noun) whose code is a place code.
func (sc *sentence) namedPlaceObject(v int) bool {
	objs := sc.childrenWith(v, "obj")
	if len(objs) == 0 {
		return false
	}
	for _, o := range objs {
		if sc.toks[o].UPOS != "PROPN" && !capitalised(sc.toks[o].Form) {
			// a name the tagger took for a common noun ("the
			// Falklands") still has its capital
			return false
		}
		mi := sc.mentAt[o]
		if mi < 0 {
			return false
		}
		// a capital standing for its government ("charged Moscow with")
		// is a place name too, whatever role its code has
		if !sc.placeMention(mi) {
			return false
		}
	}
	return true
}

// territoryNouns name ground and the posts that hold it, which armed
// forces seize, capture or overrun as territory (192), not as property
// (171) or people (173). (Not headquarters: a company's or a newspaper's
// are property.)
var territoryNouns = map[string]bool{
	"TOWN": true, "CITY": true, "CAPITAL": true, "VILLAGE": true, "DISTRICT": true, "TERRITORY": true,
	"PROVINCE": true, "REGION": true, "AREA": true, "BASE": true, "OUTPOST": true, "POST": true,
	"CAMP": true, "GARRISON": true, "AIRPORT": true, "AIRBASE": true, "STRONGHOLD": true,
	"HUB": true, "CROSSING": true, "CHECKPOINT": true, "PORT": true, "ISLAND": true, "PENINSULA": true,
	"HILL": true, "SETTLEMENT": true, "SUBURB": true, "NEIGHBOURHOOD": true, "NEIGHBORHOOD": true,
	"PALACE": true,
}

// territoryObject reports whether verb v seizes ground: its object (or,
// after "took control of", the noun of "control") is a noun of territory
// ("captured the town of Rabaul", "overran a border post", "took control
// of the mining town").
func (sc *sentence) territoryObject(v int) bool {
	o := sc.objectNoun(v)
	if o < 0 {
		return false
	}
	if sc.lemma(o) == "CONTROL" {
		ns := sc.childrenWith(o, "nmod")
		if len(ns) == 0 {
			return false
		}
		if o = ns[0]; sc.placeMentionAt(o) {
			return true
		}
	}
	return territoryNouns[sc.lemma(o)]
}

// peopleObject reports whether the direct object of verb v is a group of
// people named as an actor: a plural noun inside an actor mention ("some
// 60 Syrians", "200 Afghan nationals"), not one person ("its ambassador").
func (sc *sentence) peopleObject(v int) bool {
	o := sc.objectNoun(v)
	if o < 0 || sc.mentAt[o] < 0 {
		return false
	}
	x := sc.toks[o].XPOS
	return x == "NNS" || x == "NNPS"
}

// placeMentionAt reports whether token t lies in a mention of a place
// (placeMention).
func (sc *sentence) placeMentionAt(t int) bool {
	mi := sc.mentAt[t]
	return mi >= 0 && sc.placeMention(mi)
}

// placeMention reports whether mention mi is a name of a place: a capital
// or seat standing for its government, or a dictionary actor with a place
// code (a country, a region or a town; see placeCode), not a people named
// by its demonym ("Colombians").
func (sc *sentence) placeMention(mi int) bool {
	m := sc.mentions[mi]
	if m.Kind == entente.MentionActor && len(m.Entries) > 0 && strings.Contains(m.Entries[0].File, "demonyms") {
		return false // "captured nine armed Colombians": a people, no place
	}
	return m.Kind == entente.MentionMetonym || m.Kind == entente.MentionActor && placeCode(m.Code)
}

// stateSource reports whether every mention in src is a state: a bare
// country, its government or its military.
func (sc *sentence) stateSource(src []int) bool {
	if len(src) == 0 {
		return false
	}
	for _, s := range src {
		c := sc.mentions[s].Code
		switch {
		case len(c) == 3 && !strings.HasPrefix(c, "IGO") && !strings.HasPrefix(c, "NGO"):
		case len(c) == 6 && (strings.HasSuffix(c, "GOV") || strings.HasSuffix(c, "MIL")) &&
			!strings.HasPrefix(c, "IGO") && !strings.HasPrefix(c, "NGO"):
		default:
			return false
		}
	}
	return true
}

// An exercise held by one actor alone, with no partner named (a country
// it is held around is its target) and not called joint ("Iran's Revolutionary Guards staged war games in the
// Gulf"), is no military cooperation (062) but a show of force (150,
// "demonstrate military or police power").

// drillNouns are the nouns of military exercises.
var drillNouns = map[string]bool{
	"DRILL": true, "EXERCISE": true, "MANEUVER": true, "MANOEUVRE": true, "GAME": true, "WARGAME": true,
	"DRILLS": true, "EXERCISES": true, "MANEUVERS": true, "MANOEUVRES": true, "GAMES": true, "WARGAMES": true,
}

// soloDrill reports whether the object of verb v is an exercise not
// called joint, combined or bilateral.
func (sc *sentence) soloDrill(v int) bool {
	objs := sc.childrenWith(v, "obj")
	if len(objs) != 1 || !drillNouns[sc.lemma(objs[0])] && !drillNouns[sc.words[objs[0]]] {
		return false
	}
	for _, c := range sc.childrenWith(objs[0], "amod", "compound") {
		if inSet(sc.words[c], "JOINT", "COMBINED", "BILATERAL", "TRILATERAL", "MULTINATIONAL", "MULTILATERAL") {
			return false
		}
	}
	return true
}

// aroundOnly reports whether every mention of ms (none at all included)
// is a place the exercise is held around or near ("drills around Taiwan"),
// which is its target, not a partner.
func (sc *sentence) aroundOnly(ms []int) bool {
	for _, m := range ms {
		if !inSet(sc.caseOf(sc.mentHead[m]), "AROUND", "NEAR", "OFF", "ENCIRCLING") {
			return false
		}
	}
	return true
}

// Landing in a country (042 in the verb additions) is a visit of a leader
// or a delegation; shells, rockets or missiles that land in one are
// artillery fire on it (194); troops that land are no visitors, and their
// landing is left uncoded (an invasion, an exercise or a deployment, which
// the verb alone does not tell), but their chief, commander or minister
// visits (officialSubject).

// dropEvent is what stateTargetCode returns for a predicate that codes no
// event.
const dropEvent = "-"

// landLemmas are the verbs of landing.
var landLemmas = map[string]bool{"LAND": true}

// munitionNouns are nouns of fired munitions.
var munitionNouns = map[string]bool{
	"SHELL": true, "ROCKET": true, "MISSILE": true, "MORTAR": true, "BOMB": true, "PROJECTILE": true,
	"DRONE": true, "GRENADE": true, "SHELLS": true, "ROCKETS": true, "MISSILES": true, "MORTARS": true,
	"BOMBS": true, "PROJECTILES": true, "DRONES": true,
}

// munitionSubject reports whether the subject of verb v is a munition
// ("shells landed").
func (sc *sentence) munitionSubject(v int) bool { return sc.munitionSubjectOf(v, munitionNouns) }

// munitionSubjectOf reports whether the subject of verb v is a noun of the
// set ("missiles hit"), or a misparse hangs the verb under such a noun
// ("rockets fired by X landed", landed an xcomp of fired, fired an acl of
// rockets).
func (sc *sentence) munitionSubjectOf(v int, set map[string]bool) bool {
	for _, c := range sc.childrenWith(v, "nsubj", "obl:agent") {
		// (the agent of a passive does it too: "hit by a Russian
		// missile")
		if set[sc.lemma(c)] || set[sc.words[c]] {
			return true
		}
		if set["AIR FORCE"] && c > 0 && inSet(sc.words[c], "FORCE", "FORCES") && sc.words[c-1] == "AIR" {
			return true // "Uganda's air force struck ADF bases"
		}
	}
	if len(sc.childrenWith(v, "nsubj")) > 0 {
		// a verb with a subject of its own is not the weapon's, as a
		// relative clause under it is ("jets that troops fought off")
		return false
	}
	for h, k := sc.toks[v].Head, 0; h >= 0 && k < 2; h, k = sc.toks[h].Head, k+1 {
		if set[sc.lemma(h)] || set[sc.words[h]] {
			return true
		}
	}
	if h := sc.toks[v].Head; h >= 0 && inSet(base(sc.rel(v)), "xcomp", "conj", "advcl") && sc.toks[h].UPOS == "VERB" {
		// "a shell fired from across the border landed", read with
		// "landed" a complement or clause of "fired" and no subject of
		// its own: the subject of "fired" is its
		for _, c := range sc.childrenWith(h, "nsubj", "nsubj:pass") {
			if set[sc.lemma(c)] || set[sc.words[c]] {
				return true
			}
		}
	}
	return false
}

// personPossessor reports whether noun n's possessor is a person who
// speaks for a state or a party (a name with a role of government,
// elite, legislature or opposition: "Viktor Orban's attack"), not a
// state, a capital or an armed group.
func (sc *sentence) personPossessor(n int) bool {
	for _, c := range sc.childrenWith(n, "nmod:poss") {
		mi := sc.mentAt[c]
		if mi < 0 || sc.toks[c].UPOS != "PROPN" {
			continue
		}
		m := sc.mentions[mi]
		if m.Kind != entente.MentionActor && m.Kind != entente.MentionAgent || len(m.Code) < 6 {
			continue
		}
		switch m.Code[len(m.Code)-3:] {
		case "GOV", "ELI", "LEG", "OPP":
			return true
		}
	}
	return false
}

// particle reports whether verb v has the particle w ("shelled out").
func (sc *sentence) particle(v int, w string) bool {
	for _, c := range sc.childrenWith(v, "compound:prt", "advmod") {
		if sc.words[c] == w && c == v+1 {
			return true
		}
	}
	return v+1 < len(sc.words) && sc.words[v+1] == w && sc.toks[v+1].UPOS == "ADP"
}

// civilFlight reports whether the subject of verb v is a civilian flight
// or airliner, or the sources src a firm or civilians.
func (sc *sentence) civilFlight(v int, src []int) bool {
	for _, s := range src {
		if c := sc.mentions[s].Code; strings.HasSuffix(c, "BUS") || strings.HasSuffix(c, "CVL") {
			return true
		}
	}
	subj := sc.childrenWith(v, "nsubj")
	if h := sc.toks[v].Head; h >= 0 && base(sc.rel(v)) == "acl" {
		subj = append(subj, h) // "flights from Israel crossed", read as a participle
	}
	for _, n := range subj {
		if inSet(sc.lemma(n), "FLIGHT", "AIRLINER", "JETLINER", "PASSENGER") {
			return true
		}
		for _, c := range sc.childrenWith(n, "amod", "compound") {
			if inSet(sc.lemma(c), "CIVILIAN", "CIVIL", "PASSENGER", "COMMERCIAL", "CARGO") {
				return true
			}
		}
	}
	return false
}

// placeObject reports whether the object of verb v is a name (a place's,
// as "Mocimboa da Praia", which may be no actor) or ground
// (territoryObject).
func (sc *sentence) placeObject(v int) bool {
	for _, o := range sc.childrenWith(v, "obj", "obl:unmarked") {
		if sc.toks[o].UPOS == "PROPN" {
			return true
		}
	}
	return sc.territoryObject(v)
}

// shellLemmas are the verbs of artillery fire (194).
var shellLemmas = map[string]bool{"SHELL": true}

// aerialNouns are weapons and craft of the air (195: missiles, rockets,
// drones, bombs, warplanes, jets, helicopters, air strikes, and an air
// force as a subject), artilleryNouns those of guns and
// mortars (194).
var (
	aerialNouns = map[string]bool{"MISSILE": true, "MISSILES": true, "DRONE": true, "DRONES": true,
		"BOMB": true, "BOMBS": true, "ROCKET": true, "ROCKETS": true, "WARPLANE": true, "WARPLANES": true,
		"AIRSTRIKE": true, "AIRSTRIKES": true, "JET": true, "JETS": true, "AIRCRAFT": true, "BOMBER": true, "BOMBERS": true,
		"HELICOPTER": true, "HELICOPTERS": true, "GUNSHIP": true, "GUNSHIPS": true, "AIR FORCE": true}
	artilleryNouns = map[string]bool{"SHELL": true, "SHELLS": true, "MORTAR": true, "MORTARS": true,
		"ARTILLERY": true}
)

// officialSubject reports whether the subject of verb v is a person who
// heads or speaks for forces ("the army chief", "the head of Sudan's armed
// forces", "the US defence secretary", "a military delegation"): one who
// lands in a country visits it.
func (sc *sentence) officialSubject(v int) bool {
	for _, c := range sc.childrenWith(v, "nsubj") {
		if inSet(sc.words[c], "CHIEF", "HEAD", "COMMANDER", "SECRETARY", "MINISTER", "GENERAL", "ADMIRAL",
			"DELEGATION", "ENVOY", "OFFICIAL", "OFFICIALS", "LEADER", "MARSHAL") {
			return true
		}
	}
	return false
}

// militarySource reports whether every mention of src is a military one.
func (sc *sentence) militarySource(src []int) bool {
	for _, s := range src {
		if !strings.HasSuffix(sc.mentions[s].Code, "MIL") {
			return false
		}
	}
	return len(src) > 0
}

// stateTargetCode returns the code of predicate p at verb v corrected by
// the rules above, dropEvent for no event, or p's own code.
func (sc *sentence) stateTargetCode(p *predicate, v int) string {
	code := p.code.Source
	if p.noun {
		if code == "190" && inSet(sc.lemma(v), "ATTACK") && sc.personPossessor(v) {
			// "Viktor Orban's attack on Brussels", "Trump's repeated
			// attacks on Zelenskiy": a politician's attack is in words
			return "111"
		}
		if code == "190" {
			// "a Russian missile attack on Kharkiv", "an artillery
			// raid": the weapon named before the noun
			for _, c := range sc.childrenWith(v, "compound", "amod") {
				switch {
				case c < v && (aerialNouns[sc.words[c]] || aerialNouns[sc.lemma(c)] || sc.words[c] == "AIR"):
					return "195"
				case c < v && (artilleryNouns[sc.words[c]] || artilleryNouns[sc.lemma(c)]):
					return "194"
				}
			}
		}
		return code
	}
	is := func(set map[string]bool) bool { return set[sc.lemma(v)] || set[stem(sc.words[v])] }
	switch {
	case (code == "173" || strings.HasPrefix(code, "171")) && is(seizeLemmas) && (sc.namedPlaceObject(v) || sc.territoryObject(v)):
		return "192"
	case code == "173" && is(chargeLemmas) && sc.namedPlaceObject(v):
		return "112"
	case code == "183" && is(bombLemmas) && sc.stateSource(p.src):
		return "195"
	case (code == "190" || code == "193") && sc.munitionSubjectOf(v, aerialNouns) && !inSet(sc.lemma(v), "SHOOT", "INTERCEPT"):
		// (an air force shooting down a drone fights in the air; it
		// strikes nothing on the ground)
		// "Russian missiles hit a power substation": aerial weapons
		return "195"
	case code == "036" && sc.lemma(v) == "MEET" && sc.toks[v].XPOS == "VBD" && !sc.negated(v):
		// "Lavrov met Rubio in the first high-level talks" against
		// Phoenix's "* IN ^ TALK + [036]": a meeting told in the past
		// tense was held (040); an intent to meet is told in the future
		return "040"
	case code == "150" && inSet(sc.lemma(v), "FLY", "CROSS", "STRAY") && sc.civilFlight(v, p.src):
		// "civilian flights from Israel crossed into Saudi airspace",
		// "a Turkish Airlines passenger jet flew into Armenian
		// airspace": no show of force
		return dropEvent
	case code == "192" && sc.lemma(v) == "TAKE" && sc.particle(v, "BACK") && !sc.placeObject(v):
		// "took back his remarks", "took back the bodies of 500
		// soldiers": only a place or ground taken back is retaken
		return dropEvent
	case (code == "190" || code == "194") && is(shellLemmas) && sc.particle(v, "OUT"):
		// "Qatar shelled out $2 billion": paid, no fire
		return dropEvent
	case code == "190" && is(shellLemmas):
		// "Russian forces shelled Nikopol": shelling is artillery fire
		// (194), whatever place or party it hits
		return "194"
	case (code == "190" || code == "193") && sc.munitionSubjectOf(v, artilleryNouns):
		// "Russian shells hit the town": artillery
		return "194"
	case code == "042" && is(returnLemmas) && sc.peopleObject(v):
		// "returned some 60 Syrians to Syria": people sent back
		// (deported, 174), no return visit
		return "174"
	case code == "042" && is(landLemmas) && sc.munitionSubject(v):
		return "194"
	case code == "042" && is(landLemmas) && sc.militarySource(p.src) && !sc.officialSubject(v):
		return dropEvent
	case code == "062" && sc.aroundOnly(p.tgt) && len(p.compound) == 0 && len(p.src) == 1 && sc.soloDrill(v):
		return "150"
	}
	return code
}

// capitalised reports whether word w begins with an upper-case letter.
func capitalised(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// stem strips a regular verb ending (-S, -ED, -D, -ING) from upper-case
// word w, for a form the lemmatiser missed ("BOMBED" to "BOMB", "SEIZED"
// to "SEIZE"); irregular forms are left to the lemma.
func stem(w string) string {
	switch {
	case strings.HasSuffix(w, "ING") && len(w) > 5:
		w = w[:len(w)-3]
	case strings.HasSuffix(w, "ED") && len(w) > 4:
		if b := w[:len(w)-1]; seizeLemmas[b] || chargeLemmas[b] || bombLemmas[b] {
			return b // "SEIZED", "CHARGED": the E is the stem's
		}
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "S") && len(w) > 3:
		w = w[:len(w)-1]
	}
	return w
}

// A target of the source's own country, where the sentence names another
// party, is a misreading: a pattern word that matched the preposition of a
// phrase of time ("condemned Israel on Wednesday over the Doha strike",
// where "* ^ ON +" binds Doha), the possessor of the source's own noun
// ("Yemen's Houthis launched a missile toward Israel": Yemen), a place of
// the meeting ("held talks with his counterpart in Sofia"). ownTarget
// replaces it with the other party the parse gives (the verb's object, or
// an actor inside it), or, when the target is the possessor of the source,
// with the actor the object is aimed at ("toward Israel"), or with none.

// country returns the country part (the first three letters) of actor code c.
func country(c string) string {
	if len(c) < 3 {
		return c
	}
	return c[:3]
}

// ownCountry reports whether mention m is of the country of some mention in
// src.
func (sc *sentence) ownCountry(m int, src []int) bool {
	for _, s := range src {
		if country(sc.mentions[s].Code) == country(sc.mentions[m].Code) {
			return true
		}
	}
	return false
}

// possessorOf reports whether mention m is the possessor of a mention in
// src ("Yemen" in "Yemen's Houthis").
func (sc *sentence) possessorOf(m int, src []int) bool {
	h := sc.mentHead[m]
	if h < 0 || sc.rel(h) != "nmod:poss" {
		return false
	}
	hh := sc.toks[h].Head
	// the parse may hang the possessor on the verb ("Yemen's Houthis
	// launched"): the mention right after the "'s" counts too
	next := sc.mentions[m].Tokens[1]
	if next < len(sc.toks) && sc.toks[next].Form == "'s" {
		next++
	}
	for _, s := range src {
		if hh >= 0 && sc.mentAt[hh] == s || next < len(sc.toks) && sc.mentAt[next] == s {
			return true
		}
	}
	return false
}

// otherParties returns the actors of the verb's objects, or of nominals
// hung on them, that are not of the source's country nor a pronoun (else,
// without aimed, those of the party addressed, "to" it); with
// aimed, only those after a preposition of direction ("toward Israel").
func (sc *sentence) otherParties(v int, src []int, aimed bool) []int {
	var out []int
	var walk func(t, depth int)
	walk = func(t, depth int) {
		if depth > 2 {
			return
		}
		if mi := sc.mentAt[t]; mi >= 0 && !sc.ownCountry(mi, src) && sc.mentions[mi].Kind != entente.MentionCoref &&
			(!aimed || inSet(sc.caseOf(t), "TOWARD", "TOWARDS", "AT", "AGAINST", "INTO", "ON")) {
			out = append(out, mi)
			return
		}
		for _, c := range sc.childrenWith(t, "nmod", "compound", "amod", "conj") {
			if sc.rel(c) == "nmod" && !aimed && !inSet(sc.caseOf(c), "", "OF", "WITH", "FROM") {
				continue
			}
			walk(c, depth+1)
		}
	}
	for _, o := range sc.childrenWith(v, "obj") {
		walk(o, 0)
	}
	if len(out) == 0 && !aimed {
		// the party addressed: "protested to China over the detention
		// of Kazakh traders"
		for _, o := range sc.childrenWith(v, "obl") {
			if sc.caseOf(o) == "TO" {
				walk(o, 0)
			}
		}
	}
	return dedup(out)
}

// ownTarget returns the target of predicate p at verb v with the rule above
// applied, and whether it changed.
func (sc *sentence) ownTarget(p *predicate, v int) ([]int, bool) {
	if p.noun || len(p.tgt) == 0 || len(p.src) == 0 || len(p.compound) > 0 {
		return p.tgt, false
	}
	poss := true
	for _, t := range p.tgt {
		if !sc.ownCountry(t, p.src) || sc.objectOf(t, v) || sc.describesObject(t, v) {
			return p.tgt, false
		}
		poss = poss && sc.possessorOf(t, p.src)
	}
	if o := sc.otherParties(v, p.src, false); len(o) > 0 {
		return o, true
	}
	if poss {
		return sc.otherParties(v, p.src, true), true
	}
	return p.tgt, false
}

// describesObject reports whether mention mi is an adjective or compound
// of verb v's object ("attacked a Beninese army post"): the object is that
// actor's, whatever else the sentence names.
func (sc *sentence) describesObject(mi, v int) bool {
	t := sc.mentHead[mi]
	if t < 0 || !inSet(base(sc.rel(t)), "amod", "compound") {
		return false
	}
	o := sc.toks[t].Head
	return o >= 0 && o != t && sc.toks[o].Head == v && sc.rel(o) == "obj"
}

// spokesNouns are the nouns of people who speak for an actor named after
// "for" ("a spokesman for the foreign ministry").
var spokesNouns = map[string]bool{
	"SPOKESMAN": true, "SPOKESWOMAN": true, "SPOKESPERSON": true, "SPOKESMEN": true, "SPOKESWOMEN": true,
}
