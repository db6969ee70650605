package parse

// A sentence of news prose has a verb. The greedy tagger sometimes reads
// every candidate of one as something else ("France imposed sanctions on
// Mali." tagged as a noun phrase, "imposed" an adjective), and the parser then
// builds a tree with no predicate, which no event can be read from.
// requireVerb repairs such sentences at tagging time: when a full sentence
// (at least minVerbless words, ending with a full stop) got no VERB or AUX,
// the past participle or past tense the tagger took for an adjective (a
// word in -ed tagged ADJ) whose best verb class scored closest to the
// adjective becomes that verb, and the words after it are tagged again with
// it in their context. (Any word class would do for news, but web text has
// many verbless sentences, "The best pizza in town.", that it would spoil.) Sentences with a verb, headlines and fragments are left alone.

// minVerbless is the least number of tokens of a sentence requireVerb checks.
const minVerbless = 4

// fullStop is the hash of ".", as word.lower holds it, and sufED that of
// the suffix "ed", as word.suf[1] holds it.
var fullStop, sufED = hashString(".", true), hashString("ed", true)

// requireVerb applies the rule above to ws and tags, as tagSentence left
// them, with the same model and scratch buffers; it returns fs. It first
// applies infinitiveTo, then irregularPastVerb (irregular.go), and ends
// with istNouns.
func (tg *tagger) requireVerb(model scorer, ws []word, tags []int32, fs []uint64, scores []float32) []uint64 {
	fs = tg.requireVerbOnly(model, ws, tags, fs, scores)
	// last, as the rules above tag words after the one they change again
	return tg.istNouns(model, ws, tags, fs, scores)
}

// requireVerbOnly is requireVerb without istNouns.
func (tg *tagger) requireVerbOnly(model scorer, ws []word, tags []int32, fs []uint64, scores []float32) []uint64 {
	tg.infinitiveTo(ws, tags)
	for i := tg.irregularPastVerb(ws, tags, 0); i >= 0; i = tg.irregularPastVerb(ws, tags, i+1) {
		fs = tg.retag(model, ws, tags, i, fs, scores)
	}
	fs = tg.determinedNouns(model, ws, tags, fs, scores)
	words := len(ws) - 4
	if words < minVerbless || ws[len(ws)-3].lower != fullStop {
		return fs
	}
	// stop is the full stop, or the comma of a closing attribution
	// (", officials said."): the clause before it is the one checked
	stop := attribution(ws)
	finite := -1 // the first finite verb
	for i := 2; i < stop; i++ {
		if u := tg.upos[tags[i]]; u == "VERB" || u == "AUX" {
			if x := tg.xpos[tags[i]]; x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD" {
				finite = i
				break
			}
		}
	}
	if finite >= 0 && finite > 3 && subordinated(ws, finite) {
		// "Azerbaijan's military bombarded positions as it began an
		// operation": the first finite verb opens a subordinate clause,
		// and the main clause before it is the one checked
		finite, stop = -1, finite-1
		for stop > 3 && !subordinateWords[ws[stop].lower] {
			stop--
		}
	}
	if finite >= 0 {
		// A name, then a word in -ed read as an adjective, then its
		// object, before any finite verb: "The Economic Community of
		// West African States imposed sanctions on Mali ..., but the bloc
		// lifted them".
		for i := 3; i < finite-1; i++ {
			// (a name's last word may be read as a common noun: "The
			// European Union imposed sanctions")
			name := tg.upos[tags[i-1]] == "PROPN" || tg.upos[tags[i-1]] == "NOUN" && ws[i-1].flags&flagUpper != 0
			if tg.upos[tags[i]] == "ADJ" && ws[i].suf[1] == sufED && name && objectStart(tg.upos[tags[i+1]]) {
				return tg.retag(model, ws, tags, i, fs, scores)
			}
		}
		// Or a past tense spelled as its base form read as a
		// preposition, after a plural subject and before its object,
		// with no comma before it: "Houthi rebels hit the perimeter of
		// the airport with a missile, the first time a missile evaded
		// air defences."
		for i := 3; i < finite-1; i++ {
			if ws[i].lower == comma {
				break
			}
			if samePast[ws[i].lower] && tg.upos[tags[i]] == "ADP" && tg.xpos[tags[i-1]] == "NNS" && objectStart(tg.upos[tags[i+1]]) {
				return tg.retag(model, ws, tags, i, fs, scores)
			}
		}
		return fs
	}
	at, class := -1, int32(-1)
	var gap float32
	for i := 2; i < stop; i++ { // not the full stop
		if tg.fixed.get(ws[i].form) >= 0 || tg.upos[tags[i]] != "ADJ" || ws[i].suf[1] != sufED {
			continue
		}
		var v int
		v, fs = tg.bestVerb(model, ws, tags, i, fs, scores, false)
		if v < 0 {
			return fs
		}
		if g := scores[tags[i]] - scores[v]; at < 0 || g < gap {
			at, class, gap = i, int32(v), g
		}
	}
	if at < 0 {
		// No adjective in -ed, but a participle in -ed (or an irregular
		// one, "struck") after a name or noun and before its object: in
		// a sentence with no finite verb it is the past tense ("Israel
		// and Bahrain normalised relations.", "The army deployed troops
		// along the border.", "Russia struck targets in Ukraine.").
		for i := 3; i < stop-1; i++ {
			if tg.upos[tags[i]] == "VERB" && tg.xpos[tags[i]] == "VBN" && (ws[i].suf[1] == sufED || irregularPast[ws[i].lower]) &&
				tg.nameAt(ws, tags, i-1) && objectStart(tg.upos[tags[i+1]]) {
				return tg.retag(model, ws, tags, i, fs, scores)
			}
		}
		// Nor that: a past tense spelled as its base form ("cut",
		// "hit", "shut"), which the tagger read as a noun of a compound
		// (or as a verb of a class that is not finite, in a sentence with
		// no finite verb),
		// after a name, noun or adjective and before its object:
		// "Turkmenistan cut gas supplies to Iran.", "The country's
		// military hit rebel positions with drones."
		for i := 3; i < stop-1; i++ {
			if !samePast[ws[i].lower] {
				continue
			}
			next, prev := tg.upos[tags[i+1]], tg.upos[tags[i-1]]
			// after a name, a particle or preposition too ("Ukraine
			// shot down drones", "down" read as a preposition or an
			// adverb); after a noun, only "at" or "down" ("the army shot
			// at miners", not "the budget cut for schools")
			atDown := ws[i+1].lower == atWord || ws[i+1].lower == downWord
			if objectStart(next) && (prev == "PROPN" || prev == "NOUN" || prev == "ADJ") || next == "ADP" && (prev == "PROPN" || prev == "NOUN" && atDown) ||
				next == "ADV" && atDown && (prev == "PROPN" || prev == "NOUN") {
				return tg.retag(model, ws, tags, i, fs, scores)
			}
		}
		// Nor that: a present tense read as a noun after two names
		// joined by "and", before a preposition or an object: "Argentina
		// and Britain disagree over the islands."
		for i := 5; i < stop-1; i++ {
			if tg.upos[tags[i]] != "NOUN" || ws[i].flags&flagUpper != 0 || tg.upos[tags[i-1]] != "PROPN" ||
				tg.upos[tags[i-2]] != "CCONJ" || tg.upos[tags[i-3]] != "PROPN" {
				continue
			}
			if next := tg.upos[tags[i+1]]; next != "ADP" && next != "DET" {
				continue
			}
			var v int
			v, fs = tg.bestVerb(model, ws, tags, i, fs, scores, false)
			if v < 0 {
				return fs
			}
			tags[i] = int32(v)
			return tg.retagFrom(model, ws, tags, i+1, fs, scores)
		}
		return fs
	}
	if tg.xpos[class] == "VBN" && tg.nameAt(ws, tags, at-1) && objectStart(tg.uposAt(tags, at+1)) {
		// the participle's class would make it a modifier of the noun
		// after it ("Washington imposed sanctions" read as "imposed
		// sanctions"): after a name or noun and before its object, the
		// sentence's verb is the past tense
		return tg.retag(model, ws, tags, at, fs, scores)
	}
	tags[at] = class
	return tg.retagFrom(model, ws, tags, at+1, fs, scores)
}

// nameAt reports whether the word at padded position i may end a subject
// before a verb: a name or a noun, or a capitalised word the tagger read as
// an adjective or a foreign word ("Azerbaijan expelled ...").
func (tg *tagger) nameAt(ws []word, tags []int32, i int) bool {
	switch tg.uposAt(tags, i) {
	case "PROPN", "NOUN":
		return true
	case "ADJ", "X", "SYM":
		// "Warsaw" read as a foreign word, "USAID" as a symbol,
		// "Azerbaijan's military" as an adjective
		return ws[i].flags&flagUpper != 0 || i > 0 && ws[i-1].lower == possessiveS
	}
	return false
}

// uposAt returns the universal tag at padded position i, or "" at a pad
// (whose tag is tagStart) or outside the sentence: "Ghana expelled ..."
// puts the verb at the first word, with no name before it.
func (tg *tagger) uposAt(tags []int32, i int) string {
	if i < 0 || i >= len(tags) || tags[i] < 0 || int(tags[i]) >= len(tg.upos) {
		return ""
	}
	return tg.upos[tags[i]]
}

// reportWords are the hashes of the verbs of a closing attribution.
var reportWords = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range []string{"said", "says", "say", "told", "reported", "added", "claimed", "according"} {
		m[hashString(w, true)] = true
	}
	return m
}()

// subordinateWords open a subordinate or relative clause, hashed as
// word.lower holds them.
var subordinateWords = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range []string{"as", "while", "after", "because", "when", "which", "who", "before", "since", "although", "though", "if", "where", "until"} {
		m[hashString(w, true)] = true
	}
	return m
}()

// possessiveS is the hash of "'s".
var possessiveS = hashString("'s", true)

// subordinated reports whether the finite verb at padded position f opens
// a subordinate clause: a subordinator stands at most three words before
// it ("as it began", "after the army had").
func subordinated(ws []word, f int) bool {
	for k := f - 1; k >= 2 && k >= f-3; k-- {
		if subordinateWords[ws[k].lower] {
			return true
		}
		if ws[k].lower == comma {
			return false
		}
	}
	return false
}

// comma is the hash of ",", as word.lower holds it.
var comma = hashString(",", true)

// attribution returns the padded position of the comma that opens a
// closing attribution of at most eleven words (", the army said.", ",
// according to officials."), or one between commas (", the army said,"
// before a last clause), or that of the full stop when the sentence has
// none.
func attribution(ws []word) int {
	stop := len(ws) - 3
	for c := stop - 2; c > 2 && c >= stop-12; c-- {
		if ws[c].lower != comma {
			continue
		}
		for i := c + 1; i < stop; i++ {
			if reportWords[ws[i].lower] {
				return c
			}
		}
		break
	}
	// An attribution between commas before a last clause: "Drones
	// struck the airport, an army spokesman said, reporting a blaze."
	for c := 3; c < stop; c++ {
		if ws[c].lower != comma {
			continue
		}
		for i := c + 2; i < stop-1 && i <= c+10 && ws[i].lower != comma; i++ {
			if reportWords[ws[i].lower] && ws[i+1].lower == comma {
				return c
			}
		}
	}
	return stop
}

// objectStart reports whether a word of class upos may begin the object of a
// verb.
func objectStart(upos string) bool {
	switch upos {
	case "DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON":
		return true
	}
	return false
}

// retag makes the word at padded position i a past tense verb (the best
// VERB class with XPOS VBD the model gives it there), and tags the words
// after it again.
func (tg *tagger) retag(model scorer, ws []word, tags []int32, i int, fs []uint64, scores []float32) []uint64 {
	v, fs := tg.bestVerb(model, ws, tags, i, fs, scores, true)
	if v < 0 {
		return fs
	}
	tags[i] = int32(v)
	return tg.retagFrom(model, ws, tags, i+1, fs, scores)
}

// bestVerb scores the word at padded position i in its context and returns
// the best VERB class (with XPOS VBD only when past is set), -1 when the
// model has none, and fs; the scores of every class are left in scores.
func (tg *tagger) bestVerb(model scorer, ws []word, tags []int32, i int, fs []uint64, scores []float32, past bool) (int, []uint64) {
	xpos := ""
	if past {
		xpos = "VBD"
	}
	return tg.bestOf(model, ws, tags, i, fs, scores, "VERB", xpos)
}

// bestOf scores the word at padded position i in its context and returns
// the best class with UPOS upos (and XPOS xpos, unless ""), -1 when the
// model has none, and fs; the scores of every class are left in scores.
func (tg *tagger) bestOf(model scorer, ws []word, tags []int32, i int, fs []uint64, scores []float32, upos, xpos string) (int, []uint64) {
	n := tg.model.classes
	fs = tagFeatures(ws, tags, i, fs[:0])
	sc := scores[:n]
	clear(sc)
	model.score(fs, sc)
	v := -1
	for k := 0; k < n; k++ {
		if tg.upos[k] == upos && (xpos == "" || tg.xpos[k] == xpos) && (v < 0 || sc[k] > sc[v]) {
			v = k
		}
	}
	return v, fs
}

// toWord, atWord and downWord are the hashes of "to", "at" and "down", as
// word.lower holds them.
var toWord, atWord, downWord = hashString("to", true), hashString("at", true), hashString("down", true)

// infinitiveTo makes "to" before a word tagged as a base-form verb (XPOS VB)
// the infinitive marker (PART, TO) when the tagger read it as a preposition
// ("agreed to resume talks"): in the training treebank "to" before a VB is
// the marker in 3,181 of 3,183 cases, and a preposition there leads the
// parser to read the verb as a modifier of the noun after it. A capitalised
// word after "to" is left alone: the tagger's VB there is more often a
// misread name ("travelled to Moscow") than a verb.
func (tg *tagger) infinitiveTo(ws []word, tags []int32) {
	marker := int32(-1)
	for i := 2; i < len(ws)-3; i++ {
		if ws[i].lower != toWord || tg.xpos[tags[i]] != "IN" || tg.xpos[tags[i+1]] != "VB" || ws[i+1].flags&flagUpper != 0 {
			continue
		}
		if marker < 0 {
			for c := range tg.xpos {
				if tg.xpos[c] == "TO" && tg.upos[c] == "PART" {
					marker = int32(c)
					break
				}
			}
			if marker < 0 {
				return
			}
		}
		tags[i] = marker
	}
}

// theWords are the hashes of the articles, as word.lower holds them.
var theWords = [3]uint64{hashString("the", true), hashString("a", true), hashString("an", true)}

// sufIST and sufISTS are the hashes of the suffixes "ist" and "ists", as
// word.suf[2] and word.suf[3] hold them.
var sufIST, sufISTS = hashString("ist", true), hashString("ists", true)

// istNouns retags as a noun a word in "-ist" or "-ists" that the tagger
// read as a superlative adverb ("a suspected Basque separatist wanted by
// Spain"): such words are nouns or adjectives, no superlative.
func (tg *tagger) istNouns(model scorer, ws []word, tags []int32, fs []uint64, scores []float32) []uint64 {
	for i := 2; i < len(ws)-2; i++ {
		if tags[i] < 0 || int(tags[i]) >= len(tg.xpos) || tg.xpos[tags[i]] != "RBS" || ws[i].suf[2] != sufIST && ws[i].suf[3] != sufISTS {
			continue
		}
		var ok bool
		if fs, ok = tg.asNoun(model, ws, tags, i, fs, scores); !ok {
			return fs
		}
	}
	return fs
}

// asNoun tags the word at padded position i with its best noun class and
// the words after it again; ok is false when the model has no noun class.
func (tg *tagger) asNoun(model scorer, ws []word, tags []int32, i int, fs []uint64, scores []float32) (_ []uint64, ok bool) {
	var best int
	best, fs = tg.bestOf(model, ws, tags, i, fs, scores, "NOUN", "")
	if best < 0 {
		return fs, false
	}
	tags[i] = int32(best)
	return tg.retagFrom(model, ws, tags, i+1, fs, scores), true
}

// determinedNouns makes a word the tagger read as a base or present verb
// (VB, VBP) right after an article, or after an article and an adjective,
// the noun it is: "condemned the Israeli raid on the camp" ("raid" read as
// a verb leaves "condemned" without its object). The words after it are
// tagged again. It returns fs.
func (tg *tagger) determinedNouns(model scorer, ws []word, tags []int32, fs []uint64, scores []float32) []uint64 {
	article := func(i int) bool {
		if tags[i] < 0 || int(tags[i]) >= len(tg.upos) {
			// the padding before the sentence (tagStart): no article
			return false
		}
		l := ws[i].lower
		return tg.upos[tags[i]] == "DET" && (l == theWords[0] || l == theWords[1] || l == theWords[2])
	}
	for i := 3; i < len(ws)-2; i++ {
		if tg.upos[tags[i]] != "VERB" {
			continue
		}
		if x := tg.xpos[tags[i]]; x != "VB" && x != "VBP" {
			continue
		}
		if !article(i-1) && !(tg.upos[tags[i-1]] == "ADJ" && article(i-2)) {
			continue
		}
		switch next := tg.upos[tags[i+1]]; {
		case next == "NOUN", next == "PROPN", next == "PUNCT" && i+1 < len(ws)-3, tg.xpos[tags[i+1]] == "RP":
			continue // a verb in a compound ("the cease fire", "a dial-up link") is left to the parser
		}
		var ok bool
		if fs, ok = tg.asNoun(model, ws, tags, i, fs, scores); !ok {
			return fs
		}
	}
	return fs
}
