package parse

import (
	"fmt"
	"math/rand/v2"

	"entente/parse/conllu"
)

// The relabeller assigns the relations again once a sentence's tree is
// complete, from features of the whole tree that the parser cannot see when
// it makes an arc: the head's own head, the dependent's siblings on both
// sides, and the words of the function words around. It is trained on gold
// trees with jackknifed tags.

// tree is a finished dependency tree over nodes 0..n with the lookups the
// relabeller's features need.
type tree struct {
	heads            []int32
	first, last      []int32 // leftmost and rightmost dependents, -1 when none
	prevSib, nextSib []int32 // nearest dependents of the same head on either side
	funcWords        []uint64
}

func (t *tree) build(heads []int32, words, cpos []uint64, auxTag uint64, partTag uint64, adpTag uint64) {
	n := len(heads)
	t.heads = heads
	t.first, t.last = grow32(t.first, n), grow32(t.last, n)
	t.prevSib, t.nextSib = grow32(t.prevSib, n), grow32(t.nextSib, n)
	t.funcWords = grow64(t.funcWords, n)
	for i := range n {
		t.first[i], t.last[i], t.prevSib[i], t.nextSib[i], t.funcWords[i] = -1, -1, -1, -1, 0
	}
	for d := 1; d < n; d++ {
		h := heads[d]
		if h < 0 || int(h) >= n {
			continue
		}
		if t.first[h] < 0 {
			t.first[h] = int32(d)
		} else {
			t.prevSib[d] = t.last[h]
			t.nextSib[t.last[h]] = int32(d)
		}
		t.last[h] = int32(d)
		if c := cpos[d]; c == auxTag || c == partTag || c == adpTag {
			t.funcWords[h] = mix(t.funcWords[h] + words[d])
		}
	}
}

func (st *state) relabelFeatures(t *tree, h, d int32, fs []uint64) []uint64 {
	const none = 3
	n := int32(len(t.heads))
	W := func(i int32) uint64 {
		if i < 0 || i >= n {
			return none
		}
		return st.words[i]
	}
	P := func(i int32) uint64 {
		if i < 0 || i >= n {
			return none
		}
		return st.tags[i]
	}
	dir := uint64(1)
	dist := h - d
	if d > h {
		dir, dist = 2, d-h
	}
	db := bucket(dist)
	hw, hp, dw, dp := W(h), P(h), W(d), P(d)
	hh := int32(-1)
	if h > 0 {
		hh = t.heads[h]
	}
	hdir := uint64(0)
	if hh >= 0 {
		hdir = 1
		if h > hh {
			hdir = 2
		}
	}
	dl, dr, ls, rs := t.first[d], t.last[d], t.prevSib[d], t.nextSib[d]
	fs = append(fs,
		f1(1, 0), f2(2, dp, dir), f2(3, dw, dir), f2(4, hp, dir), f3(5, hp, dp, dir), f3(6, hw, dp, dir),
		f3(7, hp, dw, dir), f3(8, hw, dw, dir), f3(9, hp, dp, dir*8+db), f2(10, dp, dir*8+db),
		f3(11, P(hh), hp, dp), f3(12, P(hh), hp, hdir*4+dir), f3(13, W(hh), hp, dp),
		f3(14, dp, P(dl), P(dr)), f3(15, dp, W(dl), dir), f3(16, dp, W(dr), dir), f3(17, hp, W(dl), dp),
		f3(18, dp, P(ls), dir), f3(19, dp, P(rs), dir), f3(20, dp, W(ls), dir), f3(21, dp, W(rs), dir),
		f3(22, hp, P(ls), P(rs)), f3(23, dp, hp, t.funcWords[h]), f3(24, dp, t.funcWords[d], dir),
		f3(25, hp, t.funcWords[h], dir), f3(26, dp, hp, t.funcWords[d]),
		f3(27, st.sufs[d], dp, dir), f3(28, st.sufs[h], hp, dp), f3(29, dw, dp, hp),
		f3(30, dp, P(d-1), dir), f3(31, dp, P(d+1), dir), f3(32, hp, P(h-1), P(h+1)),
		f3(33, st.cpos[d], st.cpos[h], st.cpos[max(hh, 0)]*4+dir),
	)
	return fs
}

// relabel assigns every non-root arc of the finished parse in st its
// relation again.
func (p *parser) relabel(st *state, t *tree, fs []uint64, scores []float32) []uint64 {
	n := int(st.n)
	t.build(st.head[:n+1], st.words, st.cpos, p.auxTag, p.partTag, p.adpTag)
	L := len(p.labels)
	for d := 1; d <= n; d++ {
		h := st.head[d]
		if h <= 0 {
			continue
		}
		fs = st.relabelFeatures(t, h, int32(d), fs[:0])
		sc := scores[:L]
		for k := range sc {
			sc[k] = 0
		}
		p.relabeller.score(fs, sc)
		st.label[d] = p.bestLabel(sc)
	}
	return fs
}

func (p *parser) initTags() {
	p.auxTag, p.partTag, p.adpTag = hashString("AUX", false), hashString("PART", false), hashString("ADP", false)
}

// trainRelabeller trains the relabeller on gold trees with predicted tags.
func trainRelabeller(p *parser, samples []parseSample, iters int, prune float64, fold uint8, rng *rand.Rand, logf func(string, ...any)) *linear {
	p.initTags()
	L := len(p.labels)
	tr := newTrainer(L, fold)
	scores := make([]float32, L)
	var fs []uint64
	var st state
	var t tree
	order := make([]int, len(samples))
	for i := range order {
		order[i] = i
	}
	for it := 1; it <= iters; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			s := &samples[si]
			n := len(s.words) - 1
			st.reset(n)
			copy(st.words[1:], s.words[1:])
			copy(st.tags[1:], s.tags[1:])
			copy(st.cpos[1:], s.cpos[1:])
			copy(st.sufs[1:], s.sufs[1:])
			copy(st.head, s.heads)
			st.head[0] = -1
			t.build(st.head, st.words, st.cpos, p.auxTag, p.partTag, p.adpTag)
			for d := 1; d <= n; d++ {
				h := st.head[d]
				if h <= 0 {
					continue
				}
				fs = st.relabelFeatures(&t, h, int32(d), fs[:0])
				tr.score(fs, scores)
				l := p.bestLabel(scores)
				if g := s.labels[d]; g != l && g != p.root {
					tr.update(fs, int(g), int(l))
				} else {
					correct++
				}
				tr.tick()
				total++
			}
		}
		logf("relabeller iteration %d: train accuracy %.2f%%", it, 100*float64(correct)/float64(max(total, 1)))
	}
	return tr.average(prune)
}

// TrainRelabeller trains a relabeller for model m on treebank sentences and
// adds it to m. The training sentences are tagged by taggers trained on the
// other folds (opts.Folds, opts.TaggerIterations); the relabeller makes
// opts.ParserIterations passes.
func TrainRelabeller(m *Model, train []conllu.Sentence, opts TrainOptions) error {
	opts.defaults()
	logf := func(format string, a ...any) { fmt.Fprintf(opts.Log, format+"\n", a...) }
	pairID := map[[2]string]int32{}
	for i := range m.tg.upos {
		pairID[[2]string{m.tg.upos[i], m.tg.xpos[i]}] = int32(i)
	}
	relID := map[string]int32{}
	for i, r := range m.ps.labels {
		relID[r] = int32(i)
	}
	samples := make([]tagSample, len(train))
	for i, s := range train {
		forms := make([]string, len(s.Words))
		gold := make([]int32, len(s.Words)+4)
		for j, w := range s.Words {
			forms[j] = w.Form
			c, ok := pairID[[2]string{w.UPOS, w.XPOS}]
			if !ok {
				c = 0
			}
			gold[j+2] = c
		}
		samples[i] = tagSample{ws: m.tg.prepare(forms, nil), gold: gold}
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x72656c6162656c))
	fold := uint8(m.hashBits)
	predicted := make([][]int32, len(samples))
	folds := max(opts.Folds, 2)
	for f := 0; f < folds; f++ {
		var in, out []int
		for i := range samples {
			if i%folds == f {
				out = append(out, i)
			} else {
				in = append(in, i)
			}
		}
		tg := *m.tg
		tg.model = trainTagger(&tg, samples, in, opts.TaggerIterations, opts.TaggerPrune, fold, rng, nil)
		for _, i := range out {
			tags := make([]int32, len(samples[i].ws))
			tg.tagSentence(samples[i].ws, tags, nil, make([]float32, tg.model.classes))
			predicted[i] = tags
		}
		logf("relabeller: jackknife fold %d/%d", f+1, folds)
	}
	ps := make([]parseSample, len(train))
	for i, s := range train {
		n := len(s.Words)
		p := parseSample{words: make([]uint64, n+1), tags: make([]uint64, n+1), cpos: make([]uint64, n+1),
			sufs: make([]uint64, n+1), heads: make([]int32, n+1), labels: make([]int32, n+1)}
		for j, w := range s.Words {
			p.words[j+1] = samples[i].ws[j+2].lower
			p.tags[j+1] = uint64(predicted[i][j+2]) + 100
			p.cpos[j+1] = m.tg.cpos[predicted[i][j+2]]
			p.sufs[j+1] = samples[i].ws[j+2].suf[2]
			p.heads[j+1] = int32(w.Head)
			l, ok := relID[w.Deprel]
			if !ok {
				l = m.ps.root
			}
			p.labels[j+1] = l
		}
		p.heads[0] = -1
		ps[i] = p
	}
	m.ps.relabeller = trainRelabeller(m.ps, ps, opts.ParserIterations, opts.ParserPrune, fold, rng, logf)
	m.init()
	return nil
}
