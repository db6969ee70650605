// Package relation extracts standing relations: sentences that state how two
// actors stand to each other rather than report an event. "X, Y's strongest
// ally", "its archenemy", "X and Y were the bitterest of enemies during the
// Cold War", "X, a Cold War ally", "X has deep historical links with Y",
// "rivals X and Y".
//
// Each relation names its two sides by the actor codes of the mentions on
// either side of the relation noun: the owner (a possessive "Y's", "its", or
// "of Y", "with Y") and the referent (an apposition, a copula's subject, a
// name right after the noun). A possessive pronoun takes the coreferent
// mention the actor package found for it, or else the nearest mention before
// it. A relation noun that is the object of an action ("forge ties",
// "strengthen the partnership") is an event and is left to the coder.
package relation

import (
	"math"
	"sort"

	"entente"
	"entente/internal/clause"
	"entente/when"
)

// Extract finds the standing relations stated in the article. mentions are
// the article's actor mentions, in any order.
func Extract(art *entente.Article, sents []entente.Sentence, mentions []entente.Mention) []entente.Relation {
	return ExtractWith(when.Resolver{}.Index(art, sents), art, sents, mentions)
}

// ExtractWith is Extract with the article's temporal expressions already
// indexed, so that the period of each relation is read from them.
func ExtractWith(dates *when.Index, art *entente.Article, sents []entente.Sentence, mentions []entente.Mention) []entente.Relation {
	bySent := make([][]entente.Mention, len(sents))
	for _, m := range mentions {
		if m.Sentence >= 0 && m.Sentence < len(sents) && m.Code != "" {
			bySent[m.Sentence] = append(bySent[m.Sentence], m)
		}
	}
	for _, ms := range bySent {
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].Tokens[0] < ms[j].Tokens[0] })
	}
	var out []entente.Relation
	for si := range sents {
		x := extractor{art: art, sents: sents, si: si, ms: bySent, dates: dates,
			toks: sents[si].Tokens, words: clause.Words(sents[si].Tokens)}
		for k, w := range x.words {
			n, ok := nouns[w]
			if !ok {
				continue
			}
			if r, ok := x.at(k, n); ok {
				out = append(out, r...)
			}
		}
	}
	return out
}

type extractor struct {
	art   *entente.Article
	sents []entente.Sentence
	si    int
	ms    [][]entente.Mention
	dates *when.Index
	toks  []entente.Token
	words []string
}

func (x *extractor) w(i int) string {
	if i < 0 || i >= len(x.words) {
		return ""
	}
	return x.words[i]
}

// mentionEnding returns the mention of this sentence that ends at token end
// (exclusive), or nil.
func (x *extractor) mentionEnding(end int) *entente.Mention {
	ms := x.ms[x.si]
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].Tokens[1] == end {
			return &ms[i]
		}
	}
	return nil
}

// mentionStarting returns the mention that starts at token i, or nil.
func (x *extractor) mentionStarting(i int) *entente.Mention {
	for k := range x.ms[x.si] {
		if x.ms[x.si][k].Tokens[0] == i {
			return &x.ms[x.si][k]
		}
	}
	return nil
}

// mentionCovering returns the mention that covers token i, or nil.
func (x *extractor) mentionCovering(i int) *entente.Mention {
	for k := range x.ms[x.si] {
		m := &x.ms[x.si][k]
		if m.Tokens[0] <= i && i < m.Tokens[1] {
			return m
		}
	}
	return nil
}

// before returns the nearest mention ending at or before token i whose
// country differs from avoid ("" avoids nothing), looking back into the
// previous sentence when back is set.
func (x *extractor) before(i int, avoid string, back bool) *entente.Mention {
	ms := x.ms[x.si]
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].Tokens[1] <= i && (avoid == "" || country(ms[k].Code) != avoid) {
			return &ms[k]
		}
	}
	if back && x.si > 0 {
		ps := x.ms[x.si-1]
		for k := len(ps) - 1; k >= 0; k-- {
			if avoid == "" || country(ps[k].Code) != avoid {
				return &ps[k]
			}
		}
	}
	return nil
}

// country returns the country part of an actor code: its first three letters.
func country(code string) string {
	if len(code) >= 3 {
		return code[:3]
	}
	return code
}

// at reads the relation whose noun is token k.
func (x *extractor) at(k int, n noun) ([]entente.Relation, bool) {
	// The noun phrase: modifiers back to a determiner or possessive.
	start := k
	last := k // the last token of the evidence
	sign := n.sign
	strength := n.strength
	past := ""
	qualified := false
	for j := k - 1; j >= 0; j-- {
		w := x.words[j]
		if m, ok := modifiers[w]; ok {
			start = j
			strength += m.delta
			if n.needsQualifier && m.sign != 0 {
				qualified = true
				if sign == 0 || m.sign < 0 {
					sign = m.sign
				}
			}
			if m.past {
				past = w
			}
			continue
		}
		// "one - time", "ex -", "the bitterest of enemies".
		if w == "-" || w == "time" || w == "one" {
			if w == "time" && x.w(j-1) == "-" && x.w(j-2) == "one" {
				past = "one-time"
			}
			start = j
			continue
		}
		if w == "of" && j == k-1 && j > 0 {
			if _, ok := modifiers[x.w(j-1)]; ok {
				start = j
				continue
			}
		}
		if x.isEraWord(j) {
			start = j
			continue
		}
		if m := x.mentionEnding(j + 1); m != nil && x.w(j+1) != "'s" && x.w(j+1) != "'" && j+1 == start {
			// A dyad inside the phrase: "the US - India partnership".
			if pair := x.innerPair(m, start, k); pair != nil {
				return x.emit(k, pair[0], pair[1], sign, strength, past, pair[0].Span.Start, n, last)
			}
		}
		break
	}
	if n.needsQualifier && !qualified {
		// "relations between X and Y are tense", "ties with Y remain close"
		if sg, end, ok := x.predicate(k); ok {
			sign, qualified, last = sg, true, end
		} else {
			return nil, false
		}
	}
	if sign == 0 {
		return nil, false
	}
	// An action on the relation is an event.
	det := start
	if d := x.w(det - 1); d == "a" || d == "an" || d == "the" {
		det--
	}
	owner, ownerEnd := x.owner(det, k)
	if owner != nil {
		det = ownerEnd
	}
	for j := det - 1; j >= 0 && j >= det-3; j-- {
		if actionVerbs[x.words[j]] {
			return nil, false
		}
		if x.words[j] == "," {
			break
		}
	}
	ref, pair := x.referent(det, k, n)
	if pair != nil && owner == nil {
		return x.emit(k, pair[0], pair[1], sign, strength, past, x.toks[det].Span.Start, n, last)
	}
	if ref == nil && owner == nil {
		return nil, false
	}
	if owner == nil {
		owner = x.before(ref.Tokens[0], country(ref.Code), false)
	}
	if ref == nil {
		ref = x.before(det, country(owner.Code), false)
		if ref != nil && ref.Tokens[0] >= owner.Tokens[0] {
			ref = nil
		}
	}
	if ref == nil || owner == nil {
		return nil, false
	}
	from := x.toks[det].Span.Start
	return x.emit(k, ref, owner, sign, strength, past, from, n, last)
}

// predicate reads a qualifier predicated of the relation noun at k, within
// the next few tokens: "are tense", "have been strained", "remain very close".
func (x *extractor) predicate(k int) (int, int, bool) {
	for j := k + 1; j < len(x.words) && j <= k+10; j++ {
		w := x.words[j]
		if clause.BreakAt(x.toks, x.words, j) || w == "," || w == "which" || w == "that" {
			return 0, 0, false
		}
		switch w {
		case "are", "is", "were", "was", "remain", "remains", "remained", "have", "has", "been", "had", "seem", "seemed", "appear":
			i := j + 1
			for i < len(x.words) && (x.words[i] == "been" || x.words[i] == "very" || x.words[i] == "deeply" || x.words[i] == "increasingly" || x.words[i] == "extremely" || x.words[i] == "still" || x.words[i] == "long" || x.words[i] == "always") {
				i++
			}
			if m, ok := modifiers[x.w(i)]; ok && m.sign != 0 {
				return m.sign, i, true
			}
			return 0, 0, false
		}
	}
	return 0, 0, false
}

func (x *extractor) isEraWord(j int) bool {
	for _, e := range x.dates.Exprs(x.si) {
		if e.Attributive && e.Tokens[0] <= j && j < e.Tokens[1] {
			return true
		}
	}
	return false
}

// innerPair reads two mentions joined by a hyphen or "and" inside the phrase
// before the noun ("US - India defence partnership").
func (x *extractor) innerPair(m *entente.Mention, start, k int) []*entente.Mention {
	j := m.Tokens[0] - 1
	if w := x.w(j); w != "-" && w != "and" && w != "–" {
		return nil
	}
	a := x.mentionEnding(j)
	if a == nil || country(a.Code) == country(m.Code) {
		return nil
	}
	return []*entente.Mention{a, m}
}

// owner finds the side that has the relation: "Y's ally", "its ally",
// "ally of Y", "ties with Y". It returns the mention and the token where the
// phrase, possessive included, starts.
func (x *extractor) owner(det, k int) (*entente.Mention, int) {
	switch p := x.w(det - 1); {
	case p == "'s" || p == "'" || p == "s" && x.w(det-2) == "'":
		end := det - 1
		if p == "s" {
			end--
		}
		if m := x.mentionEnding(end); m != nil {
			return m, m.Tokens[0]
		}
		if m := x.mentionCovering(end - 1); m != nil {
			return m, m.Tokens[0]
		}
	case possessives[p]:
		if m := x.mentionCovering(det - 1); m != nil {
			return m, det - 1
		}
		if m := x.before(det-1, "", true); m != nil {
			return m, det - 1
		}
	}
	// "ally of Y", "links with Y", "relations between X and Y" (handled as
	// a pair by referent).
	if w := x.w(k + 1); w == "of" || w == "with" || w == "to" {
		j := k + 2
		if x.w(j) == "the" {
			j++
		}
		if m := x.mentionStarting(j); m != nil {
			return m, det
		}
	}
	return nil, det
}

// referent finds the side the noun stands for: an apposition before it, the
// subject of a copula, or a name after it. For a plural noun it may find a
// pair instead ("X and Y are rivals", "rivals X and Y").
func (x *extractor) referent(det, k int, n noun) (*entente.Mention, []*entente.Mention) {
	j := det - 1
	// Skip a copula or "which happens to be".
	sawCopula := false
	for j >= 0 && copulas[x.words[j]] {
		sawCopula = true
		j--
	}
	if sawCopula {
		if w := x.w(j); w == "which" || w == "who" || w == "that" {
			j--
			if x.w(j) == "," {
				j--
			}
		}
	} else if w := x.w(j); w == "," || w == "–" || w == "—" || w == "(" || w == "-" && clause.BreakAt(x.toks, x.words, j) {
		j--
	}
	if j >= 0 && (sawCopula || j < det-1) {
		if m := x.mentionEnding(j + 1); m != nil {
			if n.plural || sawCopula {
				// "X and Y are rivals"
				if x.w(m.Tokens[0]-1) == "and" {
					if a := x.mentionEnding(m.Tokens[0] - 1); a != nil && country(a.Code) != country(m.Code) {
						return nil, []*entente.Mention{a, m}
					}
				}
			}
			return m, nil
		}
	}
	// A name after the noun: "ally Washington", "rivals X and Y".
	i := k + 1
	if x.w(i) == "," {
		i++
	}
	if m := x.mentionStarting(i); m != nil {
		if n.plural && x.w(m.Tokens[1]) == "and" {
			if b := x.mentionStarting(m.Tokens[1] + 1); b != nil && country(b.Code) != country(m.Code) {
				return nil, []*entente.Mention{m, b}
			}
		}
		return m, nil
	}
	// "relations between X and Y"
	if x.w(k+1) == "between" {
		if a := x.mentionStarting(k + 2); a != nil && x.w(a.Tokens[1]) == "and" {
			if b := x.mentionStarting(a.Tokens[1] + 1); b != nil && country(b.Code) != country(a.Code) {
				return nil, []*entente.Mention{a, b}
			}
		}
	}
	// "Russia, which has shared deep links with India": the subject before.
	if n.needsQualifier {
		if m := x.before(det, "", false); m != nil {
			return m, nil
		}
	}
	return nil, nil
}

// emit builds the relation between a and b.
func (x *extractor) emit(k int, a, b *entente.Mention, sign int, strength float64, past string, from int, n noun, last int) ([]entente.Relation, bool) {
	if a == nil || b == nil || a.Code == b.Code || country(a.Code) == country(b.Code) {
		return nil, false
	}
	strength = math.Max(0.05, math.Min(1, strength))
	span := entente.Span{Start: from, End: x.toks[max(k, last)].Span.End}
	if span.Start > span.End {
		span.Start = x.toks[k].Span.Start
	}
	r := entente.Relation{
		ArticleID: x.art.ID, Sentence: x.si, A: a.Code, B: b.Code, Sign: sign, Directed: n.directed,
		Strength: math.Round(strength*100) / 100, Span: span, Phrase: span.Of(x.art.Text),
		When: x.period(k, past),
	}
	return []entente.Relation{r}, true
}

// period dates the relation: an era or date in the noun phrase or its
// clause; "former" marks it over without a date; otherwise it holds at
// publication.
func (x *extractor) period(k int, past string) entente.When {
	es := x.dates.Exprs(x.si)
	cs, ce := clause.Bounds(x.toks, x.words, k)
	best := -1
	for i, e := range es {
		// An era naming the relation ("a Cold War ally"), or a period after
		// the noun in its clause ("enemies during the Cold War"); a date
		// before it dates the clause's event, not the relation.
		if e.Tokens[0] > k && e.Tokens[0] < ce || e.Attributive && e.Tokens[1] <= k && e.Tokens[0] >= cs {
			if best < 0 || absInt(e.Tokens[0]-k) < absInt(es[best].Tokens[0]-k) {
				best = i
			}
		}
	}
	if best >= 0 {
		if w, ok := x.dates.Date(&es[best]); ok {
			return w
		}
	}
	if past != "" {
		return entente.When{Precision: entente.PrecisionApproximate, Phrase: past, Historical: true}
	}
	return entente.When{Date: x.art.Published, Precision: entente.PrecisionDay, FromStoryDate: true}
}

func absInt(a int) int {
	if a < 0 {
		return -a
	}
	return a
}
