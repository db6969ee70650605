package entente

import (
	"context"
	"errors"
	"time"
)

// Store keeps coded articles and answers the queries that export and analysis
// need. The embedded implementation is package sqlite; a server backend can
// implement the same interface without the stages noticing.
//
// Writes are per batch of articles, each batch one transaction: after a crash
// at any moment the store holds whole batches or nothing of them. Writes are
// idempotent: an article whose key (its ID, or its content hash when it has no
// ID) is already stored is skipped.
//
// Readers stream: they call fn once per row, in a stable order, and stop at
// the first error fn returns (which they return). fn must not write to the
// store while Events, Mentions or Relations are running.
type Store interface {
	// PutArticles stores a batch of coded articles in one transaction and
	// reports, per article, whether it was added, skipped as already stored,
	// or linked as a near duplicate.
	PutArticles(ctx context.Context, batch []CodedArticle) ([]PutResult, error)
	// ReplaceCoding replaces the events, actor mentions and relations of an
	// already stored article (for re-coding with new dictionaries), keeping
	// the article itself. It fails with ErrNotFound for an unknown article.
	ReplaceCoding(ctx context.Context, coded CodedArticle) error
	// Articles calls fn for each stored article in storage order, from the
	// article after the one keyed after (all when after is ""). fn may write
	// to the store (e.g. ReplaceCoding).
	Articles(ctx context.Context, after string, fn func(*StoredArticle) error) error
	// Events calls fn for each deduplicated event that matches f.
	Events(ctx context.Context, f EventFilter, fn func(*StoredEvent) error) error
	// Mentions calls fn for each report (event mention) of the events that
	// match f, ordered by event and then by article.
	Mentions(ctx context.Context, f EventFilter, fn func(*EventMention) error) error
	// Relations calls fn for each relation assertion that matches f.
	Relations(ctx context.Context, f RelationFilter, fn func(*Relation) error) error
	// DyadPeriods calls fn with event counts and Goldstein sums per dyad,
	// period and QuadClass, read from rollups maintained on insert. Periods
	// without events are not reported (export adds the explicit zeros).
	DyadPeriods(ctx context.Context, f PeriodFilter, fn func(*DyadPeriod) error) error
	// Actors lists the actor codes seen in events with their counts, most
	// frequent first.
	Actors(ctx context.Context) ([]ActorCount, error)
	// Close releases the store.
	Close() error
}

// Errors the store reports; test with errors.Is.
var (
	// ErrNotFound means the article or row asked for is not stored.
	ErrNotFound = errors.New("not found")
	// ErrSchemaTooNew means the database was written by a newer entente
	// whose schema this build does not know; the database is left untouched.
	ErrSchemaTooNew = errors.New("database schema is newer than this entente")
	// ErrReadOnly means a write was attempted on a read-only store.
	ErrReadOnly = errors.New("store is read-only")
)

// CodedArticle is one article with everything the pipeline found in it: the
// unit the pipeline hands to Store.PutArticles.
type CodedArticle struct {
	Article Article
	// PublisherCountry is the ISO 3166 alpha-2 code of the publisher's
	// country, when known.
	PublisherCountry string
	Mentions         []Mention
	Events           []Event
	Relations        []Relation
	// DictVersion identifies the dictionaries and model that coded the
	// article; events without their own DictVersion inherit it.
	DictVersion string
	// Distinct marks events that are already distinct events as given:
	// the rows of an event dataset (GDELT, ICEWS) that its makers
	// deduplicated. The store keeps each as an event of its own and merges
	// none of them into another; reports coded from text later may still
	// merge into them.
	Distinct bool
}

// PutStatus says what PutArticles did with one article.
type PutStatus string

// The outcomes of storing an article.
const (
	PutAdded     PutStatus = "added"     // stored, with its events
	PutExisting  PutStatus = "existing"  // already stored: nothing changed
	PutDuplicate PutStatus = "duplicate" // stored and linked to a near-duplicate article
	PutRejected  PutStatus = "rejected"  // not stored: Err says why; the batch goes on
)

// PutResult reports what happened to one article of a batch.
type PutResult struct {
	ArticleID string
	Status    PutStatus
	// DuplicateOf is the ID of the earlier article this one nearly copies,
	// when Status is PutDuplicate.
	DuplicateOf string
	// Events is the number of event reports stored, and NewEvents how many
	// of them were not yet known (the rest merged into stored events).
	Events    int
	NewEvents int
	// Err is the reason a rejected article was not stored.
	Err error
}

// StoredArticle is an article as the store keeps it.
type StoredArticle struct {
	Article
	PublisherCountry string
	// ContentHash is the hex SHA-256 of Text.
	ContentHash string
	// DuplicateOf is the ID of the article this one nearly copies, or "".
	DuplicateOf string
	DictVersion string
}

// StoredEvent is a deduplicated event: the Event fields come from its first
// report, and the counts from all reports.
type StoredEvent struct {
	Event
	// StoreID is the store's numeric identifier (GDELT's GLOBALEVENTID).
	StoreID int64
	// NumMentions counts every report; NumArticles the distinct articles that
	// are not near duplicates of others; NumSources their distinct publishers.
	NumMentions int
	NumSources  int
	NumArticles int
	// URL and Published are those of the first article that reported it.
	URL       string
	Published time.Time
}

// EventMention is one report of an event in one article, with its evidence.
type EventMention struct {
	EventStoreID int64
	// EventDate is the date of the event reported.
	EventDate time.Time
	// EventID is the coder's identifier of the report.
	EventID     string
	ArticleID   string
	Publisher   string
	URL         string
	Published   time.Time
	Sentence    int
	SourceSpan  Span
	TargetSpan  Span
	VerbSpan    Span
	Confidence  float64
	GapDays     int
	Modality    Modality
	DictVersion string
	// Duplicate reports that the article is a near duplicate of another.
	Duplicate bool
	// DocLen is the length in bytes of the article text.
	DocLen int
}

// EventFilter selects events. Zero fields do not filter. Actor codes match
// as prefixes of the stored codes ("PAK" matches "PAKGOV"), because CAMEO
// actor codes are hierarchical.
type EventFilter struct {
	// Actor matches events in which the actor is the source or the target.
	Actor  string
	Source string
	Target string
	// Dyad matches events between the two actors in either direction.
	Dyad [2]string
	// Code is an event code prefix ("04" or "042"); Root an exact root ("04").
	Code      string
	Root      string
	QuadClass int
	// From and To bound the event date, inclusive; zero times do not bound.
	From time.Time
	To   time.Time
	// Modality selects one modality.
	Modality Modality
	// Place matches the place name or country code, case-insensitively.
	Place string
	// Text is a full-text query (SQLite FTS5 syntax) over article titles and
	// texts: events reported in a matching article.
	Text string
	// DictVersion selects events coded by one dictionary version.
	DictVersion string
	// Article selects the events reported in the stored article with this
	// ID (StoredArticle.ID).
	Article string
	// Limit caps the number of rows (0: no cap); Offset skips rows.
	Limit  int
	Offset int
}

// RelationFilter selects relation assertions. Actor codes match as prefixes.
type RelationFilter struct {
	Actor string
	Dyad  [2]string
	// Sign is +1 or -1 to select alliances or enmities, 0 for both.
	Sign  int
	From  time.Time
	To    time.Time
	Limit int
}

// NormalizeEventCode restores the zero padding of a CAMEO event code that a
// numeric reader or a spreadsheet stripped ("42" -> "042", "211" -> "0211":
// CAMEO roots run from 01 to 20, so a three-digit code above 204 lost its
// leading zero). Other strings are returned unchanged.
func NormalizeEventCode(code string) string {
	for i := 0; i < len(code); i++ {
		if code[i] < '0' || code[i] > '9' {
			return code
		}
	}
	switch len(code) {
	case 2:
		return "0" + code
	case 3:
		if code[:2] > "20" {
			return "0" + code
		}
	}
	return code
}

// Period is the length of a time bucket in aggregates.
type Period string

// The periods aggregates can be bucketed by.
const (
	Day   Period = "day"
	Week  Period = "week" // ISO weeks, labelled by their Monday
	Month Period = "month"
	Year  Period = "year"
)

// Start returns the first day (UTC) of the period that holds t; an empty
// period means Day.
func (p Period) Start(t time.Time) time.Time {
	u := t.UTC()
	d := time.Date(u.Year(), u.Month(), u.Day(), 0, 0, 0, 0, time.UTC)
	switch p {
	case Week:
		return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7)) // back to Monday
	case Month:
		return time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)
	case Year:
		return time.Date(d.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return d
}

// Next returns the start of the period after the one starting at start.
func (p Period) Next(start time.Time) time.Time {
	switch p {
	case Week:
		return start.AddDate(0, 0, 7)
	case Month:
		return start.AddDate(0, 1, 0)
	case Year:
		return start.AddDate(1, 0, 0)
	}
	return start.AddDate(0, 0, 1)
}

// Valid reports whether p is one of the known periods or empty.
func (p Period) Valid() bool {
	switch p {
	case "", Day, Week, Month, Year:
		return true
	}
	return false
}

// PeriodFilter selects dyad-period aggregates. Source and Target match as
// prefixes; Directed false folds A->B and B->A into one dyad ordered by code.
type PeriodFilter struct {
	Source    string
	Target    string
	Period    Period
	From      time.Time
	To        time.Time
	Root      string
	QuadClass int
	Modality  Modality
	// Directed keeps A->B and B->A apart.
	Directed bool
	// ByCountry aggregates actors to the first three letters of their codes
	// (the country, or IGO, NGO, ...), so that USAGOV->RUSMIL and USA->RUS
	// count in one USA-RUS dyad. With a Month or Year period and no Root it
	// reads a smaller rollup and is the fastest series.
	ByCountry bool
}

// DyadPeriod is the aggregate of one dyad, period and QuadClass.
type DyadPeriod struct {
	Source string
	Target string
	// Start is the first day of the period.
	Start        time.Time
	QuadClass    int
	Count        int
	GoldsteinSum float64
}

// ActorCount is an actor code with the number of events it takes part in.
type ActorCount struct {
	Code     string
	AsSource int
	AsTarget int
}
