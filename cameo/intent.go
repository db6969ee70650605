package cameo

import "strings"

// Intent returns the CAMEO intent (03x) that corresponds to a cooperative
// deed: meeting (04) to 036 (mediation, 045, to 039), diplomatic
// cooperation (05) to 030, material cooperation (06x) to 031x, aid (07x) to
// 033x and yielding (08) to 034 or 035x. An intended hostile deed is a
// threat (13x): reducing or breaking relations (161) to 1313, cutting aid
// (162) to 1311, sanctions (163) to 1312, halting talks, mediation or
// involvement (164-166) to 134-136, other reductions (16) to 131, protest
// (14) to 133, administrative sanctions (172x) to 132x, violent repression
// (175) to 137, other coercion (arrests, expulsions, seizures: 17) to the
// non-force threat 131, violence (18) to 1383, force (19) to military force
// (138x: blockade 1381, occupation 1382, attack 1384), an attack with
// weapons of mass destruction (204) to 1385 and other mass violence (20) to
// 138. Other codes (statements, appeals, demands, disapproval, rejection,
// investigation, a show of force) have no intent and are returned
// unchanged; every code returned is in the codebook.
func Intent(code string) string {
	if len(code) < 2 {
		return code
	}
	if len(code) >= 3 {
		switch code[:3] {
		case "161":
			return "1313"
		case "162":
			return "1311"
		case "163":
			return "1312"
		case "164":
			return "134"
		case "165":
			return "135"
		case "166":
			return "136"
		case "045":
			return "039"
		case "172":
			// administrative sanctions, each kind to its threat
			if len(code) == 4 && code[3] >= '1' && code[3] <= '4' {
				return "132" + code[3:]
			}
			return "132"
		case "175":
			return "137"
		case "204":
			return "1385"
		case "191":
			return "1381"
		case "192":
			return "1382"
		case "190", "193", "194", "195":
			return "1384"
		}
	}
	switch code[:2] {
	case "16":
		return "131"
	case "14":
		return "133"
	case "17":
		return "131"
	case "18":
		return "1383"
	case "19", "20":
		return "138"
	case "04":
		return "036"
	case "05":
		return "030"
	case "06":
		if len(code) == 3 && code[2] >= '1' && code[2] <= '4' {
			return "031" + code[2:]
		}
		return "031"
	case "07":
		if len(code) == 3 && code[2] >= '1' && code[2] <= '4' {
			return "033" + code[2:]
		}
		return "033"
	case "08":
		// yielding (08) intended is 035, each kind to its own intent:
		// reform (083) to 034, the others to 0351-0356
		if len(code) >= 3 {
			switch code[:3] {
			case "081":
				return "0351"
			case "082":
				return "0352"
			case "083":
				return "034"
			case "084":
				return "0353"
			case "085":
				return "0354"
			case "086":
				return "0355"
			case "087":
				return "0356"
			}
		}
		return "035"
	}
	return code
}

// Appeal returns the CAMEO appeal (02x) for a deed asked of someone:
// meeting or negotiating (04, and the intent to, 036) to 026, mediation
// (039, 045) to 028, diplomatic cooperation (05) to 022, material
// cooperation (06x) to 021x, aid (07x) to 023x, yielding (08x) to 025x
// (easing sanctions, releasing people, de-escalating; accepting reform,
// 083, to 024) and a ceasefire (0871) to 0256. Other deeds, and the
// unspecified material cooperation (060) and yielding (080), which say no
// more of what is asked than 020 does, give the unspecified appeal, 020.
// Every code returned is in the codebook.
func Appeal(deed string) string {
	return asked("02", deed)
}

// Demand is Appeal for a demand (10x), which CAMEO numbers as appeals
// (1031 as 0231): 106 to negotiate, 1054 to ease economic sanctions,
// unspecified 100.
func Demand(deed string) string {
	return asked("10", deed)
}

// asked returns the code under root (02 or 10) for the deed asked for.
func asked(root, deed string) string {
	rest := ""
	switch {
	case len(deed) < 3:
	case deed == "036" || deed[:2] == "04" && deed[:3] != "045":
		rest = "6"
	case deed == "039" || deed[:3] == "045":
		rest = "8"
	case deed[:2] == "05":
		rest = "2"
	case deed[:2] == "06" && deed[2] != '0':
		rest = "1" + deed[2:3]
	case deed[:2] == "07":
		rest = "3" + deed[2:3]
	case deed[:3] == "083":
		rest = "4"
	case deed[:3] == "087":
		rest = "56"
	case deed[:3] == "081", deed[:3] == "082":
		rest = "5" + deed[2:3]
	case deed[:3] == "084":
		rest = "53"
	case deed[:3] == "085":
		rest = "54"
	case deed[:3] == "086":
		rest = "55"
	}
	if rest == "" {
		return root + "0"
	}
	for len(rest) > 0 {
		c := root + rest
		if len(c) == 4 && strings.HasSuffix(c, "0") {
			c = c[:3] // "0230" is 023
		}
		if IsEventCode(c) {
			return c
		}
		rest = rest[:len(rest)-1]
	}
	return root + "0"
}
