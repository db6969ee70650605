-- Schema version 8: indexes of events by actor, chunk of store IDs
-- (id >> 16) and day, so that a page of an actor's events over a date range
-- is read chunk by chunk in ID order and stops at the first chunks that hold
-- it, instead of reading every event of the actor in the range to keep the
-- lowest IDs (see chunkedPage in query.go, whose chunkShift is the 16 here).
CREATE INDEX IF NOT EXISTS events_source_chunk ON events(source, id >> 16, day);
CREATE INDEX IF NOT EXISTS events_target_chunk ON events(target, id >> 16, day);
