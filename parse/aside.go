package parse

import (
	"strings"

	"entente"
)

// An aside is a clause set off by commas between a subject and its verb:
// a non-restrictive relative clause ("China and Israel, which have no
// diplomatic relations, discussed ..."), a participle phrase ("The
// Taliban, backed by Pakistan, attacked ...") or an attribution ("Iran,
// officials said, has agreed ..."). The model, trained on a treebank of
// web text where such asides are rare, often takes the aside's verb for
// the sentence's and the sentence's verb for a conjunct or an adverbial
// clause. Model.Parse therefore parses a sentence with asides in parts:
// the sentence without them (the skeleton), then each aside alone. A
// relative clause then modifies its antecedent (acl:relcl), as does a
// participle phrase (acl); an attribution is a parataxis of the
// skeleton's root. The commas are the aside's punctuation.
type aside struct {
	open, close int    // the commas
	rel         string // the relation of the aside's root
	// trailing: an attribution that ends the sentence, whose close is the
	// final stop (or one past the last token), which stays the skeleton's
	trailing bool
}

// relativeWords open a non-restrictive relative clause.
var relativeWords = map[string]bool{"which": true, "who": true, "whose": true, "whom": true}

// attributionVerbs end an attribution aside ("officials said").
var attributionVerbs = map[string]bool{"say": true, "report": true, "add": true, "claim": true}

// finiteTags are the Penn tags of a finite verb, the main verb after an
// aside.
var finiteTags = map[string]bool{"VBD": true, "VBZ": true, "VBP": true, "MD": true}

// asides returns the asides of tagged tokens after token from (the
// dateline's end), in order and not overlapping: a comma, then a relative word or a participle (after a
// noun) or a noun phrase ending in a verb of saying, a clause with a verb,
// and a comma followed (across at most one adverb) by a finite verb, or by
// a past participle where no verb comes before the aside (the tagger reads
// "Iran, which ..., attacked" as a participle).
func asides(toks []entente.Token, from int) []aside {
	var out []aside
	for o := max(1, from+1); o+3 < len(toks); o++ {
		if toks[o].Form != "," {
			continue
		}
		nounBefore := toks[o-1].UPOS == "NOUN" || toks[o-1].UPOS == "PROPN"
		first := toks[o+1]
		rel := ""
		switch {
		case nounBefore && relativeWords[strings.ToLower(first.Form)]:
			rel = "acl:relcl"
		case nounBefore && first.UPOS == "VERB" && (first.XPOS == "VBN" || first.XPOS == "VBG"):
			rel = "acl"
		case first.UPOS == "DET" || first.UPOS == "NOUN" || first.UPOS == "PROPN" || first.UPOS == "PRON" || first.UPOS == "ADJ":
			rel = "parataxis"
		default:
			continue
		}
		verb := false
		for c := o + 2; c+1 < len(toks) && c < o+40; c++ {
			f := toks[c].Form
			if f == ";" || f == ":" || f == "." || f == "(" || f == ")" {
				break
			}
			if u := toks[c].UPOS; u == "VERB" || u == "AUX" {
				verb = true
				continue
			}
			if f == "," && toks[c+1].UPOS == "CCONJ" {
				break // ", and": a list of subjects, not an aside
			}
			if f != "," || !verb && rel != "acl" {
				continue
			}
			if rel == "parataxis" && !attributionAside(toks, o+1, c) {
				break
			}
			n := c + 1
			if toks[n].UPOS == "ADV" && n+1 < len(toks) {
				n++
			}
			if u := toks[n].UPOS; (u == "VERB" || u == "AUX") && (finiteTags[toks[n].XPOS] || toks[n].XPOS == "VBN" && !verbBefore(toks, o)) {
				out = append(out, aside{o, c, rel, false})
				o = c
				break
			}
		}
	}
	if a, ok := trailingAttribution(toks, from); ok && (len(out) == 0 || out[len(out)-1].close < a.open) {
		out = append(out, a)
	}
	return out
}

// trailingAttribution returns the attribution that ends a sentence after a
// comma ("Police in Addis Ababa arrested 35 people over alleged links to
// the rebels, the federal police commission said."): a noun phrase and a
// verb of saying between the sentence's last comma and its final
// punctuation (or its end), after a clause with a verb of its own. The
// model parses such sentences less well whole than in parts; the
// attribution is an aside whose closing mark is the final punctuation (or
// the sentence's end, one past its last token), a parataxis of the
// skeleton's root; the final stop is parsed with the skeleton.
func trailingAttribution(toks []entente.Token, from int) (aside, bool) {
	end := len(toks)
	if end > 0 && (toks[end-1].Form == "." || toks[end-1].Form == "!") {
		end--
	}
	o := -1
	for i := end - 1; i > from && i >= end-12; i-- {
		if toks[i].Form == "," {
			o = i
			break
		}
	}
	if o < 0 || !verbBefore(toks[from:], o-from) || !attributionAside(toks, o+1, end) {
		return aside{}, false
	}
	return aside{o, end, "parataxis", true}, true
}

// attributionAside reports whether toks[from:to] is a noun phrase and a verb of
// saying ("officials said", "the ministry reported").
func attributionAside(toks []entente.Token, from, to int) bool {
	if to-from < 2 || !attributionVerbs[toks[to-1].Lemma] {
		return false
	}
	for i := from; i < to-1; i++ {
		switch toks[i].UPOS {
		case "DET", "NOUN", "PROPN", "PRON", "ADJ", "PART", "NUM":
		default:
			return false
		}
	}
	return true
}

// verbBefore reports whether a verb comes before token o.
func verbBefore(toks []entente.Token, o int) bool {
	for i := 0; i < o; i++ {
		if u := toks[i].UPOS; u == "VERB" || u == "AUX" {
			return true
		}
	}
	return false
}

// parseAround parses toks with parse, which parses the tokens toks[i] for
// i in its argument as one sentence: all of them (all) when there is no
// dateline (lead, the count of its tokens, 0 for none) and no aside;
// otherwise the skeleton without them, then the dateline alone (its root a
// dependent of the skeleton's root: a wire dateline, "SANTA BARBARA,
// Calif., April 13 -", read as part of the sentence makes its words the
// verb's subject) and each aside alone, attached to its antecedent (see
// aside).
func parseAround(toks []entente.Token, lead int, as []aside, all []int, parse func(idx []int)) {
	if len(as) == 0 && (lead == 0 || lead >= len(toks)) {
		parse(all)
		return
	}
	if lead >= len(toks) {
		lead = 0
	}
	idx := all[:0]
	k := 0
	for i := lead; i < len(toks); i++ {
		if k < len(as) && i >= as[k].open {
			if i == as[k].close {
				k++
				if as[k-1].trailing {
					idx = append(idx, i) // the final stop
				}
			}
			continue
		}
		idx = append(idx, i)
	}
	parse(idx)
	skeletonRoot := idx[0]
	for _, i := range idx {
		if toks[i].Head < 0 {
			skeletonRoot = i
		}
	}
	if lead > 0 {
		idx = idx[:0]
		for i := 0; i < lead; i++ {
			idx = append(idx, i)
		}
		parse(idx)
		for i := 0; i < lead; i++ {
			if toks[i].Head < 0 {
				toks[i].Head, toks[i].Rel = skeletonRoot, "dep"
			}
		}
	}
	for _, a := range as {
		idx = idx[:0]
		for i := a.open + 1; i < a.close; i++ {
			idx = append(idx, i)
		}
		parse(idx)
		root := a.open + 1
		for i := a.open + 1; i < a.close; i++ {
			if toks[i].Head < 0 {
				root = i
			}
		}
		ante := skeletonRoot
		if a.rel != "parataxis" {
			ante = antecedent(toks, a.open-1)
		}
		toks[root].Head, toks[root].Rel = ante, a.rel
		toks[a.open].Head, toks[a.open].Rel = root, "punct"
		if a.close < len(toks) && !a.trailing {
			toks[a.close].Head, toks[a.close].Rel = root, "punct"
		}
	}
}

// antecedent returns the word an aside after token t modifies: t, or the
// head of the name or list t ends ("China and Israel, which ...": China).
func antecedent(toks []entente.Token, t int) int {
	for {
		h := toks[t].Head
		if h < 0 || h >= t {
			return t
		}
		if r := toks[t].Rel; r != "flat" && r != "fixed" && r != "conj" && !strings.HasPrefix(r, "flat:") {
			return t
		}
		t = h
	}
}

// parseNodes parses the tokens toks[i] for i in idx, in that order, as one
// sentence, with the tags of the whole sentence in s, and sets their Head
// (an index into toks, -1 for the root) and Rel.
func (m *Model) parseNodes(s *scratch, toks []entente.Token, idx []int) {
	st := &s.st
	st.reset(len(idx))
	s.sub = s.sub[:0]
	for k, i := range idx {
		st.words[k+1] = s.ws[i+2].lower
		st.tags[k+1] = uint64(s.tags[i+2]) + 100
		st.cpos[k+1] = m.tg.cpos[s.tags[i+2]]
		st.sufs[k+1] = s.ws[i+2].suf[2]
		s.sub = append(s.sub, s.ws[i+2])
	}
	m.ps.fillClasses(st, s.sub)
	s.fs = m.ps.parse(st, s.fs, s.scores)
	for k, i := range idx {
		h := int(st.head[k+1]) - 1
		if h >= 0 {
			h = idx[h]
		}
		toks[i].Head = h
		toks[i].Rel = m.ps.labels[st.label[k+1]]
	}
}
