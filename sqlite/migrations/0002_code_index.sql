-- Schema version 2: an index for queries by event code and date.
CREATE INDEX IF NOT EXISTS events_code ON events(code, day);
