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
