package parse

import (
	"math"
	"strings"
	"testing"

	"entente"
)

// reference is the inference code as first written, kept as the
// specification that the optimised path must match bit for bit: sparse
// weight rows, the features of every configuration computed from scratch,
// every transition scored whether legal or not. The weights of a loaded
// model are int16 multiples of a scale, and scores are their exact integer
// sums times the scale (scoreQ).
type reference struct {
	m     *Model
	trans *linear
}

func newReference(m *Model) *reference { return &reference{m: m, trans: m.ps.transLinear()} }

func (r *reference) parse(toks []entente.Token) {
	m := r.m
	if len(toks) == 0 {
		return
	}
	forms := make([]string, len(toks))
	for i := range toks {
		forms[i] = toks[i].Form
	}
	ws := m.tg.prepare(forms, nil)
	tags := make([]int32, len(ws))
	tags[0], tags[1] = tagStart, tagStart
	n := m.tg.model.classes
	scores := make([]float32, max(n, len(m.ps.labels), 3))
	var fs []uint64
	for i := 2; i < len(ws)-2; i++ {
		if c := m.tg.fixed.get(ws[i].form); c >= 0 {
			tags[i] = c
			continue
		}
		fs = tagFeatures(ws, tags, i, fs[:0])
		sc := scores[:n]
		clear(sc)
		scoreQ(m.tg.model, fs, sc)
		best := 0
		for k := 1; k < n; k++ {
			if sc[k] > sc[best] {
				best = k
			}
		}
		tags[i] = int32(best)
	}
	m.tg.requireVerb(qScorer{m.tg.model}, ws, tags, fs, scores)
	for i := range toks {
		c := tags[i+2]
		t := &toks[i]
		t.UPOS, t.XPOS = m.tg.upos[c], m.tg.xpos[c]
		t.Lemma = m.lm.lemma(t.Form, t.UPOS, t.XPOS)
	}
	var st state
	st.reset(len(toks))
	for i := range toks {
		st.words[i+1] = ws[i+2].lower
		st.tags[i+1] = uint64(tags[i+2]) + 100
		st.cpos[i+1] = m.tg.cpos[tags[i+2]]
		st.sufs[i+1] = ws[i+2].suf[2]
	}
	m.ps.fillClasses(&st, ws[2:len(ws)-2])
	p := m.ps
	L := len(p.labels)
	for !st.terminal() {
		fs = st.features(fs[:0])
		sc3 := scores[:3]
		clear(sc3)
		scoreQ(r.trans, fs, sc3)
		act := bestAction(&st, sc3)
		l := int32(-1)
		if act != actShift {
			h, d := st.arc(act)
			if h == 0 {
				l = p.root
			} else {
				fs = st.labelFeatures(h, d, fs[:0])
				sc := scores[:L]
				clear(sc)
				scoreQ(p.label, fs, sc)
				l = p.bestLabel(sc)
			}
		}
		st.apply(act, l)
	}
	for i := range toks {
		toks[i].Head = int(st.head[i+1]) - 1
		toks[i].Rel = p.labels[st.label[i+1]]
	}
}

// TestParseMatchesReference parses every sentence of EWT dev (and some odd
// inputs) with the model and with the reference code and expects the very
// same tags, lemmas, heads and relations.
func TestParseMatchesReference(t *testing.T) {
	m := defaultModel(t)
	ref := newReference(m)
	var sents [][]entente.Token
	for _, s := range readShared(t, "en_ewt-ud-dev.conllu.gz") {
		sents = append(sents, Tokens(&s))
	}
	for _, f := range []string{
		"Hello", ". . , ?", "\x00 \xff\xfe ünïcödé 🙂 " + strings.Repeat("x", 300),
		strings.Repeat("the talks collapsed , and Russia said no . ", 60),
	} {
		sents = append(sents, tokensOf(strings.Fields(f)...))
	}
	diff := 0
	for i, toks := range sents {
		got := append([]entente.Token(nil), toks...)
		want := append([]entente.Token(nil), toks...)
		m.Parse(got)
		ref.parse(want)
		repair(want)
		for j := range got {
			if got[j] != want[j] {
				if diff++; diff <= 10 {
					t.Errorf("sentence %d token %d: %+v, want %+v", i, j, got[j], want[j])
				}
			}
		}
	}
	if diff > 0 {
		t.Errorf("%d tokens differ from the reference", diff)
	}
}

// qScorer scores with scoreQ.
type qScorer struct{ l *linear }

func (q qScorer) score(feats []uint64, scores []float32) { scoreQ(q.l, feats, scores) }

// scoreQ sets scores to the sums of the weights of feats in l, a model with
// quantised weights, added up exactly as the int16 multiples of l.scale
// they are, times l.scale.
func scoreQ(l *linear, feats []uint64, scores []float32) {
	acc := make([]int64, l.classes)
	for _, f := range feats {
		s := l.index.lookup(foldKey(f, l.fold))
		if s == nil {
			continue
		}
		for j := s.row; j < s.row+s.n; j++ {
			acc[l.cls[j]] += int64(math.Round(float64(l.wt[j]) / float64(l.scale)))
		}
	}
	for c := range scores {
		scores[c] = float32(acc[c]) * l.scale
	}
}
