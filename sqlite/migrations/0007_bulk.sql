-- Schema version 7: the indexes a bulk load (DB.BulkLoad) has dropped to
-- write faster, with the SQL that creates each again. The load creates them
-- again when it ends; a load that was killed before it ended leaves them
-- here, and the next writable Open or bulk load creates them.
CREATE TABLE IF NOT EXISTS bulk_indexes (
	name TEXT PRIMARY KEY,
	sql  TEXT NOT NULL
) WITHOUT ROWID;

-- Articles by content hash, for finding exact copies, only of articles with
-- a text: those without (imported event rows) all have the hash of the
-- empty text, which no lookup asks for, and an entry each cost every
-- import.
DROP INDEX IF EXISTS articles_hash;
CREATE INDEX articles_hash ON articles(content_hash) WHERE text <> '';
