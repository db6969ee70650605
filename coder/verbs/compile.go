package verbs

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
}

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
