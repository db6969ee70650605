package coder

import (
	"sort"
	"strings"
	"unicode"

	"entente"
	"entente/coder/verbs"
)

// CodeWordOrder codes a sentence without a parse, by TABARI's word-order
// rules (the "tabari" compatibility mode, TABARI manual chapters 5.8 and 7):
//
//   - parsed compound actors: actors joined by commas and AND, possibly
//     after determiners or dictionary adjectives, act together;
//   - pronouns: HE, SHE, IT stand for the first actor of the sentence; ITS,
//     HIS, HER for the first actor, when it precedes them; THEY, THEM, THEIR for the
//     first compound actor, else the first actor;
//   - comma-delimited clauses of three to ten words are dropped, unless
//     they hold a compound actor;
//   - the sentence is cut into clauses at AND, BUT, OR and NOR outside
//     compounds; each clause yields the event of its first verb that has a
//     code (a word after THE, A or AN, or capitalised inside the sentence,
//     is a noun, not a verb);
//   - patterns are matched within the clause, longest first; the source is
//     the first actor before the verb (after a conjunction, the previous
//     clause's source unless an actor opens the clause), the target the
//     first actor after the verb with a different code, else the first one
//     before it; a compound source without a target acts on itself;
//   - passive voice (WAS, WERE or BEEN one or two words before the verb and
//     BY right after it) swaps source and target.
//
// special is verbs.Discard or verbs.Complex when an entry with that code
// matched (and no events are returned), "" otherwise.
func (c *Coder) CodeWordOrder(a *entente.Article, s *entente.Sentence, mentions []entente.Mention) (evs []entente.Event, special string) {
	if len(mentions) == 0 {
		return nil, ""
	}
	// TABARI resolves pronouns by its own rules, below.
	var own []entente.Mention
	for _, m := range mentions {
		if m.Kind != entente.MentionCoref {
			own = append(own, m)
		}
	}
	if len(own) == 0 {
		return nil, ""
	}
	sc := newSentence(s, own)
	w := &wordOrder{c: c, sc: sc}
	w.units()
	w.pronouns()
	keep := w.dropCommaClauses()
	clauses := w.clauses(keep)
	if cx := c.opt.Complexity; cx != nil && w.tooComplex(cx, keep, len(clauses)-1) {
		return nil, verbs.Complex
	}
	var carried *unit
	var preds []*predicate
	for ci, cl := range clauses {
		if len(cl) == 0 {
			continue
		}
		if u := w.unitAt[cl[0]]; ci > 0 && u != nil {
			carried = u
		}
		p, sp, src := w.codeClause(cl, carried, ci == 0)
		if sp != "" {
			return nil, sp
		}
		if carried == nil && src != nil {
			carried = src
		}
		if p != nil {
			preds = append(preds, p)
		}
	}
	// Dominant codes silence the rest; subordinate codes count only alone.
	hasDom, hasNormal := false, false
	for _, p := range preds {
		hasDom = hasDom || p.code.Dominant
		hasNormal = hasNormal || !p.code.Subordinate
	}
	for _, p := range preds {
		if hasDom && !p.code.Dominant || !hasDom && hasNormal && p.code.Subordinate {
			continue
		}
		evs = append(evs, c.events(a, sc, p, len(evs))...)
	}
	return evs, ""
}

// unit is an actor as TABARI sees it: one mention, a parsed compound, or a
// pronoun standing for either.
type unit struct {
	start, end int   // tokens
	members    []int // mention indices
	code       string
}

type wordOrder struct {
	c      *Coder
	sc     *sentence
	list   []*unit
	unitAt map[int]*unit // first token -> unit
	inUnit []*unit       // every token -> unit covering it
}

func (w *wordOrder) word(i int) string { return upper(w.sc.toks[i].Form) }

func isDeterminer(s string) bool { return s == "THE" || s == "A" || s == "AN" }

// units groups the mentions into actors and parsed compounds.
func (w *wordOrder) units() {
	n := len(w.sc.toks)
	w.unitAt, w.inUnit = map[int]*unit{}, make([]*unit, n)
	var single []*unit
	for i := 0; i < n; {
		mi := w.sc.mentAt[i]
		if mi < 0 {
			i++
			continue
		}
		j := i
		for j < n && w.sc.mentAt[j] == mi {
			j++
		}
		single = append(single, &unit{start: i, end: j, members: []int{mi}, code: w.sc.mentions[mi].Code})
		i = j
	}
	for k := 0; k < len(single); k++ {
		u := single[k]
		for k+1 < len(single) {
			next := single[k+1]
			joined, and := true, false
			for t := u.end; t < next.start; t++ {
				wd := w.word(t)
				switch {
				case wd == "AND":
					and = true
				case wd == "," || isDeterminer(wd) || w.c.dict.Adjectives[wd]:
				default:
					joined = false
				}
			}
			if !joined || u.end == next.start {
				break
			}
			// a list must end with AND: look ahead through commas
			if !and {
				ok := false
				for m := k + 1; m+1 < len(single) && !ok; m++ {
					for t := single[m].end; t < single[m+1].start; t++ {
						if w.word(t) == "AND" {
							ok = true
						}
					}
				}
				if !ok {
					break
				}
			}
			u = &unit{start: u.start, end: next.end, members: append(append([]int(nil), u.members...), next.members...), code: u.code}
			k++
		}
		w.list = append(w.list, u)
	}
	for _, u := range w.list {
		w.unitAt[u.start] = u
		for t := u.start; t < u.end; t++ {
			w.inUnit[t] = u
		}
	}
}

// pronouns adds units for pronouns, as mentions copied from their referents.
func (w *wordOrder) pronouns() {
	if len(w.list) == 0 {
		return
	}
	first := w.list[0]
	var firstCompound *unit
	for _, u := range w.list {
		if len(u.members) > 1 {
			firstCompound = u
			break
		}
	}
	for i := range w.sc.toks {
		if w.inUnit[i] != nil {
			continue
		}
		var ref *unit
		switch w.word(i) {
		case "HE", "SHE", "IT", "HIM":
			if first.start < i {
				ref = first
			}
		case "ITS", "HIS", "HER":
			if first.end <= i {
				ref = first
			}
		case "THEY", "THEM", "THEIR":
			ref = firstCompound
			if ref == nil && first.start < i {
				ref = first
			}
		}
		if ref == nil {
			continue
		}
		u := &unit{start: i, end: i + 1, code: ref.code}
		for _, mi := range ref.members {
			m := w.sc.mentions[mi]
			m.Tokens, m.Span = [2]int{i, i + 1}, w.sc.toks[i].Span
			m.Kind = entente.MentionCoref
			w.sc.mentions = append(w.sc.mentions, m)
			u.members = append(u.members, len(w.sc.mentions)-1)
		}
		w.sc.mentAt[i] = u.members[0]
		w.unitAt[i], w.inUnit[i] = u, u
	}
}

// dropCommaClauses returns the tokens kept after removing comma-delimited
// nonrestrictive clauses (TABARI's defaults): a phrase between two commas,
// or between the last comma and the sentence's final punctuation, of three
// to ten words; the phrase before the first comma is always kept. An actor
// the dropped text cuts through is cancelled.
func (w *wordOrder) dropCommaClauses() []int {
	n := len(w.sc.toks)
	var bounds []int
	for i := 0; i < n; i++ {
		// commas inside a parsed compound do not count; commas inside
		// one actor's phrase do
		if u := w.inUnit[i]; w.word(i) == "," && (u == nil || len(u.members) < 2) {
			bounds = append(bounds, i)
		}
	}
	if n > 0 && inSet(w.word(n-1), ".", "!", "?") {
		bounds = append(bounds, n-1)
	}
	drop := make([]bool, n)
	for k := 0; k+1 < len(bounds); k++ {
		lo, hi := bounds[k], bounds[k+1]
		words := 0
		for t := lo + 1; t < hi; t++ {
			if isWord(w.sc.toks[t].Form) {
				words++
			}
		}
		if words > 2 && words <= 10 {
			for t := lo; t < hi; t++ {
				drop[t] = true
			}
		}
	}
	// an actor cut by a dropped clause is cancelled
	for _, u := range w.list {
		cut := false
		for t := u.start; t < u.end; t++ {
			cut = cut || drop[t]
		}
		if !cut {
			continue
		}
		delete(w.unitAt, u.start)
		for t := u.start; t < u.end; t++ {
			w.inUnit[t] = nil
			w.sc.mentAt[t] = -1
		}
	}
	var keep []int
	for i := 0; i < n; i++ {
		if !drop[i] {
			keep = append(keep, i)
		}
	}
	return keep
}

func isWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// clauses cuts the kept tokens at conjunctions outside compounds.
func (w *wordOrder) clauses(keep []int) [][]int {
	var out [][]int
	var cur []int
	for _, t := range keep {
		switch w.word(t) {
		case "AND", "BUT", "OR", "NOR":
			if w.inUnit[t] == nil && !w.compoundPhrase(t) {
				out = append(out, cur)
				cur = nil
				continue
			}
		}
		cur = append(cur, t)
	}
	return append(out, cur)
}

// tooComplex applies the complexity conditions to the kept tokens; conj is
// the number of clause-delimiting conjunctions.
func (w *wordOrder) tooComplex(cx *Complexity, keep []int, conj int) bool {
	nverbs, nactors, npron := 0, 0, 0
	firstVerb := -1
	for k, t := range keep {
		if u := w.unitAt[t]; u != nil {
			if w.sc.mentions[u.members[0]].Kind == entente.MentionCoref {
				npron++
			} else {
				nactors += len(u.members)
			}
			continue
		}
		if w.inUnit[t] != nil || w.isNounAt(keep, k) {
			continue
		}
		if vs, _, _ := w.verbsAt(t); len(vs) > 0 {
			nverbs++
			if firstVerb < 0 {
				firstVerb = t
			}
		}
	}
	prior, after := false, false
	for _, u := range w.list {
		if firstVerb >= 0 && u.start < firstVerb {
			prior = true
		}
		if firstVerb >= 0 && u.start > firstVerb {
			after = true
		}
	}
	return cx.Verbs > 0 && nverbs >= cx.Verbs || cx.Actors > 0 && nactors >= cx.Actors ||
		cx.Pronouns > 0 && npron >= cx.Pronouns || cx.Conj > 0 && conj >= cx.Conj ||
		cx.NoVerb && firstVerb < 0 || cx.NoActPrior && firstVerb >= 0 && !prior ||
		cx.NoActAfter && firstVerb >= 0 && !after
}

// compoundPhrase reports whether the conjunction at t joins a compound
// adjective phrase (ADJ and ADJ) or a compound noun phrase (NOUN and ADJ*
// NOUN), which does not end a clause.
func (w *wordOrder) compoundPhrase(t int) bool {
	if t == 0 || t+1 >= len(w.sc.toks) {
		return false
	}
	prev, next := w.word(t-1), w.word(t+1)
	adj, noun := w.c.dict.Adjectives, w.c.dict.Nouns
	if adj[prev] && adj[next] {
		return true
	}
	if !noun[prev] {
		return false
	}
	for k := t + 1; k < len(w.sc.toks); k++ {
		switch wd := w.word(k); {
		case noun[wd]:
			return true
		case !adj[wd]:
			return false
		}
	}
	return false
}

// isNoun applies TABARI's noun rules to a dictionary word at position k of
// the clause.
func (w *wordOrder) isNoun(cl []int, k int) bool { return w.isNounAt(cl, k) }

func (w *wordOrder) isNounAt(cl []int, k int) bool {
	t := cl[k]
	if k > 0 && isDeterminer(w.word(cl[k-1])) {
		return true
	}
	f := w.sc.toks[t].Form
	if t > 0 && f != "" && unicode.IsUpper([]rune(f)[0]) && strings.ToUpper(f) != f {
		return true
	}
	return false
}

func (w *wordOrder) verbsAt(i int) (vs []*verbs.Verb, start, n int) {
	vs, start, n = w.c.verbsAt(w.sc, i)
	if len(vs) == 0 && w.c.dict.Stem {
		// TABARI roots are stems: "CONTRIBUT" codes "contributed".
		f := w.sc.toks[i].Form
		for k := len(f) - 1; k >= 3 && len(vs) == 0; k-- {
			for _, v := range w.c.dict.Lookup(f[:k]) {
				if len(v.Words()) == 1 {
					vs = append(vs, v)
				}
			}
		}
		start, n = i, 1
	}
	return vs, start, n
}

// codeClause finds the event of a clause: its first verb with a code, unless
// a later verb has a dominant code, and a subordinate code only when nothing
// else is found. It returns the predicate (nil when none), a special code,
// and the clause's first actor.
func (w *wordOrder) codeClause(cl []int, carried *unit, firstClause bool) (*predicate, string, *unit) {
	var firstActor *unit
	pos := map[int]int{}
	for k, t := range cl {
		pos[t] = k
		if u := w.unitAt[t]; u != nil && firstActor == nil {
			firstActor = u
		}
	}
	var normal, sub, dom *predicate
	for k := 0; k < len(cl) && dom == nil; k++ {
		p, special := w.verbEvent(cl, pos, k, carried, firstClause)
		if special != "" {
			if normal == nil && sub == nil {
				return nil, special, firstActor
			}
			continue
		}
		if p == nil {
			continue
		}
		switch {
		case p.code.Dominant:
			dom = p
		case p.code.Subordinate:
			if sub == nil && normal == nil {
				sub = p
			}
		case normal == nil:
			normal = p
		}
	}
	switch {
	case dom != nil:
		return dom, "", firstActor
	case normal != nil:
		return normal, "", firstActor
	}
	return sub, "", firstActor
}

// verbEvent codes the verb at position k of the clause, if there is one.
func (w *wordOrder) verbEvent(cl []int, pos map[int]int, k int, carried *unit, firstClause bool) (*predicate, string) {
	i := cl[k]
	if w.inUnit[i] != nil || w.isNoun(cl, k) {
		return nil, ""
	}
	vs, start, n := w.verbsAt(i)
	if len(vs) == 0 {
		return nil, ""
	}
	if ps, ok := pos[start]; !ok || ps != k-(i-start) {
		return nil, ""
	}
	// the clause as a matcher sees it
	mc := &clause{verb: k - (i - start), verbEnd: k - (i - start) + n}
	for _, t := range cl {
		mc.toks = append(mc.toks, t)
		mc.words = append(mc.words, w.sc.words[t])
		mc.lemmas = append(mc.lemmas, w.sc.lemmas[t])
		mc.mention = append(mc.mention, w.sc.mentAt[t])
	}
	m := newMatcher(mc, w.c.dict, w.sc)
	m.wordOrder = true
	var pats []*verbs.Pattern
	seen := map[*verbs.Block]bool{}
	for _, v := range vs {
		if !seen[v.Block] {
			seen[v.Block] = true
			pats = append(pats, v.Block.Patterns...)
		}
	}
	sort.SliceStable(pats, func(x, y int) bool { return pats[x].Length > pats[y].Length })
	p := &predicate{tok: i, span: w.sc.toks[start].Span.Cover(w.sc.toks[start+n-1].Span)}
	var b bindings
	matched := false
	if pat, bb, ok := m.choose(pats); ok {
		b, p.code, p.ref, p.byPat, matched = bb, pat.Code, pat.Ref, true, true
	}
	if !matched {
		for _, v := range vs {
			if dc := v.DefaultCode(); !dc.IsNull() {
				p.code, p.ref = dc, v.Ref
				break
			}
		}
	}
	if p.code.Source == verbs.Discard || p.code.Source == verbs.Complex {
		return nil, p.code.Source
	}
	if p.code.IsNull() {
		return nil, ""
	}
	w.assign(p, b, cl, mc.verb, mc.verbEnd, carried, firstClause)
	if len(p.src) == 0 && len(p.compound) == 0 {
		return nil, ""
	}
	if w.c.opt.RequireTarget && len(p.tgt) == 0 && len(p.compound) < 2 && len(p.src) < 2 {
		return nil, "" // no dyad: look further
	}
	return p, ""
}

func (w *wordOrder) expand(mis []int) []int {
	var out []int
	for _, mi := range mis {
		t := w.sc.mentions[mi].Tokens[0]
		if t >= 0 && t < len(w.inUnit) && w.inUnit[t] != nil {
			out = append(out, w.inUnit[t].members...)
		} else {
			out = append(out, mi)
		}
	}
	return dedup(out)
}

// assign fills the predicate's source and target by the default searches.
func (w *wordOrder) assign(p *predicate, b bindings, cl []int, v, vEnd int, carried *unit, firstClause bool) {
	if len(b.compound) > 0 {
		p.compound = w.expand(b.compound)
		return
	}
	var src, tgt *unit
	unitsIn := func(lo, hi int) []*unit {
		var out []*unit
		for k := lo; k < hi; k++ {
			if u := w.unitAt[cl[k]]; u != nil {
				out = append(out, u)
			}
		}
		return out
	}
	before, after := unitsIn(0, v), unitsIn(vEnd, len(cl))
	codeOf := func(mis []int) string {
		if len(mis) == 0 {
			return ""
		}
		return w.sc.mentions[mis[0]].Code
	}
	if len(b.target) > 0 {
		p.tgt = w.expand(b.target)
	}
	if len(b.source) > 0 {
		p.src = w.expand(b.source)
	} else {
		if !firstClause && carried != nil && (len(before) == 0 || before[0].start != cl[0]) {
			src = carried
		}
		for _, u := range before {
			if src != nil {
				break
			}
			if len(p.tgt) == 0 || u.code != codeOf(p.tgt) {
				src = u
			}
		}
		if src == nil && len(p.tgt) > 0 {
			// a target set by the pattern: the first other actor
			for _, u := range unitsIn(0, len(cl)) {
				if u.code != codeOf(p.tgt) {
					src = u
					break
				}
			}
		}
		if src == nil && carried != nil {
			src = carried
		}
		if src != nil {
			p.src = src.members
		}
	}
	if len(b.target) == 0 {
		sc := codeOf(p.src)
		for _, u := range after {
			if u.code != sc {
				tgt = u
				break
			}
		}
		if tgt == nil {
			for _, u := range before {
				if u.code != sc && (src == nil || u != src) {
					tgt = u
					break
				}
			}
		}
		if tgt != nil {
			p.tgt = tgt.members
		}
	}
	// passive voice swaps the default roles
	by := vEnd < len(cl) && w.word(cl[vEnd]) == "BY" || vEnd+1 < len(cl) && w.word(cl[vEnd+1]) == "BY"
	if len(b.source) == 0 && len(b.target) == 0 && by {
		for k := max(0, v-2); k < v; k++ {
			if wd := w.word(cl[k]); wd == "WAS" || wd == "WERE" || wd == "BEEN" {
				if len(p.tgt) > 0 {
					p.src, p.tgt = p.tgt, p.src
				}
				break
			}
		}
	}
}
