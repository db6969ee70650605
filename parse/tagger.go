package parse

import "strings"

// tagger is a greedy left-to-right averaged-perceptron tagger whose classes
// are (UPOS, XPOS) pairs. Frequent words that always carry the same pair in
// the training data take it from a dictionary without scoring.
type tagger struct {
	upos, xpos []string // per class
	cpos       []uint64 // per class, a hash of its UPOS
	xposHash   []uint64 // per class, hashString(XPOS, false), for the lemmatiser
	pron       []bool   // per class, whether its UPOS is PRON (bestClass)
	fixed      table    // exact form hash -> class
	amb        table    // lower-cased form hash -> ambiguity class id
	model      *linear
	fast       scorer // model laid out for speed (model itself when not quantised)
}

// tag pads around a sentence: tags of positions before the start.
const tagStart = 1 << 20

// prepare fills ws with the words of forms, padded by two sentinels on each
// side, and returns it.
func (tg *tagger) prepare(forms []string, ws []word) []word {
	ws = append(ws[:0], wordStart, wordStart)
	for i, f := range forms {
		w := makeWord(f, i == 0)
		if a := tg.amb.get(w.lower); a >= 0 {
			w.amb = uint64(a) + 100
		}
		ws = append(ws, w)
	}
	return append(ws, wordEnd, wordEnd)
}

// tagFeatures appends the features of the word at padded position i, given
// the classes already chosen for earlier words (tags, padded like ws).
func tagFeatures(ws []word, tags []int32, i int, fs []uint64) []uint64 {
	w := &ws[i]
	p1, p2 := uint64(tags[i-1]), uint64(tags[i-2])
	prev, next, prev2, next2 := &ws[i-1], &ws[i+1], &ws[i-2], &ws[i+2]
	fs = append(fs,
		f1(1, 0),
		f1(2, w.form),
		f1(3, w.lower),
		f1(4, w.suf[0]),
		f1(5, w.suf[1]),
		f1(6, w.suf[2]),
		f1(7, w.suf[3]),
		f1(8, w.pre1),
		f1(9, w.pre2),
		f1(10, w.shape),
		f1(11, prev.lower),
		f1(12, next.lower),
		f1(13, prev2.lower),
		f1(14, next2.lower),
		f1(15, prev.suf[2]),
		f1(16, next.suf[2]),
		f1(17, p1),
		f1(18, p2),
		f2(19, p1, p2),
		f2(20, p1, w.lower),
		f1(21, next.amb),
		f1(22, next2.amb),
		f1(23, w.amb),
		f2(24, w.lower, next.lower),
		f2(25, prev.lower, w.lower),
		f2(26, p1, next.amb),
		f2(27, w.flags, w.shape),
		f1(28, next.shape),
		f2(29, p1, w.suf[2]),
		f2(30, w.amb, next.amb),
		f2(31, p1, w.amb),
		f1(32, prev.shape),
		f2(33, w.suf[1], next.lower),
	)
	return fs
}

// tagSentence chooses a class for each word of ws (padded) into tags (padded
// the same way) with the weights of model (tg.model in one of its layouts),
// using scratch buffers fs and scores.
func (tg *tagger) tagSentence(model scorer, ws []word, tags []int32, fs []uint64, scores []float32) []uint64 {
	tags[0], tags[1] = tagStart, tagStart
	return tg.retagFrom(model, ws, tags, 2, fs, scores)
}

// retagFrom tags the words of ws from padded position from on, greedily,
// each with the classes chosen before it as context.
func (tg *tagger) retagFrom(model scorer, ws []word, tags []int32, from int, fs []uint64, scores []float32) []uint64 {
	n := tg.model.classes
	for i := from; i < len(ws)-2; i++ {
		if c := tg.fixed.get(ws[i].form); c >= 0 {
			tags[i] = c
			continue
		}
		fs = tagFeatures(ws, tags, i, fs[:0])
		sc := scores[:n]
		clear(sc)
		model.score(fs, sc)
		tags[i] = tg.bestClass(ws[i], sc)
	}
	return fs
}

// bestClass returns the class of highest score for word w, given the
// scores sc of all classes. Pronouns are a closed class: a word not among
// pronounForms takes the best class that is not one ("set" in "Pakistan
// set free 22 fishermen", whatever its context scores).
func (tg *tagger) bestClass(w word, sc []float32) int32 {
	best := 0
	for k := 1; k < len(sc); k++ {
		if sc[k] > sc[best] {
			best = k
		}
	}
	if tg.pron[best] && !pronounForms[w.lower] {
		best = -1
		for k := range sc {
			if !tg.pron[k] && (best < 0 || sc[k] > sc[best]) {
				best = k
			}
		}
	}
	return int32(best)
}

// initCoarse fills cpos and pron from upos, and xposHash from xpos.
func (tg *tagger) initCoarse() {
	tg.cpos = make([]uint64, len(tg.upos))
	tg.pron = make([]bool, len(tg.upos))
	for i, u := range tg.upos {
		tg.cpos[i] = hashString(u, false)
		tg.pron[i] = u == "PRON"
	}
	tg.xposHash = make([]uint64, len(tg.xpos))
	for i, x := range tg.xpos {
		tg.xposHash[i] = hashString(x, false)
	}
}

// pronounForms holds the lower-cased forms (hashString) that English uses
// as pronouns, a closed class: personal, possessive, reflexive,
// demonstrative, interrogative and relative, indefinite and quantifying
// ones, and the informal spellings of web text. The tagger gives no other
// word the tag PRON.
var pronounForms = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, f := range strings.Fields(`i me my mine myself you your yours yourself yourselves
		he him his himself she her hers herself it its itself we us our ours ourselves
		they them their theirs themselves themself one ones oneself 's 'em em
		who whom whose whoever whomever what whatever which whichever that this these those there
		someone somebody something anyone anybody anything everyone everybody everything
		nobody nothing none no-one all both each either neither some any many much few
		several most more less other others another such half
		thee thou thy ye ya yo y'all ya'll yall u ur urself noone s ’s it's who's you're youre they're`) {
		m[hashString(f, true)] = true
	}
	return m
}()
