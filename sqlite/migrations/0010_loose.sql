-- Schema version 10: the third merge bucket of an event told with a target
-- and a sentence (looseBucket in keys.go): the bucket of the same act told
-- with no target, so that "Panama signed the accord" and "Panama signed an
-- accord with Costa Rica" are compared (they are one act when the
-- sentences share a matter word). Attacks and one-off acts keep that
-- bucket as their alias_bucket and have no loose_bucket. Events stored
-- before this version have none.
ALTER TABLE events ADD COLUMN loose_bucket INTEGER;
CREATE INDEX IF NOT EXISTS events_loose ON events(loose_bucket, day) WHERE loose_bucket IS NOT NULL;
