package parse

import (
	"strings"

	"entente"
)

// timeNouns are the nouns of a time adjunct after a verb of saying ("said
// on Monday", "said last week"), upper case not required.
var timeNouns = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "yesterday": true, "tonight": true,
	"week": true, "weekend": true, "month": true, "year": true, "morning": true,
	"afternoon": true, "evening": true, "night": true, "day": true,
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
