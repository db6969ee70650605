package parse

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// lemmatizer finds lemmas from a word's form and XPOS: first an exception
// list learned from the treebank (form and tag -> most frequent lemma, kept
// only where the rules are wrong), then the most frequent edit for the
// longest known suffix of the form under that tag.
type lemmatizer struct {
	except map[uint64]string // key(tag, form) -> lemma
	rules  map[uint64]edit   // key(tag, suffix) -> edit
	maxSuf int
}

// edit turns a form into a lemma: drop cut bytes from the end, then append add.
type edit struct {
	cut int
	add string
}

func lemmaKey(tag, s string) uint64 { return lemmaKeyH(hashString(tag, false), s) }

// lemmaKeyH is lemmaKey for a tag whose hash (hashString(tag, false)) is th.
func lemmaKeyH(th uint64, s string) uint64 { return mix(th + hashString(s, false)) }

// lemmaForm is the form lemmas are derived from: as written for proper
// nouns, lower-cased otherwise.
func lemmaForm(form, upos string) string {
	if upos == "PROPN" {
		return form
	}
	for i := 0; i < len(form); i++ {
		c := form[i]
		if 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(form)
		}
	}
	return form
}

func (lm *lemmatizer) lemma(form, upos, xpos string) string {
	return lm.lemmaH(form, upos, hashString(xpos, false))
}

// lemmaH is lemma for an XPOS whose hash (hashString(xpos, false)) is th,
// which the tagger keeps for its classes.
func (lm *lemmatizer) lemmaH(form, upos string, th uint64) string {
	f := lemmaForm(form, upos)
	if l, ok := lm.except[lemmaKeyH(th, f)]; ok {
		return l
	}
	if upos == "VERB" {
		// a past tense the treebank lacks, which no suffix rule can undo
		// ("fled", "froze"); see irregular.go
		if l, ok := irregularLemma[f]; ok {
			return l
		}
	}
	return lm.lemmaByRulesH(th, f)
}

// lemmaSample is one (tag, form, lemma) observation for training.
type lemmaSample struct {
	upos, xpos, form, lemma string
}

func editOf(form, lemma string) edit {
	p := 0
	for p < len(form) && p < len(lemma) && form[p] == lemma[p] {
		p++
	}
	for p > 0 && p < len(form) && !utf8.RuneStart(form[p]) {
		p--
	}
	return edit{cut: len(form) - p, add: lemma[p:]}
}

// trainLemmatizer learns suffix rules from the distinct observations and
// exceptions for the words the rules get wrong.
func trainLemmatizer(samples []lemmaSample) *lemmatizer {
	const maxSuf = 6
	type fl struct{ tag, form, lemma string }
	types := map[fl]int{}
	for _, s := range samples {
		if s.lemma == "" || s.lemma == "_" {
			continue
		}
		types[fl{s.xpos, lemmaForm(s.form, s.upos), s.lemma}]++
	}
	// rule counts per (tag, suffix)
	type sk struct{ tag, suf string }
	counts := map[sk]map[edit]int{}
	for t := range types {
		e := editOf(t.form, t.lemma)
		for k := e.cut; k <= maxSuf && k <= len(t.form); k++ {
			if k > 0 && k < len(t.form) && !utf8.RuneStart(t.form[len(t.form)-k]) {
				continue
			}
			key := sk{t.tag, t.form[len(t.form)-k:]}
			m := counts[key]
			if m == nil {
				m = map[edit]int{}
				counts[key] = m
			}
			m[e]++
		}
	}
	best := func(m map[edit]int) (edit, int) {
		var b edit
		bc := -1
		for e, c := range m {
			if c > bc || c == bc && (e.cut < b.cut || e.cut == b.cut && e.add < b.add) {
				b, bc = e, c
			}
		}
		return b, bc
	}
	lm := &lemmatizer{except: map[uint64]string{}, rules: map[uint64]edit{}, maxSuf: maxSuf}
	// keep a rule only when it differs from what the next shorter suffix says
	keys := make([]sk, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return len(keys[i].suf) < len(keys[j].suf) })
	for _, k := range keys {
		e, c := best(counts[k])
		if len(k.suf) > 0 {
			if c < 2 {
				continue
			}
			if pe, ok := lm.ruleFor(k.tag, k.suf[1:]); ok && pe == e {
				continue
			}
		}
		lm.rules[lemmaKey(k.tag, k.suf)] = e
	}
	// exceptions: the most frequent lemma per (tag, form), where rules fail
	byForm := map[sk]fl{}
	byFormN := map[sk]int{}
	for t, c := range types {
		k := sk{t.tag, t.form}
		if c > byFormN[k] || c == byFormN[k] && t.lemma < byForm[k].lemma {
			byForm[k], byFormN[k] = t, c
		}
	}
	for k, t := range byForm {
		if lm.lemmaByRules(t.tag, t.form) != t.lemma {
			lm.except[lemmaKey(k.tag, k.suf)] = t.lemma
		}
	}
	return lm
}

// ruleFor returns the rule that applies to suffix s under tag, trying
// shorter suffixes in turn.
func (lm *lemmatizer) ruleFor(tag, s string) (edit, bool) {
	return lm.ruleForH(hashString(tag, false), s)
}

// ruleForH is ruleFor for a tag whose hash is th.
func (lm *lemmatizer) ruleForH(th uint64, s string) (edit, bool) {
	for k := len(s); k >= 0; k-- {
		if k > 0 && k < len(s) && !utf8.RuneStart(s[len(s)-k]) {
			continue
		}
		if e, ok := lm.rules[lemmaKeyH(th, s[len(s)-k:])]; ok {
			return e, true
		}
	}
	return edit{}, false
}

func (lm *lemmatizer) lemmaByRules(tag, f string) string {
	return lm.lemmaByRulesH(hashString(tag, false), f)
}

// lemmaByRulesH is lemmaByRules for a tag whose hash is th.
func (lm *lemmatizer) lemmaByRulesH(th uint64, f string) string {
	e, ok := lm.ruleForH(th, f[len(f)-min(len(f), lm.maxSuf):])
	if !ok || e.cut > len(f) {
		return f
	}
	return f[:len(f)-undoubled(f, e)] + e.add
}

// undoubled returns how many bytes of f the edit e cuts, cutting one fewer
// when e undoes the doubling of a final consonant that f does not have. The
// rules are learned per suffix, and a suffix such as "bed" or "bing" is seen
// mostly in words that doubled their consonant ("robbed", "grabbing"), so
// that their rule would cut "bombed" to "bom" and "climbing" to "clim".
func undoubled(f string, e edit) int {
	var n int // length of the inflection the edit removes with the consonant
	switch {
	case e.add != "":
		return e.cut
	case e.cut == 3 && strings.HasSuffix(f, "ed"):
		n = 2
	case e.cut == 4 && strings.HasSuffix(f, "ing"):
		n = 3
	default:
		return e.cut
	}
	i := len(f) - n - 1 // the consonant the edit cuts
	if i < 1 || f[i] == f[i-1] || f[i] == 'k' && f[i-1] == 'c' {
		return e.cut // "robbed", "running", "panicked"
	}
	return e.cut - 1
}
