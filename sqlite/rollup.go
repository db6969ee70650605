package sqlite

import (
	"context"
	"fmt"
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
	branches, err := s.dyadBranches(ctx, false, &f)
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
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("dyad days: %w", classify(err))
	}
	defer rows.Close()
	for rows.Next() {
		var src, tgt, root, mod string
		var day int64
		var quad, n int
		var g float64
		if err := rows.Scan(&src, &tgt, &day, &root, &quad, &mod, &n, &g); err != nil {
			return fmt.Errorf("dyad days: %w", classify(err))
		}
		if err := fn(src, tgt, dayTime(day), root, quad, entente.Modality(mod), n, g); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("dyad days: %w", classify(err))
	}
	return nil
}
