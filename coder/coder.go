// Package coder turns parsed sentences and their actor mentions into CAMEO
// events, using verb dictionaries (package coder/verbs) over the dependency
// parse.
//
// For every verb (and event noun) the dictionaries know, the coder finds its
// actors through the parse: the subject is the source and the object the
// target, the other way round in the passive ("Pakistan was accused by India":
// IND 112 PAK); conjoined actors all take part ("Russia and Pakistan conducted
// joint drills": RUS 062 PAK and PAK 062 RUS); an appositive or a modifier of
// a non-actor noun stands for it; a verb with no subject of its own takes its
// controller's ("agreed to sell", "sought to strengthen") or, when conjoined,
// its first conjunct's. Each clause is coded on its own, so that "X said that
// Y attacked Z" yields Y's attack; a statement or other verb coded only by its
// default code gives way to an event of its clausal complement, also through
// words that are no predicate ("is about to restore", "is ready to attack").
// A cooperative deed (04 to 08) in the infinitive complement of a word of
// intention ("hoped to forge a partnership", "pledged to help", "is ready
// to defend") is coded as the intent (03x) CAMEO gives it, a hostile one
// (16 to 20: "vowed to retake", "is prepared to impose sanctions") as the
// threat (13x).
// Negated predicates ("did not attack") are kept and marked Negated; the rest
// are Asserted. A statement whose complement is negated ("said it would not
// join") stays the event, and so does a denial (016, "denied arming the
// rebels"), which takes the denied deed's target. An appeal or demand made
// to an addressee ("urged Peru to release", "called on Morocco to take
// back", "demanded that Turkey withdraw") is the event: the deed asked for,
// in a complement or a purpose clause, is not coded, nor is a deed warned
// against ("warned the West against sending missiles"). Nor is a complement
// the governing verb's pattern has read and coded as the same kind of
// event ("offered to mediate between" against "* TO MEDIATE BETWEEN").
//
// A clause that modifies a noun ("crowds burning the embassy", "the army,
// which attacked") has that noun for subject. Where the parse leaves a role
// empty (a parser error, a passive agent hung on the wrong word), word
// order fills it: the actor after "by" in the passive, else the nearest
// actor before the verb as source and the first one after it as target
// (past a comma or conjunction, only one the parse hangs on the verb
// itself, not on another verb).
// No source is guessed for a verb whose subject the parse gives, actor or
// not ("a senior official said" is nobody's statement the dictionaries
// know), and no target is taken from a phrase of time ("after Y's
// attack") or from a pronoun that stands for the source. A past participle
// with a "by" or "of" phrase that modifies a noun ("officials accused of
// corruption by X") is a reduced passive, the noun its patient; a passive
// subject without an actor of its own is read as an object is ("the
// lifting of sanctions on Iran was welcomed by China": IRN is the
// target). An unresolved pronoun object of a participle ("cut ties with
// Morocco, accusing it") stands for the target of the verb it hangs on; a
// complaint or protest without a target is aimed at the doer of the deed it
// follows ("protested after Peruvian ships entered its waters"); what is
// seized or retaken (192, 171) is taken "from" the target. A place inside
// the object of a consultation or of a meeting refused ("to discuss the
// war in Gaza", "rejected an invitation to talks in Geneva") is no party.
// A target of the source's own country where the sentence names another
// party (a pattern that bound a word past "on Monday", the possessor in
// "Yemen's Houthis") gives way to that party, unless it is the object or
// describes it ("attacked a Beninese army post near the border with
// Burkina Faso"); a named country arrested
// (173) is territory seized (192) or a state accused (112), a state's
// bombing is an air strike (195), an exercise held alone a show of force
// (150), and munitions that "land" are artillery fire (see statetarget.go).
//
// The dictionaries' patterns are matched, longest first, against the clause in
// word order (the verb's subtree without conjoined clauses, its subject, and
// the words that govern it, but no relative clause below it, which is a
// predicate of its own): the words before '*' must precede the verb,
// matched from the verb outwards, the words after it follow, with '_' for
// adjacency, and '$', '+' and '%' bind the first actor met at their place,
// overriding the roles the parse gave; '%' stands for the whole coordination
// of the actor it binds ("A and B have delayed their meeting": with one
// another). A pattern word TO not followed by another word is the preposition,
// never the infinitive marker of a purpose clause ("* TO" is "headed to", not
// "oversaw ... to support"). A match through alternatives counts only the
// alternative it used when ranking patterns by length. TABARI's subordinate
// codes ("[023?]") count only when nothing else is coded in the sentence,
// dominant ones ("[111!]") silence the rest; each dyad and code is reported
// once per sentence. In a passive clause a "$" or "%" that binds the passive
// subject gives way to the parse's roles ("China was criticised by
// Lithuania" against "$ * +" is LTU 111 CHN), and a "%" bound only to other
// words for the subject ("Azerbaijan's president, speaking in Baku,
// accused") is no compound. A list of actors the parse broke ("a trip to
// the United States, France, England and Italy", England taken for an
// apposition) goes on in the text (listTail).
//
// One event has no verb of its own: an official, government or
// international body told to be "in" another state or its capital for a
// purpose or at a time ("Yeutter is in New Zealand for talks") visits it
// (042, hosted 043), unless the sentence tells the consultation in words of
// its own or the subject lives there (an embassy, an ambassador, an exile;
// see presences). Its events name the rule, "entente.coder:0", as the entry
// that coded them.
//
// Speed: the dictionary numbers its pattern words when it is read (see
// verbs.Dictionary.FormIDs); the coder looks each token up once per
// sentence and skips, without trying it, every pattern one of whose
// needed words does not occur in the clause; the order in which a word's
// patterns are tried is worked out once per list of blocks and cached.
// Sentences without an actor or a dictionary word that can code an event
// (or, with two actors, "is in", "was in" for a presence) are not parsed
// (Candidate); on Reuters newswires that is about half the
// sentences but few of those with an actor, since nearly all of them have
// such a word ("said"). Options.ParseAll turns the prefilter off, for the
// tests that check it changes no event.
//
// Code also reads events across the sentences of an article (see
// anaphora.go): a predicate whose object is a definite event noun without
// actors ("rejected the accusation", "lifted the embargo", "its unease at
// the war games") takes its target from the earlier event the noun refers
// back to, a threat without target is aimed at the victim of the same
// actor's latest hostile event, and "returned the favour" is the earlier
// friendly event done back.
//
// CodeWordOrder is the "tabari" compatibility mode: TABARI's own word-order
// rules, without a parse (see its documentation).
package coder

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"entente"
	"entente/cameo"
	"entente/coder/verbs"
	"entente/internal/calendar"
	iclause "entente/internal/clause"
	"entente/modality"
)

// Parser fills the grammatical fields (UPOS, Lemma, Head, Rel) of a
// sentence's tokens; *parse.Model satisfies it.
type Parser interface {
	Parse(toks []entente.Token)
}

// Options change how the coder works.
type Options struct {
	// Convention selects Goldstein values and QuadClass (default GDELT).
	Convention cameo.Convention
	// RequireTarget drops events without a target actor.
	RequireTarget bool
	// DictVersion is copied into every event.
	DictVersion string
	// Complexity, when set, makes the word-order mode reject sentences too
	// complex to code, as TABARI's COMPLEX option does.
	Complexity *Complexity
	// ParseAll parses and codes every sentence with an actor mention,
	// not only those that can yield an event (Candidate): slower, with the
	// same events, for tests that check the prefilter.
	ParseAll bool
	// NotCAMEO says the verb dictionary's codes are not CAMEO's (the
	// peers' test suites use WEIS-era demo codes): refinements that rest
	// on CAMEO's codebook, such as coding a state's protest as an official
	// complaint (114), are left out.
	NotCAMEO bool
}

// Complexity holds TABARI's complexity conditions (TABARI manual 8.7): a
// sentence meeting any of them is not coded and reported as complex. Zero
// counts and false flags are inactive.
type Complexity struct {
	Verbs, Actors, Pronouns, Conj  int // n or more of them
	NoActPrior, NoActAfter, NoVerb bool
}

// Coder codes events. It is safe for concurrent use if its Parser is.
type Coder struct {
	dict   *verbs.Dictionary
	parser Parser
	opt    Options
	// orders caches the order in which the patterns of a list of blocks
	// are tried (first block -> []*blockOrder), see patternsOf.
	orders sync.Map
}

// New returns a coder over dictionary d. p parses sentences whose tokens
// have no parse yet; it may be nil when sentences come parsed.
func New(d *verbs.Dictionary, p Parser, opt Options) *Coder {
	return &Coder{dict: d, parser: p, opt: opt}
}

// Code codes the events of an article's sentences. mentions are the actor
// mentions of the whole article (each naming its sentence). Sentences that
// cannot yield an event (no actor, or no word the dictionaries know) are not
// parsed. Tokens of the sentences that are parsed are filled in place.
func (c *Coder) Code(a *entente.Article, sents []entente.Sentence, mentions []entente.Mention) []entente.Event {
	return c.codeAll(a, sents, mentions, !c.opt.ParseAll)
}

// codeAll is Code with the prefilter (Candidate) optional: without it every
// sentence is parsed and coded, which only tests need.
func (c *Coder) codeAll(a *entente.Article, sents []entente.Sentence, mentions []entente.Mention, prefilter bool) []entente.Event {
	bySent := map[int][]entente.Mention{}
	for _, m := range mentions {
		bySent[m.Sentence] = append(bySent[m.Sentence], m)
	}
	var out []entente.Event
	var refs []anaphor
	for i := range sents {
		evs, rs := c.codeSentenceRefs(a, &sents[i], bySent[sents[i].Index], prefilter)
		out = append(out, evs...)
		refs = append(refs, rs...)
	}
	return c.resolveAnaphora(a, out, refs, mentions)
}

// Candidate reports whether a sentence can yield an event: it has an actor
// mention and a word the dictionaries know as a verb or event noun that can
// code an event (see verbs.Verb.CanCode).
func (c *Coder) Candidate(s *entente.Sentence, mentions []entente.Mention) bool {
	if len(mentions) == 0 {
		return false
	}
	for i, t := range s.Tokens {
		if canCode(c.dict.Lookup(t.Form)) || t.Lemma != "" && canCode(c.dict.Lookup(t.Lemma)) {
			return true
		}
		if len(mentions) > 1 && i+1 < len(s.Tokens) && s.Tokens[i+1].Form == "in" && inSet(strings.ToUpper(t.Form), "IS", "ARE", "WAS", "WERE", "BE") {
			return true // a visit told by presence (see presences)
		}
	}
	return false
}

// canCode reports whether one of vs can yield an event.
func canCode(vs []*verbs.Verb) bool {
	for _, v := range vs {
		if v.CanCode() {
			return true
		}
	}
	return false
}

func parsed(toks []entente.Token) bool {
	for _, t := range toks {
		if t.Rel != "" {
			return true
		}
	}
	return false
}

// CodeSentence codes one sentence with its mentions.
func (c *Coder) CodeSentence(a *entente.Article, s *entente.Sentence, mentions []entente.Mention) []entente.Event {
	return c.codeSentence(a, s, mentions, !c.opt.ParseAll)
}

func (c *Coder) codeSentence(a *entente.Article, s *entente.Sentence, mentions []entente.Mention, prefilter bool) []entente.Event {
	evs, _ := c.codeSentenceRefs(a, s, mentions, prefilter)
	return evs
}

// codeSentenceRefs is codeSentence that also returns, for each event, the
// event its words refer back to (see anaphor), for the article's second
// pass.
func (c *Coder) codeSentenceRefs(a *entente.Article, s *entente.Sentence, mentions []entente.Mention, prefilter bool) ([]entente.Event, []anaphor) {
	if prefilter && !c.Candidate(s, mentions) || len(mentions) == 0 {
		return nil, nil
	}
	if !parsed(s.Tokens) {
		if c.parser == nil {
			return nil, nil
		}
		c.parser.Parse(s.Tokens)
	}
	if s2, ok := sharedHeadConj(s, mentions); ok {
		s = s2
	}
	if s2, ok := coordinatedSubject(s, mentions); ok {
		s.Tokens = s2.Tokens
	}
	if s2, ok := visitingModifier(s, mentions); ok {
		// the repaired parse is the coder's, for the stages after it
		// (modality reads the visit's governor) as for its own
		s.Tokens = s2.Tokens
	}
	sc := newSentenceIn(getScratch(), s, mentions)
	evs := c.code(a, sc)
	sc.putScratch()
	if len(sc.refs) != len(evs) {
		return evs, make([]anaphor, len(evs))
	}
	return evs, sc.refs
}

// sharedHeadConj returns a copy of sentence s whose parse coordinates two
// actors that modify one noun ("Mexican and US officials": "Mexican" and
// "US" both modify "officials", and the parse does not coordinate them) as
// it coordinates two adjectives ("French and German officials": "German" a
// conjunct of "French"), so that both are parties to what the noun's
// phrase does; ok is false, and s unchanged, when there is none.
func sharedHeadConj(s *entente.Sentence, ms []entente.Mention) (*entente.Sentence, bool) {
	toks := s.Tokens
	var out []entente.Token
	for _, a := range ms {
		x, c := a.Tokens[1]-1, a.Tokens[1]
		if x < 0 || c+1 >= len(toks) || !strings.EqualFold(toks[c].Form, "and") {
			continue
		}
		y := c + 1
		starts := false
		for _, b := range ms {
			starts = starts || b.Tokens[0] == y
		}
		h := toks[x].Head
		if !starts || h <= y || toks[y].Head != h || !modifierRel(toks[x].Rel) || !modifierRel(toks[y].Rel) {
			continue
		}
		if out == nil {
			out = append([]entente.Token(nil), toks...)
		}
		out[y].Head, out[y].Rel = x, "conj"
		out[c].Head, out[c].Rel = y, "cc"
	}
	return withTokens(s, out)
}

// visitingModifier returns a copy of sentence s whose parse makes
// "visiting" right before an actor that is a person, an office or a body
// (not a bare country or a capital: "visiting China" is a visit told) a
// modifier of that actor's noun, as in "told visiting U.S. Secretary of
// State George Shultz", "met the visiting Chinese premier", which the
// parser reads as a verb with the actor for its object; ok is false, and s
// unchanged, when there is none. The actor takes the place the verb had in
// the clause, and the verb's other dependents go with it ("the" to the
// noun, "that ties were strong" to the verb that governs it).
func visitingModifier(s *entente.Sentence, ms []entente.Mention) (*entente.Sentence, bool) {
	toks := s.Tokens
	var out []entente.Token
	for _, m := range ms {
		v := m.Tokens[0] - 1
		for v >= 0 && v > m.Tokens[0]-6 && titleWord(toks[v]) {
			// "visiting U.S. Secretary of State George Shultz": the
			// title before the name the dictionary knows
			v--
		}
		if v < 0 || !strings.EqualFold(toks[v].Form, "visiting") || toks[v].UPOS != "VERB" || toks[v].Rel == "amod" ||
			m.Kind == entente.MentionMetonym || m.Kind == entente.MentionCoref || len(m.Code) == 3 || strings.HasPrefix(m.Code, "IGO") {
			continue
		}
		if v == 0 && !(m.Tokens[1] < len(toks) && inSet(toks[m.Tokens[1]].XPOS, "VBD", "VBZ", "VBP")) || v > 0 && !visitorSlot(toks[v-1]) {
			// "spent Tuesday visiting", "arrived on Wednesday, visiting",
			// "after visiting", "was visiting", "Visiting Zelenskiy in
			// Kyiv, Blinken pledged": a visit told as a verb (a
			// sentence-initial "Visiting Chinese Foreign Minister Wang Yi
			// met Putin" has the official for subject of the next verb)
			continue
		}
		lo, hi := m.Tokens[0], m.Tokens[1]
		hd := -1
		for k := lo; k < hi && k < len(toks); k++ {
			if h := toks[k].Head; h < lo || h >= hi {
				hd = k
				break
			}
		}
		if hd < 0 {
			continue
		}
		if out == nil {
			out = append([]entente.Token(nil), toks...)
		}
		// the dependent of v on the way up from hd, if v is above hd
		up := -1
		for k, n := hd, 0; k >= 0 && n < len(out); k, n = out[k].Head, n+1 {
			if out[k].Head == v {
				up = k
				break
			}
		}
		oldHead, oldRel := out[v].Head, out[v].Rel
		for k := range out {
			switch {
			case k == v || out[k].Head != v:
			case k == up:
				out[k].Head, out[k].Rel = oldHead, nounRel(oldRel)
			case k < v || oldHead < 0:
				out[k].Head = hd
				if out[k].Rel == "mark" {
					out[k].Rel = "case" // "with visiting X": "with X"
				}
			default:
				out[k].Head = oldHead
			}
		}
		out[v].Head, out[v].Rel = hd, "amod"
		if f := hi; v == 0 && f < len(out) {
			// "Visiting Chinese Foreign Minister Wang Yi met Putin":
			// the official is the subject of the verb after him, which
			// heads the sentence
			for k := range out {
				if out[k].Head < 0 && k != f {
					out[k].Head = f
				}
			}
			out[f].Head, out[f].Rel = -1, "root"
			out[hd].Head, out[hd].Rel = f, "nsubj"
		}
	}
	return withTokens(s, out)
}

// coordinatedSubject returns a copy of sentence s whose parse makes an
// actor right before "and" and a second actor that is the subject of a
// verb after them both subjects of that verb ("Russian President Vladimir
// Putin and Turkish President Recep Tayyip Erdogan discussed the deal",
// where the parser makes the first title the root and the verb a conjunct
// of it), when the parse has hung the first actor on nothing better: it is
// the root, or hangs on a word between itself and the verb. An actor that
// is the object of a verb before it ("Russia attacked Ukraine and Turkey
// condemned the attack") stays so. ok is false, and s unchanged, when
// there is none.
func coordinatedSubject(s *entente.Sentence, ms []entente.Mention) (*entente.Sentence, bool) {
	toks := s.Tokens
	var out []entente.Token
	for _, a := range ms {
		c := a.Tokens[1]
		if c+1 >= len(toks) || !strings.EqualFold(toks[c].Form, "and") {
			continue
		}
		var b *entente.Mention
		for k := range ms {
			if ms[k].Tokens[0] == c+1 {
				b = &ms[k]
			}
		}
		if b == nil {
			continue
		}
		cur := toks
		if out != nil {
			cur = out
		}
		ha, hb := phraseHead(cur, a.Tokens), -1
		for k := b.Tokens[0]; k < b.Tokens[1] && k < len(cur); k++ {
			if h := cur[k].Head; (h < b.Tokens[0] || h >= b.Tokens[1]) && cur[k].Rel == "nsubj" {
				hb = k // (a title before it may hang elsewhere)
				break
			}
		}
		if ha < 0 || hb < 0 {
			continue
		}
		v := cur[hb].Head
		if v <= hb || cur[v].UPOS != "VERB" || !(cur[ha].Head < 0 || cur[ha].Head >= a.Tokens[1] && cur[ha].Head <= v && cur[ha].Rel != "nsubj") {
			continue
		}
		if out == nil {
			out = append([]entente.Token(nil), toks...)
		}
		if out[ha].Head < 0 {
			// the verb takes the root's place and its other dependents
			for k := range out {
				if out[k].Head == ha && (k < a.Tokens[0] || k >= a.Tokens[1]) {
					out[k].Head = v
				}
			}
			out[v].Head, out[v].Rel = -1, "root"
		}
		out[ha].Head, out[ha].Rel = v, "nsubj"
		out[hb].Head, out[hb].Rel = ha, "conj"
		out[c].Head, out[c].Rel = hb, "cc"
	}
	return withTokens(s, out)
}

// phraseHead returns the first token of the half-open token range r whose
// head lies outside it, or -1.
func phraseHead(toks []entente.Token, r [2]int) int {
	for k := r[0]; k < r[1] && k < len(toks); k++ {
		if h := toks[k].Head; h < r[0] || h >= r[1] {
			return k
		}
	}
	return -1
}

// visitorSlot reports whether token t, right before "visiting", leaves it
// a modifier of the official after it: a determiner or a possessive ("the
// visiting minister", "his visiting counterpart"), "with" or "for" ("talks
// with visiting X"), or a verb that meets or addresses the official
// ("told visiting U.S. Secretary of State Shultz", meetingVerbs).
func visitorSlot(t entente.Token) bool {
	f := strings.ToLower(t.Form)
	switch {
	case t.UPOS == "DET" || t.UPOS == "PRON" && inSet(strings.ToUpper(f), "HIS", "HER", "ITS", "THEIR", "OUR"):
		return true
	case f == "with" || f == "for":
		return true
	case t.UPOS == "VERB":
		// (or a verb of saying whose clause the visitor opens: "officials
		// said visiting US envoy Witkoff met Putin")
		return meetingVerbs[strings.ToUpper(t.Lemma)] || strings.EqualFold(t.Lemma, "say")
	}
	return false
}

// meetingVerbs meet, host or address a party face to face; a visitor they
// take for object is hosted by their subject (hostOf).
var meetingVerbs = map[string]bool{"MEET": true, "HOST": true, "RECEIVE": true, "WELCOME": true, "GREET": true, "TELL": true,
	"HOLD": true, "BRIEF": true, "THANK": true, "PRAISE": true, "INFORM": true, "ASSURE": true, "ACCOMPANY": true,
	"ESCORT": true, "JOIN": true, "SEE": true, "TALK": true, "ENTERTAIN": true, "HONOUR": true, "HONOR": true}

// titleWord reports whether token t can be a word of a title before a
// name ("U.S. Secretary of State", "Chinese Premier").
func titleWord(t entente.Token) bool {
	return t.UPOS == "PROPN" || t.UPOS == "ADJ" || t.UPOS == "NOUN" || strings.EqualFold(t.Form, "of")
}

// nounRel is the relation a noun takes in the place of a verb that had
// relation rel: "xcomp" and "ccomp" are an object's, "csubj" a subject's,
// "acl" a noun modifier's, "advcl" an oblique's.
func nounRel(rel string) string {
	switch base(rel) {
	case "xcomp", "ccomp":
		return "obj"
	case "csubj":
		return strings.Replace(rel, "csubj", "nsubj", 1)
	case "acl":
		return "nmod"
	case "advcl":
		return "obl"
	}
	return rel
}

// withTokens returns a copy of sentence s with the tokens out and true, or
// s and false when out is nil (the parse repairs below copy the tokens
// when they first change one).
func withTokens(s *entente.Sentence, out []entente.Token) (*entente.Sentence, bool) {
	if out == nil {
		return s, false
	}
	s2 := *s
	s2.Tokens = out
	return &s2, true
}

// modifierRel reports whether a relation attaches a modifier to a noun.
func modifierRel(rel string) bool {
	return rel == "amod" || rel == "compound" || rel == "nmod:poss"
}

// sentence is the working view of one parsed sentence.
type sentence struct {
	s        *entente.Sentence
	toks     []entente.Token
	mentions []entente.Mention
	children [][]int
	mentAt   []int // mention index covering each token, -1 for none
	mentHead []int // head token of each mention
	// words and lemmas are the tokens' forms and lemmas upper-cased (the
	// form where the lemma is missing); index their word numbers, made
	// by the first matcher
	words, lemmas []string
	// synsets are the dictionary's synonym sets, set by lookUp
	synsets map[string][]verbs.Phrase
	// finfo and linfo are what the dictionary knows of words and lemmas
	// (lemmas[i] the same as words[i] where they are equal); nil until
	// lookUp fills them
	finfo, linfo []int32
	index        *tokenIndex
	// refs holds, for each event code returns, what its words refer back
	// to (see anaphor)
	refs []anaphor
	// purposes holds, once purposeRead, the sentence's infinitive
	// clauses of purpose: pairs of an adverbial clause's verb and its
	// marker "to" (see markInfinitives)
	purposes    []int
	purposeRead bool
	// scr holds the arrays above that do not outlive the sentence
	scr *scratch
}

// lookUp fills finfo and linfo from dictionary d (verbs.Dictionary.WordRef),
// unless that is done: one lookup per token, and one more per token whose
// lemma differs from its form.
func (sc *sentence) lookUp(d *verbs.Dictionary) {
	if sc.finfo != nil {
		return
	}
	sc.synsets = d.Synsets
	n := len(sc.words)
	sc.scr.refs = sized(sc.scr.refs, 2*n)
	refs := sc.scr.refs
	sc.finfo, sc.linfo = refs[:n:n], refs[n:]
	for i, w := range sc.words {
		sc.finfo[i] = d.WordRef(w)
		if l := sc.lemmas[i]; l == w {
			sc.linfo[i] = sc.finfo[i]
		} else {
			sc.linfo[i] = d.WordRef(l)
		}
	}
}

func newSentence(s *entente.Sentence, ms []entente.Mention) *sentence {
	return newSentenceIn(new(scratch), s, ms)
}

// newSentenceIn is newSentence with its working arrays taken from scr.
func newSentenceIn(scr *scratch, s *entente.Sentence, ms []entente.Mention) *sentence {
	n := len(s.Tokens)
	scr.children, scr.mentAt = sized(scr.children, n), sized(scr.mentAt, n)
	scr.arena = scr.arena[:0]
	sc := &sentence{s: s, toks: s.Tokens, mentions: ms, children: scr.children, mentAt: scr.mentAt,
		mentHead: scr.mentHead[:0], scr: scr}
	for i := range sc.mentAt {
		sc.mentAt[i] = -1
	}
	sc.words, sc.lemmas = scr.upperWords(s.Tokens)
	sc.childrenOf(s.Tokens)
	for mi, m := range ms {
		lo, hi := max(0, m.Tokens[0]), min(n, m.Tokens[1])
		if afterAccordingTo(sc.words, lo) {
			hi = lo // "according to the Malawian military": the source of the news, no party
		}
		for i := lo; i < hi; i++ {
			if sc.mentAt[i] < 0 {
				sc.mentAt[i] = mi
			}
		}
		head := lo
		for i := lo; i < hi; i++ {
			h := s.Tokens[i].Head
			if h < lo || h >= hi {
				head = i
				break
			}
		}
		sc.mentHead = append(sc.mentHead, head)
	}
	scr.mentHead = sc.mentHead
	return sc
}

// afterAccordingTo reports whether the word at i follows "according to",
// across a determiner (upper-case words).
func afterAccordingTo(words []string, i int) bool {
	if i >= 1 && inSet(words[i-1], "THE", "A", "AN") {
		i--
	}
	return i >= 2 && words[i-1] == "TO" && words[i-2] == "ACCORDING"
}

// childrenOf fills sc.children from the tokens' heads, in token order, the
// lists sharing one array (each capped at its length).
func (sc *sentence) childrenOf(toks []entente.Token) {
	n := len(toks)
	sc.scr.count = sized(sc.scr.count, n+1)
	count := sc.scr.count
	for i := range toks {
		if h := toks[i].Head; h >= 0 && h < n && h != i {
			count[h+1]++
		}
	}
	for h := 1; h <= n; h++ {
		count[h] += count[h-1]
	}
	// count[h] is now where head h's children start in flat
	sc.scr.flat = sized(sc.scr.flat, count[n])
	flat := sc.scr.flat
	next := count[:n:n]
	for i := range toks {
		if h := toks[i].Head; h >= 0 && h < n && h != i {
			flat[next[h]] = i
			next[h]++
		}
	}
	// next[h] is now where head h's children end
	start := 0
	for h := range n {
		if end := next[h]; end > start {
			sc.children[h] = flat[start:end:end]
			start = end
		}
	}
}

// upperWords returns the tokens' forms upper-cased, and their lemmas
// upper-cased where they have one other than the form (the form's
// otherwise). The ASCII ones, nearly all, are upper-cased into one string
// that they share, instead of a string each.
func upperWords(toks []entente.Token) (words, lemmas []string) {
	return new(scratch).upperWords(toks)
}

// upperWords is the function upperWords with its arrays taken from scr
// (the strings are new).
func (scr *scratch) upperWords(toks []entente.Token) (words, lemmas []string) {
	n := len(toks)
	scr.words, scr.lemmas = sized(scr.words, n), sized(scr.lemmas, n)
	words, lemmas = scr.words, scr.lemmas
	size := 0
	for i := range toks {
		size += len(toks[i].Form) + len(toks[i].Lemma)
	}
	if cap(scr.buf) < size {
		scr.buf = make([]byte, 0, size)
	}
	buf := scr.buf[:0]
	// span[k] is where word k (a form, or at n+i the lemma of token i) is
	// in buf; {-1, -1} when it has a string of its own
	scr.span = sized(scr.span, 2*n)
	span := scr.span
	add := func(k int, s string, out *string) {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				*out, span[k] = strings.ToUpper(s), [2]int{-1, -1}
				return
			}
		}
		lo := len(buf)
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			buf = append(buf, c)
		}
		span[k] = [2]int{lo, len(buf)}
	}
	for i := range toks {
		t := &toks[i]
		add(i, t.Form, &words[i])
		if t.Lemma != "" && t.Lemma != t.Form {
			add(n+i, t.Lemma, &lemmas[i])
		} else {
			span[n+i] = [2]int{-2, -2} // the form's
		}
	}
	joined := string(buf)
	for i := range toks {
		if sp := span[i]; sp[0] >= 0 {
			words[i] = joined[sp[0]:sp[1]]
		}
		switch sp := span[n+i]; {
		case sp[0] >= 0:
			lemmas[i] = joined[sp[0]:sp[1]]
		case sp[0] == -2:
			lemmas[i] = words[i]
		}
	}
	return words, lemmas
}

func (sc *sentence) rel(i int) string { return sc.toks[i].Rel }

// base returns a relation without its subtype ("nsubj:pass" -> "nsubj").
func base(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

func upper(s string) string { return strings.ToUpper(s) }

func (sc *sentence) lemma(i int) string { return sc.lemmas[i] }

// childrenWith returns the children of t whose relation (or its base) is one
// of rels.
//
// The lists are cut from one array of the sentence's scratch, each capped
// at its length (appending to one copies it), so they must not outlive
// the sentence.
func (sc *sentence) childrenWith(t int, rels ...string) []int {
	arena := sc.scr.arena
	start := len(arena)
	for _, c := range sc.children[t] {
		r := sc.rel(c)
		for _, want := range rels {
			if r == want || base(r) == want && !strings.Contains(want, ":") {
				arena = append(arena, c)
				break
			}
		}
	}
	sc.scr.arena = arena
	if len(arena) == start {
		return nil
	}
	return arena[start:len(arena):len(arena)]
}

// caseOf returns the upper-case preposition (case child) of a nominal.
func (sc *sentence) caseOf(t int) string {
	for _, c := range sc.children[t] {
		if sc.rel(c) == "case" {
			return upper(sc.toks[c].Form)
		}
	}
	return ""
}

// actors returns the mentions a nominal token stands for: the mention it
// heads or lies in, its conjuncts, its appositive, or the actors that modify
// it ("the president of Pakistan", "Pakistan's army").
func (sc *sentence) actors(t int, depth int) []int {
	if depth > 4 || t < 0 {
		return nil
	}
	var out []int
	if mi := sc.mentAt[t]; mi >= 0 {
		out = append(out, mi)
		out = append(out, sc.twins(mi)...)
		// "Russian and Pakistani troops": a modifier of the mention's
		// noun coordinated with a word of the mention is an actor too
		for _, c := range sc.childrenWith(t, "amod", "compound") {
			if sc.mentAt[c] < 0 || sc.mentAt[c] == mi {
				continue
			}
			for _, cc := range sc.childrenWith(c, "conj") {
				if sc.mentAt[cc] == mi {
					out = append(out, sc.mentAt[c])
					break
				}
			}
		}
		t = sc.mentHead[mi]
		// "lawmakers in Fornost and Gondor", "the ambassadors of A, B
		// and C": conjuncts of a word inside the mention, outside it
		lo, hi := sc.mentions[mi].Tokens[0], sc.mentions[mi].Tokens[1]
		for k := max(lo, 0); k < hi && k < len(sc.toks); k++ {
			if k == t {
				continue
			}
			for _, c := range sc.childrenWith(k, "conj") {
				if (c < lo || c >= hi) && sc.mentAt[c] >= 0 && sc.mentAt[c] != mi && sc.sameCase(k, c) {
					out = append(out, sc.actors(c, depth+1)...)
				}
			}
		}
	} else {
		for _, c := range sc.childrenWith(t, "amod", "acl") {
			// "warplanes loyal to Khalifa Haftar", "militias allied
			// with Iran": the forces of the one they are loyal to (not
			// "countries allied with the United States")
			if !loyalWords[sc.lemma(c)] || !armedNouns[sc.lemma(t)] {
				continue
			}
			for _, o := range sc.childrenWith(c, "obl", "nmod") {
				if inSet(sc.caseOf(o), "TO", "WITH") {
					out = append(out, sc.actors(o, depth+1)...)
				}
			}
		}
		if len(out) > 0 {
			return out
		}
		for _, c := range sc.childrenWith(t, "appos", "nmod:poss", "nmod", "compound", "amod", "flat") {
			if r := sc.rel(c); r == "nmod" && !inSet(sc.caseOf(c), "", "OF", "FROM") &&
				!(sc.caseOf(c) == "FOR" && spokesNouns[sc.lemma(t)]) {
				// "a spokesman for the ministry" speaks for it
				continue
			}
			if r := sc.rel(c); (r == "compound" || r == "amod") && c < t && sc.mentAt[c] >= 0 &&
				sc.mentions[sc.mentAt[c]].Kind == entente.MentionMetonym && siteNouns[sc.lemma(t)] {
				// "the Tbilisi headquarters of the party": the capital
				// says where the site is, not whose
				continue
			}
			if a := sc.actors(c, depth+1); len(a) > 0 {
				out = append(out, a...)
				break
			}
		}
		if len(out) == 0 && launchedWeapons[sc.lemma(t)] {
			// "drones launched by Ukraine", "a drone operated by a
			// militia": the weapon is its launcher's; one fired from a
			// state, with no one named, that state's
			for _, c := range sc.childrenWith(t, "acl") {
				if !launchVerbs[sc.lemma(c)] {
					continue // "missiles supplied by Britain" are not Britain's strike
				}
				for _, b := range sc.childrenWith(c, "obl") {
					if sc.caseOf(b) == "BY" {
						out = append(out, sc.actors(b, depth+1)...)
					}
				}
				if len(out) > 0 || !inSet(sc.lemma(c), "FIRE", "LAUNCH") || len(sc.childrenWith(c, "obl:agent")) > 0 || sc.caseChild(c, "BY") >= 0 {
					continue // (one named as firing it, actor or not: "by unknown attackers")
				}
				// "a shell fired from Myanmar", "rockets launched from
				// across the border with Lebanon": where a weapon is fired
				// from is whose it is, when no one is named as firing it
				for _, b := range sc.childrenWith(c, "obl") {
					if inSet(sc.caseOf(b), "FROM", "ACROSS") {
						out = append(out, sc.actors(b, depth+1)...)
					}
				}
			}
		}
		if len(out) == 0 && !launchedWeapons[sc.lemma(t)] {
			// "facilities used by Iran's Revolutionary Guards", "a
			// depot tied to the Guards": a thing is its user's or
			// owner's
			for _, c := range sc.childrenWith(t, "acl") {
				if !ownerParticiples[sc.lemma(c)] || c < t {
					continue
				}
				for _, b := range sc.childrenWith(c, "obl", "obl:agent") {
					if inSet(sc.caseOf(b), "BY", "TO") {
						out = append(out, sc.actors(b, depth+1)...)
					}
				}
			}
		}
		if len(out) == 0 && base(sc.rel(t)) == "amod" && ownedBy[sc.lemma(t)] {
			// "a Greek-owned tanker", "the Saudi-led coalition": the
			// actor before the hyphen of a compound adjective, which
			// the parse hangs on the participle as an oblique (not
			// "Iranian-backed militias": those are not Iran's own)
			for _, c := range sc.childrenWith(t, "obl", "obl:unmarked", "obl:npmod", "nsubj") {
				if c+2 == t && sc.words[c+1] == "-" && sc.mentAt[c] >= 0 {
					out = append(out, sc.mentAt[c])
				}
			}
		}
	}
	conj := sc.childrenWith(t, "conj")
	if sc.mentAt[t] >= 0 {
		// in a list "A, B, C and D" the parser may take B for an
		// appositive of A, with C and D its conjuncts or A's
		for _, c := range sc.childrenWith(t, "appos") {
			if sc.mentAt[c] >= 0 && (len(conj) > 0 || sc.hasMentionConj(c)) {
				conj = append(conj, c)
			}
		}
	}
	for _, c := range conj {
		if sc.mentAt[t] < 0 && sc.hasClause(c, 0) {
			// a clause the parse hung on a noun ("throughout October,
			// and troops fired rockets"): its actors are its own
			continue
		}
		if sc.sameCase(t, c) {
			out = append(out, sc.actors(c, depth+1)...)
		}
	}
	return dedup(out)
}

// allLocative reports whether every mention of ms stands after "in" or
// "at" (a place, as in "talks in Geneva").
func (sc *sentence) allLocative(ms []int) bool {
	for _, m := range ms {
		h := sc.mentHead[m]
		if r := sc.rel(h); (base(r) == "amod" || base(r) == "compound" || r == "nmod:poss") && sc.toks[h].Head >= 0 && sc.toks[h].Head != h {
			// "in the French capital", "at Syria's embassy": the
			// place is the noun the actor describes
			h = sc.toks[h].Head
		}
		if !inSet(sc.caseOf(h), "IN", "AT") {
			return false
		}
	}
	return true
}

// objectOf reports whether mention mi is the direct object of verb v, or
// the first conjunct of it.
func (sc *sentence) objectOf(mi, v int) bool {
	t := sc.mentHead[mi]
	for k := 0; k < 3 && t >= 0 && base(sc.rel(t)) == "conj"; k++ {
		t = sc.toks[t].Head
	}
	return t >= 0 && sc.toks[t].Head == v && inSet(sc.rel(t), "obj", "iobj")
}

// clausePronouns reports whether the mentions ms are all pronouns in a
// clause that complements verb v (ccomp), not v's own arguments.
func (sc *sentence) clausePronouns(ms []int, v int) bool {
	for _, mi := range ms {
		m := sc.mentions[mi]
		if m.Kind != entente.MentionCoref || m.Tokens[1]-m.Tokens[0] != 1 || sc.toks[m.Tokens[0]].UPOS != "PRON" {
			return false
		}
		t := sc.mentHead[mi]
		for k := 0; k < 4 && t >= 0 && sc.toks[t].Head != v; k++ {
			t = sc.toks[t].Head
		}
		if t < 0 || sc.toks[t].Head != v || base(sc.rel(t)) != "ccomp" {
			return false
		}
	}
	return len(ms) > 0
}

// mutualVerbs are the verbs whose object does the act back: fighting or
// clashing with a party is fought back.
var mutualVerbs = map[string]bool{"FIGHT": true, "CLASH": true, "BATTLE": true, "SKIRMISH": true, "ENGAGE": true,
	"MEET": true, "EXCHANGE": true}

// rivalVerbs are the verbs of a dispute whose coordinated subjects are its
// two sides even when it has an object ("India and China dispute the
// border"), as fighting's are (mutualVerbs).
var rivalVerbs = map[string]bool{"DISAGREE": true, "DISPUTE": true, "CONTEND": true, "COMPETE": true, "DIFFER": true,
	"DEBATE": true, "ARGUE": true, "WRANGLE": true, "QUARREL": true, "FEUD": true, "SPAR": true, "BICKER": true, "VIE": true}

// complemented reports whether verb v has a complement that tells what its
// act is on: an object, a clause, or an oblique after "to", "against",
// "for" or "on" ("opposed to the steps", "called for calm").
func (sc *sentence) complemented(v int) bool {
	if len(sc.childrenWith(v, "obj", "ccomp", "xcomp")) > 0 {
		return true
	}
	for _, o := range sc.childrenWith(v, "obl") {
		if inSet(sc.caseOf(o), "TO", "AGAINST", "FOR", "ON") {
			return true
		}
	}
	return false
}

// allInObject reports whether every mention of ms lies in the object of
// verb v: the object itself or a word that hangs on it without a
// preposition (a compound, adjective, possessor or conjunct: "a Taliban
// checkpoint").
func (sc *sentence) allInObject(ms []int, v int) bool {
	for _, mi := range ms {
		t := sc.mentHead[mi]
		for k := 0; k < 4 && t >= 0 && sc.toks[t].Head != v && (inSet(base(sc.rel(t)), "compound", "amod", "conj", "flat") || sc.rel(t) == "nmod:poss"); k++ {
			t = sc.toks[t].Head
		}
		if t < 0 || sc.toks[t].Head != v || !inSet(sc.rel(t), "obj", "iobj") {
			return false
		}
	}
	return len(ms) > 0
}

// hasMentionConj reports whether token t has a conjunct that is an actor
// mention.
func (sc *sentence) hasMentionConj(t int) bool {
	for _, c := range sc.childrenWith(t, "conj") {
		if sc.mentAt[c] >= 0 {
			return true
		}
	}
	return false
}

// twins returns the other mentions of the same kind over exactly the tokens
// of mention mi: "officials in A and B" gives one mention of the officials
// for each country, over the words of each, and "the two countries" one for
// each country it stands for.
func (sc *sentence) twins(mi int) []int {
	var out []int
	lo, hi := sc.mentions[mi].Tokens[0], sc.mentions[mi].Tokens[1]
	for k := max(lo, 0); k < hi && k < len(sc.mentAt); k++ {
		if sc.mentAt[k] == mi {
			for mj := range sc.mentions {
				if mj != mi && sc.mentions[mj].Tokens == sc.mentions[mi].Tokens && sc.mentions[mj].Kind == sc.mentions[mi].Kind {
					out = append(out, mj)
				}
			}
			break
		}
	}
	return out
}

// sameCase reports whether conjunct c can share the role of t: it has no
// preposition of its own, or t's. "with Gondor, almost five years after
// Calenardhon crowds" is no coordination, whatever the parse says.
func (sc *sentence) sameCase(t, c int) bool {
	cc := sc.caseOf(c)
	return cc == "" || cc == sc.caseOf(t)
}

// determinedVerb reports whether verb predicate p is a gerund after a
// determiner ("condemned the burning of a Koran"): an act named as a
// thing, whose doer is not whoever stands before it in the sentence.
func (sc *sentence) determinedVerb(p *predicate) bool {
	return !p.noun && sc.toks[p.tok].UPOS == "VERB" && strings.HasSuffix(sc.words[p.tok], "ING") &&
		len(sc.childrenWith(p.tok, "det")) > 0
}

func disjoint(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return false
			}
		}
	}
	return true
}

func inSet(s string, set ...string) bool {
	for _, x := range set {
		if s == x {
			return true
		}
	}
	return false
}

func dedup(xs []int) []int {
	seen := map[int]bool{}
	out := xs[:0]
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// roles finds the source and target candidates of predicate v through the
// parse, and the token whose subject it borrowed, if any.
func (sc *sentence) roles(v int, noun bool) (src, tgt []int) { return sc.rolesDepth(v, noun, 0) }

func (sc *sentence) rolesDepth(v int, noun bool, depth int) (src, tgt []int) {
	if depth > 6 {
		return nil, nil
	}
	passive := len(sc.childrenWith(v, "nsubj:pass", "aux:pass")) > 0
	// "officials accused of abuses", "troops sent by Turkey": a past
	// participle without an object that modifies a noun before it is a
	// reduced passive, the noun its patient (an "-ing" participle or a
	// relative clause has the noun for subject). The parse also hangs main
	// verbs so ("forces shelled Tacna", "troops clashed with", "forces
	// fought in Vietnam"): only a participle with a "by" agent or an "of"
	// phrase ("accused of", "suspected of", "convicted of") is read so.
	reduced := !noun && sc.reducedPassive(v)
	passive = passive || reduced
	if noun {
		for _, c := range sc.childrenWith(v, "nmod:poss") {
			src = append(src, sc.actors(c, 0)...)
		}
		if len(src) == 0 {
			// "the visit of a US delegation to Taiwan", "a visit by
			// Olaf Scholz to Kyiv": beside a "to" phrase (of the noun,
			// or of the "of" or "by" phrase where the parse hangs it),
			// the "of" or "by" phrase is the doer
			for _, prep := range []string{"OF", "BY"} {
				of := sc.caseChild(v, prep)
				if of < 0 {
					continue
				}
				to := sc.caseChild(v, "TO")
				if to < 0 {
					to = sc.caseChild(of, "TO")
				}
				if to >= 0 {
					if a, b := sc.actors(of, 0), sc.actors(to, 0); len(a) > 0 && len(b) > 0 && disjoint(a, b) {
						return a, b
					}
				}
			}
		}
		for _, c := range sc.childrenWith(v, "nmod") {
			if inSet(sc.caseOf(c), "BY") && len(src) == 0 {
				src = append(src, sc.actors(c, 0)...)
			} else {
				tgt = append(tgt, sc.actors(c, 0)...)
			}
		}
		if len(tgt) == 0 {
			tgt = sc.deepTargets(v)
		}
		if len(src) == 0 && (len(tgt) > 0 || doerNouns[sc.lemma(v)] || forceNouns[sc.lemma(v)]) {
			// "the US invasion of Afghanistan": an actor before the noun,
			// beside an "of" target, is the doer; so it is of a noun
			// whose adjective can only be the doer ("a Peruvian
			// invitation"), not of one whose can be either ("Russian
			// sanctions" are mostly on Russia)
			for _, c := range sc.childrenWith(v, "compound", "amod") {
				if a := sc.actors(c, 0); c < v && sc.mentAt[c] >= 0 && disjoint(a, tgt) {
					src = append(src, a...)
				}
				if c < v && sc.mentAt[c] < 0 && forceNouns[sc.lemma(v)] && sc.toks[c].UPOS == "NOUN" {
					// "an Iranian missile attack": the adjective of the
					// weapon that names the attack
					for _, d := range sc.childrenWith(c, "amod") {
						if a := sc.actors(d, 0); d < c && sc.mentAt[d] >= 0 && disjoint(a, tgt) {
							src = append(src, a...)
						}
					}
				}
			}
		}
		if h := sc.toks[v].Head; len(src) == 0 && forceNouns[sc.lemma(v)] && h >= 0 && sc.caseOf(v) == "FOR" &&
			(judgingVerbs[sc.lemma(h)] || reactionVerbs[sc.lemma(h)]) {
			// "condemned Russia for the attack on Poland", "Russia was
			// blamed by Poland for the attack": the one judged did it
			// (as alleged; see package modality)
			for _, c := range sc.childrenWith(h, "obj", "nsubj:pass") {
				if a := sc.actors(c, 0); disjoint(a, tgt) {
					src = append(src, a...)
				}
			}
		}
		if len(src) == 0 {
			// The subject of the verb that governs the noun.
			// (not of a passive: "the lifting of sanctions was welcomed
			// by China" was not China's doing)
			gv := v // the noun, or the container noun it is "of"
			if c := sc.toks[v].Head; c >= 0 && base(sc.rel(v)) == "nmod" && sc.caseOf(v) == "OF" && containerNouns[sc.lemma(c)] {
				// "held a new round of peace negotiations": the
				// round stands where the noun would
				gv = c
			}
			if temporalCases[sc.caseOf(gv)] && forceNouns[sc.lemma(v)] {
				// "visited Kyiv after the Russian invasion": a deed of
				// force that dates the clause is not its subject's; an
				// adjective of a state is its doer ("after the 1982
				// Lebanon invasion" names the land invaded, no doer)
				for _, c := range sc.childrenWith(v, "amod", "compound") {
					a := sc.actors(c, 0)
					switch {
					case c > v || sc.mentAt[c] < 0 || !disjoint(a, tgt):
					case sc.toks[c].UPOS == "ADJ":
						src = append(src, a...)
					case len(tgt) == 0:
						tgt = append(tgt, a...) // the land invaded
					}
				}
				return sc.dropAdjacent(dedup(src)), sc.dropAdjacent(dedup(tgt))
			}
			if h := sc.toks[gv].Head; h >= 0 && inSet(base(sc.rel(gv)), "obj", "nsubj", "obl", "xcomp") && sc.rel(gv) != "nsubj:pass" &&
				(!doerNouns[sc.lemma(v)] || sc.extends(h) || sc.onVisit(v)) && !sc.reactedTo(gv) &&
				(!forceNouns[sc.lemma(v)] || forceSupport[sc.lemma(h)]) {
				// (an invitation, a proposal or an offer is the
				// subject's only when it extends or makes it: one who
				// rejects or answers it was its addressee; a visit
				// the subject came "for" or is "on" is the subject's)
				s, _ := sc.rolesDepth(h, false, depth+1)
				src = s
				if len(tgt) == 0 && sc.onVisit(v) {
					// the place the visitor reached or is in is the host
					if inSet(sc.caseOf(h), "IN", "AT") && len(sc.childrenWith(h, "cop")) > 0 {
						if a := sc.actors(h, 0); disjoint(a, src) {
							tgt = append(tgt, a...)
						}
					}
					for _, c := range sc.childrenWith(h, "obj", "obl") {
						if c != v && (base(sc.rel(c)) == "obj" && reachVerbs[sc.lemma(h)] || inSet(sc.caseOf(c), "IN", "TO", "AT")) {
							if a := sc.actors(c, 0); disjoint(a, src) {
								tgt = append(tgt, a...)
							}
						}
					}
				}
			}
		}
		return src, tgt
	}
	for _, c := range sc.childrenWith(v, "nsubj", "csubj") {
		if sc.rel(c) == "nsubj:pass" {
			tgt = append(tgt, sc.actors(c, 0)...)
			if sc.mentAt[c] < 0 && inSet(sc.words[c], "WHO", "WHICH", "THAT") && sc.rel(v) == "acl:relcl" && sc.toks[v].Head >= 0 {
				// "nationals who had been held in Tehran's prison":
				// the noun a passive relative clause modifies is its
				// patient
				tgt = append(tgt, sc.actors(sc.toks[v].Head, 0)...)
			}
		} else {
			src = append(src, sc.actors(c, 0)...)
			if len(src) == 0 {
				src = append(src, sc.whoseAntecedent(c, v)...)
			}
			if len(src) == 0 && base(sc.rel(v)) != "acl" {
				src = sc.relativeAntecedent(v)
			}
		}
	}
	if len(src) == 0 && base(sc.rel(v)) == "conj" && len(sc.childrenWith(v, "cc")) == 0 && v > 0 {
		// "... after Soviet troops invaded": a conjunct without a
		// conjunction, right after an actor, is that actor's verb; the
		// parse has lost its subject
		if mi := sc.mentAt[v-1]; mi >= 0 && sc.mentions[mi].Kind != entente.MentionCoref {
			src = append(append(src, mi), sc.twins(mi)...)
		}
	}
	if reduced {
		tgt = append(tgt, sc.actors(sc.toks[v].Head, 0)...)
	}
	toNoun := base(sc.rel(v)) == "acl" && sc.infinitive(v)
	if (base(sc.rel(v)) == "acl" || sc.modifyingParticiple(v)) && !passive && sc.toks[v].Head >= 0 && sc.relativeSubject(v) &&
		!(toNoun && sc.purposeOfObject(v)) {
		// "crowds burning the embassy", "the army, which attacked",
		// "Finland's bid to join": the noun the clause modifies is its
		// subject
		h := sc.toks[v].Head
		if r := sc.toks[h].Head; base(sc.rel(h)) == "conj" && r >= 0 && sc.rel(r) == "root" && inSet(sc.toks[r].UPOS, "NOUN", "PROPN") {
			// "Afghan forces and Pakistani guards clashed": a main
			// verb the parse hung on the last of coordinated nouns
			// that head the sentence has all of them for subject
			h = r
		}
		src = append(src, sc.actors(h, 0)...)
		if len(src) == 0 {
			src = sc.relativeAntecedent(v)
		}
		if len(src) == 0 && !toNoun {
			src = sc.issuerOf(h)
		}
		if len(tgt) == 0 && len(src) > 0 && sc.lemma(v) == "VISIT" && sc.modifyingParticiple(v) {
			// "Deng told visiting U.S. Secretary of State Shultz",
			// "held a ceremony for his visiting Togolese counterpart":
			// the visitor's host is the other party of the clause
			tgt = sc.hostOf(h, src)
		}
	}
	for _, c := range sc.childrenWith(v, "obl:agent") {
		src = append(src, sc.actors(c, 0)...)
	}
	for _, c := range sc.childrenWith(v, "obl") {
		if passive && sc.caseOf(c) == "BY" && sc.rel(c) != "obl:agent" {
			src = append(src, sc.actors(c, 0)...)
		}
	}
	for _, c := range sc.childrenWith(v, "obj", "iobj") {
		tgt = append(tgt, sc.actors(c, 0)...)
	}
	if passive && len(tgt) == 0 {
		// "the lifting of sanctions on Iran was welcomed by China": a
		// passive subject without an actor of its own is read as an
		// object is, its target deep in it
		for _, c := range sc.childrenWith(v, "nsubj:pass") {
			if u := sc.toks[c].UPOS; sc.mentAt[c] < 0 && (u == "NOUN" || u == "PROPN") {
				tgt = append(tgt, sc.deepTargets(c)...)
			}
		}
	}
	if len(tgt) > 0 && sc.selfReference(tgt, src) {
		// "lifted its embargo on Pakistan": the possessive of the object
		// is the source itself; the target is further on
		tgt = nil
	}
	if len(tgt) == 0 {
		tgt = sc.obliqueTargets(v, src, passive)
	}
	if len(tgt) == 0 && len(src) > 0 {
		// "restricted the aid it doles out to X": the recipient in a
		// clause of the source's own about the object
		tgt = sc.ownClauseRecipient(v, src)
	}
	if len(tgt) == 0 && len(src) > 0 && base(sc.rel(v)) == "acl" && sc.byAgent(v) {
		// "stopped fighting under a ceasefire brokered by Russia",
		// "received weapons supplied by France": the participle's
		// noun is an adjunct or object of a verb whose subject the
		// deed concerns
		// the object only of a verb that takes what the participle's
		// agent gives ("condemned the attack carried out by X" is not
		// one: the condemner was not necessarily attacked)
		if n := sc.toks[v].Head; n >= 0 && (base(sc.rel(n)) == "obl" || base(sc.rel(n)) == "obj" && sc.toks[n].Head >= 0 && receiving[sc.lemma(sc.toks[n].Head)]) {
			if g := sc.toks[n].Head; g >= 0 && g != v {
				gs, _ := sc.rolesDepth(g, false, depth+1)
				tgt = append(tgt, gs...)
			}
		}
	}
	if len(src) == 0 && !passive || passive && len(src) == 0 && len(tgt) == 0 {
		// Control, raising, purpose clauses ("journeyed to Moscow to
		// explore") and shared subjects of conjoined verbs.
		h := sc.toks[v].Head
		if base(sc.rel(v)) == "conj" {
			// a conjoined verb the parser hung on a noun: its clause's verb
			for k := 0; k < 4 && h >= 0 && sc.toks[h].UPOS != "VERB" && sc.toks[h].Head >= 0; k++ {
				h = sc.toks[h].Head
			}
			if h >= 0 && sc.toks[h].Head >= 0 && !strings.HasSuffix(sc.words[v], "ING") && len(sc.childrenWith(v, "aux", "aux:pass", "mark")) == 0 && strings.HasSuffix(sc.words[h], "ING") && base(sc.rel(h)) == "advcl" {
				// "accused Azerbaijan of blocking the road and called on
				// Russia": a finite verb is no conjunct of a gerund, but
				// of the verb the gerund hangs on
				h = sc.toks[h].Head
			}
		}
		purpose := base(sc.rel(v)) == "advcl" && sc.infinitive(v)
		if toNoun && len(src) == 0 && sc.purposeOfObject(v) {
			// "continued its operations east of Basra to destroy X",
			// "pressed counter-attacks to drive": the purpose of the
			// verb whose object the noun is
			for k := 0; k < 2 && h >= 0 && sc.toks[h].UPOS != "VERB" && sc.toks[h].Head >= 0; k++ {
				h = sc.toks[h].Head
			}
			purpose = h >= 0 && sc.toks[h].UPOS == "VERB"
		}
		// "X imposed sanctions, accusing Y": a participial adjunct's
		// subject is its clause's
		// as is that of "by sending", "while visiting", "after meeting"
		marks := sc.childrenWith(v, "mark")
		participle := base(sc.rel(v)) == "advcl" && strings.HasSuffix(sc.words[v], "ING") &&
			(len(marks) == 0 || inSet(sc.words[marks[0]], "BY", "WHILE", "AFTER", "BEFORE", "WHEN", "SINCE", "WITHOUT", "THROUGH"))
		// "accused Peru of helping", "kept Peru from joining": the object
		// of the governing verb does the deed
		if len(marks) > 0 && participleOf(sc, v, marks[0]) && h >= 0 {
			for _, o := range sc.relativeObjects(h) {
				var to []int
				if praiseNouns[sc.lemma(o)] {
					// "voiced its gratitude to Amman for taking
					// the wounded": whom the praise is addressed
					// to did the deed, not the noun's possessor
					for _, c := range sc.childrenWith(o, "nmod") {
						if sc.caseOf(c) == "TO" {
							to = append(to, sc.actors(c, 0)...)
						}
					}
				}
				if len(to) == 0 {
					to = sc.actors(o, 0)
				}
				src = append(src, to...)
			}
		}
		if len(src) == 0 && purpose && len(marks) > 0 && h >= 0 {
			// "threatened to block Sweden's bid to join NATO": an
			// infinitive right after a plan noun the parse took for a
			// purpose is the plan's, done by its owner
			for _, o := range sc.childrenWith(h, "obj") {
				if o+1 != marks[0] || !planNouns[sc.lemma(o)] && !bidNouns[sc.lemma(o)] {
					continue
				}
				for _, c := range sc.childrenWith(o, "nmod:poss", "amod") {
					if c < o && (sc.rel(c) == "nmod:poss" || sc.toks[c].UPOS == "ADJ") {
						src = append(src, sc.actors(c, 0)...)
					}
				}
			}
		}
		if len(src) == 0 && len(marks) > 0 && sc.words[marks[0]] == "TO" && h >= 0 {
			// "paving the way for the two countries to sign": the
			// actor after "for" right before the infinitive is its
			// subject, wherever the parse hung it
			src = sc.forSubject(marks[0])
		}
		if o := sc.controller(v); len(src) == 0 && o >= 0 && !sc.hasOwnSubject(v) {
			// "forced Iraq to withdraw", "persuaded Japan to lift the
			// ban", "leaving one soldier wounded": the object of the
			// verb the complement hangs on does it (none when the
			// object names no actor)
			if (inSet(sc.toks[v].XPOS, "VBN", "VBD") || strings.HasSuffix(sc.words[v], "ED") && sc.words[v] != sc.lemma(v)) && !sc.infinitive(v) {
				// "leaving two soldiers wounded": what the object
				// underwent, told by the act that left it so
				return nil, nil
			}
			src = sc.actors(o, 0)
			if len(src) == 0 {
				return nil, sc.dropAdjacent(dedup(tgt))
			}
			if len(tgt) > 0 && sc.possessivePronouns(tgt) {
				// "forced Iraq to withdraw its troops from Kuwait": "its"
				// is the controller's, whoever the actor module took
				// it for; the target is further on
				tgt = sc.obliqueTargets(v, src, passive)
			}
		}
		if len(src) == 0 && h >= 0 && h != v && (inSet(base(sc.rel(v)), "xcomp", "conj") || purpose || participle) && !sc.hasOwnSubject(v) {
			hs, ht := sc.rolesDepth(h, false, depth+1)
			if len(sc.childrenWith(h, "nsubj:pass")) > 0 && sc.rel(v) == "xcomp" {
				hs = ht // raising: "X is expected to attack Y"
			}
			src = hs
		}
		if len(src) > 0 && len(tgt) > 0 && sc.selfReference(tgt, src) {
			// "France plans to withdraw its troops from Niger": with the
			// subject now known, the object is its own; the target is
			// further on (when there is none, the object stays, and the
			// event with it goes as one of the source with itself)
			if t := sc.obliqueTargets(v, src, passive); len(t) > 0 {
				tgt = t
			}
		}
	}
	return sc.dropAdjacent(dedup(src)), sc.dropAdjacent(dedup(tgt))
}

// hostOf returns the host of a visitor, the noun n ("visiting U.S.
// Secretary of State Shultz") whose actors src visit: the other party of
// the clause n is in, its subject when n is an object or an oblique (also
// within a noun, "held talks with visiting X"), its object or "with"
// oblique when n is the subject ("visiting Iranian minister met Pakistani
// officials"); nil when that is none or of the visitor's own country.
func (sc *sentence) hostOf(n int, src []int) []int {
	t, g := n, sc.toks[n].Head
	for k := 0; k < 3 && g >= 0 && sc.toks[g].UPOS != "VERB"; k++ {
		t, g = g, sc.toks[g].Head
	}
	if g < 0 || sc.toks[g].UPOS != "VERB" || !meetingVerbs[sc.lemma(g)] {
		// (the visitor's other acts host nothing: "visiting Li Qiang
		// accused the United States", "troops detained a visiting
		// activist")
		return nil
	}
	var host []int
	if sc.rel(t) == "nsubj" {
		for _, c := range sc.childrenWith(g, "obj", "iobj", "obl") {
			if base(sc.rel(c)) != "obl" || sc.caseOf(c) == "WITH" {
				host = append(host, sc.actors(c, 0)...)
			}
		}
		if len(host) == 0 {
			// the meeting verb's own target, wherever the parse hung
			// it ("Visiting Chinese Foreign Minister Wang Yi met Russian
			// President Vladimir Putin", the name a complement)
			_, host = sc.roles(g, false)
			for _, c := range sc.childrenWith(g, "xcomp") {
				if len(host) == 0 && sc.mentAt[c] >= 0 {
					host = sc.actors(c, 0)
				}
			}
		}
	} else if inSet(base(sc.rel(t)), "obj", "iobj", "obl") && sc.rel(t) != "obl:agent" {
		for _, c := range sc.childrenWith(g, "nsubj") {
			if sc.rel(c) == "nsubj" {
				host = append(host, sc.actors(c, 0)...)
			}
		}
	}
	for k := 0; k < 3 && len(host) == 0 && inSet(base(sc.rel(g)), "ccomp", "xcomp", "conj", "advcl", "parataxis") && sc.rel(t) != "nsubj"; k++ {
		// "officials said Tamura told visiting U.S. Trade
		// Representative Yeutter": a host the dictionaries do not know
		// speaks for the party of the clause that reports it
		g = sc.toks[g].Head
		if g < 0 || sc.toks[g].UPOS != "VERB" {
			break
		}
		for _, c := range sc.childrenWith(g, "nsubj") {
			if sc.rel(c) == "nsubj" {
				host = append(host, sc.actors(c, 0)...)
			}
		}
	}
	if len(host) == 0 || sc.sameCountries(host, src) {
		return nil
	}
	return host
}

// possessivePronouns reports whether every mention of ms is headed by a
// possessive pronoun ("its troops", "their forces").
func (sc *sentence) possessivePronouns(ms []int) bool {
	for _, mi := range ms {
		lo, hi := sc.mentions[mi].Tokens[0], sc.mentions[mi].Tokens[1]
		own := false
		for k := max(lo, 0); k < hi && k < len(sc.toks); k++ {
			own = own || inSet(sc.words[k], "ITS", "THEIR") && sc.rel(k) == "nmod:poss"
		}
		if !own {
			return false
		}
	}
	return len(ms) > 0
}

// jointRoots are the roots of acts that several parties named together do
// with one another when the sentence names no one else: they consult,
// cooperate or fight ("Russia and Pakistan conducted joint drills"). Several parties that demand, reject, oppose, protest, threaten,
// expel or sanction ("Germany, Britain and Denmark oppose the tax") each do
// so on their own.
var jointRoots = map[string]bool{"04": true, "05": true, "06": true, "19": true, "20": true}

// jointIntents are the intents of joint acts: to cooperate (030 to 032)
// and to meet (036).
var jointIntents = map[string]bool{"030": true, "031": true, "0311": true, "0312": true, "0313": true, "0314": true, "032": true, "036": true}

// jointCode reports whether code is of an act several parties named
// together do with one another (jointRoots, jointIntents), a ceasefire
// (087, not a withdrawal, 0874) included.
func jointCode(code string) bool {
	return jointRoots[cameo.RootOf(code)] || jointIntents[code] || strings.HasPrefix(code, "087") && code != "0874"
}

// agreed reports whether verb v is what its subjects agreed to do ("Thailand
// and Cambodia agreed to withdraw troops"): an agreement between them,
// whatever the act.
func (sc *sentence) agreed(v int) bool {
	h := sc.toks[v].Head
	return h >= 0 && h != v && base(sc.rel(v)) == "xcomp" && sc.lemma(h) == "AGREE"
}

// reciprocal reports whether verb v's object is "each other" or "one
// another": its subjects act on one another, whatever the act.
func (sc *sentence) reciprocal(v int) bool {
	for _, o := range sc.childrenWith(v, "obj", "iobj") {
		// (the parse makes "each" the object, "other" its fixed
		// word, or "one" the object before "another")
		if inSet(sc.words[o], "OTHER", "ANOTHER") || o+1 < len(sc.words) &&
			(sc.words[o] == "EACH" && sc.words[o+1] == "OTHER" || sc.words[o] == "ONE" && sc.words[o+1] == "ANOTHER") {
			return true
		}
	}
	return false
}

// eachOwn reports whether the parties a pattern's "%" joins each do the
// act on their own: a verbal conflict (10 to 14) with an object that names
// no actor ("Germany and Britain oppose the tax": neither opposes the
// other), as the Phoenix VERBAL_CONFLICT block's "% * [110:110]" reads
// "disagreed" and "oppose the tax" alike.
func (sc *sentence) eachOwn(p *predicate) bool {
	if p.noun {
		return false
	}
	switch cameo.RootOf(p.code.Source) {
	case "10", "11", "12", "13", "14":
	default:
		return false
	}
	if sc.reciprocal(p.tok) {
		return false
	}
	for _, o := range sc.childrenWith(p.tok, "obj") {
		if len(sc.actors(o, 0)) == 0 && len(sc.deepTargets(o)) == 0 {
			return true
		}
	}
	return false
}

// metAtHome reports whether the place "in" which verb v's parties met
// (an oblique of v) is of the country of one of them.
func (sc *sentence) metAtHome(v int, p *predicate) bool {
	var places []int // the mentions of the "in" phrases
	for _, c := range sc.childrenWith(v, "obl") {
		if sc.caseOf(c) == "IN" {
			places = append(places, sc.actors(c, 0)...)
		}
	}
	parties := map[string]bool{}
	for _, ms := range [][]int{p.src, p.tgt, p.compound} {
		for _, m := range ms {
			if disjoint([]int{m}, places) {
				parties[country(sc.mentions[m].Code)] = true
			}
		}
	}
	for _, m := range places {
		if parties[country(sc.mentions[m].Code)] {
			return true
		}
	}
	return false
}

// subset reports whether every mention of a is in b.
func subset(a, b []int) bool {
	for _, x := range a {
		if disjoint([]int{x}, b) {
			return false
		}
	}
	return true
}

// destination returns the actors of a "to" phrase after verb v that v
// governs, directly or through its object's phrases (no other verb
// between), other than the sources src: where v sends someone.
func (sc *sentence) destination(v int, src []int) []int {
	for t := v + 1; t < len(sc.toks); t++ {
		if sc.caseOf(t) != "TO" {
			continue
		}
		h := sc.toks[t].Head
		for steps := 0; steps < 4 && h >= 0 && h != v && sc.toks[h].UPOS != "VERB"; steps++ {
			h = sc.toks[h].Head
		}
		if h != v {
			continue
		}
		if a := sc.actors(t, 0); len(a) > 0 && disjoint(a, src) {
			return a
		}
	}
	return nil
}

// subjectControl are the verbs whose object does not do what their
// complement tells: "promised Iraq to withdraw" is the promiser's.
var subjectControl = map[string]bool{"PROMISE": true, "VOW": true, "PLEDGE": true, "THREATEN": true}

// controller returns the object of the verb that complement v (xcomp)
// hangs on, before v, which does what v tells (object control: "forced
// Iraq to withdraw"), or -1.
func (sc *sentence) controller(v int) int {
	h := sc.toks[v].Head
	if base(sc.rel(v)) != "xcomp" || h < 0 || sc.toks[h].UPOS != "VERB" || subjectControl[sc.lemma(h)] ||
		len(sc.childrenWith(h, "nsubj:pass")) > 0 {
		return -1
	}
	for _, o := range sc.childrenWith(h, "obj", "iobj") {
		if o < v && inSet(sc.toks[o].UPOS, "NOUN", "PROPN", "PRON", "NUM") && !planNouns[sc.lemma(o)] && !uncontrolling[sc.lemma(o)] {
			return o
		}
	}
	return -1
}

// uncontrolling are nouns of will, means or occasion (besides planNouns)
// that the parse may take for the object whose complement an infinitive is
// ("expressed readiness to provide aid", "used the opportunity to attack"):
// they do nothing.
var uncontrolling = map[string]bool{
	"DESIRE": true, "WISH": true, "HOPE": true, "INTEREST": true, "ABILITY": true, "COMMITMENT": true,
	"AGREEMENT": true, "PLEDGE": true, "PROMISE": true, "RIGHT": true, "WAY": true, "TIME": true,
	"CHANCE": true, "OPPORTUNITY": true, "POWER": true, "AUTHORITY": true, "PERMISSION": true,
	"MONEY": true, "FUND": true, "EFFORT": true, "STEP": true, "MEASURE": true, "ACTION": true,
	"BID": true, "ATTEMPT": true, "PROPOSAL": true, "OFFER": true,
}

// containerNouns count or group acts: "a round of talks", "a series of
// meetings", upper-case lemmas.
var containerNouns = map[string]bool{"ROUND": true, "SERIES": true, "SESSION": true, "WAVE": true, "SPATE": true}

// arrivalVerbs tell a journey's end, whose "from" phrase is its start.
var arrivalVerbs = map[string]bool{"ARRIVE": true, "COME": true, "RETURN": true, "LAND": true, "REACH": true}

// journeyAside reports whether nominal t, in a phrase of arrival verb v,
// tells where the traveller came from or how ("from Helsinki", "aboard a
// U.S. Air Force plane"), not where it arrived ("in", "at", "to", "into",
// "for").
func (sc *sentence) journeyAside(v, t int) bool {
	if !arrivalVerbs[sc.lemma(v)] {
		return false
	}
	for k := 0; k < 2 && t >= 0 && (inSet(base(sc.rel(t)), "amod", "compound", "flat") || sc.rel(t) == "nmod:poss"); k++ {
		t = sc.toks[t].Head
	}
	if t < 0 {
		return false
	}
	c := sc.caseOf(t)
	return c != "" && !inSet(c, "IN", "AT", "TO", "INTO", "FOR")
}

// obliqueTargets returns the target of verb v found past its direct
// object's own actors: an actor in an oblique or nominal modifier of v, else
// one deep in its object ("lifted its embargo on Pakistan"), never one of
// the source src itself.
func (sc *sentence) obliqueTargets(v int, src []int, passive bool) []int {
	for _, c := range sc.childrenWith(v, "obl", "nmod") {
		if sc.rel(c) == "obl:agent" || passive && sc.caseOf(c) == "BY" || temporal[sc.caseOf(c)] || circumstance[sc.caseOf(c)] ||
			sc.journeyAside(v, c) || sc.inConcession(c, v) {
			// "arrived from Helsinki aboard a U.S. Air Force plane":
			// where a traveller came from, or how, is no party to the
			// arrival; where it arrived is. "signed a peace accord
			// under Saudi mediation": the circumstances of an act are
			// no party to it either
			continue
		}
		a := sc.actors(c, 0)
		if len(a) > 0 && placePreps[sc.caseOf(c)] && sc.allMetonyms(a) && len(src) > 0 && sc.sameCountries(a, src) &&
			every(src, func(m int) bool { c := sc.mentions[m].Code; return len(c) == 3 || strings.HasSuffix(c, "GOV") }) {
			// "talks mediated by Russia in Moscow": the state's own
			// capital is where (not for its opposition: "rallied
			// against the government in Tbilisi")
			continue
		}
		if len(a) > 0 && !sc.selfReference(a, src) {
			return a
		}
	}
	for _, c := range sc.childrenWith(v, "obj") {
		// "voiced its unease": the object's possessive is no target
		if tgt := sc.deepTargets(c); len(tgt) > 0 && !sc.selfReference(tgt, src) {
			return tgt
		}
	}
	return nil
}

// headMentions replaces each mention of ms that only modifies a word of
// another mention by that mention: a pattern's "+" takes the first actor
// it meets, and in "struck US-backed Syrian rebels" that is the backer,
// while the rebels are the target.
func (sc *sentence) headMentions(ms []int) []int {
	var out []int
	for k, mi := range ms {
		t := sc.mentHead[mi]
		for step := 0; step < 3; step++ {
			poss := sc.rel(t) == "nmod:poss"
			if !inSet(sc.rel(t), "amod", "compound", "obl:unmarked", "obl:npmod") && !poss {
				break
			}
			h := sc.toks[t].Head
			if h < 0 || h >= len(sc.toks) {
				break
			}
			if o := sc.mentAt[h]; o >= 0 && o != mi && (!poss || sc.mentions[o].Kind == entente.MentionActor && len(sc.mentions[o].Code) > 3) {
				// (a possessor too: "Iran's Revolutionary Guards" are
				// the Guards, an actor of their own with a role)
				if out == nil {
					out = append([]int(nil), ms...)
				}
				out[k] = o
				break
			}
			t = h
		}
	}
	if out == nil {
		return ms
	}
	return dedup(out)
}

// withConjuncts adds to the mentions ms a pattern bound the actors
// coordinated with them ("praised Kosovo and Serbia": both).
func (sc *sentence) withConjuncts(ms []int) []int {
	out := ms
	for _, mi := range ms {
		for _, a := range sc.actors(sc.mentHead[mi], 0) {
			if disjoint([]int{a}, out) {
				out = append(out[:len(out):len(out)], a)
			}
		}
	}
	return sc.listTail(out)
}

// listTail adds to a list of two or more mentions the mentions that go on
// it in the text, each after a comma, the last after "and" or "or": "a trip
// to the United States, France, England, Italy and Switzerland", where the
// parse left the list after its second member.
func (sc *sentence) listTail(ms []int) []int {
	if len(ms) < 2 {
		return ms
	}
	end, start := -1, -1 // the last mention's tokens
	for _, mi := range ms {
		if t := sc.mentions[mi].Tokens; t[1] > end {
			start, end = t[0], t[1]
		}
	}
	if end < 1 || sc.mentAt[end-1] < 0 {
		return ms
	}
	// a list closed by "and" or "or" before its last mention is whole
	// ("sanctions on Russia and Belarus, Germany said")
	for k := start - 1; k >= 0 && sc.mentAt[k] < 0; k-- {
		if inSet(sc.words[k], "AND", "OR") {
			return ms
		}
		if sc.toks[k].Form != "," {
			return ms // not a list the text runs on
		}
	}
	out := ms
	for k := end; k < len(sc.toks); {
		j, last := k, false
		for j < len(sc.toks) && sc.toks[j].Form == "," {
			j++
		}
		if j < len(sc.toks) && inSet(sc.words[j], "AND", "OR") {
			j, last = j+1, true
		}
		if j == k || j >= len(sc.toks) || sc.mentAt[j] < 0 {
			break
		}
		mi := sc.mentAt[j]
		if sc.mentions[mi].Tokens[0] != j || !disjoint([]int{mi}, out) {
			break
		}
		out = append(out[:len(out):len(out)], mi)
		k = sc.mentions[mi].Tokens[1]
		if last {
			break
		}
	}
	return out
}

// launchedWeapons are the weapons a reduced relative clause may give
// their user ("drones launched by Ukraine", "rockets fired by militants").
var launchedWeapons = map[string]bool{"DRONE": true, "MISSILE": true, "ROCKET": true, "SHELL": true,
	"MORTAR": true, "BOMB": true, "WARPLANE": true, "JET": true, "AIRCRAFT": true, "HELICOPTER": true,
	"PROJECTILE": true, "ARTILLERY": true, "GRENADE": true}

// launchVerbs are the participles that give a weapon its user ("drones
// launched by Ukraine", "a drone operated by a militia"), unlike "supplied
// by", "made by" or "intercepted by".
var launchVerbs = map[string]bool{"LAUNCH": true, "FIRE": true, "OPERATE": true, "FLY": true, "PILOT": true,
	"DROP": true, "DEPLOY": true, "USE": true, "SEND": true}

// ownedBy are the participles of compound adjectives that make a thing its
// actor's own ("Greek-owned", "Saudi-led", "Panama-flagged"), upper-case
// lemmas.
var ownedBy = map[string]bool{
	"OWN": true, "FLAG": true, "LEAD": true, "REGISTER": true, "RUN": true, "CONTROL": true,
	"OPERATE": true, "COMMAND": true,
}

// reportingVerbs report what others did ("said that", "announced that"):
// upper-case lemmas.
var reportingVerbs = map[string]bool{
	"SAY": true, "REPORT": true, "ANNOUNCE": true, "CLAIM": true, "STATE": true, "TELL": true,
	"ADD": true, "CONFIRM": true, "DECLARE": true, "WRITE": true, "NOTE": true,
}

// receiving verbs take what another gives: "received weapons supplied by
// France", "observed the truce brokered by Russia".
var receiving = map[string]bool{
	"RECEIVE": true, "ACCEPT": true, "WELCOME": true, "GET": true, "OBTAIN": true,
	"OBSERVE": true, "RESPECT": true, "HONOUR": true, "HONOR": true, "SIGN": true,
	"ENDORSE": true, "IMPLEMENT": true, "JOIN": true, "USE": true,
}

// caseChild returns the first nmod child of noun v in a phrase of
// preposition prep (upper case), or -1.
func (sc *sentence) caseChild(v int, prep string) int {
	for _, c := range sc.childrenWith(v, "nmod") {
		if sc.caseOf(c) == prep {
			return c
		}
	}
	return -1
}

// byAgent reports whether verb v has a passive agent ("brokered by
// Russia").
func (sc *sentence) byAgent(v int) bool {
	if len(sc.childrenWith(v, "obl:agent")) > 0 {
		return true
	}
	for _, c := range sc.childrenWith(v, "obl") {
		if sc.caseOf(c) == "BY" {
			return true
		}
	}
	return false
}

// appositiveSubject finds a subject set off by an appositive or a
// relative clause right before the verb at token v: "Turkey, Azerbaijan's
// closest ally, supported", "Poland, which borders Belarus, sent". It
// returns the subject's mention and the token range [lo, hi) of the
// interrupting phrase, or -1 when the sentence does not open that way.
func (sc *sentence) appositiveSubject(v int) (mi, lo, hi int) {
	c2 := v - 1
	for c2 >= 0 && inSet(sc.toks[c2].UPOS, "ADV", "AUX", "PART") {
		c2--
	}
	if c2 < 2 || sc.toks[c2].Form != "," {
		return -1, 0, 0
	}
	c1 := -1
	for t := c2 - 1; t > 0; t-- {
		if sc.toks[t].Form == "," {
			c1 = t
			break
		}
		if inSet(sc.toks[t].Form, ";", ":", "(", ")", "--") {
			return -1, 0, 0
		}
	}
	if c1 < 1 || c2-c1 < 2 {
		return -1, 0, 0
	}
	relative := inSet(sc.words[c1+1], "WHICH", "WHO", "WHOSE")
	// an appositive may coordinate descriptions ("Pakistan's archrival
	// and a major buyer of arms"), not actors ("China and Iran")
	common := false
	for t := c1 + 1; t < c2; t++ {
		common = common || sc.toks[t].UPOS == "NOUN" && sc.mentAt[t] < 0
	}
	for t := c1 + 1; t < c2 && !relative; t++ {
		if inSet(sc.toks[t].UPOS, "VERB", "AUX") || sc.toks[t].UPOS == "CCONJ" && !common {
			return -1, 0, 0
		}
	}
	// before the first comma, one actor and nothing else but an article
	mi = sc.mentAt[c1-1]
	if mi < 0 || sc.mentions[mi].Kind == entente.MentionCoref {
		return -1, 0, 0
	}
	for t := 0; t < c1; t++ {
		if sc.mentAt[t] != mi && !(t == 0 && sc.toks[t].UPOS == "DET") {
			return -1, 0, 0
		}
	}
	return mi, c1 + 1, c2
}

// allWithin reports whether every mention of ms lies in tokens [lo, hi);
// it reports true for no mentions.
func (sc *sentence) allWithin(ms []int, lo, hi int) bool {
	for _, m := range ms {
		if t := sc.mentions[m].Tokens; t[0] < lo || t[1] > hi {
			return false
		}
	}
	return true
}

// topicVerbs are the verbs whose object is what parties talk about, not a
// party ("discussed the insurgency", "discussed how to keep gas flowing
// after Ukraine stops carrying Russian gas").
var topicVerbs = map[string]bool{"DISCUSS": true, "DEBATE": true, "REVIEW": true, "EXAMINE": true}

// topicOnly reports whether every mention of ms lies inside the object of
// verb v without being that object, nor in a "with" phrase: what is
// discussed, not with whom.
func (sc *sentence) topicOnly(v int, ms []int) bool {
	for _, m := range ms {
		h := sc.mentHead[m]
		if sc.objectOf(m, v) || sc.caseOf(h) == "WITH" || sc.toks[h].Head == v {
			return false
		}
		inside := false
		for t, k := h, 0; t >= 0 && k < 6; t, k = sc.toks[t].Head, k+1 {
			if sc.toks[t].Head == v && base(sc.rel(t)) == "obj" {
				inside = true
				break
			}
		}
		if !inside {
			return false
		}
	}
	return true
}

// topicCase reports whether nominal t, in the clause of verb v, is
// introduced as what something is about ("about", "on", "over",
// "regarding", "concerning"), or by "including" after such a phrase ("on
// the war, including attacks on ships"), not after a party's ("with
// regional leaders, including Iran's president").
func (sc *sentence) topicCase(v, t int) bool {
	topic := func(c string) bool { return inSet(c, "ABOUT", "ON", "OVER", "REGARDING", "CONCERNING") }
	if calendar.IsName(sc.words[t]) {
		return false // a date: "on Friday"
	}
	if c := sc.caseOf(t); c != "INCLUDING" {
		return topic(c)
	}
	if h := sc.toks[t].Head; h >= 0 && h != v && sc.toks[h].UPOS != "VERB" {
		return topic(sc.caseOf(h)) // the phrase it extends
	}
	// the parse hung it on the verb: the phrase of the verb or its object
	// nearest before it
	prev := -1
	for _, c := range sc.childrenWith(v, "obl") {
		if c < t && c > prev && !calendar.IsName(sc.words[c]) {
			prev = c // (not a date: "on Thursday")
		}
	}
	for _, o := range sc.childrenWith(v, "obj") {
		for _, c := range sc.childrenWith(o, "nmod") {
			if c < t && c > prev && !calendar.IsName(sc.words[c]) {
				prev = c
			}
		}
	}
	return prev >= 0 && topic(sc.caseOf(prev))
}

// consultedWith returns the actors of verb v's "with" phrase that are not
// the source src ("discussed the missile programme with Japan's foreign
// minister"), nil when there are none.
func (sc *sentence) consultedWith(v int, src []int) []int {
	if w := sc.caseActors(v, "WITH"); len(w) > 0 && !sameActors(sc, w, src) {
		return w
	}
	// "discussed US tariffs and regional security with Marco Rubio",
	// parsed with the "with" phrase on a noun of the topic: a person or
	// body of a state (a code with a role) named after "with" in the
	// object, on a noun that does not take "with" itself ("the war with
	// Russian forces", "ties with Japan"), is whom the source consults
	for _, o := range sc.childrenWith(v, "obj") {
		for t := o + 1; t < len(sc.toks); t++ {
			mi := sc.mentAt[t]
			if mi < 0 || sc.mentHead[mi] != t || sc.caseOf(t) != "WITH" || !sc.under(t, o) {
				continue
			}
			h := sc.toks[t].Head
			if c := sc.mentions[mi].Code; len(c) <= 3 || strings.HasPrefix(c, "IGO") || withTakers[sc.lemma(h)] || fightNouns[sc.lemma(h)] {
				continue
			}
			if w := sc.actors(t, 0); len(w) > 0 && disjoint(w, src) && !sameActors(sc, w, src) {
				return w
			}
		}
	}
	return nil
}

// withTakers are nouns of a relation that take a "with" phrase of their
// own ("ties with Japan", "a deal with Iran"), upper-case lemmas.
var withTakers = map[string]bool{"TIE": true, "TIES": true, "RELATION": true, "RELATIONSHIP": true, "TALK": true, "TALKS": true,
	"MEETING": true, "DEAL": true, "AGREEMENT": true, "COOPERATION": true, "BORDER": true, "LINK": true, "CONTACT": true,
	"PARTNERSHIP": true, "NEGOTIATION": true, "RAPPROCHEMENT": true, "NORMALISATION": true, "NORMALIZATION": true,
	"ALLIANCE": true, "TRADE": true, "CONFRONTATION": true, "STANDOFF": true, "DISPUTE": true, "TENSION": true,
	"TENSIONS": true, "RIVALRY": true, "SPAT": true, "ROW": true, "FEUD": true, "COMPETITION": true, "QUARREL": true}

// under reports whether token t lies in the subtree of token o.
func (sc *sentence) under(t, o int) bool {
	for k := 0; t >= 0 && k < len(sc.toks); t, k = sc.toks[t].Head, k+1 {
		if t == o {
			return true
		}
	}
	return false
}

// topicOfConsultation reports whether every mention of ms lies in the
// topic of a consultation that is verb v's object (inTopic).
func (sc *sentence) topicOfConsultation(v int, ms []int) bool {
	if !sc.objectIn(v, consultNouns) {
		return false
	}
	for _, m := range ms {
		if !sc.inTopic(v, sc.mentHead[m]) {
			return false
		}
	}
	return true
}

// inTopic reports whether token t lies in the topic of the consultation
// that is verb v's object: in an "about", "on", "over" or "regarding"
// phrase of that object ("talks about attacks on ships"), or in one the
// parse hung on v ("talks on the war, including attacks on ships"), and
// in no "with" phrase (a party, whatever the parse hangs it on: "talks on
// Afghanistan with Pakistan").
func (sc *sentence) inTopic(v, t int) bool {
	for k := 0; t >= 0 && t != v && k < len(sc.toks); t, k = sc.toks[t].Head, k+1 {
		h := sc.toks[t].Head
		if sc.caseOf(t) == "WITH" {
			return false
		}
		if h < 0 || !sc.topicCase(v, t) {
			continue
		}
		if base(sc.rel(t)) == "nmod" && sc.toks[h].Head == v && base(sc.rel(h)) == "obj" && consultNouns[sc.lemma(h)] ||
			base(sc.rel(t)) == "obl" && h == v {
			return true
		}
	}
	return false
}

// seizeVerbs take a person, a place or property (upper-case lemmas); a
// place is not detained.
var seizeVerbs = map[string]bool{"SEIZE": true, "CAPTURE": true, "GRAB": true, "DETAIN": true, "IMPOUND": true}

// placeNouns name a place taken (upper-case lemmas); vesselNouns a vessel
// or aircraft taken as property.
// firmNouns name companies and their holdings, which are taken as
// property, not as territory.
var firmNouns = map[string]bool{"COMPANY": true, "FIRM": true, "CONSORTIUM": true, "CORPORATION": true, "CONGLOMERATE": true,
	"SUBSIDIARY": true, "BUSINESS": true, "BANK": true, "AIRLINE": true, "ASSET": true, "ASSETS": true, "VENTURE": true,
	"STAKE": true, "SHARE": true, "SHARES": true, "UTILITY": true, "PRODUCER": true, "ENTERPRISE": true, "HOLDING": true,
	"HOLDINGS": true, "AFFILIATE": true, "MINE": true, "MINES": true, "REFINERY": true, "FACTORY": true, "SMELTER": true,
	"PROPERTY": true, "PROPERTIES": true}

// takenThing reports whether noun n is what "control of" names: the "of"
// phrase itself, or a noun that describes it ("control of US oil company
// assets"), not a noun further inside it ("a plant operated by a company").
func (sc *sentence) takenThing(n int) bool {
	if sc.caseOf(n) == "OF" {
		return true
	}
	h := sc.toks[n].Head
	return h >= 0 && inSet(base(sc.rel(n)), "compound", "amod") && sc.caseOf(h) == "OF"
}

// sanctionNouns are measures one state imposes on another's trade or
// people.
var sanctionNouns = map[string]bool{"TARIFF": true, "DUTY": true, "SANCTION": true, "LEVY": true, "EMBARGO": true,
	"COUNTER-TARIFF": true}

// sanctionSubject reports whether the subject of verb v, or of the clause a
// participle or conjunct v hangs on, is a sanction noun ("tariffs hit
// Canada", "duties took effect, hitting Canada").
func (sc *sentence) sanctionSubject(v int) bool {
	subj := sc.childrenWith(v, "nsubj")
	if len(subj) == 0 && strings.HasSuffix(sc.words[v], "ING") && inSet(base(sc.rel(v)), "advcl", "conj") && sc.toks[v].Head >= 0 {
		// (a participle only: a finite verb the parse left without a
		// subject, "sanctions hit Russia as drones struck Moscow", has
		// one of its own)
		subj = sc.childrenWith(sc.toks[v].Head, "nsubj")
	}
	for _, c := range subj {
		if sanctionNouns[sc.lemma(c)] || sanctionNouns[strings.TrimSuffix(sc.words[c], "S")] {
			return true
		}
	}
	return false
}

// fightingSource reports whether a mention of src is of armed forces or an
// armed group ("Russian troops took control of the plant"): what they take
// they occupy.
func (sc *sentence) fightingSource(src []int) bool {
	for _, m := range src {
		c := sc.mentions[m].Code
		if strings.Contains(c[min(3, len(c)):], "MIL") || strings.Contains(c[min(3, len(c)):], "REB") || strings.HasPrefix(c, "IMG") {
			return true
		}
	}
	return false
}

// outOfAfter reports whether "out of" follows verb v within eight words.
func (sc *sentence) outOfAfter(v int) bool {
	for k := v + 1; k+1 < len(sc.words) && k <= v+8; k++ {
		if sc.words[k] == "OUT" && sc.words[k+1] == "OF" {
			return true
		}
	}
	return false
}

// fightingCode reports whether an actor code is of armed forces or police.
func fightingCode(c string) bool {
	for k := 3; k+3 <= len(c); k += 3 {
		if inSet(c[k:k+3], "MIL", "COP") {
			return true
		}
	}
	return false
}

// outlawCode reports whether an actor code is of a group outside the law:
// rebels, insurgents, separatists, unidentified armed forces, criminals
// ("IDNREB", "AFGINS"), with no role of the state among its roles.
func outlawCode(c string) bool {
	if len(c) < 6 || strings.HasPrefix(c, "IGO") {
		return false
	}
	for k := 3; k+3 <= len(c); k += 3 {
		switch c[k : k+3] {
		case "GOV", "MIL", "COP", "JUD", "LEG", "SPY":
			return false
		}
	}
	for k := 3; k+3 <= len(c); k += 3 {
		switch c[k : k+3] {
		case "REB", "INS", "SEP", "UAF", "CRM":
			return true
		}
	}
	return false
}

// describedThing returns the noun that the actor of mention mi describes
// as an adjective, a compound or a possessor, across a participle it
// modifies ("a Canadian-led consortium": "Canadian" describes the
// consortium) and a name before the noun ("the Canadian-owned Kumtor gold
// mine"), when that noun is no actor's; -1 otherwise.
func (sc *sentence) describedThing(mi int) int {
	t := sc.mentHead[mi]
	lo, hi := sc.mentions[mi].Tokens[0], sc.mentions[mi].Tokens[1]
	for k := 0; k < 3; k++ {
		r := sc.rel(t)
		n := sc.toks[t].Head
		if n < 0 || n >= lo && n < hi {
			return -1
		}
		participle := (sc.toks[n].UPOS == "VERB" || sc.toks[n].UPOS == "ADJ" && strings.HasSuffix(sc.words[n], "ED")) && base(sc.rel(n)) == "amod"
		if !(inSet(base(r), "amod", "compound") || r == "nmod:poss" || base(r) == "obl" && (k > 0 || participle)) {
			return -1
		}
		if participle {
			t = n // "Canadian-led": the participle, then its noun
			continue
		}
		if h := sc.toks[n].Head; sc.toks[n].UPOS == "PROPN" && base(sc.rel(n)) == "compound" && sc.mentAt[n] < 0 && h >= 0 && sc.toks[h].UPOS == "NOUN" {
			t = n // "the Canadian-owned Kumtor gold mine": the name, then its noun
			continue
		}
		if sc.toks[n].UPOS != "NOUN" || sc.mentAt[n] >= 0 {
			return -1
		}
		return n
	}
	return -1
}

var placeNouns = map[string]bool{"PORT": true, "TOWN": true, "CITY": true, "VILLAGE": true, "BASE": true,
	"AIRBASE": true, "AIRFIELD": true, "AIRPORT": true, "TERRITORY": true, "ISLAND": true, "PROVINCE": true,
	"REGION": true, "CAPITAL": true, "OUTPOST": true, "POST": true, "CHECKPOINT": true, "HILL": true,
	"DISTRICT": true, "BORDER": true, "CROSSING": true, "HARBOUR": true, "HARBOR": true}
var vesselNouns = map[string]bool{"SHIP": true, "TANKER": true, "VESSEL": true, "BOAT": true, "TRAWLER": true,
	"FREIGHTER": true, "YACHT": true, "AIRCRAFT": true, "PLANE": true, "HELICOPTER": true, "DRONE": true,
	"FERRY": true, "CARGO": true, "SHIPMENT": true}

// objectNoun returns the object of verb v, or -1.
func (sc *sentence) objectNoun(v int) int {
	if os := sc.childrenWith(v, "obj"); len(os) > 0 {
		return os[0]
	}
	return -1
}

// seizedNoun returns what verb v acts on: its object, else the subject of
// its passive; -1 for none.
func (sc *sentence) seizedNoun(v int) int {
	if o := sc.objectNoun(v); o >= 0 {
		return o
	}
	if ps := sc.childrenWith(v, "nsubj:pass"); len(ps) > 0 {
		return ps[0]
	}
	return -1
}

// askedFor gives an unspecified appeal or demand (020, 100) the code of
// what it asks for, deed p ("urged Pyongyang to return to negotiations",
// 026; "demanded that Turkey withdraw its troops", 1056), as the
// dictionaries' patterns give it for the wordings they list.
func (sc *sentence) askedFor(hp, p *predicate) {
	if p.negated {
		// "urged Germany not to negotiate": no appeal to negotiate,
		// whatever a pattern that skipped "not" read ("* + TO
		// NEGOTIATE")
		if r := cameo.RootOf(hp.code.Source); hp.byPat && (r == "02" || r == "10") && sc.readsWord(hp.pat, sc.words[p.tok], sc.lemma(p.tok)) {
			hp.code.Source = r + "0"
		}
		return
	}
	switch hp.code.Source {
	case "020":
		hp.code.Source = cameo.Appeal(p.code.Source)
	case "100":
		hp.code.Source = cameo.Demand(p.code.Source)
	}
}

// reactionVerbs judge or answer an act, whose doer their subject is not:
// "Peru criticised the asset freeze on Bolivian banks", "Russia welcomed
// the invasion of Iraq". An event noun they take as object has no doer
// from their subject. Upper-case lemmas.
var reactionVerbs = map[string]bool{"CRITICISE": true, "CRITICIZE": true, "CONDEMN": true, "DENOUNCE": true,
	"DEPLORE": true, "DECRY": true, "SLAM": true, "BLAST": true, "LAMBAST": true, "WELCOME": true, "PRAISE": true,
	"HAIL": true, "APPLAUD": true, "COMMEND": true, "REJECT": true, "OPPOSE": true, "PROTEST": true, "REGRET": true,
	"MOURN": true, "QUESTION": true, "CHALLENGE": true, "CONTEST": true, "CENSURE": true, "REBUKE": true}

// reactedTo reports whether noun n is the object of a verb of
// reactionVerbs.
func (sc *sentence) reactedTo(n int) bool {
	h := sc.toks[n].Head
	return h >= 0 && base(sc.rel(n)) == "obj" && reactionVerbs[sc.lemma(h)]
}

// doerNouns are the event nouns an actor adjective or compound before which
// does the deed, with or without a target named, and whose doer is the
// subject of the verb that governs them only when that verb extends them
// ("launched an offensive", not "condemned the assault" or "repelled an
// assault", whose subject was the addressee or the target).
var doerNouns = map[string]bool{"INVITATION": true, "PROPOSAL": true, "OFFER": true, "VISIT": true,
	"ASSAULT": true, "OFFENSIVE": true}

// temporalCases are the prepositions of a phrase that dates a clause
// ("after the invasion", "since the war").
var temporalCases = map[string]bool{"AFTER": true, "BEFORE": true, "SINCE": true, "UNTIL": true, "FOLLOWING": true}

// armedNouns are the forces, fighters and weapons that can be loyal to
// someone who commands them, upper-case lemmas.
var armedNouns = map[string]bool{"FORCE": true, "FORCES": true, "TROOP": true, "TROOPS": true, "FIGHTER": true,
	"MILITIA": true, "MILITIAMAN": true, "WARPLANE": true, "JET": true, "AIRCRAFT": true, "DRONE": true, "UNIT": true,
	"SOLDIER": true, "GUNMAN": true, "REBEL": true, "BRIGADE": true, "BATTALION": true, "PLANE": true, "HELICOPTER": true,
	"GUARD": true, "COMMANDO": true, "TANK": true}

// loyalWords tie forces to the one they fight for ("loyal to", "allied
// with"), upper-case lemmas.
var loyalWords = map[string]bool{"LOYAL": true, "ALLIED": true, "ALLY": true, "AFFILIATED": true, "AFFILIATE": true,
	"ALIGNED": true, "ALIGN": true}

// forceSupport are the verbs whose subject does the deed of force their
// object names ("launched an attack", "stepped up its offensive"); the
// subject of another verb did not ("condemned Israel over a settler
// attack", "was blamed for the attack"), and a deed that is the means of
// a verb of its own ("killed a commander in a drone strike") is told by
// that verb, upper-case lemmas.
var forceSupport = map[string]bool{"LAUNCH": true, "CARRY": true, "CONDUCT": true, "STAGE": true, "MOUNT": true,
	"UNLEASH": true, "ORDER": true, "BEGIN": true, "START": true, "RESUME": true, "INTENSIFY": true, "ESCALATE": true,
	"CONTINUE": true, "STEP": true, "MAKE": true, "COMMIT": true, "PERPETRATE": true, "EXECUTE": true, "LEAD": true,
	"PLAN": true, "PREPARE": true, "THREATEN": true, "PRESS": true, "WAGE": true, "RENEW": true, "EXPAND": true}

// forceNouns are deeds of force whose actor adjective is their doer ("the
// Russian invasion", "Israeli air strikes"), unlike "Russian sanctions".
var forceNouns = map[string]bool{"INVASION": true, "INCURSION": true, "ATTACK": true, "OFFENSIVE": true, "ASSAULT": true,
	"BOMBARDMENT": true, "SHELLING": true, "AIRSTRIKE": true, "STRIKE": true, "RAID": true, "OCCUPATION": true,
	"ANNEXATION": true, "BOMBING": true, "BLOCKADE": true, "CRACKDOWN": true}

// reachVerbs take for object the place arrived at ("reached Phnom Penh for
// a visit"), not the place left ("left Tehran for a visit").
var reachVerbs = map[string]bool{"REACH": true, "ENTER": true, "TOUR": true, "VISIT": true}

// onVisit reports whether noun v is a visit in a phrase of purpose or
// state, "for a visit" or "on a visit", of its clause's verb ("the minister
// reached Phnom Penh for a visit", "is in Tokyo on a three-day visit"):
// the visitor is the clause's subject.
func (sc *sentence) onVisit(v int) bool {
	return sc.lemma(v) == "VISIT" && base(sc.rel(v)) == "obl" && inSet(sc.caseOf(v), "FOR", "ON")
}

// issuingVerbs extend what a doer noun names ("extended an invitation",
// "submitted a proposal", "paid a visit", "launched an offensive"), as the
// light verbs do ("made an offer").
var issuingVerbs = map[string]bool{"EXTEND": true, "ISSUE": true, "SEND": true, "PAY": true, "SUBMIT": true,
	"PRESENT": true, "RENEW": true, "REPEAT": true, "TABLE": true, "BEGIN": true, "START": true,
	"LAUNCH": true, "MOUNT": true, "STAGE": true, "CONTINUE": true, "INTENSIFY": true, "RESUME": true}

// extends reports whether verb h extends the doer noun it governs: a
// light verb or one of issuingVerbs.
func (sc *sentence) extends(h int) bool { return isLightVerb(sc.lemma(h)) || issuingVerbs[sc.lemma(h)] }

// praiseNouns are the nouns of praise voiced to a party for a deed of its
// own ("expressed its gratitude to Jordan for flying ...").
var praiseNouns = map[string]bool{"GRATITUDE": true, "THANKS": true, "THANK": true, "APPRECIATION": true, "PRAISE": true,
	"CONGRATULATIONS": true, "CONGRATULATION": true}

// participleOf reports whether v is an adverbial "-ing" clause introduced by
// "of", "from" or "for" (mark), whose subject is its governor's object
// ("accused Peru of helping", "praised Peru for reaching").
func participleOf(sc *sentence, v, mark int) bool {
	return base(sc.rel(v)) == "advcl" && strings.HasSuffix(sc.words[v], "ING") && inSet(sc.words[mark], "OF", "FROM", "FOR")
}

// judgingVerbs judge, punish or reward their object for a deed of its own
// ("indicted four officers for spying"), beside reactionVerbs (upper-case
// lemmas).
var judgingVerbs = map[string]bool{"ACCUSE": true, "CHARGE": true, "INDICT": true, "ARREST": true, "DETAIN": true,
	"SENTENCE": true, "PUNISH": true, "BLAME": true, "THANK": true, "SANCTION": true, "FINE": true, "EXPEL": true,
	"JAIL": true, "CONVICT": true, "PROSECUTE": true, "SUE": true, "PARDON": true, "REWARD": true, "HONOUR": true,
	"HONOR": true, "FAULT": true, "SUSPECT": true, "EXECUTE": true, "DEPORT": true, "BAN": true, "SUSPEND": true}

// objectDoes reports whether the doer of verb v is the object of the verb
// it hangs on ("indicted four army officers for spying", "accused Peru of
// helping"; participleOf), that verb judging, punishing or rewarding its
// object (judgingVerbs, reactionVerbs): when the object names no actor,
// the deed has no known doer, and the word before the verb is not it ("used
// drones for attacking Ukraine" is the user's deed).
func (sc *sentence) objectDoes(v int) bool {
	h := sc.toks[v].Head
	if h < 0 || h == v || len(sc.relativeObjects(h)) == 0 || !judgingVerbs[sc.lemma(h)] && !reactionVerbs[sc.lemma(h)] {
		return false
	}
	for _, m := range sc.childrenWith(v, "mark") {
		if participleOf(sc, v, m) {
			return true
		}
	}
	return false
}

// nearTo reports whether token i is an adjective of nearness before "to"
// ("the army close to the border village"): a place, not a verb ("close
// the border").
func (sc *sentence) nearTo(i int) bool {
	return i+1 < len(sc.words) && sc.words[i+1] == "TO" && inSet(sc.words[i], "CLOSE", "NEXT", "NEAR", "ADJACENT")
}

// selfReference reports whether the actors ms are all pronouns that stand
// for one of the sources ("with its partner" after "Arnor signed"): no
// target, and no reason to stop looking for one.
func (sc *sentence) selfReference(ms, src []int) bool {
	for _, m := range ms {
		if sc.mentions[m].Kind != entente.MentionCoref {
			return false
		}
		same := false
		for _, s := range src {
			// the source itself, or its own part through "its":
			// "withdrew its troops from Mali"
			sc0, mc := sc.mentions[s].Code, sc.mentions[m].Code
			same = same || sc0 == mc || len(sc0) == 3 && strings.HasPrefix(mc, sc0) && sc.possessed(m)
		}
		if !same {
			return false
		}
	}
	return true
}

// possessed reports whether mention m opens with a possessive pronoun
// ("its troops").
func (sc *sentence) possessed(m int) bool {
	t := sc.mentions[m].Tokens[0]
	if t < 0 || t >= len(sc.toks) {
		return false
	}
	switch strings.ToLower(sc.toks[t].Form) {
	case "its", "their", "his", "her", "our":
		return true
	}
	return false
}

// coordination returns the first conjunct of the coordination nominal t
// belongs to ("Osgiliath" in "Gondor and Osgiliath" gives "Gondor"), or t.
func (sc *sentence) coordination(t int) int {
	for k := 0; k < 8 && base(sc.rel(t)) == "conj" && sc.toks[t].Head >= 0 && sc.mentAt[sc.toks[t].Head] >= 0; k++ {
		t = sc.mentHead[sc.mentAt[sc.toks[t].Head]]
	}
	return t
}

// governor returns the coded predicate whose complement predicate i is
// ("said that X attacked", "agreed to sell"), also through words that are
// no predicate of their own ("is about to restore", "said X is ready to").
func (sc *sentence) governor(i int, preds map[int]*predicate) (int, bool) {
	for k := 0; k < 3; k++ {
		h := sc.toks[i].Head
		if h < 0 || h == i || !inSet(base(sc.rel(i)), "xcomp", "ccomp", "obj") {
			return 0, false
		}
		if _, ok := preds[h]; ok {
			return h, true
		}
		i = h
	}
	return 0, false
}

// planNouns head an infinitive that tells what is planned, threatened or
// offered ("announced plans to impose tariffs", "expressed readiness to
// provide aid").
var planNouns = map[string]bool{"PLAN": true, "INTENTION": true, "DECISION": true, "THREAT": true,
	"READINESS": true, "WILLINGNESS": true}

// bidNouns, beside planNouns, name a party's aim that an infinitive after
// them tells ("Sweden's bid to join", "Kyiv's request to buy").
var bidNouns = map[string]bool{"BID": true, "APPLICATION": true, "ATTEMPT": true, "OFFER": true, "PROPOSAL": true,
	"REQUEST": true, "AMBITION": true, "PLEDGE": true, "PROMISE": true}

// ownedNoun reports whether noun n names its maker: an actor as its
// possessor, adjective or compound ("Reagan's plan", "the Japanese
// decision").
func (sc *sentence) ownedNoun(n int) bool {
	for _, c := range sc.childrenWith(n, "nmod:poss", "amod", "compound") {
		if sc.mentAt[c] >= 0 {
			return true
		}
	}
	return false
}

// planClause returns the plan noun (planNouns) whose infinitive clause
// predicate i is, when that noun is a verb's object ("announced plans to
// impose tariffs"), else -1.
func (sc *sentence) planClause(i int) int {
	n := sc.toks[i].Head
	if n < 0 || n == i || base(sc.rel(i)) != "acl" || !planNouns[sc.lemma(n)] || !sc.infinitive(i) || base(sc.rel(n)) != "obj" {
		return -1
	}
	return n
}

// objectIn reports whether verb v has an object whose lemma is in set
// (planNouns: "expressed readiness to provide aid", the infinitive hung on
// the verb; consultNouns: "held talks").
func (sc *sentence) objectIn(v int, set map[string]bool) bool {
	for _, c := range sc.childrenWith(v, "obj") {
		if set[sc.lemma(c)] {
			return true
		}
	}
	return false
}

// commitVerbs, besides intentWords, commit their subject to the deed of
// their infinitive ("agreed to cooperate", "decided to impose").
var commitVerbs = map[string]bool{"AGREE": true, "DECIDE": true, "SEEK": true, "AIM": true,
	"PROPOSE": true, "PREPARE": true, "CONSIDER": true, "RESOLVE": true}

// intentGoverning returns the predicate of an intent (root 03) that governs
// predicate i: as its infinitive complement, when it is a verb of intent or
// commitment ("agreed to cooperate", intentWords, commitVerbs), or through
// the plan noun that is its object ("announced plans to impose tariffs",
// planNouns), if there is one.
func (sc *sentence) intentGoverning(i int, preds map[int]*predicate) (int, bool) {
	h := sc.toks[i].Head
	if h < 0 || h == i {
		return 0, false
	}
	if sc.planClause(i) >= 0 {
		h = sc.toks[h].Head
	} else if base(sc.rel(i)) != "xcomp" || !sc.infinitive(i) ||
		!intentWords[sc.lemma(h)] && !intentWords[sc.words[h]] && !commitVerbs[sc.lemma(h)] && !sc.objectIn(h, planNouns) {
		return 0, false
	}
	if hp, ok := preds[h]; ok && h >= 0 && cameo.RootOf(hp.code.Source) == "03" {
		return h, true
	}
	return 0, false
}

// whoseAntecedent returns the actors a subject "whose fighters" of clause
// v belongs to: the noun the relative clause modifies or, when the parse
// has not hung the clause on it, the nearest actor before "whose".
func (sc *sentence) whoseAntecedent(subj, v int) []int {
	for _, c := range sc.childrenWith(subj, "nmod:poss") {
		if sc.words[c] != "WHOSE" {
			continue
		}
		if sc.rel(v) == "acl:relcl" && sc.toks[v].Head >= 0 {
			return sc.actors(sc.toks[v].Head, 0)
		}
		for i := c - 1; i >= 0 && i >= c-3; i-- {
			if mi := sc.mentAt[i]; mi >= 0 && sc.mentions[mi].Kind != entente.MentionCoref {
				return sc.actors(sc.mentHead[mi], 0)
			}
		}
	}
	return nil
}

// ownMatter reports whether the targets tgt of verb v, several of whose
// sources src act together, are only actors of the sources' own countries
// found in v's matter, not its object ("Nigeria and Britain signed an
// agreement to reschedule Nigeria's debts"): no party acted on.
func (sc *sentence) ownMatter(v int, tgt, src []int) bool {
	own := map[string]bool{}
	for _, m := range src {
		own[country(sc.mentions[m].Code)] = true
	}
	if len(own) < 2 {
		return false
	}
	for _, m := range tgt {
		if !own[country(sc.mentions[m].Code)] || sc.objectOf(m, v) || sc.caseOf(sc.mentHead[m]) == "WITH" {
			return false
		}
	}
	return true
}

// addressedDoerNoun reports whether doer noun n ("invitation", "proposal",
// "offer") names no doer of its own (no possessive, adjective or compound
// actor) and is the object of a verb that does not extend it ("rejected an
// invitation to talks"): its doer is unknown, and the verb's subject was
// its addressee.
func (sc *sentence) addressedDoerNoun(n int) bool {
	if !doerNouns[sc.lemma(n)] || sc.lemma(n) == "VISIT" || base(sc.rel(n)) != "obj" || sc.caseChild(n, "BY") >= 0 {
		// (a visit is its visitor's whoever speaks of it, and "by"
		// names the doer)
		return false
	}
	h := sc.toks[n].Head
	if h < 0 || sc.extends(h) {
		return false
	}
	for _, c := range sc.childrenWith(n, "nmod:poss", "amod", "compound") {
		if sc.mentAt[c] >= 0 {
			return false
		}
	}
	return true
}

// readsMainVerb reports whether verb predicate v is a participle modifying
// the subject of a verb coded on its own with the same root, whose word
// v's pattern read: in "engineers abducted last week were released by
// militants", the Phoenix KIDNAP block's "* RELEASED" (0841) tells the
// release that "released" tells itself (084), with the date of the
// abduction.
func (sc *sentence) readsMainVerb(v int, preds map[int]*predicate) bool {
	p := preds[v]
	n := sc.toks[v].Head
	if !p.byPat || base(sc.rel(v)) != "acl" || n < 0 || !strings.HasPrefix(sc.rel(n), "nsubj") {
		return false
	}
	g := sc.toks[n].Head
	q, ok := preds[g]
	return ok && g > v && !q.noun && cameo.RootOf(q.code.Source) == cameo.RootOf(p.code.Source) &&
		sc.readsWord(p.pat, sc.words[g], sc.lemma(g))
}

// wordOfPattern reports whether verb predicate v, coded by its block's
// default code, is a noun misparsed as a verb that another predicate's
// pattern read after its verb, with the word before it: in "voted to
// launch a nationwide strike", the additions' "* A NATIONWIDE STRIKE"
// (143) has told what "strike" would tell as a military strike (190). A
// verb the pattern read after the verb itself or after "to" ("stopped
// importing", "agreed to support") may tell an act of its own.
func (sc *sentence) wordOfPattern(v int, preds map[int]*predicate) bool {
	if preds[v].byPat || v == 0 || sc.words[v-1] == "TO" || inSet(sc.toks[v-1].UPOS, "VERB", "AUX") {
		return false
	}
	for i, q := range preds {
		if i != v && q.byPat && slices.Contains(q.read, v) && slices.Contains(q.read, v-1) {
			return true
		}
	}
	return false
}

// readByObjectVerb reports whether verb predicate v is an infinitive
// modifying the object of a verb whose pattern read v's word: in
// "summoned India's ambassador to protest road construction", the parse
// hangs "to protest" on the ambassador, and the summons's "* + TO
// PROTEST" (040) has told why he was summoned; the protest is the
// summoner's, not the ambassador's, and not a second event.
func (sc *sentence) readByObjectVerb(v int, preds map[int]*predicate) bool {
	n := sc.toks[v].Head
	if base(sc.rel(v)) != "acl" || n < 0 || base(sc.rel(n)) != "obj" || !sc.hasMark(v, "TO") {
		return false
	}
	g := sc.toks[n].Head
	q, ok := preds[g]
	return ok && g < v && !q.noun && q.byPat && sc.readsWord(q.pat, sc.words[v], sc.lemma(v))
}

// readThroughNoun reports whether verb predicate v's pattern read a word
// past the event noun that is its object, a word that noun's own pattern
// reads too: in "announced the lifting of sanctions against Cuba" the
// Phoenix "* SANCTIONS AGAINST [163]" skips "the lifting of", which
// "* OF &XSANCTION" (085) reads; the noun tells the act.
func (sc *sentence) readThroughNoun(v int, preds map[int]*predicate) bool {
	p := preds[v]
	if !p.byPat {
		return false
	}
	for _, o := range sc.childrenWith(v, "obj") {
		op, ok := preds[o]
		if !ok || !op.noun || !op.byPat {
			continue
		}
		for _, w := range sc.childrenWith(o, "nmod") {
			if sc.caseOf(w) == "OF" && sc.readsWord(p.pat, sc.words[w], sc.lemma(w)) && sc.readsWord(op.pat, sc.words[w], sc.lemma(w)) {
				return true
			}
		}
	}
	return false
}

// ownDoer reports whether event noun n names a doer of its own, before it
// or after "by" ("the American sanctions", "Russia's invasion", "the
// bombing by NATO"): a verb that reads the noun reacts to another's act.
// A possessive pronoun is no doer of its own: "lifted its sanctions on
// Iran" is the subject's own act, told once by the verb.
func (sc *sentence) ownDoer(n int) bool {
	for _, c := range sc.childrenWith(n, "nmod:poss", "amod", "compound") {
		if c < n && len(sc.actors(c, 0)) > 0 && sc.toks[c].UPOS != "PRON" {
			return true
		}
	}
	for _, c := range sc.childrenWith(n, "nmod") {
		if sc.caseOf(c) == "BY" && len(sc.actors(c, 0)) > 0 {
			return true
		}
	}
	return false
}

// thirdPartyTalks returns the parties of event noun n of consultation
// (root 04) when it is the object of a verb whose subject is no party to it ("Oman hosted
// talks between Iran and the United States", "Angola hosted a meeting
// between Rwanda and Congo"): the noun names its parties after "between",
// two or more, none of them the verb's subject, and the verb, one of
// hosting (hostVerbs), heads its sentence or a conjunct of it, neither
// negated nor modal, nor reported ("denied reports that Oman had hosted
// talks between"). The verb tells what the host did; the noun, that the
// parties met (046, 040), which the verb does not tell. Nil otherwise.
func (sc *sentence) thirdPartyTalks(n int, preds map[int]*predicate) []int {
	p := preds[n]
	h := sc.toks[n].Head
	if p.code.Source == "" || cameo.RootOf(p.code.Source) != "04" || h < 0 || h == n || base(sc.rel(n)) != "obj" {
		return nil
	}
	vp, ok := preds[h]
	if !ok || vp.noun || len(vp.src) == 0 || vp.negated || cameo.RootOf(vp.code.Source) != "04" ||
		!hostVerbs[sc.lemma(h)] || !inSet(base(sc.rel(h)), "root", "conj") {
		// (talks offered, planned, refused or not held are no talks held:
		// "offered to host talks between", "will host", "did not host")
		return nil
	}
	for _, c := range sc.childrenWith(h, "aux") {
		if inSet(sc.words[c], "MAY", "MIGHT", "COULD", "WOULD", "WILL", "SHALL", "SHOULD", "CAN", "MUST", "'LL") {
			return nil
		}
	}
	if parties := sc.betweenParties(n); len(parties) >= 2 && disjoint(parties, vp.src) {
		return parties
	}
	return nil
}

// hostVerbs are the verbs of a third party that brings two parties to talk
// ("hosted", "convened", "brokered talks between"); "discussed the talks
// between" tells no talks held.
var hostVerbs = map[string]bool{"HOST": true, "CONVENE": true, "BROKER": true, "MEDIATE": true, "FACILITATE": true,
	"ORGANIZE": true, "ORGANISE": true, "ARRANGE": true, "SPONSOR": true}

// betweenParties returns the actors an event noun names after "between",
// one mention each, in order.
func (sc *sentence) betweenParties(n int) []int {
	for _, c := range sc.childrenWith(n, "nmod") {
		if sc.caseOf(c) == "BETWEEN" {
			return dedup(sc.actors(c, 0))
		}
	}
	return nil
}

// talksOfParties makes a noun of third-party talks the talks of its
// parties (thirdPartyTalks) with one another: the first with the others,
// both ways.
func talksOfParties(p *predicate, parties []int) {
	p.hosted = true
	p.src, p.tgt, p.compound = parties[:1], parties[1:], nil
	p.guessedTgt, p.patTgt = false, true
	p.code.Target = p.code.Source
}

// objectOfSameAct reports whether event noun n is the object of a verb
// coded with an act of the noun's own root ("held discussions with",
// "opened negotiations with"), or with its intent ("will hold talks
// with", 036), or by a pattern that reads the noun ("proposed a meeting",
// 026): the verb tells the act, once.
func (sc *sentence) objectOfSameAct(n int, preds map[int]*predicate) bool {
	if preds[n].hosted {
		return false // the parties' talks, not the host's act (talksOfParties)
	}
	code := preds[n].code.Source
	root, intent := cameo.RootOf(code), cameo.Intent(code)
	same := func(v int) bool {
		vp, ok := preds[v]
		return ok && !vp.noun && (cameo.RootOf(vp.code.Source) == root || intent != code && vp.code.Source == intent)
	}
	if h := sc.toks[n].Head; h >= 0 && h != n && base(sc.rel(n)) == "obj" && same(h) {
		return true
	}
	if h := sc.toks[n].Head; h >= 0 && h != n && base(sc.rel(n)) == "obj" {
		// "proposed a meeting" (026): the verb's pattern read the noun,
		// and its code tells what was done about the act the noun
		// names
		if vp, ok := preds[h]; ok && !vp.noun && vp.byPat && sc.readsWord(vp.pat, sc.words[n], sc.lemma(n)) && !sc.ownDoer(n) {
			return true
		}
	}
	if h := sc.toks[n].Head; h >= 0 && h != n && base(sc.rel(n)) == "nmod" && sc.caseOf(n) == "OF" {
		// "announced the lifting of sanctions against Cuba": the
		// pattern of the noun it is "of" read it ("* OF &XSANCTION",
		// 085), and the sanctions lifted are not imposed again
		if hp, ok := preds[h]; ok && hp.noun && hp.byPat && sc.readsWord(hp.pat, sc.words[n], sc.lemma(n)) && !sc.ownDoer(n) {
			return true
		}
	}
	// "Japan hosted talks with Canada" parsed with "hosted" as the noun's
	// modifier
	for _, c := range sc.childrenWith(n, "amod", "acl") {
		if c < n && same(c) {
			return true
		}
	}
	return false
}

// nominalConj reports whether c, a conjunct of a verb, is a noun without a
// clause of its own: a parser error for an appositive or object ("held
// Druzhba, their first joint exercise"), part of the verb's clause.
func (sc *sentence) nominalConj(c int) bool {
	if u := sc.toks[c].UPOS; u != "NOUN" && u != "PROPN" {
		return false
	}
	return len(sc.childrenWith(c, "nsubj", "nsubj:pass", "cop", "aux")) == 0
}

// intentWords are the words that make their complement an intention
// ("hoped to forge", "pledged to help", "is ready to defend").
var intentWords = map[string]bool{
	"HOPE": true, "WANT": true, "WISH": true, "INTEND": true,
	"PLAN": true, "PLEDGE": true, "PROMISE": true, "VOW": true, "OFFER": true,
	"READY": true, "WILLING": true, "PREPARED": true,
	"EAGER": true, "KEEN": true, "INTERESTED": true, "DETERMINED": true,
}

// intended reports whether predicate v is the infinitive complement of a
// word of intention ("X hoped to forge a partnership", "X is ready to
// defend Y"): CAMEO codes such a clause as an intent (03), not the deed.
func (sc *sentence) intended(v int) bool {
	for k := 0; k < 2; k++ {
		h := sc.toks[v].Head
		if h < 0 || h == v || sc.rel(v) != "xcomp" {
			return false
		}
		if intentWords[sc.lemma(h)] || intentWords[sc.words[h]] {
			return true
		}
		v = h
	}
	return false
}

// conditionalThreat reports whether hostile act v (roots 16 to 20) is one
// its source says it may or will do on a condition ("may revoke the
// licences if progress is not made", "will retaliate unless"): a threat
// (13x), as cameo.Intent maps it.
func (sc *sentence) conditionalThreat(v int, code string) bool {
	if r := cameo.RootOf(code); r < "16" || r > "20" {
		return false
	}
	modal := false
	for _, a := range sc.childrenWith(v, "aux") {
		modal = modal || inSet(sc.words[a], "MAY", "MIGHT", "COULD", "WOULD", "WILL")
	}
	if !modal {
		return false
	}
	for _, c := range sc.childrenWith(v, "advcl") {
		for _, m := range sc.childrenWith(c, "mark") {
			if inSet(sc.words[m], "IF", "UNLESS") {
				return true
			}
		}
	}
	return false
}

// announced reports whether predicate v, a hostile act (roots 16, 18 to
// 20) or a cooperative one (04 to 08), is one a speaker says will be done:
// a clause with "will", "would" or "shall", not negated, that is the
// complement of a verb of saying ("Reagan said the U.S. would impose
// tariffs on Japanese imports"). CAMEO codes such an announcement as the
// intent or the threat (cameo.Intent), not the deed.
func (sc *sentence) announced(v int, code string) bool {
	switch cameo.RootOf(code) {
	case "04", "05", "06", "07", "08", "16", "18", "19", "20":
	default:
		return false
	}
	h := sc.toks[v].Head
	if h < 0 || h == v || base(sc.rel(v)) != "ccomp" || !reportingVerbs[sc.lemma(h)] || sc.negated(v) {
		return false
	}
	for _, a := range sc.childrenWith(v, "aux") {
		if inSet(sc.words[a], "WILL", "WOULD", "SHALL", "'LL") {
			return true
		}
	}
	return false
}

// ingAdjectives are "-ing" forms (upper case) used as adjectives of their
// own, of rank, time or place rather than of an act.
var ingAdjectives = map[string]bool{"LEADING": true, "RULING": true, "GOVERNING": true, "NEIGHBOURING": true,
	"NEIGHBORING": true, "OPPOSING": true, "WARRING": true, "INCOMING": true, "OUTGOING": true, "REMAINING": true,
	"FOLLOWING": true, "EXISTING": true, "GROWING": true, "RISING": true, "ONGOING": true, "UPCOMING": true,
	"CONTINUING": true, "DEVELOPING": true, "EMERGING": true, "LEADING-EDGE": true, "PENDING": true}

// modifyingParticiple reports whether token v is an "-ing" participle
// modifying a noun ("his visiting Nigerian counterpart"), whose doer is
// that noun.
func (sc *sentence) modifyingParticiple(v int) bool {
	return base(sc.rel(v)) == "amod" && sc.toks[v].UPOS == "VERB" && strings.HasSuffix(sc.words[v], "ING")
}

// directionNouns place what follows them ("east of Basra").
var directionNouns = map[string]bool{"EAST": true, "WEST": true, "NORTH": true, "SOUTH": true, "NORTHEAST": true,
	"NORTHWEST": true, "SOUTHEAST": true, "SOUTHWEST": true, "OUTSKIRTS": true, "VICINITY": true}

// purposeOfObject reports whether infinitive v, which modifies a noun, is
// the purpose of the verb whose object the noun is rather than a deed of
// the noun's: the noun stands for no actor ("pressed counter-attacks to
// drive them out"), or only places one ("operations east of Basra to
// destroy"), and is the object of a verb with no other object.
func (sc *sentence) purposeOfObject(v int) bool {
	n := sc.toks[v].Head
	if n < 0 {
		return false
	}
	if directionNouns[sc.lemma(n)] && sc.mentAt[n] < 0 {
		return true
	}
	g := sc.toks[n].Head
	if base(sc.rel(n)) == "obj" && g >= 0 && instrumentVerbs[sc.lemma(g)] && sc.toks[g].UPOS == "VERB" {
		// "used American ATACMS to hit a depot", "sent jets to bomb":
		// the user's purpose, whoever made the weapon
		return true
	}
	if len(sc.actors(n, 0)) > 0 || base(sc.rel(n)) != "obj" {
		return false
	}
	return g >= 0 && sc.toks[g].UPOS == "VERB" && len(sc.childrenWith(g, "obj", "iobj")) == 1
}

// instrumentVerbs use or send the thing their object names for a purpose
// an infinitive after it tells ("used drones to strike"), upper-case
// lemmas.
var instrumentVerbs = map[string]bool{"USE": true, "EMPLOY": true, "DEPLOY": true, "FIRE": true, "LAUNCH": true,
	"DISPATCH": true}

// relativeSubject reports whether the subject of clause v, which modifies
// a noun, is that noun: v has no subject of its own, or a relative pronoun
// ("who", "which", "that") for one.
func (sc *sentence) relativeSubject(v int) bool {
	for _, c := range sc.childrenWith(v, "nsubj", "csubj") {
		if !inSet(sc.lemma(c), "WHO", "WHICH", "THAT") {
			return false
		}
	}
	return true
}

// ownClauseRecipient returns the actors of a "to X" oblique in a clause
// whose subject is one of the sources src (same country) and which is a
// complement of verb v or a relative clause in v's object ("restricted the
// amount of aid it doles out to X", "cut the funds it sends to X"), or nil.
func (sc *sentence) ownClauseRecipient(v int, src []int) []int {
	var clauses []int
	clauses = append(clauses, sc.childrenWith(v, "ccomp")...)
	var walk func(t, depth int)
	walk = func(t, depth int) {
		if depth > 3 {
			return
		}
		for _, c := range sc.children[t] {
			switch base(sc.rel(c)) {
			case "acl":
				clauses = append(clauses, c)
			case "nmod", "compound":
				walk(c, depth+1)
			}
		}
	}
	for _, o := range sc.childrenWith(v, "obj") {
		walk(o, 0)
	}
	srcCountry := map[string]bool{}
	for _, s := range src {
		srcCountry[countryPart(sc.mentions[s].Code)] = true
	}
	for _, w := range clauses {
		own := false
		for _, c := range sc.childrenWith(w, "nsubj") {
			for _, a := range sc.actors(c, 0) {
				own = own || srcCountry[countryPart(sc.mentions[a].Code)]
			}
		}
		if !own {
			continue
		}
		for _, c := range sc.childrenWith(w, "obl") {
			if sc.caseOf(c) != "TO" {
				continue
			}
			if a := sc.actors(c, 0); len(a) > 0 && !sc.selfReference(a, src) {
				return a
			}
		}
	}
	return nil
}

// hasVerb reports whether the subtree of token t holds a verb.
func (sc *sentence) hasVerb(t, depth int) bool {
	return sc.holds(t, depth, func(k int) bool { return sc.toks[k].UPOS == "VERB" })
}

// hasClause reports whether token t is or holds a verb that is no past
// participle modifying a noun ("an ammunition depot tied to the Guards"
// holds no clause; "and troops fired rockets", however parsed, does).
func (sc *sentence) hasClause(t, depth int) bool {
	return sc.holds(t, depth, func(k int) bool {
		return sc.toks[k].UPOS == "VERB" && (base(sc.rel(k)) != "acl" || sc.toks[k].XPOS != "VBN" || len(sc.childrenWith(k, "nsubj")) > 0)
	})
}

// holds reports whether token t, or a token of its subtree down to depth
// 8, satisfies f.
func (sc *sentence) holds(t, depth int, f func(int) bool) bool {
	if f(t) {
		return true
	}
	if depth > 8 {
		return false
	}
	for _, c := range sc.children[t] {
		if sc.holds(c, depth+1, f) {
			return true
		}
	}
	return false
}

// forSubject returns the actors of a nominal introduced by "for" that
// ends right before the infinitive marker at token mark ("for the two
// countries to sign", "the way for A and B to sign"), wherever the parse
// hung it, or nil.
func (sc *sentence) forSubject(mark int) []int {
	if mark < 1 {
		return nil
	}
	mi := sc.mentAt[mark-1]
	if mi < 0 || sc.mentions[mi].Tokens[1] != mark {
		return nil
	}
	first := sc.coordination(sc.mentHead[mi])
	if sc.caseOf(first) != "FOR" {
		return nil
	}
	return sc.actors(first, 0)
}

// relativeAntecedent returns the actor right before ", which" or ", who"
// when relative clause v has such a subject and the parse hung the clause
// on another noun ("drills, in spite of anger from India, which registered
// its unease": India registered it).
func (sc *sentence) relativeAntecedent(v int) []int {
	for _, c := range sc.childrenWith(v, "nsubj") {
		if !inSet(sc.words[c], "WHICH", "WHO") || c < 2 || sc.toks[c-1].Form != "," {
			continue
		}
		if mi := sc.mentAt[c-2]; mi >= 0 && sc.mentions[mi].Kind != entente.MentionCoref {
			return sc.actors(sc.mentHead[mi], 0)
		}
	}
	return nil
}

// passiveSubjects reports whether ms, not empty, are all actors of the
// subject of passive verb v: "Russia was blamed by Poland for the attack on
// Warsaw" blames Russia, whatever actor a pattern finds later in the clause.
func (sc *sentence) passiveSubjects(v int, ms []int) bool {
	if len(ms) == 0 {
		return false
	}
	subj := sc.childrenWith(v, "nsubj:pass")
	if len(subj) == 0 && sc.reducedPassive(v) {
		subj = []int{sc.toks[v].Head}
	}
	if len(subj) == 0 {
		return false
	}
	var as []int
	for _, c := range subj {
		as = append(as, sc.actors(c, 0)...)
	}
	for _, m := range ms {
		if disjoint([]int{m}, as) {
			return false
		}
	}
	return true
}

// ownSubject reports whether the parse gives active predicate v a subject
// of its own, an actor or not ("a senior official said"), or one through
// the noun its clause modifies or the verb its participle hangs on: then
// word order must not guess another source.
func (sc *sentence) ownSubject(v int) bool {
	for steps := 0; steps < 4; steps++ {
		if len(sc.childrenWith(v, "nsubj:pass", "aux:pass")) > 0 {
			return false
		}
		if sc.hasOwnSubject(v) || sc.controller(v) >= 0 {
			// (the object that controls a complement is its subject:
			// "leaving one soldier wounded")
			return true
		}
		subj := sc.childrenWith(v, "nsubj", "csubj")
		h := sc.toks[v].Head
		if len(subj) == 0 && base(sc.rel(v)) == "advcl" && strings.HasSuffix(sc.words[v], "ING") && len(sc.childrenWith(v, "mark")) == 0 &&
			h >= 0 && h != v && sc.toks[h].UPOS == "VERB" {
			// "jihadists stormed a school, killing dozens": the
			// subject of a participle with no marker is its verb's,
			// actor or not ("in forging", "with shelling" have their
			// own rules)
			v = h
			continue
		}
		return base(sc.rel(v)) == "acl" && h >= 0 && sc.relativeSubject(v)
	}
	return false
}

// hasOwnSubject reports whether the parse gives verb v a subject of its
// own that is no pronoun ("halted imports of Spanish goods, traders
// said"): then v does not share the subject of the verb it hangs on.
func (sc *sentence) hasOwnSubject(v int) bool {
	for _, c := range sc.childrenWith(v, "nsubj", "csubj") {
		if sc.rel(c) != "nsubj:pass" && sc.toks[c].UPOS != "PRON" {
			return true
		}
	}
	return false
}

// dropAdjacent keeps the first of mentions that touch one another ("Bree
// Prime Minister" + "Romendacil"): they name one actor, which the parse may
// have split.
func (sc *sentence) dropAdjacent(ms []int) []int {
	if len(ms) < 2 {
		return ms
	}
	var out []int
	for _, mi := range ms {
		touch := false
		for _, o := range out {
			a, b := sc.mentions[o].Tokens, sc.mentions[mi].Tokens
			if a[1] == b[0] || b[1] == a[0] {
				touch = true
				break
			}
		}
		if !touch {
			out = append(out, mi)
		}
	}
	return out
}

// inPassiveSubject reports whether token t lies in the phrase of a passive
// subject of verb v, not in a phrase of place within it ("a village in
// Myanmar's Sagaing region was bombed": the place's state may be the
// doer's).
func (sc *sentence) inPassiveSubject(t, v int) bool {
	for k := 0; k < 8 && t >= 0 && t != v; k++ {
		if inSet(sc.caseOf(t), "IN", "NEAR", "AT", "OUTSIDE", "INSIDE") {
			return false
		}
		if sc.toks[t].Head == v {
			return sc.rel(t) == "nsubj:pass"
		}
		t = sc.toks[t].Head
	}
	return false
}

// activeSubject reports whether the first of mentions ms lies in the
// subject of verb v, an active verb with an object: not passive, nor a
// reduced passive ("fishermen held in Peru were sent home", which the
// parse may read as active, has no object).
func (sc *sentence) activeSubject(v int, ms []int) bool {
	if len(ms) == 0 || len(sc.childrenWith(v, "obj")) == 0 || len(sc.childrenWith(v, "nsubj:pass", "aux:pass")) > 0 || sc.reducedPassive(v) {
		return false
	}
	for t := range sc.toks {
		if sc.mentAt[t] == ms[0] && sc.toks[t].Head == v && sc.rel(t) == "nsubj" {
			return true // a word of the mention is the subject ("Iraqi customs officers seized", the parse heading it by "customs")
		}
	}
	t := sc.mentHead[ms[0]]
	for k := 0; k < 8 && t >= 0 && t != v; k++ {
		if sc.toks[t].Head == v {
			return sc.rel(t) == "nsubj"
		}
		t = sc.toks[t].Head
	}
	return false
}

// passiveShape reports whether a pattern reads a passive clause: its
// target ("+") before the verb and its source ("$") after it, right after
// "by" or a preposition of &PREPOSIT1 ("+ * BY $", "+ * &PREPOSIT1 $", for
// "X arrested by Y"). "+ * UNDER ATTACK FROM $" reads an active clause.
func passiveShape(p *verbs.Pattern) bool {
	if p == nil || p.VerbAt < 0 {
		return false
	}
	target, source := false, false
	for i, e := range p.Elems {
		target = target || e.Kind == verbs.Target && i < p.VerbAt
		if e.Kind == verbs.Source && i > p.VerbAt+1 {
			prev := p.Elems[i-1]
			source = source || prev.Kind == verbs.Word && prev.Text == "BY" || prev.Kind == verbs.Synset && prev.Text == "&PREPOSIT1"
		}
	}
	return target && source
}

// fallbackRoles fills a role the parse left empty by word order: the
// source is the passive's "by" actor or the nearest actor before the
// predicate, the target the first actor after it. Resolved pronouns are not
// used.
func (sc *sentence) fallbackRoles(p *predicate, start, n int) {
	isSrc := func(mi int) bool {
		for _, s := range p.src {
			if sc.mentions[s].Code == sc.mentions[mi].Code {
				return true
			}
		}
		return false
	}
	if len(p.src) == 0 && len(sc.childrenWith(p.tok, "nsubj:pass", "aux:pass")) > 0 {
		// passive agent the parse attached elsewhere: "by" and an actor
		for t := start + n; t+1 < len(sc.toks); t++ {
			if upper(sc.toks[t].Form) == "BY" {
				if mi := sc.mentAt[t+1]; mi >= 0 {
					p.src = sc.actors(sc.mentHead[mi], 0)
				} else if h := sc.toks[t].Head; h > t && h < len(sc.toks) && sc.mentAt[h] >= 0 && sc.mentHead[sc.mentAt[h]] == h {
					// "by suspected Iran-aligned militants": the
					// phrase's head, past its modifiers
					p.src = sc.actors(h, 0)
				}
				break
			}
		}
	}
	passive := len(sc.childrenWith(p.tok, "nsubj:pass", "aux:pass")) > 0
	if len(p.src) == 0 && !p.ownSubject && !(p.noun && (sc.reactedTo(p.tok) || temporalCases[sc.caseOf(p.tok)] || sc.subjectAfterClause(p.tok) ||
		forceNouns[sc.lemma(p.tok)] && inSet(sc.caseOf(p.tok), "AGAINST", "OVER", "ABOUT", "FOR", "TO", "ON"))) && !sc.objectDoes(p.tok) && !sc.determinedVerb(p) &&
		!(!p.noun && (sc.reducedPassive(p.tok) || sc.participleOfNoun(p.tok))) {
		// (nor one who stands against a deed of force, or speaks of
		// it: "held a rally against the occupation of the West Bank")
		// (a reduced passive with no "by" agent has no doer in the
		// sentence: "took five people accused of running guns into
		// Bosnia into custody" was not the police's accusation; nor
		// has a deed that dates another, "became India's largest
		// supplier after the invasion of Ukraine")
		for t := start - 1; t >= 0; t-- {
			if mi := sc.mentAt[t]; mi >= 0 && passive && (!disjoint([]int{mi}, p.tgt) || sc.inPassiveSubject(sc.mentHead[mi], p.tok)) {
				// "Russia was condemned for ...": the subject of a passive
				// is the one acted on, never the doer; nor is a word of
				// its phrase ("Ecuador, a member of OPEC, has been
				// forced")
				break
			}
			if mi := sc.mentAt[t]; mi >= 0 && sc.reporterOf(sc.mentHead[mi], p.tok) {
				break // the reporter, and the words before it: no doer of v
			}
			if mi := sc.mentAt[t]; mi >= 0 && p.noun && forceNouns[sc.lemma(p.tok)] &&
				(inSet(sc.rel(sc.phraseHead(sc.mentHead[mi])), "obj", "nsubj:pass", "iobj", "obl", "obl:agent") || sc.tellerOf(sc.mentHead[mi], p.tok) || sc.judgedFor(p.tok)) {
				// "ten people were killed in an attack on a market",
				// "killed five fighters in an attack on a base",
				// "condemned Israel over an attack": one acted on
				// before a deed of force is not its doer; nor is one
				// who tells of it ("Weinberger said the attack on a
				// ship was by an Iranian missile"), nor, when the one
				// judged for it names no actor, the judge ("Iran, which
				// the Americans blame for two missile attacks")
				break
			}
			if mi := sc.mentAt[t]; mi >= 0 && sc.mentions[mi].Kind != entente.MentionCoref && !sc.prepositional(sc.mentHead[mi]) &&
				!sc.inReported(sc.mentHead[mi], p.tok) {
				p.src = sc.actors(sc.mentHead[mi], 0)
				break
			}
		}
	}
	if len(p.tgt) == 0 && len(p.src) > 0 {
		// past a comma or conjunction, only an actor the parse hangs on
		// the predicate itself, not on another verb
		crossed, dated := false, false
		for t := start + n; t < len(sc.toks); t++ {
			if sc.boundary(t) {
				crossed = true
				continue
			}
			if !p.noun && sc.toks[t].UPOS == "ADP" && inSet(sc.words[t], "AFTER", "BEFORE", "SINCE", "FOLLOWING", "AHEAD") &&
				sc.toks[t].Head > t && inSet(sc.toks[sc.toks[t].Head].UPOS, "NOUN", "PROPN") {
				// past a preposition that dates the act by another
				// ("released 52 prisoners today, after a visit by a US
				// envoy"), however the parse hangs what follows: the
				// other act's parties (not a clause of the doer's own:
				// "threatened sanctions before leaving Tokyo")
				dated = true
			}
			if dated {
				continue
			}
			if mi := sc.mentAt[t]; mi >= 0 && sc.mentions[mi].Kind != entente.MentionCoref && !isSrc(mi) &&
				!sc.inTemporal(sc.mentHead[mi]) && !sc.beneficiary(sc.mentHead[mi]) &&
				(!crossed || sc.attached(sc.mentHead[mi], p.tok)) && !sc.journeyAside(p.tok, sc.mentHead[mi]) {
				if sc.inConcession(sc.mentHead[mi], p.tok) || !p.noun && sc.datingAdjunct(sc.mentHead[mi], p.tok, false, false) {
					// "conducted drills in spite of anger from
					// India": one who objects is not acted on; nor
					// is a party of the act that dates this one
					// ("deployed troops ahead of talks with India")
					continue
				}
				if sc.agentOfOther(sc.mentHead[mi], p.tok) {
					// "agreed to restore relations after talks
					// mediated by Turkey": the agent of another
					// verb's participle did that act; it is not
					// acted on by this one
					continue
				}
				if sc.mentions[mi].Kind == entente.MentionMetonym && placePreps[sc.caseOf(sc.mentHead[mi])] &&
					(sc.sameCountries([]int{mi}, p.src) || sc.whereOfActor(sc.mentHead[mi])) {
					// "Turkey mediated the talks in Ankara", "agreed
					// to restore relations after talks mediated by
					// Turkey in Ankara": a capital named as where, the
					// source's own or where another actor was, is not
					// whom this one acted on
					continue
				}
				if sc.placeOfObject(p.tok, mi) {
					// "arrested 15 suspects in Addis Ababa": the
					// capital is where, the object whom
					continue
				}
				if sc.borderPlace(mi) && !sc.troopsSent(p.tok) && !borderVerbs[sc.lemma(p.tok)] {
					// "beat back an assault on an outpost close to
					// the frontier with Libya": the neighbour is
					// where, not whom (troops sent to the border
					// are a show of force against it, and a
					// crossing on it closed is closed to it)
					continue
				}
				if sc.namer(sc.mentHead[mi]) && len(p.src) > 0 && sc.sameCountries([]int{mi}, p.src) {
					// "struck what New Delhi called a militant
					// camp": the source's own country naming the
					// target is not it
					continue
				}
				p.tgt = sc.actors(sc.mentHead[mi], 0)
				p.guessedTgt = true
				break
			}
		}
	}
}

// reporterOf reports whether token t is the subject of a verb that passes
// on what others did ("Iran said several people were injured in a U.S.
// attack") and predicate v, with a subject of its own that is no pronoun,
// lies in what it reports: the reporter is not the doer of v.
func (sc *sentence) reporterOf(t, v int) bool {
	g := sc.toks[t].Head
	if g < 0 || base(sc.rel(t)) != "nsubj" || !passOnVerbs[sc.lemma(g)] {
		return false
	}
	own := false // v has a subject of its own, no pronoun ("they charged")
	for _, c := range sc.childrenWith(v, "nsubj") {
		own = own || sc.toks[c].UPOS != "PRON"
	}
	if !own {
		return false
	}
	for _, c := range sc.childrenWith(g, "ccomp") {
		if sc.within(v, c) {
			return true
		}
	}
	return false
}

// placeInSubject reports whether the mentions ms lie in a phrase of place
// inside the subject of verb v whose head has a possessor ("its strike in
// the Afghan capital killed"): where the subject's act was, not its doer,
// which the possessor is.
func (sc *sentence) placeInSubject(ms []int, v int) bool {
	for _, s := range sc.childrenWith(v, "nsubj") {
		if len(sc.childrenWith(s, "nmod:poss")) == 0 {
			continue
		}
		for _, mi := range ms {
			h := sc.mentHead[mi]
			if !sc.under(h, s) || h == s {
				return false
			}
			in := false
			for t := h; t >= 0 && t != s; t = sc.toks[t].Head {
				in = in || inSet(sc.caseOf(t), "IN", "AT", "NEAR", "ON", "OVER")
			}
			if !in {
				return false
			}
		}
		return len(ms) > 0
	}
	return false
}

// phraseHead returns the head of the noun phrase token t modifies
// ("Polish" in "into Polish airspace": "airspace"), through adjectives,
// compounds, possessors and names, or t itself.
func (sc *sentence) phraseHead(t int) int {
	for k := 0; k < 4 && inSet(base(sc.rel(t)), "amod", "compound", "nmod:poss", "flat") && sc.toks[t].Head > t; k++ {
		t = sc.toks[t].Head
	}
	return t
}

// tellerOf reports whether token t is the subject of a verb that passes
// on what others did (passOnVerbs) whose clause or object holds token n.
func (sc *sentence) tellerOf(t, n int) bool {
	g := sc.toks[t].Head
	if g < 0 || base(sc.rel(t)) != "nsubj" || !passOnVerbs[sc.lemma(g)] {
		return false
	}
	for _, c := range sc.childrenWith(g, "ccomp", "obj") {
		if sc.under(n, c) {
			return true
		}
	}
	return false
}

// judgedFor reports whether noun n is what a verb of judging or reacting
// judges its object for ("blame Iran for the attacks", "condemned Russia
// for the invasion").
func (sc *sentence) judgedFor(n int) bool {
	h := sc.toks[n].Head
	return h >= 0 && sc.caseOf(n) == "FOR" && (judgingVerbs[sc.lemma(h)] || reactionVerbs[sc.lemma(h)])
}

// inTemporal reports whether nominal t lies in a phrase of time ("after
// Pakistan's attack"), directly or as a modifier of its head.
func (sc *sentence) inTemporal(t int) bool {
	for k := 0; k < 3 && t >= 0; k++ {
		if temporal[sc.caseOf(t)] {
			return true
		}
		if !inSet(base(sc.rel(t)), "nmod", "compound", "amod", "flat", "appos") || sc.rel(t) == "nmod" && sc.caseOf(t) != "" {
			return false
		}
		t = sc.toks[t].Head
	}
	return false
}

// notAddressed reports whether a mention of ms is no nominal dependent of
// verb v: it lies in a clause v governs (what a statement says, not whom
// it is made to), another verb or a clausal relation on the way up, or
// outside v's phrase altogether.
func (sc *sentence) notAddressed(v int, ms []int) bool {
	for _, mi := range ms {
		t := sc.mentHead[mi]
		for k := 0; k < 12 && t >= 0 && t != v; k++ {
			if u := sc.toks[t].UPOS; u == "VERB" || u == "AUX" || inSet(base(sc.rel(t)), "ccomp", "csubj", "advcl", "parataxis", "xcomp") {
				return true
			}
			t = sc.toks[t].Head
		}
		if t != v {
			return true
		}
	}
	return false
}

// civilOfficials reports whether every mention of ms is of a government's
// civil officials (a GOV role, no MIL).
func (sc *sentence) civilOfficials(ms []int) bool {
	return every(ms, func(mi int) bool {
		c := sc.mentions[mi].Code
		return len(c) >= 6 && c[3:6] == "GOV" && !strings.Contains(c[3:], "MIL")
	})
}

// troopNouns name armed forces a state sends.
var troopNouns = map[string]bool{"TROOPS": true, "SOLDIERS": true, "FORCES": true, "GUARDSMEN": true,
	"PEACEKEEPERS": true, "MARINES": true, "PARATROOPERS": true, "UNITS": true, "BATTALIONS": true,
	"BATTALION": true, "BRIGADE": true, "BRIGADES": true, "PERSONNEL": true, "POLICE": true, "OFFICERS": true}

// troopsSent reports whether verb v's object names armed forces ("sent
// 1,500 troops", "dispatched an additional 500 soldiers").
func (sc *sentence) troopsSent(v int) bool {
	for _, o := range sc.childrenWith(v, "obj") {
		if troopNouns[sc.words[o]] {
			return true
		}
	}
	return false
}

// hyphenModifier reports whether token i is the first word of a
// hyphenated adjective ("storm-battered Guatemala", "war-torn Syria"): it
// is joined by a hyphen to an adjective or participle, and names no act.
func (sc *sentence) hyphenModifier(i int) bool {
	if i+2 >= len(sc.toks) {
		return false
	}
	h, a := sc.toks[i+1], sc.toks[i+2]
	return h.Form == "-" && sc.toks[i].Span.End == h.Span.Start && h.Span.End == a.Span.Start &&
		(a.UPOS == "ADJ" || a.UPOS == "VERB" && inSet(a.XPOS, "VBN", "VBD", "JJ"))
}

// hyphenParticiple reports whether token i is a participle joined by a
// hyphen to the word before it and modifying a noun after it ("the
// strike-hit cargo sector", "a drought-hit region"): an adjective, no act.
func (sc *sentence) hyphenParticiple(i int) bool {
	if i < 2 {
		return false
	}
	t, h, w := sc.toks[i], sc.toks[i-1], sc.toks[i-2]
	return h.Form == "-" && w.Span.End == h.Span.Start && h.Span.End == t.Span.Start &&
		inSet(base(t.Rel), "amod", "compound") && t.Head > i &&
		(inSet(t.XPOS, "VBN", "VBD", "JJ") || t.XPOS == "" && inSet(t.UPOS, "VERB", "ADJ"))
}

// aidNouns name goods given as aid.
var aidNouns = map[string]bool{"AID": true, "RELIEF": true, "SUPPLIES": true, "FOOD": true, "MEDICINE": true,
	"MEDICINES": true, "VACCINES": true, "DOSES": true, "TENTS": true, "BLANKETS": true, "GOODS": true,
	"HOSPITAL": true, "FUEL": true}

// aidSent reports whether verb v's object is aid or carries it ("sent
// relief supplies", "dispatched ten tonnes of aid", "sent two military
// planes with aid", "aircraft carrying relief supplies", "ships loaded
// with food"), and no weapons.
func (sc *sentence) aidSent(v int) bool {
	aid, arms := false, false
	var walk func(t, depth int)
	walk = func(t, depth int) {
		aid = aid || aidNouns[sc.words[t]]
		arms = arms || weaponNouns[sc.words[t]]
		if depth >= 3 {
			return
		}
		for _, c := range sc.children[t] {
			if inSet(base(sc.rel(c)), "nmod", "acl", "obj", "obl", "conj") {
				walk(c, depth+1)
			}
		}
	}
	for _, o := range sc.childrenWith(v, "obj") {
		walk(o, 0)
	}
	if arms {
		return false
	}
	if aid {
		return true
	}
	// the words after the verb up to "to", for a parse that hung the
	// cargo elsewhere ("ships loaded with food" read as a clause), and
	// no further than another verb of the sentence's own
	for t := v + 1; t < len(sc.toks) && sc.words[t] != "TO" && sc.words[t] != "."; t++ {
		if weaponNouns[sc.words[t]] || sc.toks[t].UPOS == "VERB" && !inSet(base(sc.rel(t)), "acl", "ccomp", "amod") {
			return false
		}
		aid = aid || aidNouns[sc.words[t]]
	}
	return aid
}

// weaponNouns name arms, which make a shipment military aid.
var weaponNouns = map[string]bool{"WEAPONS": true, "ARMS": true, "MISSILES": true, "AMMUNITION": true,
	"TANKS": true, "ARTILLERY": true, "ROCKETS": true, "RIFLES": true, "GUNS": true, "DRONES": true}

// toBorder reports whether verb v sends to a border ("to the northern
// frontier"): a phrase of "to" on the verb or its object whose noun is a
// border noun.
func (sc *sentence) toBorder(v int) bool {
	cs := sc.childrenWith(v, "obl")
	for _, o := range sc.childrenWith(v, "obj") {
		cs = append(cs, sc.childrenWith(o, "nmod")...) // "soldiers to the frontier" hung on the troops
	}
	for _, c := range cs {
		if borderNouns[sc.words[c]] && sc.caseOf(c) == "TO" {
			return true
		}
	}
	return false
}

// borderNouns name a border.
var borderNouns = map[string]bool{"BORDER": true, "FRONTIER": true, "BOUNDARY": true, "BORDERS": true,
	"FRONTIERS": true}

// borderModifiers reports whether each mention of ms names whose border a
// border noun is ("the Belarusian frontier", "its border with Belarus",
// "the border of Belarus").
func (sc *sentence) borderModifiers(ms []int) bool {
	return every(ms, func(mi int) bool {
		h := sc.toks[sc.mentHead[mi]].Head
		return h >= 0 && borderNouns[sc.words[h]]
	})
}

// missileNouns name missiles, whose launch may be a test.
var missileNouns = map[string]bool{"MISSILE": true, "MISSILES": true, "ICBM": true, "ICBMS": true, "SLBM": true, "SLBMS": true}

// waterNouns name the sea a test missile falls in ("Japan's exclusive
// economic zone", "the waters off", "into the sea").
var waterNouns = map[string]bool{"SEA": true, "WATERS": true, "ZONE": true, "EEZ": true, "OCEAN": true}

// missileTest reports whether verb v launches missiles at no one: its
// lemma launches or fires, what it launches (its object, the subject of its
// passive, or the noun it describes: "a missile fired by North Korea") is
// a missile, the sentence tells a test or the waters it fell in ("test",
// "splashed", "waters", "zone"), and the verb has no oblique of a target
// ("at", "on", "against" something other than the sea).
func (sc *sentence) missileTest(v int) bool {
	switch sc.lemma(v) {
	case "LAUNCH", "FIRE", "TEST-FIRE", "TEST", "TEST-LAUNCH":
	default:
		return false
	}
	m := sc.seizedNoun(v)
	if ns := sc.childrenWith(v, "nsubj"); m < 0 && len(ns) > 0 && sc.toks[v].XPOS == "VBN" {
		m = ns[0] // "a missile fired by North Korea" read as a clause
	}
	if m < 0 && base(sc.rel(v)) == "acl" {
		m = sc.toks[v].Head
	}
	if m >= 0 && inSet(sc.words[m], "PAIR", "SALVO", "BARRAGE", "VOLLEY", "SERIES", "COUPLE", "NUMBER") {
		if ns := sc.childrenWith(m, "nmod"); len(ns) > 0 && sc.caseOf(ns[0]) == "OF" {
			m = ns[0] // "a pair of ballistic missiles"
		}
	}
	if m < 0 || !missileNouns[sc.words[m]] {
		return false
	}
	for _, o := range append(sc.childrenWith(v, "obl"), sc.childrenWith(m, "nmod")...) {
		if inSet(sc.caseOf(o), "AT", "ON", "AGAINST") && !waterNouns[sc.words[o]] && !calendar.IsName(sc.words[o]) {
			return false // "fired missiles at a tanker in the Red Sea"
		}
	}
	// (a sea alone is no cue: "launched cruise missiles over the Yellow
	// Sea" may have struck a ship there)
	return slices.ContainsFunc(sc.words, func(w string) bool {
		return w == "WATERS" || w == "ZONE" || w == "EEZ" || strings.HasPrefix(w, "TEST") || strings.HasPrefix(w, "SPLASH")
	})
}

// allInWaters reports whether each mention of ms lies in a phrase of the
// sea ("outside Japan's exclusive economic zone", "into Japanese waters"),
// its head a possessor or modifier of a water noun.
func (sc *sentence) allInWaters(ms []int) bool {
	return len(ms) > 0 && every(ms, func(mi int) bool {
		h := sc.mentHead[mi]
		if h < 0 {
			return false
		}
		w := sc.toks[h].Head
		return w >= 0 && waterNouns[sc.words[w]] && inSet(base(sc.rel(h)), "nmod", "amod", "compound")
	})
}

// borderVerbs open and close crossings and posts of a border, to the
// state on its other side ("shut the Kidira post on the Malian frontier").
var borderVerbs = map[string]bool{"OPEN": true, "REOPEN": true, "CLOSE": true, "SHUT": true, "SEAL": true}

// borderPlace reports whether mention mi names a state only as the other
// side of a border in a phrase of place: "near the border with Libya",
// "close to the Burkinabe frontier", "along the Mexican border" (not
// "closed its border with Niger", whose border is what is acted on, nor
// "across the border into Syria").
func (sc *sentence) borderPlace(mi int) bool {
	h := sc.mentHead[mi]
	if h < 0 {
		return false
	}
	b := sc.toks[h].Head
	if b < 0 || !borderNouns[sc.words[b]] {
		return false
	}
	switch base(sc.rel(h)) {
	case "amod", "compound":
	case "nmod":
		if sc.caseOf(h) != "WITH" {
			return false
		}
	default:
		return false
	}
	x := b // the word the phrase of place describes a noun by
	switch sc.caseOf(b) {
	case "NEAR", "ALONG", "AT", "ON", "OUTSIDE", "BY", "INSIDE", "WITHIN":
	case "TO":
		x = sc.toks[b].Head
		if x < 0 || sc.toks[x].UPOS != "ADJ" || !sc.nearTo(x) {
			return false
		}
	default:
		return false
	}
	// the phrase places a noun ("militants near the border with", "an
	// outpost close to the frontier with"), not the act ("marched close
	// to the border with Mordor" goes to it)
	n := sc.toks[x].Head
	return n >= 0 && inSet(base(sc.rel(x)), "nmod", "amod") && (sc.toks[n].UPOS == "NOUN" || sc.toks[n].UPOS == "PROPN")
}

// talkNouns are the nouns of meetings and talks, whose "with" names a
// party (upper-case lemmas).
var talkNouns = map[string]bool{"TALK": true, "TALKS": true, "NEGOTIATION": true, "DISCUSSION": true, "MEETING": true,
	"CONSULTATION": true, "SUMMIT": true, "VISIT": true, "CONFERENCE": true}

// allAdjunctNouns reports whether each mention of ms modifies a common
// noun that is an adjunct (obl or nmod) rather than an object, and no
// event noun of talks ("in trade relations with Japan", not "talks with
// Japan") unless a preposition of matter introduces it ("over the blocked
// EU membership talks").
func (sc *sentence) allAdjunctNouns(ms []int) bool {
	return every(ms, func(mi int) bool {
		h := sc.toks[sc.mentHead[mi]].Head
		return h >= 0 && sc.toks[h].UPOS == "NOUN" && sc.mentAt[h] < 0 &&
			(!talkNouns[sc.lemma(h)] || inSet(sc.caseOf(h), "OVER", "ABOUT", "REGARDING", "CONCERNING")) &&
			inSet(base(sc.rel(h)), "obl", "nmod")
	})
}

// every reports whether ms is not empty and f holds for each of its
// mentions.
func every(ms []int, f func(mi int) bool) bool {
	for _, mi := range ms {
		if !f(mi) {
			return false
		}
	}
	return len(ms) > 0
}

// attached reports whether token t depends on predicate v without another
// verb between them.
func (sc *sentence) attached(t, v int) bool {
	for k := 0; k < 8 && t >= 0 && t < len(sc.toks); k++ {
		if base(sc.rel(t)) == "conj" && sc.toks[t].UPOS != "VERB" && sc.hasVerb(t, 0) {
			// a clause of its own the parse hung on a noun
			return false
		}
		h := sc.toks[t].Head
		if h == v {
			return true
		}
		if h < 0 || h >= len(sc.toks) || sc.toks[h].UPOS == "VERB" {
			return false
		}
		t = h
	}
	return false
}

// boundary reports whether token i ends the surface stretch of a clause
// after its verb: a comma, semicolon, colon, dash, bracket or coordinating
// conjunction.
func (sc *sentence) boundary(i int) bool {
	t := sc.toks[i]
	return t.UPOS == "CCONJ" || inSet(t.Form, ",", ";", ":", "--", "(", ")") || inSet(sc.words[i], "AND", "BUT", "OR")
}

// prepositional reports whether a nominal is the object of a preposition
// ("to Moscow"), which makes it a poor guess for a source.
func (sc *sentence) prepositional(t int) bool {
	for _, c := range sc.children[t] {
		if sc.rel(c) == "case" && !inSet(upper(sc.toks[c].Form), "'S", "’S", "'") {
			return true
		}
	}
	return false
}

// deepTargets returns the actors in prepositional modifiers of a nominal
// ("sanctions on Iran", "the embargo against Cuba").
func (sc *sentence) deepTargets(t int) []int { return sc.deepTargetsDepth(t, 0) }

func (sc *sentence) deepTargetsDepth(t, depth int) []int {
	if depth > 6 {
		return nil
	}
	var out []int
	for _, c := range sc.childrenWith(t, "nmod", "obl") {
		if temporal[sc.caseOf(c)] {
			continue // "ties with X after Y's attack": Y is no target
		}
		if sc.inConcession(c, t) {
			continue // "in spite of anger from India": India objects, is not acted on
		}
		a := sc.actors(c, 0)
		if len(a) > 0 && placePreps[sc.caseOf(c)] && sc.allMetonyms(a) {
			continue // "arrested 15 suspects in Addis Ababa": the capital is where
		}
		if len(a) > 0 {
			return a
		}
		out = append(out, sc.deepTargetsDepth(c, depth+1)...)
		if len(out) > 0 {
			return out
		}
	}
	return out
}

// placeOfObject reports whether mention mi names a state by its capital
// in a phrase of place ("in Addis Ababa") while verb v has people for its
// object that no actor names: the capital is where the act befell them,
// not the one acted on.
func (sc *sentence) placeOfObject(v, mi int) bool {
	h := sc.mentHead[mi]
	if sc.mentions[mi].Kind != entente.MentionMetonym || !placePreps[sc.caseOf(h)] {
		return false
	}
	for _, o := range sc.childrenWith(v, "obj") {
		if sc.mentAt[o] < 0 && len(sc.actors(o, 0)) == 0 && peopleNouns[sc.words[o]] {
			return true
		}
	}
	return false
}

// decisionVerbs decide the act their infinitive names: lower-case lemmas.
var decisionVerbs = map[string]bool{"decide": true, "agree": true, "vote": true, "resolve": true}

// Decided reports whether the verb at token v of s, coded code, is the
// infinitive of a verb of deciding ("agreed to extend", "voted to
// impose") and an act done by deciding it: reducing relations, cutting aid
// or imposing sanctions (16x), administrative sanctions (172x) or an
// expulsion (174). "agreed to extend sanctions on Iran" imposes them, as
// Phoenix's AGREE and DECIDE patterns code it ("CONTINUE SANCTIONS AGAINST
// +" 163, "BREAK_TIES WITH" 161); it is no threat. Whether the decision
// itself is told as done is the caller's to check. It returns the token
// of the verb of deciding, or -1.
func Decided(s *entente.Sentence, v int, code string) int {
	if !(strings.HasPrefix(code, "16") || strings.HasPrefix(code, "172") || strings.HasPrefix(code, "174")) ||
		v < 0 || v >= len(s.Tokens) || s.Tokens[v].Rel != "xcomp" {
		return -1
	}
	h := s.Tokens[v].Head
	if h < 0 || h >= len(s.Tokens) || h == v || s.Tokens[h].UPOS != "VERB" || !decisionVerbs[strings.ToLower(s.Tokens[h].Lemma)] ||
		conditioned(s.Tokens, v) || conditioned(s.Tokens, h) {
		return -1
	}
	return h
}

// conditioned reports whether token v has a clause of condition ("unless
// Damascus halts its crackdown", "if talks fail"): a decision so
// conditioned is a threat.
func conditioned(toks []entente.Token, v int) bool {
	for c := range toks {
		if toks[c].Head != v || !strings.HasPrefix(toks[c].Rel, "advcl") {
			continue
		}
		for m := range toks {
			if toks[m].Head == c && toks[m].Rel == "mark" && inSet(strings.ToUpper(toks[m].Form), "IF", "UNLESS") {
				return true
			}
		}
	}
	return false
}

// decided reports whether predicate i, coded code, is a deed decided
// (Decided) by a decision not negated.
func (sc *sentence) decided(i int, code string) bool {
	h := Decided(sc.s, i, code)
	return h >= 0 && !sc.negated(h)
}

// whereOfActor reports whether token t hangs on a word of another actor's
// mention ("by Turkey in Ankara"): where that actor was.
func (sc *sentence) whereOfActor(t int) bool {
	h := sc.toks[t].Head
	if h >= 0 && sc.toks[h].UPOS == "VERB" && base(sc.rel(t)) == "obl" && len(sc.childrenWith(h, "obl:agent")) > 0 {
		// "talks mediated by Russia in Moscow": where the agent of
		// another verb acted
		return true
	}
	return h >= 0 && sc.mentAt[h] >= 0 && sc.mentAt[h] != sc.mentAt[t] && base(sc.rel(t)) == "nmod"
}

// siteNouns are places in a city that a capital's name before them
// locates ("the Tbilisi headquarters"), upper-case lemmas.
var siteNouns = map[string]bool{"HEADQUARTERS": true, "OFFICE": true, "SUBURB": true, "AIRPORT": true, "HOSPITAL": true,
	"PRISON": true, "JAIL": true, "HOME": true, "RESIDENCE": true, "STREET": true, "DISTRICT": true, "NEIGHBOURHOOD": true,
	"NEIGHBORHOOD": true, "OUTSKIRTS": true, "COMPOUND": true}

// inTimeAdjunct reports whether token t lies in a phrase that dates verb
// v's act by another ("ahead of", "after", "since", "during", "following"),
// on its way up to v.
func (sc *sentence) inTimeAdjunct(t, v int) bool {
	return sc.datingAdjunct(t, v, true, false)
}

// datingAdjunct is inTimeAdjunct, with "during" only when during is
// set ("presented the plan during a meeting with Ugandan officials"
// presents it to them), and "on (his) return" or "on arrival" when
// onReturn is. A phrase counts only between t and v: a verb the
// parse hung below the phrase's noun ("after Brasilia imposed sanctions
// on Bolivia") is inside it.
func (sc *sentence) datingAdjunct(t, v int, during, onReturn bool) bool {
	adjunct := false
	k := 0
	for ; t >= 0 && t != v && k < 10; t, k = sc.toks[t].Head, k+1 {
		c := sc.caseOf(t)
		if sc.lemma(t) == "AHEAD" || temporal[c] && (during || c != "DURING") || c == "FOLLOWING" ||
			onReturn && inSet(sc.lemma(t), "RETURN", "ARRIVAL") && inSet(c, "ON", "UPON") {
			adjunct = true
		}
	}
	return adjunct && t == v
}

// absoluteWith reports whether mention mi is the subject of an absolute
// "with" clause ("with Turkish President Erdogan mediating"): its head
// hangs on a word in -ing after it that "with" introduces.
func (sc *sentence) absoluteWith(mi int) bool {
	h := sc.toks[sc.mentHead[mi]].Head
	return h > sc.mentHead[mi] && strings.HasSuffix(sc.words[h], "ING") && sc.caseOf(h) == "WITH"
}

// inConcession reports whether token t lies in a phrase of concession
// ("despite", "in spite of") on the way up to verb v.
func (sc *sentence) inConcession(t, v int) bool {
	for k := 0; t >= 0 && t != v && k < 8; t, k = sc.toks[t].Head, k+1 {
		if sc.caseOf(t) == "DESPITE" || sc.lemma(t) == "SPITE" {
			return true
		}
	}
	return false
}

// ownerParticiples tell whose a thing is ("used by", "tied to",
// "belonging to"), upper-case lemmas.
var ownerParticiples = map[string]bool{"USE": true, "TIE": true, "LINK": true, "BELONG": true, "OWN": true, "OPERATE": true,
	"RUN": true, "CONTROL": true, "AFFILIATE": true, "CONNECT": true}

// subjectAfterClause reports whether event noun n is the subject of a
// subordinate clause of its own ("as fighting flared"): the actors of the
// clause before it did not do it.
func (sc *sentence) subjectAfterClause(n int) bool {
	h := sc.toks[n].Head
	return base(sc.rel(n)) == "nsubj" && h >= 0 && base(sc.rel(h)) == "advcl"
}

// agentOfOther reports whether token t is the "by" agent of a verb other
// than v: of a participle or a passive clause of its own, unless that
// participle tells of v's object ("welcomed memos sent by Bree" welcomes
// Bree's memos).
func (sc *sentence) agentOfOther(t, v int) bool {
	h := sc.toks[t].Head
	if h < 0 || h == v || sc.rel(t) != "obl:agent" || sc.toks[h].UPOS != "VERB" {
		return false
	}
	n := sc.toks[h].Head
	return !(base(sc.rel(h)) == "acl" && n >= 0 && sc.toks[n].Head == v && inSet(sc.rel(n), "obj", "iobj"))
}

// peopleNounObject reports whether an object of verb v is a noun of
// people that no actor names ("took two employees into custody").
func (sc *sentence) peopleNounObject(v int) bool {
	for _, o := range sc.childrenWith(v, "obj") {
		if peopleNouns[sc.words[o]] {
			return true
		}
	}
	return false
}

// peopleNouns name people an act befalls where it happens ("arrested 15
// suspects in Addis Ababa").
var peopleNouns = map[string]bool{"SUSPECTS": true, "PEOPLE": true, "MEN": true, "WOMEN": true, "PERSONS": true,
	"MIGRANTS": true, "PROTESTERS": true, "DEMONSTRATORS": true, "ACTIVISTS": true, "STUDENTS": true,
	"JOURNALISTS": true, "WORKERS": true, "MEMBERS": true, "SUPPORTERS": true, "RESIDENTS": true, "CIVILIANS": true,
	"SUSPECT": true, "MAN": true, "WOMAN": true, "EMPLOYEES": true, "EMPLOYEE": true, "STAFF": true, "REPORTERS": true,
	"REPORTER": true, "JOURNALIST": true, "NATIONALS": true, "CITIZENS": true, "FOREIGNERS": true, "OFFICIALS": true}

// placePreps are the prepositions of a phrase of place whose capital is
// where an act happened ("in Addis Ababa").
var placePreps = map[string]bool{"IN": true, "AT": true, "NEAR": true, "INSIDE": true, "OUTSIDE": true,
	"AROUND": true, "WITHIN": true}

// allMetonyms reports whether every mention of ms names a state by its
// capital or seat ("Addis Ababa", "the Kremlin").
func (sc *sentence) allMetonyms(ms []int) bool {
	return every(ms, func(mi int) bool { return sc.mentions[mi].Kind == entente.MentionMetonym })
}

// temporal are prepositions of time, which introduce no target ("ties
// with X after Y's attack"); "before" is left out, being also a place
// ("appeared before the court").
var temporal = map[string]bool{"AFTER": true, "SINCE": true, "DURING": true, "UNTIL": true}

// circumstance are the prepositions of an oblique that tells the
// circumstances of an act ("under Saudi mediation", "amid Chinese
// pressure", "despite US objections"), whose actors are not its target.
var circumstance = map[string]bool{"UNDER": true, "AMID": true, "AMIDST": true, "DESPITE": true}

// offCoast reports whether mention mi names a state by the coast or shore
// after "off" ("off Yemen's coast", "off the coast of Somalia"): where a
// ship was taken or attacked, not whom (drills off Taiwan's coast, a show
// of force, are against it).
func (sc *sentence) offCoast(mi int) bool {
	t := sc.mentHead[mi]
	if h := sc.toks[t].Head; h >= 0 && (sc.rel(t) == "nmod:poss" || sc.caseOf(t) == "OF") {
		t = h
	}
	return sc.caseOf(t) == "OFF" && inSet(sc.lemma(t), "COAST", "COASTLINE", "SHORE", "SHORES", "ISLAND", "ISLANDS", "PENINSULA")
}

var negators = map[string]bool{"NOT": true, "N'T": true, "NEVER": true, "NO": true}

// negated reports whether predicate v is negated ("did not attack", "never").
func (sc *sentence) negated(v int) bool {
	for _, c := range sc.children[v] {
		if inSet(base(sc.rel(c)), "advmod", "neg", "det") && negators[upper(sc.toks[c].Form)] && sc.rel(c) != "det" {
			return true
		}
		if base(sc.rel(c)) == "aux" {
			for _, cc := range sc.children[c] {
				if negators[upper(sc.toks[cc].Form)] {
					return true
				}
			}
		}
	}
	return false
}

// clauseOf collects the tokens a pattern is matched against.
func (sc *sentence) clauseOf(v int, extra []int, verbLen int, verbStart int) *clause {
	sc.scr.in = sized(sc.scr.in, len(sc.toks))
	in := sc.scr.in
	var walk func(t int)
	walk = func(t int) {
		if t < 0 || t >= len(in) || in[t] {
			return
		}
		in[t] = true
		for _, c := range sc.children[t] {
			if t == v && inSet(base(sc.rel(c)), "parataxis", "conj", "punct") &&
				!(base(sc.rel(c)) == "conj" && (sc.mentAt[c] >= 0 || sc.nominalConj(c))) {
				continue
			}
			if t == v && base(sc.rel(c)) == "advcl" && sc.toks[c].UPOS == "VERB" {
				// an adverbial clause ("..., accusing Y of Z") is coded
				// on its own
				continue
			}
			if t != v && c > v && base(sc.rel(c)) == "conj" && sc.hasVerb(c, 0) {
				// "shelled X throughout October, and troops fired
				// rockets at Y": a conjunct the parse hung on a word of
				// the clause that holds a verb of its own is another
				// clause
				continue
			}
			if t != v && sc.rel(c) == "acl:relcl" {
				// a relative clause is a predicate of its own ("aid to
				// Pakistan, accusing it of sheltering insurgents who
				// attack")
				continue
			}
			walk(c)
		}
	}
	walk(v)
	for _, e := range extra {
		walk(e)
	}
	// the governing words up to the root, so that patterns can see the
	// verb that introduces a complement ("INDICATED SHOULD *")
	for h, k := sc.toks[v].Head, 0; h >= 0 && h < len(in) && k < 8; h, k = sc.toks[h].Head, k+1 {
		in[h] = true
	}
	for i := verbStart; i < verbStart+verbLen && i < len(sc.toks); i++ {
		in[i] = true
	}
	// and the surface words after the verb up to a comma, semicolon or
	// coordinating conjunction, which a wrong parse may have hung elsewhere
	// or a relative pronoun, which begins a clause of its own
	// or the words after the conjunction of an adverbial clause of the
	// verb, which is coded on its own ("helping the Taliban by sending
	// tankers from Uzbekistan"; an infinitive "to" is no such conjunction)
	for i := verbStart + verbLen; i < len(sc.toks) && !sc.boundary(i) && !inSet(sc.words[i], "WHO", "WHICH", "WHOM", "WHOSE") &&
		!(sc.words[i] == "WHAT" && i > 0 && sc.toks[i-1].UPOS == "ADP"); i++ {
		// (nor "in what its Foreign Office called operations against
		// X": a clause of its own)
		in[i] = true
		if h := sc.toks[i].Head; base(sc.rel(i)) == "mark" && sc.words[i] != "TO" && h >= 0 && h != v &&
			sc.toks[h].Head == v && base(sc.rel(h)) == "advcl" && sc.toks[h].UPOS == "VERB" {
			break
		}
	}

	// "sanctions on Eritrea, which it imposed": the relative pronoun
	// stands for the noun the clause hangs on, whose words are then read
	// as the verb's object, after it
	rel, moved := sc.relativeObject(v)
	if rel >= 0 {
		in[rel] = false
		for _, t := range moved {
			in[t] = true
		}
	}
	n := 0
	for _, ok := range in {
		if ok {
			n++
		}
	}
	// one array per kind, of the clause's exact size, reused from the
	// sentence's previous clause (see scratch): a clause is matched before
	// the next is made
	scr := sc.scr
	scr.clInts, scr.clStrs, scr.clInfinitives, scr.clInside = sized(scr.clInts, 2*n), sized(scr.clStrs, 2*n), sized(scr.clInfinitives, n), sized(scr.clInside, n)
	ints, strs := scr.clInts[:0], scr.clStrs[:0]
	cl := &clause{toks: ints[:0:n], mention: ints[n : n : 2*n], words: strs[:0:n], lemmas: strs[n : n : 2*n],
		infinitive: scr.clInfinitives[:0:n], inside: scr.clInside[:0:n]}
	add := func(i int) {
		cl.toks = append(cl.toks, i)
		cl.words = append(cl.words, sc.words[i])
		cl.lemmas = append(cl.lemmas, sc.lemmas[i])
		cl.mention = append(cl.mention, sc.mentAt[i])
		cl.infinitive = append(cl.infinitive, sc.toks[i].UPOS == "PART" && base(sc.rel(i)) == "mark" && sc.words[i] == "TO")
		cl.inside = append(cl.inside, -1)
	}
	isMoved := func(i int) bool {
		for _, t := range moved {
			if t == i {
				return true
			}
		}
		return false
	}
	for i := range sc.toks {
		if !in[i] || rel >= 0 && isMoved(i) {
			continue
		}
		if i == verbStart {
			cl.verb = len(cl.toks)
		}
		add(i)
		if i == verbStart+verbLen-1 {
			cl.verbEnd = len(cl.toks)
			for _, t := range moved {
				add(t)
			}
		}
	}
	sc.markInfinitives(cl, v)
	return cl
}

// objectBefore reports whether verb v has a direct object, or a
// destination ("travelled to Washington"), before token t.
func (sc *sentence) objectBefore(v, t int) bool {
	for _, c := range sc.children[v] {
		if c < t && (base(sc.rel(c)) == "obj" || base(sc.rel(c)) == "obl" && inSet(sc.caseOf(c), "TO", "INTO")) {
			return true
		}
	}
	return false
}

// markInfinitives fills cl.inside. An infinitive clause of purpose hung
// on verb v after v's object ("welcomed the minister in Bangui to discuss
// support"), whose verb takes no object control (controlVerbs), marks
// each token of the clause that follows its "to" with the clause position
// of that "to" (the innermost such clause's, when they nest).
func (sc *sentence) markInfinitives(cl *clause, v int) {
	if !sc.purposeRead {
		sc.purposeRead = true
		for c, t := range sc.toks {
			if sc.words[c] != "TO" || t.UPOS != "PART" || base(sc.rel(c)) != "mark" {
				continue
			}
			if a := t.Head; a > c && a < len(sc.toks) && base(sc.rel(a)) == "advcl" {
				sc.purposes = append(sc.purposes, a, c)
			}
		}
	}
	for k := 0; k+1 < len(sc.purposes); k += 2 {
		a, to := sc.purposes[k], sc.purposes[k+1]
		if a == v || sc.toks[a].Head != v || controlVerbs[sc.lemma(v)] || !sc.objectBefore(v, a) {
			// a complement ("plans to discuss", "urged X to stop",
			// "vowed on Thursday to wage war", which the parse may
			// take for adverbial) is part of what the verb's patterns
			// read
			continue
		}
		at := -1
		for i, t := range cl.toks {
			if t == to {
				at = i
				break
			}
		}
		if at < 0 {
			continue
		}
		for i, t := range cl.toks {
			if t > to && at > cl.inside[i] && sc.within(t, a) {
				cl.inside[i] = at
			}
		}
	}
}

// controlVerbs take an object and an infinitive that tells what the object
// is to do ("urged Russia on Tuesday to deploy", "ordered its envoy to come
// home", "accused Rwanda of training rebels to attack"), which the parse
// may hang on them as a clause of purpose: their patterns read it.
var controlVerbs = map[string]bool{"URGE": true, "PRESS": true, "ASK": true, "ORDER": true, "INVITE": true,
	"ACCUSE": true, "CALL": true, "ENCOURAGE": true, "TELL": true, "TRAIN": true, "ALLOW": true, "FORCE": true,
	"PERSUADE": true, "HELP": true, "LET": true, "REQUEST": true, "INSTRUCT": true, "DIRECT": true,
	"AUTHORIZE": true, "AUTHORISE": true, "PERMIT": true, "REQUIRE": true, "COMPEL": true, "PUSH": true,
	"APPEAL": true, "WARN": true, "ADVISE": true, "BEG": true, "CHALLENGE": true, "DARE": true, "EXHORT": true,
	"IMPLORE": true, "INDUCE": true, "INSPIRE": true, "MOTIVATE": true, "OBLIGE": true, "PRESSURE": true,
	"PRESSURISE": true, "PRESSURIZE": true, "PROMPT": true, "REMIND": true, "SUMMON": true, "TEMPT": true,
	"EXPECT": true, "WANT": true, "ENABLE": true, "ASSIST": true, "ARM": true, "EQUIP": true, "FUND": true}

// relativeObject returns, for a verb v of a relative clause whose object is
// the relative pronoun ("which it imposed", "that Washington tightened"),
// that pronoun and the words of the noun phrase the clause hangs on (the
// noun and its dependents, in order, without the clause itself); -1 and
// nothing otherwise.
func (sc *sentence) relativeObject(v int) (int, []int) {
	h := sc.toks[v].Head
	if sc.rel(v) != "acl:relcl" || h < 0 {
		return -1, nil
	}
	rel := -1
	for _, c := range sc.childrenWith(v, "obj") {
		if inSet(sc.words[c], "WHICH", "THAT") {
			rel = c
		}
	}
	if rel < 0 {
		return -1, nil
	}
	var moved []int
	var walk func(t int)
	walk = func(t int) {
		moved = append(moved, t)
		for _, c := range sc.children[t] {
			if c != v && base(sc.rel(c)) != "punct" && base(sc.rel(c)) != "acl" {
				walk(c)
			}
		}
	}
	walk(h)
	slices.Sort(moved)
	return rel, moved
}

// predicate is one coded verb or noun before it becomes events.
type predicate struct {
	tok      int
	span     entente.Span
	code     verbs.Code
	ref      entente.EntryRef
	byPat    bool
	src, tgt []int
	compound []int
	negated  bool
	// guessedTgt: the target came from word order, not the parse
	guessedTgt bool
	// patTgt: the target is the one the pattern's '+' bound
	patTgt bool
	// anaRef: an earlier event the predicate's object refers back to, which
	// gives the target it lacks (see anaphor)
	anaRef anaphor
	// noun: an event noun, not a verb
	noun bool
	// hosted: an event noun of talks a third party hosted, made its
	// parties' own (talksOfParties)
	hosted bool
	// ownSubject: the parse gives the predicate a subject (see
	// sentence.ownSubject)
	ownSubject bool
	// pat is the pattern that coded the predicate (nil for a default
	// code)
	pat *verbs.Pattern
	// read holds the tokens pat's words matched after the verb
	read []int
}

// verbsAt returns the dictionary verbs (and event nouns) whose inflected
// word is token i, with the first token and the number of tokens of the
// matched form (multi-word verbs span several).
func (c *Coder) verbsAt(sc *sentence, i int) (vs []*verbs.Verb, start, n int) {
	t := &sc.toks[i]
	// the dictionary first: most words are in no entry, and then nothing
	// else needs working out (as Lookup of the form and of a lemma other
	// than the form: sc.words and sc.lemmas are them upper-cased)
	sc.lookUp(c.dict)
	if sc.finfo[i] == 0 && sc.linfo[i] == 0 {
		return nil, 0, 0
	}
	byForm := c.dict.Info(sc.finfo[i]).Verbs
	var byLemma []*verbs.Verb
	if t.Lemma != "" && sc.linfo[i] != 0 && !strings.EqualFold(t.Lemma, t.Form) {
		byLemma = c.dict.Info(sc.linfo[i]).Verbs
	}
	if len(byForm) == 0 && len(byLemma) == 0 {
		return nil, 0, 0
	}
	if sc.hyphenModifier(i) || sc.hyphenParticiple(i) || sc.words[i] == "ACCORDING" && i+1 < len(sc.words) && sc.words[i+1] == "TO" {
		// "storm-battered", and "according to X": no act
		return nil, 0, 0
	}
	if t.UPOS == "VERB" && t.Rel == "amod" && t.Head > i && strings.HasSuffix(sc.words[i], "ING") &&
		(i == 0 || sc.toks[i-1].UPOS != "ADP") && len(sc.actors(t.Head, 0)) == 0 {
		// "a visiting researcher", "the warring parties": a present
		// participle before a noun that names no actor describes it,
		// no act told ("his visiting Togolese counterpart" visits; "of
		// arming rebels" is a gerund the parse took for a modifier)
		return nil, 0, 0
	}
	noun := t.UPOS == "NOUN" || t.UPOS == "PROPN"
	// a word the tagger missed as a verb but the parse treats as one
	isVerb := t.UPOS == "VERB" || t.UPOS == "" || t.UPOS == "ADJ" && (t.Head < 0 || sc.hasSubjOrAux(i)) && !sc.nearTo(i) ||
		t.UPOS == "NOUN" && sc.hasSubjOrAux(i)
	if !noun && !isVerb {
		return nil, 0, 0
	}
	start, n = i, 1
	for k := range len(byForm) + len(byLemma) {
		v := nthVerb(byForm, byLemma, k)
		if v.Noun && !noun || !v.Noun && !isVerb || seenVerb(byForm, byLemma, k, v) {
			continue
		}
		if k < len(byForm) && !v.Noun && v.Root == sc.words[i] && sc.pastOfOther(i) {
			// "found a stash of rifles" is "find" in the past, not
			// the verb "found" (establish) whose base form it shares;
			// the FIND block of the additions reads "found guilty"
			continue
		}
		if !oneWord(v.Root) {
			words := v.Words()
			if len(words) > 1 {
				// the other words must stand next to the inflected one
				s := i - v.Head
				if s < 0 || s+len(words) > len(sc.toks) {
					continue
				}
				ok := true
				for k, w := range words {
					if k != v.Head && sc.words[s+k] != w {
						ok = false
					}
				}
				if !ok {
					continue
				}
				if len(words) > n {
					vs, start, n = nil, s, len(words)
				}
				vs = append(vs, v)
				continue
			}
		}
		if n > 1 {
			continue
		}
		vs = append(vs, v)
	}
	return vs, start, n
}

// auxWords are the forms of the auxiliaries have, be and do.
var auxWords = map[string]bool{
	"HAD": true, "HAS": true, "HAVE": true, "HAVING": true, "IS": true, "ARE": true, "WAS": true, "WERE": true,
	"BE": true, "BEEN": true, "BEING": true, "DO": true, "DOES": true, "DID": true,
}

// pastOfOther reports whether token i is the past form of one verb that
// is also the base form of another (pastHomographs) and the parse reads it
// as the past ("found", lemma "find"; "lay", lemma "lie").
func (sc *sentence) pastOfOther(i int) bool {
	t := &sc.toks[i]
	lemma, ok := pastHomographs[sc.words[i]]
	return ok && (t.XPOS == "VBD" || t.XPOS == "VBN") && strings.EqualFold(t.Lemma, lemma)
}

// pastHomographs are the past forms of English verbs that are the base
// forms of others, with the verb each is the past of: "found" (find, or
// found a party), "lay" (lie, or lay siege), "wound" (wind, or wound).
// Past forms that dictionaries list as roots of their own ("SHOT",
// "CALLED") are not in the list: they are no other verb's base.
var pastHomographs = map[string]string{"FOUND": "find", "LAY": "lie", "WOUND": "wind",
	"FELL": "fall", "GROUND": "grind", "BOUND": "bind", "BORE": "bear", "ROSE": "rise"}

// nthVerb returns the k-th verb of a followed by b.
func nthVerb(a, b []*verbs.Verb, k int) *verbs.Verb {
	if k < len(a) {
		return a[k]
	}
	return b[k-len(a)]
}

// seenVerb reports whether v occurs among the first k verbs of a followed
// by b.
func seenVerb(a, b []*verbs.Verb, k int, v *verbs.Verb) bool {
	for j := range k {
		if nthVerb(a, b, j) == v {
			return true
		}
	}
	return false
}

// oneWord reports whether strings.Fields(s) has at most one word, telling
// it without splitting when s has no space nor any byte beyond ASCII (the
// other spaces Fields knows).
func oneWord(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ', c >= '\t' && c <= '\r', c >= 0x80:
			return false
		}
	}
	return true
}

// hasSubjOrAux reports whether token i has a subject or an auxiliary
// among its children, of any subtype (as childrenWith(i, "nsubj",
// "nsubj:pass", "aux", "aux:pass") finds them).
func (sc *sentence) hasSubjOrAux(i int) bool {
	for _, c := range sc.children[i] {
		switch base(sc.rel(c)) {
		case "nsubj", "aux":
			return true
		}
	}
	return false
}

// lightVerb lists the English light verbs, whose meaning in a verb-object
// construction comes from the object ("take office", "make a statement",
// "give a speech", "hold talks").
var lightVerb = map[string]bool{
	"take": true, "make": true, "give": true, "have": true, "get": true,
	"hold": true, "put": true, "set": true, "keep": true, "do": true,
}

// thingVerbs are verbs whose block's default code is an act on a party
// ("broke through the lines", "broke into the embassy": 190) that, with a
// thing for object, no party "with" them and no pattern read, tell no such
// act ("breaking an extended logjam", "breaking trade rules", "broke the
// record"; "broke relations with Libya" keeps the block's code). Nor does
// a thing called make a telephone call (CALL's 041: "called the sanctions
// counterproductive", "called a meeting").
var thingVerbs = map[string]bool{"BREAK": true, "CALL": true, "PHONE": true, "TELEPHONE": true}

// withParty reports whether verb v or its object has a "with" phrase that
// names an actor ("broke relations with Libya").
func (sc *sentence) withParty(v int) bool {
	if len(sc.caseActors(v, "WITH")) > 0 {
		return true
	}
	for _, o := range sc.childrenWith(v, "obj") {
		for _, c := range sc.childrenWith(o, "nmod") {
			if sc.caseOf(c) == "WITH" && len(sc.actors(c, 0)) > 0 {
				return true
			}
		}
	}
	return false
}

// isLightVerb reports whether lightVerb holds w lower-cased (w is an
// upper-case lemma), lower-casing an ASCII word on the stack.
func isLightVerb(w string) bool {
	var buf [16]byte
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return lightVerb[strings.ToLower(w)]
		}
	}
	switch {
	case len(w) > lightVerbLen:
		return false // lower-casing keeps an ASCII word's length
	case len(w) > len(buf):
		return lightVerb[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return lightVerb[string(buf[:len(w)])]
}

// lightVerbLen is the length of the longest light verb.
var lightVerbLen = func() int {
	n := 0
	for w := range lightVerb {
		n = max(n, len(w))
	}
	return n
}()

// objectWithoutActor reports whether verb v has a direct object and none of
// its objects is (or holds) an actor mention.
func (sc *sentence) objectWithoutActor(v int) bool {
	objs := sc.relativeObjects(v)
	if len(objs) == 0 {
		return false
	}
	for _, o := range objs {
		if len(sc.actors(o, 0)) > 0 {
			return false
		}
	}
	return true
}

// relativeObjects returns the objects of verb v: its "obj" dependents, or,
// for a relative clause with a subject of its own and no object, the noun
// the clause modifies ("the proposals he took to Tehran").
func (sc *sentence) relativeObjects(v int) []int {
	objs := sc.childrenWith(v, "obj")
	if len(objs) == 0 && sc.rel(v) == "acl:relcl" && len(sc.childrenWith(v, "nsubj")) > 0 && sc.toks[v].Head >= 0 {
		objs = append(objs, sc.toks[v].Head)
	}
	return objs
}

// defaultCode returns the default code of the first of vs that has one,
// with the verb's entry.
func defaultCode(vs []*verbs.Verb) (verbs.Code, entente.EntryRef) {
	for _, v := range vs {
		if dc := v.DefaultCode(); !dc.IsNull() {
			return dc, v.Ref
		}
	}
	return verbs.Code{}, entente.EntryRef{}
}

// goodsGiven reports whether light verb v gives things rather than
// standing in a light-verb construction: "gave Tuvalu a boat" (an actor
// its indirect object), "gave two patrol boats to Fiji", "gave a pair of
// desalination plants to Tuvalu" (an object counted, a number or a noun
// of quantity with an "of" phrase, given to an actor).
func (sc *sentence) goodsGiven(v int) bool {
	if sc.lemma(v) != "GIVE" {
		return false
	}
	for _, o := range sc.childrenWith(v, "iobj") {
		if len(sc.actors(o, 0)) > 0 {
			return true
		}
	}
	recipient := false // "to Fiji"
	for _, o := range sc.childrenWith(v, "obl") {
		recipient = recipient || sc.caseOf(o) == "TO" && len(sc.actors(o, 0)) > 0
	}
	if !recipient {
		return false
	}
	for _, o := range sc.childrenWith(v, "obj") {
		if len(sc.childrenWith(o, "nummod")) > 0 {
			return true
		}
		if quantityNouns[sc.lemma(o)] {
			for _, n := range sc.childrenWith(o, "nmod") {
				if sc.caseOf(n) == "OF" {
					return true
				}
			}
		}
	}
	return false
}

// quantityNouns are upper-case lemmas of nouns that count or measure
// goods ("a pair of", "a shipment of", "tonnes of").
var quantityNouns = map[string]bool{"PAIR": true, "SET": true, "BATCH": true, "SHIPMENT": true,
	"CONSIGNMENT": true, "FLEET": true, "TONNE": true, "TON": true, "LOAD": true, "CONVOY": true, "NUMBER": true}

func (c *Coder) code(a *entente.Article, sc *sentence) []entente.Event {
	preds := map[int]*predicate{}
	var order []int
	for i := range sc.toks {
		vs, start, n := c.verbsAt(sc, i)
		if len(vs) == 0 {
			continue
		}
		noun := vs[0].Noun
		if !noun && sc.toks[i].UPOS == "NOUN" && sc.caseOf(i) == "UNDER" && len(sc.childrenWith(i, "cop")) > 0 {
			// a verb's form read as the noun of a predicate after
			// "under" ("the government was under pressure to respond",
			// "Ukraine is under attack") tells what the subject
			// suffers, not what it does
			continue
		}
		if noun && base(sc.rel(i)) == "compound" && sc.toks[i].Head > i && inSet(sc.toks[sc.toks[i].Head].UPOS, "NOUN", "PROPN") {
			// a noun of an act that describes another noun ("visit
			// visas", "attack helicopters") tells no act
			continue
		}
		if !noun && base(sc.rel(i)) == "amod" && sc.toks[i].UPOS == "VERB" && !strings.HasSuffix(sc.words[i], "ING") &&
			len(sc.childrenWith(i, "nsubj", "obj", "obl")) == 0 && (i == 0 || !auxWords[sc.words[i-1]] &&
			(!inSet(sc.toks[i-1].UPOS, "NOUN", "PROPN", "PRON") || sc.rel(i-1) == "nmod:poss" && sc.toks[i-1].UPOS == "PRON")) {
			// a past participle as an adjective ("Indian-controlled
			// Kashmir", "Saudi-led coalition") describes a noun: no
			// event (an "-ing" form, or one with a subject or object of
			// its own, or after an auxiliary, a noun or a pronoun
			// subject, "had imposed", "the United States imposed", so
			// tagged is often a misparsed verb; a possessive pronoun is
			// a determiner, "their disputed border")
			continue
		}
		if !noun && sc.namesWhat(i) {
			// "to what it called repeated provocations", "what
			// Israel described as a terrorist base": naming, no call
			// made or description given to anyone
			continue
		}
		if noun && (inSet(sc.caseOf(i), "TOWARD", "TOWARDS") || sc.caseOf(i) == "AT" && sc.toks[i].Head >= 0 && sc.lemma(sc.toks[i].Head) == "AIM") {
			// "condemned the deal as a step towards invasion", "an
			// alliance aimed at invasion": an act a thing leads to or
			// aims at is not done, and not by whoever speaks of it
			continue
		}
		if noun && sc.caseOf(i) == "SINCE" {
			// "his first trip since the Russian invasion", "the worst
			// clashes since the 2020 war": a past deed the sentence
			// measures time from, not news
			continue
		}
		if !noun && base(sc.rel(i)) == "amod" && ingAdjectives[sc.words[i]] {
			// "the leading importer", "the ruling party": an "-ing"
			// form that is an adjective of its own tells no act
			continue
		}
		p := &predicate{tok: i, span: sc.toks[start].Span.Cover(sc.toks[start+n-1].Span), noun: noun}
		p.src, p.tgt = sc.roles(i, noun)
		p.ownSubject = !noun && sc.ownSubject(i)
		if !noun {
			if mi, lo, hi := sc.appositiveSubject(start); mi >= 0 && sc.allWithin(p.src, lo, hi) {
				// "Turkey, Azerbaijan's closest ally, supported Baku": a
				// misparsed appositive does not take the subject's place
				p.src = []int{mi}
			}
		}
		if len(p.tgt) == 0 && !noun {
			p.tgt = sc.pronounObjectTarget(i, p.src)
		}
		if len(p.tgt) == 0 && !noun && sc.rel(i) == "acl:relcl" && len(sc.childrenWith(i, "obj", "ccomp", "xcomp")) == 0 && sc.actorSubject(i) {
			// "four officials it accused of overseeing detentions", "the
			// diplomats Moscow expelled": a relative clause with an
			// actor for subject and no object has for object the noun it
			// modifies
			if rel := sc.relativeObjects(i); len(rel) == 1 {
				if t := sc.actors(rel[0], 0); len(t) > 0 && !sameActors(sc, t, p.src) {
					p.tgt = t
				}
			}
		}
		visitor := !noun && sc.lemma(i) == "VISIT" && sc.modifyingParticiple(i)
		if !visitor {
			// (a visitor's participle has the host hostOf found, or
			// none: "Visiting Iranian Foreign Minister X condemned the
			// United States" visits no one named)
			sc.fallbackRoles(p, start, n)
		}
		if len(p.tgt) == 0 && len(p.src) > 0 && !noun && !visitor {
			p.tgt = sc.pairTarget(i, p.src)
		}
		if len(p.src) > 1 && len(p.tgt) > 0 && (sc.selfReference(p.tgt, p.src) || !noun && sc.ownMatter(i, p.tgt, p.src)) {
			// "Russian and Pakistani troops held their first joint
			// exercise", "Nigeria and Britain signed an agreement to
			// reschedule Nigeria's debts": with one another
			p.tgt = nil
		}
		p.negated = sc.negated(i)
		var subj []int
		if !noun {
			subj = sc.childrenWith(i, "nsubj", "csubj")
			if len(subj) == 0 && inSet(base(sc.rel(i)), "xcomp", "conj") && sc.toks[i].Head >= 0 {
				subj = sc.childrenWith(sc.toks[i].Head, "nsubj", "csubj")
			}
		}
		cl := sc.clauseOf(i, subj, n, start)
		m := newMatcher(cl, c.dict, sc)
		bo := c.orderOf(vs)
		matched := false
		if pat, b, ok := m.chooseKeyed(bo.sorted, bo.keys); ok {
			p.code, p.ref, p.byPat, p.pat, matched = pat.Code, pat.Ref, true, pat, true
			p.read = b.words
			if len(b.source) > 0 && len(p.src) > 0 && sc.passiveSubjects(i, b.source) {
				// "China was criticised by Lithuania" against "$ * +":
				// the word before the verb is the passive's patient,
				// and the parse has its agent; the roles stay the
				// parse's
				b.source, b.target = nil, nil
			}
			if len(b.source) > 0 && len(b.target) > 0 && passiveShape(pat) && !noun && sc.activeSubject(i, b.target) {
				// "Venezuela's military arrested a US citizen near a
				// refinery in Falcon" against "+ * &PREPOSIT1 $ [173]",
				// written for "X arrested by Y": the verb is active and
				// the pattern's "+" is its subject, so the roles stay
				// the parse's
				b.source, b.target = nil, nil
			}
			if len(b.compound) > 0 && sc.passiveSubjects(i, b.compound) {
				// nor does "% * OF [112:112]" make the patient of
				// "officials accused of corruption by Uganda" accuse
				// anyone back
				b.compound, p.code.Target = nil, ""
			}
			if len(b.source) > 0 && !(len(p.src) > len(b.source) && subset(b.source, p.src)) && !sc.placeInSubject(b.source, i) {
				// (a pattern's "$" binds the subject next to the verb;
				// "Russia and Belarus expelled Polish diplomats": the
				// parse's coordinated subjects all do it)
				p.src = b.source
			}
			if len(b.target) > 0 && !noun && len(p.tgt) > 0 && !p.guessedTgt && sc.clausePronouns(b.target, i) {
				// "warned France and Germany that it may retaliate"
				// against "* THAT + [130]": the pronoun subject of the
				// clause is not the one warned, the verb's object is
				b.target = nil
			}
			if len(b.target) > 0 && sc.namer(sc.mentHead[b.target[0]]) && len(p.src) > 0 && sc.sameCountries(b.target, p.src) {
				// "struck what New Delhi called a militant camp"
				// against "&AIRCRAFT * +": the source's own country
				// naming the target is not it (a victim naming it,
				// "what Pakistan called a village", may be)
				b.target = nil
			}
			if len(b.target) > 0 && !noun && sc.inTimeAdjunct(sc.mentHead[b.target[0]], i) {
				// "held talks with his Iranian counterpart ..., ahead
				// of new negotiations with Washington" against "*
				// NEGOTIATIONS WITH +": a party of an act the sentence
				// dates this one by is not this one's
				b.target = nil
			}
			if len(b.target) > 0 && sc.absoluteWith(b.target[0]) {
				// "held talks with Abiy in Ankara, with Erdogan
				// mediating" against "$ * TALKS IN ^ WITH +": one
				// named in a "with" clause of his own does his own act
				b.target = nil
			}
			if len(b.target) > 0 && !sameActors(sc, b.target, p.src) && !sc.beneficiary(sc.mentHead[b.target[0]]) && !sc.passiveSubjects(i, p.tgt) {
				p.tgt, p.guessedTgt = sc.withConjuncts(sc.headMentions(b.target)), false
				p.patTgt = true
			} else if len(b.target) > 0 && len(p.tgt) > 0 && sameActors(sc, b.target, p.src) && !sameActors(sc, p.tgt, p.src) && !noun &&
				targetAfter(pat, "OF") && (sc.objectOf(p.tgt[0], i) || sc.caseOf(sc.mentHead[p.tgt[0]]) == "TO") {
				// "protested to China over the detention of Kyrgyz
				// herders" against "* &DETENTION OF + [053]": the
				// pattern's code was for what befell the source's own
				// people (its target after "of"), and
				// the party acted on (the object, or the party
				// addressed) is another; the block's default code
				// stands
				if dc, ref := defaultCode(vs); !dc.IsNull() {
					p.code, p.ref, p.byPat, p.pat = dc, ref, false, nil
				}
			}
			if len(b.compound) > 0 {
				p.compound = b.compound
				for _, mi := range b.compound {
					p.compound = append(p.compound, sc.actors(sc.coordination(sc.mentHead[mi]), 0)...)
				}
				p.compound = dedup(p.compound)
				if len(p.compound) == 1 && !disjoint(p.src, p.compound) || sc.oneCode(p.compound) && sameActors(sc, p.compound, p.src) {
					// one actor, the subject itself, is no compound: not
					// "with one another" either; nor are other words for
					// the subject ("Azerbaijan's president, speaking in
					// Baku, accused France")
					p.compound = nil
					p.code.Target = ""
				}
				// "* WITH %": a compound apart from the subject is the
				// target of the subject, as PETRARCH codes it
				if len(p.compound) > 0 && len(p.src) > 0 && disjoint(p.src, p.compound) {
					if !noun && !mutualVerbs[sc.lemma(i)] && sc.allInObject(p.compound, i) {
						// "attacked a Taliban checkpoint in" against "* %
						// IN_^ [190:190]": the object of a one-way act
						// does not do it back
						p.code.Target = ""
					}
					p.tgt, p.compound = p.compound, nil
				}
				// "They accused Doha of ...": a compound subject with a
				// target of its own acts on that target, not on one
				// another
				if len(p.compound) > 1 && len(p.tgt) > 0 && disjoint(p.tgt, p.compound) && sc.objectOf(p.tgt[0], i) {
					p.src, p.compound = p.compound, nil
					p.code.Target = "" // nor the other way round
				}
				if len(p.compound) > 1 && !noun && pat != nil && pat.VerbAt == len(pat.Elems)-1 && !jointCode(p.code.Source) &&
					!mutualVerbs[sc.lemma(i)] && !rivalVerbs[sc.lemma(i)] && !sc.reciprocal(i) && sc.complemented(i) {
					// "West Germany and Ireland are opposed to the steps",
					// "Britain and France called for calm": a compound
					// subject of a one-way act that has a complement of
					// its own acts on that, side by side, and not on one
					// another, whatever the pattern "% *" says
					p.src, p.compound = p.compound, nil
					p.code.Target = ""
				}
			}
			// "China and India held talks in Beijing", "the government
			// and the opposition signed an agreement in Barbados": for
			// two or more subjects the place of a consultation, an
			// agreement or a joint act is where they met, not a party to
			// it; they act with one another
			if len(p.src) > 1 && len(p.tgt) > 0 && len(p.compound) == 0 && inSet(cameo.RootOf(p.code.Source), "03", "04", "05", "06") && sc.allLocative(p.tgt) {
				p.tgt = nil
			}
			// "Thailand's prime minister and his Malaysian counterpart
			// discussed the insurgency": what two parties discuss is
			// their topic, not a party; they consult one another
			if (len(p.src) > 1 || len(p.compound) > 1) && len(p.tgt) > 0 && topicVerbs[sc.lemma(i)] && !noun &&
				cameo.RootOf(p.code.Source) == "04" && !sc.oneCode(append(append([]int(nil), p.src...), p.compound...)) {
				p.tgt, p.guessedTgt = nil, false
			}
			// "Britain and the United States plan to discuss the crisis
			// in trade relations with Japan", "Bulgarian and North
			// Macedonian leaders held a meeting over the blocked EU
			// membership talks": a party named only inside an adjunct's
			// noun is what two parties' intent or consultation is about;
			// they act with one another
			if (len(p.src) > 1 && len(p.compound) == 0 && !sc.oneCode(p.src) || len(p.compound) > 1 && disjoint(p.tgt, p.compound) && !sc.oneCode(p.compound)) &&
				len(p.tgt) > 0 && !noun && inSet(cameo.RootOf(p.code.Source), "03", "04") && sc.allAdjunctNouns(p.tgt) {
				p.tgt, p.guessedTgt = nil, false
			}

		}
		if !noun && (isLightVerb(sc.lemma(i)) || thingVerbs[sc.lemma(i)] && !matched && !sc.withParty(i)) && sc.objectWithoutActor(i) &&
			(!matched || cameo.RootOf(p.code.Source) == "17" && p.code.Source != "1712" && !sc.peopleNounObject(i)) && !sc.goodsGiven(i) {
			// "took office", "take visible steps": in a light-verb
			// construction the object says what happened, and no pattern
			// read it; the block's default code would be a guess. Nor is
			// "held a welcome ceremony for X" holding X: a verb of
			// detention (root 17) needs a person for its object (but
			// property destroyed, "set fire to a police station", is a
			// thing)
			continue
		}
		if !matched {
			if !noun && sc.namesAs(i) {
				// "called the exercise \"a provocation\"", "called the
				// sanctions counterproductive": a thing named as something,
				// no telephone call (the CALL block's default); patterns
				// that read the name ("* + ILLEGITIMATE [111]") matched
				// above
				continue
			}
			if !noun && sc.issuesStatement(i) {
				// "issued a statement deploring Japan's trade surplus":
				// a text issued grants nothing (the Phoenix ISSUE block's
				// 060); what it does is coded from its own verb (see
				// issuerOf)
				continue
			}
			if dc, ref := defaultCode(vs); !dc.IsNull() {
				p.code, p.ref = dc, ref
			}
		}
		if p.code.Source == verbs.Discard {
			return nil
		}
		if p.code.IsNull() || p.code.Source == verbs.Complex {
			continue
		}
		if t, ok := sc.ownTarget(p, i); ok {
			// a target of the source's own country where another
			// party is named: see statetarget.go
			p.tgt, p.guessedTgt = t, false
			if p.patTgt {
				// the pattern's code was for the target it bound
				// ("condemned France over the arrest of an Algerian
				// official" against "* ARREST OF + [051]"), not for the
				// other party: the block's default code stands
				p.code, p.byPat, p.pat = verbs.Code{}, false, nil
				if dc, ref := defaultCode(vs); !dc.IsNull() {
					p.code, p.ref = dc, ref
				}
				if p.code.IsNull() {
					continue
				}
			}
		}
		if !noun && sc.rel(i) == "acl" && strings.HasSuffix(sc.words[i], "ING") && len(p.tgt) > 0 && sc.allOutside(p.tgt, i) {
			// "EC foreign ministers meeting here issued a statement
			// deploring Japan's trade surplus": an active participle
			// that describes its noun acts on no party outside its own
			// words (a passive one may: "a truce brokered by Spain")
			p.tgt, p.guessedTgt = nil, false
		}
		if p.code.Source == "154" && sc.lemma(i) == "FLY" && !noun && !sc.hasObject(i) && sc.civilOfficials(p.src) {
			// "the Saudi ambassador flew into Aden": an official who
			// flies in travels (042); "warplanes flew into Turkish
			// airspace" stays a show of force
			p.code.Source, p.code.Target = "042", "043"
		}
		if p.code.Source == "010" && !noun && len(p.tgt) > 0 && sc.notAddressed(i, p.tgt) {
			// "Tokyo announced that the EC's deficit with Japan reached
			// a record": a statement's target is whom it is made to,
			// not whom it is about
			p.tgt, p.guessedTgt, p.code.Target = nil, false, ""
		}
		if inSet(p.code.Source, "072", "074") && !noun && sc.aidSent(i) {
			// "dispatched ten tonnes of aid aboard a navy vessel to
			// Myanmar": what is sent is aid (070), whoever carries it
			p.code.Source, p.code.Target = "070", ""
		}
		if inSet(p.code.Source, "072", "074") && !noun && sc.troopsSent(i) {
			switch {
			case len(p.tgt) == 0 || sc.borderModifiers(p.tgt):
				// "sent 1,500 troops to Izabal", "dispatched soldiers to
				// the Belarusian frontier": troops sent to no recipient,
				// or to a border, are a show of force, not military aid
				p.code.Source, p.code.Target = "150", ""
			case sc.toBorder(i):
				// "dispatched 2,000 soldiers to the northern frontier
				// after attacks by rebels from Colombia": to the border,
				// against no one named as its neighbour
				p.code.Source, p.code.Target = "150", ""
				p.tgt, p.guessedTgt = nil, false
			}
		}
		if r := cameo.RootOf(p.code.Source); (r == "19" || strings.HasPrefix(p.code.Source, "183")) && !noun && sc.missileTest(i) &&
			(len(p.tgt) == 0 || sc.allInWaters(p.tgt)) {
			// "launched a pair of ballistic missiles, with both falling
			// outside Japan's exclusive economic zone", "a missile fired
			// by North Korea flew 74 minutes before splashing into the
			// sea": a launch aimed at no one is a show of force (150),
			// as "fired missiles into the sea" is, and the state whose
			// waters it fell in or near is where, not whom
			p.code.Source, p.code.Target = "150", ""
			p.tgt, p.guessedTgt = nil, false
		}
		if strings.HasPrefix(p.code.Source, "084") && !noun && !sc.byAgent(i) {
			// "thirty traders detained by South Sudanese soldiers were
			// released", "a French national held in Iran was freed
			// through Omani mediation": the holder named frees those
			// released with no agent of their own (not whoever a
			// pattern's "$" found after the verb)
			if h := sc.holderOf(i); len(h) > 0 && !sameActors(sc, h, p.tgt) {
				p.src = h
			}
		}
		if c := sc.stateTargetCode(p, i); c == dropEvent {
			// troops that land: see statetarget.go
			continue
		} else if c != p.code.Source {
			// a named country or place arrested, a state's bombing: see
			// statetarget.go
			p.code.Source, p.code.Target = c, ""
		}
		if !noun && p.code.Source == "181" && seizeVerbs[sc.lemma(i)] {
			// "a foreign trawler was seized by the navy": a vessel seized
			// is property seized (1711), no abduction, however told
			if o := sc.seizedNoun(i); o >= 0 && vesselNouns[sc.lemma(o)] {
				p.code.Source, p.code.Target = "1711", ""
			}
		}
		if !noun && inSet(sc.lemma(i), "HIT", "STRIKE") && sc.sanctionSubject(i) {
			// "duties went into force, hitting Canada", "US tariffs hit
			// Canada": what hits is a tariff or a sanction, imposed
			// (163), no blow struck nor strike held (143)
			p.code.Source, p.code.Target = "163", ""
		}
		if strings.HasPrefix(p.code.Source, "192") && !noun && p.patTgt && len(p.tgt) > 0 {
			if n := sc.describedThing(p.tgt[0]); n >= 0 && (firmNouns[sc.lemma(n)] || firmNouns[sc.words[n]]) && sc.takenThing(n) && !sc.fightingSource(p.src) {
				// "taking control of a Canadian-led consortium": what is
				// taken is a thing the actor describes, property
				// confiscated (1711), no territory occupied
				p.code.Source, p.code.Target = "1711", ""
			}
		}
		if (p.code.Source == "173" || p.code.Source == "171") && !noun && seizeVerbs[sc.lemma(i)] {
			// "seized the Mexican port of Veracruz", "seized a British
			// tanker": what is seized is no person, and the act is the
			// occupation of a place (192) or the seizure of property
			// (1711), not the arrest the Phoenix "$ * +" gives; a
			// place is not merely seized (171) either
			if o := sc.objectNoun(i); o >= 0 && placeNouns[sc.lemma(o)] && sc.lemma(i) != "DETAIN" {
				p.code.Source = "192"
			} else if o >= 0 && vesselNouns[sc.lemma(o)] && p.code.Source == "173" {
				p.code.Source = "1711"
			}
		}
		if inSet(cameo.RootOf(p.code.Source), "17", "18") && len(p.tgt) > 0 && every(p.tgt, sc.offCoast) {
			// "hijacked a car carrier off Yemen's coast": the coast
			// is where the ship was taken
			p.tgt, p.guessedTgt = nil, false
		}
		if p.code.Source == "174" && !noun && sc.lemma(i) == "SEND" && !p.patTgt && sc.outOfAfter(i) {
			// "sent its wounded soldiers out of the country for
			// treatment in Belarus": only the one the pattern names
			// is expelled
			continue
		}
		if strings.HasPrefix(p.code.Source, "183") && !noun && inSet(sc.lemma(i), "FIRE", "SHOOT", "OPEN") {
			// "fired at a combat post near Nerkin Hand" against the
			// EXPLODE pattern "* NEAR +" (183) its block shares: fire
			// is no bombing
			p.code.Source, p.code.Target = "190", ""
		}
		if strings.HasPrefix(p.code.Source, "192") && !noun && inSet(sc.lemma(i), "ARREST", "DETAIN") {
			// "arrested former president Duterte at Manila's airport"
			// against the SEIZE block's "* + AIRPORT" (192): one
			// arrests people, and occupies no place by it
			p.code.Source, p.code.Target = "173", ""
		}
		if p.code.Source == "173" && !noun && inSet(sc.lemma(i), "SEIZE", "GRAB", "TAKE", "SNATCH", "CAPTURE", "ABDUCT") && len(p.src) > 0 &&
			every(p.src, func(m int) bool { return outlawCode(sc.mentions[m].Code) }) &&
			!slices.ContainsFunc(p.tgt, func(m int) bool { return fightingCode(sc.mentions[m].Code) }) {
			// "rebels seized its New Zealand pilot": rebels, insurgents
			// or unknown gunmen who seize a person, no soldier or
			// policeman, take a hostage (181); arrest is an act of a
			// state's law
			p.code.Source, p.code.Target = "181", ""
		}
		if (strings.HasPrefix(p.code.Source, "192") || strings.HasPrefix(p.code.Source, "171")) && !noun &&
			(len(p.tgt) == 0 || p.guessedTgt || sameActors(sc, p.tgt, p.src)) {
			// "retook Crimea from Russia", "seized the town from the
			// rebels": what is taken is the source's own or a place;
			// the one it is taken from is the target
			if t := sc.fromTarget(i, p.src); len(t) > 0 {
				p.tgt, p.guessedTgt = t, false
			}
		}
		if strings.HasPrefix(p.code.Source, "042") && !noun && p.patTgt && targetAfter(p.pat, "FOR") {
			// "travelled to Egypt for talks on the Palestinian question":
			// the visit is to the place "to" names, not to whoever the
			// purpose names (DEPART's "* FOR +" is "left for Cairo")
			if t := sc.caseActors(i, "TO"); len(t) > 0 && !sameActors(sc, t, p.src) {
				p.tgt, p.guessedTgt = t, false
			}
		}
		placeTarget := targetAfter(p.pat, "IN") || targetAfter(p.pat, "AT") ||
			inSet(cameo.RootOf(p.code.Source), "02", "10") && (targetAfter(p.pat, "OF") || targetAfter(p.pat, "FOR"))
		if !noun && p.patTgt && (placeTarget || inSet(cameo.RootOf(p.code.Source), "11", "12", "13")) {
			// "blamed Israel for shots fired at troops in south Lebanon"
			// against "$ * &MILITARY IN +": the verb's own object is
			// the target, not the place a pattern read after "in"; nor,
			// for an appeal or a demand, the party a pattern read after
			// "of" or "for" ("asked Saudi Arabia to raise its share of
			// places for Iraqi pilgrims" against "* OF +": Saudi Arabia
			// is asked); nor, for a statement of disapproval, rejection
			// or threat, a party a pattern read in its matter
			// ("condemned Israel over a settler attack on a village
			// near Ramallah" against "* ATTACK &PREPOSIT1 +": Israel is
			// condemned)
			// (but not the source's own organ, "reopened its consulate in
			// Basra": the place after "in" is the state it reopens to)
			if o := sc.objectActors(i); len(o) > 0 && !sameActors(sc, o, p.src) && !sc.sameCountries(o, p.tgt) &&
				!(placeTarget && sc.sameCountries(o, p.src)) && (placeTarget || sc.headedObject(i, o)) {
				p.tgt, p.guessedTgt = o, false
			}
		}
		if cameo.RootOf(p.code.Source) == "04" && !noun && (len(p.tgt) == 0 || p.patTgt && (targetAfter(p.pat, "IN") || targetAfter(p.pat, "AT"))) {
			// "conferred with the Dutch prime minister in Antwerp",
			// "met X at talks in Kazakhstan's largest city": whom the
			// source consults is the one "with" names, not the place a
			// pattern's "* WITH IN +" reads
			if w := sc.caseActors(i, "WITH"); len(w) > 0 && !sameActors(sc, w, p.src) {
				p.tgt, p.guessedTgt = w, false
			}
		}
		if len(p.tgt) > 0 && topicVerbs[sc.lemma(i)] && !noun && (cameo.RootOf(p.code.Source) == "04" || p.code.Source == "036") &&
			(sc.topicOnly(i, p.tgt) || len(p.compound) == 0 && sc.allLocative(p.tgt)) {
			// "discussed the war in Gaza", "to discuss the border
			// dispute of Armenia": a party named inside what is
			// discussed, or where, is its topic, not whom the source
			// consults (that is the object itself, or the one "with"
			// names)
			p.tgt, p.guessedTgt = sc.consultedWith(i, p.src), false
		}
		if len(p.tgt) > 0 && !noun && (cameo.RootOf(p.code.Source) == "04" || p.code.Source == "036") && sc.topicOfConsultation(i, p.tgt) {
			// "held talks about Houthi attacks": a party named in what
			// talks or a meeting are about is their topic
			p.tgt, p.guessedTgt = sc.consultedWith(i, p.src), false
		}
		if len(p.tgt) > 0 && len(p.compound) == 0 && sc.allLocative(p.tgt) && !noun && inSet(cameo.RootOf(p.code.Source), "04") {
			// "held talks with Abiy Ahmed in Ankara": the party the
			// talks are with, not where they were held
			for _, o := range sc.childrenWith(i, "obj") {
				if w := sc.caseActors(o, "WITH"); len(w) > 0 && !sameActors(sc, w, p.src) && !sc.absoluteWith(w[0]) {
					p.tgt, p.guessedTgt = w, false
					break
				}
			}
		}
		if len(p.tgt) > 0 && len(p.compound) == 0 && sc.allLocative(p.tgt) && !sc.anyOn(p.tgt, i) &&
			inSet(p.code.Source, "040", "041", "046", "036", "125") {
			// "flew to Washington to discuss the war in Gaza", "rejected
			// an invitation to talks in Geneva": a place inside the
			// object, where the topic happens or the talks would be, is
			// no party to them ("held talks in Lima", a place of the
			// verb itself, is the host)
			p.tgt, p.guessedTgt = nil, false
		}
		if p.code.Source == "044" && sc.metAtHome(i, p) {
			// "Nepal's and India's ministries met in Kathmandu": a
			// meeting in one party's country is no meeting at a third
			// location (the Phoenix "% * IN ^ [044:044]")
			p.code.Source = "040"
			if p.code.Target != "" {
				p.code.Target = "040"
			}
		}
		if p.code.Source == "174" && !noun {
			// "extradited the head of the cartel to Washington": the
			// state a person is sent to is a target, beside the person,
			// however deep the parse hangs its phrase, as the Phoenix
			// "* &SUSPECT TO +" codes it
			if t := sc.destination(i, p.src); len(t) > 0 && disjoint(t, p.tgt) {
				if p.guessedTgt {
					p.tgt = nil
				}
				p.tgt, p.guessedTgt = append(p.tgt, t...), false
			}
		}
		if cameo.RootOf(p.code.Source) == "11" && !noun {
			// "condemned the Houthi drone attack on an oil facility in
			// Abu Dhabi": a deed judged whose doer is named is judged
			// against its doer, not against its victim, which the
			// Phoenix "* ATTACK &PREPOSIT1 +" binds
			if d := sc.judgedDoer(i); len(d) > 0 && !sameActors(sc, d, p.src) {
				p.tgt, p.guessedTgt = d, false
			}
		}
		if r := cameo.RootOf(p.code.Source); (r == "11" || r == "14") && (len(p.tgt) == 0 || p.guessedTgt) && !noun {
			if t := sc.reactionTarget(i, p.src); len(t) > 0 {
				p.tgt, p.guessedTgt = t, false
			}
		}
		preds[i] = p
		order = append(order, i)
	}
	for _, pr := range sc.presences() {
		// "Yeutter is in New Zealand for talks": an official in another
		// state visits it (see presences), unless the sentence tells the
		// visitor's consultation in words of its own ("is in Kampala on
		// a two-day visit")
		told := false
		for _, p := range preds {
			told = told || cameo.RootOf(p.code.Source) == "04" && !disjoint(p.src, pr.src)
		}
		if _, ok := preds[pr.tok]; !ok && !told {
			preds[pr.tok] = pr
			order = append(order, pr.tok)
		}
	}
	slices.Sort(order)
	for _, i := range order {
		if p := preds[i]; p.noun {
			if parties := sc.thirdPartyTalks(i, preds); parties != nil {
				talksOfParties(p, parties)
			}
		}
	}
	for _, i := range order {
		if p := preds[i]; p.noun && (sc.retold(i, preds) || sc.objectOfSameAct(i, preds) || sc.addressedDoerNoun(i)) ||
			!p.noun && (sc.readsMainVerb(i, preds) || sc.readByObjectVerb(i, preds) || sc.readThroughNoun(i, preds) || sc.wordOfPattern(i, preds)) {
			delete(preds, i)
		}
	}
	for _, i := range order {
		if p, ok := preds[i]; ok && p.code.Source != "" && (sc.intended(i) || sc.conditionalThreat(i, p.code.Source) || sc.announced(i, p.code.Source)) &&
			!sc.decreed(i, preds) && !sc.decided(i, p.code.Source) {
			p.code.Source = cameo.Intent(p.code.Source)
			if p.code.Target != "" {
				p.code.Target = cameo.Intent(p.code.Target)
			}
		}
	}
	// A predicate coded only by its default code, without a target or as a
	// statement, gives way to the event of a complement clause or event
	// noun; a negated controller negates its complement.
	for _, i := range order {
		p, ok := preds[i]
		if !ok {
			continue
		}
		if h := sc.toks[i].Head; h >= 0 && h != i && inSet(base(sc.rel(i)), "advcl", "xcomp") && sc.infinitive(i) &&
			inSet(cameo.RootOf(p.code.Source), "18", "19", "20") {
			if hp, ok := preds[h]; ok && !hp.noun && cameo.RootOf(hp.code.Source) == "07" &&
				(len(hp.tgt) == 0 || every(hp.tgt, func(m int) bool { return sc.under(sc.mentHead[m], i) })) {
				// "sent F-16 jets to bomb Cambodian army positions": the
				// weapons or troops sent to attack are the attack, by
				// the sender, and no aid to the one attacked (weapons
				// sent to Ukraine to fight Russia, or drones sent to
				// Russia to attack Ukraine, stay aid to the one they
				// are sent to: the sending's target is not the
				// attack's own)
				if len(p.src) == 0 || !disjoint(p.src, hp.tgt) {
					p.src, p.compound = hp.src, nil
				}
				delete(preds, h)
			}
		}
		if h := sc.toks[i].Head; h >= 0 && h != i && base(sc.rel(i)) == "advcl" && sc.hasMark(i, "AGAINST") {
			if hp, ok := preds[h]; ok && inSet(cameo.RootOf(hp.code.Source), "02", "10", "13") && len(hp.tgt) > 0 {
				// "warned the West against sending missiles", "urged
				// Israel against attacking": the deed warned against
				// is no event
				delete(preds, i)
				continue
			}
		}
		if h := sc.toks[i].Head; h >= 0 && h != i && base(sc.rel(i)) == "advcl" && sc.infinitive(i) {
			if hp, ok := preds[h]; ok && (sc.appeal(hp, i) || sc.readsComplement(hp, p, h, i)) {
				sc.askedFor(hp, p)
				// "called on Morocco to take back the migrants",
				// "telephoned X to discuss", parsed as purpose clauses:
				// as for complements, below
				if len(hp.tgt) == 0 || hp.guessedTgt {
					hp.tgt, hp.guessedTgt = p.tgt, p.guessedTgt
				}
				delete(preds, i)
				continue
			}
		}
		if n := sc.planClause(i); n >= 0 && !sc.ownedNoun(n) {
			if hp, ok := preds[sc.toks[n].Head]; ok && inSet(cameo.RootOf(hp.code.Source), "10", "11", "12") {
				// "China criticised the decision to impose tariffs on
				// Japan": the deed of a plan whose maker is not named is
				// no act of the one who criticises, rejects or demands
				// something of it
				delete(preds, i)
				continue
			}
		}
		if h, ok := sc.intentGoverning(i, preds); ok {
			hp := preds[h]
			if !hp.negated && !p.negated && (cameo.Intent(p.code.Source) != p.code.Source || inSet(cameo.RootOf(p.code.Source), "03", "13")) &&
				(len(hp.tgt) == 0 || hp.guessedTgt || !disjoint(hp.tgt, p.tgt)) {
				// "announced plans to impose tariffs on Japan" against "%
				// * PLAN [032:032]", "agreed to provide aid": the deed
				// intended, coded as its intent or threat (1312, 033), is
				// the event, said once; a deed with no intent of its own
				// ("agreed to conduct studies") leaves the intent to the
				// governing verb; a sanction decided is imposed
				if !sc.decided(i, p.code.Source) {
					p.code.Source = cameo.Intent(p.code.Source)
					if p.code.Target != "" {
						p.code.Target = cameo.Intent(p.code.Target)
					}
				}
				if (len(p.tgt) == 0 || p.guessedTgt) && !(topicVerbs[sc.lemma(i)] && sc.topicOnly(i, hp.tgt)) {
					// (not a party named in what is to be discussed:
					// "agreed to discuss the problems of Afghanistan")
					p.tgt, p.guessedTgt = hp.tgt, hp.guessedTgt
				}
				delete(preds, h)
				continue
			}
		}
		if h, ok := sc.decreedDeed(i, preds); ok {
			// "the president signed a decree freeing 2,000 inmates":
			// the deed the decree orders is the event, by the signer,
			// not an agreement signed (057)
			if hp := preds[h]; len(hp.src) > 0 {
				p.src, p.compound = hp.src, nil
			}
			delete(preds, h)
			continue
		}
		if h, ok := sc.approvedDeed(i, preds); ok {
			// "the cabinet approved resuming talks with the rebels",
			// "signed off on sending troops to Congo": a cooperative
			// deed its doer approves is the intent to do it (03x, as
			// "agreed to resume talks"), not a concession (the ALLOW
			// block's 080), and not yet done; the approver's alone
			// (the other party of a joint deed has intended nothing)
			p.code.Source, p.code.Target = cameo.Intent(p.code.Source), ""
			if h < 0 {
				continue // a vote
			}
			hp := preds[h]
			if len(hp.src) > 0 {
				p.src, p.compound = hp.src, nil
			}
			if len(p.tgt) == 0 || p.guessedTgt {
				p.tgt, p.guessedTgt = hp.tgt, hp.guessedTgt
			}
			delete(preds, h)
			continue
		}
		h, ok := sc.governor(i, preds)
		if !ok {
			continue
		}
		hp := preds[h]
		if hp.negated && sc.rel(i) == "xcomp" {
			p.negated = true
		}
		if cameo.RootOf(hp.code.Source) == "13" && (len(hp.tgt) == 0 || hp.guessedTgt) && len(p.tgt) > 0 && !p.guessedTgt {
			// "threatened to block Sweden": the threat is the event,
			// aimed at the target of what it threatens, which did not
			// happen
			hp.tgt, hp.guessedTgt = p.tgt, false
			delete(preds, i)
			continue
		}
		if cameo.RootOf(hp.code.Source) == "12" && base(sc.rel(i)) == "xcomp" {
			// "Hanoi refused to accept China's claims": the refusal is
			// the event; the deed refused did not happen
			delete(preds, i)
			continue
		}
		if sc.appeal(hp, i) {
			sc.askedFor(hp, p)
			// "France urged Russia to release the journalist", "Iraq
			// demanded that Turkey withdraw": the appeal or demand is
			// the event, its code says what is asked for; the deed
			// asked for has not happened (and is not the asker's)
			delete(preds, i)
			continue
		}
		if sc.readsComplement(hp, p, h, i) {
			// "offered to mediate between Russia and Ukraine" against
			// "* TO MEDIATE BETWEEN [039]": the pattern of the
			// governing verb has read the complement and coded it as
			// the same kind of event (an intent to mediate, 039, where
			// the complement alone gives 036); it is not coded twice
			if len(hp.tgt) == 0 || hp.guessedTgt {
				hp.tgt, hp.guessedTgt = p.tgt, p.guessedTgt
			}
			delete(preds, i)
			continue
		}
		if hp.code.Source == "016" {
			// "Rwanda denied supporting the rebels": the denial is the
			// event, about the one the deed would have concerned; the
			// deed did not happen
			if len(hp.tgt) == 0 || hp.guessedTgt {
				hp.tgt, hp.guessedTgt = p.tgt, p.guessedTgt
			}
			continue
		}
		if !hp.byPat && hp.code.Source == "080" && p.noun && sc.toks[i].Head == h && sc.rel(i) == "obj" &&
			inSet(cameo.RootOf(p.code.Source), "16", "17") && !sc.ownDoer(i) {
			// "the cabinet approved an asset freeze on three groups",
			// "the EU approved new sanctions against Russia": a measure
			// (roots 16, 17) approved or authorised by its maker is the
			// measure taken, not a concession (the ALLOW block's
			// default, 080); "approved the IAEA's visit" stays one
			if len(p.tgt) == 0 || p.guessedTgt {
				p.tgt, p.guessedTgt = hp.tgt, hp.guessedTgt
			}
			delete(preds, h)
			continue
		}
		if !hp.byPat && (len(hp.tgt) == 0 || hp.guessedTgt || cameo.RootOf(hp.code.Source) == "01") {
			if p.negated && !hp.negated && cameo.RootOf(hp.code.Source) == "01" {
				// "said his country would not join the sanctions": what
				// is said did not happen, so the statement is the event
				continue
			}
			delete(preds, h)
			continue
		}
		if reportingVerbs[sc.lemma(h)] && cameo.RootOf(hp.code.Source) != "01" && sc.rel(i) == "ccomp" &&
			len(p.src) > 0 && disjoint(p.src, hp.src) && len(sc.childrenWith(i, "nsubj", "nsubj:pass")) > 0 {
			// "Moscow said Ukrainian drones had attacked a depot": a
			// pattern of the reporting verb that reads the reported
			// deed ("said ... attacked") makes the reporter its doer;
			// the deed is the reported clause's, with its own subject
			delete(preds, h)
		}
	}
	// "A Russian air strike on Kharkiv killed two people": the deed of
	// force its noun subject names is the deed the verb tells, coded
	// once, by the noun (whose weapon gives the finer code)
	for i, p := range preds {
		if p.noun || !inSet(p.code.Source, "180", "190", "193", "194", "195") {
			continue
		}
		for _, n := range sc.childrenWith(i, "nsubj") {
			if np, ok := preds[n]; ok && np.noun && forceNouns[sc.lemma(n)] &&
				inSet(cameo.RootOf(np.code.Source), "18", "19", "20") && sameActors(sc, np.src, p.src) &&
				(len(p.tgt) == 0 || sameActors(sc, np.tgt, p.tgt)) {
				// (a deed of the verb's own, or on another party, is
				// another: "a Hamas attack took 250 people hostage", "a
				// Russian attack on Kharkiv injured a German journalist")
				delete(preds, i)
				break
			}
		}
	}
	// TABARI's subordinate codes ("[023?]") count only when nothing else
	// is coded; dominant ones ("[111!]") silence the rest.
	hasDom, hasNormal := false, false
	for _, p := range preds {
		hasDom = hasDom || p.code.Dominant
		hasNormal = hasNormal || !p.code.Subordinate
	}
	var out []entente.Event
	seen := map[string]int{} // index in out of each dyad and code
	var words []string       // the sentence's folded words, for modality
	for _, i := range order {
		p, ok := preds[i]
		if !ok || hasDom && !p.code.Dominant || !hasDom && hasNormal && p.code.Subordinate {
			continue
		}
		// "U.S. sales fell": an actor that modifies a thing is not
		// the one that acts
		p.src, p.compound = sc.actingOnly(p.src), sc.actingOnly(p.compound)
		if len(p.tgt) == 0 || p.guessedTgt {
			// a definite event noun says more than word order
			if r := sc.anaphorOf(p); r.kind != refNone && (len(p.tgt) == 0 || r.kind != refThreat) {
				p.anaRef, p.tgt = r, nil
			}
		}
		for _, e := range c.events(a, sc, p, len(out)) {
			// one event per dyad and code in a sentence; told as done
			// by one verb and as stopped, denied or planned by another
			// ("stopped fighting ..., ending a war that killed
			// thousands"), the deed done is kept
			key := e.Source + "|" + e.Target + "|" + e.Code
			if k, ok := seen[key]; ok {
				if words == nil {
					words = iclause.Words(sc.s.Tokens)
				}
				if !p.noun && modality.OfWords(sc.s, words, sc.tokenAt(out[k].VerbSpan.Start)) != entente.Asserted &&
					modality.OfWords(sc.s, words, sc.tokenAt(e.VerbSpan.Start)) == entente.Asserted {
					e.ID = out[k].ID
					out[k] = e
					sc.refs[k] = p.anaRef
				}
				continue
			}
			seen[key] = len(out)
			e.ID = fmt.Sprintf("%s-%d-%d", a.ID, sc.s.Index, len(out))
			out = append(out, e)
			sc.refs = append(sc.refs, p.anaRef)
		}
	}
	return sc.dropUntargeted(out)
}

// pronounObjectTarget returns the target of a participle or conjoined verb
// v whose object is an unresolved pronoun ("cut ties with Morocco, accusing
// it of hostile acts", "expelled the envoy and accused him"): the pronoun
// stands for the target of the verb v hangs on, when that is not the
// source src.
func (sc *sentence) pronounObjectTarget(v int, src []int) []int {
	h := sc.toks[v].Head
	if h < 0 || h == v || !inSet(base(sc.rel(v)), "advcl", "conj") {
		return nil
	}
	for _, o := range sc.childrenWith(v, "obj") {
		if sc.mentAt[o] >= 0 || sc.toks[o].UPOS != "PRON" || !inSet(sc.words[o], "IT", "THEM", "HIM", "HER") {
			continue
		}
		_, ht := sc.roles(h, false)
		if len(ht) > 0 && !sameActors(sc, ht, src) {
			return ht
		}
	}
	return nil
}

// fromTarget returns the actors of a "from" phrase of verb v that are not
// the source src.
func (sc *sentence) fromTarget(v int, src []int) []int {
	for _, c := range sc.childrenWith(v, "obl") {
		if sc.caseOf(c) != "FROM" {
			continue
		}
		if t := sc.actors(c, 0); len(t) > 0 && !sameActors(sc, t, src) {
			return t
		}
	}
	return nil
}

// reactionTarget returns, for a complaint or protest v without a target,
// the doer of the deed it reacts to in a clause of its own ("Japan
// protested after a Chinese vessel entered its waters", "condemned the
// raid, when troops fired on the crowd"): the subject of a clause on v
// introduced by "after", "when", "because" or "as", when not the source.
func (sc *sentence) reactionTarget(v int, src []int) []int {
	reacts := func(w int) bool { return inSet(sc.words[w], "AFTER", "WHEN", "BECAUSE", "AS") }
	for _, c := range sc.childrenWith(v, "advcl", "ccomp", "conj") {
		marks := sc.childrenWith(c, "mark")
		subj := sc.childrenWith(c, "nsubj")
		ok := len(marks) > 0 && reacts(marks[0]) && base(sc.rel(c)) == "advcl"
		for _, sb := range subj {
			// the parser's other shape: "after" hung on the subject
			// as a preposition, the clause as a complement
			if cs := sc.childrenWith(sb, "case"); len(cs) > 0 && reacts(cs[0]) && cs[0] < sb {
				ok = true
			}
		}
		if !ok {
			continue
		}
		var t []int
		for _, sb := range subj {
			t = append(t, sc.actors(sb, 0)...)
		}
		if len(t) > 0 && !sameActors(sc, t, src) {
			return t
		}
	}
	return nil
}

// captiveNouns are what a passive of holding makes someone ("held
// hostage", "taken prisoner").
var captiveNouns = map[string]bool{"HOSTAGE": true, "HOSTAGES": true, "CAPTIVE": true, "CAPTIVES": true,
	"PRISONER": true, "PRISONERS": true}

// participleOfNoun reports whether v is a past participle right after a
// noun and before "of" or "with" ("people accused of running guns", "men
// charged with smuggling"), with no subject of its own: a reduced passive,
// whatever the parse hangs it on.
func (sc *sentence) participleOfNoun(v int) bool {
	return v > 0 && v+1 < len(sc.words) && (sc.toks[v].XPOS == "VBN" || sc.toks[v].XPOS == "" && strings.HasSuffix(sc.words[v], "ED")) &&
		inSet(sc.words[v+1], "OF", "WITH") &&
		inSet(sc.toks[v-1].UPOS, "NOUN", "PROPN") && len(sc.childrenWith(v, "nsubj", "nsubj:pass")) == 0
}

// reducedPassive reports whether verb v is a past participle that
// modifies a noun as a reduced passive (see rolesDepth): no "-ing", no
// subject or marker of its own, hung on a noun before it that is not the
// root, with a noun of captivity for object or predicate ("held hostage",
// "taken prisoner"), or right before "of", "with" or "by" ("accused of",
// "charged with", whatever the parse hangs on it), or else with no object
// and a "by" or "of" phrase, or tagged a past participle after an object
// or an oblique ("deported nationals detained in raids").
func (sc *sentence) reducedPassive(v int) bool {
	if sc.rel(v) != "acl" || sc.toks[v].UPOS != "VERB" || strings.HasSuffix(sc.words[v], "ING") {
		return false
	}
	h := sc.toks[v].Head
	if h < 0 || h >= v || sc.rel(h) == "root" || len(sc.childrenWith(v, "nsubj", "mark")) > 0 {
		return false
	}
	for _, c := range sc.childrenWith(v, "obj", "xcomp") {
		if captiveNouns[sc.words[c]] {
			// "nationals held hostage", "soldiers taken prisoner":
			// what a passive of holding makes the noun, read as an
			// object or a predicate
			return true
		}
	}
	if v+1 < len(sc.words) && inSet(sc.words[v+1], "OF", "WITH", "BY") &&
		(sc.toks[v].XPOS == "VBN" || sc.toks[v].XPOS == "" && strings.HasSuffix(sc.words[v], "ED")) {
		// "gang leaders accused of fuelling violence", "men charged
		// with smuggling", whatever the parse hangs on the participle
		return true
	}
	if len(sc.childrenWith(v, "obj")) > 0 {
		return false
	}
	for _, c := range sc.childrenWith(v, "obl", "obl:agent", "nmod") {
		if inSet(sc.caseOf(c), "BY", "OF") {
			return true
		}
	}
	participle := sc.toks[v].XPOS == "VBN" || sc.toks[v].XPOS == "" && strings.HasSuffix(sc.words[v], "ED")
	if g := sc.toks[h].Head; participle && inSet(base(sc.rel(h)), "obj", "obl", "nmod") && sc.verbRooted(h) &&
		g >= 0 && !reportingVerbs[sc.lemma(g)] && !inSet(sc.caseOf(h), "AFTER", "BEFORE", "SINCE", "UNTIL", "AS", "WHILE", "WHEN", "ONCE") {
		// "deported 30 Chinese nationals detained in raids": a past
		// participle after the object of another verb, or a noun
		// under it, is what was done to that noun (not when no verb
		// heads the sentence, after a verb of saying or after a
		// conjunction read as a preposition: "Thousands of supporters
		// rallied", "said four frigates shelled", "after U.S. forces
		// attacked" are verbs with their subjects misparsed)
		return true
	}
	// "aid workers kidnapped two weeks ago were released": the noun is
	// the subject of a verb after the participle, which is not the
	// sentence's verb then
	// (not when that verb has a subject of its own besides, or reports:
	// "troops clashed with rebels, officials said" is a misparse of a
	// main verb)
	g := sc.toks[h].Head
	return strings.HasPrefix(sc.rel(h), "nsubj") && g > v && sc.toks[g].UPOS == "VERB" &&
		len(sc.childrenWith(g, "nsubj", "nsubj:pass")) == 1 && !reportingVerbs[sc.lemma(g)]
}

// anyOn reports whether one of mentions ms hangs on token v itself.
func (sc *sentence) anyOn(ms []int, v int) bool {
	for _, m := range ms {
		if sc.toks[sc.mentHead[m]].Head == v {
			return true
		}
	}
	return false
}

// oneCode reports whether mentions ms all have the same actor code.
func (sc *sentence) oneCode(ms []int) bool {
	for _, m := range ms {
		if sc.mentions[m].Code != sc.mentions[ms[0]].Code {
			return false
		}
	}
	return true
}

// readsWord reports whether pattern pat names, after its verb, the word
// (form or lemma) of a complement's verb: a literal word equal to it or, for
// a word that may be stemmed, a stem of it of four letters or more; or a
// synonym set with such a one-word phrase ("* &XSANCTION AGAINST +" reads
// "sanctions").
func (sc *sentence) readsWord(pat *verbs.Pattern, form, lemma string) bool {
	if pat == nil {
		return false
	}
	reads := func(w string, exact bool) bool {
		return w == form || w == lemma || !exact && len(w) >= 4 && (strings.HasPrefix(form, w) || strings.HasPrefix(lemma, w))
	}
	for _, e := range pat.Elems[pat.VerbAt+1:] {
		switch e.Kind {
		case verbs.Word:
			if reads(e.Text, e.Exact) {
				return true
			}
		case verbs.Synset:
			for _, ph := range sc.synsets[e.Text] {
				if len(ph.Words) == 1 && reads(ph.Words[0], ph.Exact) {
					return true
				}
			}
		}
	}
	return false
}

// appeal reports whether p, governing complement c, is an appeal (02) or a
// demand (10) made to an addressee who would do the deed: an actor object
// or oblique of its verb ("urged Peru to", "called on Peru to") or the
// complement's own subject ("demanded that Turkey withdraw"). The deed asked
// for is then no event ("said it wanted to deepen ties", with no
// addressee, is the speaker's own intent).
func (sc *sentence) appeal(p *predicate, c int) bool {
	r := cameo.RootOf(p.code.Source)
	if r != "02" && r != "10" || len(p.tgt) == 0 || p.negated || p.noun {
		return false
	}
	for _, o := range sc.childrenWith(p.tok, "obj", "iobj", "obl") {
		if len(sc.actors(o, 0)) > 0 {
			return true
		}
	}
	for _, o := range sc.childrenWith(c, "nsubj") {
		if a := sc.actors(o, 0); len(a) > 0 && !sameActors(sc, a, p.src) {
			return true
		}
	}
	return false
}

// readsComplement reports whether the pattern that coded hp, the predicate
// of verb h, names the verb of its complement p (token i) and codes the
// same kind of event (root): then the complement is not coded again. A
// reporting verb's pattern is left to the rule of reported deeds.
func (sc *sentence) readsComplement(hp, p *predicate, h, i int) bool {
	return hp.byPat && !reportingVerbs[sc.lemma(h)] && cameo.RootOf(hp.code.Source) == cameo.RootOf(p.code.Source) &&
		sc.readsWord(hp.pat, sc.words[i], sc.lemmas[i])
}

// infinitive reports whether verb v has the infinitive marker "to".
func (sc *sentence) infinitive(v int) bool { return sc.hasMark(v, "TO") }

// hasMark reports whether verb v has the marker (upper-case) word w.
func (sc *sentence) hasMark(v int, w string) bool {
	for _, m := range sc.childrenWith(v, "mark") {
		if sc.words[m] == w {
			return true
		}
	}
	return false
}

// dropUntargeted leaves out an event with no target when the sentence has
// the same event of the same source with a target ("arrived in Addis Ababa
// for a state visit": the visit is the one to Ethiopia). sc.refs is kept in
// step with out.
func (sc *sentence) dropUntargeted(out []entente.Event) []entente.Event {
	keep := out[:0]
	refs := sc.refs[:0]
	for k, e := range out {
		if e.Target == "" && len(out) > 1 && (sc.targetedTwin(out, e) || sc.asideOfTargeted(out, e) || attribution(out, e)) ||
			e.Code == "010" && sc.reportedNews(e) || e.Target == "" && inSet(e.Code, "060", "040", "046") {
			// (material cooperation, consultation or negotiation with
			// no partner is no event: the catch-all codes of "help",
			// "lead", "control", "discuss" and the like, which tell none
			// without one)
			continue
		}
		keep = append(keep, e)
		if k < len(sc.refs) {
			refs = append(refs, sc.refs[k])
		}
	}
	sc.refs = refs
	return keep
}

// reportingLemmas are the verbs that pass words on.
var reportingLemmas = map[string]bool{"SAY": true, "TELL": true, "REPORT": true, "ADD": true}

// reportedNews reports whether statement e (010) is a verb that passes
// words on ("said", "told reporters", "reported", "added"): that is the
// attribution of what it reports, coded or not, and no act of its own.
// CAMEO's bare statement is kept for the verbs that qualify what was said
// ("commented", "explained", "described").
func (sc *sentence) reportedNews(e entente.Event) bool {
	v := sc.tokenAt(e.VerbSpan.Start)
	return v >= 0 && reportingLemmas[sc.lemma(v)]
}

// asideOfTargeted reports whether untargeted event e is told by a purpose
// infinitive or a bare participle of statement ("sent medical supplies to
// Papua New Guinea to fight the coronavirus", "banned beef from Uganda,
// citing an outbreak") hung on the verb of an event of events that has a
// target and a source of e's country: the clause gives the act's aim or
// grounds, not an act of its own. A participle of another act ("accusing
// Nairobi of ...") stays, its target unread.
func (sc *sentence) asideOfTargeted(events []entente.Event, e entente.Event) bool {
	v := sc.tokenAt(e.VerbSpan.Start)
	if v < 0 || base(sc.rel(v)) != "advcl" {
		return false
	}
	marks := sc.childrenWith(v, "mark")
	purpose := len(marks) == 1 && sc.words[marks[0]] == "TO"
	bare := len(marks) == 0 && strings.HasSuffix(sc.words[v], "ING") && cameo.RootOf(e.Code) == "01"
	h := sc.toks[v].Head
	if !purpose && !bare || h < 0 || h == v || sc.toks[h].UPOS != "VERB" {
		return false
	}
	at := sc.toks[h].Span.Start
	for _, o := range events {
		if o.Target != "" && o.VerbSpan.Start == at && len(e.Source) >= 3 && country(o.Source) == country(e.Source) {
			return true
		}
	}
	return false
}

// attribution reports whether untargeted event e is a bare statement (010)
// in a sentence that codes another act: the reporting clause that tells
// who told the news ("..., the German embassy said", "Syrian state media
// reported") and says nothing of its own.
func attribution(events []entente.Event, e entente.Event) bool {
	if e.Code != "010" {
		return false
	}
	for _, o := range events {
		if o.Code != "010" {
			return true
		}
	}
	return false
}

// tokenAt returns the index of the token that starts at byte offset off,
// or -1.
func (sc *sentence) tokenAt(off int) int {
	for i := range sc.toks {
		if sc.toks[i].Span.Start == off {
			return i
		}
	}
	return -1
}

// targetedTwin reports whether events hold e's source and code with a
// target.
func (sc *sentence) targetedTwin(events []entente.Event, e entente.Event) bool {
	for _, o := range events {
		if o.Target != "" && o.Source == e.Source && o.Code == e.Code {
			return true
		}
	}
	return false
}

// patternsOf returns the patterns of every block the verbs vs belong to in
// the order they are tried: longest first and, of equal length, those of a
// file read later first (a dictionary's additions refine the one they are
// read after), otherwise in dictionary order. The slice is shared: callers
// must not modify it.
//
// The order depends only on the blocks, in the order vs meets them: it is
// worked out once per such list of blocks and cached, keyed by the first.
func (c *Coder) patternsOf(vs []*verbs.Verb) []*verbs.Pattern { return c.orderOf(vs).sorted }

// orderOf returns the cached order of the patterns of the blocks of vs
// (see patternsOf), with the words each pattern needs (patternKeys).
func (c *Coder) orderOf(vs []*verbs.Verb) *blockOrder {
	var buf [4]*verbs.Block
	blocks := buf[:0]
	for _, v := range vs {
		if !slices.Contains(blocks, v.Block) {
			blocks = append(blocks, v.Block)
		}
	}
	var known []*blockOrder
	if o, ok := c.orders.Load(blocks[0]); ok {
		known = o.([]*blockOrder)
		for _, bo := range known {
			if bo.current(blocks, c.dict.Generation()) {
				return bo
			}
		}
	}
	bo := &blockOrder{blocks: slices.Clone(blocks), sorted: orderPatterns(vs), gen: c.dict.Generation()}
	bo.keys = patternKeys(bo.sorted)
	for _, b := range blocks {
		bo.of = append(bo.of, patternsRef(b.Patterns))
	}
	// copy on write: a concurrent store may lose one of two new entries,
	// which is then only worked out again
	c.orders.Store(blocks[0], append(slices.Clip(known), bo))
	return bo
}

// blockOrder is the order of the patterns of a list of blocks (sorted),
// which patterns each block had when it was made (of), and the dictionary's
// generation then (gen), which its keys depend on.
type blockOrder struct {
	blocks []*verbs.Block
	of     []patternsAt
	sorted []*verbs.Pattern
	keys   []patternKey
	gen    uint64
}

// patternKey holds, for one pattern, two of the words it needs that are
// needed alone (a need set of one word number; -1 for none): a clause
// that lacks one of them cannot match the pattern. Kept apart from the
// patterns, in one array, they let a matcher rule most patterns out
// without reading them.
type patternKey [2]int32

// patternKeys returns the keys of pats.
func patternKeys(pats []*verbs.Pattern) []patternKey {
	keys := make([]patternKey, len(pats))
	for i, p := range pats {
		k := patternKey{-1, -1}
		n := 0
		for _, set := range p.Needs {
			if len(set) == 1 && n < len(k) {
				k[n] = set[0]
				n++
			}
		}
		keys[i] = k
	}
	return keys
}

// patternsAt identifies a block's list of patterns by where it is stored
// and its length. The dictionary only ever appends patterns to a block
// (reading a file that adds some, then sorting them by length), which
// changes the length; so the same storage and length mean the same
// patterns.
type patternsAt struct {
	first *(*verbs.Pattern)
	n     int
}

func patternsRef(ps []*verbs.Pattern) patternsAt {
	if len(ps) == 0 {
		return patternsAt{}
	}
	return patternsAt{first: &ps[0], n: len(ps)}
}

// current reports whether o orders the patterns of blocks as they are now:
// a dictionary file read after the coder was made may add some.
func (o *blockOrder) current(blocks []*verbs.Block, gen uint64) bool {
	if o.gen != gen || !slices.Equal(o.blocks, blocks) {
		return false
	}
	for i, b := range blocks {
		if o.of[i] != patternsRef(b.Patterns) {
			return false
		}
	}
	return true
}

// orderPatterns gathers the patterns of the blocks of vs, each block once,
// and sorts them in the order patternsOf describes.
func orderPatterns(vs []*verbs.Verb) []*verbs.Pattern {
	var pats []*verbs.Pattern
	// a file's rank: the reading order of its first block among vs's
	// (verbs.Block.Seq), then the order in which vs first name it (the
	// verbs of a word come in reading order, but a verb a later file lists
	// by the word's form may come before one an earlier file lists by its
	// lemma: "met" before "meet")
	type rank struct{ seq, first int }
	fileRank := map[string]rank{}
	seenBlock := map[*verbs.Block]bool{}
	for _, v := range vs {
		if !seenBlock[v.Block] {
			seenBlock[v.Block] = true
			pats = append(pats, v.Block.Patterns...)
			for _, pt := range v.Block.Patterns {
				r, ok := fileRank[pt.Ref.File]
				if !ok {
					r = rank{v.Block.Seq, len(fileRank)}
				}
				r.seq = min(r.seq, v.Block.Seq)
				fileRank[pt.Ref.File] = r
			}
		}
	}
	sort.SliceStable(pats, func(x, y int) bool {
		if pats[x].Length != pats[y].Length {
			return pats[x].Length > pats[y].Length
		}
		rx, ry := fileRank[pats[x].Ref.File], fileRank[pats[y].Ref.File]
		if rx.seq != ry.seq {
			return rx.seq > ry.seq
		}
		return rx.first > ry.first
	})
	return pats
}

type pair struct{ src, tgt int }

// events turns a predicate into events: every source with every target
// (a compound actor's members with one another), paired codes both ways.
// ownState reports whether one of two actor codes is the other's state
// (ARM and ARMMIL). Where a sentence's sources and targets are of two
// states ("Azerbaijani and Armenian troops clashed along the border
// between the two countries"), such a pair is no act of the one on its
// own state.
func ownState(x, y string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	return len(x) == 3 && len(y) > 3 && strings.HasPrefix(y, x)
}

// stateRoles are the roles of a state's own organs.
var stateRoles = []string{"GOV", "LEG", "JUD", "MIL", "COP", "SPY"}

// stateOnItself reports whether source, an organ of a state (its
// government, legislature, courts, forces), acts on target, that state
// itself ("the Japanese finance minister said Japan plans to announce" is
// no act of the government on Japan). Others act on their own state
// (rebels fight it, protesters march against its government); an organ
// acts on its people or its other organs, never on the bare state: the
// caller keeps force and coercion (roots 17 to 20), where the bare state
// stands for people the dictionaries did not name ("police arrested
// opposition leader X", "attacked a camp in Darfur").
func stateOnItself(source, target string) bool {
	if len(target) != 3 || len(source) <= 3 || !strings.HasPrefix(source, target) {
		return false
	}
	for _, r := range stateRoles {
		if strings.HasPrefix(source[3:], r) {
			return true
		}
	}
	return false
}

// fightsObject reports whether predicate p is a fight or an attack (roots
// 19 and 20) told by a verb with a direct object other than the fight
// itself: "Chad and Sudan fought rebels" fought the rebels together, not
// one another as "Chad and Sudan fought (a war)" did.
func (sc *sentence) fightsObject(p *predicate) bool {
	if p.noun || !inSet(cameo.RootOf(p.code.Source), "19", "20") {
		return false
	}
	for _, o := range sc.childrenWith(p.tok, "obj") {
		if !sc.ownFight(o) {
			return true
		}
	}
	return false
}

// ownFight reports whether object o of a fight names the fight itself
// ("fought a war"), the fighters' soldiers ("killed thousands of
// soldiers") or something of the joined subjects' own ("delayed their
// meeting"), which leaves them acting on one another.
func (sc *sentence) ownFight(o int) bool {
	if sc.toks[o].UPOS == "NUM" || inSet(sc.words[o], "HUNDREDS", "THOUSANDS", "DOZENS", "SCORES") {
		// "hundreds of soldiers": the noun counted
		for _, c := range sc.childrenWith(o, "nmod") {
			if sc.caseOf(c) == "OF" {
				o = c
				break
			}
		}
	}
	if fightNouns[sc.lemma(o)] || combatantNouns[sc.lemma(o)] {
		return true
	}
	if h := sc.toks[o].Head; h >= 0 && inSet(sc.lemma(h), "TRADE", "EXCHANGE") {
		return true // "traded strikes", "exchanged gunfire": with one another
	}
	for _, c := range sc.childrenWith(o, "nmod:poss", "amod") {
		if sc.words[c] == "THEIR" && sc.rel(c) == "nmod:poss" || inSet(sc.words[c], "OTHER", "ANOTHER") && c > 0 && inSet(sc.words[c-1], "EACH", "ONE") {
			return true // "their own", "each other's", "one another's"
		}
	}
	return false
}

// combatantNouns are objects that name the warring parties' own soldiers
// ("killed several thousand soldiers"), not a third party's fighters
// ("militants", "rebels"), upper-case lemmas.
var combatantNouns = map[string]bool{"SOLDIER": true, "TROOPS": true, "TROOP": true, "SERVICEMAN": true,
	"SERVICEMEN": true, "COMBATANT": true, "PERSONNEL": true}

// fightNouns are objects that name the fight itself ("fought a war",
// "fought two battles"), upper-case lemmas.
var fightNouns = map[string]bool{"WAR": true, "BATTLE": true, "CLASH": true, "SKIRMISH": true, "CONFLICT": true,
	"FIGHT": true, "DUEL": true, "EXCHANGE": true, "FIGHTING": true, "HOSTILITIES": true, "FIRE": true, "GUNFIRE": true,
	"SHELLING": true, "BARRAGE": true, "SALVO": true, "BLOW": true, "SHOT": true, "STRIKE": true}

// passiveForce reports whether predicate p is a passive verb of force
// ("several were shot down by Polish and Dutch aircraft"): its joined
// agents acted together on its subject, not on one another.
func (sc *sentence) passiveForce(p *predicate) bool {
	return !p.noun && inSet(cameo.RootOf(p.code.Source), "18", "19") && len(sc.childrenWith(p.tok, "nsubj:pass", "aux:pass")) > 0
}

func (c *Coder) events(a *entente.Article, sc *sentence, p *predicate, n0 int) []entente.Event {
	var pairs []pair
	switch {
	case len(p.compound) > 1 && !sc.eachOwn(p) || len(p.src) > 1 && len(p.tgt) == 0 && (jointCode(p.code.Source) && !sc.fightsObject(p) && !sc.passiveForce(p) || sc.reciprocal(p.tok) || sc.agreed(p.tok)):
		// (several speakers of one statement each make it, to no one)
		// "Russia and Pakistan conducted joint drills": with one another;
		// a paired code already covers both directions.
		members := p.compound
		if len(members) < 2 {
			members = p.src
		}
		for i, x := range members {
			for j, y := range members {
				if x != y && (i < j || !p.code.Paired()) {
					pairs = append(pairs, pair{x, y})
				}
			}
		}
	default:
		cross := false // a source and a target of two states
		for _, x := range p.src {
			for _, y := range p.tgt {
				cross = cross || country(sc.mentions[x].Code) != country(sc.mentions[y].Code)
			}
		}
		for _, x := range p.src {
			if len(p.tgt) == 0 {
				pairs = append(pairs, pair{x, -1})
			}
			for _, y := range p.tgt {
				if x != y && !(cross && ownState(sc.mentions[x].Code, sc.mentions[y].Code)) {
					pairs = append(pairs, pair{x, y})
				}
			}
		}
	}
	var out []entente.Event
	seen := map[string]bool{}
	add := func(src, tgt int, code string) {
		if src < 0 || code == "" {
			return
		}
		if tgt < 0 && c.opt.RequireTarget {
			return
		}
		e := c.event(a, sc, p, src, tgt, code)
		if e.Source == e.Target || stateOnItself(e.Source, e.Target) && e.Root < "17" {
			return
		}
		key := e.Source + "|" + e.Target + "|" + e.Code
		if seen[key] {
			return
		}
		seen[key] = true
		e.ID = fmt.Sprintf("%s-%d-%d", a.ID, sc.s.Index, n0+len(out))
		out = append(out, e)
	}
	for _, pr := range pairs {
		if p.code.Source != "" {
			add(pr.src, pr.tgt, p.code.Source)
		}
		if p.code.Target != "" && pr.tgt >= 0 {
			add(pr.tgt, pr.src, p.code.Target)
		}
	}
	return out
}

func (c *Coder) event(a *entente.Article, sc *sentence, p *predicate, src, tgt int, code string) entente.Event {
	sm := sc.mentions[src]
	if !c.opt.NotCAMEO && (code == "140" || strings.HasPrefix(code, "141")) && sc.officialActor(src) {
		// CAMEO's demonstrations (140, 141) are collective acts of
		// civilians: a state, government or bloc that "protests"
		// complains officially (114)
		code = "114"
	}
	e := entente.Event{
		ArticleID:    a.ID,
		Sentence:     sc.s.Index,
		SentenceText: sc.s.Text(a.Text),
		Source:       sm.Code,
		Code:         code,
		Root:         cameo.RootOf(code),
		SourceSpan:   sm.Span,
		VerbSpan:     p.span,
		Modality:     entente.Asserted,
		DictVersion:  c.opt.DictVersion,
		Confidence:   0.6,
	}
	e.Matched = append(e.Matched, sm.Entries...)
	if tgt >= 0 {
		tm := sc.mentions[tgt]
		e.Target, e.TargetSpan = tm.Code, tm.Span
		e.Matched = append(e.Matched, tm.Entries...)
	}
	e.Matched = append(e.Matched, p.ref)
	if p.byPat {
		e.Confidence = 0.8
	}
	if p.negated {
		e.Modality = entente.Negated
	}
	c.SetCode(&e, code)
	return e
}

// SetCode gives event e the CAMEO code code, with its root, Goldstein
// score, QuadClass and PLOVER type and mode in the coder's convention:
// for a code changed after coding (an intended meeting, 036).
func (c *Coder) SetCode(e *entente.Event, code string) {
	e.Code, e.Root = code, cameo.RootOf(code)
	if ec, ok := cameo.Lookup(code); ok {
		e.Goldstein = ec.GoldsteinIn(c.opt.Convention)
		e.QuadClass = ec.QuadClassIn(c.opt.Convention)
		e.PloverType, e.PloverMode = ec.PloverType, ec.PloverMode
	}
}

// officialActor reports whether mention mi is a state as a whole (named,
// not its people: "Vietnam", not "Serbs"), its government, armed forces,
// legislature, judiciary or intelligence service, or an international
// organisation: actors that protest by complaining, not by demonstrating.
func (sc *sentence) officialActor(mi int) bool {
	c := sc.mentions[mi].Code
	if strings.HasPrefix(c, "IGO") {
		return true
	}
	if len(c) == 3 {
		h := sc.mentHead[mi]
		return h >= 0 && h < len(sc.toks) && !inSet(sc.toks[h].XPOS, "NNPS", "NNS")
	}
	if len(c) < 6 {
		return false
	}
	return inSet(c[3:6], "GOV", "MIL", "LEG", "JUD", "SPY")
}

// caseActors returns the actors of a phrase of preposition prep (upper
// case) that depends on verb v ("met with the Dutch prime minister",
// "travelled to Egypt"), nil when there is none.
func (sc *sentence) caseActors(v int, prep string) []int {
	for _, c := range sc.children[v] {
		if inSet(base(sc.rel(c)), "obl", "nmod") && sc.caseOf(c) == prep {
			if ms := sc.actors(c, 0); len(ms) > 0 {
				return ms
			}
		}
	}
	return nil
}

// sameCountries reports whether mentions a and b name actors of the same
// countries ("people" placed in Pakistan and Pakistan).
func (sc *sentence) sameCountries(a, b []int) bool {
	for _, x := range a {
		same := false
		for _, y := range b {
			same = same || countryPart(sc.mentions[x].Code) == countryPart(sc.mentions[y].Code)
		}
		if !same {
			return false
		}
	}
	return true
}

// objectActors returns the actors of verb v's object, direct or indirect
// ("asked Saudi Arabia to ...", parsed as an indirect object), nil when it
// has none.
func (sc *sentence) objectActors(v int) []int {
	for _, c := range sc.children[v] {
		if r := sc.rel(c); r == "obj" || r == "iobj" {
			if ms := sc.actors(c, 0); len(ms) > 0 {
				return ms
			}
		}
	}
	return nil
}

// headedObject reports whether the actors ms are verb v's object itself
// ("condemned Israel"), not a modifier of it ("blocked an EU aid
// package").
func (sc *sentence) headedObject(v int, ms []int) bool {
	for _, m := range ms {
		if h := sc.mentHead[m]; sc.toks[h].Head != v {
			return false
		}
	}
	return true
}

// targetAfter reports whether pattern p binds its target ('+') right after
// the word w ("* WITH IN +", "* FOR +").
func targetAfter(p *verbs.Pattern, w string) bool {
	if p == nil {
		return false
	}
	for i := 1; i < len(p.Elems); i++ {
		if p.Elems[i].Kind == verbs.Target {
			prev := p.Elems[i-1]
			return prev.Kind == verbs.Word && prev.Text == w
		}
	}
	return false
}

// approvalVerbs approve a measure or a deed (upper-case lemmas); "sign"
// counts only as "sign off on", coded as the approval (080) it is.
var approvalVerbs = map[string]bool{"APPROVE": true, "AUTHORIZE": true, "AUTHORISE": true, "ENDORSE": true,
	"SIGN": true, "GREENLIGHT": true, "CLEAR": true}

// approvedDeed returns the approval that governs the deed of predicate i
// when its doer approves it, or -1 for a vote that governs it ("voted to
// supply Ukraine with armoured vehicles", a vote coded with nothing). The
// approval is coded with the ALLOW block's default (080), or with the
// deed's intent by a pattern that read it ("* TALKS [036]"); it is not
// negated, and takes the deed as its object or complement ("approved the
// resumption of talks", "approved restarting talks", "signed off on
// restarting talks"). The deed is cooperation (roots 04 to 08) with an
// intent of its own, not negated and of no other doer ("approved the
// IAEA's visit" is a concession to the agency). A vote to ratify, or to
// approve an agreement (root 05), is the approval done, not an intent:
// approvedDeed reports no approval for it.
func (sc *sentence) approvedDeed(i int, preds map[int]*predicate) (int, bool) {
	p := preds[i]
	r := cameo.RootOf(p.code.Source)
	if r < "04" || r > "08" || cameo.Intent(p.code.Source) == p.code.Source {
		return 0, false
	}
	h := sc.toks[i].Head
	if h < 0 || h == i || p.negated || sc.ownDoer(i) {
		return 0, false
	}
	if _, ok := preds[h]; !ok && p.noun && aspectWords[sc.lemma(h)] && (base(sc.rel(i)) == "obj" && sc.toks[h].UPOS == "VERB" ||
		base(sc.rel(i)) == "nmod" && sc.caseOf(i) == "OF" && sc.toks[h].UPOS == "NOUN") {
		// "approved resuming talks", "approved the resumption of
		// talks": the event noun is the object of a verb or noun of
		// starting or going on with it, which the approval governs
		i, h = h, sc.toks[h].Head
		if h < 0 || h == i {
			return 0, false
		}
	}
	if _, ok := preds[h]; !ok && sc.lemma(h) == "VOTE" && inSet(base(sc.rel(i)), "xcomp", "advcl") && sc.infinitive(i) && !sc.negated(h) {
		if sc.lemma(i) == "RATIFY" || approvalVerbs[sc.lemma(i)] && cameo.RootOf(p.code.Source) == "05" {
			// "voted to ratify an agreement with Russia", "voted to
			// approve a defence pact": the vote is the approval of an
			// agreement, done (057), not an intent ("voted to approve
			// sending aid" stays the intent to give it)
			return 0, false
		}
		return -1, true
	}
	hp, ok := preds[h]
	if !ok || hp.negated || hp.code.Source != "080" && hp.code.Source != cameo.Intent(p.code.Source) || !approvalVerbs[sc.lemma(h)] {
		return 0, false
	}
	switch base(sc.rel(i)) {
	case "obj", "xcomp":
	case "advcl", "obl":
		// "signed off on sending troops"; "approved on Tuesday sending
		// troops", a gerund the parse hung as a clause of its own (not
		// one after a comma, which tells what followed)
		gerund := sc.toks[i].XPOS == "VBG" && len(sc.childrenWith(i, "mark")) == 0 && i > 0 && sc.words[i-1] != ","
		if !sc.hasMark(i, "ON") && sc.caseOf(i) != "ON" && !gerund {
			return 0, false
		}
	default:
		return 0, false
	}
	return h, true
}

// aspectWords start, resume or go on with a deed (upper-case lemmas of
// verbs and nouns): "approved resuming talks", "the resumption of talks".
var aspectWords = map[string]bool{"RESUME": true, "RESUMPTION": true, "RESTART": true, "START": true,
	"BEGIN": true, "LAUNCH": true, "OPEN": true, "OPENING": true, "CONTINUE": true, "CONTINUATION": true,
	"EXPAND": true, "EXPANSION": true, "RENEW": true, "RENEWAL": true, "HOLD": true, "HOLDING": true}

// statementNouns are upper-case lemmas of nouns of texts a party issues,
// which do what their participle says ("a statement deploring").
var statementNouns = map[string]bool{"STATEMENT": true, "COMMUNIQUE": true, "DECLARATION": true, "LETTER": true,
	"RESOLUTION": true, "NOTE": true, "MESSAGE": true}

// issuerOf returns the actors who issue statement noun n, the subjects of
// the verb of issuing whose object it is (textIssuers): in "EC ministers
// issued a statement deploring Japan's trade surplus", the ministers
// deplore it ("vetoed a resolution condemning Syria" condemns no one).
func (sc *sentence) issuerOf(n int) []int {
	if !statementNouns[sc.lemma(n)] || base(sc.rel(n)) != "obj" || sc.toks[n].Head < 0 || !textIssuers[sc.lemma(sc.toks[n].Head)] {
		return nil
	}
	var src []int
	for _, c := range sc.childrenWith(sc.toks[n].Head, "nsubj") {
		if sc.rel(c) == "nsubj" {
			src = append(src, sc.actors(c, 0)...)
		}
	}
	return src
}

// textIssuers are the upper-case lemmas of verbs that issue, send or adopt
// a text.
var textIssuers = map[string]bool{"ISSUE": true, "RELEASE": true, "PUBLISH": true, "ADOPT": true,
	"SEND": true, "DELIVER": true, "PASS": true}

// issuesStatement reports whether verb v issues, releases or publishes a
// text of statementNouns.
func (sc *sentence) issuesStatement(v int) bool {
	if !inSet(sc.lemma(v), "ISSUE", "RELEASE", "PUBLISH") {
		return false
	}
	for _, o := range sc.childrenWith(v, "obj") {
		if statementNouns[sc.lemma(o)] {
			return true
		}
	}
	return false
}

// decreeNouns are the acts of a government that order a deed (upper-case
// lemmas).
var decreeNouns = map[string]bool{"DECREE": true, "DECISION": true, "ORDER": true, "LAW": true, "BILL": true,
	"RESOLUTION": true, "ORDINANCE": true}

// decreedDeed returns the signing that governs the deed of predicate i when
// the deed is what a decree signed orders: i modifies a noun of
// decreeNouns ("a decision freeing 2,000 inmates", "a decree banning
// imports") that is the object of a verb that signed or issued it, told as
// done (a past or present form, not negated).
func (sc *sentence) decreedDeed(i int, preds map[int]*predicate) (int, bool) {
	n := sc.toks[i].Head
	if n < 0 || n == i || base(sc.rel(i)) != "acl" || !decreeNouns[sc.lemma(n)] || base(sc.rel(n)) != "obj" {
		return 0, false
	}
	h := sc.toks[n].Head
	if h < 0 || h == n || !inSet(sc.words[h], "SIGNED", "ISSUED", "SIGNS", "ISSUES") || sc.negated(h) {
		// (a signing done: not "will sign", "plans to sign", "did not
		// sign")
		return 0, false
	}
	if hp, ok := preds[h]; !ok || hp.negated || preds[i].negated {
		return 0, false
	}
	return h, true
}

// decreed reports whether predicate i is the deed of a decree signed
// (decreedDeed): done, not intended as a "decision" would make it.
func (sc *sentence) decreed(i int, preds map[int]*predicate) bool {
	_, ok := sc.decreedDeed(i, preds)
	return ok
}

// verbRooted reports whether token t hangs, through its heads, on a verb
// that heads the sentence.
func (sc *sentence) verbRooted(t int) bool {
	for k := 0; k < len(sc.toks) && t >= 0; k++ {
		h := sc.toks[t].Head
		if h < 0 || h == t {
			return sc.toks[t].UPOS == "VERB"
		}
		t = h
	}
	return false
}

// holdVerbs hold people captive (upper-case lemmas).
var holdVerbs = map[string]bool{"DETAIN": true, "HOLD": true, "ARREST": true, "CAPTURE": true, "KIDNAP": true,
	"ABDUCT": true, "SEIZE": true, "JAIL": true, "IMPRISON": true}

// holderOf returns the actors that held the subject of passive verb v
// ("traders detained by South Sudanese soldiers were released", "a
// national held in Iran was freed"): the agent, or a place "in" which it
// was held, of a participle of holdVerbs that modifies the subject, or is
// the subject when the parse took the participle for it.
func (sc *sentence) holderOf(v int) []int {
	for _, n := range sc.childrenWith(v, "nsubj:pass") {
		parts := sc.childrenWith(n, "acl")
		if sc.toks[n].UPOS == "VERB" {
			parts = append(parts[:len(parts):len(parts)], n)
		}
		for _, a := range parts {
			if !holdVerbs[sc.lemma(a)] {
				continue
			}
			for _, o := range sc.childrenWith(a, "obl:agent", "obl") {
				if c := sc.caseOf(o); c == "BY" || c == "IN" && sc.rel(o) == "obl" {
					if as := sc.actors(o, 0); len(as) > 0 {
						return as
					}
				}
			}
		}
	}
	return nil
}

// deedNouns are nouns of deeds that a judgment may name with their doer
// (upper-case lemmas).
var deedNouns = map[string]bool{"ATTACK": true, "STRIKE": true, "AIRSTRIKE": true, "RAID": true, "BOMBING": true,
	"SHELLING": true, "KILLING": true, "ASSAULT": true, "OFFENSIVE": true, "INVASION": true, "INCURSION": true,
	"EXECUTION": true, "ARREST": true, "DETENTION": true, "SEIZURE": true, "BOMBARDMENT": true, "MASSACRE": true}

// judgedDoer returns the doer a judgment's object names of the deed it
// judges: a "by" phrase of the deed noun ("the strike by Yemen's rebels")
// or, but for patientNouns, an actor that modifies it before it ("the
// Houthi drone attack", "Iran's missile strike"); nil when the object is no
// deed noun of deedNouns or names no doer.
func (sc *sentence) judgedDoer(v int) []int {
	o := sc.objectNoun(v)
	if o < 0 {
		// "condemned on Monday the Houthi attack": the object the
		// parse hung as an oblique without a preposition
		for _, c := range sc.childrenWith(v, "obl") {
			if sc.caseOf(c) == "" && deedNouns[sc.lemma(c)] {
				o = c
				break
			}
		}
	}
	if o < 0 || !deedNouns[sc.lemma(o)] {
		return nil
	}
	for _, c := range sc.childrenWith(o, "nmod", "acl") {
		if sc.caseOf(c) == "BY" {
			if as := sc.actors(c, 0); len(as) > 0 {
				return as
			}
		}
	}
	if patientNouns[sc.lemma(o)] {
		// "the activist's arrest", "the Iranian dissident's
		// execution": whom the deed befell
		return nil
	}
	for _, c := range sc.childrenWith(o, "nmod:poss", "amod", "compound") {
		if c < o && sc.toks[c].UPOS != "PRON" {
			if as := sc.actors(c, 0); len(as) > 0 {
				return as
			}
		}
	}
	return nil
}

// patientNouns are deed nouns whose possessor or adjective names whom the
// deed befell, not its doer (upper-case lemmas).
var patientNouns = map[string]bool{"ARREST": true, "DETENTION": true, "EXECUTION": true, "KILLING": true,
	"SEIZURE": true, "MASSACRE": true}

// namingVerbs name or describe a thing (upper-case lemmas).
var namingVerbs = map[string]bool{"CALL": true, "DESCRIBE": true, "TERM": true, "DUB": true, "LABEL": true,
	"BRAND": true, "CHARACTERISE": true, "CHARACTERIZE": true}

// namesWhat reports whether verb v is a naming verb of a "what" clause
// ("what it called provocations", "what officials described as a camp"):
// "what" is the noun the clause hangs on, or comes right before the
// clause's subject.
func (sc *sentence) namesWhat(v int) bool {
	if !namingVerbs[sc.lemma(v)] || v+1 < len(sc.words) && inSet(sc.words[v+1], "ON", "FOR", "UPON") {
		// ("what the United States had called on it to do": an appeal)
		return false
	}
	if h := sc.toks[v].Head; h >= 0 && sc.words[h] == "WHAT" {
		return true
	}
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		if sc.words[k] == "WHAT" {
			return true
		}
		if sc.toks[k].UPOS == "VERB" || sc.toks[k].UPOS == "PUNCT" {
			break
		}
	}
	return false
}

// namesAs reports whether verb v is a naming verb with an object and a
// name for it: a predicative complement ("called the exercise a
// provocation"), a second object ("calling them a violation"), an
// apposition to the object or a quotation right after it ("called the
// sanctions \"counterproductive\"").
func (sc *sentence) namesAs(v int) bool {
	if !namingVerbs[sc.lemma(v)] {
		return false
	}
	if len(sc.childrenWith(v, "obj", "iobj")) > 1 {
		// two objects, the second the name ("calling them a clear
		// violation", "called Moscow a threat")
		return true
	}
	for _, o := range sc.childrenWith(v, "obj") {
		if len(sc.childrenWith(v, "xcomp")) > 0 || len(sc.childrenWith(o, "appos")) > 0 {
			return true
		}
		if o+1 < len(sc.toks) && isQuote(sc.toks[o+1].Form) {
			return true
		}
	}
	return false
}

// isQuote reports whether form is a quotation mark.
func isQuote(form string) bool {
	switch form {
	case "\"", "\u201c", "\u201d", "''", "``":
		return true
	}
	return false
}

// presenceRef names the rule of presences as the entry that coded their
// events.
var presenceRef = entente.EntryRef{File: "entente.coder", Line: 0, Text: "official BE IN state [042:043]"}

// presences finds the visits a sentence tells by presence: a state or its
// capital after "in" as the predicate of "be" ("Yeutter is in New Zealand
// for talks", "two World Bank teams are in the Philippines", "Funaro, who
// is in Rome today"), whose subject is an official, a government or an
// international body of another state, not its forces: the subject visits
// (042), the state hosts (043).
func (sc *sentence) presences() []*predicate {
	var out []*predicate
	for t := range sc.toks {
		mi := sc.mentAt[t]
		if mi < 0 || sc.mentHead[mi] != t || sc.toks[t].UPOS != "PROPN" || sc.caseOf(t) != "IN" {
			continue
		}
		host := sc.mentions[mi].Code
		if len(host) < 3 || !isStateCode(host) {
			continue
		}
		cop := -1
		for _, c := range sc.childrenWith(t, "cop") {
			if inSet(sc.words[c], "IS", "ARE", "WAS", "WERE", "'S", "BE") {
				cop = c
			}
		}
		if cop < 0 {
			continue
		}
		var src []int
		for _, c := range sc.childrenWith(t, "nsubj") {
			src = append(src, sc.actors(c, 0)...)
		}
		if len(src) == 0 && base(sc.rel(t)) == "acl" {
			src = sc.relativeAntecedent(t)
		}
		var visitors []int
		for _, x := range src {
			c := sc.mentions[x].Code
			if country(c) != country(host) && (strings.HasPrefix(c, "IGO") || len(c) > 3 && (strings.HasPrefix(c[3:], "GOV") || inSet(c[3:], "ELI", "LEG"))) &&
				!sc.resident(sc.mentions[x]) {
				visitors = append(visitors, x)
			}
		}
		if len(visitors) == 0 || !sc.stay(t) {
			continue
		}
		out = append(out, &predicate{tok: t, span: sc.toks[cop].Span, code: verbs.Code{Source: "042", Target: "043"},
			ref: presenceRef, src: visitors, tgt: []int{mi}, ownSubject: true})
	}
	return out
}

// residentWords mark a subject that lives or sits where it is ("the Chinese
// embassy is in Washington", "the Iranian ambassador is in London", "the
// deposed president is in Egypt"), upper-case words.
var residentWords = map[string]bool{"EMBASSY": true, "EMBASSIES": true, "CONSULATE": true, "HEADQUARTERS": true,
	"AMBASSADOR": true, "AMBASSADORS": true, "OFFICE": true, "OFFICES": true, "SEAT": true,
	"DEPOSED": true, "FORMER": true, "EXILED": true, "OUSTED": true, "TOPPLED": true, "EX": true}

// resident reports whether mention m, or the words of the noun phrase it
// heads, name a subject that lives or sits where it is (residentWords).
func (sc *sentence) resident(m entente.Mention) bool {
	lo, hi := m.Tokens[0], m.Tokens[1]
	h := sc.toks[hi-1].Head
	for k := lo; k < hi; k++ {
		if residentWords[sc.words[k]] {
			return true
		}
	}
	// the noun the mention modifies ("the Chinese embassy": "embassy"
	// may lie outside the mention)
	return h >= hi && h < len(sc.toks) && residentWords[sc.words[h]]
}

// stay reports whether the presence at place token t is told as a stay: a
// purpose ("for talks", "to assess"), a time ("today", "on Monday", "last
// week") or "on a visit".
func (sc *sentence) stay(t int) bool {
	for _, c := range sc.childrenWith(t, "obl", "nmod", "obl:tmod", "obl:unmarked", "advmod", "advcl", "acl", "xcomp") {
		switch {
		case inSet(sc.caseOf(c), "FOR", "ON", "SINCE", "UNTIL", "THROUGH"):
			return true
		case inSet(sc.words[c], "TODAY", "TONIGHT", "NOW", "YESTERDAY", "WEEK", "MONTH", "WEEKEND") || calendar.IsName(sc.toks[c].Form):
			return true
		case len(sc.childrenWith(c, "mark")) > 0 && sc.toks[c].UPOS == "VERB":
			for _, mk := range sc.childrenWith(c, "mark") {
				if sc.words[mk] == "TO" {
					return true
				}
			}
		}
	}
	return false
}

// isStateCode reports whether c is the code of a state or of its government
// ("NZL", "ITAGOV"): three letters that are no bloc's prefix, and nothing
// but "GOV" after them.
func isStateCode(c string) bool {
	if strings.HasPrefix(c, "IGO") || strings.HasPrefix(c, "NGO") || strings.HasPrefix(c, "MNC") {
		return false
	}
	return len(c) == 3 || c[3:] == "GOV"
}

// allOutside reports whether every mention of ms lies outside the words of
// token v (its subtree) and past another verb that is not among them: the
// words of another clause, not a word the parse took away from v ("the
// delegation visiting Japan met", "Japan" parsed as the subject of "met").
func (sc *sentence) allOutside(ms []int, v int) bool {
	for _, mi := range ms {
		t := sc.mentHead[mi]
		if t < 0 || sc.within(t, v) {
			return false
		}
		other := false
		for k := min(t, v) + 1; k < max(t, v); k++ {
			if sc.toks[k].UPOS == "VERB" && !sc.within(k, v) {
				other = true
			}
		}
		if !other {
			return false
		}
	}
	return true
}

// namer reports whether token t is the subject of a verb that names or
// describes something, or of a verb of saying, in a clause under another
// verb ("what New Delhi called a camp", "a site India said was a camp").
func (sc *sentence) namer(t int) bool {
	if !strings.HasPrefix(sc.rel(t), "nsubj") {
		return false
	}
	h := sc.toks[t].Head
	return h >= 0 && h != t && (namingVerbs[sc.lemma(h)] || reportingVerbs[sc.lemma(h)]) && sc.rel(h) != "root"
}
