// Package sqlite is entente's embedded event store: an entente.Store in one
// SQLite file, through the pure-Go driver modernc.org/sqlite.
//
// The database runs in WAL mode and every batch of articles is one
// transaction, so that a crash (even SIGKILL) at any moment leaves a valid
// database holding whole batches. The schema is versioned by PRAGMA
// user_version and migrated by the SQL files embedded from migrations/; a
// database written by a newer entente is refused with entente.ErrSchemaTooNew
// and left untouched. Every query takes its values as parameters.
//
// # Rollups
//
// Series and actor lists are read from rollups kept in the same transaction
// as the events: dyad_day (exact actor codes, day, root, QuadClass,
// modality), dyad_month (exact codes, month, QuadClass, modality),
// country_month (the same per country, the first three letters of the codes)
// and actor_counts. A batch sums its changes per key in memory and writes
// each key once, with multi-row UPSERTs in key order. Monthly and yearly
// series without a root filter read a monthly rollup and are summed in SQL.
//
// # Deduplication
//
// Articles are keyed by their ID (or "sha256:" and the hash of their text
// when they have none): storing a key again adds nothing. An article whose
// text is identical to, or a near copy of, a stored article (wire copies,
// republished or updated stories) is stored and linked to the earlier one
// (DuplicateOf). Near copies are found with a 64-bit simhash over the
// article's lower-cased 4-word shingles: two articles are near copies when
// their simhashes differ in at most 3 bits; candidates are found through
// four 16-bit bands of the simhash, one of which two such hashes must share.
// Texts of fewer than 8 words are compared by exact hash only.
//
// Events reported by several articles are merged into one stored event.
// Reports differ in detail, so the rule compares rather than keys: a new
// report merges into the first stored event (lowest ID) that
//   - has the same modality class: factual (asserted, alleged), possible
//     (intended, hypothetical, question) or negated;
//   - has the same date precision class, and at day precision a date at most
//     one day apart (reports dated across midnight or time zones, or from
//     "yesterday"); at coarser precisions the same month, year or decade, so
//     a report dated "in March" never merges with one dated March 5;
//   - has the same root code and a compatible full code: equal, one the
//     three-digit base of the other (023, 0233), or one the root's
//     unspecified code (190) and the other under that root (193); 193 and 195
//     stay apart;
//   - has the same actors, where an actor matches a more detailed code of
//     itself (RUS, RUSMIL) or another organ of the same state (RUSGOV,
//     RUSMIL), but not a rebel or opposition group of that country (RUSGOV,
//     RUSREB) nor, by its first letters, a group (IGO, NGO, ...); the
//     actors may be swapped only for joint acts (040, 041, 044, 046, 057)
//     and for a visit reported by its host (042 against 043);
//   - and, when both reports name a place, the same place name.
//
// Candidates are found through a bucket (the unordered pair of the actors'
// first three letters, the root, the modality and the precision class)
// indexed with the day. The rule was measured on hand-labelled pairs of
// reports in testdata (TestDedupPairs).
//
// Each report is kept as a mention with its evidence. A stored event counts
// every report (NumMentions), the distinct articles that are not near
// duplicates (NumArticles) and their distinct publishers (NumSources); an
// event first reported by a near duplicate counts that article once.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"entente"

	sqlitedrv "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Options tune Open.
type Options struct {
	// ReadOnly opens the database for reading only; writes fail with
	// entente.ErrReadOnly.
	ReadOnly bool
	// BusyTimeoutMS is how long a write waits for a lock held by another
	// process before failing; 0 means 5000.
	BusyTimeoutMS int
}

// DB is the SQLite store. It is safe for concurrent use; writes are
// serialised by SQLite.
type DB struct {
	db       *sql.DB
	path     string
	readOnly bool
	// stmts caches the writers' prepared statements by name (*sql.Stmt):
	// the multi-row statements take long to parse.
	stmts sync.Map
	// written counts the events stored through this handle, to refresh
	// the planner's statistics now and then (see stats.go).
	written atomic.Int64
}

var _ entente.Store = (*DB)(nil)

// migrations returns the embedded migration scripts in version order.
func migrations() ([]string, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []string
	for _, n := range names {
		b, err := migrationFS.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, string(b))
	}
	return out, nil
}

// SchemaVersion is the schema version this build writes.
func SchemaVersion() int {
	m, _ := migrations()
	return len(m)
}

// Open opens (creating and migrating when needed) the store at path; ":memory:"
// opens a private in-memory database.
func Open(ctx context.Context, path string, opt Options) (*DB, error) {
	busy := opt.BusyTimeoutMS
	if busy <= 0 {
		busy = 5000
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busy))
	q.Add("_pragma", "synchronous(NORMAL)")
	// A 64 MiB page cache per connection keeps the indexes' hot pages in
	// memory; memory use is bounded by it, not by the corpus.
	q.Add("_pragma", "cache_size(-65536)")
	q.Add("_pragma", "temp_store(MEMORY)")
	// Reading through a memory map shares the operating system's page
	// cache between connections and saves a copy per page read.
	q.Add("_pragma", "mmap_size(1073741824)")
	q.Add("_txlock", "immediate")
	memory := path == ":memory:"
	if !memory {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "wal_autocheckpoint(16384)")
	}
	if opt.ReadOnly {
		q.Add("mode", "ro")
	}
	dsn := "file:" + path + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if memory {
		// Each connection to :memory: is a database of its own.
		db.SetMaxOpenConns(1)
	}
	s := &DB{db: db, path: path, readOnly: opt.ReadOnly}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if !opt.ReadOnly && !memory {
		if err := s.ensureStats(ctx); err != nil {
			db.Close()
			return nil, fmt.Errorf("open %s: statistics: %w", path, err)
		}
	}
	return s, nil
}

func (s *DB) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return fmt.Errorf("read embedded migrations: %w", err)
	}
	var v int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return classify(err)
	}
	if v > len(ms) {
		return fmt.Errorf("schema version %d, this build knows up to %d: %w", v, len(ms), entente.ErrSchemaTooNew)
	}
	if v == len(ms) {
		return nil
	}
	if s.readOnly {
		return fmt.Errorf("schema version %d needs migrating to %d: %w", v, len(ms), entente.ErrReadOnly)
	}
	for i := v; i < len(ms); i++ {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return classify(err)
		}
		if _, err := tx.ExecContext(ctx, ms[i]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", i+1, classify(err))
		}
		// The version is a constant of this build, never a user value.
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", i+1)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", i+1, classify(err))
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, classify(err))
		}
	}
	return nil
}

// Close refreshes the planner's statistics of a writable store that
// changed much, and closes the database.
func (s *DB) Close() error {
	if !s.readOnly && s.written.Load() > 0 {
		// Statistics only guide the planner: a failure here loses nothing.
		_ = s.analyze(context.Background(), optimizeAll)
	}
	s.stmts.Range(func(_, st any) bool {
		st.(*sql.Stmt).Close()
		return true
	})
	return s.db.Close()
}

// SQL returns the underlying database handle, for tools and tests that need
// to inspect it. Writes through it bypass the rollups.
func (s *DB) SQL() *sql.DB { return s.db }

// classify turns SQLite result codes into clear errors, keeping the cause.
func classify(err error) error {
	if err == nil {
		return nil
	}
	var se *sqlitedrv.Error
	if !errors.As(err, &se) {
		return err
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_FULL:
		return fmt.Errorf("database or disk is full, nothing of this transaction was written: %w", err)
	case sqlite3.SQLITE_READONLY:
		return fmt.Errorf("%w: %w", entente.ErrReadOnly, err)
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return fmt.Errorf("database is locked by another writer, try again later: %w", err)
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		return fmt.Errorf("not a valid entente database: %w", err)
	}
	if strings.Contains(err.Error(), "fts5: syntax error") {
		return fmt.Errorf("bad text query: %w", err)
	}
	return err
}
