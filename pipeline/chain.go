package pipeline

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"entente"
	"entente/actor"
	"entente/cameo"
	"entente/coder"
	"entente/coder/verbs"
	"entente/internal/clause"
	"entente/modality"
	"entente/parse"
	"entente/place"
	"entente/quantity"
	"entente/relation"
	"entente/text"
	"entente/when"
)

// Chain codes one article, running the stages in the order data flows:
//
//	text.Split ─► actor.Match ─► discards ─► coder.Code (parses candidate sentences only)
//	           ─► context per event: when, modality, quantity, place
//	              (and, for an attack with no target, the country of the
//	              place attacked: see placeTarget)
//	           ─► relation.Extract (standing relations)
//
// It is plain synchronous code and safe for concurrent use: Run calls
// Process from several workers at once.
type Chain struct {
	Actors *actor.Matcher
	Coder  *coder.Coder
	Places *place.Gazetteer // nil: events are not placed
	Dates  when.Resolver
	// DictVersion identifies the dictionaries and model; it is recorded on
	// every event so that a re-code can tell old codings from new.
	DictVersion string
}

// DefaultChain builds the chain from the dictionaries, model and gazetteer
// embedded in the binary.
func DefaultChain() (*Chain, error) {
	acts, err := actor.Default()
	if err != nil {
		return nil, fmt.Errorf("actor dictionaries: %w", err)
	}
	vd, err := verbs.Default()
	if err != nil {
		return nil, fmt.Errorf("verb dictionaries: %w", err)
	}
	model, err := parse.Default()
	if err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	version, err := DefaultVersion(model)
	if err != nil {
		return nil, err
	}
	places := place.Default()
	c := &Chain{
		Actors:      acts.WithPlaces(places.StateOf),
		Coder:       coder.New(vd, model, coder.Options{DictVersion: version}),
		Places:      places,
		DictVersion: version,
	}
	return c, nil
}

// DefaultVersion names the embedded dictionaries and model: a short hash of
// the actor and verb dictionaries' contents and the model's description, so that a build with different data gets a different
// version.
func DefaultVersion(model *parse.Model) (string, error) {
	h := sha256.New()
	files, err := actor.DefaultFiles()
	if err != nil {
		return "", err
	}
	for _, f := range files {
		fmt.Fprintln(h, "actors", f.Name, len(f.Data))
		h.Write(f.Data)
	}
	for _, f := range verbs.DefaultFiles {
		data, err := verbs.DefaultData(f)
		if err != nil {
			return "", err
		}
		fmt.Fprintln(h, "verbs", f, len(data))
		h.Write(data)
	}
	fmt.Fprintln(h, "model", model.Info())
	return "default-" + hex.EncodeToString(h.Sum(nil))[:12], nil
}

// DateFromDateline is the Article.DateSource of a publication date read
// from the article's dateline (ProcessSentences).
const DateFromDateline = "dateline"

// Coded is one article coded by a Chain.
type Coded struct {
	entente.CodedArticle
	// Sentences is the number of sentences the article was split into.
	Sentences int
}

// Process codes one article: its sentences, actor mentions, events with their
// context, and standing relations.
func (c *Chain) Process(a *entente.Article) (Coded, error) {
	if a.Text == "" {
		return Coded{CodedArticle: entente.CodedArticle{Article: *a, DictVersion: c.DictVersion}},
			fmt.Errorf("article %s (%s): empty text", a.ID, a.Source)
	}
	return c.ProcessSentences(a, text.Split(a)), nil
}

// ProcessSentences is Process over sentences the caller split (text.Split),
// for callers that show the parse afterwards: the tokens of the sentences the
// coder parses are filled in place.
func (c *Chain) ProcessSentences(a *entente.Article, sents []entente.Sentence) Coded {
	if a.Published.IsZero() && len(sents) > 0 {
		// an article the input gave no date: the date of its dateline
		// ("BERLIN, April 12, 2025 (Reuters) -"), when it names a year
		if d, ok := text.DatelineDate(sents[0].Tokens); ok {
			dated := *a
			dated.Published, dated.DateSource = d, DateFromDateline
			a = &dated
		}
	}
	out := Coded{CodedArticle: entente.CodedArticle{Article: *a, DictVersion: c.DictVersion}}
	out.Sentences = len(sents)
	out.Mentions, out.Events = c.code(a, sents)
	out.Events, out.Relations = c.context(a, sents, out.Mentions, out.Events)
	return out
}

// code is the first half of the chain: actor mentions and bare events.
func (c *Chain) code(a *entente.Article, sents []entente.Sentence) ([]entente.Mention, []entente.Event) {
	storyDate := a.Published
	if storyDate.IsZero() {
		storyDate = time.Now().UTC()
	}
	// Sentences the discard list rules out (sports, horoscopes, ...) are
	// not coded; years and "years ago" are not reasons to skip: dates come
	// from the text and history is flagged as such.
	mentions, kept := c.Actors.MatchUndiscarded(a, sents, storyDate, true)
	return mentions, c.Coder.Code(a, kept, mentions)
}

// context is the second half: it fills in the events' context in place and
// returns the events kept (see oneSidedIntents) and the article's standing
// relations.
func (c *Chain) context(a *entente.Article, sents []entente.Sentence, mentions []entente.Mention, events []entente.Event) ([]entente.Event, []entente.Relation) {
	// A relation holds between two coded mentions of different countries
	// (relation.ExtractWith compares the first three letters of their
	// codes, as twoCountries does): without them there is none to find.
	two := twoCountries(mentions)
	if len(events) == 0 && !two {
		return events, nil // nothing to date either: the dates need no index
	}
	dates := c.Dates.Index(a, sents)
	c.addContext(a, sents, mentions, dates, events)
	events = oneSidedIntents(sents, events)
	if !two {
		return events, nil
	}
	return events, relation.ExtractWith(dates, a, sents, mentions)
}

// oneSidedIntents drops the reverse of an intent told by one party only:
// "Nakasone hopes to meet Reagan" is Japan's intent to meet (036), not the
// United States' too, although a meeting, done, is both parties' (the
// dictionaries code it both ways). The reverse event is the one of the same
// verb with source and target swapped whose source comes after the verb
// while the other's comes before it; a party joined with "with" or
// "between" ("agreed with Y to meet", "will hold talks with Y") intends it
// too, as the Reuters gold's coders coded it.
func oneSidedIntents(sents []entente.Sentence, events []entente.Event) []entente.Event {
	drop := map[int]bool{}
	for i := range events {
		e := &events[i]
		if e.Root != "03" || e.SourceSpan.Start >= e.VerbSpan.Start {
			continue
		}
		for j := range events {
			r := &events[j]
			if j == i || drop[j] || r.Sentence != e.Sentence || r.VerbSpan != e.VerbSpan || r.Code != e.Code ||
				r.Source != e.Target || r.Target != e.Source || r.SourceSpan.Start <= r.VerbSpan.Start {
				continue
			}
			if s := r.Sentence; s >= 0 && s < len(sents) && agreedWith(sents[s].Tokens, tokenAt(&sents[s], r.SourceSpan.Start)) {
				continue
			}
			drop[j] = true
		}
	}
	if len(drop) == 0 {
		return events
	}
	out := events[:0]
	for i := range events {
		if !drop[i] {
			out = append(out, events[i])
		}
	}
	return out
}

// twoCountries reports whether the mentions hold two coded ones of
// different countries (the first three letters of their codes, as package
// relation compares them).
func twoCountries(mentions []entente.Mention) bool {
	first := ""
	for _, m := range mentions {
		if m.Code == "" {
			continue
		}
		c := m.Code[:min(3, len(m.Code))]
		switch {
		case first == "":
			first = c
		case c != first:
			return true
		}
	}
	return false
}

// addContext fills in each event's date, modality, quantities and place, in
// article order, so that "four years later" can lean on the event before.
//
// Modality is decided here, over the parse, for every event: the coder's own
// negation test is narrower ("not only ... but also" is not a negation).
func (c *Chain) addContext(a *entente.Article, sents []entente.Sentence, mentions []entente.Mention, dates *when.Index, events []entente.Event) {
	if len(events) == 0 {
		return
	}
	slices.SortStableFunc(events, func(x, y entente.Event) int {
		if d := cmp.Compare(x.Sentence, y.Sentence); d != 0 {
			return d
		}
		return cmp.Compare(x.VerbSpan.Start, y.VerbSpan.Start)
	})
	var prev *entente.When
	quants := map[int][]entente.Quantity{}
	// The article's other places tell namesakes apart.
	var places *place.Locator
	if c.Places != nil {
		places = c.Places.Article(a, sents, mentions)
	}
	for i := range events {
		ev := &events[i]
		si := ev.Sentence
		if si < 0 || si >= len(sents) {
			continue
		}
		s := &sents[si]
		v := tokenAt(s, ev.VerbSpan.Start)
		ev.When = dates.Resolve(si, v, prev)
		w := ev.When
		prev = &w
		// the sentence's folded words, as the date index read them
		words := dates.Words(si)
		if len(words) != len(s.Tokens) {
			words = clause.Words(s.Tokens)
		}
		ev.Modality = modality.OfWords(s, words, v)
		if ev.Modality == entente.Negated && ev.Root == "16" && stoppedBy(s, v) {
			// "stopped sending coal to": the stop is the act coded
			// (an embargo, a cut of aid), not a sending denied
			ev.Modality = entente.Asserted
		}
		if ev.Modality == entente.Intended && decidedBy(s, words, v, ev.Code) {
			// "agreed to extend sanctions on Iran", "decided to cut aid":
			// a sanction, cut or ban decided is imposed by the decision
			// (Phoenix's AGREE and DECIDE patterns code it so), not a
			// threat of it
			ev.Modality = entente.Asserted
		}
		if ev.Modality == entente.Intended {
			if code := cameo.Intent(ev.Code); code != ev.Code {
				c.Coder.SetCode(ev, code)
			}
		}
		ev.PloverMode = modality.PloverMode(ev.Modality, ev.When)
		qs, ok := quants[si]
		if !ok {
			qs = quantity.Find(s, a.Text)
			quants[si] = qs
		}
		ev.Quantities = quantity.ForEventWords(s, words, v, qs)
		if places != nil {
			first, second := ev.Source, ev.Target
			if r := ev.Root; ev.Target != "" && (r == "18" || r == "19" || r == "20") {
				// an attack or an occupation the text gives no place for
				// happened on its target's ground, not its doer's
				// ("Moscow's annexation of Crimea", "Pakistani jets
				// struck Afghan border posts")
				first, second = ev.Target, ev.Source
			}
			ev.Place = places.Locate(si, v, first, second)
			c.placeTarget(ev, a.Text)
		}
	}
}

// placeTarget gives an act of force (roots 17 to 20, and a withdrawal from
// a place, 0874) that the text tells without a target, on a place it names,
// that place's country as its target, with the place's span and an
// evidence entry saying so: "Russian missiles hit Kremenchuk" is Russia
// against Ukraine, as "hit the Ukrainian city of Kremenchuk" is; "Nigerian
// troops killed bandits in Zamfara" is the army against people of
// Nigeria, unnamed. A state itself is not its own target: a place in the
// source's country is one only for an organ or group of it (forces,
// police, rebels). A place the event was put in only from its actors says
// nothing of a target, and neither does a place at sea off a coast ("seized
// a tanker off Fujairah": the ship is no party of the coast's state).
func (c *Chain) placeTarget(ev *entente.Event, text string) {
	p := ev.Place
	if ev.Target != "" || p == nil || p.FromActor || p.Span == nil || len(ev.Source) < 3 ||
		(ev.Root < "17" || ev.Root > "20") && ev.Code != "0874" || offCoast(text, p.Span.Start) {
		return
	}
	t := c.Places.Alpha3(p.Country)
	if t == "" || t == ev.Source[:3] && (len(ev.Source) == 3 || ev.Code == "0874") {
		return
	}
	ev.Target, ev.TargetSpan = t, *p.Span
	ev.Matched = append(ev.Matched, entente.EntryRef{File: "entente:place-target",
		Text: "target: the country of the place attacked (" + p.Name + ", " + p.Country + ")"})
}

// offCoast reports whether the place name at byte offset start follows
// "off" or "off the coast of" in text.
func offCoast(text string, start int) bool {
	if start < 0 || start > len(text) {
		return false
	}
	before := strings.ToLower(strings.TrimRight(text[max(0, start-24):start], " "))
	return strings.HasSuffix(before, " off") || before == "off" || strings.HasSuffix(before, "off the coast of")
}

// tokenAt returns the index of the token of s that starts at or covers byte
// offset off, or -1.
// stopVerbs are the lemmas of verbs that stop what the clause under them
// tells.
var stopVerbs = map[string]bool{"stop": true, "halt": true, "suspend": true, "cease": true, "end": true}

// stoppedBy reports whether token v is the clausal complement of a verb
// that stops it ("stopped sending", "halted deliveries").
func stoppedBy(s *entente.Sentence, v int) bool {
	if v < 0 || v >= len(s.Tokens) || s.Tokens[v].Rel != "xcomp" {
		return false
	}
	h := s.Tokens[v].Head
	return h >= 0 && h < len(s.Tokens) && stopVerbs[strings.ToLower(s.Tokens[h].Lemma)]
}

// decidedBy reports whether the verb at token v, coded code, is a deed
// decided (coder.Decided) by a decision that is itself asserted ("agreed
// to extend", "voted to impose"; not "plans to decide to", "refused to
// agree to").
func decidedBy(s *entente.Sentence, words []string, v int, code string) bool {
	h := coder.Decided(s, v, code)
	return h >= 0 && modality.OfWords(s, words, h) == entente.Asserted
}

// agreedWith reports whether token k, the start of a mention, follows
// "with" or "between": a party one agrees or talks with ("agreed with
// China to", "will hold talks with China"), who intends the joint act too.
func agreedWith(toks []entente.Token, k int) bool {
	if k < 1 || k >= len(toks) {
		return false
	}
	w := strings.ToLower(toks[k-1].Form)
	return w == "with" || w == "between"
}

func tokenAt(s *entente.Sentence, off int) int {
	i := sort.Search(len(s.Tokens), func(i int) bool { return s.Tokens[i].Span.End > off })
	if i < len(s.Tokens) && s.Tokens[i].Span.Start <= off {
		return i
	}
	return -1
}
