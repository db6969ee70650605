package scenario

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"entente"
	"entente/analysis"
	"entente/pipeline"
	"entente/text"
)

// coded is one article as the chain coded it, with what the checks need.
type coded struct {
	name  string
	out   pipeline.Coded
	sents []entente.Sentence
	story time.Time
}

// result is the outcome of one check.
type result struct {
	c    *check
	pass bool
	// stage names the stage the failure points at (tokenizer, actors,
	// coder, dates, modality, relations, analysis); detail says what was
	// expected and what came out instead.
	stage  string
	detail []string
}

func newCoded(name string, out pipeline.Coded) *coded {
	a := out.Article
	return &coded{name: name, out: out, sents: text.Split(&a), story: a.Published}
}

// run evaluates one check.
func (x *coded) run(c *check) result {
	r := result{c: c}
	switch c.kind {
	case "event":
		for i := range x.out.Events {
			if x.matchEvent(c, &x.out.Events[i], true) {
				r.pass = true
				return r
			}
		}
		r.stage, r.detail = x.explainEvent(c)
	case "noevent":
		var hits []string
		for i := range x.out.Events {
			e := &x.out.Events[i]
			if e.Modality != entente.Negated && x.matchEvent(c, e, true) {
				hits = append(hits, "unexpected: "+eventString(e)+"\n      in: "+quote(e.SentenceText))
			}
		}
		r.pass = len(hits) == 0
		r.stage, r.detail = "coder", hits
	case "relation":
		for i := range x.out.Relations {
			if x.matchRelation(c, &x.out.Relations[i], true) {
				r.pass = true
				return r
			}
		}
		r.stage, r.detail = x.explainRelation(c)
	case "edge":
		n, from, to := x.network(c)
		e := findEdge(n, c.actors[0], c.actors[1])
		r.pass = e != nil && e.Sign == c.sign
		if !r.pass {
			r.stage = "analysis"
			r.detail = append(r.detail, fmt.Sprintf("window %s – %s: %s", day(from), day(to), edgeString(e)))
			r.detail = append(r.detail, x.evidence(c.actors[0], c.actors[1], from, to)...)
		}
	case "unbalanced":
		n, from, to := x.network(c)
		b := analysis.AnalyzeBalance(n, analysis.BalanceOptions{})
		want := sortedNodes(c.actors)
		for _, t := range b.Unbalanced {
			if sortedNodes(t.Nodes[:]) == want {
				r.pass = true
				return r
			}
		}
		r.stage = "analysis"
		a, bb, cc := c.actors[0], c.actors[1], c.actors[2]
		r.detail = append(r.detail, fmt.Sprintf("window %s – %s: %s–%s %s; %s–%s %s; %s–%s %s", day(from), day(to),
			a, bb, edgeString(findEdge(n, a, bb)), a, cc, edgeString(findEdge(n, a, cc)), bb, cc, edgeString(findEdge(n, bb, cc))))
	case "balanced":
		n, from, to := x.network(c)
		a, b, cc := c.actors[0], c.actors[1], c.actors[2]
		ab, ac, bc := findEdge(n, a, b), findEdge(n, a, cc), findEdge(n, b, cc)
		r.pass = ab != nil && ac != nil && bc != nil && ab.Sign*ac.Sign*bc.Sign > 0
		if !r.pass {
			r.stage = "analysis"
			r.detail = append(r.detail, fmt.Sprintf("window %s – %s: %s–%s %s; %s–%s %s; %s–%s %s", day(from), day(to),
				a, b, edgeString(ab), a, cc, edgeString(ac), b, cc, edgeString(bc)))
		}
	case "turning":
		rep := x.report(c)
		for _, tp := range rep.TurningPoints {
			y := tp.Period.Start.Year()
			if y <= c.by && (c.from == 0 || y >= c.from) && (c.sign == 0 || float64(c.sign)*tp.Delta > 0) {
				r.pass = true
				return r
			}
		}
		r.stage = "analysis"
		r.detail = append(r.detail, seriesLines(rep)...)
	}
	return r
}

// actorMatches reports whether the produced code matches the pattern: any of
// its "|"-separated alternatives, each "*" (any actor), "-" (no actor),
// "XYZ*" (every code starting with XYZ), or a code that equals the produced
// one, its roll-up to a node (PAK matches PAKGOV and PAKMIL, not PAKREB), or,
// when longer than three letters, a prefix of it (PAKGOV matches PAKGOVMIN).
func actorMatches(pat, code string) bool {
	for _, p := range strings.Split(pat, "|") {
		switch {
		case p == "*":
			return true
		case p == "-":
			if code == "" {
				return true
			}
		case strings.HasSuffix(p, "*"):
			if strings.HasPrefix(code, strings.TrimSuffix(p, "*")) {
				return true
			}
		case code == "":
		case code == p, analysis.RollUp(code) == p, len(p) > 3 && strings.HasPrefix(code, p):
			return true
		}
	}
	return false
}

// actorsMatch reports whether the event's actors match the check's, in the
// check's direction or, with "both", in either.
func actorsMatch(c *check, src, tgt string) (ok, reversed bool) {
	if actorMatches(c.actors[0], src) && actorMatches(c.actors[1], tgt) {
		return true, false
	}
	if actorMatches(c.actors[0], tgt) && actorMatches(c.actors[1], src) {
		return c.both, true
	}
	return false, false
}

func rootMatches(c *check, code string) bool {
	for _, r := range c.roots {
		if r == "*" || strings.HasPrefix(code, r) {
			return true
		}
	}
	return false
}

// whenMatches checks the date options against a When.
func whenMatches(c *check, w entente.When) bool {
	y := w.Date.Year()
	switch {
	case c.year != 0 && y != c.year,
		c.month != 0 && int(w.Date.Month()) != c.month,
		c.from != 0 && y < c.from,
		c.to != 0 && y > c.to,
		c.historical > 0 && !w.Historical,
		c.historical < 0 && w.Historical,
		len(c.precision) > 0 && !contains(c.precision, string(w.Precision)):
		return false
	}
	return true
}

// matchEvent reports whether e satisfies c; with context false the date and
// modality are not compared.
func (x *coded) matchEvent(c *check, e *entente.Event, context bool) bool {
	if ok, _ := actorsMatch(c, e.Source, e.Target); !ok || !rootMatches(c, e.Code) || !x.isNear(c, e.Sentence) {
		return false
	}
	if !context {
		return true
	}
	if len(c.modality) > 0 && !contains(c.modality, string(e.Modality)) {
		return false
	}
	return whenMatches(c, e.When)
}

func (x *coded) matchRelation(c *check, r *entente.Relation, context bool) bool {
	fwd := actorMatches(c.actors[0], r.A) && actorMatches(c.actors[1], r.B)
	back := actorMatches(c.actors[0], r.B) && actorMatches(c.actors[1], r.A)
	if !fwd && !back || !x.isNear(c, r.Sentence) {
		return false
	}
	if !context {
		return true
	}
	return r.Sign == c.sign && whenMatches(c, r.When)
}

// isNear reports whether sentence si holds the check's near words (always
// true without them).
func (x *coded) isNear(c *check, si int) bool {
	if c.near == "" {
		return true
	}
	for _, i := range x.nearSentences(c) {
		if i == si {
			return true
		}
	}
	return false
}

// nearSentences returns the indexes of the sentences that hold the check's
// near words (case-insensitive).
func (x *coded) nearSentences(c *check) []int {
	if c.near == "" {
		return nil
	}
	if c.nearIn != nil {
		return *c.nearIn
	}
	out := []int{}
	defer func() { c.nearIn = &out }()
	want := strings.ToLower(c.near)
	for i := range x.sents {
		if strings.Contains(strings.ToLower(x.sents[i].Text(x.out.Article.Text)), want) {
			out = append(out, i)
		}
	}
	return out
}

// explainEvent finds the closest thing the chain produced to an expected
// event, and names the stage the miss points at.
func (x *coded) explainEvent(c *check) (string, []string) {
	var lines []string
	evs := x.out.Events
	// An event with the right actors and code from the right sentence,
	// whatever its context: then the direction, date or modality is at
	// fault.
	loose := *c
	loose.both = true
	for i := range evs {
		e := &evs[i]
		if !x.matchEvent(&loose, e, false) {
			continue
		}
		stage := "dates"
		switch {
		case !c.both && !(actorMatches(c.actors[0], e.Source) && actorMatches(c.actors[1], e.Target)):
			stage = "coder"
			lines = append(lines, "direction reversed")
		case len(c.modality) > 0 && !contains(c.modality, string(e.Modality)):
			stage = "modality"
		}
		lines = append(lines, "closest: "+eventString(e), "      in: "+quote(e.SentenceText))
		return stage, lines
	}
	if c.near != "" {
		far := *c
		far.near = ""
		for i := range evs {
			if x.matchEvent(&far, &evs[i], true) {
				lines = append(lines, "coded from another sentence: "+eventString(&evs[i]), "      in: "+quote(evs[i].SentenceText))
				break
			}
		}
	}
	sents := x.nearSentences(c)
	if c.near != "" && len(sents) == 0 {
		return "tokenizer", append(lines, fmt.Sprintf("no sentence holds %q (sentence split, or a wrong hint)", c.near))
	}
	if len(sents) == 0 {
		// No hint: the best-scoring event points at a sentence.
		best, bestScore := -1, 0
		for i := range evs {
			if s := x.score(c, &evs[i]); s > bestScore {
				best, bestScore = i, s
			}
		}
		if best >= 0 {
			sents = []int{evs[best].Sentence}
		}
	}
	stage := "coder"
	for k, si := range sents {
		if k == 2 {
			break
		}
		lines = append(lines, x.sentenceLines(si)...)
		if miss := x.missingActors(c, si); miss != "" {
			stage = "actors"
			lines = append(lines, "      missing actor: "+miss)
		}
	}
	if len(sents) == 0 {
		lines = append(lines, "no event or hint points at a sentence")
	}
	return stage, lines
}

// score rates how close an event comes to a check.
func (x *coded) score(c *check, e *entente.Event) int {
	s := 0
	if actorMatches(c.actors[0], e.Source) || actorMatches(c.actors[0], e.Target) {
		s += 2
	}
	if actorMatches(c.actors[1], e.Target) || actorMatches(c.actors[1], e.Source) {
		s += 2
	}
	if rootMatches(c, e.Code) {
		s += 2
	}
	if (c.year != 0 || c.from != 0 || c.to != 0) && whenMatches(c, e.When) {
		s++
	}
	return s
}

// missingActors names the check's actors that no mention of sentence si
// matches.
func (x *coded) missingActors(c *check, si int) string {
	var miss []string
	for _, pat := range c.actors {
		if pat == "*" || pat == "-" {
			continue
		}
		found := false
		for _, m := range x.out.Mentions {
			if m.Sentence == si && actorMatches(pat, m.Code) {
				found = true
				break
			}
		}
		if !found {
			miss = append(miss, pat)
		}
	}
	return strings.Join(miss, ", ")
}

// sentenceLines shows a sentence with its mentions and the events coded
// from it.
func (x *coded) sentenceLines(si int) []string {
	lines := []string{fmt.Sprintf("sentence %d: %s", si, quote(x.sents[si].Text(x.out.Article.Text)))}
	var ms []string
	for _, m := range x.out.Mentions {
		if m.Sentence == si {
			ms = append(ms, fmt.Sprintf("%s=%s", m.Span.Of(x.out.Article.Text), m.Code))
		}
	}
	lines = append(lines, "      actors: "+orNone(strings.Join(ms, ", ")))
	var es []string
	for i := range x.out.Events {
		if e := &x.out.Events[i]; e.Sentence == si {
			es = append(es, eventString(e))
		}
	}
	lines = append(lines, "      events: "+orNone(strings.Join(es, "; ")))
	var rs []string
	for i := range x.out.Relations {
		if r := &x.out.Relations[i]; r.Sentence == si {
			rs = append(rs, relationString(r))
		}
	}
	if len(rs) > 0 {
		lines = append(lines, "      relations: "+strings.Join(rs, "; "))
	}
	return lines
}

func (x *coded) explainRelation(c *check) (string, []string) {
	var lines []string
	for i := range x.out.Relations {
		if r := &x.out.Relations[i]; x.matchRelation(c, r, false) {
			lines = append(lines, "closest: "+relationString(r))
		}
	}
	if len(lines) == 0 && c.near != "" {
		far := *c
		far.near = ""
		for i := range x.out.Relations {
			if r := &x.out.Relations[i]; x.matchRelation(&far, r, false) {
				lines = append(lines, "from another sentence: "+relationString(r))
			}
		}
	}
	stage := "relations"
	for k, si := range x.nearSentences(c) {
		if k == 2 {
			break
		}
		lines = append(lines, x.sentenceLines(si)...)
		if miss := x.missingActors(c, si); miss != "" {
			stage = "actors"
			lines = append(lines, "      missing actor: "+miss)
		}
	}
	if len(lines) == 0 {
		lines = append(lines, "no relation between these actors")
	}
	return stage, lines
}

// unitAndWindow returns the period unit and window a network check asks for:
// from=/to= years, or the period of unit around at= (the story date by
// default); the unit follows at='s precision unless unit= is given.
func (x *coded) unitAndWindow(c *check) (analysis.Unit, time.Time, time.Time) {
	u := analysis.Month
	if c.unitSet {
		u = c.unit
	}
	if c.from != 0 || c.to != 0 {
		var from, to time.Time
		if c.from != 0 {
			from = time.Date(c.from, 1, 1, 0, 0, 0, 0, time.UTC)
		}
		if c.to != 0 {
			to = time.Date(c.to+1, 1, 1, 0, 0, 0, 0, time.UTC)
		}
		return u, from, to
	}
	at := x.story
	if c.atSet {
		at = c.at
		if !c.unitSet {
			u = c.atUnit
		}
	}
	from, to := analysis.Window(at, u)
	return u, from, to
}

// network builds the signed network of the article's events and standing
// relations as the network and balance commands do: at a date (the story date
// unless at= says otherwise) through analysis.BuildNetworkAt, over a trailing
// window; or over an explicit from=/to= window.
func (x *coded) network(c *check) (*analysis.Network, time.Time, time.Time) {
	u, from, to := x.unitAndWindow(c)
	if c.from == 0 && c.to == 0 {
		at := x.story
		if c.atSet {
			at = c.at
		}
		o := analysis.DefaultOptions()
		o.Unit = u
		ao := analysis.DefaultAtOptions()
		ao.Bootstrap, ao.TotalSources = 0, 1 // one article: the evidence minimum falls to one source
		n := analysis.BuildNetworkAt(x.out.Events, x.out.Relations, at, o, ao)
		return n, n.From, n.To
	}
	o := analysis.DefaultOptions()
	o.Unit, o.Undirected = u, true
	r := analysis.Aggregate(x.out.Events, x.out.Relations, o)
	no := analysis.DefaultNetworkOptions()
	no.From, no.To, no.Bootstrap = from, to, 0
	no.TotalSources = 1 // one article: the evidence minimum falls to one source
	return analysis.BuildNetwork(r.Cells, no), from, to
}

// report builds the dyad report (series and turning points) as the report
// command does, per year unless unit= says otherwise.
func (x *coded) report(c *check) *analysis.Report {
	o := analysis.DefaultOptions()
	o.Unit = analysis.Year
	if c.unitSet {
		o.Unit = c.unit
	}
	return analysis.BuildReport(x.out.Events, x.out.Relations, c.actors[0], c.actors[1], analysis.ReportOptions{Options: o})
}

// evidence lists the events and relations of dyad a–b (nodes) inside a
// window, for the log of a failed edge.
func (x *coded) evidence(a, b string, from, to time.Time) []string {
	in := func(t time.Time) bool {
		return (from.IsZero() || !t.Before(from)) && (to.IsZero() || t.Before(to))
	}
	dy := func(p, q string) bool {
		p, q = analysis.RollUp(p), analysis.RollUp(q)
		return p == a && q == b || p == b && q == a
	}
	var out []string
	for i := range x.out.Events {
		if e := &x.out.Events[i]; dy(e.Source, e.Target) && in(e.When.Date) {
			out = append(out, "  event "+eventString(e))
		}
	}
	for i := range x.out.Relations {
		if r := &x.out.Relations[i]; dy(r.A, r.B) && in(r.When.Date) {
			out = append(out, "  relation "+relationString(r))
		}
	}
	if len(out) == 0 {
		out = append(out, "  no event or relation of this dyad in the window")
	}
	return out
}

func seriesLines(rep *analysis.Report) []string {
	var pts []string
	for _, p := range rep.Series.Points {
		s := fmt.Sprintf("%s index %+.2f (%d ev)", p.Label, p.Index, p.Events)
		if p.StandingSources > 0 {
			s += fmt.Sprintf(" standing %+.2f", p.Standing)
		}
		pts = append(pts, s)
	}
	lines := []string{fmt.Sprintf("series %s: %s", rep.Series.Dyad, orNone(strings.Join(pts, "; ")))}
	var tps []string
	for _, tp := range rep.TurningPoints {
		tps = append(tps, fmt.Sprintf("%s %+.2f", tp.Label, tp.Delta))
	}
	return append(lines, "turning points: "+orNone(strings.Join(tps, ", ")))
}

func findEdge(n *analysis.Network, a, b string) *analysis.Edge {
	for i := range n.Edges {
		e := &n.Edges[i]
		if e.A == a && e.B == b || e.A == b && e.B == a {
			return e
		}
	}
	return nil
}

func edgeString(e *analysis.Edge) string {
	if e == nil {
		return "no edge"
	}
	return fmt.Sprintf("edge %+.2f (events %+.2f from %d, standing %+.2f from %d)", e.Weight, e.EventIndex, e.Events, e.Standing, e.StandingSources)
}

func eventString(e *entente.Event) string {
	tgt := e.Target
	if tgt == "" {
		tgt = "-"
	}
	s := fmt.Sprintf("%s %s %s %s/%s", e.Source, e.Code, tgt, e.When.Date.Format("2006-01-02"), e.When.Precision)
	if e.When.Historical {
		s += " historical"
	}
	return s + " " + string(e.Modality)
}

func relationString(r *entente.Relation) string {
	s := fmt.Sprintf("%s %s %+d %q %s/%s", r.A, r.B, r.Sign, r.Phrase, r.When.Date.Format("2006-01-02"), r.When.Precision)
	if r.When.Historical {
		s += " historical"
	}
	return s
}

func sortedNodes(ns []string) string {
	s := append([]string(nil), ns...)
	sort.Strings(s)
	return strings.Join(s, " ")
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func day(t time.Time) string {
	if t.IsZero() {
		return "open"
	}
	return t.Format("2006-01-02")
}

func quote(s string) string {
	const max = 320
	if len(s) > max {
		s = s[:max] + "…"
	}
	return fmt.Sprintf("%q", s)
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}
