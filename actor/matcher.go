package actor

import (
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"entente"
	"entente/cameo"
	"entente/text"
)

// Options control how dictionaries are loaded and matched.
type Options struct {
	// Strict makes Load fail on the first malformed line instead of
	// reporting it and going on.
	Strict bool
	// NoValidate turns off the check that every code is made of known CAMEO
	// parts: TABARI's and PETRARCH's demo dictionaries use fictional actors
	// and WEIS-era codes.
	NoValidate bool
	// Connectors is the default connector semantics of the files (each File
	// may override it); ConnectDefault means ConnectTABARI.
	Connectors Connectors
	// MaxGap is how many words may come between two words of a phrase joined
	// by a space under TABARI or PETRARCH semantics; 0 means 3.
	MaxGap int
	// MinStem is the shortest last word of a phrase that matches as a stem
	// (a prefix of the text's word) under TABARI semantics; shorter ones
	// match only whole. 0 means 3, as TABARI does; entente's own
	// dictionaries use 4, so that an acronym ("PLA") does not match every
	// word it begins ("Place", "Plate", "Planning").
	MinStem int
	// IgnoreCase matches actor phrases whatever the case of the text. By
	// default an actor match must start with a capitalised word (or "the"
	// and a capitalised word), and a one-word match of three letters or
	// fewer ("US", "UN", "IS") must be written in capitals, so that "us"
	// and "is" are not actors.
	IgnoreCase bool
	// ConvertAgents makes an agent with no actor to attach to and no
	// antecedent a mention of its own, coded by the agent alone ("troops"
	// -> MIL), as TABARI's CONVERT AGENTS option does.
	ConvertAgents bool
	// UnknownActor, when set, is the code given to the missing actor of an
	// agent with no actor to attach to and no antecedent, as PETRARCH
	// writes "---" for it: "students" -> ---EDU. It implies ConvertAgents.
	UnknownActor string
	// Report receives each malformed line that is skipped (an
	// *entente.Error naming the file and line). When nil, the problems are
	// kept and returned by Matcher.Warnings.
	Report func(error)
}

// A Matcher recognises the actors of its dictionaries in sentences. It is
// safe for concurrent use once loaded.
type Matcher struct {
	opts        Options
	actors      []*actorRec
	agents      []*agentRec
	discards    []*discardRec
	actorTrie   *trie
	agentTrie   *trie
	discardTrie *trie
	// roots holds, for every word that starts a phrase of one of the
	// tries, the index into that trie's sets of its edges from the root
	// (0 for none), in the order rootActor, rootAgent, rootDiscard, so
	// that a word of a text is looked up once for the three; rootBits is
	// a Bloom filter of its keys (rootBit)
	roots    map[string][3]int32
	rootBits []uint64
	warnings []error
	// surnames indexes the persons by surname, built when first needed
	// (see inOffice)
	surnameOnce sync.Once
	surnames    map[string][]surnameEntry
	// surnameBits is a one-hash Bloom filter of the keys of surnames
	// (rootBit), which tells most capitalised words that they are no
	// one's surname without probing the map
	surnameBits []uint64
	// places, when set, names the country (a CAMEO code) of a place name
	// of one country, "" otherwise (see WithPlaces)
	places func(name string) string
}

// WithPlaces returns a matcher with m's dictionaries that also places bare
// agents of violence, protest or crime ("bandits", "protesters") in the
// country of a town or region their sentence happens in ("in Gondar",
// "near Djibo"), as it does for a country named there: places returns the
// CAMEO country code of a place name that only one country has, "" for
// any other name. m is not changed.
func (m *Matcher) WithPlaces(places func(name string) string) *Matcher {
	return &Matcher{opts: m.opts, actors: m.actors, agents: m.agents, discards: m.discards,
		actorTrie: m.actorTrie, agentTrie: m.agentTrie, discardTrie: m.discardTrie,
		roots: m.roots, rootBits: m.rootBits, warnings: m.warnings, places: places}
}

// Load reads the given dictionaries, in order: a phrase defined again by a
// later file overrides the earlier entry. Malformed lines are reported and
// skipped, unless opts.Strict is set: then the first one is returned as the
// error.
func Load(opts Options, files ...File) (*Matcher, error) {
	if opts.MaxGap <= 0 {
		opts.MaxGap = 3
	}
	if opts.Connectors == ConnectDefault {
		opts.Connectors = ConnectTABARI
	}
	m := &Matcher{opts: opts, actorTrie: newTrie(), agentTrie: newTrie(), discardTrie: newTrie()}
	var first error
	report := func(err error) {
		if first == nil {
			first = err
		}
		if opts.Report != nil {
			opts.Report(err)
		} else {
			m.warnings = append(m.warnings, err)
		}
	}
	for fi, f := range files {
		conn := f.Connectors
		if conn == ConnectDefault {
			conn = opts.Connectors
		}
		p := parseFile(f, conn, opts.MinStem, !opts.NoValidate, report)
		if opts.Strict && first != nil {
			return nil, fmt.Errorf("load dictionaries: %w", first)
		}
		for _, r := range p.actors {
			idx := int32(len(m.actors))
			m.actors = append(m.actors, r)
			for pi, ph := range r.phrases {
				m.actorTrie.insert(ph.words, payload{rec: idx, phrase: int32(pi), line: int32(ph.line), file: int16(fi), plural: ph.plural})
			}
		}
		for _, r := range p.agents {
			idx := int32(len(m.agents))
			m.agents = append(m.agents, r)
			m.agentTrie.insert(r.phr.words, payload{rec: idx, line: int32(r.phr.line), file: int16(fi), plural: r.phr.plural})
		}
		for _, r := range p.discards {
			idx := int32(len(m.discards))
			m.discards = append(m.discards, r)
			m.discardTrie.insert(r.phr.words, payload{rec: idx, line: int32(r.phr.line), file: int16(fi)})
		}
	}
	m.indexRoots()
	return m, nil
}

// The tries in the order of the sets of Matcher.roots.
const (
	rootActor = iota
	rootAgent
	rootDiscard
)

// indexRoots builds m.roots and m.rootBits from the loaded tries.
func (m *Matcher) indexRoots() {
	m.roots = make(map[string][3]int32, len(m.actorTrie.root)+len(m.agentTrie.root)+len(m.discardTrie.root))
	m.rootBits = make([]uint64, 1<<rootBitsLog/64)
	for ti, t := range [...]*trie{rootActor: m.actorTrie, rootAgent: m.agentTrie, rootDiscard: m.discardTrie} {
		for k, si := range t.root {
			r := m.roots[k]
			r[ti] = si
			m.roots[k] = r
			b := rootBit(k)
			m.rootBits[b>>6] |= 1 << (b & 63)
		}
	}
}

// rootsOf appends to dst the roots entry (the three tries' root edges) of
// each key, zero for a word that starts no phrase.
func (m *Matcher) rootsOf(dst [][3]int32, keys []string) [][3]int32 {
	for _, k := range keys {
		var r [3]int32
		if b := rootBit(k); m.rootBits[b>>6]&(1<<(b&63)) != 0 {
			r = m.roots[k]
		}
		dst = append(dst, r)
	}
	return dst
}

// Warnings returns the malformed lines that were skipped while loading
// (when Options.Report was nil).
func (m *Matcher) Warnings() []error { return m.warnings }

// Stats counts what a Matcher holds.
type Stats struct {
	Actors, ActorPhrases, Agents, Discards, TrieNodes int
}

// Stats reports the size of the loaded dictionaries.
func (m *Matcher) Stats() Stats {
	s := Stats{Actors: len(m.actors), Agents: len(m.agents), Discards: len(m.discards)}
	for _, r := range m.actors {
		s.ActorPhrases += len(r.phrases)
	}
	s.TrieNodes = len(m.actorTrie.nodes) + len(m.agentTrie.nodes) + len(m.discardTrie.nodes)
	return s
}

// CodeUse is one code written in a dictionary, with where it was written.
type CodeUse struct {
	Code  string
	Entry entente.EntryRef
	Agent bool // an agent code (written with ~)
}

// Codes returns every actor and agent code of the loaded dictionaries, for
// checks such as "every code is valid CAMEO".
func (m *Matcher) Codes() []CodeUse {
	var out []CodeUse
	for _, r := range m.actors {
		for _, c := range r.codes {
			if IsSpecial(c.code) {
				continue
			}
			for part := range strings.SplitSeq(c.code, "/") {
				if part != nullCode {
					out = append(out, CodeUse{Code: part, Entry: entente.EntryRef{File: r.file, Line: r.phrases[0].line, Text: r.phrases[0].text}})
				}
			}
		}
	}
	for _, r := range m.agents {
		if r.code != "" {
			out = append(out, CodeUse{Code: r.code, Agent: true, Entry: entente.EntryRef{File: r.file, Line: r.phr.line, Text: r.phr.text}})
		}
	}
	return out
}

// Agent is an agents-dictionary entry: a common noun that combines with an
// actor ("minister" [~GOV], "human rights activists" [NGM~]).
type Agent struct {
	// Code is the agent code without its "~".
	Code string
	// Before reports a code written "CODE~": it goes before the actor's
	// code (NGM + PAK = NGMPAK) instead of after it (PAK + GOV = PAKGOV).
	Before bool
	Entry  entente.EntryRef
}

// LookupAgent finds the agent a phrase of text is ("foreign minister",
// "troops"): the whole phrase must match one entry.
func (m *Matcher) LookupAgent(phrase string) (Agent, bool) {
	toks := text.Tokenize(phrase, 0)
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = keyOf(t.Form)
	}
	var found *payload
	m.agentTrie.walk(keys, 0, m.opts.MaxGap, func(end int, node int32, plural bool) {
		p := &m.agentTrie.hits[m.agentTrie.nodes[node].hit-1]
		if end == len(keys) && (!plural || p.plural) {
			found = p
		}
	})
	if found == nil {
		return Agent{}, false
	}
	r := m.agents[found.rec]
	return Agent{Code: r.code, Before: r.before, Entry: entente.EntryRef{File: r.file, Line: r.phr.line, Text: r.phr.text}}, true
}

// CombineAgent returns the code of an actor qualified by an agent, as TABARI
// does: the agent's three-letter parts are added after the actor's code (or
// before it for a "CODE~" agent), except those the actor's code already has
// on a three-letter boundary. PAK + GOV = PAKGOV; AFGREB + REB = AFGREB.
//
// Two refinements follow CAMEO's use of roles: the leaders and officials
// of a body that is not a state are that body, so GOV is not added to an
// organisation, a company or an armed group (the chief executive of RUSBUS
// is RUSBUS, a spokesman of AFGREB is AFGREB); and an armed group's
// fighters are the group, so no second armed role is added to an armed
// group (PAKREB + fighters [~UAF] = PAKREB; IMG... likewise), and a
// government's fighters are its armed forces (AFGGOV + fighters = AFGMIL).
//
// A coded compound ("GME/GMW") is combined part by part: GME/GMW + MIL =
// GMEMIL/GMWMIL.
func CombineAgent(actorCode string, a Agent) string {
	if a.Code == "" {
		return actorCode
	}
	if strings.IndexByte(actorCode, '/') >= 0 {
		return eachCode(actorCode, func(c string) string { return CombineAgent(c, a) })
	}
	var add strings.Builder
	for i := 0; i+3 <= len(a.Code); i += 3 {
		part := a.Code[i : i+3]
		switch {
		case hasPart(actorCode, part):
		case part == "GOV" && a.Code == "GOV" && nonStateBody(actorCode):
		case armedRoles[part] && (strings.HasPrefix(actorCode, "IMG") || hasAnyPart(actorCode, armedRoles)):
		case armedRoles[part] && a.Code == part && hasPart(actorCode, "GOV"):
			// A government's fighters are its armed forces.
			return replacePart(actorCode, "GOV", "MIL")
		default:
			add.WriteString(part)
		}
	}
	if a.Before {
		return add.String() + actorCode
	}
	return actorCode + add.String()
}

// armedRoles are the roles of armed non-state groups.
var armedRoles = map[string]bool{"REB": true, "INS": true, "UAF": true, "SEP": true}

// nonStateRoles are the roles that make an actor a body other than a
// state's government: companies, armed groups, the opposition.
var nonStateRoles = map[string]bool{"BUS": true, "REB": true, "INS": true, "UAF": true, "SEP": true, "OPP": true}

// nonStateBody reports whether a code names an organisation, a company or
// an armed group rather than a state: it starts with IGO, NGO, NGM, MNC or
// IMG, or has a company, armed-group or opposition role.
func nonStateBody(code string) bool {
	if len(code) >= 3 {
		switch code[:3] {
		case "IGO", "NGO", "NGM", "MNC", "IMG":
			return true
		}
	}
	return hasAnyPart(code, nonStateRoles)
}

// replacePart replaces the part old of code, on a three-letter boundary,
// by new.
func replacePart(code, old, new string) string {
	for i := 0; i+3 <= len(code); i += 3 {
		if code[i:i+3] == old {
			return code[:i] + new + code[i+3:]
		}
	}
	return code
}

// hasAnyPart reports whether code has one of parts on a three-letter
// boundary.
func hasAnyPart(code string, parts map[string]bool) bool {
	for i := 0; i+3 <= len(code); i += 3 {
		if parts[code[i:i+3]] {
			return true
		}
	}
	return false
}

// eachCode applies fn to every part of a coded compound ("A/B") and joins
// the results; a plain code is one part.
func eachCode(code string, fn func(string) string) string {
	if strings.IndexByte(code, '/') < 0 {
		return fn(code)
	}
	parts := strings.Split(code, "/")
	for i, p := range parts {
		if p != nullCode {
			parts[i] = fn(p)
		}
	}
	return strings.Join(parts, "/")
}

func hasPart(code, part string) bool {
	for i := 0; i+3 <= len(code); i += 3 {
		if code[i:i+3] == part {
			return true
		}
	}
	return false
}

// dateKey is the story date as yyyymmdd; an unknown date means today.
func dateKey(t time.Time) int {
	if t.IsZero() {
		t = time.Now()
	}
	return t.Year()*10000 + int(t.Month())*100 + t.Day()
}

// codeAt resolves an actor's code on a date: the first date restriction
// that holds, else the default code, else no code ("" for the null code).
func (r *actorRec) codeAt(d int) string {
	for _, c := range r.codes {
		if c.dated && (c.from == 0 || d >= c.from) && (c.to == 0 || d <= c.to) {
			return nonNull(c.code)
		}
	}
	for _, c := range r.codes {
		if !c.dated {
			return nonNull(c.code)
		}
	}
	return ""
}

// thenCode is the code of a "then-" mention: the latest code of the actor
// that holds a government role, whatever the date.
func (r *actorRec) thenCode(d int) string {
	best, bestTo := "", -1
	for _, c := range r.codes {
		if !c.dated || !hasPart(c.code, "GOV") {
			continue
		}
		to := c.to
		if to == 0 {
			to = 99999999
		}
		if to > bestTo {
			best, bestTo = c.code, to
		}
	}
	if best == "" {
		return r.codeAt(d)
	}
	return best
}

func nonNull(c string) string {
	if c == nullCode {
		return ""
	}
	return c
}

// countryOf returns the country part of a code ("PAK" of PAKGOV), "" when
// the code does not start with a country.
func countryOf(code string) string {
	if len(code) < 3 {
		return ""
	}
	if p, ok := cameo.LookupActorPart(code[:3], true); ok && p.Kind == cameo.PartCountry {
		return code[:3]
	}
	return ""
}

// keysOf computes the matching keys of a sentence's tokens.
func keysOf(toks []entente.Token) []string {
	return appendKeys(make([]string, 0, len(toks)), toks)
}

// appendKeys appends the keys of toks (keysOf) to dst. The keys of ASCII
// forms with capitals and no period, nearly all the forms keyOf changes,
// are lower-cased into one string that they share, instead of a string
// each.
func appendKeys(dst []string, toks []entente.Token) []string {
	size := 0
	for i := range toks {
		size += len(toks[i].Form)
	}
	var buf strings.Builder
	base := len(dst)
	for i := range toks {
		f := toks[i].Form
		if !asciiCapitals(f) {
			dst = append(dst, keyOf(f))
			continue
		}
		if buf.Cap() == 0 {
			buf.Grow(size)
		}
		for j := 0; j < len(f); j++ {
			c := f[j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf.WriteByte(c)
		}
		dst = append(dst, "") // below: keyOf gives "" only for ""
	}
	if buf.Len() == 0 {
		return dst
	}
	joined, off := buf.String(), 0
	for i := range toks {
		if f := toks[i].Form; f != "" && dst[base+i] == "" {
			dst[base+i] = joined[off : off+len(f)]
			off += len(f)
		}
	}
	return dst
}

// asciiCapitals reports whether f is ASCII without a period and has a
// capital letter: its key (keyOf) is f lower-cased, byte for byte.
func asciiCapitals(f string) bool {
	caps := false
	for j := 0; j < len(f); j++ {
		switch c := f[j]; {
		case c >= 0x80 || c == '.':
			return false
		case 'A' <= c && c <= 'Z':
			caps = true
		}
	}
	return caps
}

// capitalised reports whether a form starts with an upper-case letter or a
// digit.
func capitalised(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		c := s[0]
		return 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// allCaps reports whether every letter of s is upper case.
func allCaps(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
