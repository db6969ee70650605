package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"

	"entente"
)

// validate checks that a coded article can be stored.
func validate(c *entente.CodedArticle) error {
	n := len(c.Article.Text)
	for i, p := range c.Article.Paragraphs {
		if !p.Valid(n) {
			return fmt.Errorf("paragraph %d: span %v outside the text (%d bytes)", i, p, n)
		}
	}
	for i, m := range c.Mentions {
		if !m.Span.Valid(n) {
			return fmt.Errorf("actor mention %d: span %v outside the text (%d bytes)", i, m.Span, n)
		}
		if m.Code == "" {
			return fmt.Errorf("actor mention %d: empty actor code", i)
		}
	}
	for i := range c.Events {
		e := &c.Events[i]
		if err := validCode(e.Code); err != nil {
			return fmt.Errorf("event %d: %w", i, err)
		}
		for _, s := range []entente.Span{e.SourceSpan, e.TargetSpan, e.VerbSpan} {
			if !s.Valid(n) {
				return fmt.Errorf("event %d: span %v outside the text (%d bytes)", i, s, n)
			}
		}
		if e.When.Date.IsZero() && c.Article.Published.IsZero() {
			return fmt.Errorf("event %d: no event date and no publication date (the input dates the article nowhere: give it one, e.g. entente ingest --date YYYY-MM-DD)", i)
		}
		if e.Confidence < 0 || e.Confidence > 1 || e.Confidence != e.Confidence {
			return fmt.Errorf("event %d: confidence %v outside [0, 1]", i, e.Confidence)
		}
	}
	for i, r := range c.Relations {
		if r.A == "" || r.B == "" {
			return fmt.Errorf("relation %d: empty actor code", i)
		}
		if !r.Span.Valid(n) {
			return fmt.Errorf("relation %d: span %v outside the text (%d bytes)", i, r.Span, n)
		}
	}
	return nil
}

// validCode reports whether code is a CAMEO event code: 2 to 4 digits.
func validCode(code string) error {
	if len(code) < 2 || len(code) > 4 {
		return fmt.Errorf("event code %q is not 2 to 4 digits", code)
	}
	for i := 0; i < len(code); i++ {
		if code[i] < '0' || code[i] > '9' {
			return fmt.Errorf("event code %q is not 2 to 4 digits", code)
		}
	}
	return nil
}

// rollKey is one row of the dyad_day rollup.
type rollKey struct {
	source, target string
	day            int64
	root           string
	quad           int
	modality       string
}

// less orders rollup keys as the table's primary key does.
func (k rollKey) less(o rollKey) bool {
	if k.source != o.source {
		return k.source < o.source
	}
	if k.target != o.target {
		return k.target < o.target
	}
	if k.day != o.day {
		return k.day < o.day
	}
	if k.root != o.root {
		return k.root < o.root
	}
	if k.quad != o.quad {
		return k.quad < o.quad
	}
	return k.modality < o.modality
}

type rollVal struct {
	n int
	g float64
}

type actorVal struct{ src, tgt int }

// monthKey is one row of the country_month rollup.
type monthKey struct {
	source, target string
	month          int64
	quad           int
	modality       string
}

// less orders monthly rollup keys as the tables' primary keys do.
func (k monthKey) less(o monthKey) bool {
	if k.source != o.source {
		return k.source < o.source
	}
	if k.target != o.target {
		return k.target < o.target
	}
	if k.month != o.month {
		return k.month < o.month
	}
	if k.quad != o.quad {
		return k.quad < o.quad
	}
	return k.modality < o.modality
}

// monthNumber returns the months from January 1970 to the month of day d.
func monthNumber(d int64) int64 {
	t := dayTime(d)
	return int64(t.Year()-1970)*12 + int64(t.Month()) - 1
}

// monthTime is the inverse of monthNumber.
func monthTime(m int64) time.Time {
	return time.Date(1970+int(m/12), time.Month(m%12+1), 1, 0, 0, 0, 0, time.UTC)
}

// writer holds one write transaction with its statements and pending
// rollup deltas.
type writer struct {
	ctx context.Context
	db  *DB
	tx  *sql.Tx
	st  map[string]*sql.Stmt
	// wanted are the statements prepared in this transaction that the store
	// has not cached yet, by name.
	wanted map[string]string
	next   struct{ article, event, mention int64 }
	// reuse holds the IDs of events that re-coding emptied (ReplaceCoding),
	// by what they were: a re-coded report of the same event gets its ID
	// back rather than a new one, so that IDs users saved stay valid.
	reuse map[reuseKey][]int64
	roll  map[rollKey]rollVal
	month map[monthKey]rollVal // country_month
	// dmonth is dyad_month: monthKey with the exact codes.
	dmonth map[monthKey]rollVal
	act    map[string]actorVal
	// pending are the reports waiting for flushEvents.
	pending []*pendingEvent
	// slab allocates the pending articles and reports.
	slab slab
	// actorRows and relationRows are the rows of actor_mentions and
	// relations waiting for flushRows, and firstArticle the ID of the
	// first article of the transaction, from which flushRows indexes the
	// new articles' text.
	actorRows, relationRows []any
	firstArticle            int64
	// arts holds the articles of the transaction not yet written.
	arts batchArticles
	// cache, for a Loader, keeps merge candidates between transactions
	// (nil otherwise).
	cache *candidateCache
	// raw, for a Loader (a bulk load, or PutArticles on a file) on a
	// connection of its own, runs the multi-row INSERTs on the driver's
	// connection directly (nil otherwise).
	raw *rawStmts
	// places memoizes the JSON texts of places (see placeJSON).
	places map[placeKey]string
	// bufs, for a Loader, are its buffers of row values (nil otherwise).
	bufs *rowBufs
}

// rowBufs are the buffers of row values that the writers of a Loader
// reuse from batch to batch: a batch of 20,000 rows fills megabytes of
// them, which were allocated (and collected) again at every batch.
type rowBufs struct{ articles, events, mentions []any }

// reuse empties vals for reuse, dropping the values it held.
func reuse(vals []any) []any {
	clear(vals)
	return vals[:0]
}

var statements = map[string]string{
	// text <> '' lets SQLite read the partial index articles_hash; a text
	// looked up by its hash is never empty.
	"articleByHash": `SELECT id, key FROM articles WHERE content_hash = ? AND text <> '' AND duplicate_of IS NULL ORDER BY id LIMIT 1`,
	"bandCands": `SELECT a.id, a.key, a.simhash FROM article_bands b JOIN articles a ON a.id = b.article_id
		WHERE b.band IN (?, ?, ?, ?) AND a.duplicate_of IS NULL ORDER BY a.id LIMIT 64`,
	"indexText": `INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles
		WHERE id >= ? AND id < ? AND (text <> '' OR title <> '') ORDER BY id`,
	"rollDrop":   `DELETE FROM dyad_day WHERE source = ? AND target = ? AND day = ? AND root = ? AND quad = ? AND modality = ? AND n <= 0`,
	"dmonthDrop": `DELETE FROM dyad_month WHERE source = ? AND target = ? AND month = ? AND quad = ? AND modality = ? AND n <= 0`,
	"monthDrop":  `DELETE FROM country_month WHERE source = ? AND target = ? AND month = ? AND quad = ? AND modality = ? AND n <= 0`,
	"actorDrop":  `DELETE FROM actor_counts WHERE code = ? AND as_source <= 0 AND as_target <= 0`,
}

func (s *DB) begin(ctx context.Context) (*writer, error) { return s.beginOn(ctx, nil) }

// beginOn begins a write transaction on conn, or on a connection of the pool
// when conn is nil.
func (s *DB) beginOn(ctx context.Context, conn *sql.Conn) (*writer, error) {
	if s.readOnly {
		return nil, entente.ErrReadOnly
	}
	var tx *sql.Tx
	var err error
	if conn != nil {
		tx, err = conn.BeginTx(ctx, nil)
	} else {
		tx, err = s.db.BeginTx(ctx, nil)
	}
	if err != nil {
		return nil, fmt.Errorf("begin: %w", classify(err))
	}
	w := &writer{ctx: ctx, db: s, tx: tx, st: map[string]*sql.Stmt{}, roll: map[rollKey]rollVal{}, month: map[monthKey]rollVal{}, dmonth: map[monthKey]rollVal{}, act: map[string]actorVal{}}
	for _, q := range []struct {
		table string
		dst   *int64
	}{{"articles", &w.next.article}, {"events", &w.next.event}, {"mentions", &w.next.mention}} {
		// Table names are constants of this file. A bare MAX(id) is answered
		// from the end of the table's b-tree, without a scan.
		var max sql.NullInt64
		if err := tx.QueryRowContext(ctx, "SELECT MAX(id) FROM "+q.table).Scan(&max); err != nil {
			tx.Rollback()
			return nil, fmt.Errorf("begin: %w", classify(err))
		}
		*q.dst = max.Int64 + 1
	}
	w.firstArticle = w.next.article
	return w, nil
}

func (w *writer) stmt(name string) (*sql.Stmt, error) { return w.prepare(name, statements[name]) }

// prepare returns the statement named name, with text query, for use in the
// transaction. A statement the store has prepared before is reused from its
// cache (SQLite need not parse it again); a new one is prepared in the
// transaction and added to the cache after the commit (see keepStatements).
func (w *writer) prepare(name, query string) (*sql.Stmt, error) {
	if st, ok := w.st[name]; ok {
		return st, nil
	}
	var st *sql.Stmt
	if parent, ok := w.db.stmts.Load(name); ok {
		st = w.tx.StmtContext(w.ctx, parent.(*sql.Stmt))
	} else {
		var err error
		if st, err = w.tx.PrepareContext(w.ctx, query); err != nil {
			return nil, fmt.Errorf("prepare %s: %w", name, classify(err))
		}
		if w.wanted == nil {
			w.wanted = map[string]string{}
		}
		w.wanted[name] = query
	}
	w.st[name] = st
	return st, nil
}

// maxWriteStmts bounds the writers' statements the store keeps prepared
// (see maxRawStmts).
const maxWriteStmts = 256

// keepStatements prepares, outside any transaction, the statements a
// committed writer used for the first time, so that later writers reuse
// them. Failures only cost speed and are ignored.
func (s *DB) keepStatements(ctx context.Context, w *writer) {
	for name, q := range w.wanted {
		if _, ok := s.stmts.Load(name); ok {
			continue
		}
		if s.nstmts.Load() >= maxWriteStmts {
			// Statements past the bound are prepared in each transaction.
			return
		}
		st, err := s.db.PrepareContext(ctx, q)
		if err != nil {
			continue
		}
		if _, loaded := s.stmts.LoadOrStore(name, st); loaded {
			st.Close()
		} else {
			s.nstmts.Add(1)
		}
	}
}

func (w *writer) exec(name string, args ...any) (sql.Result, error) {
	st, err := w.stmt(name)
	if err != nil {
		return nil, err
	}
	r, err := st.ExecContext(w.ctx, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, classify(err))
	}
	return r, nil
}

func (w *writer) queryRow(name string, args ...any) (*sql.Row, error) {
	st, err := w.stmt(name)
	if err != nil {
		return nil, err
	}
	return st.QueryRowContext(w.ctx, args...), nil
}

// The rollup upserts: each key occurs once per batch (the deltas are summed
// in memory first), so one multi-row statement can carry many keys.
const (
	upsertDay         = `INSERT INTO dyad_day (source, target, day, root, quad, modality, n, goldstein)`
	upsertDayTail     = `ON CONFLICT (source, target, day, root, quad, modality) DO UPDATE SET n = n + excluded.n, goldstein = goldstein + excluded.goldstein`
	upsertMonth       = `INSERT INTO dyad_month (source, target, month, quad, modality, n, goldstein)`
	upsertMonthTail   = `ON CONFLICT (source, target, month, quad, modality) DO UPDATE SET n = n + excluded.n, goldstein = goldstein + excluded.goldstein`
	upsertCountry     = `INSERT INTO country_month (source, target, month, quad, modality, n, goldstein)`
	upsertCountryTail = `ON CONFLICT (source, target, month, quad, modality) DO UPDATE SET n = n + excluded.n, goldstein = goldstein + excluded.goldstein`
	upsertActor       = `INSERT INTO actor_counts (code, as_source, as_target)`
	upsertActorTail   = `ON CONFLICT (code) DO UPDATE SET as_source = as_source + excluded.as_source, as_target = as_target + excluded.as_target`
)

// commit flushes the rows and rollups and commits.
func (w *writer) commit() error {
	if err := w.flushRows(); err != nil {
		w.rollback()
		return err
	}
	if err := w.flushRollups(); err != nil {
		w.rollback()
		return err
	}
	w.closeStmts()
	err := w.tx.Commit()
	// Even a failed commit may have changed the database (a cache may not
	// trust what it read before).
	w.db.commits.Add(1)
	if err != nil {
		return fmt.Errorf("commit: %w", classify(err))
	}
	return nil
}

// flushRows writes the actor mentions and relations of the transaction with
// multi-row INSERTs, and indexes the text of its new articles for full-text
// search in one statement that reads them from the articles table (FTS5's
// external content), rather than one INSERT per article that copied each
// text through the driver again.
func (w *writer) flushRows() error {
	if err := w.multiInsert(`INSERT INTO actor_mentions (article_id, sentence, tok_start, tok_end, span_start, span_end,
		code, kind, antecedent, entries)`, "", 10, w.actorRows); err != nil {
		return fmt.Errorf("actor mentions: %w", err)
	}
	w.actorRows = w.actorRows[:0]
	if err := w.multiInsert(`INSERT INTO relations (article_id, sentence, a, b, directed, sign, strength, phrase,
		span_start, span_end, day, precision, date_phrase, historical, gap_days)`, "", 15, w.relationRows); err != nil {
		return fmt.Errorf("relations: %w", err)
	}
	w.relationRows = w.relationRows[:0]
	if w.next.article > w.firstArticle {
		if _, err := w.exec("indexText", w.firstArticle, w.next.article); err != nil {
			return err
		}
		w.firstArticle = w.next.article
	}
	return nil
}

// flushRollups writes the summed rollup deltas of the transaction, one row
// per key, in key order (so that the b-tree pages are visited in order), and
// removes rows whose counts fell to zero.
func (w *writer) flushRollups() error {
	days := make([]rollKey, 0, len(w.roll))
	for k, v := range w.roll {
		if v.n != 0 || v.g != 0 {
			days = append(days, k)
		}
	}
	sort.Slice(days, func(i, j int) bool { return days[i].less(days[j]) })
	rows := make([]any, 0, 8*len(days))
	var drops [][]any
	for _, k := range days {
		v := w.roll[k]
		rows = append(rows, k.source, k.target, k.day, k.root, k.quad, k.modality, v.n, v.g)
		if v.n < 0 {
			drops = append(drops, []any{k.source, k.target, k.day, k.root, k.quad, k.modality})
		}
	}
	if err := w.multiInsert(upsertDay, upsertDayTail, 8, rows); err != nil {
		return fmt.Errorf("dyad_day: %w", err)
	}
	for _, d := range drops {
		if _, err := w.exec("rollDrop", d...); err != nil {
			return err
		}
	}
	for _, m := range []struct {
		acc        map[monthKey]rollVal
		head, tail string
		drop       string
	}{{w.dmonth, upsertMonth, upsertMonthTail, "dmonthDrop"}, {w.month, upsertCountry, upsertCountryTail, "monthDrop"}} {
		keys := make([]monthKey, 0, len(m.acc))
		for k, v := range m.acc {
			if v.n != 0 || v.g != 0 {
				keys = append(keys, k)
			}
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i].less(keys[j]) })
		rows = rows[:0]
		drops = drops[:0]
		for _, k := range keys {
			v := m.acc[k]
			rows = append(rows, k.source, k.target, k.month, k.quad, k.modality, v.n, v.g)
			if v.n < 0 {
				drops = append(drops, []any{k.source, k.target, k.month, k.quad, k.modality})
			}
		}
		if err := w.multiInsert(m.head, m.tail, 7, rows); err != nil {
			return fmt.Errorf("monthly rollup: %w", err)
		}
		for _, d := range drops {
			if _, err := w.exec(m.drop, d...); err != nil {
				return err
			}
		}
	}
	codes := make([]string, 0, len(w.act))
	for c, v := range w.act {
		if v.src != 0 || v.tgt != 0 {
			codes = append(codes, c)
		}
	}
	sort.Strings(codes)
	rows = rows[:0]
	drops = drops[:0]
	for _, c := range codes {
		v := w.act[c]
		rows = append(rows, c, v.src, v.tgt)
		if v.src < 0 || v.tgt < 0 {
			drops = append(drops, []any{c})
		}
	}
	if err := w.multiInsert(upsertActor, upsertActorTail, 3, rows); err != nil {
		return fmt.Errorf("actor counts: %w", err)
	}
	for _, d := range drops {
		if _, err := w.exec("actorDrop", d...); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) closeStmts() {
	for _, st := range w.st {
		st.Close()
	}
	w.st = map[string]*sql.Stmt{}
}

func (w *writer) rollback() {
	w.closeStmts()
	w.tx.Rollback()
}

// addRoll records a change of one event in the rollups.
func (w *writer) addRoll(source, target string, day int64, root string, quad int, modality string, goldstein float64, sign int) {
	k := rollKey{source, target, day, root, quad, modality}
	v := w.roll[k]
	v.n += sign
	v.g += float64(sign) * goldstein
	w.roll[k] = v
	month := monthNumber(day)
	mk := monthKey{countryOf(source), countryOf(target), month, quad, modality}
	mv := w.month[mk]
	mv.n += sign
	mv.g += float64(sign) * goldstein
	w.month[mk] = mv
	dk := monthKey{source, target, month, quad, modality}
	dv := w.dmonth[dk]
	dv.n += sign
	dv.g += float64(sign) * goldstein
	w.dmonth[dk] = dv
	if source != "" {
		a := w.act[source]
		a.src += sign
		w.act[source] = a
	}
	if target != "" {
		a := w.act[target]
		a.tgt += sign
		w.act[target] = a
	}
}

// PutArticles stores a batch of coded articles in one transaction. A store
// in a file writes on a connection of its own, as a Loader does (see
// putOwn); an in-memory store on its one connection.
func (s *DB) PutArticles(ctx context.Context, batch []entente.CodedArticle) ([]entente.PutResult, error) {
	if s.path != ":memory:" && !s.readOnly {
		return s.putOwn(ctx, batch)
	}
	w, err := s.begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("put articles: %w", err)
	}
	out := make([]entente.PutResult, len(batch))
	if err := w.putArticles(batch, out); err != nil {
		w.rollback()
		return nil, err
	}
	if err := w.flushEvents(); err != nil {
		w.rollback()
		return nil, fmt.Errorf("put articles: %w", err)
	}
	if err := w.commit(); err != nil {
		return nil, fmt.Errorf("put articles: %w", err)
	}
	s.keepStatements(ctx, w)
	n := 0
	for i := range out {
		n += out[i].Events
	}
	s.noteWritten(ctx, n)
	return out, nil
}

// putOwn is PutArticles on the store's writing connection: a Loader that
// keeps every index, opened at the first write and kept until Close, so
// that its multi-row INSERTs are bound on the driver's connection directly
// and the merge candidates read or written by one batch serve the next
// ones, as long as no other connection writes (see Loader.Put). Batches
// are written one at a time, as SQLite would serialise them anyway.
func (s *DB) putOwn(ctx context.Context, batch []entente.CodedArticle) ([]entente.PutResult, error) {
	s.own.Lock()
	defer s.own.Unlock()
	if s.own.closed {
		return nil, fmt.Errorf("put articles: store closed")
	}
	if s.own.l == nil {
		l, err := s.newLoader(ctx)
		if err != nil {
			return nil, fmt.Errorf("put articles: %w", err)
		}
		l.cands.max = maxWriterCandidates
		s.own.l = l
	}
	out, n, err := s.own.l.put(ctx, batch)
	if err != nil {
		// The connection may be the cause: the next write opens a new one.
		s.own.l.release()
		s.own.l = nil
		return nil, err
	}
	s.noteWritten(ctx, n)
	return out, nil
}

// maxWriterCandidates bounds the merge candidates PutArticles keeps in
// memory between batches (about 200 bytes each), fewer than a bulk load
// keeps: an ingest or a server keeps its store open long.
const maxWriterCandidates = 1 << 17

// errBadArticle marks validation failures, which reject one article only.
var errBadArticle = errors.New("bad article")

// emptyHash is the content hash of an empty text (every imported row's).
var emptyHash = contentHash("")

// storedHash is the content hash of an article as read from its row: an
// article without text (an imported row) is stored with an empty
// content_hash since schema version 11, rather than the 64 characters of
// emptyHash, which were a third of such a row; rows stored before keep
// emptyHash. No lookup asks for the hash of the empty text.
func storedHash(h string) string {
	if h == "" {
		return emptyHash
	}
	return h
}

// textHash is contentHash, with the hash of the empty text computed once.
func textHash(text string) string {
	if text == "" {
		return emptyHash
	}
	return contentHash(text)
}

// batchOriginal is an article of the transaction that is not a near
// duplicate, which later articles of the batch may copy.
type batchOriginal struct {
	id  int64
	key string
	sim uint64
}

// batchArticles is what a transaction knows of the articles it has added
// and not yet written: their keys, the first original of each content
// hash and the originals by simhash band, so that an article may be found
// a copy of one earlier in its own batch as if that one were stored.
type batchArticles struct {
	keys      map[string]string // key -> content hash (textHash)
	hashFirst map[string]batchOriginal
	origs     []batchOriginal
	bands     map[int64][]int // band key -> indexes in origs, ascending
	// articleRows and bandRows are the rows waiting for flushArticles.
	articleRows, bandRows []any
}

// putArticles adds a batch of articles to the transaction: the keys of the
// batch are looked up together, the new articles are written with
// multi-row INSERTs once the batch is read, and their codings are queued.
// An error aborts the whole batch; a validation failure rejects only its
// article.
func (w *writer) putArticles(batch []entente.CodedArticle, out []entente.PutResult) error {
	hashes := make([]string, len(batch))
	keys := make([]string, 0, len(batch))
	for i := range batch {
		a := &batch[i].Article
		hashes[i] = textHash(a.Text)
		key := articleKey(a, hashes[i])
		out[i] = entente.PutResult{ArticleID: key}
		if err := validate(&batch[i]); err != nil {
			out[i].Status = entente.PutRejected
			out[i].Err = fmt.Errorf("%w %s (%s): %w", errBadArticle, key, a.Source, err)
			continue
		}
		keys = append(keys, key)
	}
	stored, err := w.storedKeys(keys)
	if err != nil {
		return fmt.Errorf("put articles: %w", err)
	}
	if w.arts.articleRows == nil && w.bufs != nil {
		w.arts.articleRows = w.bufs.articles
	}
	w.arts.articleRows = slices.Grow(w.arts.articleRows, 16*len(keys))
	if w.arts.keys == nil {
		w.arts.keys = map[string]string{}
		w.arts.hashFirst = map[string]batchOriginal{}
		w.arts.bands = map[int64][]int{}
	}
	for i := range batch {
		res := &out[i]
		if res.Status == entente.PutRejected {
			continue
		}
		h, ok := stored[res.ArticleID]
		if !ok {
			h, ok = w.arts.keys[res.ArticleID]
		}
		if ok && h != hashes[i] {
			// one ID for two texts: the input reuses IDs, and the
			// second article would be lost without a word
			res.Status = entente.PutRejected
			res.Err = fmt.Errorf("%w %s (%s): its ID is already stored with another text (give each article an ID of its own)",
				errBadArticle, res.ArticleID, batch[i].Article.Source)
			continue
		}
		if ok {
			res.Status = entente.PutExisting
			continue
		}
		w.arts.keys[res.ArticleID] = hashes[i]
		if err := w.putArticle(&batch[i], hashes[i], res); err != nil {
			return fmt.Errorf("put article %q: %w", batch[i].Article.ID, err)
		}
	}
	if err := w.flushArticles(); err != nil {
		return fmt.Errorf("put articles: %w", err)
	}
	return nil
}

// storedKeysQuery is the query of the stored keys among n: the keys are a
// VALUES list, each looked up in the key index (TestStoredKeysPlan); "key
// IN (...)" had SQLite build and read a temporary index of the keys first,
// half as much work again. Only placeholders are added to constant text.
func storedKeysQuery(n int) string {
	return `SELECT a.key, a.content_hash FROM (VALUES (?)` + strings.Repeat(", (?)", n-1) + `) v JOIN articles a ON a.key = v.column1`
}

// storedKeys returns which of keys are stored, with the hash of their
// text (textHash), asking for many at once.
func (w *writer) storedKeys(keys []string) (map[string]string, error) {
	const perStmt = 500
	out := map[string]string{}
	for len(keys) > 0 {
		n := chunk(perStmt, len(keys))
		st, err := w.prepare(fmt.Sprintf("storedKeys#%d", n), storedKeysQuery(n))
		if err != nil {
			return nil, err
		}
		args := make([]any, n)
		for i, k := range keys[:n] {
			args[i] = k
		}
		keys = keys[n:]
		rows, err := st.QueryContext(w.ctx, args...)
		if err != nil {
			return nil, fmt.Errorf("look up articles: %w", classify(err))
		}
		for rows.Next() {
			var k, h string
			if err := rows.Scan(&k, &h); err != nil {
				rows.Close()
				return nil, fmt.Errorf("look up articles: %w", classify(err))
			}
			out[k] = storedHash(h)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("look up articles: %w", classify(err))
		}
	}
	return out, nil
}

// flushArticles writes the articles and simhash bands the transaction has
// added since the last flush.
func (w *writer) flushArticles() error {
	if err := w.multiInsert(`INSERT INTO articles (id, key, source, publisher, publisher_country, language, url, title,
		published, date_source, content_hash, simhash, duplicate_of, dict_version, paragraphs, text)`, "", 16, w.arts.articleRows); err != nil {
		return fmt.Errorf("articles: %w", err)
	}
	w.arts.articleRows = reuse(w.arts.articleRows)
	if w.bufs != nil {
		w.bufs.articles = w.arts.articleRows
	}
	if err := w.multiInsert(`INSERT OR IGNORE INTO article_bands (band, article_id)`, "", 2, w.arts.bandRows); err != nil {
		return fmt.Errorf("simhash bands: %w", err)
	}
	w.arts.bandRows = w.arts.bandRows[:0]
	return nil
}

// putArticle adds one new article, with content hash hash, to the
// transaction and queues its coding. The article's row is written by
// flushArticles; until then the batch's own originals are searched in
// memory, after the stored ones (which have lower IDs), as SQLite would
// have listed them.
func (w *writer) putArticle(c *entente.CodedArticle, hash string, res *entente.PutResult) error {
	a := &c.Article
	key := res.ArticleID
	sim, long := textSimhash(a.Text)
	var dupID sql.NullInt64
	if a.Text != "" {
		row, err := w.queryRow("articleByHash", hash)
		if err != nil {
			return err
		}
		var id int64
		var k string
		switch err := row.Scan(&id, &k); {
		case err == nil:
			dupID = sql.NullInt64{Int64: id, Valid: true}
			res.DuplicateOf = k
		case !errors.Is(err, sql.ErrNoRows):
			return fmt.Errorf("look up content hash: %w", classify(err))
		default:
			if o, ok := w.arts.hashFirst[hash]; ok {
				dupID = sql.NullInt64{Int64: o.id, Valid: true}
				res.DuplicateOf = o.key
			}
		}
	}
	bs := bands(sim)
	if !dupID.Valid && long {
		id, k, err := w.nearDuplicate(sim, bs)
		if err != nil {
			return err
		}
		if id != 0 {
			dupID = sql.NullInt64{Int64: id, Valid: true}
			res.DuplicateOf = k
		}
	}
	var published sql.NullInt64
	if !a.Published.IsZero() {
		published = sql.NullInt64{Int64: a.Published.UnixNano(), Valid: true}
	}
	paras := ""
	if len(a.Paragraphs) > 0 {
		b, err := json.Marshal(a.Paragraphs)
		if err != nil {
			return err
		}
		paras = string(b)
	}
	artID := w.next.article
	w.next.article++
	stored := hash
	if a.Text == "" {
		stored = "" // see storedHash
	}
	w.arts.articleRows = append(w.arts.articleRows, artID, key, a.Source, a.Publisher, c.PublisherCountry, a.Language, a.URL, a.Title,
		published, a.DateSource, stored, int64(sim), dupID, c.DictVersion, paras, a.Text)
	if !dupID.Valid {
		o := batchOriginal{id: artID, key: key, sim: sim}
		if a.Text != "" {
			if _, ok := w.arts.hashFirst[hash]; !ok {
				w.arts.hashFirst[hash] = o
			}
		}
		if long {
			for _, b := range bs {
				w.arts.bandRows = append(w.arts.bandRows, b, artID)
				w.arts.bands[b] = append(w.arts.bands[b], len(w.arts.origs))
			}
			w.arts.origs = append(w.arts.origs, o)
		}
	}
	res.Status = entente.PutAdded
	if dupID.Valid {
		res.Status = entente.PutDuplicate
	}
	src := sourceName(a, key)
	return w.putCoding(c, artID, src, dupID.Valid, res)
}

// maxBandCands is how many (band, article) rows nearDuplicate compares.
const maxBandCands = 64

// nearDuplicate returns the earliest original within maxHamming of sim:
// among the first maxBandCands rows of stored originals sharing a band
// with it, then of the batch's own.
func (w *writer) nearDuplicate(sim uint64, bs [4]int64) (int64, string, error) {
	st, err := w.stmt("bandCands")
	if err != nil {
		return 0, "", err
	}
	rows, err := st.QueryContext(w.ctx, bs[0], bs[1], bs[2], bs[3])
	if err != nil {
		return 0, "", fmt.Errorf("near-duplicate candidates: %w", classify(err))
	}
	seen := 0
	for rows.Next() {
		var id, h int64
		var k string
		if err := rows.Scan(&id, &k, &h); err != nil {
			rows.Close()
			return 0, "", err
		}
		seen++
		if hamming(uint64(h), sim) <= maxHamming {
			rows.Close()
			return id, k, nil
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, "", fmt.Errorf("near-duplicate candidates: %w", classify(err))
	}
	// The batch's originals come after the stored ones, one row per band
	// they share, as the query lists them.
	var idx []int
	for _, b := range bs {
		idx = append(idx, w.arts.bands[b]...)
	}
	sort.Ints(idx)
	for _, i := range idx[:min(len(idx), max(0, maxBandCands-seen))] {
		if o := w.arts.origs[i]; hamming(o.sim, sim) <= maxHamming {
			return o.id, o.key, nil
		}
	}
	return 0, "", nil
}

// sourceName is the independent-source name of an article: its publisher,
// else its URL's host, else its key.
func sourceName(a *entente.Article, key string) string {
	if a.Publisher != "" {
		return a.Publisher
	}
	if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
		return u.Host
	}
	return key
}

func jsonOrEmpty(v any, empty bool) (string, error) {
	if empty {
		return "", nil
	}
	b, err := json.Marshal(v)
	return string(b), err
}

func nullSpan(s *entente.Span) (sql.NullInt64, sql.NullInt64) {
	if s == nil {
		return sql.NullInt64{}, sql.NullInt64{}
	}
	return sql.NullInt64{Int64: int64(s.Start), Valid: true}, sql.NullInt64{Int64: int64(s.End), Valid: true}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// putCoding stores the actor mentions and relations of an article already
// stored with id artID, and queues its events for flushEvents.
func (w *writer) putCoding(c *entente.CodedArticle, artID int64, src string, dup bool, res *entente.PutResult) error {
	for _, m := range c.Mentions {
		ant, err := jsonOrEmpty(m.Antecedent, m.Antecedent == nil)
		if err != nil {
			return err
		}
		ents, err := jsonOrEmpty(m.Entries, len(m.Entries) == 0)
		if err != nil {
			return err
		}
		w.actorRows = append(w.actorRows, artID, m.Sentence, m.Tokens[0], m.Tokens[1], m.Span.Start, m.Span.End,
			m.Code, string(m.Kind), ant, ents)
	}
	pa := w.slab.article()
	*pa = pendingArticle{id: artID, src: src, dup: dup, distinct: c.Distinct, res: res}
	w.queueEvents(c, pa)
	for _, r := range c.Relations {
		var day sql.NullInt64
		if !r.When.Date.IsZero() {
			day = sql.NullInt64{Int64: dayNumber(r.When.Date), Valid: true}
		}
		w.relationRows = append(w.relationRows, artID, r.Sentence, r.A, r.B, b2i(r.Directed), r.Sign, r.Strength, r.Phrase,
			r.Span.Start, r.Span.End, day, string(r.When.Precision), r.When.Phrase, b2i(r.When.Historical), r.When.GapDays)
	}
	return nil
}

// reuseKey is what an emptied event was (writer.reuse).
type reuseKey struct {
	source, target, code, modality string
	day                            int64
}

// ReplaceCoding replaces the actor mentions, events and relations of a
// stored article, keeping the article and updating the rollups. An event
// that only this article reported and that the new coding finds again
// (same actors, code, day and modality) keeps its ID.
func (s *DB) ReplaceCoding(ctx context.Context, c entente.CodedArticle) error {
	hash := contentHash(c.Article.Text)
	key := articleKey(&c.Article, hash)
	w, err := s.begin(ctx)
	if err != nil {
		return fmt.Errorf("replace coding of %s: %w", key, err)
	}
	if err := w.replace(&c, key); err != nil {
		w.rollback()
		return fmt.Errorf("replace coding of %s: %w", key, err)
	}
	if err := w.flushEvents(); err != nil {
		w.rollback()
		return fmt.Errorf("replace coding of %s: %w", key, err)
	}
	if err := w.commit(); err != nil {
		return fmt.Errorf("replace coding of %s: %w", key, err)
	}
	s.keepStatements(ctx, w)
	return nil
}

func (w *writer) replace(c *entente.CodedArticle, key string) error {
	var artID int64
	var dupOf sql.NullInt64
	var stored entente.Article
	var published sql.NullInt64
	err := w.tx.QueryRowContext(w.ctx, `SELECT id, duplicate_of, publisher, url, text, published FROM articles WHERE key = ?`, key).
		Scan(&artID, &dupOf, &stored.Publisher, &stored.URL, &stored.Text, &published)
	if errors.Is(err, sql.ErrNoRows) {
		return entente.ErrNotFound
	}
	if err != nil {
		return classify(err)
	}
	if published.Valid {
		stored.Published = timeFromNanos(published.Int64)
	}
	// The stored article is authoritative for the text the spans refer to.
	c.Article.Text, c.Article.Publisher, c.Article.URL, c.Article.Published = stored.Text, stored.Publisher, stored.URL, stored.Published
	if err := validate(c); err != nil {
		return fmt.Errorf("%w: %w", errBadArticle, err)
	}
	rows, err := w.tx.QueryContext(w.ctx, `SELECT DISTINCT event_id FROM mentions WHERE article_id = ?`, artID)
	if err != nil {
		return classify(err)
	}
	var events []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		events = append(events, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, q := range []string{
		`DELETE FROM mentions WHERE article_id = ?`,
		`DELETE FROM actor_mentions WHERE article_id = ?`,
		`DELETE FROM relations WHERE article_id = ?`,
	} {
		if _, err := w.tx.ExecContext(w.ctx, q, artID); err != nil {
			return classify(err)
		}
	}
	for _, id := range events {
		var n, arts, srcs int
		var first sql.NullInt64
		if err := w.tx.QueryRowContext(w.ctx, `SELECT COUNT(*),
			COUNT(DISTINCT CASE WHEN duplicate = 0 THEN article_id END),
			COUNT(DISTINCT CASE WHEN duplicate = 0 THEN publisher END), MIN(id)
			FROM mentions WHERE event_id = ?`, id).Scan(&n, &arts, &srcs, &first); err != nil {
			return classify(err)
		}
		if n == 0 {
			var source, target, code, root, modality string
			var day int64
			var quad int
			var g float64
			if err := w.tx.QueryRowContext(w.ctx, `SELECT source, target, code, day, root, quad, modality, goldstein FROM events WHERE id = ?`, id).
				Scan(&source, &target, &code, &day, &root, &quad, &modality, &g); err != nil {
				return classify(err)
			}
			if _, err := w.tx.ExecContext(w.ctx, `DELETE FROM events WHERE id = ?`, id); err != nil {
				return classify(err)
			}
			w.addRoll(source, target, day, root, quad, modality, g, -1)
			if w.reuse == nil {
				w.reuse = map[reuseKey][]int64{}
			}
			k := reuseKey{source, target, code, modality, day}
			w.reuse[k] = append(w.reuse[k], id)
			continue
		}
		if _, err := w.tx.ExecContext(w.ctx, `UPDATE events SET num_mentions = ?, num_articles = MAX(1, ?), num_sources = MAX(1, ?), first_mention = ? WHERE id = ?`,
			n, arts, srcs, first.Int64, id); err != nil {
			return classify(err)
		}
	}
	if _, err := w.tx.ExecContext(w.ctx, `UPDATE articles SET dict_version = ? WHERE id = ?`, c.DictVersion, artID); err != nil {
		return classify(err)
	}
	var res entente.PutResult
	return w.putCoding(c, artID, sourceName(&c.Article, key), dupOf.Valid, &res)
}
