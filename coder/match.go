package coder

import (
	"strings"

	"entente"
	"entente/cameo"
	"entente/coder/verbs"
	"entente/internal/calendar"
)

// clause is the part of a sentence a pattern is matched against: token
// indices in sentence order, the position of the verb among them, and the
// actor mention (index into the sentence's mentions, -1 for none) at each
// token.
type clause struct {
	toks    []int
	verb    int // position in toks of the verb's (first) token
	verbEnd int // position after the verb's last token
	words   []string
	lemmas  []string
	mention []int
	// infinitive marks the infinitive markers ("to" before a verb), known
	// from the parse; nil without one
	infinitive []bool
	// inside holds, at each position, the position of the marker "to" of
	// the innermost infinitive clause of purpose after the verb's object
	// that holds the token there and begins before it ("welcomed the
	// minister to discuss military support": the "to" before "discuss" at
	// "support"; see sentence.markInfinitives), -1 for none; nil without
	// a parse. A gap in a pattern does not reach into such a clause past
	// its marker (see seqFrom).
	inside []int

	// the dictionary's word numbers at each position (see index): of the
	// form and lemma as whole words (-1 for none), and of the words they
	// equal or inflect; and the set of all numbers the clause can match.
	// They share their storage with the sentence's other clauses (see
	// tokenIndex): valid until the next clause of the sentence is indexed.
	fx, lx     []int32
	fids, lids [][]int32
	has        []uint64
}

// tokenIndex is a sentence's tokens looked up in the dictionary's word
// index, once for all the clauses of the sentence: the numbers of the
// upper-cased form and lemma as whole words (-1 for none), of the words
// they equal or inflect, and under TABARI's stemming of the words that
// begin the form. A token is looked up when a clause first holds it.
type tokenIndex struct {
	d             *verbs.Dictionary
	words, lemmas []string
	finfo, linfo  []int32 // the sentence's (sentence.lookUp)
	done          []bool  // the token has been looked up
	fx, lx        []int32
	fids, lids    [][]int32
	stems         [][]int32
	// joined is the number of the word that token i and token i+1 make
	// written together ("DIDN'T" from "DID" "N'T"), -1 for none, -2 when
	// not looked up yet
	joined []int32
	buf    []byte
	// has, ids and idss back the clauses' set of word numbers and their
	// numbers at each position, reused from one clause to the next: a
	// clause is matched before the next one is made
	has  []uint64
	ids  []int32
	idss [][]int32
	// scr is the sentence's scratch, which the arrays above come from
	scr *scratch
}

func newTokenIndex(d *verbs.Dictionary, sc *sentence) *tokenIndex {
	sc.lookUp(d)
	n := len(sc.words)
	scr := sc.scr
	scr.done, scr.fx, scr.lx = sized(scr.done, n), sized(scr.fx, n), sized(scr.lx, n)
	scr.fids, scr.lids, scr.joined = sized(scr.fids, n), sized(scr.lids, n), sized(scr.joined, n)
	ti := &tokenIndex{d: d, words: sc.words, lemmas: sc.lemmas, finfo: sc.finfo, linfo: sc.linfo, done: scr.done,
		fx: scr.fx, lx: scr.lx, fids: scr.fids, lids: scr.lids, joined: scr.joined,
		buf: scr.joinBuf[:0], has: scr.has, ids: scr.ids, idss: scr.idss, scr: scr}
	for i := range ti.joined {
		ti.joined[i] = -2
	}
	if d.Stem {
		scr.stems = sized(scr.stems, n)
		ti.stems = scr.stems
	}
	return ti
}

// token looks token i up, unless that is done.
func (ti *tokenIndex) token(i int) {
	if ti.done[i] {
		return
	}
	ti.done[i] = true
	if quantifierAt(ti.words, i) {
		// "killed at least 12 fighters": no preposition for a
		// pattern's "AT" ("- + * &PREPOSIT1 $", killed at the hands
		// of), no word of any pattern
		ti.fids[i], ti.fx[i], ti.lids[i], ti.lx[i] = nil, -1, nil, -1
		return
	}
	d := ti.d
	f := ti.words[i]
	fi, li := d.Info(ti.finfo[i]), d.Info(ti.linfo[i])
	ti.fids[i], ti.fx[i] = fi.IDs, fi.ID
	ti.lids[i], ti.lx[i] = li.IDs, li.ID
	if d.Stem {
		for k := 1; k < len(f); k++ {
			if id, ok := d.WordID(f[:k]); ok {
				ti.stems[i] = append(ti.stems[i], id)
			}
		}
	}
}

// quantifierAt reports whether word i is the "at" of a quantifier of
// number ("at least", "at most").
func quantifierAt(words []string, i int) bool {
	return words[i] == "AT" && i+1 < len(words) && (words[i+1] == "LEAST" || words[i+1] == "MOST")
}

// join returns the number of the word that tokens i and i+1 make written
// together, or -1.
func (ti *tokenIndex) join(i int) int32 {
	if ti.joined[i] == -2 {
		ti.joined[i] = joinedID(ti.d, ti.words[i], ti.words[i+1], &ti.buf)
	}
	return ti.joined[i]
}

// index takes the clause's words' numbers from its sentence's token index,
// so that matching compares numbers, and gathers the set of numbers the
// clause can match.
func (cl *clause) index(d *verbs.Dictionary, ti *tokenIndex) {
	n := len(cl.words)
	if cap(ti.ids) < 2*n {
		ti.ids, ti.idss = make([]int32, 2*n), make([][]int32, 2*n)
	}
	ids, idss := ti.ids[:2*n], ti.idss[:2*n]
	cl.fx, cl.lx = ids[:n:n], ids[n:]
	cl.fids, cl.lids = idss[:n:n], idss[n:]
	if w := (d.NumWords() + 63) / 64; len(ti.has) == w {
		clear(ti.has)
	} else {
		ti.has = make([]uint64, w)
	}
	cl.has = ti.has
	set := func(id int32) {
		if id >= 0 {
			cl.has[id>>6] |= 1 << (id & 63)
		}
	}
	mark := func(ids []int32) {
		for _, id := range ids {
			set(id)
		}
	}
	for i, t := range cl.toks {
		ti.token(t)
		cl.fx[i], cl.lx[i] = ti.fx[t], ti.lx[t]
		cl.fids[i], cl.lids[i] = ti.fids[t], ti.lids[t]
		set(cl.fx[i])
		set(cl.lx[i])
		mark(cl.fids[i])
		mark(cl.lids[i])
		if ti.stems != nil {
			mark(ti.stems[t])
		}
		if i+1 < n {
			// a word the tokenizer split in two ("DIDN'T")
			if cl.toks[i+1] == t+1 {
				set(ti.join(t))
			} else {
				set(joinedID(d, cl.words[i], cl.words[i+1], &ti.buf))
			}
		}
	}
}

// joinedID returns the number of the word that a and b make written
// together, or -1; buf is scratch space.
func joinedID(d *verbs.Dictionary, a, b string, buf *[]byte) int32 {
	if len(a)+len(b) > d.MaxWordLen() {
		return -1
	}
	*buf = append(append((*buf)[:0], a...), b...)
	if id, ok := d.WordID(string(*buf)); ok {
		return id
	}
	return -1
}

// hasWord reports whether word number id (-1 for none) occurs in the
// clause; -1 always does.
func (cl *clause) hasWord(id int32) bool {
	return id < 0 || cl.has[id>>6]&(1<<(id&63)) != 0
}

// possible reports whether every word pattern p needs occurs in the clause.
func (cl *clause) possible(p *verbs.Pattern) bool {
	for _, set := range p.Needs {
		ok := false
		for _, id := range set {
			if cl.has[id>>6]&(1<<(id&63)) != 0 {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func contains(ids []int32, id int32) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// bindings are the actors a pattern assigned: mention indices.
type bindings struct {
	source, target, compound []int
	// altChars counts the letters of the alternatives that matched.
	altChars int
	// synsetAt is 1 + the clause position of the first synset or word
	// matched after the verb, 0 when none was (see classOutsideObject).
	synsetAt int
	// words holds the sentence's tokens the pattern's words and synsets
	// matched after the verb (see wordOfPattern).
	words []int
}

type matcher struct {
	cl   *clause
	dict *verbs.Dictionary
	// limit bounds the positions elements may use (the verb's position
	// while matching the words before it); 0 means the clause's end.
	limit int
	// sc is the sentence of the clause, for the checks over its parse;
	// wordOrder marks word-order (TABARI) coding, which has no parse
	sc        *sentence
	wordOrder bool
}

// newMatcher returns a matcher of dictionary d's patterns over cl, which
// it indexes from sc's token index.
func newMatcher(cl *clause, d *verbs.Dictionary, sc *sentence) *matcher {
	if sc.index == nil {
		sc.index = newTokenIndex(d, sc)
	}
	cl.index(d, sc.index)
	return &matcher{cl: cl, dict: d, sc: sc}
}

func (m *matcher) end() int {
	if m.limit > 0 {
		return m.limit
	}
	return len(m.cl.toks)
}

// wordMatches reports whether dictionary word w, numbered id, matches the
// token at pos: as its form or lemma, or (unless exact) as a word they
// regularly inflect, or under TABARI's stemming as a prefix of the form.
func (m *matcher) wordMatches(w string, id int32, exact bool, pos int) bool {
	if pos < 0 || pos >= m.end() {
		return false
	}
	cl := m.cl
	ok := cl.fx[pos] == id || cl.lx[pos] == id
	switch {
	case ok || exact:
	case m.dict.Stem:
		ok = strings.HasPrefix(cl.words[pos], w)
	default:
		ok = contains(cl.fids[pos], id) || contains(cl.lids[pos], id)
	}
	return ok && !m.describesActor(pos) && !m.inName(pos)
}

// inName reports whether the token at pos is a capitalised word of an
// actor's name of two words or more, all capitalised ("Rapid Support
// Forces", "Islamic State"): a word of the name, not of a pattern ("- *
// SUPPORT [051]" of SAY is no support in "said its air defences shot down
// Rapid Support Forces drones").
func (m *matcher) inName(pos int) bool {
	if m.sc == nil || pos >= len(m.cl.toks) || pos == m.cl.verb {
		return false
	}
	t := m.cl.toks[pos]
	if t < 0 || t >= len(m.sc.toks) || m.sc.mentAt[t] < 0 {
		return false
	}
	if titleForms[m.cl.words[pos]] {
		return false // "Prime Minister Fumio Kishida": a title is read as in the dictionaries
	}
	mi := m.sc.mentAt[t] // a mention that covers t (newSentenceIn)
	lo, hi := max(0, m.sc.mentions[mi].Tokens[0]), min(len(m.sc.toks), m.sc.mentions[mi].Tokens[1])
	if hi-lo < 2 {
		return false
	}
	if m.sc.toks[t].UPOS == "NOUN" && m.sc.mentions[mi].Kind != entente.MentionCoref && !capitalised(m.sc.toks[t].Form) {
		// a lower-case noun bound into a dictionary phrase as a word of
		// one name with the next: "charge" of "the Iranian charge
		// d'affaires" is charged with nothing, "aid" of "aid workers" no
		// aid given
		for i := t + 1; i < hi; i++ {
			if rel := m.sc.toks[i].Rel; m.sc.toks[i].Head == t && (rel == "flat" || rel == "fixed") ||
				i == t+1 && m.sc.toks[t].Head == i && m.sc.toks[t].Rel == "compound" && !titleForms[strings.ToUpper(m.sc.toks[i].Form)] {
				return true // (not "army" of "army chief", a title the guests of patterns hold)
			}
		}
	}
	for i := lo; i < hi; i++ {
		if !capitalised(m.sc.toks[i].Form) {
			return false
		}
	}
	return true
}

// titleForms are the words of titles that are also pattern words (the
// guests of &XGUEST, the envoys recalled or called in), upper case: a
// title in a titled name is no word of a name.
var titleForms = map[string]bool{"PRESIDENT": true, "PRIME": true, "MINISTER": true, "PREMIER": true,
	"CHANCELLOR": true, "KING": true, "QUEEN": true, "EMIR": true, "SULTAN": true, "PRINCE": true, "CROWN": true,
	"MONARCH": true, "FOREIGN": true, "DEFENCE": true, "DEFENSE": true, "SECRETARY": true, "AMBASSADOR": true,
	"ENVOY": true, "SPEAKER": true, "CHAIRMAN": true, "CHAIRWOMAN": true, "VICE": true, "GENERAL": true,
	"COMMANDER": true, "CHIEF": true, "LEADER": true, "GOVERNOR": true, "COUNTERPART": true, "DELEGATION": true}

// describesActor reports whether the token at pos, under a parse, is an
// "-ing" participle that describes an actor ("told visiting U.S. Secretary
// of State Shultz"): a word of the actor's phrase, not of the pattern of
// another verb ("- * VISIT [036]" of TELL is "told him of a visit").
func (m *matcher) describesActor(pos int) bool {
	if m.wordOrder || m.sc == nil || pos >= len(m.cl.toks) || pos == m.cl.verb {
		return false
	}
	t := m.cl.toks[pos]
	return t >= 0 && t < len(m.sc.toks) && m.sc.modifyingParticiple(t) && m.sc.toks[t].Head >= 0 && m.sc.mentAt[m.sc.toks[t].Head] >= 0
}

// participle reports whether the token at pos is a past participle that
// modifies a noun ("a boat suspected of smuggling"), under a parse: an
// inflected verb, not in "-ing", attached to a noun as a clause (acl); not
// an infinitive ("diplomats to leave").
func (m *matcher) participle(pos int) bool {
	if m.wordOrder || m.sc == nil || pos >= len(m.cl.toks) {
		return false
	}
	t := m.cl.toks[pos]
	return t >= 0 && t < len(m.sc.toks) && m.sc.toks[t].UPOS == "VERB" && m.sc.rel(t) == "acl" &&
		m.sc.words[t] != m.sc.lemma(t) && !strings.HasSuffix(m.sc.words[t], "ING")
}

// wordAt matches one dictionary word at pos: a token, or two tokens that
// the tokenizer split from one written word ("did" "n't" for DIDN'T). It
// returns the position after the match.
func (m *matcher) wordAt(w string, id int32, exact bool, pos int) (int, bool) {
	if m.wordMatches(w, id, exact, pos) {
		return pos + 1, true
	}
	if pos >= 0 && pos+1 < m.end() {
		a, b := m.cl.words[pos], m.cl.words[pos+1]
		if len(a)+len(b) == len(w) && w[:len(a)] == a && w[len(a):] == b {
			return pos + 2, true
		}
	}
	return 0, false
}

// phraseAt reports whether the words of ph occur from pos (consecutively,
// or with words between where the phrase allows gaps under TABARI's
// rules), returning the position after them.
func (m *matcher) phraseAt(ph verbs.Phrase, pos int) (int, bool) {
	if len(ph.Words) == 0 {
		return 0, false
	}
	exact := ph.Exact || len(ph.Words) > 1
	end, ok := m.wordAt(ph.Words[0], ph.IDs[0], exact, pos)
	if !ok {
		return 0, false
	}
	for i := 1; i < len(ph.Words); i++ {
		exact := ph.Exact || i < len(ph.Words)-1
		gap := m.dict.Stem && i-1 < len(ph.Gap) && ph.Gap[i-1]
		found := false
		for p := end; p < m.end() && (p == end || gap); p++ {
			if e, ok := m.wordAt(ph.Words[i], ph.IDs[i], exact, p); ok {
				end, found = e, true
				break
			}
		}
		if !found {
			return 0, false
		}
	}
	return end, true
}

// elemAt tries to match e with its first token exactly at pos, returning the
// position after the match.
func (m *matcher) elemAt(e verbs.Elem, pos int, b *bindings) (int, bool) {
	if pos < 0 || pos >= m.end() {
		return 0, false
	}
	switch e.Kind {
	case verbs.Word:
		end, ok := m.wordAt(e.Text, e.ID, e.Exact, pos)
		if ok && b.synsetAt == 0 {
			b.synsetAt = pos + 1
		}
		if ok {
			m.readWords(b, pos, end)
		}
		return end, ok
	case verbs.Synset:
		for _, ph := range m.dict.Synsets[e.Text] {
			if end, ok := m.phraseAt(ph, pos); ok {
				if m.participle(pos) {
					// a synset names things: "a boat suspected of
					// smuggling" holds no &SUSPECT
					return 0, false
				}
				if pos > m.cl.verb && end < len(m.cl.words) && (m.cl.words[end] == "'S" || m.cl.words[end] == "’S" || m.cl.words[end] == "'" || m.cl.words[end] == "’") {
					// nor the owner of one: "welcomed the foreign
					// minister's remarks" welcomes no minister
					return 0, false
				}
				if b.synsetAt == 0 {
					b.synsetAt = pos + 1
				}
				m.readWords(b, pos, end)
				return end, true
			}
		}
	case verbs.Source, verbs.Target, verbs.Compound:
		mi := m.cl.mention[pos]
		if mi < 0 {
			return 0, false
		}
		end := pos + 1
		for end < m.end() && m.cl.mention[end] == mi {
			end++
		}
		switch e.Kind {
		case verbs.Source:
			b.source = append(b.source, mi)
		case verbs.Target:
			b.target = append(b.target, mi)
		default:
			b.compound = append(b.compound, mi)
		}
		return end, true
	case verbs.Skip:
		if m.skipsObject(pos) {
			return 0, false
		}
		return pos + 1, true
	case verbs.Alt:
		for _, seq := range e.Alts {
			saved := *b
			if end, ok := m.seqFrom(seq, pos, true, -1, b); ok {
				b.altChars += verbs.Length(seq)
				return end, true
			}
			*b = saved
		}
	}
	return 0, false
}

// seqFrom matches elems left to right starting at pos (exactly there when
// anchored, anywhere after otherwise), honouring the consecutive flags, and
// returns the position after the last element, which must be mustEnd unless
// that is negative.
func (m *matcher) seqFrom(elems []verbs.Elem, pos int, anchored bool, mustEnd int, b *bindings) (int, bool) {
	if len(elems) == 0 {
		return pos, mustEnd < 0 || pos == mustEnd
	}
	e := elems[0]
	last := m.end() - 1
	if anchored {
		last = pos
	}
	for p := pos; p <= last; p++ {
		if q := m.cl.insideAt(p); q >= pos && q < p && (e.Kind == verbs.Word || e.Kind == verbs.Synset || e.Kind == verbs.Alt) {
			// "welcomed the French minister to discuss military
			// support" is no "* + SUPPORT": a gap does not skip the
			// "to" of an infinitive clause to match its words
			continue
		}
		if e.Kind == verbs.Word && m.cl.infinitive != nil && p < len(m.cl.infinitive) && m.cl.infinitive[p] && !verbFollows(elems[1:]) {
			// a pattern's "TO" not followed by a verb is the preposition
			// ("* TO +", "* TO"), not the infinitive of a purpose clause
			continue
		}
		if e.Kind == verbs.Word && len(elems) > 1 && isActorSlot(elems[1].Kind) && m.datesPhrase(p) {
			// "fired missiles on Wednesday, with both falling outside
			// Japan's waters" fired none on Japan: a preposition before a
			// day or a month is the date's, not the way to a target
			continue
		}
		saved := *b
		if end, ok := m.elemAt(e, p, b); ok {
			if rest, ok := m.seqFrom(elems[1:], end, e.Next, mustEnd, b); ok {
				return rest, true
			}
		}
		*b = saved
		if isActorSlot(e.Kind) && !anchored {
			// "$ and + are assigned to the first actor encountered": an
			// actor slot does not skip past a later actor.
			if p < len(m.cl.mention) && m.cl.mention[p] >= 0 {
				break
			}
		}
	}
	return 0, false
}

// isActorSlot tells whether a pattern element is filled by an actor.
func isActorSlot(k verbs.ElemKind) bool {
	return k == verbs.Source || k == verbs.Target || k == verbs.Compound
}

// datesPhrase tells whether the clause word at pos is a preposition of
// time before the name of a day or a month ("on Wednesday", "in March").
func (m *matcher) datesPhrase(pos int) bool {
	if pos+1 >= len(m.cl.words) || !inSet(m.cl.words[pos], "ON", "IN", "DURING", "BY", "SINCE", "UNTIL") {
		return false
	}
	return calendar.IsName(m.cl.words[pos+1])
}

// readWords records in b the sentence's tokens at clause positions pos
// to end, matched by a pattern's word or synset after the verb.
func (m *matcher) readWords(b *bindings, pos, end int) {
	if pos < m.cl.verbEnd || m.limit != 0 {
		return
	}
	for k := pos; k < end && k < len(m.cl.toks); k++ {
		b.words = append(b.words, m.cl.toks[k])
	}
}

// insideAt returns cl.inside at pos, -1 when the clause has none.
func (cl *clause) insideAt(pos int) int {
	if pos < len(cl.inside) {
		return cl.inside[pos]
	}
	return -1
}

// verbFollows reports whether the rest of a pattern goes on with words
// (which may be a verb), rather than ending or going on with an actor.
func verbFollows(rest []verbs.Elem) bool {
	return len(rest) > 0 && (rest[0].Kind == verbs.Word || rest[0].Kind == verbs.Synset || rest[0].Kind == verbs.Alt)
}

// match reports whether pattern p matches the clause around its verb, and
// the actors it assigned. The words before the verb are matched starting
// as close to the verb as they can (so '$' before the verb binds the
// nearest actor), and must end before it (right before it when joined to
// it); those after it from the verb on.
func (m *matcher) match(p *verbs.Pattern) (bindings, bool) {
	var b bindings
	vi := p.VerbAt
	before, after := p.Elems[:vi], p.Elems[vi+1:]
	if len(before) > 0 {
		pre := &matcher{cl: m.cl, dict: m.dict, limit: m.cl.verb}
		mustEnd := -1
		if before[vi-1].Next {
			mustEnd = m.cl.verb
		}
		if m.cl.verb == 0 {
			return bindings{}, false
		}
		found := false
		for start := m.cl.verb - 1; start >= 0 && !found; start-- {
			saved := b
			if _, ok := pre.seqFrom(before, start, true, mustEnd, &b); ok {
				found = true
			} else {
				b = saved
			}
		}
		if !found {
			return bindings{}, false
		}
	}
	b.synsetAt = 0
	if _, ok := m.seqFrom(after, m.cl.verbEnd, p.Elems[vi].Next, -1, &b); !ok {
		return bindings{}, false
	}
	return b, true
}

// choose returns the first of pats (sorted longest first) that matches. A
// match through alternatives counts only the alternative it used, so the
// longer patterns after it are tried before it is accepted (TABARI manual
// 5.7.1).
func (m *matcher) choose(pats []*verbs.Pattern) (*verbs.Pattern, bindings, bool) {
	return m.chooseKeyed(pats, nil)
}

// chooseKeyed is choose with the patterns' keys (patternKeys(pats), or nil),
// which rule out most patterns before they are read.
func (m *matcher) chooseKeyed(pats []*verbs.Pattern, keys []patternKey) (*verbs.Pattern, bindings, bool) {
	cl := m.cl
	if keys == nil {
		keys = make([]patternKey, len(pats))
		for i := range keys {
			keys[i] = patternKey{-1, -1}
		}
	}
	for i, p := range pats {
		if k := keys[i]; !cl.hasWord(k[0]) || !cl.hasWord(k[1]) || !cl.possible(p) {
			continue
		}
		b, ok := m.match(p)
		if !ok || m.rejects(p, b) {
			continue
		}
		actual := verbs.FixedLength(p.Elems) + b.altChars
		if actual < p.Length {
			for j := i + 1; j < len(pats); j++ {
				q := pats[j]
				if q.Length <= actual {
					break
				}
				if k := keys[j]; !cl.hasWord(k[0]) || !cl.hasWord(k[1]) || !cl.possible(q) {
					continue
				}
				if bq, ok := m.match(q); ok && !m.rejects(q, bq) {
					return q, bq, true
				}
			}
		}
		return p, b, true
	}
	return nil, bindings{}, false
}

// rejects reports whether a match b of pattern p is read against the parse
// and given up (each check says why).
func (m *matcher) rejects(p *verbs.Pattern, b bindings) bool {
	return m.reversesActive(p, b) || m.missesObject(p, b) || m.sourceInComplement(b) || m.ignoresSubject(p, b) ||
		m.loneJointAct(p, b) || m.classOutsideObject(p, b) || m.targetsDoer(b) || m.participleWords(p) ||
		m.fightOverAgreement(p) || m.reportedDeed(p) || m.reportedWords(b) || m.reportedSubject(p, b) ||
		m.sourceAfterTargetPrep(b) || m.ownerAsAgent(b) || m.dateWords(b) || m.topicWords(b) ||
		m.participlePreposition(b) || m.mutualWithObject(p, b) || m.adjunctWords(b) || m.agentAsTarget(b) || m.forceTargetOutside(b) || m.verbsSanctions() || m.possessorWord(p, b) || m.possessedThing(p, b)
}

// mutualWithObject reports whether a pattern of a fight that makes joined
// subjects act on one another and names nothing after its verb ("- % * [190]",
// written for "Armenia and Azerbaijan clashed") matched a verb with a
// direct object that is no actor, nor the act itself, nor the subjects'
// own: "Washington and London hit three dozen sites" hit the sites, not
// one another (see fightsObject). (Other acts of joined subjects are each
// one's or joint as events decides: "oppose the tax", "discussed trade".)
func (m *matcher) mutualWithObject(p *verbs.Pattern, b bindings) bool {
	if m.wordOrder || m.sc == nil || len(b.compound) == 0 || !inSet(cameo.RootOf(p.Code.Source), "19", "20") {
		return false
	}
	for _, e := range p.Elems[p.VerbAt+1:] {
		if e.Kind != verbs.Skip {
			return false
		}
	}
	for _, o := range m.sc.childrenWith(m.cl.toks[m.cl.verb], "obj") {
		if m.sc.mentAt[o] < 0 && !m.sc.ownFight(o) {
			return true
		}
	}
	return false
}

// participlePreposition reports whether a "by" the pattern matched after
// the verb is the case of the agent of a participle or relative clause
// that modifies a noun, which the pattern did not match: "hit three dozen
// sites used by Yemen's Houthis" against "- * BY + [141]" is hit by no
// one; "by" is the agent of "used".
func (m *matcher) participlePreposition(b bindings) bool {
	if m.wordOrder || m.sc == nil {
		return false
	}
	sc := m.sc
	v := m.cl.toks[m.cl.verb]
	matched := map[int]bool{}
	for _, w := range b.words {
		matched[w] = true
	}
	for _, w := range b.words {
		if w < 0 || w >= len(sc.toks) || sc.toks[w].UPOS != "ADP" || sc.rel(w) != "case" || sc.words[w] != "BY" {
			continue
		}
		for t, k := sc.toks[w].Head, 0; t >= 0 && t != v && k < len(sc.toks); t, k = sc.toks[t].Head, k+1 {
			if sc.toks[t].UPOS == "VERB" {
				if inSet(sc.rel(t), "acl", "acl:relcl") && !matched[t] {
					return true
				}
				break
			}
		}
	}
	return false
}

// consultNouns are the upper-case lemmas of nouns of a consultation,
// whose "about", "on" or "over" phrases tell what it is about.
var consultNouns = map[string]bool{"TALK": true, "TALKS": true, "MEETING": true, "DISCUSSION": true,
	"CONVERSATION": true, "CONSULTATION": true, "NEGOTIATION": true, "DIALOGUE": true, "SUMMIT": true,
	"CONFERENCE": true, "BRIEFING": true}

// topicWords reports whether a word the pattern matched after the verb
// lies in the topic of a consultation that is the verb's object: "held
// talks about Houthi attacks on ships" against "- * + &XVESSEL [171]" holds
// no ship; the talks are about them.
func (m *matcher) topicWords(b bindings) bool {
	if m.wordOrder || m.sc == nil {
		return false
	}
	sc := m.sc
	v := m.cl.toks[m.cl.verb]
	if !sc.objectIn(v, consultNouns) {
		return false
	}
	for _, w := range b.words {
		if inSet(sc.toks[w].UPOS, "NOUN", "PROPN", "ADJ", "VERB") && sc.inTopic(v, w) {
			return true
		}
	}
	return false
}

// possessorWord reports whether a pattern of no event ("[---]") ends in a
// word the text makes a possessor: "- * TO LEADER [---]", written for
// "forces opposed to the leader", does not read "objected to the Indian
// leader's trip", whose object is the trip.
func (m *matcher) possessorWord(p *verbs.Pattern, b bindings) bool {
	if m.wordOrder || m.sc == nil || !p.Code.IsNull() || len(b.words) == 0 {
		return false
	}
	sc := m.sc
	w := b.words[len(b.words)-1]
	return w >= 0 && w+1 < len(sc.toks) && sc.rel(w) == "nmod:poss" && (sc.words[w+1] == "'S" || sc.words[w+1] == "’S")
}

// possessedThing reports whether a pattern that names nothing after the
// verb but its target ("- * + [180]") bound a possessive pronoun whose
// noun, the verb's object, is no actor: "the army executed its plan"
// executed no one.
func (m *matcher) possessedThing(p *verbs.Pattern, b bindings) bool {
	if m.wordOrder || m.sc == nil || len(b.target) == 0 || len(b.words) > 0 {
		return false
	}
	for _, e := range p.Elems[p.VerbAt+1:] {
		if e.Kind != verbs.Target && e.Kind != verbs.Skip {
			return false
		}
	}
	sc := m.sc
	v := m.cl.toks[m.cl.verb]
	for _, mi := range b.target {
		h := sc.mentHead[mi]
		o := sc.toks[h].Head
		if sc.toks[h].UPOS != "PRON" || sc.rel(h) != "nmod:poss" || o < 0 || sc.toks[o].Head != v || base(sc.rel(o)) != "obj" || sc.mentAt[o] >= 0 {
			return false
		}
		for t := v + 1; t < len(sc.toks); t++ {
			if k := sc.mentAt[t]; k >= 0 && k != mi {
				return false // "suspended its role in the Moscow-led bloc": a party after the verb
			}
		}
	}
	return true
}

// verbsSanctions reports whether the pattern is of the noun "sanctions"
// that a verb takes as its object or after "to", "for", "on", "about",
// "over" or "against": the verb tells what was done with them ("lifted
// sanctions on Iran", "a resolution easing sanctions on Somalia", "refused
// to agree to sanctions on Myanmar", "called for sanctions"), and its own
// patterns code it; the noun codes sanctions told as a thing ("EU
// sanctions on Moscow agreed in June").
func (m *matcher) verbsSanctions() bool {
	if m.wordOrder || m.sc == nil {
		return false
	}
	sc := m.sc
	v := m.cl.toks[m.cl.verb]
	if u := sc.toks[v].UPOS; u != "NOUN" && u != "PROPN" || sc.lemma(v) != "SANCTION" && sc.words[v] != "SANCTIONS" {
		return false
	}
	for _, c := range sc.childrenWith(v, "amod", "compound") {
		if c < v && inSet(sc.words[c], "EASING", "LIFTING", "RELAXING", "LOOSENING", "ENDING", "SCRAPPING", "REMOVING",
			"SUSPENDING", "EASED", "LIFTED", "RELAXED", "SUSPENDED", "LOOSENED") {
			return true // "a resolution easing sanctions on Somalia", read with "easing" an adjective
		}
	}
	h := sc.toks[v].Head
	if h >= 0 && inSet(sc.toks[h].UPOS, "NOUN", "PROPN") && sanctionTalk[sc.lemma(h)] && base(sc.rel(v)) == "nmod" {
		// "Hungary's veto of sanctions on Russia", "Ireland's push for
		// sanctions on Israel", "the threat of new sanctions"
		return true
	}
	if h < 0 || sc.toks[h].UPOS != "VERB" && sc.toks[h].UPOS != "ADJ" || !sanctionHandlers[sc.lemma(h)] {
		// (sanctions condemned, welcomed or joined were imposed: "China
		// condemned US sanctions against Chinese firms", "joined Western
		// sanctions on Russia")
		return false
	}
	return base(sc.rel(v)) == "obj" || base(sc.rel(v)) == "obl" && inSet(sc.caseOf(v), "TO", "FOR", "ON", "ABOUT", "OVER", "AGAINST")
}

// sanctionTalk are the nouns of sanctions weighed, asked for, threatened
// or blocked ("a veto of sanctions", "calls for sanctions"), upper-case
// lemmas.
var sanctionTalk = map[string]bool{"VETO": true, "PUSH": true, "CALL": true, "THREAT": true, "TALK": true, "DEBATE": true,
	"DISCUSSION": true, "PROPOSAL": true, "PLAN": true, "DEMAND": true, "BID": true, "PRESSURE": true, "RISK": true,
	"PROSPECT": true, "POSSIBILITY": true, "FEAR": true, "OPPOSITION": true, "LIFTING": true, "EASING": true,
	"REMOVAL": true, "END": true, "APPEAL": true, "REQUEST": true, "DIVISION": true}

// sanctionHandlers are the verbs that lift, ease, weigh, ask for or agree
// to sanctions (which are then not imposed by the noun), upper-case
// lemmas; not those that prepare or plan them, whose noun is coded as
// intended (a threat of sanctions).
var sanctionHandlers = map[string]bool{"LIFT": true, "EASE": true, "END": true, "SCRAP": true, "REMOVE": true,
	"SUSPEND": true, "RELAX": true, "LOOSEN": true, "AGREE": true, "CALL": true, "URGE": true, "DEMAND": true,
	"SEEK": true, "WANT": true, "PROPOSE": true, "CONSIDER": true, "DISCUSS": true, "THREATEN": true, "WEIGH": true,
	"DEBATE": true, "REJECT": true, "VOTE": true, "PUSH": true, "PRESS": true, "ASK": true, "FAVOUR": true, "FAVOR": true,
	"SUPPORT": true, "BACK": true, "OPPOSE": true, "WARN": true, "RECOMMEND": true,
	"MULL": true, "EXTEND": true, "RENEW": true, "VETO": true, "BLOCK": true, "DIVIDE": true, "DIVIDED": true,
	"DISMISS": true, "DELAY": true, "STALL": true, "WATER": true, "DILUTE": true}

// forceTargetOutside reports whether the pattern of a noun of force
// ("attack", "raid", "invasion") bound a target outside the noun's phrase:
// "the attacks took place after the start of talks on Afghanistan"
// against "* ON +" attacked no one named; "an attack on Kharkiv" is the
// noun's own, as is a target after it with no verb or comma between.
func (m *matcher) forceTargetOutside(b bindings) bool {
	if m.wordOrder || m.sc == nil || len(b.target) == 0 {
		return false
	}
	sc := m.sc
	v := m.cl.toks[m.cl.verb]
	if u := sc.toks[v].UPOS; u != "NOUN" && u != "PROPN" || !forceNouns[sc.lemma(v)] {
		return false
	}
	for _, mi := range b.target {
		h := sc.mentHead[mi]
		if sc.under(h, v) {
			continue
		}
		// (a parse may hang the target elsewhere: "an assault on the
		// port city of Basra" is the noun's while no verb or comma
		// comes between them)
		for t := v + 1; t < h && t < len(sc.toks); t++ {
			if u := sc.toks[t].UPOS; u == "VERB" || u == "AUX" || sc.toks[t].Form == "," {
				return true
			}
		}
	}
	return false
}

// agentAsTarget reports whether, in a passive clause, the pattern matched
// words of the verb's "by" agent and bound as its target ("+") an actor of
// that agent ("several were shot down by Polish and Dutch aircraft"
// against "* + AIRCRAFT" shot down no Dutch aircraft): "a cafe that was hit
// by a Russian missile" against "- * BY + [141]" (written for "a strike
// by dockers") was hit by Russia; the agent is the doer, and the roles
// and code are the passive's.
func (m *matcher) agentAsTarget(b bindings) bool {
	if m.wordOrder || m.sc == nil || len(b.target) == 0 || len(b.source) > 0 {
		return false
	}
	sc := m.sc
	v := m.cl.toks[m.cl.verb]
	if len(sc.childrenWith(v, "nsubj:pass", "aux:pass")) == 0 {
		return false
	}
	// (only through the agent's own "by": "- * + [181]" reads "a
	// trawler was seized by the navy" with the roles the passive
	// checks put right)
	for _, a := range sc.childrenWith(v, "obl:agent") {
		words := false
		for _, w := range b.words {
			words = words || w >= 0 && w < len(sc.toks) && sc.under(w, a)
		}
		if !words {
			continue
		}
		for _, mi := range b.target {
			if sc.under(sc.mentHead[mi], a) {
				return true
			}
		}
	}
	return false
}

// adjunctWords reports whether a noun the pattern matched after the verb
// lies in an adjunct that dates the verb's act by another act: "said on
// his return from a visit to Russia that ..." against "* VISIT TO_+
// [036]" announces no visit; the visit is over, and its noun is coded on
// its own. The adjuncts are those of "after", "since", "during",
// "following", "ahead of" and "on (his) return".
func (m *matcher) adjunctWords(b bindings) bool {
	if m.wordOrder || m.sc == nil {
		return false
	}
	sc := m.sc
	v := m.cl.toks[m.cl.verb]
	for _, w := range b.words {
		if w < 0 || w >= len(sc.toks) || w < v || sc.toks[w].UPOS != "NOUN" {
			continue
		}
		if sc.datingAdjunct(w, v, true, true) {
			// (only between the noun and the verb: a verb the parse
			// hung below the noun, "after Brasilia imposed sanctions",
			// is the noun's own)
			return true
		}
	}
	return false
}

// dateWords reports whether a preposition the pattern matched is the case
// of a day or month: "called Putin on Tuesday" against "- * + ON [020]"
// ("called on"), where "on" dates the call (a name that is an actor's, as
// "May" may be, is no date).
func (m *matcher) dateWords(b bindings) bool {
	if m.wordOrder || m.sc == nil {
		return false
	}
	sc := m.sc
	for _, w := range b.words {
		if w < 0 || w >= len(sc.toks) || sc.toks[w].UPOS != "ADP" || sc.rel(w) != "case" {
			continue
		}
		if h := sc.toks[w].Head; h == w+1 && h < len(sc.toks) && calendar.IsName(sc.toks[h].Form) && sc.mentAt[h] < 0 {
			return true
		}
	}
	return false
}

// ownerAsAgent reports whether, in a passive clause, the pattern bound as
// source an actor after the verb, outside a "by" phrase, that hangs more
// than two steps of the parse below the verb: the doer of a passive is its
// agent ("killed by X", "killed in an X strike"), not an actor named deeper
// in the sentence ("their" in "five Chinese nationals were killed when a
// suicide bomber attacked their convoy", "Soviet nationals" in "was held on
// suspicion of lying about contacts with Soviet nationals").
func (m *matcher) ownerAsAgent(b bindings) bool {
	if m.wordOrder || m.sc == nil || len(b.source)+len(b.target) == 0 {
		return false
	}
	sc := m.sc
	v := m.cl.toks[m.cl.verb]
	if len(sc.childrenWith(v, "nsubj:pass", "aux:pass")) == 0 {
		return false
	}
	for _, mi := range b.target {
		t := sc.mentHead[mi]
		if t <= v || t >= len(sc.toks) {
			continue
		}
		if h := sc.toks[t].Head; h != v && h > v && h < len(sc.toks) && sc.caseOf(t) == "BY" && sc.toks[h].UPOS == "NOUN" {
			// "was halted only after mediation by Qatar": the agent of
			// a noun after the passive verb is neither its doer nor the
			// party it was done to
			return true
		}
	}
	for _, mi := range b.source {
		t := sc.mentHead[mi]
		if t <= v || t >= len(sc.toks) {
			continue
		}
		steps, top := 0, t
		for top >= 0 && top < len(sc.toks) && sc.toks[top].Head != v && steps < len(sc.toks) {
			top = sc.toks[top].Head
			steps++
		}
		if top < 0 || top >= len(sc.toks) || sc.toks[top].Head != v {
			continue // not below the verb: the parse went elsewhere
		}
		if h := sc.toks[t].Head; h != v && h >= 0 && h < len(sc.toks) && sc.caseOf(t) == "BY" && sc.toks[h].UPOS == "NOUN" {
			// "was halted only after mediation by Qatar": the agent of
			// a noun, not of the passive verb
			return true
		}
		if sc.rel(top) == "obl:agent" || sc.caseOf(top) == "BY" {
			continue
		}
		if steps >= 2 {
			return true
		}
	}
	return false
}

// reportedDeed reports whether pattern p codes a deed of force or
// coercion (roots 15 to 20) on a verb that passes words on ("Iran said
// several people were injured in Monday's U.S. attack" against REPORT's
// "* ATTACK [190]"), under a parse: who reports an attack is not who made
// it. The deed is left to its own verb or noun, when the dictionaries
// code them.
func (m *matcher) reportedDeed(p *verbs.Pattern) bool {
	if m.wordOrder || m.sc == nil {
		return false
	}
	r := cameo.RootOf(p.Code.Source)
	return r >= "15" && r <= "20" && passOnVerbs[m.sc.lemma(m.cl.toks[m.cl.verb])]
}

// actorSubject reports whether verb v has a subject that names an actor or
// refers to one ("it had killed", not "the army killed" with no country).
func (sc *sentence) actorSubject(v int) bool {
	for _, c := range sc.childrenWith(v, "nsubj") {
		if sc.rel(c) == "nsubj" && (len(sc.actors(c, 0)) > 0 || sc.toks[c].UPOS == "PRON" && inSet(sc.words[c], "IT", "THEY", "HE", "SHE", "WE")) {
			return true
		}
	}
	return false
}

// targetsAfterVerb reports whether the pattern bound a target and every
// target it bound comes after the verb (an object, not the patient of a
// reduced passive before it: "fishermen held in Peru").
func (m *matcher) targetsAfterVerb(b bindings) bool {
	v := m.cl.toks[m.cl.verb]
	for _, mi := range b.target {
		if m.sc.mentHead[mi] < v {
			return false
		}
	}
	return len(b.target) > 0
}

// sourceAfterTargetPrep reports whether a pattern bound as source an actor
// introduced by a preposition of the one acted on ("on", "against",
// "into"): in "injured in the U.S. attack on an Iranian oil platform" the
// pattern "* IN ATTACK $" would make Iran the attacker.
func (m *matcher) sourceAfterTargetPrep(b bindings) bool {
	if m.wordOrder || m.sc == nil {
		return false
	}
	for _, mi := range b.source {
		t := m.sc.mentHead[mi]
		if c := m.sc.caseOf(t); inSet(c, "IN", "AT") && m.sc.placeMention(mi) && m.sc.actorSubject(m.cl.toks[m.cl.verb]) &&
			len(m.sc.childrenWith(m.cl.toks[m.cl.verb], "aux:pass")) == 0 && m.targetsAfterVerb(b) {
			// "it had killed a commander in an air strike in Gaza"
			// against "* + IN $ [190]", written for "in an Israeli
			// strike": beside a subject of the verb, a place after "in"
			// is where, not who (a passive without an agent, "was shot
			// dead in Osgiliath", leaves it to the place's state, as
			// PETRARCH does)
			return true
		}
		if r := m.sc.rel(t); m.sc.toks[t].Head >= 0 && (inSet(base(r), "amod", "compound") || r == "nmod:poss") {
			t = m.sc.toks[t].Head // "on an Iranian oil platform": the phrase's preposition
		}
		if inSet(m.sc.caseOf(t), "ON", "AGAINST", "INTO", "UPON") {
			return true
		}
	}
	return false
}

// reportedWords reports whether the words a pattern of a verb that passes
// words on matched after it all lie in an adjunct of its reported clause's
// own verb: "said on Wednesday it was recalling its ambassador over the
// Gaza offensive" holds no "* OFFENSIVE" of SAY, whose words tell what the
// recall was about. The reported verb itself, a word before it ("said it
// will talk"), its objects ("said the army was preparing a major
// offensive") and its obliques of means and purpose ("would respond with
// an offensive") are the pattern's.
func (m *matcher) reportedWords(b bindings) bool {
	if m.wordOrder || m.sc == nil || len(b.words) == 0 {
		return false
	}
	sc := m.sc
	v := m.cl.toks[m.cl.verb]
	if !passOnVerbs[sc.lemma(v)] {
		return false
	}
	for c := v + 1; c < len(sc.toks); c++ {
		if sc.toks[c].Head != v || base(sc.rel(c)) != "ccomp" {
			continue
		}
		for _, w := range b.words {
			if w <= c || !sc.within(w, c) || !sc.adjunctOf(w, c) {
				return false
			}
		}
		return true
	}
	return false
}

// reportedSubject reports whether a pattern of a verb of saying (the
// dictionary's block of statements, EXPLAIN_VERBAL) whose code is no
// statement matched a word in the subject of the clause the verb reports:
// "Khamenei said a ceasefire should be concurrent with a withdrawal", "told
// reporters retaliation was no way to solve trade disputes", "Iran
// announced its offensive had ended" tell what a ceasefire, retaliation or
// an offensive is, not that the speaker called one, threatened one or
// launched one. Words in the reported clause's predicate ("said Tehran was
// behind the attack") stay the pattern's.
func (m *matcher) reportedSubject(p *verbs.Pattern, b bindings) bool {
	if m.wordOrder || m.sc == nil || len(b.words) == 0 || p.Block == nil || p.Block.Name != "EXPLAIN_VERBAL" ||
		cameo.RootOf(p.Code.Source) == "01" {
		return false
	}
	sc := m.sc
	v := m.cl.toks[m.cl.verb]
	for _, c := range sc.childrenWith(v, "ccomp", "parataxis") {
		for _, subj := range sc.childrenWith(c, "nsubj", "csubj") {
			for _, w := range b.words {
				if sc.within(w, subj) {
					return true
				}
			}
		}
	}
	return false
}

// adjunctOf reports whether token t, in the subtree of token c, hangs on
// c through an oblique of cause or circumstance ("over the Gaza
// offensive", "amid", "on the eve of"), not one of means or purpose
// ("respond with an offensive", "prepare for an offensive"), which tells
// the deed itself.
func (sc *sentence) adjunctOf(t, c int) bool {
	for k := 0; t >= 0 && t != c && k < len(sc.toks); k++ {
		if sc.toks[t].Head == c {
			if base(sc.rel(t)) != "obl" {
				return false
			}
			for _, p := range sc.childrenWith(t, "case") {
				if circumstancePreps[sc.lemma(p)] {
					return true
				}
			}
			return false
		}
		t = sc.toks[t].Head
	}
	return false
}

// circumstancePreps introduce what a reported act was about or amid, not
// how or for what it was done.
var circumstancePreps = map[string]bool{"OVER": true, "AMID": true, "AMIDST": true, "DURING": true, "AFTER": true,
	"DESPITE": true, "FOLLOWING": true, "ON": true, "SINCE": true, "BEFORE": true}

// passOnVerbs pass on what others did ("said", "reported"): a subset of
// reportingVerbs without the verbs whose saying is the deed ("declared
// persona non grata", "told the diplomats to leave", "announced
// sanctions") or names its doer ("claimed responsibility for the attack",
// "confirmed the arrest").
var passOnVerbs = map[string]bool{"SAY": true, "REPORT": true, "ADD": true, "NOTE": true, "WRITE": true}

// skipsObject reports whether the token at clause position pos belongs to
// an actor that is the verb's direct object, which a pattern's skipped
// word ("^") must not be: "- * ^ ON + [111]" reads "condemned the raid on
// Kyiv", not "condemned Tehran on Wednesday after the hanging of a
// Kurdish activist", whose target is Tehran.
func (m *matcher) skipsObject(pos int) bool {
	sc := m.sc
	mi := m.cl.mention[pos]
	if sc == nil || mi < 0 {
		return false
	}
	h := sc.mentHead[mi]
	return sc.toks[h].Head == m.cl.toks[m.cl.verb] && base(sc.rel(h)) == "obj"
}

// participleWords reports whether pattern p has words or synsets of its
// own and is matched on a visitor's participle ("praised the visiting
// North Korean leader" against VISIT's "- PRAISE * [051]"): the words
// around the participle are the clause's, not the visit's, so only the
// verb's own code applies.
func (m *matcher) participleWords(p *verbs.Pattern) bool {
	sc := m.sc
	if sc == nil {
		return false
	}
	v := m.cl.toks[m.cl.verb]
	if sc.lemma(v) != "VISIT" || !sc.modifyingParticiple(v) {
		return false
	}
	for _, e := range p.Elems {
		if e.Kind == verbs.Word || e.Kind == verbs.Synset || e.Kind == verbs.Alt {
			return true
		}
	}
	return false
}

// targetsDoer reports whether a pattern bound as its target the noun an
// "-ing" participle verb modifies, which is the participle's doer: in
// "held a ceremony for his visiting Nigerian counterpart" the counterpart
// visits, it is not visited. Nor may the pattern read its words or bind
// other actors in the rest of that noun's phrase ("visiting Secretary of
// State Antony Blinken" against VISIT's "* OF $", written for "a visit
// of X").
func (m *matcher) targetsDoer(b bindings) bool {
	sc := m.sc
	if sc == nil {
		return false
	}
	v := m.cl.toks[m.cl.verb]
	if !sc.modifyingParticiple(v) {
		return false
	}
	n := sc.toks[v].Head
	for _, mi := range b.target {
		if sc.mentHead[mi] == n {
			return true
		}
	}
	if n <= v {
		return false
	}
	end := n + 1
	if mi := sc.mentAt[n]; mi >= 0 {
		end = max(end, sc.mentions[mi].Tokens[1])
	}
	inside := func(t int) bool { return t > v && t < end }
	for _, t := range b.words {
		if inside(t) {
			return true
		}
	}
	for _, ms := range [][]int{b.source, b.target, b.compound} {
		for _, mi := range ms {
			if inside(sc.mentHead[mi]) {
				return true
			}
		}
	}
	return false
}
