package parse

import (
	"fmt"
	"strconv"
	"strings"

	"entente"
	"entente/parse/conllu"
)

// Scores are accuracies in percent over all words, punctuation included, as
// in the CoNLL 2018 shared task: LAS compares universal relations (subtypes
// stripped).
type Scores struct {
	Sentences, Words int
	UPOS, XPOS       float64
	Lemma            float64
	UAS, LAS         float64
	// Full is LAS with full relation labels, subtypes included.
	Full float64
}

func (s Scores) String() string {
	return fmt.Sprintf("%d sentences, %d words: UPOS %.2f XPOS %.2f Lemma %.2f UAS %.2f LAS %.2f (LAS with subtypes %.2f)",
		s.Sentences, s.Words, s.UPOS, s.XPOS, s.Lemma, s.UAS, s.LAS, s.Full)
}

// Universal strips a relation's subtype: "nsubj:pass" -> "nsubj".
func Universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// Tokens returns the words of a treebank sentence as tokens with gold forms
// only (no tags, Head -1). Spans come from TokenRange in MISC when present;
// otherwise they are laid out as if the words were joined by single spaces.
func Tokens(s *conllu.Sentence) []entente.Token {
	toks := make([]entente.Token, len(s.Words))
	pos := 0
	for i, w := range s.Words {
		start, end := pos, pos+len(w.Form)
		if r, ok := conllu.MiscValue(w.Misc, "TokenRange"); ok {
			a, b, _ := strings.Cut(r, ":")
			x, err1 := strconv.Atoi(a)
			y, err2 := strconv.Atoi(b)
			if err1 == nil && err2 == nil && 0 <= x && x <= y {
				start, end = x, y
			}
		}
		sp, _ := conllu.MiscValue(w.Misc, "SpaceAfter")
		toks[i] = entente.Token{Span: entente.Span{Start: start, End: end}, Form: w.Form, SpaceAfter: sp != "No", Head: -1}
		pos = end + 1
	}
	return toks
}

// Evaluate parses the gold sentences from their gold tokens and scores the
// result against their gold tags, lemmas and trees.
func Evaluate(m *Model, gold []conllu.Sentence) Scores {
	var sc Scores
	var upos, xpos, lemma, uas, las, full int
	for i := range gold {
		s := &gold[i]
		toks := Tokens(s)
		m.Parse(toks)
		sc.Sentences++
		for j, w := range s.Words {
			t := &toks[j]
			sc.Words++
			if t.UPOS == w.UPOS {
				upos++
			}
			if t.XPOS == w.XPOS {
				xpos++
			}
			if t.Lemma == w.Lemma {
				lemma++
			}
			if t.Head+1 == w.Head {
				uas++
				if Universal(t.Rel) == Universal(w.Deprel) {
					las++
				}
				if t.Rel == w.Deprel {
					full++
				}
			}
		}
	}
	pct := func(n int) float64 {
		if sc.Words == 0 {
			return 0
		}
		return 100 * float64(n) / float64(sc.Words)
	}
	sc.UPOS, sc.XPOS, sc.Lemma, sc.UAS, sc.LAS, sc.Full = pct(upos), pct(xpos), pct(lemma), pct(uas), pct(las), pct(full)
	return sc
}

// RawScores are F1 scores in percent for parsing from raw text, in the
// manner of the CoNLL 2018 shared task: system words are aligned to gold
// words by their character offsets, and a word counts as correct for UAS
// when it is aligned and its head is aligned to the gold head.
type RawScores struct {
	Sentences, GoldWords, SystemWords int
	Tokens, UPOS, XPOS, UAS, LAS      float64
}

func (s RawScores) String() string {
	return fmt.Sprintf("%d sentences, %d gold words, %d system words: Words F1 %.2f UPOS %.2f XPOS %.2f UAS %.2f LAS %.2f",
		s.Sentences, s.GoldWords, s.SystemWords, s.Tokens, s.UPOS, s.XPOS, s.UAS, s.LAS)
}

// goldSpans locates each word of s in its "text = " comment. Words of a
// multiword token share out its surface form when their forms spell it
// ("don't" = "do" + "n't"), and otherwise all get its whole span. ok is false
// when the words cannot be found in the text.
func goldSpans(s *conllu.Sentence) (text string, spans []entente.Span, ok bool) {
	text = s.Text()
	spans = make([]entente.Span, len(s.Words))
	pos := 0
	find := func(form string) (int, bool) {
		for pos < len(text) && (text[pos] == ' ' || text[pos] == '\t') {
			pos++
		}
		if !strings.HasPrefix(text[pos:], form) {
			return 0, false
		}
		start := pos
		pos += len(form)
		return start, true
	}
	mi := 0
	for i := 0; i < len(s.Words); {
		if mi < len(s.Multi) && s.Multi[mi].First == s.Words[i].ID {
			m := s.Multi[mi]
			mi++
			start, found := find(m.Form)
			if !found {
				return text, nil, false
			}
			joined := ""
			for j := m.First; j <= m.Last; j++ {
				joined += s.Words[j-1].Form
			}
			p := start
			for j := m.First; j <= m.Last; j++ {
				if joined == m.Form {
					spans[j-1] = entente.Span{Start: p, End: p + len(s.Words[j-1].Form)}
					p += len(s.Words[j-1].Form)
				} else {
					spans[j-1] = entente.Span{Start: start, End: start + len(m.Form)}
				}
			}
			i = m.Last
			continue
		}
		start, found := find(s.Words[i].Form)
		if !found {
			return text, nil, false
		}
		spans[i] = entente.Span{Start: start, End: start + len(s.Words[i].Form)}
		i++
	}
	return text, spans, true
}

// EvaluateRaw tokenizes each gold sentence's text with tokenize (such as
// text.Tokenize), parses the tokens, and scores them against the gold words
// aligned by character offsets. Gold sentence boundaries are kept; sentences
// whose words cannot be located in their text are counted as all missed.
func EvaluateRaw(m *Model, gold []conllu.Sentence, tokenize func(s string, base int) []entente.Token) RawScores {
	var sc RawScores
	var words, upos, xpos, uas, las int
	for i := range gold {
		g := &gold[i]
		sc.Sentences++
		sc.GoldWords += len(g.Words)
		text, spans, ok := goldSpans(g)
		toks := tokenize(text, 0)
		sc.SystemWords += len(toks)
		if !ok || len(toks) == 0 {
			continue
		}
		m.Parse(toks)
		// align by exact span
		byspan := map[entente.Span]int{}
		for j, sp := range spans {
			if _, dup := byspan[sp]; !dup {
				byspan[sp] = j
			}
		}
		align := make([]int, len(toks)) // system -> gold, -1 when unaligned
		for j, t := range toks {
			align[j] = -1
			if gj, found := byspan[t.Span]; found {
				align[j] = gj
				delete(byspan, t.Span)
			}
		}
		for j, t := range toks {
			gj := align[j]
			if gj < 0 {
				continue
			}
			w := g.Words[gj]
			words++
			if t.UPOS == w.UPOS {
				upos++
			}
			if t.XPOS == w.XPOS {
				xpos++
			}
			headOK := t.Head == -1 && w.Head == 0 || t.Head >= 0 && align[t.Head] >= 0 && align[t.Head]+1 == w.Head
			if headOK {
				uas++
				if Universal(t.Rel) == Universal(w.Deprel) {
					las++
				}
			}
		}
	}
	f1 := func(n int) float64 {
		if sc.GoldWords == 0 || sc.SystemWords == 0 || n == 0 {
			return 0
		}
		p := float64(n) / float64(sc.SystemWords)
		r := float64(n) / float64(sc.GoldWords)
		return 100 * 2 * p * r / (p + r)
	}
	sc.Tokens, sc.UPOS, sc.XPOS, sc.UAS, sc.LAS = f1(words), f1(upos), f1(xpos), f1(uas), f1(las)
	return sc
}
