package actor

import (
	"cmp"
	"entente/internal/clause"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"entente"
	"entente/text"
)

// class is what kind of thing a mention names, for coreference.
type class uint8

const (
	classOther class = iota
	classState
	classGroup
	classPerson
)

// found is a mention with what coreference needs to know about it.
type found struct {
	entente.Mention
	class   class
	plural  bool
	country string
	// region, for a description with a regional adjective ("the Gulf
	// kingdom"), is its key in regions.
	region string
	// ref, for a pending reference, says what it refers to; agent is the
	// agent of a bare agent phrase ("the foreign minister").
	ref    refKind
	agent  *agentRec
	det    bool   // a bare agent after a determiner ("the", "its", ...)
	former bool   // a bare agent after "former" or "ex-"
	last   string // the last word of a bare agent
	detIts bool   // a bare agent after "its" ("its people")
	// andAt, for a bare agent after "and" and its determiner ("the
	// government and the rebels"), is the token index of "and" (0 when
	// none): a mention ending there is the conjunct it belongs with.
	andAt int
	// subj marks a mention that stands where a subject stands; ppEnd, for
	// "its", is the end of the mention it follows across prepositions
	// only (0 when none).
	subj  bool
	ppEnd int
	// notEnd, for "its" in the predicate of a copula or an appositive
	// ("India is its rival", "Turkey, its ally"), is the end of the
	// mention it cannot refer to (0 when none); for an object pronoun
	// right after its verb ("troops ambushed them"), the verb's token,
	// and notStart the first token of the stretch before the verb that
	// holds its subject: no mention within refers to the pronoun.
	notEnd, notStart int
	// addressed marks a reference to two parties that someone addresses
	// or stands between ("urged both sides", "called on the two
	// countries", "mediate between the two neighbours"): the subject of
	// its sentence is neither of them.
	addressed bool
	// title, for "the two ministers" or "the two presidents", is the
	// office's word, lower case and singular ("minister").
	title string
	// words, for a person, are the keys of the mention's words, space
	// separated ("pakistan 's foreign minister").
	words string
	// surname, for the full name of a person the dictionaries list ("Bill
	// Clinton"), is the key of its last word, by which the article may
	// name the person again ("Clinton").
	surname string
	// given, for a name of two or three words, is the key of its first,
	// by which the article may name the person again where that comes
	// first ("Chinese Premier Li Qiang ... Li said", "trade minister
	// Tesfay Dinka ... Tesfay said")
	given string
	// at, for an agent whose actor is the place after "in" ("police in
	// Colombo", "security forces in Togo"), is that place as a mention of
	// its own: the sentence happens there (locativeState), as it does "in
	// Colombo" alone.
	at *found
	// head, for an agent named by the state before it ("US officials"),
	// is the agent, which a state listed before it shares ("Mexican and
	// US officials": sharedHead)
	head *agentRec
}

// refKind is the kind of an anaphoric expression.
type refKind uint8

const (
	refNone        refKind = iota
	refCountry             // "the country", "the nation"
	refGroup               // "the group", "the organisation"
	refBoth                // "the two countries", "both sides"
	refIts                 // "its"
	refPerson              // "he", "his", "she", "her"
	refPlural              // "they", "their", "them"
	refIt                  // "it", not expletive
	refAgent               // a bare agent: "the foreign minister", "the militants"
	refBothPersons         // "the two leaders", "the two men": two persons of two countries
	refBothArmies          // "the two armies": the militaries of two countries
	refThey                // "they": as refPlural, or the coordinated subjects before
	refBloc                // "the bloc", "the alliance": an international organisation
)

// Match finds the actor mentions of all the sentences of an article, in
// order, resolving coreference ("the country", "its", "both sides") to
// earlier mentions of the article. storyDate decides dated codes (a
// leader's code within the tenure); the zero time means today.
func (m *Matcher) Match(a *entente.Article, sents []entente.Sentence, storyDate time.Time) []entente.Mention {
	return m.match(a, sents, storyDate, nil)
}

// MatchUndiscarded is Match and Undiscarded in one pass over the article:
// the mentions of all the sentences, and the sentences that no discard
// phrase rules out (none when a story discard matches). Each sentence's
// words are keyed once for both.
func (m *Matcher) MatchUndiscarded(a *entente.Article, sents []entente.Sentence, storyDate time.Time, keepChronology bool) ([]entente.Mention, []entente.Sentence) {
	hits := []DiscardHit{}
	mentions := m.match(a, sents, storyDate, &hits)
	return mentions, undiscarded(sents, hits, keepChronology)
}

// match is Match; when hits is not nil, the discard phrases of the
// sentences (Discards) are appended to it as well.
func (m *Matcher) match(a *entente.Article, sents []entente.Sentence, storyDate time.Time, hits *[]DiscardHit) []entente.Mention {
	d := dateKey(storyDate)
	var history []found
	var out []entente.Mention
	surnames := map[string]found{}
	heads := map[string]found{}
	countries := map[string]bool{}
	var spk []speaker    // who speaks in the article, known or not
	var keys []string    // the sentence's, in one array for the article
	var roots [][3]int32 // the keys' root edges, likewise
	var filed *found     // the state of the dateline's place, if any
	for si := range sents {
		toks := tokensOf(a, &sents[si])
		if si == 0 && sents[si].Index == 0 {
			filed = m.datelineState(toks, d)
		}
		keys = appendKeys(keys[:0], toks)
		roots = m.rootsOf(roots[:0], keys)
		if hits != nil {
			*hits = m.discardsIn(*hits, keys, roots, toks, sents[si].Index)
		}
		items := m.sentence(a, &sents[si], d, keys, roots)
		items = orgOfficers(keys, items)
		items = postings(keys, items)
		items = delegates(keys, items)
		items = m.bySurname(&sents[si], toks, keys, items, surnames, countries, d)
		items = byHead(&sents[si], toks, keys, items, heads)
		items = m.outsidePlaceNames(toks, items)
		items = dropRiverNames(toks, items)
		oneCongo(keys, items)
		sharedHead(toks, keys, items)
		items = seatsAsPlaces(keys, items)
		spk = append(spk, speakers(toks, items)...)
		loc := locativeState(toks, items, keys)
		var placeLoc *found // loc from a place name, read when first needed
		placeRead := false
		h0 := len(history)
		for _, it := range items {
			if IsSpecial(it.Code) {
				out = append(out, it.Mention) // not an antecedent
				continue
			}
			if it.ref == refNone {
				if it.surname != "" {
					surnames[it.surname] = it
				}
				if _, taken := surnames[it.given]; it.given != "" && !taken && givenFirst[it.country] {
					// (a surname of another person stays theirs)
					surnames[it.given] = it
				}
				if it.country != "" {
					countries[it.country] = true
				}
				history = append(history, it)
				out = append(out, it.Mention)
				continue
			}
			if e := it.Tokens[1]; it.ref != refNone && e+1 < len(keys) && e > 0 && townNouns[keys[e-1]] && keys[e] == "of" &&
				len(toks) == len(keys) && capitalised(toks[e+1].Form) && (loc == nil && (m.places == nil || m.placeState(toks, keys) == nil) ||
				it.Tokens[0] > 0 && whereWords[keys[it.Tokens[0]-1]]) {
				// "near the village of Nerkin Hand": a place named,
				// whose state the sentence does not tell, is no
				// reference to an actor before it; nor is one named
				// as where ("a cafe in the village of Hroza in the
				// Kharkiv region")
				continue
			}
			l := locativeFor(it, loc, keys)
			if l == nil && loc == nil && bareLocal(it, keys) {
				if !placeRead {
					if m.places != nil {
						placeLoc = m.placeState(toks, keys)
					}
					if placeLoc == nil {
						placeLoc = domesticState(items)
					}
					placeRead = true
				}
				l = placeLoc
			}
			if l == nil && loc == nil && bareLocal(it, keys) && placeLoc == nil && (localRole(it.agent.code) == "COP" || localRole(it.agent.code) == "JUD") {
				l = domesticParty(items)
			}
			if l == nil && loc == nil && bareLocal(it, keys) && armedLocal[localRole(it.agent.code)] {
				l = stateFought(items, keys)
			}
			if l == nil {
				l = reportingState(it, items, toks, keys)
			}
			rs := m.resolve(it, history, l)
			if len(rs) == 0 && filed != nil && organOf(it, keys) && (onlyState(items, filed.country) || si == 0 && leads(items, it) && !ofOther(toks, keys, it)) {
				// (an organ that opens the story after its dateline,
				// "TOKYO - Trade Ministry officials leave for
				// Washington", is the dateline state's whatever other
				// states the sentence names)
				rs = []found{atHome(it, filed)}
			}
			for _, r := range rs {
				if it.ref == refIt || it.ref == refIts {
					speaks := speaksAt(toks, it.Span)
					if silenced(r, spk, speaks) {
						// "Rhodes Inc said it ...": not an actor named before
						continue
					}
					if speaks {
						r = preferSpeaker(r, spk, history)
					}
				}
				history = append(history, r)
				out = append(out, r.Mention)
			}
		}
		named := appositiveNames(toks, keys, history[h0:], surnames)
		bodyHeads(toks, keys, history[h0:], heads)
		history = append(history, named...)
	}
	return out
}

// objectOfVerbAt reports whether the word at i may be a verb whose object
// follows it: a word, and not a preposition, conjunction or determiner
// ("ambushed them", not "at them", "and them").
func objectOfVerbAt(keys []string, i int) bool {
	w := keys[i]
	if w == "" || w[0] < 'a' || w[0] > 'z' || notVerbBeforeObject[w] {
		return false
	}
	return true
}

// subjectChain returns the first token of the mention that ends right
// before the verb at v and of the one-word mentions joined to it by "and"
// or commas ("Kenyan and Somali troops ambushed"): the verb's subject. A
// whole noun phrase before "and" may be another clause's object
// ("arrested two Somali men and Ugandan soldiers questioned them"), and
// does not go on the chain. ok is false when no mention ends there
// ("arrested two men and questioned them").
func subjectChain(out []found, keys []string, v int) (start int, ok bool) {
	start = -1
	for _, g := range out {
		if g.Tokens[1] == v && g.Tokens[0] < v {
			start = g.Tokens[0]
			break
		}
	}
	if start < 0 {
		return 0, false
	}
	for start >= 2 && (keys[start-1] == "and" || keys[start-1] == ",") {
		prev := -1
		for _, g := range out {
			if g.Tokens[1] == start-1 && g.Tokens[0] == start-2 {
				prev = g.Tokens[0]
				break
			}
		}
		if prev < 0 {
			break
		}
		start = prev
	}
	return start, true
}

// notVerbBeforeObject are the words before an object pronoun that are no
// verb: prepositions, conjunctions and the like.
var notVerbBeforeObject = map[string]bool{"of": true, "to": true, "for": true, "with": true, "against": true,
	"on": true, "at": true, "by": true, "from": true, "and": true, "or": true, "but": true, "among": true,
	"between": true, "in": true, "into": true, "toward": true, "towards": true, "about": true, "than": true,
	"like": true, "as": true, "upon": true, "over": true, "under": true, "behind": true, "near": true,
	"without": true, "through": true, "across": true, "around": true, "after": true, "before": true,
	"beside": true, "besides": true, "including": true, "all": true, "both": true}

// bodyNouns are the nouns that head the names of bodies, which an article
// may name again by the noun alone ("the European Community ... the
// Community", "the International Monetary Fund ... the Fund").
var bodyNouns = map[string]bool{"community": true, "commission": true, "council": true, "fund": true, "bank": true,
	"club": true, "parliament": true, "assembly": true, "union": true, "party": true, "front": true,
	"organisation": true, "organization": true, "agency": true, "alliance": true, "movement": true, "army": true,
	"congress": true, "court": true, "authority": true, "league": true, "conference": true, "committee": true,
	"federation": true, "coalition": true, "ministry": true}

// bodyHeads records, for byHead, the capitalised body nouns (bodyNouns) in
// the names of the sentence's named actors other than persons, each for
// the latest actor that holds it. items are the sentence's mentions,
// references resolved.
func bodyHeads(toks []entente.Token, keys []string, items []found, heads map[string]found) {
	for _, it := range items {
		if it.Kind != entente.MentionActor || it.class == classPerson || it.Code == "" || IsSpecial(it.Code) ||
			it.Tokens[1]-it.Tokens[0] < 2 || it.Tokens[1] > len(toks) {
			continue
		}
		for i := it.Tokens[0]; i < it.Tokens[1]; i++ {
			if bodyNouns[keys[i]] && capitalised(toks[i].Form) {
				heads[keys[i]] = it
			}
		}
	}
}

// byHead adds to the mentions of a sentence the bodies it names by the
// capitalised noun of their name alone, after "the" ("the Community"): the
// latest body of the article whose name holds that noun (bodyHeads), coded
// as it was, with it for antecedent. A noun that begins a longer name
// ("the Bank of England", "the Council Presidency") or that another mention
// covers is left alone; one read as a bare agent ("the community" of
// civilians) is taken as the body.
func byHead(s *entente.Sentence, toks []entente.Token, keys []string, items []found, heads map[string]found) []found {
	if len(heads) == 0 {
		return items
	}
	added := false
	for i := 1; i < len(toks); i++ {
		ante, ok := heads[keys[i]]
		if !ok || keys[i-1] != "the" || !capitalised(toks[i].Form) {
			continue
		}
		if i+1 < len(toks) && (capitalised(toks[i+1].Form) || keys[i+1] == "of") {
			continue // a longer name
		}
		covered, agent := false, -1
		for k, it := range items {
			if i >= it.Tokens[0] && i < it.Tokens[1] || i-1 >= it.Tokens[0] && i-1 < it.Tokens[1] {
				if it.ref == refAgent && it.Tokens[1] == i+1 {
					agent = k // "the Community" read as a common noun
				} else {
					covered = true
				}
			}
		}
		if covered {
			continue
		}
		if agent >= 0 {
			items = slices.Delete(items, agent, agent+1)
		}
		f := ante
		f.Mention = entente.Mention{Sentence: s.Index, Tokens: [2]int{i - 1, i + 1},
			Span: entente.Span{Start: toks[i-1].Span.Start, End: toks[i].Span.End}, Kind: entente.MentionCoref,
			Code: ante.Code}
		sp := ante.Span
		if ante.Antecedent != nil {
			sp = *ante.Antecedent
		}
		f.Antecedent = &sp
		f.Entries = append([]entente.EntryRef(nil), ante.Entries...)
		f.subj = i+1 < len(toks) && toks[i+1].Form != "'s"
		items = append(items, f)
		added = true
	}
	if added {
		slices.SortStableFunc(items, byStart)
	}
	return items
}

// datelineState returns the state of the place a story's dateline names
// ("DHAKA, March 13 -") on date d: a capital of the metonyms, else a place
// the gazetteer knows in one country; or nil.
func (m *Matcher) datelineState(toks []entente.Token, d int) *found {
	dl := text.DatelineEnd(toks)
	if dl == 0 {
		return nil
	}
	// the place is the words before the first comma ("SANTA BARBARA,
	// Calif., April 13 -")
	var name []string
	for _, t := range toks[:dl] {
		if t.Form == "," || t.Form == "-" || t.Form == "(" {
			break
		}
		name = append(name, t.Form)
	}
	if len(name) == 0 || len(name) > 4 {
		return nil
	}
	full := strings.Join(name, " ")
	if igoSeats[strings.ToLower(full)] {
		return nil
	}
	// a capital the dictionaries know ("DHAKA", which the gazetteer
	// also finds in another country)
	keys := keysOf(toks[:len(name)])
	if end, node, _ := m.longestActor(keys, nil, 0); end == len(name) {
		p := m.actorTrie.hits[m.actorTrie.nodes[node].hit-1]
		if rec := m.actors[p.rec]; !rec.person {
			if code := rec.codeAt(d); (rec.metonym || actorClass(rec, code) == classState) && countryOf(code) != "" {
				c := countryOf(code)
				f := &found{country: c}
				f.Entries = []entente.EntryRef{{File: "dateline", Text: full}}
				return f
			}
		}
	}
	if m.places == nil {
		return nil
	}
	c := m.places(full)
	if c == "" {
		// "SANTA BARBARA": the gazetteer knows names as written in text
		c = m.places(titleCase(full))
	}
	if c == "" {
		return nil
	}
	f := &found{country: c}
	f.Entries = []entente.EntryRef{{File: "dateline", Text: full}}
	return f
}

// igoSeats are the cities, lower case, where international organisations
// sit and meet: a story filed from Brussels or Geneva is most often about
// the EU, NATO or the UN, so the bare officials and ministers of its lead
// are not the host state's.
var igoSeats = map[string]bool{"brussels": true, "luxembourg": true, "strasbourg": true, "geneva": true,
	"new york": true, "united nations": true, "vienna": true, "the hague": true}

// titleCase writes each word of an upper-case name with a capital and
// small letters ("SANTA BARBARA" to "Santa Barbara").
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if w != "" {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}

// homeOrgans are the roles of the state organs a wire story names without
// their country when they are the country it was filed from ("DHAKA -
// ... Finance Ministry officials said", "Metropolitan police said"): not
// forces, whose agent words are too often of something else ("market
// forces", "personnel carriers"), nor a legislature ("STRASBOURG - The
// Parliament" is Europe's).
var homeOrgans = map[string]bool{"GOV": true, "COP": true, "JUD": true}

// onlyState reports whether every state the items of a sentence name is
// country: a sentence about others is no story of the home country's
// organs ("LONDON - Brazil's finance minister ...").
func onlyState(items []found, country string) bool {
	for i := range items {
		if c := items[i].country; c != "" && c != country {
			return false
		}
	}
	return true
}

// ofOther reports whether agent it is in an appositive (after a comma) or
// is followed by "of" or "for" and a capitalised name that is not a state
// organ's (stateOrgans): "William Bywater, president of the International
// Union of Electronic Workers", an office in a body other than the state.
func ofOther(toks []entente.Token, keys []string, it found) bool {
	i, j := it.Tokens[0], it.Tokens[1]
	if i > 0 && keys[i-1] == "," {
		return true
	}
	if j+1 < len(toks) && (keys[j] == "of" || keys[j] == "for") {
		k := j + 1
		if keys[k] == "the" && k+1 < len(toks) {
			k++
		}
		if !capitalised(toks[k].Form) {
			return false
		}
		// a state organ's name ("officials of the Finance Ministry") is
		// no other body
		for ; k < len(toks) && k < j+7 && (capitalised(toks[k].Form) || keys[k] == "of" || keys[k] == "and"); k++ {
			if stateOrgans[keys[k]] {
				return false
			}
		}
		return true
	}
	return false
}

// stateOrgans are the nouns that head the names of a state's organs.
var stateOrgans = map[string]bool{"ministry": true, "department": true, "government": true, "cabinet": true,
	"treasury": true, "office": true, "presidency": true, "parliament": true, "army": true, "police": true}

// leads reports whether no mention of items begins before it.
func leads(items []found, it found) bool {
	for i := range items {
		if items[i].Tokens[0] < it.Tokens[0] {
			return false
		}
	}
	return true
}

// organOf reports whether it is a bare agent of a state organ that nothing
// in the article resolved: not a former office holder, not owned by a
// possessive ("their officials").
func organOf(it found, keys []string) bool {
	if it.ref != refAgent || it.former || it.agent == nil || !homeOrgans[lastRole(it.agent.code)] {
		return false
	}
	k := it.Tokens[0] - 1
	return k < 0 || !possessives[keys[k]]
}

// atHome codes bare agent it as an organ of the state the story was filed
// from, with the dateline for evidence.
func atHome(it found, filed *found) found {
	r := it
	r.ref = refNone
	r.Kind = entente.MentionAgent
	r.Code = CombineAgent(filed.country, Agent{Code: it.agent.code, Before: it.agent.before})
	r.Entries = append(append([]entente.EntryRef(nil), it.Entries...), filed.Entries...)
	r.country = filed.country
	r.class = agentClass(it.last, it.plural, r.Code)
	return r
}

// bySurname adds to the mentions of a sentence the persons it names by
// the surname alone: one the article gave the full name of before
// ("President Bill Clinton ... Clinton visited Hanoi"), coded as the full
// name was, with it for antecedent; else the one person of the
// dictionaries with that surname who holds a government office on date d
// ("Musharraf said" in 2005) of a country the article has named (countries,
// or this sentence), coded as on that date. Words another mention
// covers, a surname next to another capitalised word ("Hillary Clinton",
// "Clinton Street"), and month and day names are left alone.
//
// toks are the sentence's tokens (tokensOf) and keys their matching keys
// (appendKeys).
func (m *Matcher) bySurname(s *entente.Sentence, toks []entente.Token, keys []string, items []found, surnames map[string]found, countries map[string]bool, d int) []found {
	added := false
	for i, t := range toks {
		if !capitalised(t.Form) || i > 0 && capitalised(toks[i-1].Form) || i+1 < len(toks) && capitalised(toks[i+1].Form) {
			// "Hillary Clinton", "Clinton Street": part of another name
			continue
		}
		key := keys[i]
		if notSurnames[key] {
			continue
		}
		ante, seen := surnames[key]
		if !seen && familyName(toks, keys, i) {
			// "Omani Foreign Minister Abdullah al-Yahya": the family name
			// of a given name in the text is that person's, not an office
			// holder's who shares it
			continue
		}
		var office *actorRec
		var ref entente.EntryRef
		if !seen {
			if office, ref = m.inOffice(key, d); office == nil || !countries[countryOf(office.codeAt(d))] && !inItems(items, countryOf(office.codeAt(d))) {
				// a surname alone names the office holder of a country
				// the article speaks of, no one else
				continue
			}
		}
		covered := false
		for _, it := range items {
			covered = covered || i >= it.Tokens[0] && i < it.Tokens[1]
		}
		if covered {
			continue
		}
		f := found{Mention: entente.Mention{Sentence: s.Index, Tokens: [2]int{i, i + 1}, Span: t.Span,
			Kind: entente.MentionActor}}
		if seen {
			f.Code = ante.Code
			sp := ante.Span
			if ante.Antecedent != nil {
				sp = *ante.Antecedent
			}
			f.Antecedent = &sp
			f.Entries = append([]entente.EntryRef(nil), ante.Entries...)
			f.country = ante.country
		} else {
			f.Code = office.codeAt(d)
			f.Entries = []entente.EntryRef{ref}
			f.country = countryOf(f.Code)
		}
		f.class = classPerson
		f.subj = i == 0 || i+1 < len(toks) && !capitalised(toks[i+1].Form) && toks[i+1].Form != "'s"
		items = append(items, f)
		added = true
	}
	if added {
		slices.SortStableFunc(items, byStart)
	}
	return items
}

// ofTheCountry returns where "the country's" or "the nation's" begins
// when the agent at token i follows it, across "top", "senior" and the
// like, or -1.
func ofTheCountry(keys []string, i int) int {
	k := i - 1
	for k >= 0 && i-k <= 3 && (keys[k] == "top" || keys[k] == "senior" || keys[k] == "main" || keys[k] == "leading") {
		k--
	}
	if k >= 2 && isPossessive(keys[k]) && (keys[k-1] == "country" || keys[k-1] == "nation") && keys[k-2] == "the" {
		return k - 2
	}
	return -1
}

// officeNouns name an office a person holds in an organisation or state,
// in an appositive after the person's name ("Helga Steeg, executive
// director of the International Energy Agency").
var officeNouns = map[string]bool{"director": true, "president": true, "chairman": true, "chairwoman": true,
	"secretary": true, "minister": true, "spokesman": true, "spokeswoman": true, "head": true, "chief": true,
	"governor": true, "ambassador": true, "envoy": true, "commander": true, "leader": true, "official": true,
	"undersecretary": true, "adviser": true, "advisor": true, "negotiator": true, "representative": true,
	"deputy": true, "commissioner": true, "aide": true, "executive": true, "secretary-general": true,
	"director-general": true, "delegate": true, "general": true}

// appositiveNames records the surnames of persons a sentence introduces by
// name and office in an appositive ("Helga Steeg, executive director of
// the International Energy Agency, said", "Seixas, director of the
// Brazilian central bank's foreign debt department", "Allen Wallis,
// undersecretary of state"), for later sentences to name them by it
// (bySurname): one to four capitalised words no mention covers, a comma,
// up to six words that hold an office noun (officeNouns) or are the
// mention itself (an agent), and a mention of the organisation or state,
// whose code the person takes (a state's government for a bare state).
// items are the sentence's mentions, references resolved. It returns the
// persons so named, over their names' spans, for a later "he" or "she"
// to refer to ("Seixas, director of the Brazilian central bank, met the
// panel. He said ..."): antecedents, not mentions of their own sentence.
func appositiveNames(toks []entente.Token, keys []string, items []found, surnames map[string]found) []found {
	var named []found
	for _, it := range items {
		if it.Code == "" || IsSpecial(it.Code) || it.Tokens[1] > len(toks) {
			continue
		}
		a := it.Tokens[0]
		office := it.Kind == entente.MentionAgent && it.class == classPerson
		c := a - 1
		for ; c >= 0 && a-c <= 7 && toks[c].Form != ","; c-- {
			switch {
			case officeNouns[keys[c]]:
				office = true
			case keys[c] == "the" || keys[c] == "of" || keys[c] == "for" || keys[c] == "at" || !capitalised(toks[c].Form):
			default:
				c = -1 // a capitalised word of no office: no appositive
			}
			if c < 0 {
				break
			}
		}
		if c < 1 || toks[c].Form != "," || !office || c == a-1 && capitalised(toks[a].Form) {
			// "the Gulf, Prime Minister Yasuhiro Nakasone said": a named
			// person after the comma is no appositive of the words before
			continue
		}
		k := c
		for k > 0 && c-k < 4 && capitalised(toks[k-1].Form) && !dateWord(toks[k-1].Form) && !coveredBy(items, k-1) {
			k--
		}
		if c == k || k > 0 && (capitalised(toks[k-1].Form) || notBeforeName[keys[k-1]]) || len(keys[c-1]) < 3 || notSurnames[keys[c-1]] {
			continue
		}
		f := it
		f.class = classPerson
		if len(f.Code) == 3 && f.country != "" {
			f.Code += "GOV"
		}
		surnames[keys[c-1]] = f
		p := f
		p.Tokens = [2]int{k, c}
		p.Span = toks[k].Span.Cover(toks[c-1].Span)
		p.Antecedent = nil
		named = append(named, p)
	}
	return named
}

// notBeforeName are words that come before the name of a place or thing
// rather than of a person ("the security of the Gulf", "in Geneva").
var notBeforeName = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "its": true,
	"their": true, "his": true, "her": true, "of": true, "in": true, "at": true, "from": true, "near": true, "into": true}

// coveredBy reports whether token i is in one of the mentions.
func coveredBy(items []found, i int) bool {
	for _, it := range items {
		if i >= it.Tokens[0] && i < it.Tokens[1] {
			return true
		}
	}
	return false
}

// inItems reports whether one of the mentions is of country c.
func inItems(items []found, c string) bool {
	for _, it := range items {
		if c != "" && it.country == c {
			return true
		}
	}
	return false
}

// notSurnames are capitalised words that name no one, though a leader may
// bear them.
var notSurnames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// surnameEntry is a person of the dictionaries under one of their
// surnames, with the phrase it comes from.
type surnameEntry struct {
	rec    *actorRec
	phrase int
}

// inOffice returns the one person of the dictionaries with surname key
// (the last word of one of their names of two words or more) whose
// government office (a dated code with GOV) covers date d, with the entry
// of that name; nil when there is none or more than one.
func (m *Matcher) inOffice(key string, d int) (*actorRec, entente.EntryRef) {
	if len(key) < 4 {
		return nil, entente.EntryRef{}
	}
	m.surnameOnce.Do(m.indexSurnames)
	if b := rootBit(key); m.surnameBits[b>>6]&(1<<(b&63)) == 0 {
		return nil, entente.EntryRef{} // no person has that surname
	}
	var found *surnameEntry
	for k, e := range m.surnames[key] {
		held := false
		for _, c := range e.rec.codes {
			held = held || c.dated && hasPart(c.code, "GOV") && (c.from > 0 || c.to > 0) &&
				(c.from == 0 || d >= c.from) && (c.to == 0 || d <= c.to)
		}
		if !held {
			continue
		}
		if found != nil && found.rec != e.rec {
			return nil, entente.EntryRef{}
		}
		found = &m.surnames[key][k]
	}
	if found == nil {
		return nil, entente.EntryRef{}
	}
	ph := found.rec.phrases[found.phrase]
	return found.rec, entente.EntryRef{File: found.rec.file, Line: ph.line, Text: ph.text}
}

// indexSurnames indexes the persons of the actor dictionaries by the last
// word of each of their names of two words or more.
func (m *Matcher) indexSurnames() {
	m.surnames = map[string][]surnameEntry{}
	for _, r := range m.actors {
		if !r.person {
			continue
		}
		seen := map[string]bool{}
		for pi, ph := range r.phrases {
			if len(ph.words) < 2 {
				continue
			}
			w := ph.words[len(ph.words)-1]
			if w.stem || seen[w.key] {
				continue
			}
			seen[w.key] = true
			m.surnames[w.key] = append(m.surnames[w.key], surnameEntry{rec: r, phrase: pi})
		}
	}
	m.surnameBits = make([]uint64, 1<<rootBitsLog/64)
	for k := range m.surnames {
		b := rootBit(k)
		m.surnameBits[b>>6] |= 1 << (b & 63)
	}
}

// surnameOf returns the key of the last word of a person's name over
// tokens [i, j) when the name has two words or more and ends in a
// capitalised word of three letters or more, else "".
func surnameOf(toks []entente.Token, keys []string, i, j int) string {
	if j-i < 2 || j > len(toks) || len(keys[j-1]) < 3 || !capitalised(toks[j-1].Form) {
		return ""
	}
	return keys[j-1]
}

// orgCode reports whether an actor code is an organisation's, not a
// state's: an intergovernmental or non-governmental organisation.
func orgCode(code string) bool {
	return strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO")
}

// stateDelegates are the offices a state's person holds at an
// organisation ("UN Ambassador Susan Rice" is the United States'
// ambassador to the UN), not offices of the organisation.
var stateDelegates = map[string]bool{"ambassador": true, "ambassadors": true, "representative": true, "delegate": true}

// mergePairs walks items (in order) and replaces each pair of neighbours
// that merge accepts by the mention it returns for them.
func mergePairs(items []found, merge func(a, b found) (found, bool)) []found {
	out := items[:0]
	for i := 0; i < len(items); i++ {
		if i+1 < len(items) {
			if m, ok := merge(items[i], items[i+1]); ok {
				out = append(out, m)
				i++
				continue
			}
		}
		out = append(out, items[i])
	}
	return out
}

// spanning returns base over the tokens from first to last, with the
// dictionary entries of both.
func spanning(base, first, last found) found {
	base.Tokens = [2]int{first.Tokens[0], last.Tokens[1]}
	base.Span = first.Span.Cover(last.Span)
	base.Entries = append(append([]entente.EntryRef(nil), first.Entries...), last.Entries...)
	return base
}

// orgOfficers merges a person named right after an organisation's office
// ("UN Secretary-General Antonio Guterres", a Phoenix entry for the office
// and one for the person as a former Portuguese premier) into one mention
// of the organisation: the office names whom the person acts for. The
// office is the organisation's mention ending in an office noun
// (officeNouns, "Secretary-General", "chief"); items are in order.
func orgOfficers(keys []string, items []found) []found {
	return mergePairs(items, func(it, p found) (found, bool) {
		if !orgCode(it.Code) || it.Tokens[1] != p.Tokens[0] || it.Tokens[1] > len(keys) || !officeNouns[keys[it.Tokens[1]-1]] ||
			stateDelegates[keys[it.Tokens[1]-1]] || p.class != classPerson && p.surname == "" || orgCode(p.Code) && p.Code != it.Code {
			return found{}, false
		}
		m := spanning(it, it, p)
		m.class, m.surname, m.given = classPerson, p.surname, p.given
		return m, true
	})
}

// postings merges the state or organisation an envoy is posted to into
// the envoy's mention ("the US ambassador to Mexico" is the United States'
// envoy; Mexico, where he serves, is no party of the sentence): an agent
// mention ending in "to" right before a mention of a state or a body.
func postings(keys []string, items []found) []found {
	return mergePairs(items, func(it, p found) (found, bool) {
		if it.Kind != entente.MentionAgent || it.Code == "" || it.Tokens[1] > len(keys) || it.Tokens[1] <= it.Tokens[0] ||
			keys[it.Tokens[1]-1] != "to" || p.Tokens[0] != it.Tokens[1] || p.ref != refNone || p.class != classState && !orgCode(p.Code) {
			return found{}, false
		}
		return spanning(it, it, p), true
	})
}

// delegates merges a state named right before an organisation's
// ambassador ("Russia's UN ambassador", "Israeli UN Ambassador Danny
// Danon") into the ambassador's mention, coded as the state's government:
// the ambassador is the state's envoy to the organisation, not its
// officer.
func delegates(keys []string, items []found) []found {
	return mergePairs(items, func(it, d found) (found, bool) {
		gap := d.Tokens[0] - it.Tokens[1]
		if it.class != classState || it.country == "" || it.ref != refNone || !orgCode(d.Code) || d.Kind != entente.MentionAgent ||
			d.Tokens[1] > len(keys) || !stateDelegates[keys[d.Tokens[1]-1]] || !(gap == 0 || gap == 1 && isPossessive(keys[it.Tokens[1]])) {
			return found{}, false
		}
		m := spanning(d, it, d)
		m.Code, m.country, m.class = it.country+"GOV", it.country, classPerson
		return m, true
	})
}

// givenOf returns the key of the first word of the name of a person over
// tokens i to j, when the name has two or three words and the first is a
// capitalised name, not a title ("President", "Sir"): the word some
// naming customs call the person by (a family name first, "Xi", "Kim", or
// a given name, "Tesfay", "Srettha"); "" otherwise.
func givenOf(toks []entente.Token, keys []string, i, j int) string {
	if j-i < 2 || j-i > 3 || j > len(toks) || len(keys[i]) < 2 || !capitalised(toks[i].Form) || dateWord(toks[i].Form) ||
		titleWords[keys[i]] || officeNouns[keys[i]] || notGiven[keys[i]] || notSurnames[keys[i]] {
		return ""
	}
	return keys[i]
}

// givenFirst are the countries whose people news names again by the
// first word of their names: the family name first (China, Taiwan, the
// Koreas, Vietnam, Singapore, Cambodia) or the given name (Ethiopia,
// Eritrea, Thailand, Indonesia, Myanmar, Iceland, Mongolia). Elsewhere
// ("Abbas Araghchi") the first word alone names someone else.
var givenFirst = map[string]bool{"CHN": true, "TWN": true, "HKG": true, "MAC": true, "KOR": true, "PRK": true, "VNM": true,
	"SGP": true, "KHM": true, "ETH": true, "ERI": true, "THA": true, "IDN": true, "MMR": true, "ISL": true, "MNG": true}

// notGiven are capitalised words that open a name without being one.
var notGiven = map[string]bool{"sir": true, "dame": true, "lord": true, "lady": true, "king": true, "queen": true,
	"prince": true, "princess": true, "sheikh": true, "emir": true, "dr": true, "mr": true, "mrs": true, "ms": true,
	"gen": true, "col": true, "maj": true, "lt": true, "capt": true, "the": true, "former": true, "ex": true,
	"pope": true, "saint": true, "st": true, "ayatollah": true, "imam": true, "rev": true, "father": true}

// titledSurname returns the surname of the person an agent's title
// introduces, for the article to name the person again by it ("Soviet
// Foreign Minister Eduard Shevardnadze ... Shevardnadze"): the last word of
// the person the dictionaries list after the title (right, when it was
// taken for a namesake and the title codes the mention), else of two or
// three capitalised words right after the title that are free (no
// mention or agent holds them: "Foreign Minister Ishaq Dar"), with the end of those words (0 when it
// is the person's). It is "" when there is none.
func titledSurname(toks []entente.Token, keys []string, free func(int) bool, end, right int, actors []actorHit) (string, int) {
	if right >= 0 && actors[right].rec.person {
		return surnameOf(toks, keys, actors[right].i, actors[right].j), 0
	}
	j := end
	for j < len(toks) && j-end < 3 && free(j) && capitalised(toks[j].Form) && !dateWord(toks[j].Form) &&
		len(keys[j]) > 1 && keys[j] != "'s" {
		j++
	}
	if j-end < 2 || j < len(toks) && capitalised(toks[j].Form) && !dateWord(toks[j].Form) {
		return "", 0
	}
	return surnameOf(toks, keys, end, j), j
}

// titleWords are the titles of offices held for a term; a name entry that
// holds one ("President Bill Clinton") names the office held. A monarch's
// title, kept for life, says nothing of a term.
var titleWords = map[string]bool{
	"president": true, "premier": true, "chancellor": true, "minister": true, "taoiseach": true,
}

// titled reports whether the words of a name include a title of office.
func titled(keys []string) bool {
	for _, k := range keys {
		if titleWords[k] {
			return true
		}
	}
	return false
}

// MatchSentence finds the actor mentions of one sentence, without
// coreference: references ("the country", "its") are left out, and bare
// agents are kept only with Options.ConvertAgents.
func (m *Matcher) MatchSentence(a *entente.Article, s entente.Sentence, storyDate time.Time) []entente.Mention {
	var out []entente.Mention
	for _, it := range m.sentence(a, &s, dateKey(storyDate), nil, nil) {
		switch {
		case it.ref == refNone:
			out = append(out, it.Mention)
		case it.ref == refAgent && m.converts() && it.agent.code != "":
			it.Code = m.convertAgent(it)
			out = append(out, it.Mention)
		}
	}
	return out
}

// tokensOf returns the sentence's tokens, tokenising its text when the
// splitter left them out.
func tokensOf(a *entente.Article, s *entente.Sentence) []entente.Token {
	if len(s.Tokens) > 0 || s.Span.Len() == 0 {
		return s.Tokens
	}
	return text.Tokenize(s.Span.Of(a.Text), s.Span.Start)
}

type actorHit struct {
	i, j    int
	rec     *actorRec
	pay     payload
	code    string
	used    bool
	former  bool
	then    bool
	plural  bool
	agentOf int // index of the agent hit it was combined with, -1 when none
}

type agentHit struct {
	i, j   int
	rec    *agentRec
	pay    payload
	plural bool
}

// sentence finds the direct mentions and the pending references of one
// sentence, in token order. raw, when not nil, holds the matching keys of
// the sentence's tokens (appendKeys over tokensOf) and rawRoots their root
// edges (rootsOf); sentence reads them and does not change them.
func (m *Matcher) sentence(a *entente.Article, s *entente.Sentence, d int, raw []string, rawRoots [][3]int32) []found {
	toks := tokensOf(a, s)
	if len(toks) == 0 {
		return nil
	}
	toks, orig := splitJoined(toks)
	var keys []string
	var roots [][3]int32 // nil: the walks look the roots up themselves
	if raw != nil && orig == nil {
		// nothing split: the tokens are those raw was keyed from
		keys, roots = raw, rawRoots
	} else {
		keys, raw = keysOf(toks), nil
	}
	n := len(keys)
	covered := make([]bool, n)
	// A story's dateline ("TOKYO, March 3 -") is where it was filed, not an
	// actor: its words are no mention.
	dl := 0
	if s.Index == 0 {
		dl = text.DatelineEnd(toks)
	}
	for k := 0; k < dl; k++ {
		covered[k] = true
	}
	// "ex-President" and "then-President" may come as one token: match the
	// word and remember the modifier.
	var prefixMod map[int]string
	for i, k := range keys {
		for _, pre := range [...]string{"ex-", "then-"} {
			if len(k) > len(pre)+1 && strings.HasPrefix(k, pre) {
				if raw != nil {
					keys, raw = slices.Clone(keys), nil // the caller's stay as they are
				}
				roots = nil // keyed anew
				keys[i] = k[len(pre):]
				if prefixMod == nil {
					prefixMod = map[int]string{}
				}
				prefixMod[i] = pre[:len(pre)-1]
			}
		}
	}
	modBefore := func(i int) (former, then bool) {
		switch prefixMod[i] {
		case "ex":
			return true, false
		case "then":
			return false, true
		}
		return modifierBefore(keys, i)
	}

	// 1. Actors: longest match from each position, left to right.
	var actors []actorHit
	for i := dl; i < n; {
		if !m.opts.IgnoreCase && !m.capitalStart(toks, keys, i) {
			i++
			continue
		}
		best, bestNode, bestPlural := m.longestActor(keys, roots, i)
		if keys[i] == "the" && i+1 < n {
			// "the UN Security Council": a longer match after "the" wins
			// over "the UN".
			if b2, n2, p2 := m.longestActor(keys, roots, i+1); b2 > best {
				i, best, bestNode, bestPlural = i+1, b2, n2, p2
			}
		}
		if best < 0 {
			i++
			continue
		}
		p := m.actorTrie.hits[m.actorTrie.nodes[bestNode].hit-1]
		rec := m.actors[p.rec]
		if !m.opts.IgnoreCase && (!anyCapitalised(toks[i:best]) || best-i == 1 && len(keys[i]) <= 3 && !allCaps(toks[i].Form) && !shortDemonym(rec, toks, best)) {
			i++
			continue
		}
		for k := i; k < best; k++ {
			covered[k] = true
		}
		h := actorHit{i: i, j: best, rec: rec, pay: p, code: rec.codeAt(d), plural: bestPlural, agentOf: -1}
		if companyAfter(toks, best) {
			// "Southern California Edison Co": a place in a company's name
			h.code = companyCode(h)
		}
		h.former, h.then = modBefore(i)
		actors = append(actors, h)
		i = best
	}
	actors = dropHits(actors, covered, func(all []actorHit, k int) bool {
		return unpaired(all, k, keys) || namesake(all[k], keys) || nameEnd(all[k], toks, keys, covered) ||
			insideName(all[k], toks, keys, covered) || otherBearer(all[k], toks, keys) || titledOutOfOffice(all[k], keys)
	})

	// 2. Agents, where no actor matched.
	var agents []agentHit
	for i := 0; i < n; {
		if covered[i] {
			i++
			continue
		}
		best, bestNode, bestPlural := m.longestAgent(keys, roots, covered, i)
		if to := best - 1; best > i+1 && keys[to] == "to" && (best == n || keys[best] != "the" && !capitalised(toks[best].Form)) {
			// "summoned India's ambassador to protest": an agent phrase
			// whose last word is "to" ("ambassador to" a country) names
			// where the agent is sent only before a name ("to
			// Pakistan", "to the UN"); before a verb "to" marks an
			// infinitive, and the agent ends before it
			covered[to] = true
			best, bestNode, bestPlural = m.longestAgent(keys, roots, covered, i)
			covered[to] = false
		}
		if best < 0 || best == i+1 && keys[i] == "opposition" && best < n && keys[best] == "to" {
			// "Reagan's opposition to a tax": a stance, not the opposition
			i++
			continue
		}
		if best == i+1 && titleModifiers[keys[i]] && i+1 < n {
			// "Deputy Foreign Minister": a title word that is an agent of
			// its own ("deputy" [~COP]) modifies the agent after it.
			if b2, _, _ := m.longestAgent(keys, roots, covered, i+1); b2 > 0 {
				i++
				continue
			}
		}
		p := m.agentTrie.hits[m.agentTrie.nodes[bestNode].hit-1]
		for k := i; k < best; k++ {
			covered[k] = true
		}
		agents = append(agents, agentHit{i: i, j: best, rec: m.agents[p.rec], pay: p, plural: bestPlural || endsPlural(keys[best-1])})
		i = best
	}

	var out []found
	mk := func(i, j int) entente.Mention {
		return entente.Mention{
			Sentence: s.Index,
			Tokens:   [2]int{i, j},
			Span:     entente.Span{Start: toks[i].Span.Start, End: toks[j-1].Span.End},
		}
	}
	var startAt, endAt map[int]int
	if len(actors) > 0 {
		startAt, endAt = make(map[int]int, len(actors)), make(map[int]int, len(actors))
	}
	for k, h := range actors {
		startAt[h.i] = k
		endAt[h.j] = k
	}

	// 3. Agents combine with an actor before them ("Pakistan's foreign
	// minister", "Russian troops"), after them ("President Putin") or after
	// "of"/"in" ("the foreign minister of Pakistan").
	var agentStart map[int]bool
	if len(agents) > 0 {
		agentStart = make(map[int]bool, len(agents))
	}
	for _, g := range agents {
		agentStart[g.i] = true
	}
	// chainActor is the actor of the last agent combined with an actor
	// before it, and chainEnd that agent's end, for lists of agents:
	// "Pakistan's foreign minister, national security adviser and army
	// chief".
	chainActor, chainEnd := -1, -1
	// bareAt maps an agent left without an actor to its pending reference
	// in out; prepActors maps an agent attached across a preposition to
	// the actors it went with.
	var bareAt map[int]int
	var prepActors map[int][]int
	if len(agents) > 1 {
		bareAt, prepActors = map[int]int{}, map[int][]int{}
	}
	for gi, g := range agents {
		left, right := -1, -1
		viaPrep := false
		former, then := modBefore(g.i) // also "Peru's ex-premier" as one token
		possessive := false
		k := g.i
		for steps := 0; k > 0 && steps < 4; steps++ {
			key := keys[k-1]
			switch {
			case key == "former" || key == "ex":
				former = true
			case key == "then":
				then = true
			case isPossessive(key):
				possessive = true
			case isHyphen(key) || titleModifiers[key]:
			case forceModifiers[key] && armedAgent(g.rec.code):
				// "Afghan border troops", "Nepal's Maoist rebels"
			case strings.Count(key, "-") == 1 && len(key) > 3 && armedAgent(g.rec.code):
				// "Houthi anti-ship cruise missiles", "Russian
				// long-range bombers": a hyphenated modifier
			default:
				steps = 4
				continue
			}
			k--
		}
		// A person's agents go with the person's country only through a
		// possessive: "Assad's forces", not "Putin troops".
		if ai, ok := endAt[k]; ok && !actors[ai].used && attachable(actors[ai]) && (!actors[ai].rec.person || possessive && countryOf(actors[ai].code) != "") {
			left = ai
			if envoyWords[keys[g.j-1]] && !possessive {
				// "Washington's Sudan envoy", "the US Iran envoy": a
				// state named right before an envoy is where the
				// envoy is sent when another state is named before
				// it, whose envoy it is
				e := actors[ai].i
				if e > 0 && isPossessive(keys[e-1]) {
					e--
				}
				if oi, ok := endAt[e]; ok && oi != ai && !actors[oi].used && attachable(actors[oi]) && !actors[oi].rec.person {
					actors[ai].used = true // the state the envoy is sent to, inside the mention
					left = oi
				}
			}
		}
		if ai, ok := startAt[g.j]; ok && !actors[ai].used && attachable(actors[ai]) &&
			!(g.plural && !actors[ai].rec.person && actors[ai].rec.metonym) {
			// (plural people before a capital are not its: "the 40
			// Russian embassy employees Berlin expelled" were expelled
			// by Berlin)
			right = ai
		} else if g.j < n && (attachPrep(keys[g.j], g.rec.code) || keys[g.j] == "in" && homeForces(keys, g.i, g.j)) &&
			!(g.i > 0 && possessivePronoun[keys[g.i-1]]) {
			// "its troops from Mali" are the possessor's, not Mali's
			k := g.j + 1
			if _, ok := startAt[k]; !ok && k < n && keys[k] == "the" {
				k++ // unless "the" begins the actor's name ("the Islamic State")
			}
			// "two men in Brussels" are not of the European Union that
			// the city's name stands for as an actor
			if ai, ok := startAt[k]; ok && !actors[ai].used && !actors[ai].rec.person && attachable(actors[ai]) && left < 0 &&
				!(keys[g.j] == "in" && strings.HasPrefix(actors[ai].code, "IGO")) {
				right, viaPrep = ai, true
			}
		}
		if right >= 0 && !actors[right].rec.person && left >= 0 {
			right = -1 // "Pakistani troops in Afghanistan": the adjective wins
		}
		if left < 0 && right < 0 && chainActor >= 0 && listed(keys, chainEnd, g.i) {
			// The agent continues a list whose first agent has an actor.
			actor := actors[chainActor]
			f := found{Mention: mk(g.i, g.j), plural: g.plural}
			f.Kind = entente.MentionAgent
			f.Code = CombineAgent(agentBase(actor), Agent{Code: g.rec.code, Before: g.rec.before})
			if f2, _ := modBefore(g.i); f2 || former {
				f.Code = formerOf(actor)
			}
			f.Entries = []entente.EntryRef{m.actorRef(actor), m.agentRef(g)}
			f.class = agentClass(keys[g.j-1], g.plural, f.Code)
			f.country = countryOf(f.Code)
			chainEnd = g.j
			if f.Code != "" {
				out = append(out, f)
			}
			continue
		}
		chainActor, chainEnd = -1, -1
		if left >= 0 && right < 0 {
			chainActor, chainEnd = left, g.j
		}
		if left < 0 && right < 0 {
			if !policePost(keys, g) && (modifiesNoun(toks, keys, g.j) || startsName(toks, covered, g.j) || endsBothPhrase(keys, g.j)) {
				// "militant networks": the agent word is a modifier, and
				// "the militant group" may be a reference.
				for k := g.i; k < g.j; k++ {
					covered[k] = false
				}
				continue
			}
			f := found{Mention: mk(g.i, g.j), ref: refAgent, agent: g.rec, plural: g.plural, last: keys[g.j-1]}
			f.Kind = entente.MentionAgent
			f.Entries = []entente.EntryRef{m.agentRef(g)}
			f.det = g.i > 0 && determiners[keys[g.i-1]] && !covered[g.i-1]
			at := ofTheCountry(keys, g.i)
			if !f.det && at >= 0 && !covered[at] {
				// "the country's top union leaders": the state the
				// article speaks of, as for "the union leaders"; one
				// mention
				f.det = true
				f.Mention = mk(at, g.j)
				for k := at; k < g.i; k++ {
					covered[k] = true
				}
			} else if f.det {
				f.Mention = mk(g.i-1, g.j)
				covered[g.i-1] = true
				f.detIts = keys[g.i-1] == "its"
				if g.i > 1 && keys[g.i-2] == "and" && keys[g.i-1] == "the" {
					f.andAt = g.i - 2
				}
			}
			former2, _ := modBefore(g.i)
			if f.det {
				former2, _ = modBefore(f.Tokens[0])
			}
			f.former = former || former2
			if bareAt != nil {
				bareAt[gi] = len(out)
			}
			out = append(out, f)
			continue
		}
		var f found
		var actor actorHit
		span0, span1 := g.i, g.j
		if left >= 0 {
			actor = actors[left]
			actors[left].used = true
			span0 = actor.i
			former = former || actor.former
			then = then || actor.then
		}
		var person *actorHit
		if right >= 0 {
			actors[right].used = true
			span1 = actors[right].j
			if actors[right].rec.person {
				person = &actors[right]
			}
			if left < 0 {
				actor = actors[right]
			}
		}
		if left < 0 {
			f2, t2 := modBefore(g.i)
			former, then = former || f2, then || t2
		}
		if person != nil && left >= 0 {
			if lc, pc := countryOf(agentBase(actor)), countryOf(person.code); lc != "" && pc != "" && lc != pc &&
				!slices.Contains(sharedDemonyms[keys[actor.i]], pc) {
				// "Tanzanian President Hassan": the title's country says
				// the name is a namesake of the person listed (Jordan's
				// Prince Hassan), and the title codes the mention
				person = nil
			}
		}
		f.Mention = mk(span0, span1)
		f.Kind = entente.MentionAgent
		switch {
		case person != nil:
			code := person.code
			if !former && !person.former && hasPart(g.rec.code, "GOV") && !hasPart(code, "GOV") && !orgCode(code) {
				// "President Pervez Musharraf" after his tenure: the
				// title names the office held when the told events
				// happened, as "then-President" does
				then = true
			}
			if then || person.then {
				// "then-President X": the title says what X was then.
				code = person.rec.thenCode(d)
				if c := countryOf(code); c != "" && g.rec.code != "" {
					code = CombineAgent(c, Agent{Code: g.rec.code, Before: g.rec.before})
				}
			}
			if former || person.former {
				code = eliteOf(code)
			}
			if left >= 0 && orgCode(actor.code) && !former && !stateDelegates[keys[g.j-1]] {
				// "NATO Secretary General Jens Stoltenberg": the title
				// is an office of the organisation named before it,
				// whatever the person's country
				code = actor.code
			}
			f.Code = code
			f.class = classPerson
			f.surname = surnameOf(toks, keys, person.i, person.j)
			f.given = givenOf(toks, keys, person.i, person.j)
			f.Entries = []entente.EntryRef{m.actorRef(*person), m.agentRef(g)}
		default:
			code := CombineAgent(agentBase(actor), Agent{Code: g.rec.code, Before: g.rec.before})
			if former {
				code = formerOf(actor)
			} else if left >= 0 {
				f.head = g.rec
			}
			f.Code = code
			f.Entries = []entente.EntryRef{m.actorRef(actor), m.agentRef(g)}
			f.class = agentClass(keys[g.j-1], g.plural, f.Code)
			if actor.rec.metonym && !(viaPrep && keys[g.j] == "in") {
				// "students in Moscow": the capital is a place there.
				f.Kind = entente.MentionMetonym
			}
		}
		f.plural = g.plural
		f.country = countryOf(f.Code)
		if viaPrep && keys[g.j] == "in" {
			h := actors[right]
			at := found{Mention: mk(h.i, h.j), country: countryOf(agentBase(h))}
			at.Kind, at.Code, at.Entries = entente.MentionActor, agentBase(h), []entente.EntryRef{m.actorRef(h)}
			f.at = &at
		}
		if f.Code == "" {
			continue
		}
		if f.surname == "" && f.class == classPerson && !g.plural {
			var end int
			// a word is free for the name unless a mention or agent
			// holds it: a name the dictionaries list with no code on
			// this date ("British Foreign Secretary Geoffrey Howe",
			// listed for the EC presidency of 1986) holds none
			free := func(k int) bool {
				if !covered[k] {
					return true
				}
				for _, h := range actors {
					if k >= h.i && k < h.j && h.code != "" {
						return false
					}
				}
				for _, h := range agents {
					if k >= h.i && k < h.j {
						return false
					}
				}
				return true
			}
			f.surname, end = titledSurname(toks, keys, free, g.j, right, actors)
			if end > 0 {
				f.given = givenOf(toks, keys, g.j, end)
			} else if right >= 0 && actors[right].rec.person {
				f.given = givenOf(toks, keys, actors[right].i, actors[right].j)
			}
			if end > f.Tokens[1] {
				// the mention takes in the name ("British Foreign
				// Secretary Sir Geoffrey Howe"), the subject's head
				wide := mk(f.Tokens[0], end)
				f.Tokens, f.Span = wide.Tokens, wide.Span
				for k := g.j; k < end; k++ {
					covered[k] = true
				}
			}
		}
		out = append(out, f)
		if left >= 0 && right < 0 && !former && g.plural {
			out = m.sharedAgent(out, f, g, left, actors, endAt, keys, mk)
		}
		if !viaPrep {
			continue
		}
		if prepActors != nil {
			prepActors[gi] = append(prepActors[gi], right)
		}
		// "lawmakers in India and Pakistan": the agent goes with every
		// actor of a list after the preposition.
		for p := actors[right].j; ; {
			q := p
			for q < n && q-p < 2 && (keys[q] == "," || keys[q] == "and") {
				q++
			}
			if q < n && q > p && keys[q] == "the" {
				q++
			}
			ai, ok := startAt[q]
			if q == p || !ok || actors[ai].used || actors[ai].rec.person || !attachable(actors[ai]) {
				break
			}
			if e := actors[ai].j; e < n && (isPossessive(keys[e]) || agentStart[e]) {
				break // "... and India's prime minister": its own agent
			}
			next := actors[ai]
			actors[ai].used = true
			g2 := f
			g2.Mention = mk(next.i, next.j)
			g2.Kind = entente.MentionAgent
			g2.Code = CombineAgent(agentBase(next), Agent{Code: g.rec.code, Before: g.rec.before})
			if former {
				g2.Code = formerOf(next)
			}
			g2.Entries = []entente.EntryRef{m.actorRef(next), m.agentRef(g)}
			g2.country = countryOf(g2.Code)
			out = append(out, g2)
			if prepActors != nil {
				prepActors[gi] = append(prepActors[gi], ai)
			}
			p = next.j
		}
	}
	// "lawmakers and officials in India": an agent without an actor that
	// is listed before an agent attached across a preposition goes with the
	// same actors.
	for gi := len(agents) - 2; gi >= 0; gi-- {
		oi, bare := bareAt[gi]
		list := prepActors[gi+1]
		g := agents[gi]
		if !bare || len(list) == 0 || !listed(keys, g.j, agents[gi+1].i) {
			continue
		}
		prepActors[gi] = list
		pending := out[oi]
		for n, ai := range list {
			h := actors[ai]
			f := found{Mention: pending.Mention, plural: g.plural}
			if n > 0 {
				f.Mention = mk(h.i, h.j)
			}
			f.Kind = entente.MentionAgent
			f.Code = CombineAgent(agentBase(h), Agent{Code: g.rec.code, Before: g.rec.before})
			if pending.former {
				f.Code = formerOf(h)
			}
			f.Entries = []entente.EntryRef{m.actorRef(h), m.agentRef(g)}
			f.class = agentClass(keys[g.j-1], g.plural, f.Code)
			f.country = countryOf(f.Code)
			if n == 0 {
				out[oi] = f
			} else {
				out = append(out, f)
			}
		}
	}

	// 4. Actors on their own.
	for _, h := range actors {
		if h.used || h.code == "" {
			continue
		}
		code := h.code
		if h.then || h.rec.person && !h.former && !hasPart(code, "GOV") && (titled(keys[h.i:h.j]) || h.j < n && govBodies[keys[h.j]] || govBodies[keys[h.j-1]]) {
			// "then-President X", a name entry that holds the title
			// ("President Bill Clinton"), and a leader's government
			// ("the Biden administration imposed sanctions in 2022",
			// told after its term; the Phoenix "CLINTON_ADMINISTRATION"
			// among Clinton's names): the office held then
			code = h.rec.thenCode(d)
		}
		if h.former {
			code = eliteOf(code)
		}
		f := found{Mention: mk(h.i, h.j), plural: h.plural}
		// "the Reagan administration", a name of a person's entry, is a
		// body
		body := h.rec.person && institutions[keys[h.j-1]]
		if h.rec.person && !body {
			f.surname = surnameOf(toks, keys, h.i, h.j)
			f.given = givenOf(toks, keys, h.i, h.j)
		}
		f.Code = code
		f.Kind = entente.MentionActor
		if h.rec.metonym {
			f.Kind = entente.MentionMetonym
		}
		f.Entries = []entente.EntryRef{m.actorRef(h)}
		f.country = countryOf(code)
		f.class = actorClass(h.rec, code)
		if body {
			f.class = classState
		}
		out = append(out, f)
	}

	// 5. References: pronouns and definite descriptions.
	for i := 0; i < n; i++ {
		if covered[i] {
			continue
		}
		if end, kind, region := description(keys, covered, i); kind != refNone {
			if _, named := startAt[end]; !named {
				f := found{Mention: mk(i, end), ref: kind, region: region}
				f.Kind = entente.MentionCoref
				out = append(out, f)
			}
			i = end - 1
			continue
		}
		if keys[i] != "it" || expletive(keys, i) {
			// no "it" that stands for an actor
		} else if subj := itSubject(keys, i); subj || itObject(keys, i) {
			f := found{Mention: mk(i, i+1), ref: refIt, subj: subj}
			if i > 0 && (keys[i-1] == "which" || keys[i-1] == "that") {
				// "sanctions on Eritrea, which it imposed": the
				// subject of an object relative clause is not the noun
				// the clause hangs on
				f.notEnd = i - 1
				if f.notEnd > 0 && keys[f.notEnd-1] == "," {
					f.notEnd--
				}
			}
			f.Kind = entente.MentionCoref
			out = append(out, f)
			continue
		}
		for _, rp := range refPhrases[keys[i]] {
			if i+len(rp.keys) > n {
				continue
			}
			// "the two nuclear-armed neighbours": words that describe
			// the pair may stand before its noun
			skip := 0
			if rp.kind == refBoth && len(rp.keys) == 3 && rp.keys[1] == "two" {
				for skip < 4 && i+len(rp.keys)+skip <= n && pairModifiers[keys[i+2+skip]] && !covered[i+2+skip] {
					skip++
				}
			}
			ok := true
			for k, w := range rp.keys {
				at := i + k
				if k == len(rp.keys)-1 {
					at += skip
				}
				if at >= n || keys[at] != w || covered[at] {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			end := i + len(rp.keys) + skip
			if _, named := startAt[end]; named {
				break // "the militant group Hamas": an apposition, not a reference
			}
			f := found{Mention: mk(i, end), ref: rp.kind}
			if w := keys[end-1]; rp.kind == refBothPersons && (w == "ministers" || w == "presidents") {
				f.title = strings.TrimSuffix(w, "s")
			}
			f.Kind = entente.MentionCoref
			f.addressed = addressed(keys, i)
			if (keys[i] == "them" || keys[i] == "him") && i > 1 && objectOfVerbAt(keys, i-1) {
				// "Peruvian troops ambushed them", "Kenyan and Somali
				// troops ambushed them": the object pronoun is not
				// the subject before its verb
				if start, ok := subjectChain(out, keys, i-1); ok {
					f.notEnd, f.notStart = i-1, start
				}
			}
			out = append(out, f)
			i = end - 1
			break
		}
	}
	out = splitCompounds(out)
	markSalience(out, keys)
	for k := range out {
		if t := out[k].Tokens; out[k].class == classPerson && t[0] < t[1] && t[1] <= len(keys) {
			out[k].words = strings.Join(keys[t[0]:t[1]], " ")
		}
	}
	if orig != nil {
		for k := range out {
			t := &out[k].Tokens
			t[0], t[1] = orig[t[0]], orig[t[1]-1]+1
			if p := out[k].ppEnd; p > 0 {
				out[k].ppEnd = orig[p-1] + 1
			}
			if p := out[k].notEnd; p > 0 {
				out[k].notEnd = orig[p-1] + 1
				if q := out[k].notStart; q > 0 && q < len(orig) {
					out[k].notStart = orig[q]
				}
			}
		}
	}
	slices.SortStableFunc(out, byStart)
	return out
}

// byStart orders mentions by their first token.
func byStart(x, y found) int { return cmp.Compare(x.Tokens[0], y.Tokens[0]) }

// agentBase is the code an agent is added to: the actor's code, or for a
// capital ("Islamabad's army chief") or a person ("Assad's forces") the
// country it stands for, whose branch the agent names.
func agentBase(h actorHit) string {
	if h.rec.metonym || h.rec.person {
		if c := countryOf(h.code); c != "" {
			return c
		}
	}
	return h.code
}

// formerOf is the code of a former holder of an agent's office with an
// actor ("former Pakistani officials"): the agent becomes ELI, as the TABARI
// manual (5.4.1) says, and combines with the actor.
func formerOf(h actorHit) string {
	return CombineAgent(agentBase(h), Agent{Code: "ELI"})
}

// listed reports whether the tokens from..to separate two items of a list:
// ",", "and" or ", and".
func listed(keys []string, from, to int) bool {
	if from < 0 || to <= from || to-from > 2 {
		return false
	}
	for k := from; k < to; k++ {
		if keys[k] != "," && keys[k] != "and" {
			return false
		}
	}
	return true
}

// markSalience marks, for the coreference of "its", the mentions that
// stand where a clause's subject stands (after the start of the sentence,
// punctuation or a conjunction: "..., Pakistan will", "Although the
// Taliban is"; before "which" or "who"; before a verb: "a step Moscow
// said"), and for each "its" the mention it follows across prepositions
// only ("sanctions against Russia over its actions").
func markSalience(out []found, keys []string) {
	for k := range out {
		f := &out[k]
		if f.ref != refNone {
			continue
		}
		i := f.Tokens[0] - 1
		if i >= 0 && (keys[i] == "the" || keys[i] == "a" || keys[i] == "an") {
			i--
		}
		f.subj = i < 0 || subjectCues[keys[i]] || isBoundary(keys[i]) || isHyphen(keys[i])
		if i >= 1 && keys[i] == "and" {
			// "warned France and Germany that": a conjunct stands where
			// the mention it is joined to stands
			for p := k - 1; p >= 0; p-- {
				if out[p].ref == refNone && out[p].Tokens[1] == i {
					f.subj = out[p].subj
					break
				}
			}
		}
		if i >= 2 && sponsorWords[keys[i]] && isHyphen(keys[i-1]) {
			// "the Iran-backed Lebanese movement said it": the phrase's
			// head stands where the sponsor stood, and the sponsor, a
			// modifier, stands where no subject does.
			for p := k - 1; p >= 0; p-- {
				if out[p].ref == refNone && out[p].Tokens[1] == i-1 {
					f.subj, out[p].subj = out[p].subj, false
					break
				}
			}
		}
		// "India, which registered its unease": the subject of a
		// relative clause.
		j := f.Tokens[1]
		if j < len(keys) && keys[j] == "," {
			j++
		}
		if j < len(keys) && (keys[j] == "which" || keys[j] == "who") {
			f.subj = true
		}
		// "a step Moscow said": a mention before a verb, unless it ends a
		// prepositional phrase ("the overtures to Islamabad are").
		prep := i >= 0 && (linkPreps[keys[i]] || keys[i] == "like" || keys[i] == "than" || keys[i] == "between")
		if j = f.Tokens[1]; !prep && j < len(keys) && (subjectVerbs[keys[j]] || len(keys[j]) > 4 && strings.HasSuffix(keys[j], "ed") && isLowerWord(keys[j])) {
			f.subj = true
		}
		if j = f.Tokens[1]; j < len(keys) && (keys[j] == "'s" || keys[j] == "\u2019s" || keys[j] == "'") {
			// "Belarus, Russia's closest ally, said it": a possessor
			// stands where no subject does
			f.subj = false
		}
	}
	for k := range out {
		f := &out[k]
		if f.ref != refIts && !(f.ref == refAgent && f.detIts) {
			continue
		}
		// "India is its bitter rival", "Turkey, its closest ally": the
		// subject of the copula, or the head of the appositive, whose
		// predicate holds "its" is not what "its" refers to
		c := f.Tokens[0] - 1
		for c >= 0 && copulaWords[keys[c]] {
			c--
		}
		if c < f.Tokens[0]-1 || c == f.Tokens[0]-1 && c >= 0 && keys[c] == "," {
			if c == f.Tokens[0]-1 {
				c--
			}
			for _, g := range out {
				if g.ref == refNone && g.Tokens[1] == c+1 {
					f.notEnd = c + 1
					break
				}
			}
		}
		i, n := f.Tokens[0]-1, 0
		for i >= 0 && n < 3 && linkPreps[keys[i]] {
			i--
			n++
		}
		if n == 0 {
			continue
		}
		for _, g := range out {
			if g.ref == refNone && g.Tokens[1] == i+1 {
				f.ppEnd = i + 1
				break
			}
		}
	}
}

// copulaWords link a subject to a predicate noun: "is", "remains", "has
// become".
var copulaWords = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "remains": true, "remain": true,
	"remained": true, "became": true, "become": true, "becomes": true, "has": true, "have": true,
	"had": true, "been": true, "now": true, "still": true, "also": true,
}

// subjectVerbs are auxiliaries and reporting verbs that show the mention
// before them to be a subject.
var subjectVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "has": true, "have": true, "had": true, "is": true, "was": true,
	"were": true, "are": true, "will": true, "would": true, "could": true, "can": true, "may": true,
	"might": true, "must": true, "should": true, "did": true, "does": true, "also": true, "told": true,
}

// isLowerWord reports whether k is made of the letters a to z only.
func isLowerWord(k string) bool {
	for i := 0; i < len(k); i++ {
		if k[i] < 'a' || k[i] > 'z' {
			return false
		}
	}
	return true
}

// subjectCues are the words after which a mention is likely a subject.
var subjectCues = map[string]bool{
	"and": true, "but": true, "as": true, "while": true, "because": true, "since": true, "that": true,
	"which": true, "who": true, "when": true, "whereas": true, "although": true, "though": true, "if": true,
	"so": true, "thus": true, "then": true, "yet": true, "also": true, "now": true, "however": true,
	"meanwhile": true, "still": true, "where": true, "after": true, "before": true, "once": true, "until": true,
}

// sponsorWords are the participles after a hyphen that make the actor
// before it a modifier of the phrase that follows ("Iran-backed",
// "US-led", "Saudi-funded").
var sponsorWords = map[string]bool{
	"backed": true, "led": true, "based": true, "allied": true, "aligned": true, "supported": true,
	"sponsored": true, "funded": true, "trained": true, "armed": true, "installed": true, "brokered": true,
}

// linkPreps are the prepositions that tie "its" to the noun just before
// them ("Russia over its", "Islamabad due to its").
var linkPreps = map[string]bool{
	"on": true, "over": true, "due": true, "to": true, "in": true, "for": true, "with": true, "from": true,
	"about": true, "of": true, "against": true, "toward": true, "towards": true, "into": true, "at": true,
	"by": true, "within": true, "across": true, "through": true, "along": true, "upon": true, "because": true,
}

// attachable reports whether an actor hit may take an agent: it has an
// actor code, not the null code nor a special one.
func attachable(h actorHit) bool { return h.code != "" && !IsSpecial(h.code) }

// splitCompounds turns each mention of a coded compound ("GME/GMW") into
// one mention per code, all with the same span, in the order written.
func splitCompounds(out []found) []found {
	n := 0
	for k := range out {
		if strings.IndexByte(out[k].Code, '/') >= 0 {
			n++
		}
	}
	if n == 0 {
		return out
	}
	res := make([]found, 0, len(out)+n)
	for _, f := range out {
		if strings.IndexByte(f.Code, '/') < 0 {
			res = append(res, f)
			continue
		}
		for part := range strings.SplitSeq(f.Code, "/") {
			if part == "" || part == nullCode {
				continue
			}
			g := f
			g.Code = part
			g.country = countryOf(part)
			res = append(res, g)
		}
	}
	return res
}

// splitJoined splits the tokens that hold a word connector, as text written
// for the dictionaries' conventions may ("Dol_Amroth"), into their words,
// so that they match "DOL_AMROTH" as two words. It returns nil for orig
// when nothing was split; otherwise orig maps each new token to the index
// of the token it came from.
func splitJoined(toks []entente.Token) (out []entente.Token, orig []int) {
	first := -1
	for i := range toks {
		if joinedAt(toks[i].Form) > 0 {
			first = i
			break
		}
	}
	if first < 0 {
		return toks, nil
	}
	out = make([]entente.Token, 0, len(toks)+4)
	orig = make([]int, 0, len(toks)+4)
	for i := range toks {
		t := toks[i]
		if i < first || joinedAt(t.Form) <= 0 {
			out = append(out, t)
			orig = append(orig, i)
			continue
		}
		exact := t.Span.Len() == len(t.Form)
		off := 0
		rest := t.Form
		for rest != "" {
			w, after, found := strings.Cut(rest, "_")
			if w != "" {
				sub := t
				sub.Form = w
				sub.Lemma = ""
				sub.SpaceAfter = !found && t.SpaceAfter
				if exact {
					sub.Span = entente.Span{Start: t.Span.Start + off, End: t.Span.Start + off + len(w)}
				}
				out = append(out, sub)
				orig = append(orig, i)
			}
			off += len(w) + 1
			rest = after
		}
	}
	return out, orig
}

// joinedAt returns the position of an underscore that joins two words of
// a token, or 0 when there is none.
func joinedAt(form string) int {
	i := strings.IndexByte(form, '_')
	if i <= 0 || i == len(form)-1 {
		return 0
	}
	return i
}

// longestAgent returns the end of the longest agent phrase starting at
// token i over uncovered tokens (-1 when none), its trie node and whether
// its last word matched as a plural.
//
// roots, when not nil, are the keys' root edges (rootsOf).
func (m *Matcher) longestAgent(keys []string, roots [][3]int32, covered []bool, i int) (best int, bestNode int32, bestPlural bool) {
	best = -1
	walkRoot(m.agentTrie, keys, roots, rootAgent, i, m.opts.MaxGap, func(end int, node int32, plural bool) {
		p := m.agentTrie.hits[m.agentTrie.nodes[node].hit-1]
		if plural && !p.plural {
			return
		}
		for k := i; k < end; k++ {
			if covered[k] {
				return
			}
		}
		if end > best {
			best, bestNode, bestPlural = end, node, plural
		}
	})
	return best, bestNode, bestPlural
}

// walkRoot walks the trie t from keys[i] (trie.walk), with the root edges
// of roots[i][ti] when roots is not nil.
func walkRoot(t *trie, keys []string, roots [][3]int32, ti, i, maxGap int, fn func(end int, node int32, plural bool)) {
	if roots == nil {
		t.walk(keys, i, maxGap, fn)
		return
	}
	if i < len(roots) {
		t.walkFrom(keys, i, maxGap, roots[i][ti], fn)
	}
}

// longestActor returns the end of the longest actor phrase starting at
// token i (-1 when none), its trie node and whether its last word matched
// as a plural.
//
// roots, when not nil, are the keys' root edges (rootsOf).
func (m *Matcher) longestActor(keys []string, roots [][3]int32, i int) (best int, bestNode int32, bestPlural bool) {
	best = -1
	walkRoot(m.actorTrie, keys, roots, rootActor, i, m.opts.MaxGap, func(end int, node int32, plural bool) {
		p := m.actorTrie.hits[m.actorTrie.nodes[node].hit-1]
		if plural && !p.plural {
			return
		}
		if end > best || end == best && bestPlural && !plural {
			best, bestNode, bestPlural = end, node, plural
		}
	})
	return best, bestNode, bestPlural
}

// capitalStart reports whether an actor match may start at token i: the
// word is capitalised, or one of the next three is ("the Kremlin",
// "al-Qaeda"); the match itself must then hold a capitalised word.
func (m *Matcher) capitalStart(toks []entente.Token, keys []string, i int) bool {
	for k := i; k < len(toks) && k <= i+3; k++ {
		if capitalised(toks[k].Form) {
			return true
		}
	}
	return false
}

func anyCapitalised(toks []entente.Token) bool {
	for i := range toks {
		if capitalised(toks[i].Form) {
			return true
		}
	}
	return false
}

func (m *Matcher) actorRef(h actorHit) entente.EntryRef {
	ph := h.rec.phrases[h.pay.phrase]
	return entente.EntryRef{File: h.rec.file, Line: ph.line, Text: ph.text}
}

func (m *Matcher) agentRef(g agentHit) entente.EntryRef {
	return entente.EntryRef{File: g.rec.file, Line: g.rec.phr.line, Text: g.rec.phr.text}
}

// modifierBefore reports whether "former"/"ex" or "then" stands right
// before token i (across a hyphen: "ex-President", "then-President").
func modifierBefore(keys []string, i int) (former, then bool) {
	k := i - 1
	if k >= 0 && isHyphen(keys[k]) {
		k--
	}
	if k < 0 {
		return false, false
	}
	switch keys[k] {
	case "former", "ex":
		return true, false
	case "then":
		return false, true
	}
	return false, false
}

// eliteOf turns a code into the code of a former office holder: the
// country (or the code itself) with ELI, as CAMEO codes "former" officials.
func eliteOf(code string) string {
	if code == "" || IsSpecial(code) {
		return code
	}
	if strings.IndexByte(code, '/') >= 0 {
		return eachCode(code, eliteOf)
	}
	if c := countryOf(code); c != "" {
		return c + "ELI"
	}
	if hasPart(code, "ELI") {
		return code
	}
	return code + "ELI"
}

// attachPrep reports whether an agent followed by the preposition prep
// belongs to the actor after it: "the foreign minister of Pakistan",
// "soldiers from Russia", "activists in Pakistan". TABARI attaches across
// "of" and "in"; entente adds "from", and does not attach armed forces
// across "in", as "forces in Afghanistan" are seldom Afghan forces.
func attachPrep(prep, agentCode string) bool {
	switch prep {
	case "of", "from":
		return true
	case "in":
		// "troops in Afghanistan" are not Afghan, but "the military
		// government in Bamako" is Mali's
		return !strings.HasPrefix(agentCode, "MIL") && !hasPart(agentCode, "MIL") || hasPart(agentCode, "GOV")
	}
	return false
}

// homeForces reports whether the agent of words i to j is security
// forces that open their sentence ("Security forces in Togo used tear
// gas", "The security forces in Honduras detained"): forces of that name
// serve at home, so the place after "in" is their state's, while "troops
// in Afghanistan" are seldom Afghan (attachPrep).
func homeForces(keys []string, i, j int) bool {
	return (i == 0 || i == 1 && keys[0] == "the") && j-i >= 2 && keys[j-2] == "security" &&
		(keys[j-1] == "forces" || keys[j-1] == "force" || keys[j-1] == "personnel")
}

// groupRoles are the roles of non-state armed or opposition groups, which
// "the group" and "the militants" refer to.
var groupRoles = []string{"REB", "INS", "SEP", "UAF", "OPP", "CRM"}

func isGroupCode(code string) bool {
	for _, g := range []string{"IMG", "NGO", "NGM", "IGO", "MNC"} {
		if len(code) >= 3 && code[:3] == g {
			return true
		}
	}
	for _, r := range groupRoles {
		if hasPart(code, r) {
			return true
		}
	}
	return false
}

// isArmedCode reports whether a code is that of an armed non-state group
// (IMG..., ...REB, ...INS, ...SEP, ...UAF), which "the militants" refers to.
func isArmedCode(code string) bool {
	if len(code) >= 3 && code[:3] == "IMG" {
		return true
	}
	for _, r := range []string{"REB", "INS", "SEP", "UAF"} {
		if hasPart(code, r) {
			return true
		}
	}
	return false
}

// functionWords may follow a noun; a bare agent followed by any other
// lower-case word ("militant networks") is taken as a modifier.
var functionWords = map[string]bool{
	"said": true, "says": true, "say": true, "has": true, "have": true, "had": true, "is": true, "was": true,
	"were": true, "are": true, "be": true, "been": true, "will": true, "would": true, "could": true,
	"should": true, "may": true, "might": true, "must": true, "can": true, "did": true, "do": true,
	"does": true, "and": true, "or": true, "but": true, "of": true, "in": true, "to": true, "on": true,
	"at": true, "for": true, "with": true, "from": true, "who": true, "which": true, "that": true,
	"also": true, "then": true, "as": true, "by": true, "after": true, "before": true, "over": true,
	"under": true, "into": true, "against": true, "killed": true, "told": true, "reported": true,
	"claimed": true, "attacked": true, "fled": true, "spoke": true, "met": true, "warned": true,
	"left": true, "went": true, "came": true, "took": true, "made": true, "gave": true, "fought": true,
	"began": true, "won": true, "lost": true, "held": true, "sent": true, "shot": true, "struck": true,
	"seized": true, "arrived": true, "crossed": true, "entered": true, "withdrew": true, "stormed": true,
	"near": true, "outside": true, "around": true, "inside": true, "across": true, "along": true,
	"during": true, "through": true, "behind": true, "beyond": true, "among": true, "amid": true,
	"toward": true, "towards": true, "off": true, "within": true, "without": true, "despite": true,
	// words of place and time after a noun ("militants close to the
	// border", "fighters loyal to the general", "rebels there")
	"close": true, "next": true, "loyal": true, "there": true, "here": true, "overnight": true,
	"yesterday": true, "today": true, "tonight": true, "again": true, "still": true, "now": true,
}

// lyNouns are nouns that end like adverbs ("a rebel rally", "a police
// assembly"); other words in "-ly" after an agent are adverbs ("militants
// reportedly killed"), not the noun the agent describes.
var lyNouns = map[string]bool{"ally": true, "rally": true, "family": true, "assembly": true, "supply": true,
	"monopoly": true, "anomaly": true, "tally": true, "reply": true, "bully": true, "gully": true, "folly": true}

// modifiesNoun reports whether the token at j (after an agent) shows the
// agent to be a modifier of a noun: a NOUN tag when the sentence is tagged,
// else a lower-case word that is not a function word.
func modifiesNoun(toks []entente.Token, keys []string, j int) bool {
	if j >= len(toks) {
		return false
	}
	if toks[j].UPOS != "" {
		return toks[j].UPOS == "NOUN"
	}
	f := toks[j].Form
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsLower(r) && !functionWords[keys[j]] && !strings.HasSuffix(keys[j], "ed") && !irregularPast[keys[j]] &&
		!(len(keys[j]) > 4 && strings.HasSuffix(keys[j], "ly") && !lyNouns[keys[j]])
}

// policePost reports whether the bare agent g is the police named by a post
// or a party of theirs ("attacked a police station", "ambushed a police
// patrol"), or an armed group by its camp, base or positions: an attack on
// it is an attack on them, where other nouns after an agent word make it a
// modifier ("police reform", "rebel leader").
func policePost(keys []string, g agentHit) bool {
	if g.j >= len(keys) {
		return false
	}
	switch keys[g.j-1] {
	case "police":
		return policeUnits[keys[g.j]]
	case "rebel", "rebels", "separatist", "separatists", "militant", "militants", "insurgent", "insurgents",
		"guerrilla", "guerrillas", "jihadist", "jihadists", "gang", "gangs":
		// "shelled a separatist base", "raided a rebel camp": the
		// group's post is the group
		return policeUnits[keys[g.j]] || groupPosts[keys[g.j]]
	}
	return false
}

// groupPosts are the nouns after an armed group's word that stand for the
// group: its camps, bases and positions.
var groupPosts = map[string]bool{"camp": true, "camps": true, "base": true, "bases": true, "position": true,
	"positions": true, "hideout": true, "hideouts": true, "stronghold": true, "strongholds": true,
	"column": true, "columns": true, "fighters": true, "hideaway": true, "den": true, "dens": true}

// policeUnits are the nouns after "police" that stand for the police.
var policeUnits = map[string]bool{
	"station": true, "stations": true, "post": true, "posts": true, "checkpoint": true,
	"checkpoints": true, "barracks": true, "patrol": true, "patrols": true, "convoy": true,
	"convoys": true, "outpost": true, "outposts": true, "headquarters": true, "vehicle": true,
	"vehicles": true, "van": true, "vans": true, "car": true, "cars": true, "unit": true, "units": true,
}

// irregularPast are past tenses without "-ed" that news tells deeds with:
// after a bare agent ("Insurgents blew up a post", "Gunmen shot two
// men") they are its verb, not a noun the agent modifies.
var irregularPast = map[string]bool{
	"blew": true, "struck": true, "shot": true, "fought": true, "took": true, "hit": true, "made": true,
	"said": true, "told": true, "sent": true, "held": true, "met": true, "led": true, "left": true,
	"gave": true, "fled": true, "stole": true, "threw": true, "drove": true, "bought": true, "sold": true,
	"built": true, "brought": true, "caught": true, "broke": true, "came": true, "fell": true, "flew": true,
	"got": true, "kept": true, "lost": true, "paid": true, "put": true, "ran": true, "rose": true, "saw": true,
	"set": true, "shut": true, "slew": true, "spoke": true, "stood": true, "tore": true, "won": true,
	"wrote": true, "withdrew": true, "overran": true, "overthrew": true, "sought": true, "began": true,
	"beat": true, "burnt": true, "went": true, "swept": true, "laid": true,
	"hid": true, "froze": true, "dealt": true, "bound": true,
}

// startsName reports whether the token at j (after a bare agent) is a
// capitalised word that no dictionary entry took: the agent word is then
// part of a name ("the Islamic Emirate", "the Army Public School").
func startsName(toks []entente.Token, covered []bool, j int) bool {
	if j >= len(toks) || covered[j] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[j].Form)
	return unicode.IsUpper(r)
}

func actorClass(r *actorRec, code string) class {
	switch {
	case r.person:
		return classPerson
	case isGroupCode(code):
		return classGroup
	case countryOf(code) != "":
		return classState
	}
	return classOther
}

// institutions are agent nouns that name a body rather than a person.
var institutions = map[string]bool{
	"government": true, "army": true, "military": true, "ministry": true, "police": true, "parliament": true,
	"navy": true, "force": true, "forces": true, "administration": true, "cabinet": true, "regime": true,
	"council": true, "court": true, "party": true, "office": true, "agency": true, "authorities": true,
	"intelligence": true, "guard": true, "service": true, "services": true, "media": true, "company": true,
}

func agentClass(last string, plural bool, code string) class {
	switch {
	case isGroupCode(code) && (plural || !institutions[last]):
		return classGroup
	case plural || institutions[last]:
		return classState
	}
	return classPerson
}

func endsPlural(k string) bool {
	return len(k) > 3 && k[len(k)-1] == 's' && k[len(k)-2] != 's' || pluralNouns[k]
}

// pluralNouns are the irregular plurals agents end in.
var pluralNouns = map[string]bool{
	"people": true, "men": true, "women": true, "police": true, "personnel": true, "children": true,
	"businessmen": true, "policemen": true, "servicemen": true, "tribesmen": true, "gunmen": true, "clergy": true,
}

func isPossessive(k string) bool { return k == "'s" || k == "'" || k == "s" }

// titleModifiers may stand between a country and its agent: "Pakistan's new
// foreign minister", "Russia's top diplomat".
var titleModifiers = map[string]bool{
	"new": true, "top": true, "senior": true, "acting": true, "interim": true, "outgoing": true,
	"incoming": true, "current": true, "own": true, "caretaker": true, "elected": true, "chief": true,
	"powerful": true, "main": true, "leading": true, "deputy": true, "late": true,
}

// forceModifiers are the nouns and adjectives that may stand between a
// state and its armed forces, police or rebels without making them
// another's: "Afghan border troops", "Iraqi elite forces", "Nepal's Maoist
// rebels".
var forceModifiers = map[string]bool{"border": true, "frontier": true, "elite": true, "regular": true, "reserve": true,
	"maoist": true, "islamist": true, "marxist": true, "communist": true, "leftist": true, "separatist": true,
	"jihadist": true, "armed": true}

// armedAgent reports whether agent code (such as "~MIL") names armed men:
// forces, police, rebels, insurgents or militias.
func armedAgent(code string) bool {
	for _, r := range []string{"MIL", "COP", "REB", "INS", "UAF", "SEP"} {
		if strings.Contains(code, r) {
			return true
		}
	}
	return false
}

// possessivePronoun are the possessive determiners that say whose an agent
// is ("its troops").
var possessivePronoun = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true}

// addressWords are the verbs before a reference to two parties that make
// it the parties addressed (see found.addressed).
var addressWords = map[string]bool{"urged": true, "urging": true, "urges": true, "urge": true,
	"asked": true, "told": true, "pressed": true, "warned": true}

// addressed reports whether the reference to two parties at token i is
// addressed or stood between: after a verb of addressWords, after "called
// on" or "called upon", or after a mediator's "between" ("mediated between
// the two countries"; not "fighting between the two countries", whose
// speaker may be one of them).
func addressed(keys []string, i int) bool {
	if i < 1 {
		return false
	}
	if addressWords[keys[i-1]] {
		return true
	}
	if i < 2 {
		return false
	}
	switch keys[i-1] {
	case "on", "upon":
		return keys[i-2] == "called" || keys[i-2] == "calling" || keys[i-2] == "calls" || keys[i-2] == "call"
	case "between":
		return strings.HasPrefix(keys[i-2], "mediat") || strings.HasPrefix(keys[i-2], "broker")
	}
	return false
}

// determiners make a bare agent a reference to an earlier actor.
var determiners = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true, "both": true}

type refPhrase struct {
	keys []string
	kind refKind
}

// refPhrases are the anaphoric expressions, indexed by their first word,
// longest first.
var refPhrases = func() map[string][]refPhrase {
	list := []refPhrase{
		{[]string{"the", "two", "countries"}, refBoth},
		{[]string{"the", "two", "nations"}, refBoth},
		{[]string{"the", "two", "sides"}, refBoth},
		{[]string{"the", "two", "neighbours"}, refBoth},
		{[]string{"the", "two", "neighbors"}, refBoth},
		{[]string{"the", "two", "governments"}, refBoth},
		{[]string{"the", "two", "rivals"}, refBoth},
		{[]string{"the", "two", "foes"}, refBoth},
		{[]string{"the", "two", "allies"}, refBoth},
		{[]string{"the", "two", "states"}, refBoth},
		{[]string{"the", "neighbours"}, refBoth},
		{[]string{"the", "neighbors"}, refBoth},
		{[]string{"the", "two", "leaders"}, refBothPersons},
		{[]string{"the", "two", "men"}, refBothPersons},
		{[]string{"the", "two", "women"}, refBothPersons},
		{[]string{"the", "two", "presidents"}, refBothPersons},
		{[]string{"the", "two", "ministers"}, refBothPersons},
		{[]string{"both", "leaders"}, refBothPersons},
		{[]string{"both", "men"}, refBothPersons},
		{[]string{"the", "regional", "bloc"}, refBloc},
		{[]string{"the", "bloc"}, refBloc},
		{[]string{"the", "alliance"}, refBloc},
		{[]string{"the", "grouping"}, refBloc},
		{[]string{"the", "two", "armies"}, refBothArmies},
		{[]string{"the", "two", "militaries"}, refBothArmies},
		{[]string{"both", "armies"}, refBothArmies},
		{[]string{"both", "countries"}, refBoth},
		{[]string{"both", "nations"}, refBoth},
		{[]string{"both", "sides"}, refBoth},
		{[]string{"both", "governments"}, refBoth},
		{[]string{"the", "country"}, refCountry},
		{[]string{"the", "nation"}, refCountry},
		{[]string{"the", "militant", "group"}, refGroup},
		{[]string{"the", "terror", "group"}, refGroup},
		{[]string{"the", "terrorist", "group"}, refGroup},
		{[]string{"the", "rebel", "group"}, refGroup},
		{[]string{"the", "insurgent", "group"}, refGroup},
		{[]string{"the", "group"}, refGroup},
		{[]string{"the", "organisation"}, refGroup},
		{[]string{"the", "organization"}, refGroup},
		{[]string{"the", "outfit"}, refGroup},
		{[]string{"the", "movement"}, refGroup},
		{[]string{"its"}, refIts},
		{[]string{"he"}, refPerson},
		{[]string{"him"}, refPerson},
		{[]string{"his"}, refPerson},
		{[]string{"she"}, refPerson},
		{[]string{"her"}, refPerson},
		{[]string{"they"}, refThey},
		{[]string{"them"}, refPlural},
		{[]string{"their"}, refPlural},
	}
	out := map[string][]refPhrase{}
	for _, r := range list {
		out[r.keys[0]] = append(out[r.keys[0]], r)
	}
	return out
}()

// pairModifiers are words that may describe two parties referred to
// together between "the two" and the noun ("the two nuclear-armed
// neighbours", "the two warring sides"), lower case, with the hyphen.
var pairModifiers = map[string]bool{"nuclear": true, "-": true, "armed": true, "warring": true, "feuding": true,
	"rival": true, "neighbouring": true, "neighboring": true, "estranged": true, "longtime": true, "old": true,
	"historic": true, "former": true, "close": true, "south": true, "asian": true, "gulf": true, "arab": true,
	"african": true, "european": true, "baltic": true, "central": true, "himalayan": true, "korean": true}

// endsBothPhrase reports whether a reference to two actors ends at token
// end ("the two governments", "both governments"), so that its last word is
// not taken as a bare agent.
func endsBothPhrase(keys []string, end int) bool {
	for i := end - 3; i < end-1; i++ {
		if i < 0 {
			continue
		}
		for _, rp := range refPhrases[keys[i]] {
			if (rp.kind == refBoth || rp.kind == refBothPersons || rp.kind == refBothArmies) && i+len(rp.keys) == end && slices.Equal(rp.keys, keys[i:end]) {
				return true
			}
		}
	}
	return false
}

// DiscardHit is a discard phrase found in a sentence: the sentence (or,
// for a story discard, the whole article) should not be coded.
type DiscardHit struct {
	Sentence int
	Span     entente.Span
	// Story reports a story-level discard ("+" in the discard list).
	Story bool
	Entry entente.EntryRef
	// Topic reports a sentence discard phrase of a disease, a disaster or
	// pollution (topicalPhrase) that the sentence gives as the reason or
	// the matter of its act ("banned poultry imports over
	// fears of bird flu", "because of a swine fever outbreak", "citing
	// avian influenza", "travelled to La Paz for talks on pollution"):
	// the act is the sentence's, not the phrase's (see topicBefore).
	Topic bool
}

// Chronology reports whether the hit is a discard phrase that marks history
// rather than text off the subject: a year ("1979") or a relative time
// ("years ago", "months later"). TABARI and PETRARCH discard such sentences
// so as not to date history by the dateline; entente dates events from the
// text and flags history as such, so by default it keeps them.
func (h DiscardHit) Chronology() bool {
	words := strings.Fields(strings.ReplaceAll(phraseOnly(h.Entry.Text), "_", " "))
	if len(words) == 0 {
		return false
	}
	if len(words) == 1 {
		w := words[0]
		for _, c := range w {
			if c < '0' || c > '9' {
				return false
			}
		}
		return len(w) == 4
	}
	last := strings.ToUpper(words[len(words)-1])
	return last == "AGO" || last == "LATER" || last == "EARLIER"
}

// phraseOnly strips a trailing comment from a dictionary line.
func phraseOnly(line string) string {
	for _, c := range []string{"#", ";"} {
		if i := strings.Index(line, c); i >= 0 {
			line = line[:i]
		}
	}
	return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "+"))
}

// Undiscarded returns the sentences of a that no discard phrase rules out,
// none when a story discard matches. With keepChronology, years and relative
// times in the discard list (see DiscardHit.Chronology) and sentence
// discards told as a reason or a matter (DiscardHit.Topic) rule nothing
// out.
func (m *Matcher) Undiscarded(a *entente.Article, sents []entente.Sentence, keepChronology bool) []entente.Sentence {
	return undiscarded(sents, m.Discards(a, sents), keepChronology)
}

// undiscarded returns the sentences that the discard hits do not rule out
// (see Undiscarded).
func undiscarded(sents []entente.Sentence, hits []DiscardHit, keepChronology bool) []entente.Sentence {
	drop := map[int]bool{}
	for _, h := range hits {
		if keepChronology && (h.Chronology() || h.Topic && !h.Story) {
			continue
		}
		if h.Story {
			return nil
		}
		drop[h.Sentence] = true
	}
	if len(drop) == 0 {
		return sents
	}
	out := make([]entente.Sentence, 0, len(sents)-len(drop))
	for _, s := range sents {
		if !drop[s.Index] {
			out = append(out, s)
		}
	}
	return out
}

// Discards finds the discard phrases of the article's sentences, matched
// without regard to case; a phrase without a trailing "_" matches as a stem.
func (m *Matcher) Discards(a *entente.Article, sents []entente.Sentence) []DiscardHit {
	var out []DiscardHit
	var keys []string // the sentence's, in one array for the article
	for si := range sents {
		toks := tokensOf(a, &sents[si])
		keys = appendKeys(keys[:0], toks)
		out = m.discardsIn(out, keys, nil, toks, sents[si].Index)
	}
	return out
}

// discardsIn appends to out the discard phrases of one sentence, whose
// tokens are toks and their matching keys keys, with their root edges
// roots when not nil (rootsOf); index is the sentence's Index.
func (m *Matcher) discardsIn(out []DiscardHit, keys []string, roots [][3]int32, toks []entente.Token, index int) []DiscardHit {
	for i := 0; i < len(keys); {
		best, bestNode := -1, int32(0)
		walkRoot(m.discardTrie, keys, roots, rootDiscard, i, 0, func(end int, node int32, plural bool) {
			if end > best && !plural {
				best, bestNode = end, node
			}
		})
		if best < 0 {
			i++
			continue
		}
		p := m.discardTrie.hits[m.discardTrie.nodes[bestNode].hit-1]
		r := m.discards[p.rec]
		out = append(out, DiscardHit{
			Sentence: index,
			Span:     entente.Span{Start: toks[i].Span.Start, End: toks[best-1].Span.End},
			Story:    r.story,
			Entry:    entente.EntryRef{File: r.file, Line: r.phr.line, Text: r.phr.text},
			Topic:    r.topical && (topicBefore(keys, i) || discussedBefore(keys, i)),
		})
		i = best
	}
	return out
}

// topicalPhrase reports whether a discard phrase (its dictionary line)
// names a disease, a disaster or pollution, which a sentence may give as
// the reason or matter of an act between states ("banned poultry over
// bird flu", "aid for typhoon victims"); the other discards (sports,
// entertainment, business) mark sentences that are off the subject
// whatever stands before them ("hosted South Korea for the Asian Cup
// qualifier").
func topicalPhrase(line string) bool {
	for _, w := range strings.Fields(strings.ToUpper(strings.ReplaceAll(phraseOnly(line), "_", " "))) {
		if topicalWords[w] {
			return true
		}
	}
	return false
}

// topicalWords are the words of the discard phrases topicalPhrase keeps:
// diseases, disasters, accidents and pollution.
var topicalWords = map[string]bool{"FLU": true, "INFLUENZA": true, "FEVER": true, "VIRUS": true, "POLIO": true,
	"EBOLA": true, "CHOLERA": true, "EPIDEMIC": true, "H5N1": true, "POLLUTION": true, "TYPHOON": true,
	"TSUNAMI": true, "STORM": true, "FLOOD": true, "BLIZZARD": true, "LANDSLIDE": true, "MUDSLIDE": true,
	"ACCIDENT": true, "CAPSIZED": true}

// topicBefore reports whether the words before the one at i give what
// follows as a reason or a matter: a word of topicCues, then at most four
// words of topicFillers or gerunds ("over fears of", "because of a",
// "after an outbreak of", "to curb the spread of", "talks on", "for
// delaying checks of").
func topicBefore(keys []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch w := keys[k]; {
		case topicCues[w]:
			return true
		case !topicFillers[w] && !(len(w) > 5 && strings.HasSuffix(w, "ing") && !ingNouns[w]):
			// (a gerund may stand between: "for delaying checks of
			// pollution", "for ignoring warnings of floods")
			return false
		}
	}
	return false
}

// discussedBefore reports whether a verb of discussion stands before the
// word at i in its sentence ("discussed fishing rights and river pollution
// with ..."): what is discussed is the matter of the act.
func discussedBefore(keys []string, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if discussWords[keys[k]] {
			return true
		}
	}
	return false
}

// discussWords are the forms of verbs of discussion, lower case.
var discussWords = map[string]bool{"discuss": true, "discussed": true, "discusses": true, "discussing": true,
	"debated": true, "negotiated": true}

// ingNouns are nouns and names ending in "ing", no gerunds.
var ingNouns = map[string]bool{"beijing": true, "meeting": true, "building": true, "morning": true,
	"evening": true, "wedding": true, "briefing": true, "hearing": true, "ruling": true, "funding": true,
	"training": true, "spring": true, "string": true, "ceiling": true, "offspring": true, "bombing": true,
	"shelling": true, "fighting": true, "uprising": true, "killing": true, "shooting": true}

// topicCues are the words that give a reason, a purpose or a matter
// ("over", "because of", "due to", "citing", "amid", "to prevent", "on",
// "about"), or what aid is for ("as typhoon relief", "for tsunami
// victims", "to areas hit by the typhoon").
var topicCues = map[string]bool{"over": true, "because": true, "due": true, "owing": true, "citing": true,
	"cited": true, "amid": true, "after": true, "following": true, "against": true, "prevent": true,
	"contain": true, "curb": true, "stop": true, "combat": true, "on": true, "about": true,
	"regarding": true, "concerning": true, "as": true, "for": true, "by": true, "to": true}

// topicFillers may stand between a word of topicCues and the phrase
// ("over fears of a", "because of the", "to contain the spread of").
var topicFillers = map[string]bool{"a": true, "an": true, "the": true, "of": true, "to": true,
	"fear": true, "fears": true, "concern": true, "concerns": true, "worries": true, "risk": true,
	"risks": true, "threat": true, "outbreak": true, "outbreaks": true, "spread": true, "cases": true,
	"new": true, "suspected": true, "reported": true, "possible": true, "deadly": true, "last": true,
	"recent": true, "week's": true, "year's": true, "powerful": true, "massive": true,
	"checks": true, "levels": true, "victims": true, "survivors": true, "damage": true, "effects": true,
	"impact": true, "warnings": true, "reports": true, "monitoring": true, "control": true, "cleanup": true}

// locativeState returns the mention of a state the sentence names as where
// it happens ("in Nairobi", "in northern Nigeria", "near Kaduna", "in the
// Syrian capital"), or nil: the first such
// mention of items, of a country, not a group. keys are the sentence's
// matching keys (appendKeys).
// envoyWords are the last words of agents sent to another state, whose
// name may stand between the sender and the agent ("Washington's Sudan
// envoy").
var envoyWords = map[string]bool{"envoy": true, "envoys": true, "ambassador": true, "ambassadors": true, "negotiator": true,
	"negotiators": true, "representative": true, "coordinator": true}

// siteNouns are places in a city that a capital's name before them
// locates ("the Tbilisi headquarters", "a Kabul hospital").
var siteNouns = map[string]bool{"headquarters": true, "office": true, "offices": true, "suburb": true, "suburbs": true,
	"airport": true, "hospital": true, "prison": true, "jail": true, "home": true, "residence": true, "streets": true,
	"district": true, "neighbourhood": true, "neighborhood": true, "outskirts": true, "compound": true}

func locativeState(toks []entente.Token, items []found, keys []string) *found {
	for i := range items {
		it := &items[i]
		if it.ref != refNone || it.country == "" || IsSpecial(it.Code) {
			continue
		}
		if it.at != nil && it.at.country != "" {
			// "protesters in Lome": a group's place is the sentence's
			// too
			return it.at
		}
		if it.class == classGroup {
			continue
		}
		if borderOf(it, keys) {
			continue // "near the Afghan border": the other side of it
		}
		if postOf(it, keys) {
			continue // "outside the US embassy in Manila": Manila's
		}
		if k := it.Tokens[0] - 1; k >= 1 && (keys[k] == "in" || keys[k] == "from") && sayingWords[keys[k-1]] {
			continue // "EU officials said in Brussels": where it was said
		}
		k := it.Tokens[0] - 1
		if k >= 3 && keys[k] == "of" && coastWords[keys[k-1]] && keys[k-2] == "the" && keys[k-3] == "off" {
			return it // "off the coast of Somalia"
		}
		if k >= 0 && compassWords[keys[k]] {
			k--
		}
		if k >= 0 && keys[k] == "the" {
			k-- // "in the Port-au-Prince suburb of Carrefour"
		}
		if k >= 0 && nearWords[keys[k]] || seaOff(toks, keys, k) {
			return it
		}
		if e := it.Tokens[1]; it.Kind == entente.MentionMetonym && e < len(keys) && siteNouns[keys[e]] {
			// "raided the Tbilisi headquarters of the party": a
			// capital naming where a site is places the sentence
			return it
		}
		if it.Kind == entente.MentionActor && k >= 2 && keys[k] == "," && len(toks) == len(keys) {
			// "in Alto Parana, Paraguay": the state after a place's
			// name and a comma
			j := k - 1
			for n := 0; j > 0 && n < 4 && capitalised(toks[j].Form); n++ {
				j--
			}
			if e := it.Tokens[1]; j < k-1 && nearWords[keys[j]] && (e >= len(keys) || keys[e] == "," || keys[e] == "." || keys[e] == ";") {
				// (the state ends the phrase: "After the bombing in
				// Peshawar, Afghanistan condemned" is the subject)
				return it
			}
		}
	}
	return nil
}

// sayingWords are the words after which "in" names where something was
// said, not where the sentence's act happened ("said in Brussels", "told
// reporters in Geneva"), lower case ("reported in Kenya" is where clashes
// were reported to happen).
var sayingWords = map[string]bool{"said": true, "says": true, "told": true, "added": true, "reporters": true,
	"journalists": true}

// postOf reports whether mention it names, or is named with, a state's post
// in another state ("the US embassy", "the Israeli embassy in").
func postOf(it *found, keys []string) bool {
	for x := it.Tokens[0]; x <= it.Tokens[1] && x < len(keys); x++ {
		if foreignPosts[keys[x]] {
			return true
		}
	}
	return false
}

// foreignPosts, after a state's name, are its posts in another state.
var foreignPosts = map[string]bool{"embassy": true, "embassies": true, "consulate": true, "consulates": true,
	"mission": true, "base": true, "bases": true}

// townNouns, before "of", name the place after it ("attacked the town of
// Bouar"), which is where the sentence happens.
var townNouns = map[string]bool{"town": true, "city": true, "village": true, "villages": true, "towns": true}

// nearWords say that their sentence happens at or by the place after them.
var nearWords = map[string]bool{"in": true, "near": true, "around": true, "outside": true,
	"through": true, "across": true, "throughout": true}

// seaOff reports whether the word at k is "off" that names the sea by the
// place after it ("a tanker off Somalia", "arrested off Sri Lanka"), not
// the particle of a verb ("fought off Chinese fishermen", "fended off
// settlers").
func seaOff(toks []entente.Token, keys []string, k int) bool {
	if k < 1 || k >= len(keys) || keys[k] != "off" || len(toks) != len(keys) {
		return false
	}
	return !clause.OffParticleVerb(toks[k-1].Lemma) && !clause.OffParticleVerb(keys[k-1])
}

// coastWords, in "off the coast of", name the sea by the state after them.
var coastWords = map[string]bool{"coast": true, "coasts": true, "shores": true, "coastline": true}

// locativeFor returns loc for a bare agent that takes the country of where
// its sentence happens: a plural without a determiner or a possessive
// before it ("Gunmen kidnapped students in northern Nigeria", not "whose
// fighters bombed targets in Pakistan"), a singular after "a" ("A suicide
// bomber struck a market in Mogadishu", of the armedLocal roles only), or
// "police", of one of the localAgents roles; nil otherwise.
func locativeFor(it found, loc *found, keys []string) *found {
	if loc == nil || !bareLocal(it, keys) {
		return nil
	}
	return loc
}

// bareLocal reports whether it is a bare agent that takes the country of
// where its sentence happens (see locativeFor).
func bareLocal(it found, keys []string) bool {
	// "a police post", "a rebel camp": the post of the force or group
	// the sentence happens among, though single
	// (the dictionaries have some as agents of their own: "police post")
	a := it.Tokens[0] - 1
	post := a >= 0 && a < len(keys) && (keys[a] == "a" || keys[a] == "an") &&
		(policeUnits[it.last] || it.Tokens[1] < len(keys) && (policeUnits[keys[it.Tokens[1]]] || groupPosts[keys[it.Tokens[1]]]))
	if it.ref != refAgent || it.det || it.former {
		return false
	}
	role := localRole(it.agent.code)
	k := it.Tokens[0] - 1
	// "a suicide bomber", "a gunman": one of the armed, not "a settlement"
	indefinite := k >= 0 && (keys[k] == "a" || keys[k] == "an") && armedLocal[role]
	// "government troops" are the forces of the state where they fight,
	// and "security forces" that open their sentence those of the state
	// where they keep order (as homeForces; "Kenya said security forces
	// in Somalia were attacked" may be Kenya's)
	first := it.Tokens[0]
	opens := first == 0 || first == 1 && keys[0] == "the"
	govForces := first < len(keys) && (keys[first] == "government" || keys[first] == "security" && opens) && role == "MIL"
	if !(it.plural || indefinite || post || it.last == "police") || !localAgents[role] && !govForces {
		return false
	}
	if soleRoles[role] && len(strings.TrimPrefix(it.agent.code, "~")) != 3 {
		return false // "agriculture ministers" are ministers, of anywhere
	}
	if k >= 0 && possessives[keys[k]] {
		return false
	}
	// migrants and refugees are of somewhere else than where they are
	return !outsiders[it.last]
}

// outsiders are the bare agents who are not of the place where they are
// met ("stopped 30 migrants near Svilengrad").
var outsiders = map[string]bool{"migrant": true, "migrants": true, "refugee": true, "refugees": true,
	"seekers": true, "seeker": true, "asylum-seekers": true, "immigrants": true, "immigrant": true}

// placeState returns, for a sentence that names no state where it happens,
// a state found from a place name after "in", "near", "around" or
// "outside" (and "the" or a compass word), or after "the town of" (city,
// village: townNouns): the first name of up to three
// capitalised words that m.places knows as a place of one country ("near
// Gondar", "in Zamfara state"), with the gazetteer as its evidence; nil
// when there is none.
func (m *Matcher) placeState(toks []entente.Token, keys []string) *found {
	for k := 0; k+1 < len(keys); k++ {
		if !nearWords[keys[k]] && !(keys[k] == "of" && k > 0 && townNouns[keys[k-1]]) {
			continue
		}
		if k > 0 && sayingWords[keys[k-1]] {
			continue // "officials said in Brussels": where it was said
		}
		j := k + 1
		if j < len(keys) && keys[j] == "the" {
			j++
		}
		if j < len(keys) && compassWords[keys[j]] {
			j++
		}
		n := 0
		for n < 3 && j+n < len(toks) && capitalised(toks[j+n].Form) {
			n++
		}
		if n > 0 && joinedHyphen(toks, j+n) {
			// "in the Port-au-Prince suburb": the name goes on past
			// the hyphen, and its first part ("Port") is no place
			e := j + n
			for joinedHyphen(toks, e) {
				e += 2
			}
			name := toks[j].Form
			for x := j + 1; x < e; x++ {
				if toks[x].Span.Start > toks[x-1].Span.End {
					name += " "
				}
				name += toks[x].Form
			}
			if c := m.places(name); c != "" {
				f := &found{country: c}
				f.Entries = []entente.EntryRef{{File: "gazetteer", Text: name}}
				return f
			}
			continue
		}
		full := n
		for ; n > 0; n-- {
			if n < full && !placeKindWord(keys[j+n]) {
				// "in Cabo Delgado province": a name the gazetteer
				// lacks is no town named by its first word ("Cabo")
				break
			}
			name := toks[j].Form
			for x := j + 1; x < j+n; x++ {
				name += " " + toks[x].Form
			}
			if c := m.places(name); c != "" {
				f := &found{country: c}
				f.Entries = []entente.EntryRef{{File: "gazetteer", Text: name}}
				return f
			}
		}
	}
	return nil
}

// joinedHyphen reports whether toks[i] is a hyphen written between two
// words without spaces, the next word the name's ("Port-au-Prince").
func joinedHyphen(toks []entente.Token, i int) bool {
	return i > 0 && i+1 < len(toks) && toks[i].Form == "-" &&
		toks[i].Span.Start == toks[i-1].Span.End && toks[i+1].Span.Start == toks[i].Span.End
}

// localAgents are the roles of the bare agents locativeFor places: people
// of the place where violence, protest or crime happens, not soldiers (who
// may be anyone's) and not businesses, officials or media, whose "in" tells
// where they trade or meet ("will invest in Britain", "ministers will meet
// in Bahrain").
var localAgents = map[string]bool{"UAF": true, "REB": true, "INS": true, "CVL": true, "COP": true, "OPP": true, "CRM": true, "EDU": true,
	// farmers and believers are of where they are (not workers: aid,
	// rescue and migrant workers seldom are), when that is all they are
	// (soleRoles)
	"AGR": true, "HIN": true, "MUS": true, "CHR": true, "BUD": true, "SIK": true, "JEW": true}

// domesticState returns, for a sentence that says nowhere where it
// happens, its police, judiciary or rebels when every state actor it names
// is of that one country: police, courts and rebels act at home, and the
// bare agents they act on or with are of their country ("Georgian police
// detained protesters", "Cameroonian separatists kidnapped villagers");
// nil otherwise.
func domesticState(items []found) *found {
	return ofOneCountry(items, func(r string) bool { return r == "COP" || r == "JUD" || r == "REB" })
}

// domesticParty returns, for a sentence that says nowhere where it happens
// and names states of one country only, a party of that country's own
// politics (domesticRoles) it names: bare police or courts that act on it
// act at home ("Fiji's opposition leader was arrested by police"); nil
// otherwise.
func domesticParty(items []found) *found {
	return ofOneCountry(items, func(r string) bool { return domesticRoles[r] })
}

// ofOneCountry returns the first mention of items, resolved and of a
// country, whose role (lastRole) role accepts, when all such mentions are
// of one country; nil otherwise.
func ofOneCountry(items []found, role func(string) bool) *found {
	var first *found
	country := ""
	for i := range items {
		it := &items[i]
		if it.ref != refNone || it.country == "" || IsSpecial(it.Code) {
			continue
		}
		if country != "" && it.country != country {
			return nil
		}
		country = it.country
		if first == nil && role(lastRole(it.Code)) {
			first = it
		}
	}
	return first
}

// domesticRoles are the roles of a state's own politics, acted on at home
// (not a former leader, who may be arrested abroad).
var domesticRoles = map[string]bool{"OPP": true, "LEG": true, "PTY": true}

// stateFought returns, for a sentence that says nowhere where it happens,
// the one state it names when that state or one of its forces or
// officials is there ("Separatists shelled the Ukrainian village of
// Krymske", "Rebels overran a Myanmar military post"): the armed bare
// agents who fight it are of its country, as those who fight in it are
// (locativeFor). Nil when the sentence names states of two countries, or
// only people of one ("Militants attacked Chinese engineers": the
// engineers may be anywhere); peacekeepers, who serve abroad, are no
// state's at home ("gunmen attacked a UN base, killing Tanzanian
// peacekeepers").
func stateFought(items []found, keys []string) *found {
	var state *found
	country := ""
	for i := range items {
		it := &items[i]
		if it.ref != refNone || it.country == "" || IsSpecial(it.Code) {
			continue
		}
		if e := it.Tokens[1] - 1; e >= 0 && e < len(keys) && strings.HasPrefix(keys[e], "peacekeep") {
			return nil
		}
		if borderOf(it, keys) {
			continue
		}
		if e := it.Tokens[1]; e+1 < len(keys) && keys[e] == "-" && flagWords[keys[e+1]] {
			return nil // "a Liberian-flagged tanker" sails anywhere
		}
		if country != "" && it.country != country {
			return nil
		}
		country = it.country
		if e := it.Tokens[1] - 1; e >= 0 && e < len(keys) && abroadNouns[keys[e]] {
			return nil // "gunmen attacked the Turkish embassy": it may be anywhere
		}
		if state == nil && (len(it.Code) == 3 || stateRoles[lastRole(it.Code)]) {
			state = it
		}
	}
	return state
}

// borderOf reports whether a mention names a state only as the other side
// of a border ("near the border with Burkina Faso", "along the Brazilian
// border"): a place, not a party to the fight, nor where it happens. A
// town or region "on the Afghan border" ("the Afghan border town of
// Spin Boldak") is the state's.
func borderOf(it *found, keys []string) bool {
	s, e := it.Tokens[0], it.Tokens[1]
	if e < len(keys) && borderWords[keys[e]] {
		return e+1 >= len(keys) || !borderPlaces[keys[e+1]]
	}
	return s >= 2 && keys[s-1] == "with" && borderWords[keys[s-2]]
}

// borderPlaces are the places a border names as a state's ("the Afghan
// border town of", "the Syrian border province of").
var borderPlaces = map[string]bool{"town": true, "towns": true, "city": true, "cities": true, "village": true,
	"villages": true, "region": true, "regions": true, "area": true, "areas": true, "district": true, "districts": true,
	"province": true, "provinces": true, "state": true, "zone": true, "post": true, "posts": true, "outpost": true,
	"outposts": true, "guard": true, "guards": true, "police": true, "troops": true, "forces": true}

// borderWords name a border.
var borderWords = map[string]bool{"border": true, "frontier": true, "boundary": true, "borders": true, "frontiers": true}

// stateRoles are the roles of a state's government and forces, which are
// fought at home; its diplomats and missions abroad are not (abroadNouns).
var stateRoles = map[string]bool{"GOV": true, "MIL": true, "COP": true}

// abroadNouns end the names of a state's people and places abroad
// ("the Turkish embassy", "a Chinese diplomat"), which say nothing of
// where a sentence happens.
var abroadNouns = map[string]bool{"embassy": true, "embassies": true, "consulate": true, "consulates": true,
	"diplomat": true, "diplomats": true, "ambassador": true, "envoy": true, "mission": true, "nationals": true,
	"citizens": true, "tourists": true, "workers": true, "engineers": true}

// flagWords, after a country and a hyphen, make a thing registered there,
// not there ("Liberian-flagged", "Greek-owned").
var flagWords = map[string]bool{"flagged": true, "owned": true, "registered": true, "operated": true}

// soleRoles are the localAgents roles that place an agent only as its one
// role: "farmers" (~AGR), not "agriculture ministers" (~GOVAGR).
var soleRoles = map[string]bool{"AGR": true, "HIN": true, "MUS": true, "CHR": true, "BUD": true, "SIK": true, "JEW": true}

// reportingState returns, for a bare army or police in the clause a state
// reports ("Nigeria's army said troops killed 20 insurgents", "Iraq said
// soldiers repelled an attack", "Turkey's interior ministry said police
// detained 30 suspects"), the state that reports them: the mention of a
// state or of its government, forces or police that ends at most three
// words before the first verb of reporting before the agent, with no comma
// between. A state tells of its own forces by their bare name; another's it
// names ("Iraq said Iranian troops"). Nil when there is no such speaker, or
// when the agent is owned ("their troops"), determined ("the troops": see
// resolveAgent) or placed by what follows it ("troops from Chad", "security
// forces in Somalia").
func reportingState(it found, items []found, toks []entente.Token, keys []string) *found {
	if it.ref != refAgent || it.det || it.former || it.agent == nil {
		return nil
	}
	role := lastRole(it.agent.code)
	if !(role == "MIL" && it.plural || role == "COP" && (it.plural || it.last == "police")) {
		return nil
	}
	first, end := it.Tokens[0], it.Tokens[1]
	if k := first - 1; k >= 0 && possessives[keys[k]] {
		return nil
	}
	if end < len(keys) && (keys[end] == "of" || keys[end] == "from" || keys[end] == "under" || keys[end] == "loyal" || nearWords[keys[end]]) {
		return nil
	}
	v := -1
	for i := 1; i < first; i++ {
		if isReportVerb(toks[i].Form) {
			v = i
			break
		}
	}
	if v < 0 {
		return nil
	}
	var speaker *found // the last mention before the verb
	for i := range items {
		if s := &items[i]; s.Tokens[1] <= v && (speaker == nil || s.Tokens[1] > speaker.Tokens[1]) {
			speaker = s
		}
	}
	if speaker == nil || speaker.ref != refNone || speaker.country == "" || IsSpecial(speaker.Code) ||
		len(speaker.Code) != 3 && !stateRoles[lastRole(speaker.Code)] || v-speaker.Tokens[1] > 3 {
		return nil
	}
	for k := speaker.Tokens[1] - 1; k < v; k++ {
		if keys[k] == "," || abroadNouns[keys[k]] {
			// (nor is "Chad's Paris embassy" the state of Paris)
			return nil
		}
	}
	return speaker
}

// armedLocal are the roles of localAgents whose singular after "a" is
// placed too: attackers, not people or institutions.
var armedLocal = map[string]bool{"UAF": true, "REB": true, "INS": true, "CRM": true}

// localRole returns the role of an agent code that decides whether it is
// placed where its sentence happens (bareLocal): an armed role wherever
// it stands ("UAF" of "~UAFMUS", jihadists), else its last.
func localRole(code string) string {
	for i := len(code) - 3; i >= 0; i -= 3 {
		if armedLocal[code[i:i+3]] {
			return code[i : i+3]
		}
	}
	return lastRole(code)
}

// lastRole returns the last three letters of an agent code ("COP" of
// "~COP"), or "".
func lastRole(code string) string {
	if len(code) < 3 {
		return ""
	}
	return code[len(code)-3:]
}

// possessives are the words that give a bare agent its owner.
var possessives = map[string]bool{"whose": true, "their": true, "his": true, "her": true, "our": true, "my": true, "your": true}

// compassWords may stand between "in" and the place it locates ("in
// northern Nigeria").
var compassWords = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
}

// nameLinks are the lowercase words that may join the capitalised words of
// a place name ("Mocimboa da Praia", "Ras al Khaimah").
var nameLinks = map[string]bool{"da": true, "de": true, "do": true, "dos": true, "das": true, "del": true,
	"di": true, "du": true, "la": true, "al": true, "el": true, "ad": true, "ar": true, "as": true, "es": true}

// outsidePlaceNames drops the mentions of states named by a word that is
// part of the longer name of a town or region of another country ("Praia",
// Cabo Verde's capital, in "Mocimboa da Praia", Mozambique; "Praia Grande",
// Brazil), when the matcher knows places (WithPlaces).
func (m *Matcher) outsidePlaceNames(toks []entente.Token, items []found) []found {
	if m.places == nil {
		return items
	}
	out := items[:0]
	for _, it := range items {
		if it.ref == refNone && it.country != "" && m.inForeignPlace(toks, it.Tokens, it.country) {
			continue
		}
		out = append(out, it)
	}
	return out
}

// seatsAsPlaces drops the mention of a city an international body is named
// by ("Brussels" for the European Union) where the sentence names it as a
// place, after "in", "near", "at" or "outside" ("raided homes in
// Brussels", "met in Brussels"): the body acts there only when the city is
// a party ("Brussels launched a case against Budapest"), and the city
// names no party of its own; the gazetteer still places the sentence.
func seatsAsPlaces(keys []string, items []found) []found {
	out := items[:0]
	for _, it := range items {
		if seats[it.Code] && it.Kind == entente.MentionMetonym {
			k := it.Tokens[0] - 1
			if k > 0 && keys[k] == "the" {
				k--
			}
			if k >= 0 && (nearWords[keys[k]] || keys[k] == "at") {
				continue
			}
		}
		out = append(out, it)
	}
	return out
}

// seats are the codes of the bodies a city names in the metonyms file.
var seats = map[string]bool{"IGOEUREEC": true}

// sharedHead gives a state's adjective listed before another state's agent
// the agent they share: "Mexican and US officials" are Mexico's officials
// and the United States', "Indian and Chinese naval officers" both navies'
// officers. Only a state's adjective (a demonym, tagged ADJ where the
// sentence is tagged) shares: "Mexico and US officials" names Mexico.
func sharedHead(toks []entente.Token, keys []string, items []found) {
	for i := 0; i+1 < len(items); i++ {
		a, b := &items[i], &items[i+1]
		if b.head == nil || a.ref != refNone || a.Kind != entente.MentionActor || len(a.Code) != 3 {
			continue
		}
		e := a.Tokens[1]
		if e+1 != b.Tokens[0] || e >= len(keys) || keys[e] != "and" {
			continue
		}
		if k := a.Tokens[1] - 1; k < 0 || k >= len(toks) || toks[k].UPOS != "ADJ" && (toks[k].UPOS != "" || !demonymLike(keys[k])) {
			continue
		}
		a.Code = CombineAgent(a.Code, Agent{Code: b.head.code, Before: b.head.before})
		a.Entries = append(a.Entries, b.Entries[len(b.Entries)-1])
		a.class, a.Kind = b.class, entente.MentionAgent
	}
}

// oneCongo gives the plain names "Congo" and "Congolese", which the
// dictionaries give the Democratic Republic (COD) as today's news means
// them, to the Republic of the Congo (COG) in a sentence that happens in
// the Republic ("Congolese police fired tear gas in Brazzaville"), not in
// one that only names it ("Congolese troops moved north, and Brazzaville
// stayed out of it"), names it as a party ("Congo's president met Sassou
// Nguesso in Brazzaville"), where its officials speak ("officials in
// Brazzaville said"), or names a place or person of the other Congo (Goma,
// the M23, Tshisekedi); refugees stay the other Congo's.
func oneCongo(keys []string, items []found) {
	republic, party := false, false
	for i := range items {
		it := &items[i]
		if it.at != nil && it.at.country == "COG" && !hasPart(it.Code, "GOV") {
			republic = true // "protesters in Brazzaville", not "officials in Brazzaville said"
		}
		if it.country != "COG" {
			continue
		}
		k := it.Tokens[0] - 1
		if k > 0 && keys[k] == "the" {
			k--
		}
		if k >= 0 && nearWords[keys[k]] {
			republic = true
		} else if it.at == nil {
			party = true // the Republic a party beside the plain name
		}
	}
	if !republic || party {
		return
	}
	for _, k := range keys {
		if drcWords[k] {
			return
		}
	}
	for i := range items {
		it := &items[i]
		if it.country != "COD" || !strings.HasPrefix(it.Code, "COD") || hasPart(it.Code, "REF") {
			continue // ("Congolese refugees" in Brazzaville fled the other Congo)
		}
		plain := false
		for x := it.Tokens[0]; x < it.Tokens[1] && x < len(keys); x++ {
			switch keys[x] {
			case "congo", "congolese":
				plain = true
			case "democratic", "drc", "dr", "kinshasa", "zaire":
				plain = false
				x = it.Tokens[1]
			}
		}
		if plain {
			it.Code, it.country = "COG"+it.Code[3:], "COG"
		}
	}
}

// drcWords name places, people and groups of the Democratic Republic of the
// Congo: a sentence with one of them means that Congo by its plain name.
var drcWords = map[string]bool{"goma": true, "m23": true, "kinshasa": true, "tshisekedi": true, "kivu": true,
	"ituri": true, "kabila": true, "bunia": true, "drc": true, "zaire": true, "lubumbashi": true,
	"kisangani": true, "bukavu": true, "uvira": true, "kasai": true, "katanga": true, "fardc": true, "monusco": true}

// dropRiverNames drops the mentions of states named by the name of a river
// or basin that shares it, after "the" ("the Uruguay river", "the Congo
// Basin", "the Niger River"): a place, no party ("a Chinese river patrol
// boat" is China's).
func dropRiverNames(toks []entente.Token, items []found) []found {
	out := items[:0]
	for _, it := range items {
		if s, e := it.Tokens[0], it.Tokens[1]; it.ref == refNone && it.country != "" && len(it.Code) == 3 && e < len(toks) &&
			s > 0 && strings.EqualFold(toks[s-1].Form, "the") && riverWords[strings.ToLower(toks[e].Form)] {
			continue
		}
		out = append(out, it)
	}
	return out
}

// riverWords follow the name of a river, a basin or a valley.
var riverWords = map[string]bool{"river": true, "basin": true, "delta": true, "valley": true}

// inForeignPlace reports whether the words at tokens [span[0], span[1]),
// widened by up to three words before them and two after, make the name of
// a place that the gazetteer puts in one country other than country.
func (m *Matcher) inForeignPlace(toks []entente.Token, span [2]int, country string) bool {
	s, e := span[0], span[1]
	if s < 0 || e > len(toks) || s >= e {
		return false
	}
	lo := s
	for k := s - 1; k >= 0 && s-k <= 3; k-- {
		f := toks[k].Form
		if !capitalised(f) && !nameLinks[f] {
			break
		}
		if capitalised(f) {
			lo = k
		}
	}
	hi := e
	for k := e; k < len(toks) && k-e < 2 && capitalised(toks[k].Form) && !dateWord(toks[k].Form); k++ {
		hi = k + 1
	}
	if lo == s && hi == e {
		return false
	}
	var b strings.Builder
	for l := lo; l <= s; l++ {
		if l < s && !capitalised(toks[l].Form) {
			continue // a name begins with a capitalised word
		}
		for h := hi; h >= e; h-- {
			if l == s && h == e {
				continue
			}
			b.Reset()
			for x := l; x < h; x++ {
				if x > l {
					b.WriteByte(' ')
				}
				b.WriteString(toks[x].Form)
			}
			if c := m.places(b.String()); c != "" && c != country {
				return true
			}
		}
	}
	return false
}

// dateWord reports whether a capitalised word names a weekday or a month,
// which may follow a place name without a comma ("in Kabul Monday").
func dateWord(w string) bool {
	switch strings.ToLower(w) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december":
		return true
	}
	return false
}

// dropHits removes the actor hits drop reports (given all the hits as
// matched and one's index) and uncovers their tokens, which other words
// may then match.
func dropHits(actors []actorHit, covered []bool, drop func(all []actorHit, k int) bool) []actorHit {
	var dropped []bool
	for k := range actors {
		if drop(actors, k) {
			if dropped == nil {
				dropped = make([]bool, len(actors))
			}
			dropped[k] = true
		}
	}
	if dropped == nil {
		return actors
	}
	out := actors[:0]
	for k, h := range actors {
		if !dropped[k] {
			out = append(out, h)
			continue
		}
		for t := h.i; t < h.j; t++ {
			covered[t] = false
		}
	}
	return out
}

// unpaired reports whether hit k is of a paired record (File.Paired:
// capitals whose names news uses more often for other places, "San
// Jose", "Victoria") that is not joined by "and" to a state's own name or
// capital ("Quito and San Jose signed a deal"): alone, or after a
// preposition of place ("the mayor of San Jose"), the name is a place.
func unpaired(actors []actorHit, k int, keys []string) bool {
	h := actors[k]
	if !h.rec.paired {
		return false
	}
	state := func(o actorHit) bool {
		return !o.rec.paired && (o.rec.metonym || actorClass(o.rec, o.code) == classState)
	}
	joined := k > 0 && actors[k-1].j == h.i-1 && keys[h.i-1] == "and" && state(actors[k-1]) ||
		k+1 < len(actors) && actors[k+1].i == h.j+1 && keys[h.j] == "and" && state(actors[k+1])
	return !joined || h.i > 0 && placePreps[keys[h.i-1]]
}

// whereWords are the prepositions that make the place after them where
// an act happened ("in the village of Hroza").
var whereWords = map[string]bool{"in": true, "near": true, "outside": true, "at": true}

// placePreps are the prepositions before a place's name ("the mayor of
// San Jose").
var placePreps = map[string]bool{"of": true, "in": true, "at": true, "near": true, "from": true, "to": true, "outside": true}

// namesake reports whether hit h is of a city standing for its state (a
// capital of the metonyms, or a city a country's record lists after its
// name) that names an agreement, a process or a meeting held there: "the
// Minsk agreements", "the Rio de Janeiro protocol", "the Astana process",
// "the Geneva talks". The parties are named elsewhere; the city's state
// is none of them for being its namesake. A country's own name ("the Iran
// deal") stays a party.
func namesake(h actorHit, keys []string) bool {
	if h.j >= len(keys) || h.i == 0 || h.rec.person {
		return false
	}
	// "the Berne agreement", "the 1976 Berne agreement"
	the := keys[h.i-1] == "the" || h.i > 1 && keys[h.i-2] == "the" && isYear(keys[h.i-1])
	if !the {
		return false
	}
	if keys[h.j] == "round" && (len(h.code) == 3 || h.rec.metonym) {
		// "the Uruguay round", "the Doha round": a round of trade
		// talks, named after a country as often as after a city
		return true
	}
	return namesakeNouns[keys[h.j]] && (h.rec.metonym || h.pay.phrase > 0 && len(h.code) == 3 && !demonymLike(keys[h.j-1]))
}

// isYear reports whether k is a year of four digits ("1976").
func isYear(k string) bool {
	if len(k) != 4 || k[0] != '1' && k[0] != '2' {
		return false
	}
	for i := 0; i < 4; i++ {
		if k[i] < '0' || k[i] > '9' {
			return false
		}
	}
	return true
}

// namesakeNouns are the nouns an agreement, a process or a meeting named
// after a city ends with (dropNamesakes).
var namesakeNouns = map[string]bool{"agreement": true, "agreements": true, "accord": true, "accords": true,
	"protocol": true, "protocols": true, "treaty": true, "pact": true, "declaration": true, "process": true,
	"format": true, "framework": true, "talks": true, "conference": true, "memorandum": true, "convention": true,
	"communique": true, "peace": true, "ceasefire": true, "truce": true, "summit": true, "group": true,
	"statute": true, "charter": true, "consensus": true, "initiative": true}

// demonymLike reports whether a word looks like a nationality adjective
// ("Panamanian", "Chinese", "Turkish"), which a country's record also
// lists after its name.
func demonymLike(k string) bool {
	for _, suf := range []string{"an", "ese", "ish", "i", "ic", "ch"} {
		if strings.HasSuffix(k, suf) {
			return true
		}
	}
	return false
}

// placeKindWord reports whether a word names a kind of place that may end
// a place's name after the name proper ("Kandahar Province", "Kabul
// Airport").
func placeKindWord(k string) bool {
	switch k {
	case "province", "state", "region", "district", "county", "city", "governorate", "oblast", "prefecture",
		"department", "municipality", "valley", "camp", "airport", "port", "base", "border", "crossing", "island":
		return true
	}
	return false
}

// nameEnd reports whether hit h is of a country's other name (a river, a
// city its record lists after the country's own name) that ends a longer
// proper name the dictionaries lack: "Upper Nile state" and "White Nile"
// are regions of the Sudans, not Egypt. The word before is capitalised
// (and not the sentence's first, capitalised by its place), matched by no
// actor and no function word; an abbreviation ("Assistant U.S. Treasury
// Secretary") stays.
func nameEnd(h actorHit, toks []entente.Token, keys []string, covered []bool) bool {
	if h.i > 1 && len(h.code) == 3 && !h.rec.person && placeParticles[keys[h.i-1]] && upperInitial(toks[h.i-2].Form) &&
		!covered[h.i-2] && !dateWord(keys[h.i-2]) {
		// "Mocimboa da Praia", "Santiago de Cuba": a place's name after
		// "da" or "de" and a capitalised word is the end of another name
		return true
	}
	if len(h.code) == 3 && !h.rec.metonym && !h.rec.person && familyName(toks, keys, h.i) {
		// "Kuwaiti Foreign Minister Salem al-Sabah": a family name after
		// its particle is no place called so (Sabah, Malaysia)
		return true
	}
	return h.i > 1 && h.pay.phrase > 0 && len(h.code) == 3 && !h.rec.metonym && !h.rec.person &&
		upperInitial(toks[h.i-1].Form) && !covered[h.i-1] && !nameEndFunction[keys[h.i-1]] && !dateWord(keys[h.i-1]) &&
		!allCaps(toks[h.i].Form)
}

// titledOutOfOffice reports whether hit h is of an entry that writes a
// title with a name ("FOREIGN_MINISTER_ABDULLAH_", Afghanistan's foreign
// minister of 2003 to 2006) outside the entry's tenure, with no "former"
// or "then" before it: another holder of the title, whose title is an
// agent of its own ("Omani Foreign Minister Abdullah al-Yahya").
func titledOutOfOffice(h actorHit, keys []string) bool {
	return h.code == "" && !h.former && !h.then && h.j-h.i > 1 && titled(keys[h.i:h.j])
}

// sharedDemonyms are the nationality words of more than one state ("a
// Congolese president" may be either Congo's), lower-case keys: a person
// the dictionaries place in one of them keeps that state.
var sharedDemonyms = map[string][]string{
	"congolese": {"COD", "COG"},
	"guinean":   {"GIN", "GNB", "GNQ"},
	"korean":    {"KOR", "PRK"},
}

// placeParticles join the words of a Portuguese, Spanish, Italian or
// French place name ("Mocimboa da Praia", "Santiago de Cuba").
var placeParticles = map[string]bool{"da": true, "de": true, "do": true, "dos": true, "das": true, "del": true,
	"di": true, "du": true}

// nameParticles are the words that join a given name to an Arabic family
// or father's name ("Salem al-Sabah", "Mohammed bin Salman").
var nameParticles = map[string]bool{"al": true, "el": true, "ad": true, "ar": true, "as": true, "ash": true, "at": true,
	"az": true, "an": true, "bin": true, "ibn": true, "bint": true, "abu": true, "abdel": true, "abdul": true}

// familyName reports whether token i follows a name particle ("al-",
// "bin") that follows a capitalised given name: it ends a person's name
// ("Abdullah al-Yahya"), not one of its own.
func familyName(toks []entente.Token, keys []string, i int) bool {
	p := i - 1
	hyphen := p >= 0 && toks[p].Form == "-"
	if hyphen {
		p--
	}
	// (the particles that are English words join only with a hyphen:
	// "Eid at Osgiliath")
	return p >= 1 && nameParticles[keys[p]] && (hyphen || keys[p] == "al" || keys[p] == "bin" || keys[p] == "ibn" || keys[p] == "bint") && upperInitial(toks[p-1].Form) && !dateWord(keys[p-1]) &&
		!titleWords[keys[p-1]] && !officeNouns[keys[p-1]] && !notGiven[keys[p-1]] && !sentenceStart(toks, p-1) ||
		p == i-1 && p >= 0 && strings.Contains(toks[p].Form, "-") && nameParticles[strings.ToLower(strings.TrimSuffix(toks[p].Form, "-"))]
}

// insideName reports whether hit h, one word naming a state or its
// people, lies inside a longer proper name the dictionaries lack: a
// capitalised word before it (not the sentence's first, no function word,
// month or day) and one after it, neither matched by an actor ("Datu
// Saudi Ampatuan", "Operation Iraqi Freedom").
func insideName(h actorHit, toks []entente.Token, keys []string, covered []bool) bool {
	if h.j-h.i != 1 || h.i < 2 || h.j >= len(toks) || len(h.code) != 3 || h.rec.metonym || h.rec.person {
		return false
	}
	b, a := h.i-1, h.j
	return upperInitial(toks[b].Form) && !covered[b] && !nameEndFunction[keys[b]] && !dateWord(keys[b]) && !allCaps(toks[b].Form) &&
		upperInitial(toks[a].Form) && !covered[a] && !dateWord(keys[a]) && !allCaps(toks[a].Form)
}

// govBodies are the nouns after a leader's name that name the government
// the leader heads ("the Biden administration").
var govBodies = map[string]bool{"administration": true, "government": true, "cabinet": true, "regime": true}

// otherBearer reports whether hit h, a person's surname alone (a one-word
// entry such as "TRUMP_" or "ORBAN_"), is part of a longer name the
// dictionaries lack: of another bearer, whose given name comes before it
// inside the sentence ("said Eric Trump", "Senator Flavio Bolsonaro",
// "Romanian Prime Minister Ludovic Orban"), of a place or a body named
// after the person ("Vance County", "Trump Tower"), or written in capitals
// ("FICO scores"). A title, a function word or the sentence's start before
// it leaves it the person's ("President Trump", "Both Trump and Putin",
// "Under Trump").
func otherBearer(h actorHit, toks []entente.Token, keys []string) bool {
	if h.j-h.i != 1 || !h.rec.person {
		return false
	}
	if len(toks[h.i].Form) > 2 && allCaps(toks[h.i].Form) {
		return true
	}
	if b := h.i - 1; b >= 1 && upperInitial(toks[b].Form) && !nameEndFunction[keys[b]] && !titleWords[keys[b]] &&
		!officeNouns[keys[b]] && !notGiven[keys[b]] && !dateWord(keys[b]) && !allCaps(toks[b].Form) &&
		!sentenceStart(toks, b) && !startWords[keys[b]] {
		return true
	}
	if a := h.j; a < len(toks) && namedAfter[keys[a]] && upperInitial(toks[a].Form) {
		return true
	}
	return false
}

// sentenceStart reports whether token b opens its sentence or a clause
// after a colon or a quotation mark.
func sentenceStart(toks []entente.Token, b int) bool {
	if b == 0 {
		return true
	}
	f := toks[b-1].Form
	return f == ":" || f == "\"" || f == "“" || f == "‘" || f == "'" || f == "(" || f == "--" || f == "-"
}

// startWords are capitalised words that come before a name without being
// part of it (inside headlines or after a dash).
var startWords = map[string]bool{"both": true, "under": true, "since": true, "during": true, "despite": true, "only": true,
	"even": true, "then": true, "earlier": true, "later": true, "neither": true, "either": true, "although": true,
	"though": true, "like": true, "unlike": true, "without": true, "why": true, "will": true, "did": true, "does": true,
	"can": true, "could": true, "would": true, "should": true, "has": true, "had": true, "was": true, "is": true,
	"meanwhile": true, "however": true, "now": true, "today": true, "yesterday": true, "so": true, "yet": true,
	"also": true, "once": true, "until": true, "whether": true, "where": true, "who": true, "what": true, "how": true,
	"this": true, "that": true, "these": true, "those": true, "every": true, "each": true, "many": true, "some": true,
	"most": true, "all": true, "says": true, "said": true, "tells": true, "meets": true, "met": true, "slams": true,
	"rejects": true, "urges": true, "warns": true, "vs": true, "versus": true}

// namedAfter are the nouns of places and bodies named after a person
// ("Vance County", "Trump Tower", "Ruto Street").
var namedAfter = map[string]bool{"county": true, "street": true, "road": true, "avenue": true, "boulevard": true,
	"tower": true, "towers": true, "media": true, "organization": true, "organisation": true, "foundation": true,
	"university": true, "hotel": true, "plaza": true, "square": true, "park": true, "bridge": true, "airport": true,
	"center": true, "centre": true, "corp": true, "inc": true, "ltd": true, "institute": true, "hall": true,
	"building": true, "company": true, "stadium": true, "station": true, "highway": true, "library": true,
	"doctrine": true, "accords": true, "plan": true}

// nameEndFunction are capitalised words before a name that begin no
// longer name ("The Nile", "In Cairo").
var nameEndFunction = map[string]bool{"assistant": true, "deputy": true, "acting": true, "senior": true, "chief": true,
	"former": true, "the": true, "in": true, "on": true, "at": true, "from": true, "to": true,
	"and": true, "but": true, "a": true, "an": true, "by": true, "for": true, "of": true, "with": true, "as": true,
	"if": true, "when": true, "after": true, "before": true, "while": true, "near": true, "outside": true}

// upperInitial reports whether a form starts with an upper-case letter (a
// digit does not count, as it does for capitalised).
func upperInitial(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// shortDemonym reports whether a short capitalised word a record matched
// ("Lao") is a nationality adjective before a lower-case noun it describes
// ("the Lao president"): the short words the matcher passes over
// otherwise are mostly names of other things.
func shortDemonym(rec *actorRec, toks []entente.Token, end int) bool {
	if rec.file != demonymsFile || end >= len(toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[end].Form)
	return unicode.IsLower(r)
}

// demonymsFile is the embedded dictionary of nationality adjectives.
const demonymsFile = "entente.demonyms.actors.txt"
