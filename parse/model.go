// Package parse tags, lemmatises and parses sentences: it fills the UPOS,
// XPOS, Lemma, Head and Rel fields of entente.Tokens following the
// conventions of Universal Dependencies, with a model trained on the UD
// English Web Treebank and embedded in the binary.
//
// The tagger is a greedy averaged perceptron over (UPOS, XPOS) pairs with a
// dictionary fast path for frequent unambiguous words; lemmas come from
// exceptions and suffix rules learned from the treebank; the parser is a
// greedy arc-hybrid transition parser whose transitions are scored by one
// averaged perceptron (rich features of the stack and buffer, trained with a
// dynamic oracle and exploration) and whose arcs are labelled, as they are
// made, by another. Training (Train) and evaluation (Evaluate, EvaluateRaw)
// live beside the run-time code; the CoNLL-U reader and writer is package
// parse/conllu.
//
// A Model is immutable once loaded and safe for concurrent use: each call
// takes its scratch buffers from a pool.
package parse

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"sync"

	"entente"
	"entente/text"
)

//go:embed model/en_ewt.model.gz
var embedded []byte

// Model is a trained tagger, lemmatiser and parser.
type Model struct {
	info     string
	hashBits int
	tg       *tagger
	lm       *lemmatizer
	ps       *parser
	pool     sync.Pool
}

// scratch holds the per-call buffers, so that a Model has no shared mutable state.
type scratch struct {
	forms  []string
	ws     []word
	tags   []int32
	fs     []uint64
	scores []float32
	st     state
	idx    []int  // the tokens of a part of the sentence (parseAround)
	sub    []word // their words
}

func (m *Model) init() {
	m.tg.model.fold = uint8(m.hashBits)
	m.ps.label.fold = uint8(m.hashBits)
	m.tg.initCoarse()
	if m.ps.trans3 == nil {
		m.ps.trans3 = transModelOf(m.ps.trans)
		m.ps.trans = nil
	}
	m.tg.fast = scorerOf(m.tg.model)
	m.ps.labelFast = scorerOf(m.ps.label)
	m.pool.New = func() any { return new(scratch) }
}

var (
	defaultOnce   sync.Once
	loadedDefault *Model
	defaultErr    error
)

// Default returns the model embedded in the binary, loading it on first use.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		if len(embedded) == 0 {
			defaultErr = errors.New("parse: no model embedded (train one with `entente train`)")
			return
		}
		loadedDefault, defaultErr = Load(bytes.NewReader(embedded))
		if defaultErr == nil {
			loadedDefault.tg.fixed = loadedDefault.tg.withNames(names)
		}
	})
	return loadedDefault, defaultErr
}

// Info describes how the model was trained.
func (m *Model) Info() string { return m.info }

// Labels returns the dependency relations the parser can assign.
func (m *Model) Labels() []string { return append([]string(nil), m.ps.labels...) }

// Tag fills UPOS, XPOS and Lemma of each token from its Form.
func (m *Model) Tag(toks []entente.Token) {
	if len(toks) == 0 {
		return
	}
	s := m.pool.Get().(*scratch)
	m.tag(s, toks)
	m.pool.Put(s)
}

func (m *Model) tag(s *scratch, toks []entente.Token) {
	s.forms = s.forms[:0]
	for i := range toks {
		s.forms = append(s.forms, toks[i].Form)
	}
	s.ws = m.tg.prepare(s.forms, s.ws)
	s.tags = grow32(s.tags, len(s.ws))
	if n := max(m.tg.model.classes, len(m.ps.labels), 3); cap(s.scores) < n {
		s.scores = make([]float32, n)
	}
	s.fs = m.tg.tagSentence(m.tg.fast, s.ws, s.tags, s.fs, s.scores)
	s.fs = m.tg.requireVerb(m.tg.fast, s.ws, s.tags, s.fs, s.scores)
	for i := range toks {
		c := s.tags[i+2]
		t := &toks[i]
		t.UPOS, t.XPOS = m.tg.upos[c], m.tg.xpos[c]
		t.Lemma = m.lm.lemmaH(t.Form, t.UPOS, m.tg.xposHash[c])
	}
}

// Parse tags the tokens and fills Head (an index into toks, -1 for the
// root) and Rel (a UD relation with its subtype, such as "nsubj:pass").
// The result is always a tree: exactly one token has Head -1.
func (m *Model) Parse(toks []entente.Token) {
	if len(toks) == 0 {
		return
	}
	s := m.pool.Get().(*scratch)
	m.tag(s, toks)
	s.idx = s.idx[:0]
	for i := range toks {
		s.idx = append(s.idx, i)
	}
	lead := text.DatelineEnd(toks)
	parseAround(toks, lead, asides(toks, lead), s.idx, func(idx []int) { m.parseNodes(s, toks, idx) })
	repair(toks)
	m.pool.Put(s)
}

// Sentence parses a sentence's tokens in place.
func (m *Model) Sentence(s *entente.Sentence) { m.Parse(s.Tokens) }

// String describes the model briefly.
func (m *Model) String() string {
	return fmt.Sprintf("parse.Model{%d tag classes, %d relations, feature rows: tagger %d, transitions %d, labels %d}",
		len(m.tg.upos), len(m.ps.labels), m.tg.model.rows(), m.ps.trans3.rows(), m.ps.label.rows())
}

// prune drops the feature rows whose weights are all below tagger and
// parser, and the single weights of the tagger below taggerEntry and of the
// label model below labelEntry (0 keeps a model as it is).
func (m *Model) prune(tagger, parser, taggerEntry, labelEntry float64) {
	if tagger > 0 {
		m.tg.model = m.tg.model.pruned(tagger)
	}
	if taggerEntry > 0 {
		m.tg.model = m.tg.model.prunedEntries(taggerEntry)
	}
	if labelEntry > 0 {
		m.ps.label = m.ps.label.prunedEntries(labelEntry)
	}
	if parser > 0 {
		m.ps.trans = m.ps.transLinear().pruned(parser)
		m.ps.trans3 = nil
		m.ps.label = m.ps.label.pruned(parser)
	}
	m.init()
}
