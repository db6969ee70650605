-- Schema version 9: the second merge bucket of an attack with a target
-- (aliasBucket in keys.go): the bucket of the same attack told with no
-- target, so that a report of an attack that names no target and one that
-- names it are compared. Events stored before this version have none, and
-- are found only through their own bucket.
ALTER TABLE events ADD COLUMN alias_bucket INTEGER;
CREATE INDEX IF NOT EXISTS events_alias ON events(alias_bucket, day) WHERE alias_bucket IS NOT NULL;
