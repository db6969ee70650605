// Package clause finds the clause around a token of a sentence, for the
// context stages (when, modality, quantity, place, relation) that must decide
// which date, hedge or amount belongs to which event.
//
// It works from tokens alone, cutting at punctuation and subordinating words,
// and from the dependency parse when the sentence has one (Token.Rel set):
// then a clause is the set of tokens under the same clausal head.
package clause

import (
	"strings"
	"unicode"

	"entente"
)

// Words returns the sentence's token forms folded for matching: lower case,
// typographic apostrophes made plain. Forms that need no change are shared,
// and the folded ones are cut from a single string, so that a sentence costs
// two allocations however many capitals it has.
func Words(toks []entente.Token) []string {
	w := make([]string, len(toks))
	n := 0
	for i := range toks {
		if !plain(toks[i].Form) {
			n += len(toks[i].Form)
		}
	}
	if n == 0 {
		for i := range toks {
			w[i] = toks[i].Form
		}
		return w
	}
	var b strings.Builder
	b.Grow(n)
	offs := make([]int, 0, 8)
	for i := range toks {
		if f := toks[i].Form; !plain(f) {
			offs = append(offs, i, b.Len())
			foldInto(&b, f)
			offs = append(offs, b.Len())
		} else {
			w[i] = f
		}
	}
	all := b.String()
	for k := 0; k < len(offs); k += 3 {
		w[offs[k]] = all[offs[k+1]:offs[k+2]]
	}
	return w
}

// plain reports whether s is ASCII without capitals.
func plain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || ('A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

func foldInto(b *strings.Builder, s string) {
	for _, r := range s {
		switch {
		case 'A' <= r && r <= 'Z':
			b.WriteByte(byte(r) + 'a' - 'A')
		case r < 0x80:
			b.WriteByte(byte(r))
		case r == '’' || r == '‘':
			b.WriteByte('\'')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
}

// Fold lower-cases s and replaces typographic apostrophes with "'".
func Fold(s string) string {
	if plain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	foldInto(&b, s)
	return b.String()
}

// AppendFold appends the folded s to dst, for map lookups that need not
// allocate (m[string(buf)]).
func AppendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return append(dst, Fold(s[i:])...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// Parsed reports whether the sentence carries a dependency parse.
func Parsed(toks []entente.Token) bool {
	for i := range toks {
		if toks[i].Rel != "" {
			return true
		}
	}
	return false
}

// boundary words start a new clause; the word belongs to the clause it opens.
var opener = map[string]bool{
	"while": true, "whereas": true, "but": true, "although": true, "though": true,
	"because": true, "which": true, "who": true, "whom": true, "whose": true,
	"if": true, "unless": true, "when": true, "where": true,
}

// IsBreak reports whether the folded word w is punctuation that ends a clause.
func IsBreak(w string) bool {
	switch w {
	case ";", ":", "–", "—", "--", "-", "(", ")", "[", "]", "?", "!":
		return true
	}
	return false
}

// BreakAt reports whether token j ends a clause: IsBreak, except for a
// hyphen written inside a compound ("long-term" tokenized "long - term").
func BreakAt(toks []entente.Token, words []string, j int) bool {
	if !IsBreak(words[j]) {
		return false
	}
	if words[j] == "-" && j > 0 && j+1 < len(toks) && !toks[j].SpaceAfter && !toks[j-1].SpaceAfter {
		return false
	}
	return true
}

// IsOpener reports whether the folded word w opens a subordinate or
// coordinate clause ("while", "which", "if", "but").
func IsOpener(w string) bool { return opener[w] }

// Bounds returns the half-open token range [start, end) of the clause that
// holds token i. words are the folded forms (see Words).
func Bounds(toks []entente.Token, words []string, i int) (start, end int) {
	if i < 0 || i >= len(toks) {
		return 0, len(toks)
	}
	if Parsed(toks) {
		return parsedBounds(toks, i)
	}
	start = 0
	for j := i; j >= 0; j-- {
		w := words[j]
		if j != i && BreakAt(toks, words, j) {
			start = j + 1
			break
		}
		if j != i && w == "," && closedRelative(toks, words, j) {
			// "X, which has ..., hosted": the verb is after the relative.
			start = j + 1
			break
		}
		if IsOpener(w) {
			start = j
			break
		}
	}
	end = len(toks)
	closes := start < len(words) && IsOpener(words[start]) &&
		(start > 0 && words[start-1] == "," && isRelative(words[start]) || fronted(toks, words, start))
	for j := i + 1; j < len(toks); j++ {
		if BreakAt(toks, words, j) || IsOpener(words[j]) || closes && words[j] == "," {
			end = j
			break
		}
	}
	return start, end
}

func isRelative(w string) bool {
	return w == "which" || w == "who" || w == "whom" || w == "whose"
}

// closedRelative reports whether the comma at j closes a relative clause
// opened after an earlier comma (", which has shared ... ,") or a fronted
// subordinate clause ("If they sign ..., the army will").
func closedRelative(toks []entente.Token, words []string, j int) bool {
	for k := j - 1; k >= 0; k-- {
		w := words[k]
		if IsOpener(w) {
			if isRelative(w) {
				return k > 0 && words[k-1] == ","
			}
			return fronted(toks, words, k)
		}
		if w == "," || BreakAt(toks, words, k) {
			return false
		}
	}
	return false
}

// fronted reports whether the clause starting at token start opens its
// sentence or follows a break.
func fronted(toks []entente.Token, words []string, start int) bool {
	return start == 0 || BreakAt(toks, words, start-1)
}

// clausal relations head a clause of their own.
func clausal(rel string) bool {
	if k := strings.IndexByte(rel, ':'); k >= 0 {
		rel = rel[:k]
	}
	switch rel {
	case "root", "ccomp", "xcomp", "advcl", "acl", "parataxis", "csubj":
		return true
	}
	return false
}

// Head returns the index of the token that heads the clause holding token i:
// the nearest ancestor-or-self with a clausal relation, or the root. Without
// a parse it returns -1.
func Head(toks []entente.Token, i int) int {
	for steps := 0; i >= 0 && i < len(toks) && steps < len(toks); steps++ {
		t := toks[i]
		if t.Head < 0 || clausal(t.Rel) || (t.Rel == "conj" && verbal(t)) {
			return i
		}
		i = t.Head
	}
	return -1
}

func verbal(t entente.Token) bool { return t.UPOS == "VERB" || t.UPOS == "AUX" }

func parsedBounds(toks []entente.Token, i int) (int, int) {
	h := Head(toks, i)
	if h < 0 {
		return 0, len(toks)
	}
	start, end := i, i+1
	for j := range toks {
		if Head(toks, j) == h {
			if j < start {
				start = j
			}
			if j+1 > end {
				end = j + 1
			}
		}
	}
	return start, end
}

// Ancestors calls f with each ancestor of token i in turn, nearest first, and
// the relation by which the child below it attaches; it stops when f returns
// false. Without a parse it calls nothing.
func Ancestors(toks []entente.Token, i int, f func(j int, rel string) bool) {
	for steps := 0; i >= 0 && i < len(toks) && steps < len(toks); steps++ {
		t := toks[i]
		if t.Head < 0 || t.Head >= len(toks) || t.Rel == "" {
			return
		}
		if !f(t.Head, t.Rel) {
			return
		}
		i = t.Head
	}
}

// TokenAt returns the index of the token whose span holds byte offset off, or
// -1.
func TokenAt(toks []entente.Token, off int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case toks[m].Span.End <= off:
			lo = m + 1
		case toks[m].Span.Start > off:
			hi = m
		default:
			return m
		}
	}
	return -1
}

// OffParticleVerb reports whether word w (any case) is a verb that takes
// "off" as its particle ("fought off", "fended off", "sealed off"), after
// which "off" names no sea by a place.
func OffParticleVerb(w string) bool { return offParticleVerbs[Fold(w)] }

// offParticleVerbs are the folded forms OffParticleVerb knows.
var offParticleVerbs = map[string]bool{"fight": true, "fought": true, "fend": true, "fended": true,
	"chase": true, "chased": true, "drive": true, "drove": true, "ward": true, "warded": true,
	"call": true, "called": true, "cut": true, "seal": true, "sealed": true, "set": true, "take": true,
	"took": true, "kick": true, "kicked": true, "pay": true, "paid": true, "shake": true, "shook": true,
	"beat": true, "hold": true, "held": true, "fire": true, "fired": true, "lay": true, "laid": true,
	"cordon": true, "cordoned": true, "see": true, "saw": true, "write": true, "wrote": true,
	"sign": true, "signed": true, "head": true, "headed": true, "break": true, "broke": true}
