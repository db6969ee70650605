package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"entente"
)

// Bulk loads are described in the package documentation (sqlite.go).

// keptIndexes are the secondary indexes a bulk load keeps: the writes read
// them.
var keptIndexes = map[string]bool{
	"events_bucket":  true, // merge candidates
	"events_alias":   true, // merge candidates of attacks told with no target
	"events_loose":   true, // merge candidates of other acts told with no target
	"mentions_event": true, // sources already counted for an event
	"articles_hash":  true, // exact copies of an article's text
}

// bulkTables are the tables whose other indexes a bulk load drops.
var bulkTables = []any{"events", "mentions", "relations", "actor_mentions"}

// Loader writes a large load of articles. It is not safe for concurrent
// use; Close ends the load.
type Loader struct {
	db   *DB
	conn *sql.Conn // nil for an in-memory store, which has one connection
	// cands holds merge candidates read in earlier batches; version is the
	// store's data version they were read at.
	cands   *candidateCache
	version int64
	closed  bool
	raw     *rawStmts // nil without a connection of its own
	bufs    rowBufs
}

// BulkOptions tune BulkLoad.
type BulkOptions struct {
	// KeepIndexes keeps every index during the load: for a load that is
	// small beside the store, where creating the indexes of the whole
	// store again costs more than it saves.
	KeepIndexes bool
}

// BulkLoad begins a bulk load: it drops the secondary indexes that writes
// do not read (recording them in bulk_indexes), unless opt.KeepIndexes, and
// returns a Loader, whose Close creates them again. Reads are correct during
// the load, only slower.
func (s *DB) BulkLoad(ctx context.Context, opt BulkOptions) (*Loader, error) {
	if s.readOnly {
		return nil, fmt.Errorf("bulk load: %w", entente.ErrReadOnly)
	}
	l, err := s.newLoader(ctx)
	if err != nil {
		return nil, fmt.Errorf("bulk load: %w", err)
	}
	if !opt.KeepIndexes {
		if err := s.dropIndexes(ctx); err != nil {
			l.release()
			return nil, fmt.Errorf("bulk load: %w", err)
		}
	}
	return l, nil
}

// newLoader returns a Loader writing on a connection of its own (on the
// pool's one connection for an in-memory store), with an empty cache of
// merge candidates.
func (s *DB) newLoader(ctx context.Context) (*Loader, error) {
	l := &Loader{db: s, cands: newCandidateCache()}
	if s.path != ":memory:" {
		c, err := s.db.Conn(ctx)
		if err != nil {
			return nil, classify(err)
		}
		l.conn = c
		l.raw = &rawStmts{conn: c, stmts: map[string]driver.Stmt{}}
	}
	return l, nil
}

// dropIndexes records and drops, in one transaction, the indexes a bulk
// load does without.
func (s *DB) dropIndexes(ctx context.Context) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return classify(err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL
		AND tbl_name IN (?, ?, ?, ?) ORDER BY name`, bulkTables...)
	names, defs, err := indexDefs(rows, err)
	if err != nil {
		return err
	}
	tables := make([]string, len(names))
	for i, name := range names {
		if err := tx.QueryRowContext(ctx, `SELECT tbl_name FROM sqlite_schema WHERE type = 'index' AND name = ?`, name).Scan(&tables[i]); err != nil {
			return classify(err)
		}
	}
	var analyzed int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_stat1'`).Scan(&analyzed); err != nil {
		return classify(err)
	}
	for i, name := range names {
		if keptIndexes[name] {
			continue
		}
		// The index's statistics go with it (DROP INDEX deletes them),
		// for restoreIndexes to put back when they are still fresh.
		var stat sql.NullString
		if analyzed > 0 {
			err := tx.QueryRowContext(ctx, `SELECT stat FROM sqlite_stat1 WHERE idx = ?`, name).Scan(&stat)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return classify(err)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO bulk_indexes (name, sql, stat, tbl) VALUES (?, ?, ?, ?)`, name, defs[i], stat, tables[i]); err != nil {
			return classify(err)
		}
		// The name was read from the schema and is quoted as an
		// identifier; no value of a caller enters the statement.
		if _, err := tx.ExecContext(ctx, `DROP INDEX `+quoteIdent(name)); err != nil {
			return fmt.Errorf("drop index %s: %w", name, classify(err))
		}
	}
	if err := tx.Commit(); err != nil {
		return classify(err)
	}
	s.commits.Add(1)
	return nil
}

// indexDefs reads the names and definitions of indexes from the rows of a
// query of (name, sql) pairs, as QueryContext returned them.
func indexDefs(rows *sql.Rows, err error) (names, defs []string, _ error) {
	if err != nil {
		return nil, nil, classify(err)
	}
	defer rows.Close()
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			return nil, nil, classify(err)
		}
		names, defs = append(names, name), append(defs, def)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, classify(err)
	}
	return names, defs, nil
}

// quoteIdent quotes an SQL identifier.
func quoteIdent(name string) string {
	out := []byte{'"'}
	for i := 0; i < len(name); i++ {
		if name[i] == '"' {
			out = append(out, '"')
		}
		out = append(out, name[i])
	}
	return string(append(out, '"'))
}

// restoreIndexes creates the indexes listed in bulk_indexes again, one
// transaction each (a crash keeps those done), and refreshes the planner's
// statistics of their tables: a table whose row count is still within
// statsFresh of the count its restored indexes' statistics were taken at
// gets those statistics back, in the transaction that creates each index;
// the others are analyzed (as Open would), when the store holds enough
// events.
func (s *DB) restoreIndexes(ctx context.Context) error {
	rows, err := s.db.QueryContext(ctx, `SELECT name, sql, stat, tbl FROM bulk_indexes ORDER BY name`)
	if err != nil {
		return classify(err)
	}
	var list []dropped
	for rows.Next() {
		var d dropped
		var table sql.NullString
		if err := rows.Scan(&d.name, &d.def, &d.stat, &table); err != nil {
			rows.Close()
			return classify(err)
		}
		d.table = table.String
		list = append(list, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return classify(err)
	}
	if len(list) == 0 {
		return nil
	}
	fresh, err := s.freshTables(ctx, list)
	if err != nil {
		return err
	}
	tables := map[string]bool{}
	for _, d := range list {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return classify(err)
		}
		// The statement is the index's own definition, as SQLite kept it
		// in its schema when the load began.
		if _, err := tx.ExecContext(ctx, d.def); err != nil {
			tx.Rollback()
			return fmt.Errorf("create index %s: %w", d.name, classify(err))
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM bulk_indexes WHERE name = ?`, d.name); err != nil {
			tx.Rollback()
			return classify(err)
		}
		var table string
		if err := tx.QueryRowContext(ctx, `SELECT tbl_name FROM sqlite_schema WHERE type = 'index' AND name = ?`, d.name).Scan(&table); err != nil {
			tx.Rollback()
			return classify(err)
		}
		if fresh[table] {
			// Committed with the index, whose schema change has every
			// connection load the statistics again.
			for _, q := range []string{`DELETE FROM sqlite_stat1 WHERE idx = ?2`, `INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?1, ?2, ?3)`} {
				if _, err := tx.ExecContext(ctx, q, table, d.name, d.stat.String); err != nil {
					tx.Rollback()
					return fmt.Errorf("statistics of %s: %w", d.name, classify(err))
				}
			}
		} else {
			tables[table] = true
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("create index %s: %w", d.name, classify(err))
		}
		s.commits.Add(1)
	}
	if len(tables) == 0 {
		return nil
	}
	// The new indexes have no statistics: the tables they index are
	// analyzed (as Open would), when the store holds enough events.
	if ok, err := s.worthAnalyzing(ctx); err != nil || !ok {
		return err
	}
	sorted := make([]string, 0, len(tables))
	for t := range tables {
		sorted = append(sorted, t)
	}
	sort.Strings(sorted)
	for _, t := range sorted {
		// The table name was read from the schema and is quoted.
		if err := s.analyze(ctx, "ANALYZE "+quoteIdent(t)); err != nil {
			return err
		}
	}
	return nil
}

// dropped is an index of bulk_indexes: its name and definition, its
// statistics when it was dropped (sqlite_stat1.stat, NULL when it had
// none) and its table ("" when a build before schema version 12 dropped
// it).
type dropped struct {
	name, def, table string
	stat             sql.NullString
}

// statsFresh bounds the change of a table's row count, as a share of the
// count its statistics were taken at, under which a bulk load puts the
// statistics of the indexes it dropped back rather than analyzing the
// table again (which reads each of its indexes whole: seconds on a table
// of millions of events). The statistics are averages of rows per key,
// which change little while the table does; PRAGMA optimize, which
// PutArticles and Close run, waits for a table to grow 25-fold.
const statsFresh = 0.25

// freshTables returns the tables of the dropped indexes that can have the
// indexes' statistics back: every index of the table in list had
// statistics, and the table's row count is within statsFresh of the row
// count they were taken at (the first number of each).
func (s *DB) freshTables(ctx context.Context, list []dropped) (map[string]bool, error) {
	// taken holds the row count of each table's statistics, -1 when an
	// index of it had none or two had different counts.
	taken := map[string]int64{}
	for _, d := range list {
		n := int64(-1)
		if f := strings.Fields(d.stat.String); d.stat.Valid && len(f) > 0 {
			if v, err := strconv.ParseInt(f[0], 10, 64); err == nil && v > 0 {
				n = v
			}
		}
		switch old, seen := taken[d.table]; {
		case d.table == "" || n < 0 || seen && old != n:
			taken[d.table] = -1
		case !seen:
			taken[d.table] = n
		}
	}
	fresh := map[string]bool{}
	var analyzed int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_stat1'`).Scan(&analyzed); err != nil {
		return nil, classify(err)
	}
	if analyzed == 0 {
		return fresh, nil
	}
	for table, n := range taken {
		if n < 0 {
			continue
		}
		var rows int64
		// The table name was read from the schema and is quoted.
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM `+quoteIdent(table)).Scan(&rows); err != nil {
			return nil, classify(err)
		}
		if math.Abs(float64(rows-n)) <= statsFresh*float64(n) {
			fresh[table] = true
		}
	}
	return fresh, nil
}

// Put stores a batch of coded articles in one transaction, as PutArticles
// does.
func (l *Loader) Put(ctx context.Context, batch []entente.CodedArticle) ([]entente.PutResult, error) {
	if l.closed {
		return nil, fmt.Errorf("put articles: bulk load closed")
	}
	out, n, err := l.put(ctx, batch)
	if err != nil {
		return nil, err
	}
	l.db.written.Add(int64(n))
	return out, nil
}

// put stores a batch in one transaction and returns the results with the
// number of events stored.
func (l *Loader) put(ctx context.Context, batch []entente.CodedArticle) ([]entente.PutResult, int, error) {
	s := l.db
	w, err := s.beginOn(ctx, l.conn)
	if err != nil {
		return nil, 0, fmt.Errorf("put articles: %w", err)
	}
	// The cache holds only what the store holds: a commit of another
	// connection may have changed or removed its events.
	v, err := l.dataVersion(ctx, w)
	if err != nil {
		w.rollback()
		return nil, 0, fmt.Errorf("put articles: %w", err)
	}
	if v != l.version {
		l.cands.reset()
		l.version = v
	}
	w.cache = l.cands
	w.raw = l.raw
	w.bufs = &l.bufs
	out := make([]entente.PutResult, len(batch))
	if err := w.putArticles(batch, out); err != nil {
		w.rollback()
		l.cands.reset()
		return nil, 0, err
	}
	if err := w.flushEvents(); err != nil {
		w.rollback()
		l.cands.reset()
		return nil, 0, fmt.Errorf("put articles: %w", err)
	}
	if err := w.commit(); err != nil {
		l.cands.reset()
		return nil, 0, fmt.Errorf("put articles: %w", err)
	}
	if l.conn == nil {
		// The commit counter of an in-memory store counts ours too.
		l.version = int64(s.commits.Load())
	}
	l.cands.commit()
	s.keepStatements(ctx, w)
	n := 0
	for i := range out {
		n += out[i].Events
	}
	return out, n, nil
}

// dataVersion returns a number that changes when another connection (or,
// for an in-memory store, another writer) commits.
func (l *Loader) dataVersion(ctx context.Context, w *writer) (int64, error) {
	if l.conn == nil {
		return int64(l.db.commits.Load()), nil
	}
	var v int64
	if err := w.tx.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v); err != nil {
		return 0, classify(err)
	}
	return v, nil
}

// Close ends the load: it creates the dropped indexes again, sorting each
// index's keys once, and refreshes the planner's statistics.
func (l *Loader) Close(ctx context.Context) error {
	if l.closed {
		return nil
	}
	l.closed = true
	l.cands.reset()
	l.release()
	if err := l.db.restoreIndexes(ctx); err != nil {
		return fmt.Errorf("bulk load: %w", err)
	}
	return nil
}

func (l *Loader) release() {
	if l.raw != nil {
		l.raw.close()
		l.raw = nil
	}
	if l.conn != nil {
		l.conn.Close()
		l.conn = nil
	}
}

// rawStmts runs statements on the driver's connection under a *sql.Conn,
// within the transaction open on it: for the multi-row INSERTs of a bulk
// load, whose thousands of values database/sql would convert and copy once
// more at every execution. The statements are prepared once per load.
type rawStmts struct {
	conn  *sql.Conn
	stmts map[string]driver.Stmt
	args  []driver.NamedValue
}

// maxRawStmts bounds the statements a rawStmts keeps prepared: the
// statements of multiInsert differ by their number of rows and by their
// columns of constants, but take a few shapes in practice.
const maxRawStmts = 256

// exec runs the statement named name, whose text query returns, with vals.
func (r *rawStmts) exec(ctx context.Context, name string, query func() string, vals []any) error {
	return r.conn.Raw(func(dc any) error {
		st := r.stmts[name]
		if st == nil {
			p, ok := dc.(driver.ConnPrepareContext)
			if !ok {
				return fmt.Errorf("the driver cannot prepare with a context")
			}
			var err error
			if st, err = p.PrepareContext(ctx, query()); err != nil {
				return err
			}
			if len(r.stmts) < maxRawStmts {
				r.stmts[name] = st
			} else {
				defer st.Close()
			}
		}
		ex, ok := st.(driver.StmtExecContext)
		if !ok {
			return fmt.Errorf("the driver cannot execute with a context")
		}
		args := r.args[:0]
		for i, v := range vals {
			dv, err := driverValue(v)
			if err != nil {
				return fmt.Errorf("value %d: %w", i+1, err)
			}
			args = append(args, driver.NamedValue{Ordinal: i + 1, Value: dv})
		}
		r.args = args
		_, err := ex.ExecContext(ctx, args)
		clear(args)
		return err
	})
}

// driverValue converts a value of this package's rows to a driver value.
func driverValue(v any) (driver.Value, error) {
	switch x := v.(type) {
	case nil, int64, float64, string, []byte, bool:
		return v, nil
	case int:
		return int64(x), nil
	case sql.NullInt64:
		if !x.Valid {
			return nil, nil
		}
		return x.Int64, nil
	}
	return driver.DefaultParameterConverter.ConvertValue(v)
}

// close closes the prepared statements.
func (r *rawStmts) close() {
	r.conn.Raw(func(any) error {
		for _, st := range r.stmts {
			st.Close()
		}
		return nil
	})
	r.stmts = nil
}
