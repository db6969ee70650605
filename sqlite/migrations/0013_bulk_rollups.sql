-- Schema version 13: the events whose rollups a bulk load has not added
-- yet, as ranges of store IDs (lo to hi, both included), one per batch. A
-- batch of a load records its range in its own transaction instead of
-- adding its events to the rollups; the load adds the events of every
-- recorded range once, when it ends, and deletes the ranges in the same
-- transaction (foldRollups in rollup.go). A load killed before it ended
-- leaves its ranges here, and the next writable Open (or next load, or
-- ReplaceCoding, which may delete such events) adds them.
CREATE TABLE IF NOT EXISTS bulk_rollups (
	lo INTEGER PRIMARY KEY,
	hi INTEGER NOT NULL
);
