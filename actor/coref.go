package actor

import "entente"

// resolve turns a pending reference into mentions of the actors it refers
// to, searching the article's earlier mentions from the most recent. A
// reference with no compatible antecedent gives nothing, except a bare agent
// with Options.ConvertAgents, which is coded by the agent alone.
func (m *Matcher) resolve(it found, history []found) []found {
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
		if a := pick(func(h *found) bool { return h.country != "" && h.class == classState }); a != nil {
			r := refer(a, a.country)
			r.class = classState
			return []found{r}
		}
	case refGroup:
		if a := pick(func(h *found) bool { return h.class == classGroup }); a != nil {
			return []found{refer(a, a.Code)}
		}
	case refIts:
		if a := pick(notPerson); a != nil {
			return []found{refer(a, a.Code)}
		}
	case refPerson:
		if a := pick(func(h *found) bool { return h.class == classPerson }); a != nil {
			return []found{refer(a, a.Code)}
		}
	case refPlural:
		if a := pick(func(h *found) bool { return h.class == classGroup || h.plural && h.class != classPerson }); a != nil {
			return []found{refer(a, a.Code)}
		}
	case refBoth:
		var out []found
		seen := map[string]bool{}
		for i := len(history) - 1; i >= 0 && len(out) < 2; i-- {
			h := &history[i]
			if h.Span.End > it.Span.Start || h.country == "" || h.class != classState || seen[h.country] {
				continue
			}
			seen[h.country] = true
			r := refer(h, h.country)
			r.class = classState
			out = append(out, r)
		}
		if len(out) == 2 {
			out[0], out[1] = out[1], out[0]
			return out
		}
	case refAgent:
		return m.resolveAgent(it, pick, refer)
	}
	return nil
}

// resolveAgent codes a bare agent: "the militants" refers to the last armed
// group, else to the last country; "the foreign minister" to the last
// country. Without a determiner only ConvertAgents codes it.
func (m *Matcher) resolveAgent(it found, pick func(func(*found) bool) *found, refer func(*found, string) found) []found {
	ag := Agent{Code: it.agent.code, Before: it.agent.before}
	if ag.Code == "" {
		return nil
	}
	if it.det {
		if isArmedCode(ag.Code) {
			if a := pick(func(h *found) bool { return h.class == classGroup && isArmedCode(h.Code) }); a != nil {
				r := refer(a, a.Code)
				r.plural = it.plural
				return []found{r}
			}
		}
		if a := pick(func(h *found) bool { return h.country != "" && h.class != classGroup }); a != nil {
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
	if m.opts.ConvertAgents {
		r := it
		r.ref = refNone
		r.Code = ag.Code
		if it.former {
			r.Code = "ELI"
		}
		return []found{r}
	}
	return nil
}
