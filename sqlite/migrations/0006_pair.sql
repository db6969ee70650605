-- Schema version 6: an index of events by exact dyad in store ID order, so
-- that a page of a dyad's events (the first N by ID) is read by stopping
-- early in each (source, target) range instead of reading and sorting every
-- event of the dyad; and no index of actor mentions by code, which no query
-- reads and every insert paid for.
CREATE INDEX IF NOT EXISTS events_pair ON events(source, target);
DROP INDEX IF EXISTS actor_mentions_code;
