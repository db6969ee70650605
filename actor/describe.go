package actor

import "strings"

// Definite descriptions and "it".
//
// A definite description is "the", up to four modifiers and a head noun:
// "the South Asian country", "the Gulf kingdom", "the oil-rich emirate",
// "the Sunni militant group". Its head says what it refers to (a state or
// a non-state group); a regional adjective among its modifiers narrows a
// state to the countries of that region. "it" refers to a state or group
// that is not plural, unless it is expletive ("it is likely that").

// stateHeads are the head nouns of a description of a state.
var stateHeads = map[string]bool{
	"country": true, "nation": true, "state": true, "kingdom": true, "republic": true,
	"emirate": true, "monarchy": true, "sultanate": true, "federation": true,
}

// bareHeads are the heads that make a description with no modifier
// ("the kingdom"); "the country" and "the group" are refPhrases.
var bareHeads = map[string]bool{"kingdom": true, "emirate": true, "sultanate": true, "militia": true}

// groupHeads are the head nouns of a description of a non-state group.
var groupHeads = map[string]bool{
	"group": true, "movement": true, "organisation": true, "organization": true, "outfit": true,
	"militia": true, "faction": true, "network": true,
}

// contrastModifiers make a description name something other than the
// actor before it, or something not yet named: "the other country", "the
// first country to", "the neighbouring state", "the host nation".
var contrastModifiers = map[string]bool{
	"other": true, "another": true, "first": true, "second": true, "third": true, "last": true,
	"only": true, "next": true, "neighbouring": true, "neighboring": true, "host": true, "member": true,
	"whole": true, "entire": true, "new": true, "former": true, "independent": true, "sovereign": true,
	"rogue": true, "nation": true, "same": true, "home": true, "parent": true, "umbrella": true,
	"rival": true, "enemy": true, "each": true, "every": true, "such": true, "any": true, "this": true, "that": true,
}

// stateNounAfter are the nouns that make "state" a modifier rather than a
// head: "the state media", "the state oil company".
var stateNounAfter = map[string]bool{
	"media": true, "department": true, "television": true, "tv": true, "news": true, "agency": true,
	"oil": true, "gas": true, "company": true, "firm": true, "broadcaster": true, "visit": true,
	"secretary": true, "security": true, "council": true, "assembly": true, "legislature": true,
	"governor": true, "budget": true, "funeral": true, "dinner": true, "level": true, "capital": true,
	"run": true, "owned": true, "sponsor": true, "sponsored": true, "actors": true, "bank": true,
	"duma": true, "radio": true, "newspaper": true, "banquet": true, "police": true, "prosecutor": true,
}

// regions maps a regional adjective (one or two words, as matching keys) to
// the CAMEO countries of that region. The regions follow the region codes of
// the CAMEO codebook (table 3.3: SAS South Asia, CAS Central Asia, PGS
// Persian Gulf, CAU Caucasus, SEA Southeast Asia, ...); membership is the
// common geographic one, by CAMEO country code.
var regions = map[string][]string{
	"south asian":        {"AFG", "BGD", "BTN", "IND", "LKA", "MDV", "NPL", "PAK"},
	"central asian":      {"KAZ", "KGZ", "TJK", "TKM", "UZB"},
	"gulf":               {"ARE", "BHR", "KWT", "OMN", "QAT", "SAU", "IRN", "IRQ"},
	"persian gulf":       {"ARE", "BHR", "KWT", "OMN", "QAT", "SAU", "IRN", "IRQ"},
	"arab":               {"ARE", "BHR", "DZA", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MAR", "OMN", "QAT", "SAU", "SDN", "SYR", "TUN", "YEM", "PSE", "MRT"},
	"baltic":             {"EST", "LTU", "LVA"},
	"caucasus":           {"ARM", "AZE", "GEO"},
	"caucasian":          {"ARM", "AZE", "GEO"},
	"south caucasus":     {"ARM", "AZE", "GEO"},
	"southeast asian":    {"BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TMP", "VNM"},
	"east asian":         {"CHN", "JPN", "KOR", "PRK", "MNG", "TWN"},
	"middle eastern":     {"ARE", "BHR", "CYP", "EGY", "IRN", "IRQ", "ISR", "JOR", "KWT", "LBN", "OMN", "PSE", "QAT", "SAU", "SYR", "TUR", "YEM"},
	"north african":      {"DZA", "EGY", "LBY", "MAR", "TUN", "SDN"},
	"west african":       {"BEN", "BFA", "CPV", "CIV", "GMB", "GHA", "GIN", "GNB", "LBR", "MLI", "MRT", "NER", "NGA", "SEN", "SLE", "TGO"},
	"east african":       {"BDI", "DJI", "ERI", "ETH", "KEN", "RWA", "SOM", "SSD", "TZA", "UGA"},
	"horn of africa":     {"DJI", "ERI", "ETH", "SOM"},
	"central african":    {"CMR", "CAF", "TCD", "COG", "COD", "GNQ", "GAB"},
	"southern african":   {"AGO", "BWA", "LSO", "MOZ", "NAM", "ZAF", "SWZ", "ZMB", "ZWE", "MWI"},
	"balkan":             {"ALB", "BIH", "BGR", "HRV", "GRC", "KSV", "MKD", "MNE", "ROU", "SRB"},
	"scandinavian":       {"DNK", "NOR", "SWE"},
	"nordic":             {"DNK", "FIN", "ISL", "NOR", "SWE"},
	"caribbean":          {"ATG", "BHS", "BRB", "CUB", "DMA", "DOM", "GRD", "HTI", "JAM", "KNA", "LCA", "VCT", "TTO"},
	"central american":   {"BLZ", "CRI", "SLV", "GTM", "HND", "NIC", "PAN"},
	"south american":     {"ARG", "BOL", "BRA", "CHL", "COL", "ECU", "GUY", "PRY", "PER", "SUR", "URY", "VEN"},
	"latin american":     {"ARG", "BOL", "BRA", "CHL", "COL", "ECU", "GUY", "PRY", "PER", "SUR", "URY", "VEN", "MEX", "CUB", "BLZ", "CRI", "SLV", "GTM", "HND", "NIC", "PAN", "DOM"},
	"eastern european":   {"BLR", "BGR", "CZE", "HUN", "MDA", "POL", "ROU", "RUS", "SVK", "UKR"},
	"central european":   {"AUT", "CZE", "DEU", "HUN", "POL", "SVK", "SVN", "CHE"},
	"himalayan":          {"NPL", "BTN"},
	"mediterranean":      {"CYP", "MLT", "GRC", "ITA", "ESP", "TUR", "LBN", "ISR", "EGY", "LBY", "TUN", "DZA", "MAR"},
	"pacific":            {"FJI", "PNG", "SLB", "VUT", "WSM", "TON", "KIR", "TUV", "NRU", "PLW", "FSM", "MHL"},
	"sahel":              {"MLI", "NER", "BFA", "TCD", "MRT"},
	"sahelian":           {"MLI", "NER", "BFA", "TCD", "MRT"},
	"andean":             {"BOL", "COL", "ECU", "PER"},
	"indochinese":        {"KHM", "LAO", "VNM"},
	"levantine":          {"ISR", "JOR", "LBN", "PSE", "SYR"},
	"maghreb":            {"DZA", "LBY", "MAR", "MRT", "TUN"},
	"north african arab": {"DZA", "EGY", "LBY", "MAR", "TUN"},
}

// description reports whether a definite description of a state or group
// starts at token i: its end, its kind (refCountry or refGroup) and the
// region its modifiers name, "" for none. covered marks tokens already
// taken by actors and agents.
func description(keys []string, covered []bool, i int) (end int, kind refKind, region string) {
	if keys[i] != "the" {
		return 0, refNone, ""
	}
	var mods []string
	for j := i + 1; j < len(keys) && j <= i+5; j++ {
		k := keys[j]
		if covered[j] {
			return 0, refNone, ""
		}
		head := stateHeads[k] || groupHeads[k]
		if head {
			if len(mods) == 0 && !bareHeads[k] {
				return 0, refNone, ""
			}
			if j+1 < len(keys) {
				next := keys[j+1]
				if next == "of" || next == "-" || stateHeads[next] || groupHeads[next] {
					return 0, refNone, ""
				}
				if k == "state" && stateNounAfter[next] {
					return 0, refNone, ""
				}
			}
			kind = refCountry
			if groupHeads[k] {
				kind = refGroup
			}
			return j + 1, kind, regionOf(mods)
		}
		if !isModifier(k) {
			return 0, refNone, ""
		}
		mods = append(mods, k)
	}
	return 0, refNone, ""
}

// isModifier reports whether k may stand between "the" and the head of a
// description: a word or a hyphen ("oil-rich"), not a contrast ("the other
// country") nor a superlative ("the largest country").
func isModifier(k string) bool {
	if isHyphen(k) {
		return true
	}
	if contrastModifiers[k] || linkPreps[k] || subjectVerbs[k] || subjectCues[k] || functionWords[k] || k == "its" || k == "their" || k == "not" || determiners[k] || k == "a" || k == "an" || !isLowerWord(strings.ReplaceAll(k, "-", "")) {
		return false
	}
	if len(k) > 4 && strings.HasSuffix(k, "est") && !strings.HasSuffix(k, "west") {
		return false
	}
	return true
}

// regionOf returns the region named by the modifiers, trying two words
// before one ("South Asian" before "Asian").
func regionOf(mods []string) string {
	for n := 3; n >= 1; n-- {
		for i := 0; i+n <= len(mods); i++ {
			r := strings.Join(mods[i:i+n], " ")
			if _, ok := regions[r]; ok {
				return r
			}
		}
	}
	return ""
}

// inRegion reports whether the country is one of the region's.
func inRegion(region, country string) bool {
	for _, c := range regions[region] {
		if c == country {
			return true
		}
	}
	return false
}

// expletive reports whether the "it" at token i stands for no actor: "it
// is likely that", "it was not always so", "it seems", "made it clear".
func expletive(keys []string, i int) bool {
	if i > 0 && itVerbsBefore[keys[i-1]] {
		return true
	}
	j := i + 1
	if j >= len(keys) || isBoundary(keys[j]) {
		return false
	}
	if expletiveAfter[keys[j]] {
		return true
	}
	if !copulas[keys[j]] {
		return false
	}
	be := beForms[keys[j]]
	j++
	for j < len(keys) && (copulas[keys[j]] || keys[j] == "not" || keys[j] == "n't" || keys[j] == "also" ||
		keys[j] == "still" || keys[j] == "now" || keys[j] == "always" || keys[j] == "too" || keys[j] == "very") {
		be = be || beForms[keys[j]]
		j++
	}
	if j >= len(keys) {
		return true
	}
	k := keys[j]
	// "it is likely", "it was a mistake", "it was aimed at": a state or
	// group is seldom the subject of these. Without a form of "be" a noun
	// phrase or a participle is the pronoun's own: "it had expelled", "it
	// has a right" (the words of expletiveAdjectives make "it" expletive
	// either way: "it had reported").
	return expletiveAdjectives[k] || isBoundary(k) ||
		be && (k == "a" || k == "an" || k == "the" || k == "time" || len(k) > 4 && strings.HasSuffix(k, "ed"))
}

// beForms are the forms of "be" and the copulas like it after which a
// noun phrase or a participle makes "it" expletive ("it was a mistake",
// "it was aimed at", "it remains a mystery").
var beForms = map[string]bool{"is": true, "was": true, "'s": true, "be": true, "been": true, "being": true,
	"remains": true, "remained": true, "became": true, "becomes": true}

// itSubject reports whether the "it" at token i stands in a subject's
// place: at the start of a clause, after a reporting verb ("said it
// would") or before an auxiliary or a verb in the past ("it had", "it
// suspended").
func itSubject(keys []string, i int) bool {
	if i == 0 || subjectCues[keys[i-1]] || isBoundary(keys[i-1]) || reportingVerbs[keys[i-1]] {
		return true
	}
	if j := i + 1; j < len(keys) {
		k := keys[j]
		return subjectVerbs[k] || copulas[k] || len(k) > 4 && strings.HasSuffix(k, "ed") && isLowerWord(k)
	}
	return false
}

// itObject reports whether the "it" at token i is the object of a verb
// whose object is usually a state or group ("ready to defend it",
// "supplied it with drones"); other objects ("praised it", "signed it")
// are mostly things and are left unresolved.
func itObject(keys []string, i int) bool {
	if i == 0 {
		return false
	}
	k := keys[i-1]
	for _, suf := range [...]string{"ed", "s", "ing", "d", ""} {
		if st, ok := strings.CutSuffix(k, suf); ok && actorObjectVerbs[st] {
			return true
		}
	}
	return false
}

// actorObjectVerbs are the stems of verbs whose object is usually an
// actor; itObject tries them with the endings "ed", "s", "ing" and "d".
var actorObjectVerbs = map[string]bool{
	"defend": true, "attack": true, "support": true, "back": true, "supplied": true, "supply": true,
	"help": true, "invade": true, "sanction": true, "accuse": true, "urge": true, "warn": true,
	"recognise": true, "recognize": true, "protect": true, "arm": true, "fund": true, "bomb": true,
	"threaten": true, "pressure": true, "punish": true, "blame": true, "join": true, "aid": true,
	"assist": true, "occupy": true, "occupied": true, "annex": true, "isolate": true, "court": true,
	"reassure": true, "ally": true, "allied": true, "embrace": true, "shun": true, "accompanied": true,
}

// reportingVerbs are the verbs after which "it" begins a reported clause.
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "announced": true, "warned": true, "insisted": true,
	"added": true, "stated": true, "claimed": true, "argued": true, "declared": true,
	"vowed": true, "promised": true, "threatened": true, "hoped": true, "believes": true, "believed": true,
	"stressed": true, "noted": true, "indicated": true, "signalled": true, "signaled": true, "confirmed": true,
}

// copulas are the verbs after which "it" is tested for an expletive.
var copulas = map[string]bool{
	"is": true, "was": true, "'s": true, "be": true, "been": true, "being": true, "will": true, "would": true,
	"may": true, "might": true, "could": true, "can": true, "should": true, "must": true, "has": true,
	"had": true, "have": true, "remains": true, "remained": true, "became": true, "becomes": true,
}

// expletiveAfter are the words that make "it" before them expletive ("it
// seems", "it emerged", "it rained").
var expletiveAfter = map[string]bool{
	"seems": true, "seemed": true, "appears": true, "appeared": true, "emerged": true, "means": true,
	"meant": true, "takes": true, "took": true, "matters": true, "happened": true, "happens": true,
	"depends": true, "comes": true, "came": true, "looks": true, "looked": true, "follows": true,
	"began": true, "begins": true, "started": true, "starts": true, "ended": true, "ends": true,
	"rained": true, "snowed": true, "continued": true, "continues": true, "lasted": true, "worked": true,
}

// itVerbsBefore are the verbs whose object "it" is expletive or a thing:
// "make it clear", "take it", "call it".
var itVerbsBefore = map[string]bool{
	"make": true, "makes": true, "made": true, "making": true, "find": true, "found": true,
	"take": true, "took": true, "call": true, "called": true, "calling": true, "believe": true,
	"consider": true, "considered": true, "deem": true, "deemed": true, "put": true, "of": true,
	"about": true, "on": true, "at": true, "into": true, "than": true, "like": true, "sign": true,
	"signed": true, "ratify": true, "ratified": true, "reject": true, "rejected": true, "approve": true,
	"approved": true, "implement": true, "deny": true, "denied": true, "is": true, "was": true,
}

// expletiveAdjectives follow "it is" in an expletive sentence.
var expletiveAdjectives = map[string]bool{
	"likely": true, "unlikely": true, "clear": true, "unclear": true, "possible": true, "impossible": true,
	"important": true, "necessary": true, "difficult": true, "hard": true, "easy": true, "true": true,
	"known": true, "worth": true, "vital": true, "essential": true, "crucial": true, "obvious": true,
	"evident": true, "certain": true, "uncertain": true, "doubtful": true, "not": true, "time": true,
	"so": true, "no": true, "that": true, "what": true, "unknown": true, "too": true, "up": true,
	"good": true, "bad": true, "better": true, "hoped": true, "feared": true, "thought": true, "said": true,
	"reported": true, "believed": true, "expected": true, "understood": true, "one": true, "also": true,
	"in": true, "about": true, "over": true, "still": true, "only": true, "just": true, "here": true, "there": true,
}
