-- Schema version 12: the table of each index a bulk load has dropped and
-- the planner's statistics of the index (sqlite_stat1.stat, NULL when it
-- had none), so that the load, when it creates the index again, puts them
-- back if the table's row count has changed little since they were taken,
-- instead of analyzing the whole table again (see restoreIndexes in
-- bulk.go). Indexes dropped before this version have neither, and their
-- tables are analyzed.
ALTER TABLE bulk_indexes ADD COLUMN tbl TEXT;
ALTER TABLE bulk_indexes ADD COLUMN stat TEXT;
