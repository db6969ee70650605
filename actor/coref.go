package actor

import (
	"slices"
	"sort"
	"strings"

	"entente"
)

// resolve turns a pending reference into mentions of the actors it refers
// to, searching the article's earlier mentions from the most recent. A
// reference with no compatible antecedent gives nothing, except a bare agent
// with Options.ConvertAgents, which is coded by the agent alone.
func (m *Matcher) resolve(it found, history []found, loc *found) []found {
	pick := func(ok func(*found) bool) *found {
		for i := len(history) - 1; i >= 0; i-- {
			if h := &history[i]; h.Span.End <= it.Span.Start && ok(h) {
				return h
			}
		}
		return nil
	}
	refer := func(ante *found, code string) found {
		r := it
		r.ref = refNone
		r.Code = code
		r.Kind = entente.MentionCoref
		sp := ante.Span
		if ante.Antecedent != nil {
			sp = *ante.Antecedent
		}
		r.Antecedent = &sp
		r.Entries = append(append([]entente.EntryRef(nil), ante.Entries...), it.Entries...)
		r.country = countryOf(code)
		r.class = ante.class
		return r
	}
	notPerson := func(h *found) bool { return h.class != classPerson }
	switch it.ref {
	case refCountry:
		state := func(h *found) bool { return h.country != "" && h.class == classState }
		a := pick(state)
		if it.region != "" {
			// "the South Asian country": the latest country of the region.
			if b := pick(func(h *found) bool { return state(h) && inRegion(it.region, h.country) }); b != nil {
				a = b
			}
		}
		if a != nil {
			r := refer(a, a.country)
			r.class = classState
			return []found{r}
		}
	case refGroup:
		if a := pick(func(h *found) bool { return h.class == classGroup }); a != nil {
			return []found{refer(a, a.Code)}
		}
	case refIts:
		notSelf := func(h *found) bool {
			return notPerson(h) && !(it.notEnd > 0 && h.Sentence == it.Sentence && h.Tokens[1] == it.notEnd)
		}
		if it.notEnd > 0 {
			// the latest other actor: "China is Pakistan's friend, India
			// is its rival"
			if a := pick(notSelf); a != nil {
				return []found{refer(a, a.Code)}
			}
		}
		if a := m.resolveIts(it, history, notSelf); a != nil {
			return []found{refer(a, a.Code)}
		}
	case refIt:
		if a := m.resolveIt(it, history); a != nil {
			return []found{refer(a, a.Code)}
		}
	case refPerson:
		if a := pick(func(h *found) bool { return h.class == classPerson && !localSubject(it, h) }); a != nil {
			return []found{refer(a, a.Code)}
		}
	case refPlural, refThey:
		a := pick(func(h *found) bool {
			return (h.class == classGroup || h.plural && h.class != classPerson) && !localSubject(it, h)
		})
		if list := coordinatedSubjects(it, history); it.ref == refThey && len(list) > 0 && (a == nil || a.Sentence <= list[0].Sentence) {
			out := make([]found, 0, len(list))
			for _, h := range list {
				r := refer(h, h.Code)
				r.class = h.class
				out = append(out, r)
			}
			return out
		}
		if a != nil {
			return []found{refer(a, a.Code)}
		}
	case refBloc:
		if a := pick(func(h *found) bool { return strings.HasPrefix(h.Code, "IGO") && h.Kind != entente.MentionCoref }); a != nil {
			return []found{refer(a, a.Code)}
		}
	case refBoth:
		return resolveBoth(it, history, refer, "")
	case refBothArmies:
		return resolveBoth(it, history, refer, "MIL")
	case refBothPersons:
		if two := bothPersons(it, history); two != nil {
			out := make([]found, 0, 2)
			for _, h := range two {
				out = append(out, refer(h, h.Code))
			}
			return out
		}
		if it.Span.End-it.Span.Start > len("the two men") {
			// "the two leaders" of two countries named without their
			// leaders' names: the two governments.
			return resolveBoth(it, history, refer, "GOV")
		}
	case refAgent:
		return m.resolveAgent(it, history, loc, pick, refer)
	}
	return nil
}

// localSubject reports whether h is the subject, or a conjunct of it, of
// the verb whose object pronoun is it (it.notStart to it.notEnd, set for
// "them" and "him"): "Peruvian troops ambushed them" does not tell the
// troops ambushed themselves.
func localSubject(it found, h *found) bool {
	return it.notEnd > 0 && h.Sentence == it.Sentence && h.Tokens[1] <= it.notEnd && h.Tokens[0] >= it.notStart
}

// resolveBoth finds the two countries "the two countries" refers to: the
// two latest distinct countries, except that when the latest sentence that
// names countries names more than two ("Poland, which borders Belarus, sent
// guards to Lithuania. The two countries ..."), the two of them the article
// has named most often so far are taken (the latest first on a tie): a
// country named in passing is less likely to be one of the pair the
// article is about.
//
// role, when not "", is added to each country's code ("the two armies":
// MIL).
func resolveBoth(it found, history []found, refer func(*found, string) found, role string) []found {
	ok := func(h *found) bool {
		// a state, or a person of one ("the first senior UAE official to
		// visit Yugoslavia since the two countries ...")
		return h.Span.End <= it.Span.Start && h.country != "" && (h.class == classState || h.class == classPerson) &&
			!(it.addressed && h.subj && h.Sentence == it.Sentence)
	}
	index := func(h *found) int {
		for i := range history {
			if &history[i] == h {
				return i
			}
		}
		return -1
	}
	count := map[string]int{}
	last := -1 // sentence of the latest country mention
	var order []*found
	for i := len(history) - 1; i >= 0; i-- {
		h := &history[i]
		if !ok(h) {
			continue
		}
		count[h.country]++
		if last < 0 {
			last = h.Sentence
		}
		if h.Sentence == last && count[h.country] == 1 {
			order = append(order, h) // the latest sentence's countries, latest first
		}
	}
	var picked []*found
	if it.addressed && len(order) < 2 {
		// "Kenya called on both sides to show restraint", the sentence
		// naming fewer than two others: the two countries of the latest
		// earlier sentence that names two, the sides of what the
		// article reports (the two it has named most often when that
		// sentence names more)
		var subject string // the addressing subject's country
		for i := len(history) - 1; i >= 0; i-- {
			if h := &history[i]; h.Sentence == it.Sentence && h.subj && h.Span.End <= it.Span.Start && h.country != "" {
				subject = h.country
				break
			}
		}
		for i := len(history) - 1; i >= 0 && picked == nil; {
			s := history[i].Sentence
			var in []*found
			seen := map[string]bool{}
			for ; i >= 0 && history[i].Sentence == s; i-- {
				if h := &history[i]; s < it.Sentence && ok(h) && h.country != subject && !seen[h.country] {
					seen[h.country] = true
					in = append(in, h)
				}
			}
			if len(in) >= 2 {
				sort.SliceStable(in, func(a, b int) bool { return count[in[a].country] > count[in[b].country] })
				picked = in[:2]
			}
		}
	}
	switch {
	case picked != nil:
	case len(order) > 2:
		sort.SliceStable(order, func(a, b int) bool { return count[order[a].country] > count[order[b].country] })
		picked = order[:2]
	default:
		seen := map[string]bool{}
		for i := len(history) - 1; i >= 0 && len(picked) < 2; i-- {
			if h := &history[i]; ok(h) && !seen[h.country] {
				seen[h.country] = true
				picked = append(picked, h)
			}
		}
	}
	if len(picked) != 2 {
		return nil
	}
	// the earlier in the article first
	if index(picked[0]) > index(picked[1]) {
		picked[0], picked[1] = picked[1], picked[0]
	}
	out := make([]found, 0, 2)
	for _, h := range picked {
		r := refer(h, h.country+role)
		r.class = classState
		out = append(out, r)
	}
	return out
}

// resolveIts finds the antecedent of "its": the mention it follows across
// prepositions only ("sanctions against Russia over its actions"), else
// the latest mention of its sentence that stands as a subject ("Pakistan
// supported the Taliban as part of its strategy"), else the first mention
// of its sentence ("For Islamabad, the need to secure its border"), else
// the latest mention before the sentence.
func (m *Matcher) resolveIts(it found, history []found, ok func(*found) bool) *found {
	first, subj, near := -1, -1, -1
	for i := len(history) - 1; i >= 0; i-- {
		h := &history[i]
		if h.Sentence != it.Sentence {
			break
		}
		if h.Span.End > it.Span.Start || !ok(h) {
			continue
		}
		first = i
		if subj < 0 && h.subj {
			subj = i
		}
		if near < 0 && it.ppEnd > 0 && h.Tokens[1] == it.ppEnd {
			near = i
		}
	}
	for _, i := range []int{near, subj, first} {
		if i >= 0 {
			return &history[i]
		}
	}
	for i := len(history) - 1; i >= 0; i-- {
		if h := &history[i]; h.Span.End <= it.Span.Start && ok(h) {
			return h
		}
	}
	return nil
}

// resolveAgent codes a bare agent: "the militants" refers to the last armed
// group, else to the last country; "the foreign minister" to the last
// country, "its foreign minister" to the country "its" refers to. Without a
// determiner it takes the country where its sentence happens (loc, see
// locativeFor), else only ConvertAgents codes it.
func (m *Matcher) resolveAgent(it found, history []found, loc *found, pick func(func(*found) bool) *found, refer func(*found, string) found) []found {
	ag := Agent{Code: it.agent.code, Before: it.agent.before}
	if ag.Code == "" {
		return nil
	}
	if loc != nil {
		// "Gunmen kidnapped students in northern Nigeria": the country
		// where the sentence happens (see locativeFor). The place may
		// come after the agent, so it is not an antecedent: its
		// dictionary entries say where the country came from.
		r := it
		r.ref = refNone
		r.Code = CombineAgent(loc.country, ag)
		r.Entries = append(append([]entente.EntryRef(nil), it.Entries...), loc.Entries...)
		r.country = loc.country
		r.class = agentClass(it.last, it.plural, r.Code)
		return []found{r}
	}
	if it.det {
		if isArmedCode(ag.Code) {
			if a := pick(func(h *found) bool { return h.class == classGroup && isArmedCode(h.Code) }); a != nil {
				r := refer(a, a.Code)
				r.plural = it.plural
				return []found{r}
			}
		}
		state := func(h *found) bool { return h.country != "" && h.class != classGroup }
		a := pick(state)
		if a == nil {
			// "Nepal's Maoist rebels signed an accord with the
			// government": with no state named before, the state of
			// an armed group its sentence names by its country
			a = pick(func(h *found) bool {
				return h.country != "" && h.Kind == entente.MentionAgent && h.Sentence == it.Sentence && armedAgent(h.Code)
			})
		}
		if s := pick(func(h *found) bool { return state(h) && h.subj && h.Sentence == it.Sentence }); s != nil && a != nil && a.Sentence == it.Sentence && !localOffice[it.last] {
			// "Israeli jets struck targets in Gaza, the army said": within
			// a sentence, the subject's country rather than the latest
			// (but "Russian forces shelled Kharkiv, the governor said":
			// a governor or mayor is of the place struck, the latest)
			a = s
		}
		if it.detIts {
			// "its people": the antecedent of "its".
			a = m.resolveIts(it, history, state)
		}
		if it.andAt > 0 {
			// "the Colombian government and the rebels": the country of
			// the conjunct right before "and"
			if c := pick(func(h *found) bool {
				return state(h) && h.Sentence == it.Sentence && h.Tokens[1] == it.andAt
			}); c != nil {
				a = c
			}
		}
		if a != nil {
			code := CombineAgent(a.country, ag)
			if it.former {
				code = a.country + "ELI"
			}
			r := refer(a, code)
			r.class = agentClass(it.last, it.plural, code)
			r.plural = it.plural
			return []found{r}
		}
	}
	if m.converts() {
		r := it
		r.ref = refNone
		r.Code = m.convertAgent(it)
		return []found{r}
	}
	return nil
}

// localOffice are the last words of agents that hold office in a place,
// not a state: "the governor" is of the town or region the sentence names.
var localOffice = map[string]bool{"governor": true, "governors": true, "mayor": true, "mayors": true}

// converts reports whether an agent with no actor is coded on its own.
func (m *Matcher) converts() bool { return m.opts.ConvertAgents || m.opts.UnknownActor != "" }

// convertAgent codes an agent with no actor: by the agent alone ("ELI" for
// a former one), after Options.UnknownActor when set.
func (m *Matcher) convertAgent(it found) string {
	ag := Agent{Code: it.agent.code, Before: it.agent.before}
	if it.former {
		ag = Agent{Code: "ELI"}
	}
	if m.opts.UnknownActor == "" {
		return ag.Code
	}
	return CombineAgent(m.opts.UnknownActor, ag)
}

// resolveIt finds the antecedent of "it": a state or group not plural. A
// sentence-initial "It" prefers the first subject of the sentence before
// ("The ministry expelled the diplomats. It also closed ..."); an "it" in
// a subject's place the latest subject of its sentence ("The United States
// blamed Iran and said it was ready"); an object "it" the latest mention of
// another actor than its clause's subject ("Turkey supported Baku and
// supplied it"); else the latest such mention. The noun an object relative
// clause hangs on is never the "it" of that clause ("sanctions on Eritrea,
// which it imposed").
func (m *Matcher) resolveIt(it found, history []found) *found {
	ok := func(h *found) bool {
		return h.Span.End <= it.Span.Start && !h.plural && (h.class == classState || h.class == classGroup) &&
			!(it.notEnd > 0 && h.Sentence == it.Sentence && h.Tokens[1] == it.notEnd)
	}
	if it.Tokens[0] == 0 {
		prev := -1
		for i := len(history) - 1; i >= 0; i-- {
			if s := history[i].Sentence; s < it.Sentence {
				prev = s
				break
			}
		}
		var subj *found
		for i := len(history) - 1; i >= 0 && history[i].Sentence >= prev; i-- {
			if h := &history[i]; h.Sentence == prev && h.subj && ok(h) {
				subj = h
			}
		}
		if subj != nil {
			return subj
		}
	} else if it.subj {
		for i := len(history) - 1; i >= 0 && history[i].Sentence == it.Sentence; i-- {
			if h := &history[i]; ok(h) && h.subj {
				return h
			}
		}
	} else {
		// An object is not its clause's subject, which would be "itself".
		var clause *found
		for i := len(history) - 1; i >= 0 && history[i].Sentence == it.Sentence; i-- {
			if h := &history[i]; ok(h) && h.subj {
				clause = h
				break
			}
		}
		for i := len(history) - 1; i >= 0; i-- {
			if h := &history[i]; ok(h) && (clause == nil || h.Code != clause.Code) {
				return h
			}
		}
	}
	for i := len(history) - 1; i >= 0; i-- {
		if h := &history[i]; ok(h) {
			return h
		}
	}
	return nil
}

// coordinatedSubjects finds what "they" refers to when two or more actors,
// of distinct codes, stand where subjects stand before it in its own
// sentence ("Finland and Sweden said they would ..."), else in the latest
// earlier sentence that names actors ("Saudi Arabia, Bahrain and Egypt cut
// ties with Qatar. They accused Doha ..."): those actors, in their order.
// It returns nothing when neither has two.
func coordinatedSubjects(it found, history []found) []*found {
	collect := func(ok func(h *found) bool, stop func(h *found) bool) []*found {
		var list []*found
		seen := map[string]bool{}
		for i := len(history) - 1; i >= 0; i-- {
			h := &history[i]
			if !ok(h) {
				continue
			}
			if stop(h) {
				break
			}
			if h.subj && h.class != classPerson && h.Kind != entente.MentionCoref && !seen[h.Code] {
				seen[h.Code] = true
				list = append(list, h)
			}
		}
		slices.Reverse(list)
		return list
	}
	same := collect(func(h *found) bool { return h.Sentence == it.Sentence && h.Span.End <= it.Span.Start },
		func(h *found) bool { return false })
	if len(same) >= 2 {
		return same
	}
	sent := -1
	prev := collect(func(h *found) bool { return h.Sentence < it.Sentence }, func(h *found) bool {
		if sent < 0 {
			sent = h.Sentence
		}
		return h.Sentence != sent
	})
	if len(prev) < 2 {
		return nil
	}
	return prev
}

// bothPersons finds the two persons "the two leaders" or "the two men"
// refers to: the two latest persons named before it, of two countries,
// within the last three sentences; the earlier first. "The two ministers"
// and "the two presidents" are first sought among persons named with
// that office, within the last six sentences ("the Chinese minister ...
// Pakistan's foreign minister ... the two ministers").
func bothPersons(it found, history []found) []*found {
	if it.title != "" {
		if two := latestPersons(it, history, 5, func(h *found) bool { return hasTitle(h, it.title) }); two != nil {
			return two
		}
	}
	return latestPersons(it, history, 2, func(*found) bool { return true })
}

// latestPersons returns the two latest persons before it, of two
// countries, within window sentences before its own, that ok accepts; the
// earlier first; nil when there are not two.
func latestPersons(it found, history []found, window int, ok func(*found) bool) []*found {
	var two []*found
	for i := len(history) - 1; i >= 0 && len(two) < 2; i-- {
		h := &history[i]
		if h.Span.End > it.Span.Start {
			continue
		}
		if it.Sentence-h.Sentence > window {
			break
		}
		if h.class != classPerson || h.country == "" || len(two) == 1 && two[0].country == h.country || !ok(h) {
			continue
		}
		two = append(two, h)
	}
	if len(two) != 2 {
		return nil
	}
	return []*found{two[1], two[0]}
}

// hasTitle reports whether person h is named with the office's word
// ("Pakistan's foreign minister", "Foreign Minister Wang Yi" for
// "minister").
func hasTitle(h *found, title string) bool {
	ws := strings.Fields(h.words)
	for i, w := range ws {
		if w == title && (i == 0 || ws[i-1] != "prime" && ws[i-1] != "chief") {
			return true // (a prime minister is no minister of "the two ministers")
		}
	}
	return false
}
