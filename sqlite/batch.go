package sqlite

import (
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"

	"entente"
)

// The events of a batch are stored together: their merge candidates are read
// with a few queries that list the probes as VALUES, matched in Go in batch
// order, and the new events and all mentions are written with multi-row
// INSERTs. This keeps the number of SQL statements per event far below one.

// pendingArticle is what the event flush needs to know of an article.
type pendingArticle struct {
	id  int64
	src string
	dup bool
	res *entente.PutResult
}

// pendingEvent is one report waiting for the flush.
type pendingEvent struct {
	art                     *pendingArticle
	e                       *entente.Event
	day                     int64
	root, dv                string
	quad                    int
	placeName, placeCountry string
	bucket                  int64
	view                    mergeView
}

// candidate is a stored or batch event that later reports may merge into.
type candidate struct {
	id   int64
	view mergeView
	// fresh is set for events created in this batch, with their counters.
	fresh *freshEvent
}

// freshEvent holds the counters of an event created in this batch.
type freshEvent struct {
	firstMention         int64
	mentions, arts, srcs int
	articles             map[int64]bool
	sources              map[string]bool
	pe                   *pendingEvent
}

// bump is the change to the counters of an event stored before the batch.
type bump struct {
	mentions, arts, srcs int
	articles             map[int64]bool
	sources              map[string]bool
}

// queueEvents prepares the events of an article for the flush.
func (w *writer) queueEvents(c *entente.CodedArticle, art *pendingArticle) {
	for i := range c.Events {
		e := &c.Events[i]
		date := e.When.Date
		if date.IsZero() {
			date = c.Article.Published
		}
		p := &pendingEvent{art: art, e: e, day: dayNumber(date), root: e.Root, quad: e.QuadClass, dv: e.DictVersion}
		if p.root == "" {
			p.root = e.Code[:2]
		}
		if p.quad == 0 {
			p.quad = quadFromRoot(p.root)
		}
		if p.dv == "" {
			p.dv = c.DictVersion
		}
		if e.Place != nil {
			p.placeName, p.placeCountry = e.Place.Name, e.Place.Country
		}
		p.view = mergeView{source: e.Source, target: e.Target, code: e.Code, precision: e.When.Precision, day: p.day, place: p.placeName,
			placeCountry: p.placeCountry, dayCert: certainty(e.When.FromStoryDate || e.When.Date.IsZero(), e.When.Phrase, e.SentenceText)}
		p.bucket = eventBucket(e.Source, e.Target, e.Code, e.Modality, e.When.Precision)
		w.pending = append(w.pending, p)
	}
}

// chunk returns how many of n items the next multi-row statement takes: all
// of them up to perStmt, else the largest power of two below n. Keeping
// the sizes to a few lets the prepared statements be reused batch after
// batch.
func chunk(perStmt, n int) int {
	if n >= perStmt {
		return perStmt
	}
	c := 1
	for c*2 <= n {
		c *= 2
	}
	return c
}

// multiInsert writes rows with INSERT statements of many rows each: head
// names the table and columns, tail (may be empty) follows the VALUES, e.g.
// an ON CONFLICT clause. Both are constants of this package; the values are
// parameters.
func (w *writer) multiInsert(head, tail string, cols int, rows [][]any) error {
	const maxVars = 4000
	perStmt := max(1, maxVars/cols)
	one := "(?" + strings.Repeat(", ?", cols-1) + ")"
	for len(rows) > 0 {
		n := chunk(perStmt, len(rows))
		// head and tail are constants of this package; only placeholders
		// are added.
		st, err := w.prepare(fmt.Sprintf("%s#%s#%d", head, tail, n), head+" VALUES "+one+strings.Repeat(", "+one, n-1)+" "+tail)
		if err != nil {
			return err
		}
		args := make([]any, 0, n*cols)
		for _, r := range rows[:n] {
			args = append(args, r...)
		}
		if _, err := st.ExecContext(w.ctx, args...); err != nil {
			return fmt.Errorf("insert: %w", classify(err))
		}
		rows = rows[n:]
	}
	return nil
}

// loadCandidates reads the stored events that the pending reports may merge
// into, grouped by bucket and ordered by ID. The probes (bucket and day
// window) go into the query as a VALUES list, a few hundred per statement.
func (w *writer) loadCandidates() (map[int64][]*candidate, error) {
	type probe struct{ bucket, lo, hi int64 }
	seen := map[probe]bool{}
	var probes []probe
	for _, p := range w.pending {
		lo, hi := dayWindow(p.view.precision, p.day)
		k := probe{p.bucket, lo, hi}
		if !seen[k] {
			seen[k] = true
			probes = append(probes, k)
		}
	}
	// Probes of one bucket often overlap: an event is read once.
	found := map[int64]bool{}
	var all []*candidate
	var buckets []int64
	const perStmt = 300
	for len(probes) > 0 {
		n := chunk(perStmt, len(probes))
		// Only placeholders are added to this constant text.
		st, err := w.prepare(fmt.Sprintf("candidates#%d", n), `SELECT e.id, e.bucket, e.source, e.target, e.code, e.precision, e.day, e.place_name, e.place_country
			FROM (VALUES (?, ?, ?)`+strings.Repeat(", (?, ?, ?)", n-1)+`) p
			JOIN events e ON e.bucket = p.column1 AND e.day BETWEEN p.column2 AND p.column3`)
		if err != nil {
			return nil, err
		}
		args := make([]any, 0, 3*n)
		for _, p := range probes[:n] {
			args = append(args, p.bucket, p.lo, p.hi)
		}
		probes = probes[n:]
		rs, err := st.QueryContext(w.ctx, args...)
		if err != nil {
			return nil, fmt.Errorf("merge candidates: %w", classify(err))
		}
		for rs.Next() {
			c := &candidate{}
			var bucket int64
			var precision string
			if err := rs.Scan(&c.id, &bucket, &c.view.source, &c.view.target, &c.view.code, &precision, &c.view.day, &c.view.place, &c.view.placeCountry); err != nil {
				rs.Close()
				return nil, fmt.Errorf("merge candidates: %w", classify(err))
			}
			if found[c.id] {
				continue
			}
			found[c.id] = true
			c.view.precision = entente.Precision(precision)
			all = append(all, c)
			buckets = append(buckets, bucket)
		}
		rs.Close()
		if err := rs.Err(); err != nil {
			return nil, fmt.Errorf("merge candidates: %w", classify(err))
		}
	}
	idx := make([]int, len(all))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return all[idx[a]].id < all[idx[b]].id })
	out := map[int64][]*candidate{}
	for _, i := range idx {
		out[buckets[i]] = append(out[buckets[i]], all[i])
	}
	return out, nil
}

// flushEvents merges and writes the pending reports.
func (w *writer) flushEvents() error {
	if len(w.pending) == 0 {
		return nil
	}
	defer func() { w.pending = w.pending[:0] }()
	cands, err := w.loadCandidates()
	if err != nil {
		return err
	}
	bumps := map[int64]*bump{}
	var order []int64 // bumped stored events, in first-touch order
	var fresh []*candidate
	var mentions [][]any
	var checks []sourceCheck
	for _, p := range w.pending {
		var hit *candidate
		for _, c := range cands[p.bucket] {
			same, ask := sameEvent(c.view, p.view)
			if ask {
				if c.view.dayCert, err = w.dayCertainty(c.id); err != nil {
					return err
				}
				same, _ = sameEvent(c.view, p.view)
			}
			if same {
				hit = c
				break
			}
		}
		mentionID := w.next.mention
		w.next.mention++
		counts := !p.art.dup
		switch {
		case hit == nil:
			hit = &candidate{id: w.next.event, view: p.view, fresh: &freshEvent{firstMention: mentionID, mentions: 1, arts: 1, srcs: 1,
				articles: map[int64]bool{p.art.id: true}, sources: map[string]bool{}, pe: p}}
			if counts {
				hit.fresh.sources[p.art.src] = true
			}
			w.next.event++
			cands[p.bucket] = append(cands[p.bucket], hit)
			fresh = append(fresh, hit)
			p.art.res.NewEvents++
			w.addRoll(p.e.Source, p.e.Target, p.day, p.root, p.quad, string(p.e.Modality), p.e.Goldstein, 1)
		case hit.fresh != nil:
			f := hit.fresh
			f.mentions++
			if counts && !f.articles[p.art.id] {
				f.arts++
				if !f.sources[p.art.src] {
					f.srcs++
				}
			}
			f.articles[p.art.id] = true
			if counts {
				f.sources[p.art.src] = true
			}
		default:
			b := bumps[hit.id]
			if b == nil {
				b = &bump{articles: map[int64]bool{}, sources: map[string]bool{}}
				bumps[hit.id] = b
				order = append(order, hit.id)
			}
			b.mentions++
			if counts && !b.articles[p.art.id] {
				b.articles[p.art.id] = true
				b.arts++
				if !b.sources[p.art.src] {
					// Counted as new here; seenSources takes back those
					// the stored reports already have.
					b.sources[p.art.src] = true
					b.srcs++
					checks = append(checks, sourceCheck{hit.id, p.art.src})
				}
			}
		}
		row, err := mentionRow(mentionID, hit.id, p)
		if err != nil {
			return err
		}
		mentions = append(mentions, row)
		p.art.res.Events++
	}
	seen, err := w.seenSources(checks)
	if err != nil {
		return err
	}
	for _, c := range seen {
		bumps[c.event].srcs--
	}
	var events [][]any
	for _, c := range fresh {
		p, f := c.fresh.pe, c.fresh
		events = append(events, []any{c.id, p.bucket, p.e.Source, p.e.Target, p.e.Code, p.root, p.e.Goldstein, p.quad,
			p.e.PloverType, p.e.PloverMode, string(p.e.Modality), p.day, string(p.e.When.Precision), b2i(p.e.When.Historical),
			p.placeName, p.placeCountry, p.dv, f.firstMention, f.mentions, f.srcs, f.arts})
	}
	if err := w.multiInsert(`INSERT INTO events (id, bucket, source, target, code, root, goldstein, quad, plover_type, plover_mode,
		modality, day, precision, historical, place_name, place_country, dict_version, first_mention,
		num_mentions, num_sources, num_articles)`, "", 21, events); err != nil {
		return err
	}
	if err := w.multiInsert(`INSERT INTO mentions (id, event_id, article_id, publisher, duplicate, coder_id, sentence, sentence_text,
		src_start, src_end, tgt_start, tgt_end, verb_start, verb_end, confidence, gap_days, modality, date_phrase,
		date_start, date_end, from_story_date, dict_version, matched, quantities, place)`, "", 25, mentions); err != nil {
		return err
	}
	sort.Slice(order, func(i, j int) bool { return order[i] < order[j] })
	for _, id := range order {
		b := bumps[id]
		if _, err := w.exec("bumpEvent", b.mentions, b.arts, b.srcs, id); err != nil {
			return err
		}
	}
	return nil
}

// dayCertainty reads the day certainty of a stored event from its first
// report; the merge rule asks for it only when two reports otherwise match
// a day apart.
func (w *writer) dayCertainty(event int64) (dayCertainty, error) {
	st, err := w.prepare("eventDayCert", `SELECT m.from_story_date, m.date_phrase, m.sentence_text FROM events e
		JOIN mentions m ON m.id = e.first_mention WHERE e.id = ?`)
	if err != nil {
		return 0, err
	}
	var fromStory bool
	var phrase, sentence string
	switch err := st.QueryRowContext(w.ctx, event).Scan(&fromStory, &phrase, &sentence); {
	case errors.Is(err, sql.ErrNoRows):
		return dayFirm, nil
	case err != nil:
		return 0, fmt.Errorf("merge candidates: %w", classify(err))
	}
	return certainty(fromStory, phrase, sentence), nil
}

// sourceCheck asks whether a stored event has a report from an original
// (not near-duplicate) article of a source.
type sourceCheck struct {
	event int64
	src   string
}

// seenSources returns the checks whose answer is yes, asking SQLite for
// many at once.
func (w *writer) seenSources(checks []sourceCheck) ([]sourceCheck, error) {
	const perStmt = 400
	var out []sourceCheck
	for len(checks) > 0 {
		n := chunk(perStmt, len(checks))
		// Only placeholders are added to this constant text.
		st, err := w.prepare(fmt.Sprintf("seenSources#%d", n), `SELECT column1, column2 FROM (VALUES (?, ?)`+strings.Repeat(", (?, ?)", n-1)+`)
			WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = column1 AND m.publisher = column2 AND m.duplicate = 0)`)
		if err != nil {
			return nil, err
		}
		args := make([]any, 0, 2*n)
		for _, c := range checks[:n] {
			args = append(args, c.event, c.src)
		}
		rows, err := st.QueryContext(w.ctx, args...)
		if err != nil {
			return nil, fmt.Errorf("source check: %w", classify(err))
		}
		for rows.Next() {
			var c sourceCheck
			if err := rows.Scan(&c.event, &c.src); err != nil {
				rows.Close()
				return nil, fmt.Errorf("source check: %w", classify(err))
			}
			out = append(out, c)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("source check: %w", classify(err))
		}
		checks = checks[n:]
	}
	return out, nil
}

// mentionRow renders one report as a row of mentions.
func mentionRow(id, eventID int64, p *pendingEvent) ([]any, error) {
	e := p.e
	matched, err := jsonOrEmpty(e.Matched, len(e.Matched) == 0)
	if err != nil {
		return nil, err
	}
	quants, err := jsonOrEmpty(e.Quantities, len(e.Quantities) == 0)
	if err != nil {
		return nil, err
	}
	place, err := jsonOrEmpty(e.Place, e.Place == nil)
	if err != nil {
		return nil, err
	}
	ds, de := nullSpan(e.When.Span)
	return []any{id, eventID, p.art.id, p.art.src, b2i(p.art.dup), e.ID, e.Sentence, e.SentenceText,
		e.SourceSpan.Start, e.SourceSpan.End, e.TargetSpan.Start, e.TargetSpan.End, e.VerbSpan.Start, e.VerbSpan.End,
		e.Confidence, e.When.GapDays, string(e.Modality), e.When.Phrase, ds, de, b2i(e.When.FromStoryDate), p.dv,
		matched, quants, place}, nil
}
