-- Schema version 4: an index for events of an actor as source within a date
-- range, as events_target serves it as target. Event filters expand actor
-- prefixes to the stored codes and seek each with the date range.
CREATE INDEX IF NOT EXISTS events_source ON events(source, day);
