package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"entente"
)

func timeFromNanos(n int64) time.Time { return time.Unix(0, n).UTC() }

// intCol scans an INTEGER column into an int. database/sql converts an
// int64 into an int through its decimal text; this costs nothing.
type intCol struct{ p *int }

// Scan stores an integer (a real truncated, 0 for NULL).
func (c intCol) Scan(v any) error {
	switch x := v.(type) {
	case int64:
		*c.p = int(x)
	case float64:
		*c.p = int(x)
	case nil:
		*c.p = 0
	default:
		return fmt.Errorf("integer column holds %T", v)
	}
	return nil
}

// where accumulates SQL conditions written in this file and their parameters;
// user values only ever go into args.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

// prefix adds "col starts with p" as an index-friendly range.
func (w *where) prefix(col, p string) {
	w.add(col+" >= ? AND "+col+" < ?", p, prefixUpper(p))
}

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

func prefixCond(col string) string { return "(" + col + " >= ? AND " + col + " < ?)" }

// eventWhere turns an EventFilter into conditions on events e. Actor
// prefixes are expanded to the stored codes they match (see actorSet), so
// that SQLite seeks each code in events_pair, events_dyad, events_source or
// events_target, with the date range as a bound of the seek, instead of
// scanning the range of a prefix. An actor (as source or as target) or a
// dyad (in either direction) is returned apart, as alternatives that each
// event matching f matches at least one of (nil without either): see
// eventSelect. With both an actor and a dyad, the actor is a condition.
func (s *DB) eventWhere(ctx context.Context, f *entente.EventFilter) (*where, []where, error) {
	return s.eventWhereMemo(ctx, f, map[string][]any{})
}

// eventWhereMemo is eventWhere with the stored codes of each actor prefix
// kept in memo (see actorSet), for callers that look at them after.
func (s *DB) eventWhereMemo(ctx context.Context, f *entente.EventFilter, memo map[string][]any) (*where, []where, error) {
	w := &where{}
	var alts []where
	dyad := f.Dyad[0] != "" && f.Dyad[1] != ""
	set := func(col, code string) (actorCond, error) { return s.actorSet(ctx, col, code, memo) }
	if f.Actor != "" {
		src, err := set("e.source", f.Actor)
		if err != nil {
			return nil, nil, err
		}
		tgt, err := set("e.target", f.Actor)
		if err != nil {
			return nil, nil, err
		}
		if dyad {
			w.add("(("+src.cond+") OR ("+tgt.cond+"))", append(append([]any{}, src.args...), tgt.args...)...)
		} else {
			alts = make([]where, 2)
			alts[0].add(src.cond, src.args...)
			alts[1].add(tgt.cond, tgt.args...)
		}
	}
	if f.Source != "" {
		c, err := set("e.source", f.Source)
		if err != nil {
			return nil, nil, err
		}
		w.add(c.cond, c.args...)
	}
	if f.Target != "" {
		c, err := set("e.target", f.Target)
		if err != nil {
			return nil, nil, err
		}
		w.add(c.cond, c.args...)
	}
	if dyad {
		var cs [4]actorCond
		for i, c := range []struct{ col, code string }{
			{"e.source", f.Dyad[0]}, {"e.target", f.Dyad[1]}, {"e.source", f.Dyad[1]}, {"e.target", f.Dyad[0]},
		} {
			var err error
			if cs[i], err = set(c.col, c.code); err != nil {
				return nil, nil, err
			}
		}
		alts = make([]where, 2)
		alts[0].add("("+cs[0].cond+" AND "+cs[1].cond+")", append(append([]any{}, cs[0].args...), cs[1].args...)...)
		alts[1].add("("+cs[2].cond+" AND "+cs[3].cond+")", append(append([]any{}, cs[2].args...), cs[3].args...)...)
	}
	switch {
	case len(f.Code) == 2:
		// A root is the first two digits of its codes (entente.Event):
		// events_root reads it in ID order.
		w.add("e.root = ?", f.Code)
	case f.Code != "":
		w.prefix("e.code", f.Code)
	}
	if f.Root != "" {
		w.add("e.root = ?", f.Root)
	}
	if f.QuadClass != 0 {
		w.add("e.quad = ?", f.QuadClass)
	}
	if !f.From.IsZero() {
		w.add("e.day >= ?", dayNumber(f.From))
	}
	if !f.To.IsZero() {
		w.add("e.day <= ?", dayNumber(f.To))
	}
	if f.Modality != "" {
		w.add("e.modality = ?", string(f.Modality))
	}
	if f.Place != "" {
		w.add("(lower(e.place_name) = lower(?) OR upper(e.place_country) = upper(?))", f.Place, f.Place)
	}
	if f.DictVersion != "" {
		w.add("e.dict_version = ?", f.DictVersion)
	}
	if f.Article != "" {
		w.add(`e.id IN (SELECT m3.event_id FROM mentions m3 WHERE m3.article_id =
			(SELECT a3.id FROM articles a3 WHERE a3.key = ?))`, f.Article)
	}
	if f.Text != "" {
		w.add(`e.id IN (SELECT m2.event_id FROM mentions m2 WHERE m2.article_id IN
			(SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))`, f.Text)
	}
	return w, alts, nil
}

// textError names the full-text query when a query with one fails, since a
// malformed FTS5 query is the likely cause.
func textError(f *entente.EventFilter, err error) error {
	if f.Text == "" {
		return classify(err)
	}
	return fmt.Errorf("with text query %q (FTS5 syntax: words, \"phrases\", AND, OR, NOT, prefix*): %w", f.Text, classify(err))
}

func limitClause(limit, offset int, args []any) (string, []any) {
	if limit <= 0 && offset <= 0 {
		return "", args
	}
	if limit <= 0 {
		limit = -1
	}
	return " LIMIT ? OFFSET ?", append(args, limit, offset)
}

// Articles calls fn for each stored article after the one keyed after, in
// storage order. It reads in pages, so fn may write to the store.
func (s *DB) Articles(ctx context.Context, after string, fn func(*entente.StoredArticle) error) error {
	var last int64
	if after != "" {
		err := s.db.QueryRowContext(ctx, `SELECT id FROM articles WHERE key = ?`, after).Scan(&last)
		if err == sql.ErrNoRows {
			return fmt.Errorf("articles after %q: %w", after, entente.ErrNotFound)
		}
		if err != nil {
			return fmt.Errorf("articles: %w", classify(err))
		}
	}
	const page = 256
	for {
		batch, err := s.articlePage(ctx, last, page)
		if err != nil {
			return fmt.Errorf("articles: %w", err)
		}
		for i := range batch {
			if err := fn(&batch[i].a); err != nil {
				return err
			}
			last = batch[i].id
		}
		if len(batch) < page {
			return nil
		}
	}
}

type idArticle struct {
	id int64
	a  entente.StoredArticle
}

func (s *DB) articlePage(ctx context.Context, after int64, n int) ([]idArticle, error) {
	rows, err := s.query(ctx, `SELECT a.id, a.key, a.source, a.publisher, a.publisher_country, a.language, a.url,
		a.title, a.published, a.date_source, a.content_hash, COALESCE(d.key, ''), a.dict_version, a.paragraphs, a.text
		FROM articles a LEFT JOIN articles d ON d.id = a.duplicate_of WHERE a.id > ? ORDER BY a.id LIMIT ?`, after, n)
	if err != nil {
		return nil, classify(err)
	}
	defer rows.Close()
	var out []idArticle
	for rows.Next() {
		var r idArticle
		var published sql.NullInt64
		var paras string
		a := &r.a
		if err := rows.Scan(&r.id, &a.ID, &a.Source, &a.Publisher, &a.PublisherCountry, &a.Language, &a.URL, &a.Title,
			&published, &a.DateSource, &a.ContentHash, &a.DuplicateOf, &a.DictVersion, &paras, &a.Text); err != nil {
			return nil, err
		}
		a.ContentHash = storedHash(a.ContentHash)
		if published.Valid {
			a.Published = timeFromNanos(published.Int64)
		}
		if paras != "" {
			if err := json.Unmarshal([]byte(paras), &a.Paragraphs); err != nil {
				return nil, fmt.Errorf("article %s: paragraphs: %w", a.ID, err)
			}
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

const eventColumns = `e.id, e.source, e.target, e.code, e.root, e.goldstein, e.quad, e.plover_type, e.plover_mode,
	e.modality, e.day, e.precision, e.historical, e.dict_version, e.num_mentions, e.num_sources, e.num_articles,
	m.coder_id, m.sentence, m.sentence_text, m.src_start, m.src_end, m.tgt_start, m.tgt_end, m.verb_start, m.verb_end,
	m.confidence, m.gap_days, m.date_phrase, m.date_start, m.date_end, m.from_story_date, m.matched, m.quantities, m.place,
	a.key, a.url, a.published`

// eventSelect returns a SELECT of the IDs of the events that match f, in
// ID order and paged by f.Limit and f.Offset, with its parameters; all is
// set (and the query empty) when f selects every event.
//
// An actor or a dyad is read as the UNION of its alternatives (the actor as
// source, as target; the dyad's two directions), each a page of its own
// (the first Offset+Limit IDs): a page of the union is a page of the union
// of those pages. Each alternative reads one index alone (events_source,
// events_target with the date range; events_pair, which lists a pair's
// events in ID order, so that SQLite stops reading each pair once its IDs
// can no longer enter the page), where an OR of the alternatives looked up
// every matching row of the table and sorted them all.
func (s *DB) eventSelect(ctx context.Context, f *entente.EventFilter) (q string, args []any, all bool, err error) {
	w, alts, err := s.eventWhere(ctx, f)
	if err != nil {
		return "", nil, false, err
	}
	lim, largs := limitClause(f.Limit, f.Offset, nil)
	if alts == nil {
		if lim == "" && len(w.conds) == 0 {
			return "", nil, true, nil
		}
		if lim == "" {
			// LIMIT -1 keeps SQLite from flattening the subquery back
			// into a scan of every event in ID order.
			lim = " LIMIT -1"
		}
		return `SELECT e.id FROM events e` + w.sql() + ` ORDER BY e.id` + lim, append(append([]any{}, w.args...), largs...), false, nil
	}
	armLimit := -1
	if f.Limit > 0 {
		armLimit = f.Limit + max(f.Offset, 0)
	}
	if lim == "" {
		lim = " LIMIT -1"
	}
	var parts []string
	for i := range alts {
		arm := &where{conds: append(append([]string{}, w.conds...), alts[i].conds...)}
		args = append(append(append(args, w.args...), alts[i].args...), armLimit)
		// Every condition is a constant of this file; values are in args.
		parts = append(parts, `SELECT id FROM (SELECT e.id FROM events e`+arm.sql()+` ORDER BY e.id LIMIT ?)`)
	}
	return strings.Join(parts, " UNION ") + ` ORDER BY id` + lim, append(args, largs...), false, nil
}

// Events calls fn for each stored event that matches f, in storage order.
func (s *DB) Events(ctx context.Context, f entente.EventFilter, fn func(*entente.StoredEvent) error) error {
	var q string
	var args []any
	ids, chunked, err := s.chunkedPage(ctx, &f)
	switch {
	case err != nil:
		return fmt.Errorf("events: %w", textError(&f, err))
	case chunked && len(ids) == 0:
		return nil
	case chunked:
		// Every ID is a parameter; the text holds placeholders only.
		q = `SELECT ` + eventColumns + ` FROM events e JOIN mentions m ON m.id = e.first_mention
		JOIN articles a ON a.id = m.article_id WHERE e.id IN (?` + strings.Repeat(", ?", len(ids)-1) + `) ORDER BY e.id`
		for _, id := range ids {
			args = append(args, id)
		}
	default:
		sel, sargs, all, err := s.eventSelect(ctx, &f)
		if err != nil {
			return fmt.Errorf("events: %w", err)
		}
		q, args = eventRowsQuery(sel, all), sargs
	}
	rows, err := s.query(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("events: %w", textError(&f, err))
	}
	defer rows.Close()
	for rows.Next() {
		var ev entente.StoredEvent
		if err := scanEvent(rows, &ev); err != nil {
			return fmt.Errorf("events: %w", err)
		}
		if err := fn(&ev); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("events: %w", classify(err))
	}
	return nil
}

// Chunked pages. A page of an actor's events (as source or as target) over
// a date range is the first Offset+Limit IDs of the events in the range:
// through events_source and events_target (source or target, day) SQLite
// reads every event of the actor in the range and keeps the lowest IDs,
// which over a year of a large country is thousands of index entries for a
// page of fifty. events_source_chunk and events_target_chunk (migration 8)
// index the events by actor, chunk of store IDs (id >> chunkShift) and day:
// the page is read chunk by chunk in ID order, each chunk by a seek on the
// actor and the date range, and the reading stops at the first chunks that
// hold the page, since every later chunk holds higher IDs only. A chunk
// without events of the range costs one seek per code, so the reading stays
// cheap when IDs follow dates (a store filled as the news came) and when
// they do not (a store filled from an archive).
const (
	// chunkShift is the width of an ID chunk in bits; it is written into
	// the indexes of migration 8 and must stay as it is there.
	chunkShift = 16
	// maxChunkBatch is the most chunks one query reads.
	maxChunkBatch = 64
	// maxChunkedPage is the largest Offset+Limit read by chunks: the IDs
	// before the page are read into memory.
	maxChunkedPage = 2000
)

// chunkedPage returns the IDs of the page of events that f selects, in ID
// order, read chunk by chunk (see above) when f is an actor's page that can
// be (ok false otherwise: the caller reads it with eventSelect).
func (s *DB) chunkedPage(ctx context.Context, f *entente.EventFilter) (ids []int64, ok bool, err error) {
	dyad := f.Dyad[0] != "" && f.Dyad[1] != ""
	if f.Actor == "" || dyad || f.Limit <= 0 || f.Offset < 0 || f.Offset+f.Limit > maxChunkedPage || f.Text != "" {
		return nil, false, nil
	}
	memo := map[string][]any{}
	w, alts, err := s.eventWhereMemo(ctx, f, memo)
	if err != nil {
		return nil, false, err
	}
	switch codes := len(memo[f.Actor]); {
	case len(alts) != 2 || codes > maxInList:
		// A prefix of many codes is a range of the index's first
		// column, over which the chunks cannot be sought.
		return nil, false, nil
	case codes == 0:
		return nil, true, nil
	}
	var maxID int64
	mrows, err := s.query(ctx, `SELECT COALESCE(MAX(id), 0) FROM events`)
	if err != nil {
		return nil, false, classify(err)
	}
	for mrows.Next() {
		err = mrows.Scan(&maxID)
	}
	if err == nil {
		err = mrows.Err()
	}
	mrows.Close()
	if err != nil {
		return nil, false, classify(err)
	}
	want := f.Offset + f.Limit
	last := maxID >> chunkShift
	for lo, n := int64(0), int64(1); lo <= last && len(ids) < want; lo, n = lo+n, min(2*n, maxChunkBatch) {
		// The list is padded with its last chunk to n entries, so that
		// the query takes a few shapes only (prepared once each).
		chunks := make([]any, 0, n)
		for c := lo; c < lo+n; c++ {
			chunks = append(chunks, min(c, last))
		}
		q, args := chunkSelect(w, alts, chunks, want-len(ids))
		rows, err := s.query(ctx, q, args...)
		if err != nil {
			return nil, false, err
		}
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, false, classify(err)
			}
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, false, classify(err)
		}
	}
	if len(ids) <= f.Offset {
		return nil, true, nil
	}
	return ids[f.Offset:], true, nil
}

// chunkSelect returns the SELECT of the lowest limit IDs of the events in
// the ID chunks listed that match w and one of the alternatives alts, with
// its parameters.
func chunkSelect(w *where, alts []where, chunks []any, limit int) (string, []any) {
	// Every condition is a constant of this file; values are in args.
	chunkCond := "(e.id >> " + strconv.Itoa(chunkShift) + ") IN (?" + strings.Repeat(", ?", len(chunks)-1) + ")"
	var parts []string
	var args []any
	for i := range alts {
		arm := &where{conds: append(append(append([]string{}, w.conds...), alts[i].conds...), chunkCond)}
		parts = append(parts, `SELECT e.id FROM events e`+arm.sql())
		args = append(append(append(args, w.args...), alts[i].args...), chunks...)
	}
	return strings.Join(parts, " UNION ") + ` ORDER BY 1 LIMIT ?`, append(args, limit)
}

// eventRowsQuery returns the query of the events' rows with their first
// mention and article (eventColumns), for the IDs that sel selects (every
// event when all is set), in ID order.
func eventRowsQuery(sel string, all bool) string {
	if all {
		return `SELECT ` + eventColumns + ` FROM events e JOIN mentions m ON m.id = e.first_mention
		JOIN articles a ON a.id = m.article_id ORDER BY e.id`
	}
	// Select (and page) the IDs first, from the indexes alone where the
	// filter allows, and join the evidence of the selected events only.
	// The rows are ordered by p.id, equal to e.id: SQLite then sees that
	// the subquery already delivers that order, where ORDER BY e.id made
	// it sort the joined rows, wide with the evidence, in a temporary
	// B-tree once more.
	return `SELECT ` + eventColumns + ` FROM (` + sel + `) p
		JOIN events e ON e.id = p.id JOIN mentions m ON m.id = e.first_mention
		JOIN articles a ON a.id = m.article_id ORDER BY p.id`
}

func scanEvent(rows *sql.Rows, ev *entente.StoredEvent) error {
	e := &ev.Event
	var modality, precision, matched, quants, place string
	var day int64
	var historical, fromStory int
	var ds, de, published sql.NullInt64
	if err := rows.Scan(&ev.StoreID, &e.Source, &e.Target, &e.Code, &e.Root, &e.Goldstein, intCol{&e.QuadClass}, &e.PloverType,
		&e.PloverMode, &modality, &day, &precision, intCol{&historical}, &e.DictVersion, intCol{&ev.NumMentions}, intCol{&ev.NumSources},
		intCol{&ev.NumArticles}, &e.ID, intCol{&e.Sentence}, &e.SentenceText, intCol{&e.SourceSpan.Start}, intCol{&e.SourceSpan.End},
		intCol{&e.TargetSpan.Start}, intCol{&e.TargetSpan.End}, intCol{&e.VerbSpan.Start}, intCol{&e.VerbSpan.End}, &e.Confidence,
		intCol{&e.When.GapDays}, &e.When.Phrase, &ds, &de, intCol{&fromStory}, &matched, &quants, &place, &e.ArticleID, &ev.URL,
		&published); err != nil {
		return classify(err)
	}
	e.Modality = entente.Modality(modality)
	e.When.Date = dayTime(day)
	e.When.Precision = entente.Precision(precision)
	e.When.Historical = historical != 0
	e.When.FromStoryDate = fromStory != 0
	if ds.Valid {
		e.When.Span = &entente.Span{Start: int(ds.Int64), End: int(de.Int64)}
	}
	if published.Valid {
		ev.Published = timeFromNanos(published.Int64)
	}
	for _, j := range []struct {
		s   string
		dst any
	}{{matched, &e.Matched}, {quants, &e.Quantities}, {place, &e.Place}} {
		if j.s == "" {
			continue
		}
		if err := json.Unmarshal([]byte(j.s), j.dst); err != nil {
			return fmt.Errorf("event %d: %w", ev.StoreID, err)
		}
	}
	return nil
}

// Mentions calls fn for each report of the events that match f.
func (s *DB) Mentions(ctx context.Context, f entente.EventFilter, fn func(*entente.EventMention) error) error {
	sel, args, all, err := s.eventSelect(ctx, &f)
	if err != nil {
		return fmt.Errorf("mentions: %w", err)
	}
	in := ""
	if !all {
		in = ` WHERE m.event_id IN (` + sel + `)`
	}
	q := `SELECT m.event_id, m.coder_id, a.key, m.publisher, a.url, a.published, m.sentence, m.src_start, m.src_end,
		m.tgt_start, m.tgt_end, m.verb_start, m.verb_end, m.confidence, m.gap_days, m.modality, m.dict_version,
		m.duplicate, length(CAST(a.text AS BLOB)), e.day
		FROM mentions m JOIN articles a ON a.id = m.article_id JOIN events e ON e.id = m.event_id` + in + `
		ORDER BY m.event_id, m.article_id, m.id`
	rows, err := s.query(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("mentions: %w", textError(&f, err))
	}
	defer rows.Close()
	for rows.Next() {
		var m entente.EventMention
		var published sql.NullInt64
		var modality string
		var dup int
		var day int64
		if err := rows.Scan(&m.EventStoreID, &m.EventID, &m.ArticleID, &m.Publisher, &m.URL, &published, &m.Sentence,
			&m.SourceSpan.Start, &m.SourceSpan.End, &m.TargetSpan.Start, &m.TargetSpan.End, &m.VerbSpan.Start,
			&m.VerbSpan.End, &m.Confidence, &m.GapDays, &modality, &m.DictVersion, &dup, &m.DocLen, &day); err != nil {
			return fmt.Errorf("mentions: %w", classify(err))
		}
		if published.Valid {
			m.Published = timeFromNanos(published.Int64)
		}
		m.EventDate = dayTime(day)
		m.Modality = entente.Modality(modality)
		m.Duplicate = dup != 0
		if err := fn(&m); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("mentions: %w", classify(err))
	}
	return nil
}

// Relations calls fn for each stored relation assertion that matches f.
func (s *DB) Relations(ctx context.Context, f entente.RelationFilter, fn func(*entente.Relation) error) error {
	w := &where{}
	if f.Actor != "" {
		w.add("("+prefixCond("r.a")+" OR "+prefixCond("r.b")+")", f.Actor, prefixUpper(f.Actor), f.Actor, prefixUpper(f.Actor))
	}
	if f.Dyad[0] != "" && f.Dyad[1] != "" {
		a, b := f.Dyad[0], f.Dyad[1]
		w.add("(("+prefixCond("r.a")+" AND "+prefixCond("r.b")+") OR ("+prefixCond("r.a")+" AND "+prefixCond("r.b")+"))",
			a, prefixUpper(a), b, prefixUpper(b), b, prefixUpper(b), a, prefixUpper(a))
	}
	if f.Sign != 0 {
		w.add("r.sign = ?", f.Sign)
	}
	if !f.From.IsZero() {
		w.add("r.day >= ?", dayNumber(f.From))
	}
	if !f.To.IsZero() {
		w.add("r.day <= ?", dayNumber(f.To))
	}
	lim, args := limitClause(f.Limit, 0, w.args)
	rows, err := s.query(ctx, `SELECT a.key, r.sentence, r.a, r.b, r.directed, r.sign, r.strength, r.phrase,
		r.span_start, r.span_end, r.day, r.precision, r.date_phrase, r.historical, r.gap_days
		FROM relations r JOIN articles a ON a.id = r.article_id`+w.sql()+` ORDER BY r.id`+lim, args...)
	if err != nil {
		return fmt.Errorf("relations: %w", classify(err))
	}
	defer rows.Close()
	for rows.Next() {
		var r entente.Relation
		var directed, historical int
		var day sql.NullInt64
		var precision string
		if err := rows.Scan(&r.ArticleID, &r.Sentence, &r.A, &r.B, &directed, &r.Sign, &r.Strength, &r.Phrase,
			&r.Span.Start, &r.Span.End, &day, &precision, &r.When.Phrase, &historical, &r.When.GapDays); err != nil {
			return fmt.Errorf("relations: %w", classify(err))
		}
		r.Directed = directed != 0
		r.When.Historical = historical != 0
		r.When.Precision = entente.Precision(precision)
		if day.Valid {
			r.When.Date = dayTime(day.Int64)
		}
		if err := fn(&r); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("relations: %w", classify(err))
	}
	return nil
}

// DyadPeriods reads dyad-period aggregates from the rollups: country_month
// for country-level monthly or yearly series, dyad_month for the same by
// exact actor codes, dyad_day otherwise. The monthly rollups are summed per
// dyad and month in SQL, so only the series itself is read into Go.
func (s *DB) DyadPeriods(ctx context.Context, f entente.PeriodFilter, fn func(*entente.DyadPeriod) error) error {
	if !f.Period.Valid() {
		return fmt.Errorf("dyad periods: unknown period %q (day, week, month, year)", f.Period)
	}
	var rows *sql.Rows
	var err error
	byMonth := monthPath(&f)
	switch {
	case byMonth && countryPath(&f):
		rows, err = s.monthRows(ctx, "country_month", &f)
	case byMonth:
		rows, err = s.monthRows(ctx, "dyad_month", &f)
	default:
		rows, err = s.dayRows(ctx, &f)
	}
	if err != nil {
		return fmt.Errorf("dyad periods: %w", err)
	}
	type key struct {
		src, tgt string
		start    int64
		quad     int
	}
	acc := map[key]*entente.DyadPeriod{}
	for rows.Next() {
		var src, tgt string
		var when int64
		var quad, n int
		var g float64
		if err := rows.Scan(&src, &tgt, &when, intCol{&quad}, intCol{&n}, &g); err != nil {
			rows.Close()
			return fmt.Errorf("dyad periods: %w", classify(err))
		}
		if f.ByCountry {
			src, tgt = countryOf(src), countryOf(tgt)
		}
		if !f.Directed && tgt != "" && tgt < src {
			src, tgt = tgt, src
		}
		t := dayTime(when)
		if byMonth {
			t = monthTime(when)
		}
		start := f.Period.Start(t)
		k := key{src, tgt, start.Unix(), quad}
		d := acc[k]
		if d == nil {
			d = &entente.DyadPeriod{Source: src, Target: tgt, Start: start, QuadClass: quad}
			acc[k] = d
		}
		d.Count += n
		d.GoldsteinSum += g
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("dyad periods: %w", classify(err))
	}
	keys := make([]key, 0, len(acc))
	for k := range acc {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.src != b.src {
			return a.src < b.src
		}
		if a.tgt != b.tgt {
			return a.tgt < b.tgt
		}
		if a.start != b.start {
			return a.start < b.start
		}
		return a.quad < b.quad
	})
	for _, k := range keys {
		if err := fn(acc[k]); err != nil {
			return err
		}
	}
	return nil
}

// monthPath reports whether f can be answered from a monthly rollup: a
// series by month or year, without a root filter, over whole months.
func monthPath(f *entente.PeriodFilter) bool {
	if f.Root != "" || (f.Period != entente.Month && f.Period != entente.Year) {
		return false
	}
	if !f.From.IsZero() && f.From.UTC().Day() != 1 {
		return false
	}
	if !f.To.IsZero() && f.To.UTC().AddDate(0, 0, 1).Day() != 1 {
		return false
	}
	return true
}

// countryPath reports whether a monthly series f can be read from
// country_month: country-level, with actor prefixes that are empty or three
// letters long.
func countryPath(f *entente.PeriodFilter) bool {
	if !f.ByCountry {
		return false
	}
	return (f.Source == "" || len(f.Source) == 3) && (f.Target == "" || len(f.Target) == 3)
}

// monthRows reads a monthly rollup, country_month or dyad_month (table is
// one of these constants), summed in SQL per dyad (folded to countries and
// to one direction as f asks), month and QuadClass.
func (s *DB) monthRows(ctx context.Context, table string, f *entente.PeriodFilter) (*sql.Rows, error) {
	branches, err := s.dyadBranches(ctx, table == "country_month", f)
	if err != nil {
		return nil, err
	}
	common := &where{}
	if !f.From.IsZero() {
		common.add("month >= ?", monthNumber(dayNumber(f.From)))
	}
	if !f.To.IsZero() {
		common.add("month <= ?", monthNumber(dayNumber(f.To)))
	}
	if f.QuadClass != 0 {
		common.add("quad = ?", f.QuadClass)
	}
	if f.Modality != "" {
		common.add("modality = ?", string(f.Modality))
	}
	// Fold in SQL what the caller folds anyway: actors to countries, and the
	// two directions of an undirected dyad to the ordered pair.
	a, b := "source", "target"
	if f.ByCountry {
		a, b = "substr(source, 1, 3)", "substr(target, 1, 3)"
	}
	inner, args := union(`SELECT `+a+` AS a, `+b+` AS b, month, quad, n, goldstein FROM `+table, branches, common)
	s1, s2 := "a", "b"
	if !f.Directed {
		s1 = "CASE WHEN b <> '' AND b < a THEN b ELSE a END"
		s2 = "CASE WHEN b <> '' AND b < a THEN a ELSE b END"
	}
	// Every identifier and expression above is a constant of this file; the
	// user's values are in args.
	q := `SELECT ` + s1 + `, ` + s2 + `, month, quad, SUM(n), SUM(goldstein) FROM (` + inner + `) GROUP BY 1, 2, 3, 4`
	rows, err := s.query(ctx, q, args...)
	return rows, classify(err)
}

// union returns the UNION ALL of head (a SELECT without WHERE) over each
// branch's conditions together with common's, and the parameters in order.
func union(head string, branches []*where, common *where) (string, []any) {
	var parts []string
	var args []any
	for _, b := range branches {
		w := &where{conds: append(append([]string{}, b.conds...), common.conds...)}
		parts = append(parts, head+w.sql())
		args = append(append(args, b.args...), common.args...)
	}
	return strings.Join(parts, " UNION ALL "), args
}

// dyadBranches returns f's actor conditions as disjoint branches to be read
// one after the other: one, or for an undirected dyad two (A->B, then B->A
// where not already read). Separate branches let SQLite seek the rollup's key
// for each, where an OR would collect and deduplicate keys first. With exact
// true the actors are compared whole (country_month), otherwise as prefixes
// expanded to the stored codes, so that the rollup is read by seeks on its
// key rather than by a range scan.
func (s *DB) dyadBranches(ctx context.Context, exact bool, f *entente.PeriodFilter) ([]*where, error) {
	return s.dyadBranchesOf(ctx, exact, f, nil)
}

// dyadBranchesOf is dyadBranches with the prefixes expanded to the stored
// codes that keep accepts (every code when keep is nil; see actorSetOf).
func (s *DB) dyadBranchesOf(ctx context.Context, exact bool, f *entente.PeriodFilter, keep func(code string) bool) ([]*where, error) {
	memo := map[string][]any{}
	set := func(col, code string) (actorCond, error) {
		if exact {
			if code == "" {
				return actorCond{cond: "1"}, nil
			}
			// col is one of this file's constants.
			return actorCond{cond: col + " = ?", args: []any{code}}, nil
		}
		return s.actorSetOf(ctx, col, code, memo, keep)
	}
	src, err := set("source", f.Source)
	if err != nil {
		return nil, err
	}
	tgt, err := set("target", f.Target)
	if err != nil {
		return nil, err
	}
	one := &where{}
	if f.Source != "" {
		one.add(src.cond, src.args...)
	}
	if f.Target != "" {
		one.add(tgt.cond, tgt.args...)
	}
	if f.Source == "" || f.Target == "" || f.Directed {
		return []*where{one}, nil
	}
	rs, err := set("source", f.Target)
	if err != nil {
		return nil, err
	}
	rt, err := set("target", f.Source)
	if err != nil {
		return nil, err
	}
	two := &where{}
	two.add(rs.cond, rs.args...)
	two.add(rt.cond, rt.args...)
	two.add("NOT ("+src.cond+" AND "+tgt.cond+")", append(append([]any{}, src.args...), tgt.args...)...)
	return []*where{one, two}, nil
}

func (s *DB) dayRows(ctx context.Context, f *entente.PeriodFilter) (*sql.Rows, error) {
	branches, err := s.dyadBranches(ctx, false, f)
	if err != nil {
		return nil, err
	}
	common := &where{}
	if !f.From.IsZero() {
		common.add("day >= ?", dayNumber(f.From))
	}
	if !f.To.IsZero() {
		common.add("day <= ?", dayNumber(f.To))
	}
	if f.Root != "" {
		common.add("root = ?", f.Root)
	}
	if f.QuadClass != 0 {
		common.add("quad = ?", f.QuadClass)
	}
	if f.Modality != "" {
		common.add("modality = ?", string(f.Modality))
	}
	q, args := union(`SELECT source, target, day, quad, n, goldstein FROM dyad_day`, branches, common)
	rows, err := s.query(ctx, q, args...)
	return rows, classify(err)
}

// maxInList is the most codes a prefix is expanded to before DyadPeriods
// falls back to a range scan.
const maxInList = 500

// actorCond is a condition on an actor column with its parameters.
type actorCond struct {
	cond string
	args []any
}

// actorSet expands an actor code prefix into "col IN (codes...)" over the
// codes stored in actor_counts, or a range condition when there are many.
// The codes of each prefix are read once per memo (nil reads them every
// time): a dyad's filter expands each of its prefixes as source and as
// target.
func (s *DB) actorSet(ctx context.Context, col, prefix string, memo map[string][]any) (actorCond, error) {
	return s.actorSetOf(ctx, col, prefix, memo, nil)
}

// actorSetOf is actorSet over the codes that keep accepts (all when keep is
// nil). A prefix of more than maxInList codes stays a range condition, keep
// unapplied: the caller must still check the codes it reads.
func (s *DB) actorSetOf(ctx context.Context, col, prefix string, memo map[string][]any, keep func(code string) bool) (actorCond, error) {
	if prefix == "" {
		return actorCond{cond: "1"}, nil
	}
	args, ok := memo[prefix]
	if !ok {
		var err error
		if args, err = s.actorCodes(ctx, prefix); err != nil {
			return actorCond{}, err
		}
		if memo != nil {
			memo[prefix] = args
		}
	}
	if len(args) > maxInList {
		return actorCond{cond: prefixCond(col), args: []any{prefix, prefixUpper(prefix)}}, nil
	}
	if keep != nil {
		kept := make([]any, 0, len(args))
		for _, c := range args {
			if keep(c.(string)) {
				kept = append(kept, c)
			}
		}
		args = kept
	}
	if len(args) == 0 {
		return actorCond{cond: "0"}, nil
	}
	// col is one of this file's constants; the codes are parameters.
	return actorCond{cond: col + " IN (?" + strings.Repeat(", ?", len(args)-1) + ")", args: args}, nil
}

// actorCodes returns the stored actor codes that start with prefix, up to
// maxInList+1 of them.
func (s *DB) actorCodes(ctx context.Context, prefix string) ([]any, error) {
	rows, err := s.query(ctx, `SELECT code FROM actor_counts WHERE code >= ? AND code < ? LIMIT ?`,
		prefix, prefixUpper(prefix), maxInList+1)
	if err != nil {
		return nil, classify(err)
	}
	defer rows.Close()
	var args []any
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, classify(err)
		}
		args = append(args, c)
	}
	if err := rows.Err(); err != nil {
		return nil, classify(err)
	}
	return args, nil
}

// Actors lists actor codes with their event counts, most frequent first.
func (s *DB) Actors(ctx context.Context) ([]entente.ActorCount, error) {
	rows, err := s.query(ctx, `SELECT code, as_source, as_target FROM actor_counts
		ORDER BY as_source + as_target DESC, code`)
	if err != nil {
		return nil, fmt.Errorf("actors: %w", classify(err))
	}
	defer rows.Close()
	var out []entente.ActorCount
	for rows.Next() {
		var a entente.ActorCount
		if err := rows.Scan(&a.Code, &a.AsSource, &a.AsTarget); err != nil {
			return nil, fmt.Errorf("actors: %w", classify(err))
		}
		out = append(out, a)
	}
	return out, rows.Err()
}
