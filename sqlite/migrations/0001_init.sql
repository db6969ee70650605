-- Schema version 1 of the entente event store.
-- Dates are whole days since 1970-01-01 (UTC) in INTEGER columns named day;
-- timestamps are Unix nanoseconds. JSON columns hold '' when empty.

CREATE TABLE articles (
	id                INTEGER PRIMARY KEY,
	key               TEXT    NOT NULL UNIQUE, -- Article.ID, or 'sha256:'||content_hash
	source            TEXT    NOT NULL DEFAULT '',
	publisher         TEXT    NOT NULL DEFAULT '',
	publisher_country TEXT    NOT NULL DEFAULT '',
	language          TEXT    NOT NULL DEFAULT '',
	url               TEXT    NOT NULL DEFAULT '',
	title             TEXT    NOT NULL DEFAULT '',
	published         INTEGER,                 -- NULL when unknown
	date_source       TEXT    NOT NULL DEFAULT '',
	content_hash      TEXT    NOT NULL,
	simhash           INTEGER NOT NULL,
	duplicate_of      INTEGER,                 -- articles.id of the near-duplicate original
	dict_version      TEXT    NOT NULL DEFAULT '',
	paragraphs        TEXT    NOT NULL DEFAULT '',
	text              TEXT    NOT NULL
);
CREATE INDEX articles_hash ON articles(content_hash);

-- Four 16-bit bands of each article's simhash, (band number << 16 | value):
-- two simhashes within Hamming distance 3 share at least one band.
CREATE TABLE article_bands (
	band       INTEGER NOT NULL,
	article_id INTEGER NOT NULL,
	PRIMARY KEY (band, article_id)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');

-- Deduplicated events; the attributes of the first report are in mentions.
CREATE TABLE events (
	id            INTEGER PRIMARY KEY,
	bucket        INTEGER NOT NULL, -- merge bucket: events that may merge share it
	source        TEXT    NOT NULL,
	target        TEXT    NOT NULL,
	code          TEXT    NOT NULL,
	root          TEXT    NOT NULL,
	goldstein     REAL    NOT NULL,
	quad          INTEGER NOT NULL,
	plover_type   TEXT    NOT NULL DEFAULT '',
	plover_mode   TEXT    NOT NULL DEFAULT '',
	modality      TEXT    NOT NULL DEFAULT '',
	day           INTEGER NOT NULL,
	precision     TEXT    NOT NULL DEFAULT '',
	historical    INTEGER NOT NULL DEFAULT 0,
	place_name    TEXT    NOT NULL DEFAULT '',
	place_country TEXT    NOT NULL DEFAULT '',
	dict_version  TEXT    NOT NULL DEFAULT '',
	first_mention INTEGER NOT NULL,
	num_mentions  INTEGER NOT NULL,
	num_sources   INTEGER NOT NULL,
	num_articles  INTEGER NOT NULL
);
CREATE INDEX events_dyad   ON events(source, target, day);
CREATE INDEX events_target ON events(target, day);
CREATE INDEX events_day    ON events(day);
CREATE INDEX events_bucket ON events(bucket, day);

-- Every report of an event in an article, with its evidence.
CREATE TABLE mentions (
	id              INTEGER PRIMARY KEY,
	event_id        INTEGER NOT NULL,
	article_id      INTEGER NOT NULL,
	publisher       TEXT    NOT NULL, -- the independent-source name
	duplicate       INTEGER NOT NULL, -- the article is a near duplicate
	coder_id        TEXT    NOT NULL DEFAULT '',
	sentence        INTEGER NOT NULL,
	sentence_text   TEXT    NOT NULL DEFAULT '',
	src_start       INTEGER NOT NULL,
	src_end         INTEGER NOT NULL,
	tgt_start       INTEGER NOT NULL,
	tgt_end         INTEGER NOT NULL,
	verb_start      INTEGER NOT NULL,
	verb_end        INTEGER NOT NULL,
	confidence      REAL    NOT NULL,
	gap_days        INTEGER NOT NULL,
	modality        TEXT    NOT NULL DEFAULT '',
	date_phrase     TEXT    NOT NULL DEFAULT '',
	date_start      INTEGER, -- When.Span, NULL when absent
	date_end        INTEGER,
	from_story_date INTEGER NOT NULL DEFAULT 0,
	dict_version    TEXT    NOT NULL DEFAULT '',
	matched         TEXT    NOT NULL DEFAULT '',
	quantities      TEXT    NOT NULL DEFAULT '',
	place           TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX mentions_event   ON mentions(event_id, publisher);
CREATE INDEX mentions_article ON mentions(article_id);

CREATE TABLE actor_mentions (
	article_id INTEGER NOT NULL,
	sentence   INTEGER NOT NULL,
	tok_start  INTEGER NOT NULL,
	tok_end    INTEGER NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	code       TEXT    NOT NULL,
	kind       TEXT    NOT NULL,
	antecedent TEXT    NOT NULL DEFAULT '',
	entries    TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX actor_mentions_article ON actor_mentions(article_id);
CREATE INDEX actor_mentions_code    ON actor_mentions(code);

CREATE TABLE relations (
	id          INTEGER PRIMARY KEY,
	article_id  INTEGER NOT NULL,
	sentence    INTEGER NOT NULL,
	a           TEXT    NOT NULL,
	b           TEXT    NOT NULL,
	directed    INTEGER NOT NULL,
	sign        INTEGER NOT NULL,
	strength    REAL    NOT NULL,
	phrase      TEXT    NOT NULL DEFAULT '',
	span_start  INTEGER NOT NULL,
	span_end    INTEGER NOT NULL,
	day         INTEGER,
	precision   TEXT    NOT NULL DEFAULT '',
	date_phrase TEXT    NOT NULL DEFAULT '',
	historical  INTEGER NOT NULL DEFAULT 0,
	gap_days    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX relations_ab      ON relations(a, b);
CREATE INDEX relations_b       ON relations(b);
CREATE INDEX relations_article ON relations(article_id);

-- Rollups maintained on insert and delete of events.
CREATE TABLE dyad_day (
	source    TEXT    NOT NULL,
	target    TEXT    NOT NULL,
	day       INTEGER NOT NULL,
	root      TEXT    NOT NULL,
	quad      INTEGER NOT NULL,
	modality  TEXT    NOT NULL,
	n         INTEGER NOT NULL,
	goldstein REAL    NOT NULL,
	PRIMARY KEY (source, target, day, root, quad, modality)
) WITHOUT ROWID;

-- The same per country (first three letters of the actor codes) and month
-- (months since January 1970), for fast country-level series.
CREATE TABLE country_month (
	source    TEXT    NOT NULL,
	target    TEXT    NOT NULL,
	month     INTEGER NOT NULL,
	quad      INTEGER NOT NULL,
	modality  TEXT    NOT NULL,
	n         INTEGER NOT NULL,
	goldstein REAL    NOT NULL,
	PRIMARY KEY (source, target, month, quad, modality)
) WITHOUT ROWID;

CREATE TABLE actor_counts (
	code      TEXT    PRIMARY KEY,
	as_source INTEGER NOT NULL,
	as_target INTEGER NOT NULL
) WITHOUT ROWID;
