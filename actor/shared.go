package actor

import (
	"strings"

	"entente"
)

// sharedAgent gives the plural agent g, just combined into mention f with
// the adjective before it, to the adjectives listed before that one:
// "Indian and Chinese officials" are Indian officials and Chinese
// officials, "Russian, Chinese and Iranian troops" the troops of three
// countries. Only adjectives share it: in "China and Russian troops" China
// is an actor of its own. It returns out with the mentions added.
func (m *Matcher) sharedAgent(out []found, f found, g agentHit, first int, actors []actorHit, endAt map[int]int,
	keys []string, mk func(i, j int) entente.Mention) []found {
	if !adjectival(keys, actors[first]) {
		return out
	}
	for p := actors[first].i; ; {
		q := p
		for q > 0 && p-q < 2 && (keys[q-1] == "," || keys[q-1] == "and") {
			q--
		}
		ai, ok := endAt[q]
		if q == p || !ok || actors[ai].used || actors[ai].rec.person || !attachable(actors[ai]) ||
			!adjectival(keys, actors[ai]) {
			return out
		}
		prev := actors[ai]
		actors[ai].used = true
		g2 := f
		g2.Mention = mk(prev.i, prev.j)
		g2.Kind = entente.MentionAgent
		g2.Code = CombineAgent(agentBase(prev), Agent{Code: g.rec.code, Before: g.rec.before})
		g2.Entries = []entente.EntryRef{m.actorRef(prev), m.agentRef(g)}
		g2.country = countryOf(g2.Code)
		if g2.Code != "" {
			out = append(out, g2)
		}
		p = prev.i
	}
}

// adjectival reports whether actor hit h is an adjective of nationality:
// one of the demonyms, of one word or more ("North Macedonian"), or a
// one-word adjective by its ending ("Indian", "Chinese", "Pakistani").
func adjectival(keys []string, h actorHit) bool {
	if h.j-h.i < 1 {
		return false
	}
	k := keys[h.j-1]
	if h.rec != nil && strings.Contains(h.rec.file, "demonyms") && (!strings.HasSuffix(k, "s") || k == "swiss") {
		// an adjective of the demonyms (not a plural: "Afghans"), of
		// one word or more ("North Macedonian")
		return true
	}
	if h.j-h.i != 1 {
		return false
	}
	for _, suf := range []string{"ian", "ean", "ese", "ish", "ani", "eli", "aqi", "ari", "ali", "ch", "can", "iti", "eni"} {
		if len(k) > len(suf)+2 && strings.HasSuffix(k, suf) {
			return true
		}
	}
	return irregularDemonyms[k]
}

// irregularDemonyms are adjectives of nationality whose ending the rule of
// adjectival does not know.
var irregularDemonyms = map[string]bool{"afghan": true, "thai": true, "greek": true, "swiss": true, "lao": true,
	"nigerien": true, "burkinabe": true, "qatari": true, "saudi": true, "omani": true, "emirati": true}
