package parse

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"entente"
	"entente/internal/sharedtest"
	"entente/text"
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
		tags[i] = m.tg.bestClass(ws[i], sc)
	}
	m.tg.requireVerb(qScorer{m.tg.model}, ws, tags, fs, scores)
	for i := range toks {
		c := tags[i+2]
		t := &toks[i]
		t.UPOS, t.XPOS = m.tg.upos[c], m.tg.xpos[c]
		t.Lemma = m.lm.lemma(t.Form, t.UPOS, t.XPOS)
	}
	all := make([]int, len(toks))
	for i := range all {
		all[i] = i
	}
	lead := text.DatelineEnd(toks)
	parseAround(toks, lead, asides(toks, lead), all, func(idx []int) { r.parseNodes(ws, tags, toks, idx, fs, scores) })
}

// parseNodes parses toks[i] for i in idx as one sentence with the
// reference scorer.
func (r *reference) parseNodes(ws []word, tags []int32, toks []entente.Token, idx []int, fs []uint64, scores []float32) {
	m := r.m
	var st state
	st.reset(len(idx))
	sub := make([]word, len(idx))
	for k, i := range idx {
		st.words[k+1] = ws[i+2].lower
		st.tags[k+1] = uint64(tags[i+2]) + 100
		st.cpos[k+1] = m.tg.cpos[tags[i+2]]
		st.sufs[k+1] = ws[i+2].suf[2]
		sub[k] = ws[i+2]
	}
	m.ps.fillClasses(&st, sub)
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
	for k, i := range idx {
		h := int(st.head[k+1]) - 1
		if h >= 0 {
			h = idx[h]
		}
		toks[i].Head = h
		toks[i].Rel = p.labels[st.label[k+1]]
	}
}

// TestParseMatchesReference parses every sentence of EWT dev (and some odd
// inputs) with the model and with the reference code and expects the very
// same tags, lemmas, heads and relations.
//
// ENTENTE_EQUIV_MODELS, a list of model files separated by the system's
// list separator, adds models to check besides the embedded one (models
// with word classes, for instance).
func TestParseMatchesReference(t *testing.T) {
	models := []*Model{defaultModel(t)}
	for _, p := range filepath.SplitList(os.Getenv("ENTENTE_EQUIV_MODELS")) {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		m, err := Load(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if !quantised(m.tg.model) || !quantised(m.ps.label) || !quantised(m.ps.transLinear()) {
			t.Logf("%s: weights not quantised, which the reference needs: not checked", p)
			continue
		}
		t.Logf("%s: %v, %d word classes", p, m, len(m.ps.clusters.slots))
		models = append(models, m)
	}
	var sents [][]entente.Token
	for _, s := range readShared(t, "en_ewt-ud-dev.conllu.gz") {
		sents = append(sents, Tokens(&s))
	}
	// news prose as the chain sees it: Reuters articles through entente's
	// own splitter and tokenizer
	for _, a := range sharedtest.Reuters(t, 300) {
		for _, s := range text.Split(a) {
			sents = append(sents, s.Tokens)
		}
	}
	for _, f := range []string{
		"Hello", ". . , ?", "\x00 \xff\xfe ünïcödé 🙂 " + strings.Repeat("x", 300),
		strings.Repeat("the talks collapsed , and Russia said no . ", 60),
	} {
		sents = append(sents, tokensOf(strings.Fields(f)...))
	}
	for _, m := range models {
		matchReference(t, m, sents)
	}
}

// matchReference parses sents with m and with the reference code and
// expects the very same tags, lemmas, heads and relations.
func matchReference(t *testing.T, m *Model, sents [][]entente.Token) {
	t.Helper()
	ref := newReference(m)
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

// TestFeatureGroupsPartition checks that the five groups of transition
// features that scoreGrouped sums apart (featuresS0, featuresB0,
// featuresB0Left, featuresS0Right, featuresPairs) hold exactly the features
// of features, each once, in every configuration the parser passes through
// on EWT dev sentences, with word classes and without; and that a group's
// features do not change while its sum is kept. The pair features are
// computed from the partial hashes the other groups kept when they were
// last computed for the nodes that are s0 and b0 (as scoreGrouped does),
// and again from scratch.
func TestFeatureGroupsPartition(t *testing.T) {
	m := defaultModel(t)
	dev := readShared(t, "en_ewt-ud-dev.conllu.gz")
	s := new(scratch)
	configs := 0
	for i := range dev[:min(len(dev), 600)] {
		toks := Tokens(&dev[i])
		m.tag(s, toks)
		st := &s.st
		st.reset(len(toks))
		for j := range toks {
			st.words[j+1] = s.ws[j+2].lower
			st.tags[j+1] = uint64(s.tags[j+2]) + 100
			st.cpos[j+1] = m.tg.cpos[s.tags[j+2]]
			st.sufs[j+1] = s.ws[j+2].suf[2]
			st.clus[j+1] = uint64(j%7) + 100 // any classes will do
		}
		st.useClus = i%2 == 1
		st.resetGroups()
		// the groups' features when first seen for a node (and, for the
		// b0 left group, a number of left dependents)
		s0Seen := map[int32][]uint64{}
		b0Seen := map[int32][]uint64{}
		b0lSeen := map[[2]int32][]uint64{}
		s0rSeen := map[[2]int32][]uint64{}
		gold := make([]int32, len(toks)+1)
		for j, w := range dev[i].Words {
			if j < len(toks) && w.Head > 0 && w.Head <= len(toks) {
				gold[j+1] = int32(w.Head)
			}
		}
		for !st.terminal() {
			shift, left, right := st.valid()
			if st.b <= st.n {
				configs++
				want := st.features(nil)
				s0, b0 := st.stack[len(st.stack)-1], st.b
				// the pairs from what the groups kept when last computed
				// for these nodes, as scoreGrouped has them
				kept := st.featuresPairs(nil)
				g0, gb := st.grp[s0], st.grp[b0]
				s0f, b0f, b0lf, s0rf := st.featuresS0(nil), st.featuresB0(nil), st.featuresB0Left(nil), st.featuresS0Right(nil)
				if g0.s0ok && gb.b0ok && gb.b0lnl == st.nl[b0] && g0.s0rnr == st.nr[s0] &&
					!slices.Equal(kept, st.featuresPairs(nil)) {
					t.Fatalf("sentence %d, stack %v, buffer at %d: the pair features differ when computed from kept hashes",
						i, st.stack, st.b)
				}
				// the groups are computed again at every configuration
				// here: mark them kept, as scoreGrouped would
				st.grp[s0].s0ok, st.grp[b0].b0ok, st.grp[b0].b0lnl, st.grp[s0].s0rnr = true, true, st.nl[b0], st.nr[s0]
				got := append(append(append(append(append([]uint64(nil), s0f...), b0f...), b0lf...), s0rf...), st.featuresPairs(nil)...)
				slices.Sort(want)
				slices.Sort(got)
				if !slices.Equal(got, want) {
					t.Fatalf("sentence %d, stack %v, buffer at %d: the groups hold %d features, features %d, or other ones",
						i, st.stack, st.b, len(got), len(want))
				}
				for _, c := range []struct {
					name      string
					seen, now []uint64
				}{
					{"s0", s0Seen[s0], s0f}, {"b0", b0Seen[b0], b0f}, {"b0 left", b0lSeen[[2]int32{b0, st.nl[b0]}], b0lf},
					{"s0 right", s0rSeen[[2]int32{s0, st.nr[s0]}], s0rf},
				} {
					if c.seen != nil && !slices.Equal(c.seen, c.now) {
						t.Fatalf("sentence %d, stack %v, buffer at %d: the %s group changed while its sum is kept", i, st.stack, st.b, c.name)
					}
				}
				s0Seen[s0], b0Seen[b0], b0lSeen[[2]int32{b0, st.nl[b0]}], s0rSeen[[2]int32{s0, st.nr[s0]}] = s0f, b0f, b0lf, s0rf
			}
			// follow the gold tree where it can, so that the
			// configurations are those of a good parse
			act := actShift
			cs, cl, cr := st.costs(gold)
			switch {
			case left && cl == 0:
				act = actLeft
			case right && cr == 0:
				act = actRight
			case shift && cs == 0:
				act = actShift
			case shift:
				act = actShift
			case right:
				act = actRight
			default:
				act = actLeft
			}
			l := int32(0)
			if act != actShift {
				l = int32(configs % len(m.ps.labels))
			}
			st.apply(act, l)
		}
	}
	if configs == 0 {
		t.Fatal("no configuration checked")
	}
	t.Logf("%d configurations", configs)
}
