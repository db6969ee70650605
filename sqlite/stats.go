package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math"
)

// Query planning needs statistics: without them SQLite guesses, and on a
// large store it may read an event filter through the wrong index (a dyad
// through events_target instead of events_dyad, several times slower). The
// store keeps them current: Open analyzes a writable store that has events
// but no statistics on an index of them, PutArticles re-optimizes after
// every statsEvery events written, Close optimizes (which re-analyzes
// only the tables that changed much), and a bulk load analyzes the tables
// whose indexes it created again, unless their statistics are still fresh
// (see restoreIndexes).
//
// The analysis reads whole indexes (about a second per million events):
// with a PRAGMA analysis_limit below an index's rows SQLite samples the
// first rows of each index, which on event indexes led by a few actor or
// root codes sees one code and estimates tens of times too few rows per
// code, so that the planner picked the date index for an actor's events
// over a date range (222 ms instead of a few at a million events).
const (
	// analysisLimit is the PRAGMA analysis_limit of each run: the largest
	// there is, above the rows of any index here, so that every row is
	// read, giving sqlite_stat1 what no limit (0) gives; but, with a
	// limit, SQLite takes no samples for sqlite_stat4, which the store
	// drops (below) and whose taking cost half of the analysis.
	analysisLimit = math.MaxInt32
	// statsEvery is how many stored events trigger a new optimize.
	statsEvery = 200000
	// statsMinEvents is the least number of events worth analyzing at Open.
	statsMinEvents = 1000
)

// The samples of sqlite_stat4 are dropped after each analysis (none are
// taken since analysisLimit is set, but older builds took them): with them
// SQLite plans a query anew at every execution whose bound values it could
// estimate better from samples (every actor code, day and root in the
// queries here), which cost a quarter of an indexed page of events, and
// the averages of sqlite_stat1 give the same plans for the store's queries
// (the plans of the main ones are listed in the package's tests).

// ensureStats analyzes the store when it holds enough events and an index
// of events has no statistics yet, and drops samples an older build kept.
func (s *DB) ensureStats(ctx context.Context) error {
	var n int
	if err := s.db.QueryRowContext(ctx,
		`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'`).Scan(&n); err != nil {
		return classify(err)
	}
	if err := s.dropSamples(ctx, s.db); err != nil {
		return err
	}
	if n > 0 {
		// Indexes of events without statistics: none taken yet, or an
		// index added by a migration since.
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master m
			WHERE m.type = 'index' AND m.tbl_name = 'events' AND m.sql IS NOT NULL
			AND NOT EXISTS (SELECT 1 FROM sqlite_stat1 s WHERE s.idx = m.name)`).Scan(&n); err != nil {
			return classify(err)
		}
		if n == 0 {
			return nil
		}
	}
	if ok, err := s.worthAnalyzing(ctx); err != nil || !ok {
		return err
	}
	return s.analyze(ctx, "ANALYZE")
}

// worthAnalyzing reports whether the store holds enough events
// (statsMinEvents) for statistics to be worth gathering.
func (s *DB) worthAnalyzing(ctx context.Context) (bool, error) {
	var events int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM events LIMIT ?)`, statsMinEvents).Scan(&events); err != nil {
		return false, classify(err)
	}
	return events >= statsMinEvents, nil
}

// analyze runs stmt, ANALYZE or PRAGMA optimize (a constant of this file),
// on one connection with the sampling bound set.
func (s *DB) analyze(ctx context.Context, stmt string) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return classify(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA analysis_limit = %d", analysisLimit)); err != nil {
		return classify(err)
	}
	if _, err := conn.ExecContext(ctx, stmt); err != nil {
		return fmt.Errorf("%s: %w", stmt, classify(err))
	}
	return s.dropSamples(ctx, conn)
}

// execer is what dropSamples needs of a database or a connection.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// dropSamples empties sqlite_stat4 when it holds samples, and has SQLite
// reload the statistics.
func (s *DB) dropSamples(ctx context.Context, db execer) error {
	var n int
	if err := db.QueryRowContext(ctx,
		`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat4'`).Scan(&n); err != nil {
		return classify(err)
	}
	if n == 0 {
		return nil
	}
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM sqlite_stat4 LIMIT 1)`).Scan(&n); err != nil {
		return classify(err)
	}
	if n == 0 {
		return nil
	}
	if _, err := db.ExecContext(ctx, `DELETE FROM sqlite_stat4`); err != nil {
		return fmt.Errorf("drop samples: %w", classify(err))
	}
	if _, err := db.ExecContext(ctx, `ANALYZE sqlite_schema`); err != nil {
		return fmt.Errorf("reload statistics: %w", classify(err))
	}
	return nil
}

// optimizeAll refreshes the statistics of every table whose size changed
// much since they were taken (0x10000: all tables, not only those this
// connection queried).
const optimizeAll = "PRAGMA optimize = 0x10002"

// noteWritten counts n stored events and re-optimizes the statistics every
// statsEvery of them.
func (s *DB) noteWritten(ctx context.Context, n int) {
	if n <= 0 {
		return
	}
	if s.written.Add(int64(n))/statsEvery == (s.written.Load()-int64(n))/statsEvery {
		return
	}
	// Statistics only guide the planner: a failure here loses nothing.
	_ = s.analyze(ctx, optimizeAll)
}
