// Package when finds the temporal expressions of an article and resolves the
// one that governs each event to a date with a precision.
//
// Expressions are read from tokens: absolute dates ("on May 1", "in July
// 2017", "in 1979", "the 1990s", "in the spring of 2015"), dates relative to
// the publication ("last week", "on Tuesday", "over the weekend", "two years
// ago", "in recent months", "last summer"), dates relative to an earlier date
// ("four years later", "the following year", "at the end of that year", "the
// day after", "a century earlier"), ranges ("from 2014 to 2016", "between
// March and May", "May 1-3", "since 2014") and named eras ("during the Cold
// War"). "Early" and "late" narrow a decade or an era to its first or last
// three tenths ("the late 1990s" is 1997 to 1999), "the end of" to its last
// twelfth, and a month to its first or last third.
//
// A relative expression ("that year", "four years later") is anchored on the
// most recent date expression before it in reading order, and on the date of
// the event before it only when the text gives none.
//
// An event takes the expression in its own clause; failing that, one fronted
// at the head of its sentence or elsewhere in the sentence; failing that, for
// a past-tense verb, the last one of the earlier sentences of its paragraph;
// and only then the publication date, marked FromStoryDate.
//
// An event is Historical when the period its date stands for ends more than
// DefaultHistoricalDays (365) days before publication: the background and
// history a story recounts, as opposed to the news it reports.
//
// Ranges ("from 2014 to 2016", "between March and May", "from July 2016 to
// March 2017", "2008-2010", "2014-15", "May 1-3") and open periods ("since
// 2014") are marked Expr.Range. entente.When has one date and a precision and
// no end, so an event dated by a range takes the range's start, at month
// precision when the range lies within one month ("May 1-3": it happened in
// May) and at approximate precision when it spans several months or years;
// Index.Period gives both ends ("since 2014" ends at the publication date). An event dated
// "since 2014" is judged historical on its start, the year 2014: the story
// recounts when a state of affairs began. "and" makes a range only after
// "between": "in 2012 and 2015" is two dates, and the event takes the first.
package when

import (
	"strconv"
	"strings"
	"time"

	"entente"
	"entente/internal/clause"
)

// DefaultHistoricalDays is the threshold used when Resolver.HistoricalDays is
// zero: an event whose period ends more than a year before publication is
// background.
const DefaultHistoricalDays = 365

// Resolver resolves temporal expressions. The zero value is ready to use.
type Resolver struct {
	// HistoricalDays overrides DefaultHistoricalDays when positive.
	HistoricalDays int
}

type precisionRank uint8

const (
	rDay precisionRank = iota
	rMonth
	rYear
	rDecade
	rApprox
)

func (r precisionRank) precision() entente.Precision {
	switch r {
	case rDay:
		return entente.PrecisionDay
	case rMonth:
		return entente.PrecisionMonth
	case rYear:
		return entente.PrecisionYear
	case rDecade:
		return entente.PrecisionDecade
	}
	return entente.PrecisionApproximate
}

// kind is how an expression is resolved.
type kind uint8

const (
	kAbs      kind = iota // a date fixed by the text alone or by the publication date
	kMonthDay             // "May 1": the year depends on tense
	kMonth                // "in January": the year depends on tense
	kWeekday              // "on Tuesday": the week depends on tense
	kAnchored             // "four years later": relative to an earlier date
)

// edge is the part of a period a phrase points at ("the end of that year").
type edge int8

const (
	edgeNone  edge = iota
	edgeStart      // "the beginning of"
	edgeMid        // "mid", "the middle of"
	edgeEnd        // "the end of"
	edgeEarly      // "early": the start, or the first three tenths of a long period
	edgeLate       // "late": the end, or the last three tenths of a long period
)

// Expr is one temporal expression found in an article.
type Expr struct {
	// Sentence is the index of the sentence.
	Sentence int
	// Tokens is the half-open range of the phrase's tokens in the sentence.
	Tokens [2]int
	// Span covers the phrase in Article.Text.
	Span entente.Span
	// Phrase is the text at Span.
	Phrase string
	// Fronted reports that the phrase opens its sentence ("In 2016, ...") and
	// so governs every clause of it.
	Fronted bool
	// Attributive reports that the phrase modifies a noun ("a Cold War
	// ally"): it dates a relation, not an event.
	Attributive bool
	// Range reports that the phrase names a period by its two ends ("from
	// 2014 to 2016", "between March and May") or by its start alone, open up
	// to the publication date ("since 2014"). An event dated by a range takes
	// its start; Index.Period gives both ends.
	Range bool

	kind    kind
	date    time.Time // kAbs: the date
	end     time.Time // kAbs: the last day of the period
	prec    precisionRank
	month   time.Month
	day     int
	wday    time.Weekday
	from    time.Time  // kAbs: the first day of the period, when date is not it (an era's middle)
	month2  time.Month // kMonth, kMonthDay: the last month of a range "between March and May"
	day2    int        // kMonthDay: the last day of a range "May 1-3"
	open    bool       // "since ...": the period runs to the publication date
	weekend bool       // kWeekday: "over the weekend", Saturday and Sunday
	rel     int        // -1 "last", +1 "next", 0 none (weekday, month)
	unit    unit
	n       int // kAnchored: signed offset in units; 0 for "that year"
	edge    edge
	anchor  *Expr // kAnchored: the expression before it in the article
}

// Index holds the resolved expressions of one article, so that the events
// of the article are dated without scanning again. It is read-only once
// built and safe for concurrent use.
type Index struct {
	r     Resolver
	art   *entente.Article
	sents []entente.Sentence
	pub   time.Time
	exprs [][]Expr
	words [][]string // each sentence's folded words, from the scan
}

// Index finds every temporal expression of the article once.
func (r Resolver) Index(art *entente.Article, sents []entente.Sentence) *Index {
	ix := &Index{r: r, art: art, sents: sents, exprs: make([][]Expr, len(sents)), words: make([][]string, len(sents))}
	if !art.Published.IsZero() {
		p := art.Published.UTC()
		ix.pub = time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, time.UTC)
	}
	var last *Expr
	for si := range sents {
		ix.exprs[si], ix.words[si] = scan(art.Text, &sents[si], si, ix.pub)
		for k := range ix.exprs[si] {
			e := &ix.exprs[si][k]
			if e.kind == kAnchored {
				e.anchor = last
			}
			// An era naming a noun ("a Cold War ally") is no date the story
			// moves to; "that year" after it still means the year before.
			if _, ok := ix.date(e, 0, nil); ok && !e.Attributive {
				last = e
			}
		}
	}
	return ix
}

// Exprs returns the temporal expressions found in sentence si.
func (ix *Index) Exprs(si int) []Expr {
	if si < 0 || si >= len(ix.exprs) {
		return nil
	}
	return ix.exprs[si]
}

// Words returns the folded words of sentence si (clause.Words of its
// tokens), as the scan computed them, for other stages that read the
// sentence's words; nil when si is out of range. The caller must not
// change them.
func (ix *Index) Words(si int) []string {
	if si < 0 || si >= len(ix.words) {
		return nil
	}
	return ix.words[si]
}

// Resolve dates the event whose verb is token verbTok of sentence sentIdx.
// prev is the date of the event before it in the article, used to anchor
// "four years later" when the sentence itself gives no earlier date; it may be
// nil. It builds an Index for this one call: use Index and Index.Resolve to
// date several events of one article.
func (r Resolver) Resolve(art *entente.Article, sents []entente.Sentence, sentIdx, verbTok int, prev *entente.When) entente.When {
	return r.Index(art, sents).Resolve(sentIdx, verbTok, prev)
}

// Resolve dates the event whose verb is token verbTok of sentence sentIdx;
// see Resolver.Resolve.
func (ix *Index) Resolve(sentIdx, verbTok int, prev *entente.When) entente.When {
	if sentIdx < 0 || sentIdx >= len(ix.sents) {
		return ix.storyDate()
	}
	sent := &ix.sents[sentIdx]
	words := ix.words[sentIdx]
	if len(words) != len(sent.Tokens) {
		// The caller changed the tokens after Index (it should not).
		words = clause.Words(sent.Tokens)
	}
	tense := tenseOf(sent.Tokens, words, verbTok)
	if e := ix.govern(sentIdx, verbTok, words); e != nil {
		if w, ok := ix.when(e, tense, prev); ok {
			return w
		}
	}
	// Inherit from the paragraph for events in the simple past, not for the
	// present perfect ("has supported"), which speaks of now.
	if tense == -1 {
		for si := sentIdx - 1; si >= 0 && ix.sents[si].Paragraph == sent.Paragraph; si-- {
			es := ix.exprs[si]
			for k := len(es) - 1; k >= 0; k-- {
				if es[k].Attributive {
					continue
				}
				if !ix.inheritable(si, &es[k]) {
					continue
				}
				if w, ok := ix.when(&es[k], tense, prev); ok && w.GapDays >= 0 && (!w.Historical || ix.governsSentence(si, &es[k])) {
					return w
				}
			}
		}
	}
	return ix.storyDate()
}

// inheritable reports whether expression e of sentence si may date the
// events of later sentences that name no date: it dates the sentence's main
// clause (or a verb that continues it: "continued to bomb Gaza on Monday")
// or a clause its main verb takes ("Police said gunmen killed five on
// Monday"), and points to no later time ("said it would
// hold drills later this week" dates no later report of what was watched).
// A date inside a noun's clause ("a truce proposed last month") dates
// that clause only.
func (ix *Index) inheritable(si int, e *Expr) bool {
	if e.rel > 0 {
		return false
	}
	switch first := strings.ToLower(strings.Fields(e.Phrase + " x")[0]); first {
	case "later", "next", "coming", "tomorrow", "upcoming":
		return false
	}
	toks := ix.sents[si].Tokens
	if e.Fronted || !clause.Parsed(toks) {
		return true
	}
	h := clause.Head(toks, e.Tokens[0])
	// up through the verbs a clause continues ("continued to bomb Gaza
	// on Monday", "began shelling")
	for k := 0; k < 4 && h >= 0 && h < len(toks) && toks[h].Head >= 0 && (toks[h].Rel == "xcomp" || toks[h].Rel == "conj"); k++ {
		h = toks[h].Head
	}
	if h < 0 || h >= len(toks) || toks[h].Head < 0 {
		return true
	}
	if toks[h].Rel != "ccomp" {
		return false
	}
	g := toks[h].Head
	return g >= 0 && g < len(toks) && toks[g].Head < 0
}

// governsSentence reports whether expression e dates the main clause of its
// sentence si: it is fronted, or lies in the root's clause. A date of
// history told in a clause within ("India and Pakistan, rivals that have
// fought three wars since independence in 1947, both claim Kashmir") dates
// that clause only, and no later sentence inherits it. Without a parse
// every expression does.
func (ix *Index) governsSentence(si int, e *Expr) bool {
	toks := ix.sents[si].Tokens
	if e.Fronted || !clause.Parsed(toks) {
		return true
	}
	h := clause.Head(toks, e.Tokens[0])
	return h < 0 || toks[h].Head < 0
}

// govern picks the expression that governs the verb: in its clause, fronted,
// or elsewhere in the sentence.
func (ix *Index) govern(si, verbTok int, words []string) *Expr {
	es := ix.exprs[si]
	if len(es) == 0 {
		return nil
	}
	toks := ix.sents[si].Tokens
	var best *Expr
	bestDist := 1 << 30
	if verbTok >= 0 && verbTok < len(toks) {
		cs, ce := clause.Bounds(toks, words, verbTok)
		parsed := clause.Parsed(toks)
		vh := -1
		if parsed {
			vh = clause.Head(toks, verbTok)
		}
		for k := range es {
			e := &es[k]
			if e.Attributive || deadline(e, toks, words, verbTok) || anniversary(es, k, words) {
				continue
			}
			in := e.Tokens[0] >= cs && e.Tokens[0] < ce
			if parsed {
				in = false
				for t := e.Tokens[0]; t < e.Tokens[1]; t++ {
					if clause.Head(toks, t) == vh {
						in = true
						break
					}
				}
			}
			if !in {
				continue
			}
			d := dist(e, verbTok)
			if d < bestDist {
				best, bestDist = e, d
			}
		}
		if best != nil {
			return best
		}
	}
	for k := range es {
		if es[k].Fronted && !deadline(&es[k], toks, words, verbTok) && !anniversary(es, k, words) {
			return &es[k]
		}
	}
	parsed := clause.Parsed(toks)
	for k := range es {
		e := &es[k]
		if e.Attributive || deadline(e, toks, words, verbTok) {
			continue
		}
		if parsed && modifierClause(toks, e.Tokens[0], verbTok) {
			// "aid workers kidnapped two weeks ago were released":
			// the date of a participle or relative clause in the
			// subject is that clause's, not the verb's
			continue
		}
		if parsed && plannedClause(toks, e.Tokens[0], verbTok) && ix.after(e) {
			// "agreed to speed up work and to hold a meeting in
			// Beijing before June": a date still to come is that of
			// what was agreed, not of the agreement
			continue
		}
		if parsed && e.open && nounClause(toks, e.Tokens[0], verbTok) {
			// "freed a missionary detained since 2014": a period
			// open up to now in a clause of a noun tells how long
			// its state has lasted, not when the verb's act was
			continue
		}
		d := dist(e, verbTok)
		if e.Tokens[0] > verbTok {
			d += 1000 // prefer what comes before the verb
		}
		if d < bestDist {
			best, bestDist = e, d
		}
	}
	return best
}

// modifierClause reports whether token t lies, before verb v, in a clause
// that modifies a noun (acl, acl:relcl) other than v's clause, the noun
// being the subject of v's clause: a clause in the verb's subject ("aid workers kidnapped two weeks ago were
// released"). A date after the verb that the parse hangs on a clause of
// its object ("fired at soldiers who crossed the border on Sunday", "an
// agreement on sharing water in July") is as often the verb's own.
func modifierClause(toks []entente.Token, t, v int) bool {
	h := clause.Head(toks, t)
	if t >= v || h < 0 || h >= v || h == v || h == clause.Head(toks, v) {
		return false
	}
	if !aclRel(toks[h].Rel) {
		return false
	}
	// the noun the clause modifies is the subject of v's clause
	n := toks[h].Head
	if n < 0 || !strings.HasPrefix(toks[n].Rel, "nsubj") {
		return false
	}
	g := toks[n].Head
	return g == v || g >= 0 && g == clause.Head(toks, v)
}

// after reports whether expression e, read as the time of an act to come,
// falls after the publication date.
func (ix *Index) after(e *Expr) bool {
	d, ok := ix.date(e, 1, nil)
	return ok && !ix.pub.IsZero() && d.date.After(ix.pub)
}

// plannedClause reports whether token t lies in an infinitive clause
// ("to hold a meeting before June"), or a conjunct of one, that verb v of
// agreeing, planning or promising governs: the time of the act agreed,
// planned or promised, which is not v's own. Verbs that tell another to
// act ("told the envoy to leave in November") or say an act began ("began
// to shell the town on Tuesday") share its time.
func plannedClause(toks []entente.Token, t, v int) bool {
	h := clause.Head(toks, t)
	if h < 0 || v < 0 || v >= len(toks) || h == v || h == clause.Head(toks, v) || !planVerbs[strings.ToLower(toks[v].Lemma)] {
		return false
	}
	inf := false
	for k, steps := h, 0; k >= 0 && steps < len(toks); k, steps = toks[k].Head, steps+1 {
		if k == v {
			return inf
		}
		for j := range toks {
			if toks[j].Head == k && toks[j].Rel == "mark" && strings.EqualFold(toks[j].Form, "to") {
				inf = true
			}
		}
		if r := toks[k].Rel; !inf && r != "conj" {
			return false // a clause of its own before any infinitive
		}
	}
	return false
}

// planVerbs are the lemmas of verbs whose infinitive is an act to come:
// agreed, planned, promised, threatened or sought.
var planVerbs = map[string]bool{"agree": true, "plan": true, "intend": true, "want": true, "hope": true, "promise": true,
	"pledge": true, "vow": true, "threaten": true, "decide": true, "expect": true, "aim": true, "seek": true,
	"offer": true, "prepare": true, "propose": true, "wish": true}

// nounClause reports whether token t lies in a clause that modifies a noun
// (acl, acl:relcl) other than verb v's clause.
func nounClause(toks []entente.Token, t, v int) bool {
	h := clause.Head(toks, t)
	if h < 0 || h == v || h == clause.Head(toks, v) {
		return false
	}
	return aclRel(toks[h].Rel)
}

// aclRel reports whether a relation is a clause modifying a noun (acl,
// acl:relcl).
func aclRel(r string) bool { return r == "acl" || strings.HasPrefix(r, "acl:") }

func dist(e *Expr, tok int) int {
	if tok < e.Tokens[0] {
		return e.Tokens[0] - tok
	}
	if tok >= e.Tokens[1] {
		return tok - e.Tokens[1] + 1
	}
	return 0
}

func (ix *Index) storyDate() entente.When {
	return entente.When{Date: ix.pub, Precision: entente.PrecisionDay, FromStoryDate: true}
}

// when turns an expression into the When of an event of the given tense.
func (ix *Index) when(e *Expr, tense int, prev *entente.When) (entente.When, bool) {
	d, ok := ix.date(e, tense, prev)
	if !ok {
		return entente.When{}, false
	}
	sp := e.Span
	w := entente.When{Date: d.date, Precision: d.prec.precision(), Phrase: e.Phrase, Span: &sp}
	if !ix.pub.IsZero() {
		w.GapDays = int(ix.pub.Sub(d.date).Hours() / 24)
		limit := ix.r.HistoricalDays
		if limit <= 0 {
			limit = DefaultHistoricalDays
		}
		w.Historical = int(ix.pub.Sub(d.end).Hours()/24) > limit
	}
	return w, true
}

// resolved is a date with the last day of the period it stands for.
type resolved struct {
	date, end time.Time
	prec      precisionRank
}

// date resolves an expression; tense is -1 past, +1 future, 0 unknown.
func (ix *Index) date(e *Expr, tense int, prev *entente.When) (resolved, bool) {
	pub := ix.pub
	switch e.kind {
	case kAbs:
		if e.date.IsZero() {
			return resolved{}, false
		}
		return resolved{e.date, e.end, e.prec}, true
	case kMonthDay:
		if pub.IsZero() {
			return resolved{}, false
		}
		y := pickYear(pub, tense, func(y int) time.Time { return time.Date(y, e.month, e.day, 0, 0, 0, 0, time.UTC) })
		d := time.Date(y, e.month, e.day, 0, 0, 0, 0, time.UTC)
		if e.day2 != 0 {
			// "May 1-3": the year chosen for the first day.
			y2 := y
			if e.month2 < e.month {
				y2++
			}
			return resolved{d, time.Date(y2, e.month2, e.day2, 0, 0, 0, 0, time.UTC), rangePrecision(e.month, e.month2)}, true
		}
		return resolved{d, d, rDay}, true
	case kMonth:
		if pub.IsZero() {
			return resolved{}, false
		}
		t := tense
		if e.rel != 0 {
			t = e.rel
		}
		y := pickYear(pub, t, func(y int) time.Time { return time.Date(y, e.month, 1, 0, 0, 0, 0, time.UTC) })
		if e.rel != 0 && y == pub.Year() && e.month == pub.Month() {
			y += e.rel
		}
		d := time.Date(y, e.month, 1, 0, 0, 0, 0, time.UTC)
		if e.month2 != 0 && e.month2 != e.month {
			// "between March and May": the range starts in the year chosen
			// for its first month and ends in the same year or the next.
			y2 := y
			if e.month2 < e.month {
				y2++
			}
			end := time.Date(y2, e.month2+1, 0, 0, 0, 0, 0, time.UTC)
			return resolved{d, end, rApprox}, true
		}
		return edged(resolved{d, d.AddDate(0, 1, -1), rMonth}, e.edge), true
	case kWeekday:
		if pub.IsZero() {
			return resolved{}, false
		}
		t := tense
		if e.rel != 0 {
			t = e.rel
		}
		diff := int(e.wday - pub.Weekday())
		var d time.Time
		switch {
		case t > 0:
			if diff < 0 {
				diff += 7
			}
			if e.rel > 0 && diff == 0 {
				diff = 7
			}
			d = pub.AddDate(0, 0, diff)
		default:
			if diff > 0 {
				diff -= 7
			}
			if e.rel < 0 && diff == 0 {
				diff = -7
			}
			d = pub.AddDate(0, 0, diff)
		}
		if e.weekend {
			return resolved{d, d.AddDate(0, 0, 1), rApprox}, true
		}
		return resolved{d, d, rDay}, true
	case kAnchored:
		// "that year", "four years later" lean on the most recent date
		// expression in reading order, wherever the events before it were
		// dated; the previous event's date serves only when the text has
		// given no date before the phrase.
		var a resolved
		ok := false
		if e.anchor != nil {
			a, ok = ix.date(e.anchor, tense, nil)
		}
		if !ok && prev != nil && !prev.FromStoryDate && !prev.Date.IsZero() {
			a, ok = resolved{prev.Date, prev.Date, rankOf(prev.Precision)}, true
		}
		if !ok {
			return resolved{}, false
		}
		prec := a.prec
		if e.unit != uNone && e.unit.precision() > prec {
			prec = e.unit.precision()
		}
		if e.n == 0 {
			// "that year", "the same month": the anchor's period in the unit.
			out := resolved{a.date, a.end, prec}
			switch e.unit {
			case uYear:
				out.date = time.Date(a.date.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
				out.end = time.Date(a.date.Year(), 12, 31, 0, 0, 0, 0, time.UTC)
			case uMonth:
				out.date = time.Date(a.date.Year(), a.date.Month(), 1, 0, 0, 0, 0, time.UTC)
				out.end = out.date.AddDate(0, 1, -1)
			}
			return edged(out, e.edge), true
		}
		d := e.unit.add(a.date, e.n)
		end := e.unit.add(a.end, e.n)
		return edged(resolved{d, end, prec}, e.edge), true
	}
	return resolved{}, false
}

func rankOf(p entente.Precision) precisionRank {
	switch p {
	case entente.PrecisionDay:
		return rDay
	case entente.PrecisionMonth:
		return rMonth
	case entente.PrecisionYear:
		return rYear
	case entente.PrecisionDecade:
		return rDecade
	}
	return rApprox
}

// edged narrows a period to its start, middle or end.
func edged(r resolved, e edge) resolved {
	if e == edgeNone || !r.end.After(r.date) {
		return r
	}
	days := int(r.end.Sub(r.date).Hours()/24) + 1
	var d time.Time
	if e == edgeEarly || e == edgeLate {
		if days > 400 {
			// "the late 1990s", "the early Cold War": the first or last
			// three tenths, where "the end of" is the last twelfth.
			if e == edgeEarly {
				r.end = r.date.AddDate(0, 0, days*3/10-1)
			} else {
				d := r.date.AddDate(0, 0, days*7/10)
				r.date = time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)
				if d.Day() > 15 {
					r.date = r.date.AddDate(0, 1, 0) // the nearer month start
				}
			}
			if r.prec != rDay && r.prec != rMonth {
				r.prec = rApprox
			}
			return r
		}
		if e == edgeLate {
			e = edgeEnd
		} else {
			e = edgeStart
		}
	}
	if days <= 31 {
		// A month: early, mid and late are its thirds.
		switch e {
		case edgeStart:
			r.end = r.date.AddDate(0, 0, days/3-1)
		case edgeMid:
			r.end = r.date.AddDate(0, 0, 2*days/3-1)
		}
		return r
	}
	switch e {
	case edgeStart:
		r.end = r.date.AddDate(0, 0, days/12)
		d = r.date
	case edgeMid:
		d = r.date.AddDate(0, 0, days*5/12)
		r.end = r.date.AddDate(0, 0, days*7/12)
	case edgeEnd:
		d = r.date.AddDate(0, 0, days*11/12)
	}
	r.date = time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)
	if r.prec == rYear {
		r.prec = rMonth
	} else if r.prec != rDay && r.prec != rMonth {
		r.prec = rApprox
	}
	return r
}

// pickYear chooses the year for a month or day given without one: the latest
// one not after pub for past events, the earliest not before pub for future
// events, and the nearest otherwise.
func pickYear(pub time.Time, tense int, at func(int) time.Time) int {
	y := pub.Year()
	this := at(y)
	switch {
	case tense < 0:
		if this.After(pub) {
			return y - 1
		}
		return y
	case tense > 0:
		if this.Before(pub) && !sameMonthDay(this, pub) {
			return y + 1
		}
		return y
	}
	best, bd := y, absDur(this.Sub(pub))
	for _, c := range []int{y - 1, y + 1} {
		if d := absDur(at(c).Sub(pub)); d < bd {
			best, bd = c, d
		}
	}
	return best
}

func sameMonthDay(a, b time.Time) bool { return a.Month() == b.Month() && a.Year() == b.Year() }

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// tenseOf guesses the tense of the verb at tok: -1 past, -2 present perfect
// (past for dating, but not a reason to inherit an old date), +1 future, 0
// present or unknown.
func tenseOf(toks []entente.Token, words []string, tok int) int {
	if tok < 0 || tok >= len(toks) {
		return -1
	}
	for j := tok - 1; j >= 0 && j >= tok-4; j-- {
		switch words[j] {
		case "will", "'ll", "shall", "wo":
			return 1
		case "has", "have", "'ve":
			return -2
		case "had", "did", "was", "were":
			return -1
		case "is", "are", "am", "'re", "'m":
			// "is worried", "are expected": the present passive.
			return 0
		case "to":
			if j > 0 && (words[j-1] == "going" || words[j-1] == "plans" || words[j-1] == "expected" || words[j-1] == "set" || words[j-1] == "due") {
				return 1
			}
		case ",", ";", ".":
			j = -1
		}
	}
	// An infinitive or a gerund after a preposition has the tense of the
	// verb it hangs on: "worked with X to arm Y", "helped by shipping".
	if tok > 0 && (words[tok-1] == "to" || prepBefore(words, tok)) && (toks[tok].XPOS == "VB" || toks[tok].XPOS == "VBG" || toks[tok].XPOS == "") {
		for j := tok - 2; j >= 0 && j >= tok-10; j-- {
			w := words[j]
			if w == "," || w == ";" || w == "." || clause.IsOpener(w) {
				break
			}
			switch toks[j].XPOS {
			case "VBD", "VBZ", "VBP", "VB", "VBN":
				if words[tok-1] == "to" && (prospective[toks[j].Lemma] || prospective[w]) {
					// "invited the envoys to visit": after the inviting, at a
					// time the text does not tell; the year of a bare month
					// is the nearest.
					return 0
				}
				return tenseOf(toks, words, j)
			case "MD":
				switch w {
				case "will", "'ll", "shall", "wo":
					return 1
				}
				return 0
			}
		}
	}
	// A participle clause ("..., accusing him of X") happens when the verb
	// it hangs on does.
	if t := &toks[tok]; t.XPOS == "VBG" && t.Head >= 0 && t.Head < len(toks) && t.Head != tok &&
		(strings.HasPrefix(t.Rel, "advcl") || t.Rel == "xcomp") && strings.HasPrefix(toks[t.Head].XPOS, "VB") {
		return tenseOf(toks, words, t.Head)
	}
	switch toks[tok].XPOS {
	case "VBD", "VBN":
		return -1
	case "VBZ", "VBP", "VBG", "VB":
		return 0
	}
	if u := toks[tok].UPOS; u == "NOUN" || u == "PROPN" {
		// an event noun ("Hamas's attack on Israel on October 7
		// killed ...") is as past as the verb its phrase hangs on
		h := toks[tok].Head
		for k := 0; k < 4 && h >= 0 && h < len(toks) && toks[h].UPOS != "VERB" && toks[h].UPOS != "AUX"; k++ {
			h = toks[h].Head
		}
		if h >= 0 && h < len(toks) && h != tok && toks[h].UPOS == "VERB" {
			return tenseOf(toks, words, h)
		}
		return 0
	}
	w := words[tok]
	if irregularPast[w] || (len(w) > 3 && strings.HasSuffix(w, "ed")) {
		return -1
	}
	return 0
}

// anniversary reports whether expression es[k] is the "today" of "seven
// years ago today", right after an expression that ends in "ago": the day
// of the telling, on which the act's anniversary falls; the act is dated
// by the "ago".
func anniversary(es []Expr, k int, words []string) bool {
	e := &es[k]
	if k == 0 || e.Tokens[1]-e.Tokens[0] != 1 || !inDeictic(words[e.Tokens[0]]) {
		return false
	}
	p := &es[k-1]
	return p.Tokens[1] == e.Tokens[0] && p.Tokens[1] > 0 && words[p.Tokens[1]-1] == "ago"
}

// inDeictic reports whether w is "today", "yesterday" or "tonight".
func inDeictic(w string) bool { return w == "today" || w == "yesterday" || w == "tonight" }

// deadline reports whether expression e, opened by "by", names a time
// limit for the act of verb v: when it must be done, not when it was. It
// does when the verb, or the verb it complements, orders or promises the
// act ("ordered the envoy out by early February", "told the inspectors to
// leave by Friday"), or is an infinitive or takes a modal ("must allow
// aid in by Sunday"); with a verb that tells what was done the date is
// the act's ("withdrew its last troops by August 1994", "had captured the
// town by mid-February").
func deadline(e *Expr, toks []entente.Token, words []string, v int) bool {
	if e.Tokens[0] >= len(words) || words[e.Tokens[0]] != "by" || e.Range || v < 0 || v >= len(toks) {
		return false
	}
	for k, t := 0, v; t >= 0 && t < len(toks) && k < 3; k, t = k+1, toks[t].Head {
		if deadlineVerbs[strings.ToLower(toks[t].Lemma)] {
			return true
		}
		for c := range toks {
			if toks[c].Head != t {
				continue
			}
			switch strings.ToLower(toks[c].Form) {
			case "must", "should", "will", "would", "shall", "'ll", "to":
				if toks[c].Rel == "aux" || toks[c].Rel == "mark" {
					return true
				}
			}
		}
		if r := toks[t].Rel; r != "xcomp" && r != "ccomp" && r != "conj" {
			break
		}
	}
	return false
}

// deadlineVerbs set a time limit for the act they order, ask for or
// promise: lower-case lemmas.
var deadlineVerbs = map[string]bool{"order": true, "tell": true, "ask": true, "give": true, "set": true, "demand": true,
	"urge": true, "instruct": true, "require": true, "direct": true, "expect": true, "pledge": true, "promise": true,
	"vow": true, "aim": true, "plan": true, "agree": true, "need": true, "ultimatum": true, "deadline": true}

// prepBefore reports whether the gerund at tok follows a preposition
// ("by shipping", "of supplying").
func prepBefore(words []string, tok int) bool {
	if !strings.HasSuffix(words[tok], "ing") {
		return false
	}
	switch words[tok-1] {
	case "by", "of", "for", "in", "after", "before", "without":
		return true
	}
	return false
}

// number parses a token of ASCII digits.
func number(w string) (int, bool) {
	if w == "" || len(w) > 9 {
		return 0, false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(w)
	return n, err == nil
}

// Date resolves an expression of this index as the date of a past event: the
// reading a relation or a caller without a verb wants.
func (ix *Index) Date(e *Expr) (entente.When, bool) { return ix.when(e, -1, nil) }

// Period returns the first and last days of the period an expression of this
// index stands for, read as a past event's: "from 2014 to 2016" is 2014-01-01
// to 2016-12-31, "during the Cold War" 1947-01-01 to 1991-12-31, and "since
// 2014" runs from 2014-01-01 to the publication date. entente.When holds one
// date and a precision, so an event dated by a range records its start, with
// the approximate precision when the range spans more than one unit of its
// own precision; the end is read here.
func (ix *Index) Period(e *Expr) (start, end time.Time, ok bool) {
	d, ok := ix.date(e, -1, nil)
	if !ok {
		return time.Time{}, time.Time{}, false
	}
	start, end = d.date, d.end
	if e.kind == kAbs && !e.from.IsZero() && e.from.Before(start) {
		start = e.from
	}
	if e.open && !ix.pub.IsZero() && ix.pub.After(end) {
		end = ix.pub
	}
	return start, end, true
}
