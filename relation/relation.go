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
// it, preferring a subject; it never stands for the referent itself ("X, its
// ally"). A relation noun that is the object of an action ("forge ties",
// "strengthen the partnership") is an event and is left to the coder, unless
// the action is only begun ("have begun to build a partnership").
//
// Each relation carries the period it is said to hold in (see period): the
// era or date that frames it ("during the Cold War", "In the 1980s, X and Y
// were allies", "the Cold War, when X was Y's ally"), marked Historical; no
// date but a past tense or "former", "once", "used to be": Historical and
// undated; a relation that holds "since" a time, or is stated in the present,
// holds at publication, so that current standing relations count at the
// story date.
package relation

import (
	"math"
	"sort"
	"strings"

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
		for k, w := range x.words {
			if a, ok := adjectives[w]; ok {
				out = append(out, x.adjective(k, a)...)
			}
		}
	}
	return out
}

// adjective is an adjective that states a relation with "to": "X has grown
// close to Y", "X is hostile to Y".
type adjective struct {
	sign     int
	strength float64
}

var adjectives = map[string]adjective{
	"close": {1, 0.5}, "closer": {1, 0.5}, "friendly": {1, 0.4}, "loyal": {1, 0.5},
	"hostile": {-1, 0.5}, "antagonistic": {-1, 0.5},
}

// linkWords may stand between the subject and the adjective: copulas,
// verbs of becoming and adverbs of degree and time.
var linkWords = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"has": true, "have": true, "had": true, "grown": true, "grew": true, "grow": true, "grows": true,
	"growing": true, "drawn": true, "drew": true, "draw": true, "draws": true, "drawing": true,
	"moved": true, "move": true, "moves": true, "moving": true, "become": true, "became": true,
	"becomes": true, "becoming": true, "remain": true, "remains": true, "remained": true,
	"stayed": true, "stays": true, "very": true, "much": true, "increasingly": true, "ever": true,
	"even": true, "far": true, "so": true, "now": true, "also": true, "steadily": true,
	"still": true, "always": true, "long": true, "since": false,
}

// adjective reads "A (has grown) close to B" around the adjective at k: A
// the mention right before the linking words, B the one right after "to"
// or "toward" (past an article).
func (x *extractor) adjective(k int, adj adjective) []entente.Relation {
	if nw := x.w(k + 1); nw != "to" && nw != "toward" && nw != "towards" {
		return nil
	}
	bi := k + 2
	if x.w(bi) == "the" && x.mentionStarting(bi) == nil {
		bi++
	}
	b := x.mentionStarting(bi)
	j := k - 1
	for j >= 0 && linkWords[x.w(j)] {
		j--
	}
	if j == k-1 || b == nil {
		// no verb or copula links them ("a close ally"), or no partner
		return nil
	}
	a := x.mentionEnding(j + 1)
	if a == nil {
		return nil
	}
	if t := x.twin(a); t != nil && t.Code == b.Code {
		return nil
	}
	st := x.stance(j + 1)
	st.predicate = true
	rs, _ := x.emit(k, a, b, adj.sign, adj.strength, st, x.toks[a.Tokens[0]].Span.Start, noun{}, b.Tokens[1]-1)
	return rs
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
	var inner []*entente.Mention // "the US - India partnership"
	var adj *entente.Mention     // "its Saudi ally"
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
			if inner = x.innerPair(m, start, k); inner == nil && !possessives[x.w(m.Tokens[0])] {
				// With an owner, a name before the noun is the referent:
				// "its Saudi ally", "their Taliban allies".
				adj = m
				start = m.Tokens[0]
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
	if inner != nil {
		return x.emit(k, inner[0], inner[1], sign, strength, stance{past: past}, inner[0].Span.Start, n, last)
	}
	// An action on the relation is an event.
	building := -1
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
			if !x.inchoative(j) {
				return nil, false
			}
			// "have begun to build a partnership": one in the making.
			strength -= 0.2
			building = j
			break
		}
		if x.words[j] == "," {
			break
		}
	}
	st := x.stance(det)
	st.past = past
	if owner == nil {
		// "X regards Y as a rival": Y is the rival, X the one who says so.
		if ref, holder := x.regards(det); ref != nil && holder != nil {
			return x.emit(k, ref, holder, sign, strength, st, x.toks[det].Span.Start, n, last)
		}
	}
	ref, pair := x.referent(det, k, n)
	if adj != nil && owner != nil {
		ref, pair = adj, nil
	}
	if owner != nil && possessives[x.w(det)] {
		// "its rivalry with Y", "their ties to Y": the other side follows.
		if w := x.w(k + 1); w == "with" || w == "to" {
			j := k + 2
			if x.w(j) == "the" {
				j++
			}
			if m := x.mentionStarting(j); m != nil && country(m.Code) != country(owner.Code) {
				ref, pair = m, nil
			}
		}
	}
	if pair == nil && ref == nil && owner == nil && building >= 0 {
		// "X and Y have begun to build a partnership": the subject pair.
		if m := x.before(building, "", false); m != nil && x.w(m.Tokens[0]-1) == "and" {
			if a := x.mentionEnding(m.Tokens[0] - 1); a != nil && country(a.Code) != country(m.Code) {
				pair = []*entente.Mention{a, m}
			}
		}
	}
	if pair != nil && owner == nil {
		return x.emit(k, pair[0], pair[1], sign, strength, st, x.toks[det].Span.Start, n, last)
	}
	if ref == nil && owner == nil {
		return nil, false
	}
	if owner == nil {
		owner = x.before(ref.Tokens[0], country(ref.Code), false)
	}
	if ref != nil && owner != nil && country(owner.Code) == country(ref.Code) && possessives[x.w(det)] {
		// "X, its ally" or "X is its rival": the pronoun cannot stand for
		// X itself, whatever coreference said; take the nearest other side.
		owner = x.before(det, country(ref.Code), true)
	}
	if ref == nil {
		ref = x.before(det, country(owner.Code), false)
		if ref != nil && ref.Tokens[0] >= owner.Tokens[0] {
			ref = nil
		}
		if ref != nil && x.speaksBetween(ref.Tokens[1], owner.Tokens[0]) {
			// "Britain's ambassador said Moscow had chosen to
			// protect its friends": the speaker is not one of them
			ref = nil
		}
	}
	if ref == nil || owner == nil {
		return nil, false
	}
	from := x.toks[det].Span.Start
	return x.emit(k, ref, owner, sign, strength, st, from, n, last)
}

// inchoative reports whether the action verb at j is begun rather than done
// or sought: "started to build", "have begun cultivating". A relation that
// is being built already stands, if weakly; one that is sought does not.
func (x *extractor) inchoative(j int) bool {
	switch x.words[j] {
	case "build", "building", "develop", "developing", "cultivate", "cultivating", "forge", "forging", "deepen", "deepening":
	default:
		return false
	}
	i := j - 1
	if x.w(i) == "to" {
		i--
	}
	switch x.w(i) {
	case "begun", "began", "begin", "begins", "started", "start", "starts":
		return true
	}
	return false
}

// stance tells how the clause states the relation whose noun phrase starts
// at det: as a copula's predicate ("X and Y were rivals", "X used to be Y's
// ally"), and in the past ("were", "had been", "used to be", "once").
type stance struct {
	// past is the word that puts the relation in the past ("former",
	// "were", "used"), "" when nothing does.
	past string
	// predicate reports that a copula links the relation to its subject, so
	// that a date anywhere in the clause dates the relation itself.
	predicate bool
	// pastCopula is the copula or adverb that puts the predicate in the past.
	pastCopula string
}

func (x *extractor) stance(det int) stance {
	var st stance
	for j := det - 1; j >= 0; j-- {
		w := x.words[j]
		if w == "used" && x.w(j+1) == "to" {
			st.predicate = true
			st.pastCopula = "used to be"
			continue
		}
		if !copulas[w] {
			break
		}
		if w == "had" && (x.w(j-1) == "has" || x.w(j-1) == "have" || x.w(j-1) == "'ve") {
			// "has had close ties": the present perfect speaks of now.
			st.predicate = true
			continue
		}
		switch w {
		case "was", "were", "had", "once":
			if st.pastCopula == "" || w == "once" {
				st.pastCopula = w
			}
		}
		if w != "to" && w != "now" && w != "still" && w != "also" && w != "both" && w != "long" && w != "always" && w != "once" {
			st.predicate = true
		}
	}
	if !st.predicate && st.pastCopula != "once" {
		st.pastCopula = ""
	}
	return st
}

// regardVerbs state how one side sees the other: "X regards Y as a rival".
var regardVerbs = map[string]bool{
	"regard": true, "regards": true, "regarded": true, "regarding": true, "see": true,
	"sees": true, "saw": true, "seeing": true, "view": true, "views": true, "viewed": true,
	"viewing": true, "consider": true, "considers": true, "considered": true,
	"considering": true, "treat": true, "treats": true, "treated": true, "treating": true,
	"describe": true, "describes": true, "described": true, "describing": true,
}

// regards reads "X regards Y as a rival" with the noun phrase starting at
// det: it returns Y and X.
func (x *extractor) regards(det int) (*entente.Mention, *entente.Mention) {
	if x.w(det-1) != "as" {
		return nil, nil
	}
	y := x.mentionEnding(det - 1)
	if y == nil || !regardVerbs[x.w(y.Tokens[0]-1)] {
		return nil, nil
	}
	return y, x.before(y.Tokens[0]-1, country(y.Code), false)
}

// predicate reads a qualifier predicated of the relation noun at k, within
// the next few tokens: "are tense", "have been strained", "remain very close".
func (x *extractor) predicate(k int) (int, int, bool) {
	// "ties collapsed", "relations have soured": a change stated right
	// after the noun says how the relation stands after it
	for j := k + 1; j <= k+3 && j < len(x.words); j++ {
		if sg := changes[x.words[j]]; sg != 0 {
			return sg, j, true
		}
		if w := x.words[j]; w != "have" && w != "has" && w != "had" && w != "then" && w != "quickly" && w != "soon" {
			break
		}
	}
	for j := k + 1; j < len(x.words) && j <= k+10; j++ {
		w := x.words[j]
		if clause.BreakAt(x.toks, x.words, j) || w == "," || w == "which" || w == "that" {
			return 0, 0, false
		}
		if sg := changes[w]; sg != 0 {
			// "relations between X and Y soured"
			return sg, j, true
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
			if sg := changes[x.w(i)]; sg != 0 {
				return sg, i, true
			}
			// "are at their worst", "at its lowest point".
			if (x.w(i) == "at" || x.w(i) == "now" && x.w(i+1) == "at") && possessives[x.w(i+1+boolInt(x.w(i) == "now"))] {
				e := i + 2 + boolInt(x.w(i) == "now")
				if sg := extremes[x.w(e)]; sg != 0 {
					return sg, e, true
				}
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
		if p == "our" || p == "my" {
			// "'X remains our friend,' the minister said": the speaker's side.
			if m := x.speaker(det - 1); m != nil {
				return m, det - 1
			}
		}
		if m := x.mentionCovering(det - 1); m != nil {
			return m, det - 1
		}
		if m := x.antecedent(det - 1); m != nil {
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

// quoteMarks are the forms a quotation mark takes as a token.
var quoteMarks = map[string]bool{"\"": true, "“": true, "”": true, "``": true, "''": true, "«": true, "»": true}

// speechVerbs attribute a quotation to its speaker.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "declared": true,
	"stated": true, "insisted": true, "asserted": true, "wrote": true, "tweeted": true,
}

// speaker returns the mention that speaks the quotation holding token i:
// the one next to a speech verb after the closing mark ("...," he said;
// "...," said the envoy) or before the opening one (the envoy said: "...").
// It returns nil when i is not quoted or no speaker is named.
func (x *extractor) speaker(i int) *entente.Mention {
	open, close := -1, -1
	for j := 0; j < len(x.words); j++ {
		if !quoteMarks[x.toks[j].Form] {
			continue
		}
		if j < i {
			if open < 0 {
				open = j
			} else {
				open = -1 // a quotation closed before i
			}
		} else if j > i && open >= 0 {
			close = j
			break
		}
	}
	if open < 0 {
		return nil
	}
	if close >= 0 {
		speech := false
		for j := close + 1; j < len(x.words) && j <= close+4; j++ {
			if speechVerbs[x.words[j]] {
				speech = true
			}
		}
		for j := close + 1; speech && j < len(x.words) && j <= close+5; j++ {
			if m := x.mentionStarting(j); m != nil {
				return m
			}
		}
	}
	for j := open - 1; j >= 0 && j >= open-3; j-- {
		if speechVerbs[x.words[j]] {
			if m := x.before(j, "", false); m != nil {
				return m
			}
		}
	}
	return nil
}

// speaksBetween reports whether a verb of speech stands between tokens
// from and to: a mention before it is its speaker, not a party to what it
// reports.
func (x *extractor) speaksBetween(from, to int) bool {
	for j := from; j < to && j < len(x.words); j++ {
		if speechVerbs[x.words[j]] {
			return true
		}
	}
	return false
}

// referent finds the side the noun stands for: an apposition before it, the
// subject of a copula, or a name after it. For a plural noun it may find a
// pair instead ("X and Y are rivals", "rivals X and Y").
func (x *extractor) referent(det, k int, n noun) (*entente.Mention, []*entente.Mention) {
	j := det - 1
	// Skip a copula or "which happens to be".
	sawCopula := false
	for j >= 0 && (copulas[x.words[j]] || x.words[j] == "used" && x.w(j+1) == "to") {
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
			if n.plural {
				// "the two countries were rivals": one phrase, two actors.
				if a := x.twin(m); a != nil {
					return nil, []*entente.Mention{a, m}
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
			if a := x.twin(m); a != nil {
				return nil, []*entente.Mention{a, m}
			}
			return m, nil
		}
	}
	return nil, nil
}

// antecedent returns the mention an unresolved possessive pronoun at i
// stands for: in a parsed sentence the nearest subject before it ("the
// minister blamed Iran and vowed to defend its ally": its is the
// minister's), otherwise the nearest mention, looking back into the sentence
// before.
func (x *extractor) antecedent(i int) *entente.Mention {
	if clause.Parsed(x.toks) {
		ms := x.ms[x.si]
		for k := len(ms) - 1; k >= 0; k-- {
			m := &ms[k]
			if m.Tokens[1] > i {
				continue
			}
			for t := m.Tokens[0]; t < m.Tokens[1]; t++ {
				if r := x.toks[t].Rel; r == "nsubj" || r == "nsubj:pass" {
					return m
				}
			}
		}
	}
	return x.before(i, "", true)
}

// twin returns another mention of this sentence over the same tokens as m
// with another country ("the two countries" read as both), or nil.
func (x *extractor) twin(m *entente.Mention) *entente.Mention {
	for k := range x.ms[x.si] {
		o := &x.ms[x.si][k]
		if o.Tokens == m.Tokens && country(o.Code) != country(m.Code) {
			return o
		}
	}
	return nil
}

// emit builds the relation between a and b.
func (x *extractor) emit(k int, a, b *entente.Mention, sign int, strength float64, st stance, from int, n noun, last int) ([]entente.Relation, bool) {
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
		When: x.period(k, st),
	}
	return []entente.Relation{r}, true
}

// period dates the relation. A date in the noun phrase ("a Cold War ally")
// or after the noun in its clause ("enemies during the Cold War") dates it;
// so does any date of the clause, fronted ones included, when the relation
// is a copula's predicate ("In the 1990s X and Y were allies"), and the date
// a "when" clause hangs on ("during the Cold War, when X was Y's ally"). A
// date before the noun in another kind of clause dates the clause's event,
// not the relation. A relation said to hold "since" a time holds now: it is
// dated at publication, with the phrase. One put in the past ("former",
// "once", "were", "used to be") without a date is Historical and undated;
// otherwise the relation holds at publication.
func (x *extractor) period(k int, st stance) entente.When {
	es := x.dates.Exprs(x.si)
	cs, ce := clause.Bounds(x.toks, x.words, k)
	pastTense := st.past != "" || st.pastCopula != ""
	best := -1
	for i, e := range es {
		after := e.Tokens[0] > k && e.Tokens[0] < ce
		// an era right before the noun modifies it, whatever clause a
		// parse puts the two in ("a Cold War ally" read as an adverb)
		inPhrase := e.Attributive && (e.Tokens[1] == k || e.Tokens[1] <= k && e.Tokens[0] >= cs)
		ofPredicate := st.predicate && !e.Attributive && (e.Fronted || e.Tokens[0] >= cs && e.Tokens[1] <= k)
		if !after && !inPhrase && !ofPredicate {
			continue
		}
		if pastTense {
			// "were rivals ... now": a date of the present cannot date a
			// relation put in the past.
			if w, ok := x.dates.Date(&es[i]); !ok || w.GapDays <= 0 {
				continue
			}
		}
		if best < 0 || absInt(e.Tokens[0]-k) < absInt(es[best].Tokens[0]-k) {
			best = i
		}
	}
	if best < 0 {
		best = x.whenClause(es, cs, k)
	}
	if best >= 0 {
		if w, ok := x.dates.Date(&es[best]); ok {
			if !pastTense && strings.HasPrefix(clause.Fold(es[best].Phrase), "since ") {
				// "ties since the Cold War" still hold.
				return entente.When{Date: x.art.Published, Precision: entente.PrecisionDay, Phrase: w.Phrase, Span: w.Span}
			}
			if pastTense {
				w.Historical = true
			}
			return w
		}
	}
	if pastTense {
		p := st.past
		if p == "" {
			p = st.pastCopula
		}
		return entente.When{Precision: entente.PrecisionApproximate, Phrase: p, Historical: true}
	}
	return entente.When{Date: x.art.Published, Precision: entente.PrecisionDay, FromStoryDate: true}
}

// whenClause returns the index of the expression that a "when" clause
// holding the noun at k hangs on ("during the Cold War, when ..."), or -1.
func (x *extractor) whenClause(es []when.Expr, cs, k int) int {
	for j := k - 1; j >= 0 && j >= cs-1; j-- {
		if x.words[j] != "when" {
			continue
		}
		c := j - 1
		if x.w(c) == "," {
			c--
		}
		for i := range es {
			if es[i].Tokens[1] == c+1 && !es[i].Attributive {
				return i
			}
		}
		return -1
	}
	return -1
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func absInt(a int) int {
	if a < 0 {
		return -a
	}
	return a
}
