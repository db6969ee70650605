package sqlite

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"time"

	"entente"
)

// DyadDays calls fn with each row of the per-day rollup (dyad_day) of the
// events between source and target, matched as prefixes, in either direction
// unless f.Directed, within f.From and f.To: the exact source and target
// codes, the day, the CAMEO root, the QuadClass, the modality, the number of
// events and their Goldstein sum. It is what DyadPeriods reads before it sums
// over roots and modalities, for callers that weigh events by modality or
// class them by root (analysis.RollupSeries). f.Period, ByCountry, Root,
// QuadClass and Modality are ignored.
func (s *DB) DyadDays(ctx context.Context, f entente.PeriodFilter,
	fn func(source, target string, day time.Time, root string, quad int, modality entente.Modality, n int, goldstein float64) error) error {
	return s.DyadDaysOf(ctx, f, nil, fn)
}

// DyadDaysOf is DyadDays over the actor codes that keep accepts (every code
// when keep is nil): each prefix of f is expanded to the stored codes it
// matches, and the rows of the codes keep refuses are neither read nor
// passed to fn. A series of two nodes (analysis.RollUp) keeps the codes that
// roll up to either of them, so that the rows of the other codes under the
// same prefixes (a country's rebels or opposition, say), which the series
// would skip, cost nothing.
func (s *DB) DyadDaysOf(ctx context.Context, f entente.PeriodFilter, keep func(code string) bool,
	fn func(source, target string, day time.Time, root string, quad int, modality entente.Modality, n int, goldstein float64) error) error {
	branches, err := s.dyadBranchesOf(ctx, false, &f, keep)
	if err != nil {
		return fmt.Errorf("dyad days: %w", err)
	}
	common := &where{}
	if !f.From.IsZero() {
		common.add("day >= ?", dayNumber(f.From))
	}
	if !f.To.IsZero() {
		common.add("day <= ?", dayNumber(f.To))
	}
	q, args := union(`SELECT source, target, day, root, quad, modality, n, goldstein FROM dyad_day`, branches, common)
	// A series reads thousands of small rows: they are read from the
	// driver directly, without database/sql's conversions of each value.
	var src, tgt, root, mod string
	var fnErr error
	err = s.rawQuery(ctx, q, args, func(row []driver.Value) error {
		if err := textValues(row, []int{0, 1, 3, 5}, []*string{&src, &tgt, &root, &mod}); err != nil {
			return err
		}
		if keep != nil && (!keep(src) || !keep(tgt)) {
			// A prefix of many codes is read as a range (actorSetOf).
			return nil
		}
		day, ok1 := row[2].(int64)
		quad, ok2 := row[4].(int64)
		n, ok3 := row[6].(int64)
		if !ok1 || !ok2 || !ok3 {
			return fmt.Errorf("dyad_day row %v: want integers", row)
		}
		var g float64
		switch x := row[7].(type) {
		case float64:
			g = x
		case int64:
			g = float64(x)
		default:
			return fmt.Errorf("dyad_day row %v: want a number", row)
		}
		fnErr = fn(src, tgt, dayTime(day), root, int(quad), entente.Modality(mod), int(n), g)
		return fnErr
	})
	if fnErr != nil {
		return fnErr
	}
	if err != nil {
		return fmt.Errorf("dyad days: %w", classify(err))
	}
	return nil
}

// textValues copies the text values of row at the columns cols into dst.
func textValues(row []driver.Value, cols []int, dst []*string) error {
	for i, c := range cols {
		switch x := row[c].(type) {
		case string:
			*dst[i] = x
		case []byte:
			*dst[i] = string(x)
		default:
			return fmt.Errorf("column %d holds %T, want text", c, row[c])
		}
	}
	return nil
}

// rawQuery runs a read query on a connection of the pool through the
// driver itself and calls fn with each row's values (valid until fn
// returns). It is for queries of many small rows, where database/sql's
// conversion of every value costs more than SQLite's reading of it. An
// error of fn stops the query and is returned as is.
func (s *DB) rawQuery(ctx context.Context, q string, args []any, fn func(row []driver.Value) error) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	named := make([]driver.NamedValue, len(args))
	for i, a := range args {
		switch x := a.(type) {
		case int:
			a = int64(x)
		case int32:
			a = int64(x)
		}
		named[i] = driver.NamedValue{Ordinal: i + 1, Value: a}
	}
	return conn.Raw(func(dc any) error {
		qc, ok := dc.(driver.QueryerContext)
		if !ok {
			return errors.New("the driver cannot query directly")
		}
		rows, err := qc.QueryContext(ctx, q, named)
		if err != nil {
			return err
		}
		defer rows.Close()
		row := make([]driver.Value, len(rows.Columns()))
		for {
			switch err := rows.Next(row); {
			case err == io.EOF:
				return nil
			case err != nil:
				return err
			}
			if err := fn(row); err != nil {
				return err
			}
		}
	})
}

// Deferred rollups. A bulk load leaves its events out of the rollups while
// it runs: each batch records the range of store IDs of its new events in
// bulk_rollups, in its own transaction, and the load sums the batches'
// changes in memory (Loader.settle writes them, once, when the load ends,
// and deletes the ranges in the same transaction). Wherever the load
// stops, the ranges left in bulk_rollups name the events missing from the
// rollups, which foldRollups adds from the events table.

// recordRange records in bulk_rollups the range of the events the
// transaction created, if any.
func (w *writer) recordRange() error {
	if w.next.event == w.firstEvent {
		return nil
	}
	if _, err := w.exec("rollupRange", w.firstEvent, w.next.event-1); err != nil {
		return err
	}
	return nil
}

// foldStatements add the events of the ranges of bulk_rollups to the
// rollups, as addRoll and flushRollups would have, and delete the ranges.
// Months are computed as monthNumber does, countries as countryOf does
// (the first three bytes of a longer code).
var foldStatements = []string{
	`INSERT INTO dyad_day (source, target, day, root, quad, modality, n, goldstein)
	SELECT e.source, e.target, e.day, e.root, e.quad, e.modality, count(*), sum(e.goldstein)
	FROM bulk_rollups r JOIN events e ON e.id BETWEEN r.lo AND r.hi WHERE true
	GROUP BY e.source, e.target, e.day, e.root, e.quad, e.modality
	ON CONFLICT (source, target, day, root, quad, modality) DO UPDATE SET n = n + excluded.n, goldstein = goldstein + excluded.goldstein`,
	`INSERT INTO dyad_month (source, target, month, quad, modality, n, goldstein)
	SELECT source, target, month, quad, modality, count(*), sum(goldstein) FROM (` + foldMonths + `) WHERE true
	GROUP BY source, target, month, quad, modality
	ON CONFLICT (source, target, month, quad, modality) DO UPDATE SET n = n + excluded.n, goldstein = goldstein + excluded.goldstein`,
	`INSERT INTO country_month (source, target, month, quad, modality, n, goldstein)
	SELECT ` + countrySQL("source") + `, ` + countrySQL("target") + `, month, quad, modality, count(*), sum(goldstein)
	FROM (` + foldMonths + `) WHERE true
	GROUP BY 1, 2, month, quad, modality
	ON CONFLICT (source, target, month, quad, modality) DO UPDATE SET n = n + excluded.n, goldstein = goldstein + excluded.goldstein`,
	`INSERT INTO actor_counts (code, as_source, as_target)
	SELECT code, sum(s), sum(t) FROM (
		SELECT e.source AS code, 1 AS s, 0 AS t FROM bulk_rollups r JOIN events e ON e.id BETWEEN r.lo AND r.hi WHERE e.source <> ''
		UNION ALL
		SELECT e.target, 0, 1 FROM bulk_rollups r JOIN events e ON e.id BETWEEN r.lo AND r.hi WHERE e.target <> '')
	WHERE true GROUP BY code
	ON CONFLICT (code) DO UPDATE SET as_source = as_source + excluded.as_source, as_target = as_target + excluded.as_target`,
	`DELETE FROM bulk_rollups`,
}

const (
	// foldMonths lists the events of the ranges with their month.
	foldMonths = `SELECT e.source, e.target, e.quad, e.modality, e.goldstein,
		(CAST(strftime('%Y', e.day * 86400, 'unixepoch') AS INTEGER) - 1970) * 12
			+ CAST(strftime('%m', e.day * 86400, 'unixepoch') AS INTEGER) - 1 AS month
		FROM bulk_rollups r JOIN events e ON e.id BETWEEN r.lo AND r.hi`
)

// countrySQL returns the SQL expression of countryOf of the column col, a
// constant of this file.
func countrySQL(col string) string {
	return `CASE WHEN length(CAST(` + col + ` AS BLOB)) > 3 THEN CAST(substr(CAST(` + col + ` AS BLOB), 1, 3) AS TEXT) ELSE ` + col + ` END`
}

// foldRollups adds the events of the ranges left in bulk_rollups to the
// rollups, in the writer's transaction, and deletes the ranges.
func (w *writer) foldRollups() error {
	var n int
	if err := w.tx.QueryRowContext(w.ctx, `SELECT count(*) FROM bulk_rollups`).Scan(&n); err != nil {
		return fmt.Errorf("deferred rollups: %w", classify(err))
	}
	if n == 0 {
		return nil
	}
	for _, q := range foldStatements {
		if _, err := w.tx.ExecContext(w.ctx, q); err != nil {
			return fmt.Errorf("deferred rollups: %w", classify(err))
		}
	}
	return nil
}

// foldPending adds to the rollups the events that a bulk load left out of
// them (it was killed before it ended), in a transaction of its own.
func (s *DB) foldPending(ctx context.Context) error {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM bulk_rollups`).Scan(&n); err != nil {
		return classify(err)
	}
	if n == 0 {
		return nil
	}
	w, err := s.begin(ctx)
	if err != nil {
		return err
	}
	if err := w.foldRollups(); err != nil {
		w.rollback()
		return err
	}
	return w.commit()
}
