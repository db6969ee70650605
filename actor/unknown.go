package actor

import (
	"strings"

	"entente"
)

// reportVerbs are the verbs by which a wire story quotes the body it is
// about ("Rhodes Inc said it ...").
var reportVerbs = map[string]bool{
	"said": true, "says": true, "announced": true, "reported": true, "added": true, "estimated": true,
	"noted": true, "told": true, "stated": true, "disclosed": true, "forecast": true, "expects": true,
}

// orgWords are the words that end or mark the name of a company or other
// organisation ("Rhodes Inc", "Twin City Barge Co", "Southern California
// Edison Co").
var orgWords = map[string]bool{
	"inc": true, "corp": true, "corporation": true, "co": true, "ltd": true, "plc": true, "ag": true,
	"sa": true, "nv": true, "spa": true, "gmbh": true, "bhd": true, "group": true, "holdings": true,
	"industries": true, "petroleum": true, "motors": true, "airlines": true, "edison": true, "electric": true,
	"energy": true, "financial": true, "bancorp": true, "trust": true, "partners": true, "capital": true,
	"securities": true, "chemical": true, "chemicals": true, "steel": true, "mining": true, "oil": true,
	"company": true, "international": true, "systems": true, "technologies": true, "laboratories": true,
	"pharmaceuticals": true, "communications": true, "resources": true, "associates": true,
}

// unknownSpeaker returns the span of a name the dictionaries do not know
// that stands as the subject of a verb of reporting in the sentence ("Twin
// City Barge said", "CPC announced", "Rhodes Inc <RHD> said") and looks like
// an organisation's: it has an upper-case abbreviation, a word of companies
// (see orgWords) or a stock ticker after it. items are the sentence's
// mentions. It returns the latest such name, and false when there is none.
//
// Such a body is what a later "it" most likely refers to; the pronoun must
// not skip it for an actor named earlier.
func unknownSpeaker(toks []entente.Token, items []found) (entente.Span, bool) {
	covered := func(k int) bool {
		for _, it := range items {
			if k >= it.Tokens[0] && k < it.Tokens[1] {
				return true
			}
		}
		return false
	}
	var best entente.Span
	found := false
	for v := 1; v < len(toks); v++ {
		if !reportVerbs[strings.ToLower(toks[v].Form)] {
			continue
		}
		k := v - 1
		ticker := false
		if toks[k].Form == ">" {
			// "Standard Oil <SRD> said"
			for k >= 0 && toks[k].Form != "<" {
				k--
			}
			k--
			ticker = true
		}
		end := k
		org := ticker
		for ; k >= 0 && name(toks[k].Form); k-- {
			if covered(k) {
				org = false
				end = -1
				break
			}
			f := toks[k].Form
			org = org || orgWords[strings.ToLower(strings.TrimSuffix(f, "."))] || abbreviation(f)
		}
		if end < 0 || k == end || !org {
			continue
		}
		best = entente.Span{Start: toks[k+1].Span.Start, End: toks[end].Span.End}
		found = true
	}
	return best, found
}

// name reports whether f may be a word of a proper name: it starts with an
// upper-case letter or is "&" ("Procter & Gamble").
func name(f string) bool {
	return f == "&" || f != "" && f[0] >= 'A' && f[0] <= 'Z' && !pronouns[f]
}

// pronouns are capitalised words that open sentences and are no names.
var pronouns = map[string]bool{"It": true, "He": true, "She": true, "They": true, "The": true, "We": true, "I": true,
	"This": true, "That": true, "A": true, "An": true}

// abbreviation reports whether f is an upper-case abbreviation of two
// letters or more ("CPC", "BAT", "VW"), not a dotted country one ("U.S.").
func abbreviation(f string) bool {
	if len(f) < 2 || strings.Contains(f, ".") {
		return false
	}
	for i := 0; i < len(f); i++ {
		if f[i] < 'A' || f[i] > 'Z' {
			return false
		}
	}
	return true
}

// blockedBy reports whether the reference r, resolved to an antecedent,
// skipped the body at span u to reach it: u lies between the antecedent and
// the reference.
func blockedBy(r found, u entente.Span) bool {
	return r.Antecedent != nil && u.End <= r.Span.Start && u.Start >= r.Antecedent.End
}
