-- Schema version 5: an index of events by root code, which lists the events
-- of a root in store ID order, so that a page of them is read without
-- sorting every match; and events_target again where it was dropped by hand.
CREATE INDEX IF NOT EXISTS events_root ON events(root);
CREATE INDEX IF NOT EXISTS events_target ON events(target, day);
