package analysis

import (
	"strings"

	"entente/cameo"
)

// RollUp maps a CAMEO actor code to the node that stands for it in dyads and
// networks. The rule (see the package documentation) is:
//
//   - a code that starts with a country code and whose first role is a state
//     role (GOV, MIL, COP, SPY, JUD, LEG), with no armed or opposition role
//     after it (REB, INS, SEP, OPP, UAF, CRM), rolls up to the country:
//     "PAKGOV", "RUSMIL", "USAGOVDEV" -> "PAK", "RUS", "USA";
//   - a bare country code stays the country;
//   - every other code is its own node, unchanged: rebels and insurgents
//     ("AFGREB"), opposition, civilians, business, elites ("PAKELI"), and
//     every code that does not start with a country (IGO, IMG, NGO, MNC,
//     regions, religions: "IGOUNO", "IMGMUSISI").
//
// The code is upper-cased and trimmed; "" stays "".
func RollUp(code string) string {
	code = strings.ToUpper(strings.TrimSpace(code))
	if len(code) < 3 || !IsCountry(code[:3]) {
		return code
	}
	if len(code) == 3 {
		return code
	}
	rest := code[3:]
	if len(rest)%3 != 0 || !stateRoles[rest[:3]] {
		return code
	}
	for i := 3; i+3 <= len(rest); i += 3 {
		if armedOrOpposition[rest[i:i+3]] {
			return code
		}
	}
	return code[:3]
}

// IsCountry reports whether c is a three-letter country code, as the
// codebook's actor-code tables know them (package cameo: the CAMEO country
// table and the historical codes the Phoenix dictionaries use, such as SUN
// for the Soviet Union).
func IsCountry(c string) bool {
	if len(c) != 3 {
		return false
	}
	p, ok := cameo.LookupActorPart(c, true)
	return ok && p.Kind == cameo.PartCountry
}

// stateRoles are the CAMEO role codes of the state itself.
var stateRoles = map[string]bool{
	"GOV": true, "MIL": true, "COP": true, "SPY": true, "JUD": true, "LEG": true,
}

// armedOrOpposition are role codes that detach an actor from its state even
// after a state role ("PAKMILREB": mutineers).
var armedOrOpposition = map[string]bool{
	"REB": true, "INS": true, "SEP": true, "OPP": true, "UAF": true, "CRM": true,
}
