package actor

import (
	"strings"

	"entente"
)

// reportVerbs are the verbs by which a wire story quotes the body it is
// about ("Rhodes Inc said it ..."), in the lower case they have after a
// subject (looked up without case folding, which would cost an allocation
// per word).
var reportVerbs = map[string]bool{
	"said": true, "says": true, "announced": true, "reported": true, "added": true, "estimated": true,
	"noted": true, "told": true, "stated": true, "disclosed": true, "forecast": true, "expects": true,
}

// reportLens has bit n set for the length n of every report verb (up to
// 63 bytes), and reportLast is the set of their last bytes: most words have
// neither, and are no report verb without a map lookup.
var reportLens, reportLast = func() (lens uint64, last [256]bool) {
	for v := range reportVerbs {
		lens |= 1 << min(len(v), 63)
		last[v[len(v)-1]] = true
	}
	return lens, last
}()

// isReportVerb reports whether form is one of reportVerbs.
func isReportVerb(form string) bool {
	n := len(form)
	return n > 0 && reportLens&(1<<min(n, 63)) != 0 && reportLast[form[n-1]] && reportVerbs[form]
}

// speakerAdverbs may stand between a speaker and its verb.
var speakerAdverbs = map[string]bool{"also": true, "today": true, "earlier": true, "yesterday": true, "previously": true,
	"further": true, "separately": true, "recently": true}

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
	"exchange": true, "express": true, "savings": true, "airways": true, "insurance": true, "fund": true,
}

// speaker is the subject of a verb of reporting ("Japan said", "CPC
// announced"): known when a mention names it, unknown when it is a name the
// dictionaries do not know.
type speaker struct {
	span  entente.Span
	known bool
}

// speakers returns the subjects of the verbs of reporting of a sentence, in
// order: names the dictionaries do not know ("Twin City Barge said", "CPC
// announced", "Pennzoil today said", "Datapower Inc <DPW> said", "(Ivaco
// Inc) said") and mentions (items are the sentence's mentions). A name
// right after a mention ("Pakistan's spokesman Mohammad Faisal said") is a
// person that mention introduces and is left out unless it looks like an
// organisation's (an upper-case abbreviation, a word of companies, see
// orgWords, or a stock ticker); so is a pronoun ("it said"), which is what
// is to be resolved.
//
// An unknown body that speaks is what a later "it" most likely refers to:
// the pronoun must not skip it for an actor named earlier.
func speakers(toks []entente.Token, items []found) []speaker {
	covered := func(k int) bool {
		for _, it := range items {
			if k >= it.Tokens[0] && k < it.Tokens[1] && it.ref == refNone {
				return true
			}
		}
		return false
	}
	var out []speaker
	for v := 1; v < len(toks); v++ {
		if !isReportVerb(toks[v].Form) {
			continue
		}
		k := v - 1
		for k > 0 && speakerAdverbs[toks[k].Form] {
			k-- // "Pennzoil today said", "Blair also said"
		}
		org := false
		if f := toks[k].Form; f == ">" || f == ")" {
			// "Standard Oil <SRD> said": a ticker after the name;
			// "(Ivaco Inc) said": the name in brackets
			open := "<"
			if f == ")" {
				open = "("
			}
			j := k - 1
			for j >= 0 && toks[j].Form != open {
				j--
			}
			if j < 0 {
				continue
			}
			if f == ">" {
				k = j - 1
			} else {
				k--
			}
			org = true
		}
		if k < 0 {
			continue
		}
		if covered(k) {
			out = append(out, speaker{span: toks[k].Span, known: true})
			continue
		}
		end := k
		for ; k >= 0 && name(toks[k].Form) && !covered(k); k-- {
			f := toks[k].Form
			org = org || orgWords[strings.ToLower(strings.TrimSuffix(f, "."))] || abbreviation(f)
		}
		if k == end {
			continue
		}
		if k >= 0 && covered(k) {
			if org {
				// "Southern California Edison Co said": the mention is
				// the company's (see companyAfter)
				out = append(out, speaker{span: toks[k].Span, known: true})
			}
			continue
		}
		out = append(out, speaker{span: entente.Span{Start: toks[k+1].Span.Start, End: toks[end].Span.End}})
	}
	return out
}

// speaksAt reports whether the word right after span sp, past adverbs such
// as "also", is a verb of reporting: "it said", "It also noted".
func speaksAt(toks []entente.Token, sp entente.Span) bool {
	for k := range toks {
		if toks[k].Span.Start < sp.End {
			continue
		}
		for k < len(toks) && speakerAdverbs[toks[k].Form] {
			k++
		}
		return k < len(toks) && reportVerbs[toks[k].Form]
	}
	return false
}

// silenced reports whether reference r ("it", "its"), resolved to an
// antecedent, must be dropped given the speakers of the article so far: an
// unknown speaker stands between the antecedent and the reference ("Japan
// imposed tariffs. CPC said it would appeal"), or the reference itself
// speaks ("it said") and the latest speaker before it is unknown.
func silenced(r found, spk []speaker, speaks bool) bool {
	if r.Antecedent == nil {
		return false
	}
	var last *speaker
	for i := range spk {
		u := &spk[i]
		if u.span.End > r.Span.Start {
			break
		}
		last = u
		if !u.known && u.span.Start >= r.Antecedent.End {
			return true
		}
	}
	return speaks && last != nil && !last.known
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

// companyAfter reports whether the words from token j on continue a proper
// name into a word of companies ("California" in "Southern California
// Edison Co", "Boston" in "Boston Corp"): the actor before j is then part of
// a company's name.
func companyAfter(toks []entente.Token, j int) bool {
	for k := j; k < len(toks) && k-j < 4 && name(toks[k].Form); k++ {
		if orgWords[strings.ToLower(strings.TrimSuffix(toks[k].Form, "."))] {
			return true
		}
	}
	return false
}

// companyCode codes a place named in a company's name as a business of the
// place's country ("Southern California Edison": USABUS), and leaves the
// code of an actor that is itself a company or has no country.
func companyCode(h actorHit) string {
	if h.code == "" || IsSpecial(h.code) || strings.HasPrefix(h.code, "MNC") || hasPart(h.code, "BUS") {
		return h.code
	}
	c := countryOf(h.code)
	if c == "" || c != h.code && !h.rec.metonym {
		return h.code
	}
	return CombineAgent(c, Agent{Code: "BUS"})
}

// preferSpeaker returns reference r, which speaks ("..., it said"),
// resolved to the latest speaker before it when a mention in history names
// that speaker ("Japan said ... . ..., it said": Japan, not the actor named
// last); otherwise r as it is.
func preferSpeaker(r found, spk []speaker, history []found) found {
	var last *speaker
	for i := range spk {
		if spk[i].span.End > r.Span.Start {
			break
		}
		last = &spk[i]
	}
	if last == nil || !last.known {
		return r
	}
	for i := len(history) - 1; i >= 0; i-- {
		h := &history[i]
		if h.Span.Start <= last.span.Start && last.span.End <= h.Span.End && h.Code != "" &&
			(h.class == classState || h.class == classGroup) && !h.plural {
			sp := h.Span
			if h.Antecedent != nil {
				sp = *h.Antecedent
			}
			r.Code, r.Antecedent, r.country, r.class = h.Code, &sp, h.country, h.class
			r.Entries = append([]entente.EntryRef(nil), h.Entries...)
			return r
		}
	}
	return r
}
