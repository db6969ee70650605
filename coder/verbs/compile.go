package verbs

import "entente/internal/wordhash"

// The word index: every literal word of the patterns and synsets gets a
// number (Elem.ID, Phrase.IDs), and every form that equals or regularly
// inflects one of those words maps to the numbers it matches. A coder looks
// each token up once per sentence and then compares numbers, instead of
// generating inflections while it matches; and it skips a pattern outright
// when a word the pattern cannot do without (Pattern.Needs) does not occur.

// compile numbers the words of the patterns and synsets, records each
// pattern's verb position and needs, and builds the form index. Read calls
// it after every file; it starts afresh each time.
func (d *Dictionary) compile() {
	d.wordBits = nil // the filter of the words (gatherWords) is made last
	d.wordID = map[string]int32{}
	d.formIDs = map[string][]int32{}
	d.maxWord = 0
	for name, phs := range d.Synsets {
		for i := range phs {
			ph := &phs[i]
			ph.IDs = ph.IDs[:0]
			for _, w := range ph.Words {
				ph.IDs = append(ph.IDs, d.number(w))
			}
		}
		d.Synsets[name] = phs
	}
	pats := func(ps []*Pattern) {
		for _, p := range ps {
			d.numberElems(p.Elems)
			p.VerbAt = p.VerbIndex()
			p.Needs = d.needs(p.Elems)
		}
	}
	for _, b := range d.Blocks {
		pats(b.Patterns)
		yields := false
		for _, p := range b.Patterns {
			yields = yields || codes(p.Code)
		}
		for _, v := range b.Verbs {
			v.yields = yields || codes(v.DefaultCode())
		}
	}
	for _, t := range d.Time {
		pats(t.Patterns)
	}
	d.gatherWords()
	d.gen++
}

// WordInfo is what the dictionary knows of one upper-case word: the verbs
// it is the inflected word of (as Lookup returns them), the numbers of the
// literal words it is or regularly inflects (as FormIDs), and its own
// number as a literal word (as WordID; -1 when it is none).
type WordInfo struct {
	Verbs []*Verb
	IDs   []int32
	ID    int32
}

// noWord is the WordInfo of a word the dictionary does not know.
var noWord = WordInfo{ID: -1}

// gatherWords builds the index behind WordRef from byWord, wordID and
// formIDs: one small map from words to positions in one slice.
func (d *Dictionary) gatherWords() {
	d.words = make(map[string]int32, len(d.formIDs)+len(d.byWord))
	d.infos = append(d.infos[:0:0], noWord)
	d.wordBits = make([]uint64, 1<<wordBitsLog/64)
	for w, ids := range d.formIDs {
		id, ok := d.wordID[w]
		if !ok {
			id = -1
		}
		d.words[w] = int32(len(d.infos))
		d.infos = append(d.infos, WordInfo{IDs: ids, ID: id})
	}
	for w, vs := range d.byWord {
		k, ok := d.words[w]
		if !ok {
			k = int32(len(d.infos))
			d.words[w] = k
			d.infos = append(d.infos, noWord)
		}
		d.infos[k].Verbs = vs
	}
	for w := range d.words {
		b := wordBit(w)
		d.wordBits[b>>6] |= 1 << (b & 63)
	}
}

// wordBitsLog is the base-2 logarithm of the number of bits of the filter
// in front of the word index: 2^17 bits (16 KiB, which stay in the
// processor's cache) for the default dictionary's words.
const wordBitsLog = 17

// wordBit returns the filter bit of w (see package wordhash).
func wordBit(w string) uint64 { return wordhash.Bit(w, wordBitsLog) }

// WordRef returns a reference to what the dictionary knows of the
// upper-case word w (Info tells it), with one lookup instead of three
// (Lookup, FormIDs and WordID). A word it does not know gets 0, whose
// WordInfo is empty with ID -1. A literal word is always among the numbers
// of its own form, so ID is -1 when IDs is empty.
//
// Most words of a text are in no entry: a filter of the words' bits tells
// most of those so without probing the map.
func (d *Dictionary) WordRef(w string) int32 {
	if d.wordBits == nil {
		return 0
	}
	if b := wordBit(w); d.wordBits[b>>6]&(1<<(b&63)) == 0 {
		return 0
	}
	return d.words[w]
}

// Info returns the WordInfo that WordRef returned ref for; the slices must
// not be modified.
func (d *Dictionary) Info(ref int32) *WordInfo {
	if ref < 0 || int(ref) >= len(d.infos) {
		return &noWord
	}
	return &d.infos[ref]
}

// Generation changes every time the dictionary is compiled (after each
// file it reads): what a caller derived from its patterns' word numbers or
// needs (Pattern.Needs) is valid only while Generation stays the same.
func (d *Dictionary) Generation() uint64 { return d.gen }

// number returns the number of word w, giving it one (and indexing its
// forms) when it has none yet.
func (d *Dictionary) number(w string) int32 {
	if id, ok := d.wordID[w]; ok {
		return id
	}
	id := int32(len(d.wordID))
	d.wordID[w] = id
	d.maxWord = max(d.maxWord, len(w))
	add := func(f string) {
		ids := d.formIDs[f]
		for _, x := range ids {
			if x == id {
				return
			}
		}
		d.formIDs[f] = append(ids, id)
	}
	add(w)
	for _, f := range RegularForms(w) {
		add(f)
	}
	for _, f := range NounForms(w) {
		add(f)
	}
	return id
}

func (d *Dictionary) numberElems(es []Elem) {
	for i := range es {
		e := &es[i]
		switch e.Kind {
		case Word:
			e.ID = d.number(e.Text)
		case Alt:
			for _, a := range e.Alts {
				d.numberElems(a)
			}
		}
	}
}

// needs returns, for the elements of es that every match must use, the
// word numbers one of which must occur in the sentence for the element to
// match: a word's own number, the first words of a synset's phrases, the
// union of the first needs of the alternatives (none when an alternative
// needs nothing).
func (d *Dictionary) needs(es []Elem) [][]int32 {
	var out [][]int32
	for _, e := range es {
		switch e.Kind {
		case Word:
			out = append(out, []int32{e.ID})
		case Synset:
			var set []int32
			for _, ph := range d.Synsets[e.Text] {
				if len(ph.IDs) == 0 {
					set = nil
					break
				}
				set = append(set, ph.IDs[0])
			}
			if len(set) > 0 {
				out = append(out, set)
			}
		case Alt:
			var set []int32
			for _, a := range e.Alts {
				n := d.needs(a)
				if len(n) == 0 {
					set = nil
					break
				}
				set = append(set, n[0]...)
			}
			if len(set) > 0 {
				out = append(out, set)
			}
		}
	}
	return out
}

// NumWords returns the number of distinct literal words in the patterns
// and synsets; word numbers run from 0 to NumWords()-1.
func (d *Dictionary) NumWords() int { return len(d.wordID) }

// WordID returns the number of the literal word w (upper case), if the
// patterns or synsets use it.
func (d *Dictionary) WordID(w string) (int32, bool) {
	// every literal word is among the words the filter holds (a word is
	// one of its own forms), so the filter's no is final
	if d.wordBits != nil {
		if b := wordBit(w); d.wordBits[b>>6]&(1<<(b&63)) == 0 {
			return 0, false
		}
	}
	id, ok := d.wordID[w]
	return id, ok
}

// FormIDs returns the numbers of the literal words that form (upper case)
// is, or regularly inflects (plurals, third persons, pasts and
// participles, as Inflects tells). The slice must not be modified.
func (d *Dictionary) FormIDs(form string) []int32 { return d.formIDs[form] }

// MaxWordLen returns the length in bytes of the longest literal word.
func (d *Dictionary) MaxWordLen() int { return d.maxWord }

// codes reports whether c yields events: not null, discard or complex.
func codes(c Code) bool { return !c.IsNull() && c.Source != Discard && c.Source != Complex }

// CanCode reports whether the verb can ever yield an event: its default
// code or one of its block's patterns codes one (not null, discard or
// complex). A sentence whose only dictionary words cannot code yields
// nothing.
func (v *Verb) CanCode() bool { return v.yields }
