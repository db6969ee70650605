package parse

import (
	"cmp"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"entente/parse/conllu"
)

// TrainOptions control training. The zero value of a field selects its default.
type TrainOptions struct {
	// TaggerIterations and ParserIterations are the numbers of passes over
	// the training data (defaults 8 and 15).
	TaggerIterations int
	ParserIterations int
	// Seed makes training deterministic: the same data, options and seed
	// give the same model.
	Seed uint64
	// HashBits folds feature keys to that many bits (the hashing trick):
	// fewer bits make a smaller model at the price of collisions. 0 selects
	// the default, 32; 64 keeps full keys.
	HashBits int
	// Folds is the number of jackknife folds used to give the parser
	// predicted tags on its training data (default 5; 1 tags the training
	// data with a tagger trained on all of it).
	Folds int
	// Explore is the probability of following the model's own wrong
	// transition after the first parser iteration (dynamic oracle
	// exploration; default 0.9).
	Explore float64
	// TaggerPrune and ParserPrune drop feature rows whose largest averaged
	// weight is below them (defaults 0.05 and 0.1).
	TaggerPrune, ParserPrune float64
	// TaggerEntryPrune and LabelEntryPrune, when > 0, drop the single
	// weights of the tagger and of the label model whose absolute value is
	// below them, when a model is pruned again (RunConfig.From,
	// RunConfig.Merge): the rows of the most general features hold many
	// small weights, and summing them is much of the time of tagging and
	// labelling.
	TaggerEntryPrune, LabelEntryPrune float64
	// Ensemble is the number of parsers trained with different random
	// streams whose weights are averaged into the final one (default 1).
	// Averaging the weights of linear models is summing their scores, so
	// the ensemble costs training time, not parsing time.
	Ensemble int
	// TaggerEnsemble is the number of taggers trained on all the data with
	// different random streams whose weights are averaged into the final
	// tagger (default 1); the jackknifed tags of the parser's training data
	// come from single taggers whatever it is.
	TaggerEnsemble int
	// LabelIterations is the number of passes over the training data when
	// the label model is trained again for a finished model's transitions
	// (RunConfig.Relabel; default 15), and LabelEnsemble the number of such
	// label models, trained with different random streams, whose weights are
	// averaged (default 1).
	LabelIterations, LabelEnsemble int
	// LabelExplore is the probability that, while the label model is
	// trained again, the parser takes the second-best legal transition
	// instead of the best (0: never): a model's transitions are nearly
	// always right on the data they were trained on, and the label model
	// should also learn from the partly wrong trees it meets on new text.
	LabelExplore float64
	// Clusters, when > 0, groups the words of the training text into that
	// many classes by their neighbours (see clusterWords), which the
	// parser's transition features use beside the words themselves.
	Clusters int
	// EnsembleFirst skips the first members of the ensemble, so that more
	// members can be trained later, or in parallel, and combined with Merge.
	EnsembleFirst int
	// Log receives progress lines; nil discards them.
	Log io.Writer
}

func (o *TrainOptions) defaults() {
	if o.TaggerIterations <= 0 {
		o.TaggerIterations = 8
	}
	if o.ParserIterations <= 0 {
		o.ParserIterations = 15
	}
	if o.HashBits == 0 {
		o.HashBits = 32
	}
	if o.HashBits >= 64 {
		o.HashBits = 0 // no folding
	}
	if o.Folds <= 0 {
		o.Folds = 5
	}
	if o.Explore <= 0 {
		o.Explore = 0.9
	}
	if o.TaggerPrune <= 0 {
		o.TaggerPrune = 0.05
	}
	if o.ParserPrune <= 0 {
		o.ParserPrune = 0.1
	}
	if o.Ensemble <= 0 {
		o.Ensemble = 1
	}
	if o.TaggerEnsemble <= 0 {
		o.TaggerEnsemble = 1
	}
	if o.LabelIterations <= 0 {
		o.LabelIterations = 15
	}
	if o.LabelEnsemble <= 0 {
		o.LabelEnsemble = 1
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
}

// tagSample is a training sentence for the tagger: padded words and gold classes.
type tagSample struct {
	ws   []word
	gold []int32 // padded like ws
}

// parseSample is a training sentence for the parser, nodes 1..n.
type parseSample struct {
	words  []uint64
	tags   []uint64
	cpos   []uint64
	sufs   []uint64
	clus   []uint64
	heads  []int32
	labels []int32
}

// Train trains a model on treebank sentences (normally the UD English EWT
// train split).
func Train(train []conllu.Sentence, opts TrainOptions) (*Model, error) {
	opts.defaults()
	tp, err := prepareTraining(train, opts, nil)
	if err != nil {
		return nil, err
	}
	m, logf, fold, rng := tp.m, tp.logf, uint8(opts.HashBits), tp.rng
	var trans, label []*linear
	for e := opts.EnsembleFirst; e < opts.Ensemble; e++ {
		r := rng
		if e > 0 {
			r = rand.New(rand.NewPCG(opts.Seed, uint64(e)))
		}
		t, l := trainParser(m.ps, tp.psamples, opts, fold, r, logf)
		trans, label = append(trans, t), append(label, l)
	}
	if len(trans) == 0 {
		return nil, fmt.Errorf("parse: training: no ensemble member to train (first %d of %d)", opts.EnsembleFirst, opts.Ensemble)
	}
	m.ps.trans, m.ps.label = averageLinear(trans, nil), averageLinear(label, nil)
	logf("parser: %d transition rows, %d label rows", m.ps.trans.rows(), m.ps.label.rows())
	m.ps.trans3 = nil
	m.info = fmt.Sprintf("trained on %d sentences; tagger %d iterations x %d, parser %d iterations x %d, %d folds, seed %d, hash bits %d, %d word classes",
		len(train), opts.TaggerIterations, opts.TaggerEnsemble, opts.ParserIterations, opts.Ensemble, opts.Folds, opts.Seed, opts.HashBits, opts.Clusters)
	m.init()
	return m, nil
}

// training is what the parser's training starts from: a model with its
// tag set, dictionaries, lemmatiser, tagger and relations, and the parser's
// samples with jackknifed tags.
type training struct {
	m        *Model
	psamples []parseSample
	rng      *rand.Rand
	logf     func(string, ...any)
}

// prepareTraining builds the tag set, dictionaries, lemmatiser and tagger of
// a model from train, and the parser's training samples (opts has its
// defaults). The parser's word classes are clusters when it is not nil, and
// otherwise learned as opts say.
func prepareTraining(train []conllu.Sentence, opts TrainOptions, clusters *table) (*training, error) {
	if len(train) == 0 {
		return nil, fmt.Errorf("parse: training: no sentences")
	}
	if opts.HashBits < 0 || opts.HashBits < 16 && opts.HashBits != 0 {
		return nil, fmt.Errorf("parse: training: HashBits %d out of range", opts.HashBits)
	}
	start := time.Now()
	logf := func(format string, a ...any) {
		fmt.Fprintf(opts.Log, "[%6.1fs] "+format+"\n", append([]any{time.Since(start).Seconds()}, a...)...)
	}
	m := &Model{hashBits: opts.HashBits, tg: &tagger{}, ps: &parser{}}
	fold := uint8(opts.HashBits)
	// classes: (UPOS, XPOS) pairs and relations, most frequent first
	pairCount := map[[2]string]int{}
	relCount := map[string]int{}
	formTag := map[string]map[int]int{} // exact form -> class counts, filled below
	var lemmas []lemmaSample
	for _, s := range train {
		for _, w := range s.Words {
			pairCount[[2]string{w.UPOS, w.XPOS}]++
			relCount[w.Deprel]++
			lemmas = append(lemmas, lemmaSample{w.UPOS, w.XPOS, w.Form, w.Lemma})
		}
	}
	pairs := sortedKeys(pairCount)
	pairID := map[[2]string]int32{}
	for i, p := range pairs {
		pairID[p] = int32(i)
		m.tg.upos = append(m.tg.upos, p[0])
		m.tg.xpos = append(m.tg.xpos, p[1])
	}
	m.tg.initCoarse() // bestClass reads pron while training
	rels := sortedKeys(relCount)
	relID := map[string]int32{}
	for i, r := range rels {
		relID[r] = int32(i)
	}
	if _, ok := relID["root"]; !ok {
		relID["root"] = int32(len(rels))
		rels = append(rels, "root")
	}
	m.ps.labels = rels
	m.ps.root = relID["root"]
	logf("%d sentences, %d tag classes, %d relations", len(train), len(pairs), len(rels))

	// dictionaries: frequent unambiguous forms, ambiguity classes of lower-cased forms
	lowerTag := map[uint64]map[int]int{}
	for _, s := range train {
		for _, w := range s.Words {
			c := int(pairID[[2]string{w.UPOS, w.XPOS}])
			if formTag[w.Form] == nil {
				formTag[w.Form] = map[int]int{}
			}
			formTag[w.Form][c]++
			h := hashString(w.Form, true)
			if lowerTag[h] == nil {
				lowerTag[h] = map[int]int{}
			}
			lowerTag[h][c]++
		}
	}
	var fixedKeys []string
	for f, cs := range formTag {
		total, top := 0, 0
		for _, n := range cs {
			total += n
			top = max(top, n)
		}
		if total >= 20 && float64(top) >= 0.995*float64(total) {
			fixedKeys = append(fixedKeys, f)
		}
	}
	slices.Sort(fixedKeys)
	m.tg.fixed = newTable(len(fixedKeys))
	for _, f := range fixedKeys {
		best, bn := 0, -1
		for c, n := range formTag[f] {
			if n > bn || n == bn && c < best {
				best, bn = c, n
			}
		}
		m.tg.fixed.put(hashString(f, false), int32(best))
	}
	classID := map[string]int32{}
	var ambKeys []uint64
	ambVal := map[uint64]int32{}
	for h, cs := range lowerTag {
		total := 0
		for _, n := range cs {
			total += n
		}
		if total < 2 {
			continue
		}
		var set []int
		for c, n := range cs {
			if float64(n) >= 0.05*float64(total) {
				set = append(set, c)
			}
		}
		slices.Sort(set)
		key := fmt.Sprint(set)
		id, ok := classID[key]
		if !ok {
			id = int32(len(classID))
			classID[key] = id
		}
		ambKeys = append(ambKeys, h)
		ambVal[h] = id
	}
	slices.Sort(ambKeys)
	m.tg.amb = newTable(len(ambKeys))
	// assign ids in key order so that they do not depend on map iteration
	remap := map[int32]int32{}
	for _, h := range ambKeys {
		id, ok := remap[ambVal[h]]
		if !ok {
			id = int32(len(remap))
			remap[ambVal[h]] = id
		}
		m.tg.amb.put(h, id)
	}
	logf("tag dictionary: %d fixed forms, %d ambiguity classes over %d forms", len(fixedKeys), len(remap), len(ambKeys))

	m.lm = trainLemmatizer(lemmas)
	logf("lemmatiser: %d rules, %d exceptions", len(m.lm.rules), len(m.lm.except))

	// tagger samples
	samples := make([]tagSample, len(train))
	for i, s := range train {
		forms := make([]string, len(s.Words))
		gold := make([]int32, len(s.Words)+4)
		gold[0], gold[1] = tagStart, tagStart
		for j, w := range s.Words {
			forms[j] = w.Form
			gold[j+2] = pairID[[2]string{w.UPOS, w.XPOS}]
		}
		samples[i] = tagSample{ws: m.tg.prepare(forms, nil), gold: gold}
	}

	// jackknifed tags for the parser's training data
	rng := rand.New(rand.NewPCG(opts.Seed, 0x656e74656e7465))
	predicted := make([][]int32, len(train))
	if opts.Folds > 1 {
		for f := 0; f < opts.Folds; f++ {
			var in, out []int
			for i := range samples {
				if i%opts.Folds == f {
					out = append(out, i)
				} else {
					in = append(in, i)
				}
			}
			tg := *m.tg
			tg.model = trainTagger(&tg, samples, in, opts.TaggerIterations, opts.TaggerPrune, fold, rng, nil)
			correct, total := 0, 0
			for _, i := range out {
				tags := make([]int32, len(samples[i].ws))
				tg.tagSentence(tg.model, samples[i].ws, tags, nil, make([]float32, tg.model.classes))
				predicted[i] = tags
				for j := 2; j < len(tags)-2; j++ {
					if tags[j] == samples[i].gold[j] {
						correct++
					}
					total++
				}
			}
			logf("jackknife fold %d/%d: tag accuracy %.2f%%", f+1, opts.Folds, 100*float64(correct)/float64(total))
		}
	}
	all := make([]int, len(samples))
	for i := range all {
		all[i] = i
	}
	var taggers []*linear
	for e := range opts.TaggerEnsemble {
		r := rng
		if e > 0 {
			r = rand.New(rand.NewPCG(opts.Seed, 0x7461676765720000+uint64(e)))
		}
		taggers = append(taggers, trainTagger(m.tg, samples, all, opts.TaggerIterations, opts.TaggerPrune, fold, r, func(it int, acc float64) {
			logf("tagger %d iteration %d: train accuracy %.2f%%", e+1, it, acc)
		}))
	}
	m.tg.model = averageLinear(taggers, nil)
	logf("tagger: %d feature rows", m.tg.model.rows())
	if opts.Folds <= 1 {
		for i := range samples {
			tags := make([]int32, len(samples[i].ws))
			m.tg.tagSentence(m.tg.model, samples[i].ws, tags, nil, make([]float32, m.tg.model.classes))
			predicted[i] = tags
		}
	}

	// parser
	if clusters != nil {
		m.ps.clusters = *clusters
	} else if opts.Clusters > 0 {
		texts := make([][]uint64, len(samples))
		for i := range samples {
			for _, w := range samples[i].ws[2 : len(samples[i].ws)-2] {
				texts[i] = append(texts[i], w.lower)
			}
		}
		classes := clusterWords(texts, opts.Clusters, 3, 10)
		keys := make([]uint64, 0, len(classes))
		for k := range classes {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		m.ps.clusters = newTable(len(keys))
		for _, k := range keys {
			m.ps.clusters.put(k, classes[k])
		}
		logf("word classes: %d words in %d classes", len(keys), opts.Clusters)
	}
	m.tg.initCoarse()
	psamples := make([]parseSample, len(train))
	for i, s := range train {
		n := len(s.Words)
		ps := parseSample{words: make([]uint64, n+1), tags: make([]uint64, n+1), cpos: make([]uint64, n+1),
			sufs: make([]uint64, n+1), clus: make([]uint64, n+1), heads: make([]int32, n+1), labels: make([]int32, n+1)}
		for j, w := range s.Words {
			ps.words[j+1] = samples[i].ws[j+2].lower
			ps.tags[j+1] = uint64(predicted[i][j+2]) + 100
			ps.cpos[j+1] = m.tg.cpos[predicted[i][j+2]]
			ps.sufs[j+1] = samples[i].ws[j+2].suf[2]
			ps.heads[j+1] = int32(w.Head)
			ps.labels[j+1] = relID[w.Deprel]
		}
		ps.heads[0] = -1
		var st state
		st.reset(n)
		m.ps.fillClasses(&st, samples[i].ws[2:len(samples[i].ws)-2])
		copy(ps.clus, st.clus)
		psamples[i] = ps
	}
	return &training{m: m, psamples: psamples, rng: rng, logf: logf}, nil
}

func sortedKeys[K cmp.Ordered | [2]string](counts map[K]int) []K {
	keys := make([]K, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b K) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return strings.Compare(fmt.Sprint(a), fmt.Sprint(b))
	})
	return keys
}

// trainTagger trains the tagger's weights on samples[idx].
func trainTagger(tg *tagger, samples []tagSample, idx []int, iters int, prune float64, fold uint8, rng *rand.Rand, progress func(int, float64)) *linear {
	n := len(tg.upos)
	tr := newTrainer(n, fold)
	scores := make([]float32, n)
	var fs []uint64
	order := slices.Clone(idx)
	for it := 1; it <= iters; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			s := &samples[si]
			tags := make([]int32, len(s.ws))
			tags[0], tags[1] = tagStart, tagStart
			for i := 2; i < len(s.ws)-2; i++ {
				total++
				if c := tg.fixed.get(s.ws[i].form); c >= 0 {
					tags[i] = c
					if c == s.gold[i] {
						correct++
					}
					continue
				}
				fs = tagFeatures(s.ws, tags, i, fs[:0])
				tr.score(fs, scores)
				best := 0
				for k := 1; k < n; k++ {
					if scores[k] > scores[best] {
						best = k
					}
				}
				if int32(best) != s.gold[i] {
					tr.update(fs, int(s.gold[i]), best)
				} else {
					correct++
				}
				tr.tick()
				tags[i] = int32(best)
			}
		}
		if progress != nil {
			progress(it, 100*float64(correct)/float64(total))
		}
	}
	return tr.average(prune)
}

// load resets st for the words of training sample s, with their word
// classes when clus.
func (st *state) load(s *parseSample, clus bool) {
	st.reset(len(s.words) - 1)
	copy(st.words[1:], s.words[1:])
	copy(st.tags[1:], s.tags[1:])
	copy(st.cpos[1:], s.cpos[1:])
	copy(st.sufs[1:], s.sufs[1:])
	copy(st.clus[1:], s.clus[1:])
	st.useClus = clus
}

// trainLabel returns the label of the arc transition act makes in st (-1
// for a shift), learning from it when the arc is correct: the label model lt
// is updated toward the gold label, which the first iteration (first) also
// takes instead of the predicted one. fs is returned as scratch.
func (p *parser) trainLabel(st *state, s *parseSample, act int, lt *trainer, fs []uint64, scores []float32, first bool) (int32, []uint64) {
	if act == actShift {
		return -1, fs
	}
	h, d := st.arc(act)
	if h == 0 {
		return p.root, fs
	}
	fs = st.labelFeatures(h, d, fs[:0])
	lt.score(fs, scores)
	l := p.bestLabel(scores)
	if s.heads[d] == h {
		if g := s.labels[d]; g != l && g != p.root {
			lt.update(fs, int(g), int(l))
		}
		lt.tick()
		if first {
			l = s.labels[d]
		}
	}
	return l, fs
}

// correct counts the words of sample s whose head st found (arcs), and of
// those, the ones with the right label.
func (st *state) correct(s *parseSample) (arcs, labels int) {
	for d := 1; d < len(s.words); d++ {
		if st.head[d] == s.heads[d] {
			arcs++
			if st.label[d] == s.labels[d] {
				labels++
			}
		}
	}
	return arcs, labels
}

// sampleOrder returns the indices 0..n-1, the order of the training samples
// that each iteration shuffles.
func sampleOrder(n int) []int {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	return order
}

// trainParser trains the parser's transition and label weights with a
// dynamic oracle: the transition model learns from every configuration the
// parser reaches, following its own mistakes with probability Explore after
// the first iteration; the label model learns from every correct arc.
func trainParser(p *parser, samples []parseSample, opts TrainOptions, fold uint8, rng *rand.Rand, logf func(string, ...any)) (trans, label *linear) {
	L := len(p.labels)
	tt := newTrainer(3, fold)
	lt := newTrainer(L, fold)
	scores := make([]float32, max(3, L))
	var fs []uint64
	var st state
	order := sampleOrder(len(samples))
	for it := 1; it <= opts.ParserIterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correctArcs, correctLabels, total := 0, 0, 0
		for _, si := range order {
			s := &samples[si]
			st.load(s, len(p.clusters.slots) > 0)
			for !st.terminal() {
				fs = st.features(fs[:0])
				tt.score(fs, scores[:3])
				pred := bestAction(&st, scores)
				cs, cl, cr := st.costs(s.heads)
				vs, vl, vr := st.valid()
				cost := [3]int{cs, cl, cr}
				valid := [3]bool{vs, vl, vr}
				minc := 1 << 30
				for a := range 3 {
					if valid[a] {
						minc = min(minc, cost[a])
					}
				}
				gold, gs := -1, float32(0)
				for a := range 3 {
					if valid[a] && cost[a] == minc && (gold < 0 || scores[a] > gs) {
						gold, gs = a, scores[a]
					}
				}
				next := pred
				if cost[pred] != minc {
					tt.update(fs, gold, pred)
					if it == 1 || rng.Float64() >= opts.Explore {
						next = gold
					}
				}
				tt.tick()
				var l int32
				l, fs = p.trainLabel(&st, s, next, lt, fs, scores[:L], it == 1)
				st.apply(next, l)
			}
			arcs, labels := st.correct(s)
			correctArcs, correctLabels, total = correctArcs+arcs, correctLabels+labels, total+len(s.words)-1
		}
		logf("parser iteration %d: train UAS %.2f%% LAS %.2f%% (%d transition rows, %d label rows)", it,
			100*float64(correctArcs)/float64(total), 100*float64(correctLabels)/float64(total), len(tt.index), len(lt.index))
	}
	return tt.average(opts.ParserPrune), lt.average(opts.ParserPrune)
}

// averageLinear averages the weights of models with the same classes,
// weighted by weights (nil: equally).
func averageLinear(ls []*linear, weights []float64) *linear {
	if len(ls) == 1 {
		return ls[0]
	}
	if weights == nil {
		weights = make([]float64, len(ls))
		for i := range weights {
			weights[i] = 1
		}
	}
	total := 0.0
	for _, w := range weights {
		total += w
	}
	seen := map[uint64]bool{}
	var keys []uint64
	for _, l := range ls {
		for _, k := range l.index.keys() {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	slices.Sort(keys)
	n := ls[0].classes
	sum, row := make([]float32, n), make([]float32, n)
	return buildLinear(n, ls[0].fold, keys, func(i int) []float32 {
		for c := range sum {
			sum[c] = 0
		}
		for j, l := range ls {
			l.dense(keys[i], row)
			for c, v := range row {
				sum[c] += v * float32(weights[j]/total)
			}
		}
		return sum
	})
}

// Merge averages the parsers of models trained on the same data with the
// same options but different ensemble members (see TrainOptions.EnsembleFirst),
// weighted by weights (for instance, the number of members each holds). The
// tagger and lemmatiser come from the first model. Models with word classes
// must share them; models without them can be merged with them (their
// weights for the class features are zero).
func Merge(models []*Model, weights []float64) (*Model, error) {
	if len(models) == 0 || len(weights) != len(models) {
		return nil, fmt.Errorf("parse: merge: %d models, %d weights", len(models), len(weights))
	}
	first := models[0]
	var trans, label []*linear
	var clusters table
	for _, m := range models {
		if !slices.Equal(m.ps.labels, first.ps.labels) || !slices.Equal(m.tg.upos, first.tg.upos) ||
			!slices.Equal(m.tg.xpos, first.tg.xpos) || m.hashBits != first.hashBits {
			return nil, fmt.Errorf("parse: merge: models with different tags, relations or hashing")
		}
		if len(m.ps.clusters.slots) > 0 {
			if len(clusters.slots) > 0 && !sameTable(&m.ps.clusters, &clusters) {
				return nil, fmt.Errorf("parse: merge: models with different word classes")
			}
			clusters = m.ps.clusters
		}
		trans = append(trans, m.ps.transLinear())
		label = append(label, m.ps.label)
	}
	out := &Model{info: first.info + fmt.Sprintf("; merged from %d models", len(models)), hashBits: first.hashBits,
		tg: first.tg, lm: first.lm, ps: &parser{labels: first.ps.labels, root: first.ps.root, clusters: clusters}}
	out.ps.trans, out.ps.label = averageLinear(trans, weights), averageLinear(label, weights)
	out.init()
	return out, nil
}

// Relabel trains a new label model, and a new tagger, for the transitions of
// base, a model trained on the same data (the same tag set and relations):
// the parser follows base's transitions over the training data with
// jackknifed tags, and the label model learns from every correct arc it
// makes. The lemmatiser and dictionaries are built again from train (as
// Train builds them, so they equal base's); keepTagger keeps base's tagger
// instead of the new one.
func Relabel(train []conllu.Sentence, base *Model, keepTagger, keepLabels bool, opts TrainOptions) (*Model, error) {
	opts.defaults()
	if base.hashBits != opts.HashBits {
		return nil, fmt.Errorf("parse: relabel: the model folds keys to %d bits, the options to %d", base.hashBits, opts.HashBits)
	}
	tp, err := prepareTraining(train, opts, &base.ps.clusters)
	if err != nil {
		return nil, err
	}
	m := tp.m
	if !slices.Equal(m.ps.labels, base.ps.labels) || !slices.Equal(m.tg.upos, base.tg.upos) || !slices.Equal(m.tg.xpos, base.tg.xpos) {
		return nil, fmt.Errorf("parse: relabel: the model was trained with other tags or relations")
	}
	if keepTagger {
		m.tg = base.tg
	}
	m.ps.trans3 = base.ps.trans3
	m.info = base.info
	if keepLabels {
		m.ps.label = base.ps.label
	} else {
		var label []*linear
		for e := range opts.LabelEnsemble {
			r := rand.New(rand.NewPCG(opts.Seed, 0x6c6162656c000000+uint64(e)))
			label = append(label, trainLabels(m.ps, tp.psamples, opts, uint8(opts.HashBits), r, tp.logf))
		}
		m.ps.label = averageLinear(label, nil)
		tp.logf("label model: %d rows", m.ps.label.rows())
		m.info += fmt.Sprintf("; labels trained again, %d iterations x %d, explore %g", opts.LabelIterations, opts.LabelEnsemble, opts.LabelExplore)
	}
	if !keepTagger {
		m.info += fmt.Sprintf("; tagger trained again, %d iterations x %d", opts.TaggerIterations, opts.TaggerEnsemble)
	}
	m.init()
	return m, nil
}

// trainLabels trains a label model for the fixed transitions of p: each
// sentence is parsed with p's transition model, and every arc that is
// correct is a training instance; from the second pass on, the arcs carry
// the predicted labels, as they do when parsing.
func trainLabels(p *parser, samples []parseSample, opts TrainOptions, fold uint8, rng *rand.Rand, logf func(string, ...any)) *linear {
	L := len(p.labels)
	lt := newTrainer(L, fold)
	scores := make([]float32, max(3, L))
	var fs []uint64
	var st state
	order := sampleOrder(len(samples))
	for it := 1; it <= opts.LabelIterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correctArcs, correctLabels, total := 0, 0, 0
		for _, si := range order {
			s := &samples[si]
			st.load(s, len(p.clusters.slots) > 0)
			for !st.terminal() {
				fs = st.features(fs[:0])
				sc := (*[3]float32)(scores[:3])
				*sc = [3]float32{}
				p.trans3.score(fs, sc)
				act := bestAction(&st, sc[:])
				if opts.LabelExplore > 0 && rng.Float64() < opts.LabelExplore {
					act = secondAction(&st, sc[:], act)
				}
				var l int32
				l, fs = p.trainLabel(&st, s, act, lt, fs, scores[:L], it == 1)
				st.apply(act, l)
			}
			arcs, labels := st.correct(s)
			correctArcs, correctLabels, total = correctArcs+arcs, correctLabels+labels, total+len(s.words)-1
		}
		logf("label iteration %d: train UAS %.2f%% LAS %.2f%% (%d label rows)", it,
			100*float64(correctArcs)/float64(total), 100*float64(correctLabels)/float64(total), len(lt.index))
	}
	return lt.average(opts.ParserPrune)
}

// secondAction returns the highest-scoring legal transition of st other than
// best, or best when it is the only legal one.
func secondAction(st *state, scores []float32, best int) int {
	shift, left, right := st.valid()
	second, ss := -1, float32(0)
	for a, ok := range [3]bool{shift, left, right} {
		if ok && a != best && (second < 0 || scores[a] > ss) {
			second, ss = a, scores[a]
		}
	}
	if second < 0 {
		return best
	}
	return second
}

// sameTable reports whether a and b map the same keys to the same values.
func sameTable(a, b *table) bool {
	ka := a.keys()
	if !slices.Equal(ka, b.keys()) {
		return false
	}
	for _, k := range ka {
		if a.get(k) != b.get(k) {
			return false
		}
	}
	return true
}
