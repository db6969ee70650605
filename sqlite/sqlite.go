// Package sqlite is entente's embedded event store: an entente.Store in one
// SQLite file, through the pure-Go driver modernc.org/sqlite.
//
// The database runs in WAL mode and every batch of articles is one
// transaction, so that a crash (even SIGKILL) at any moment leaves a valid
// database holding whole batches. The schema is versioned by PRAGMA
// user_version and migrated by the SQL files embedded from migrations/; a
// database written by a newer entente is refused with entente.ErrSchemaTooNew
// and left untouched. Every query takes its values as parameters.
//
// # Rollups
//
// Series and actor lists are read from rollups kept in the same transaction
// as the events: dyad_day (exact actor codes, day, root, QuadClass,
// modality), dyad_month (exact codes, month, QuadClass, modality),
// country_month (the same per country, the first three letters of the codes)
// and actor_counts. A batch sums its changes per key in memory and writes
// each key once, with multi-row UPSERTs in key order. Monthly and yearly
// series without a root filter read a monthly rollup and are summed in SQL.
//
// # Deduplication
//
// Articles are keyed by their ID (or "sha256:" and the hash of their text
// when they have none): storing a key again adds nothing. An article whose
// text is identical to, or a near copy of, a stored article (wire copies,
// republished or updated stories) is stored and linked to the earlier one
// (DuplicateOf). Near copies are found with a 64-bit simhash over the
// article's lower-cased 4-word shingles: two articles are near copies when
// their simhashes differ in at most 3 bits; candidates are found through
// four 16-bit bands of the simhash, one of which two such hashes must share.
// Texts of fewer than 8 words are compared by exact hash only.
//
// Events reported by several articles are merged into one stored event.
// Reports differ in detail, so the rule compares rather than keys: a new
// report merges into the first stored event (lowest ID) that
//   - has the same modality class: factual (asserted, alleged), possible
//     (intended, hypothetical, question) or negated; an intent or a threat
//     (roots 03, 13) told as intended is factual, as Event.Factual counts
//     it ("offered food aid", 030, and "proposed sending food assistance",
//     0333 intended, are one offer; keyModality);
//   - has the same date precision class (day; month or approximate; year;
//     decade), so a report dated "in March" does not merge with one dated
//     March 5; at the coarser classes the same month, year or decade. The
//     exception is a one-off act (signing an agreement, 057; reducing
//     relations, root 16: a recall, a round of sanctions, cut aid; an
//     expulsion, 174; a release, 084; or any code of
//     cooperation, roots 03 to 08, when
//     both sentences tell an agreement reached or signed: "signed a
//     defence pact", "agreed to establish relations"; or when their codes
//     match, they share a word, neither tells acts done again and again,
//     "repeatedly", "a series of", "throughout", and neither tells an
//     agreement: "restored diplomatic ties with China in January", "on
//     January 10 re-established diplomatic relations with Beijing") dated
//     to a month and to a day of that month, with codes that match
//     whatever the text says: one act (monthAndDay), unless the two
//     sentences' first numbers of people or things (firstCount: not
//     dates, years, times or names) differ ("turned back more than 1,000
//     migrants in July", "on July 14 turned back 38 migrants": the
//     month's are many acts; numbers spelt out count: "seven hundred and
//     seventy"). The first number is not always the act's ("two officials
//     said Vilnius expelled 2,500"), which may part two reports of one act. Such reports are in two buckets (see
//     below): the writer also reads the bucket of the other precision that
//     crossProbe names;
//   - at day precision, has the same day, or a day one apart when one of the
//     two days is uncertain: a report whose sentence puts the event at the
//     turn of a day (night, overnight, midnight, dawn, evening, "early" or
//     "late" on a day), or whose date phrase counts from the publication
//     ("today", "yesterday", "tonight"), which shifts with the time zone of
//     the publication time; or a report the text gives no date for, dated
//     by its publication, against one dated the day before it (or also
//     undated), or, when both are coded from text, up to three days before
//     it ("seized a trawler off Dakar, officials said" published on
//     Monday, "detained a Russian trawler on Saturday"). Two reports that
//     name two adjacent days otherwise are two
//     events (shelling on Monday and on Tuesday);
//   - has the same root code and a compatible full code: equal, one the
//     three-digit base of the other (023, 0233), one the root's unspecified
//     code (190) and the other under that root (192), ground fighting with
//     small arms or artillery (193, 194), easing sanctions (081, 085), an
//     arrest, repression and a seizure (173, 175, 171, which the
//     dictionaries give to wordings of one arrest or of one boat seized),
//     military aid and military protection (072, 074: troops sent to an
//     ally),
//     or any two codes of consultation (root 04: a meeting told as a
//     visit, talks or a meeting) except a visit and a hosting in one
//     direction. Some pairs depend on the sentences of the reports: the
//     unspecified attack (190) matches an air strike (195) unless its
//     sentence tells ground fire (troops, commandos, artillery, howitzers,
//     tanks, shelling, gunfire, fought, battled, clashes, shot but not
//     "shot down", ...) and no aerial
//     weapon, and ground fighting (193, 194) unless its sentence tells an
//     air attack and no ground fighting, or one sentence tells ground fire
//     and the other an air attack ("aircraft dropped glide bombs", coded
//     194); ground fighting matches an air
//     strike unless either sentence tells ground fire (a missile strike is
//     coded either way); fighters named after the first verb of attack
//     ("jets bombed Ethiopian troops") were hit and tell no ground fire. A
//     criticism (111), an accusation (112) and an official protest (114:
//     "protested to", "lodged a protest with") match each other, and two
//     statements of matching codes of roots 10 to 13 (demands,
//     disapproval, rejections, threats, which a party often makes on two
//     matters the same day) or an unspecified request (020, whose code
//     tells nothing of what was asked) and another request match each
//     other, when the two
//     sentences may be of one matter: they
//     share a word of it, or one of them names none (sameMatterOf); the
//     names of the parties' own countries and peoples ("Kenya", "Kenyan"
//     for a dyad of Kenya) are no shared matter, and a report whose only
//     matter words name a party names none. Two
//     codes under two roots match when both sentences name their matter
//     and share a word of it: an embargo or sanctions (163) and an
//     administrative ban (172: "banned imports of Chilean salmon",
//     "barred salmon from Chile"; a ban is a one-off act), two
//     statements of roots 10 to 13 (a rejection and a criticism), and an
//     appeal (02) and a demand (10) for the same kind of thing, which
//     CAMEO numbers alike under both roots (0213 and 1013: an extradition
//     asked for), or one of them unspecified (020, 100); such
//     events are also stored under a second bucket of their kind (the
//     alias, below). A gift told as unspecified material cooperation (060:
//     "gave Mongolia thirty buses") and as aid (root 07 but asylum, 075:
//     "donated 30 buses to Mongolia"), and aid pledged or approved (an
//     intent to give aid, 033x, told as done) and aid given of its kind,
//     are one gift when the two sentences
//     share a goods word: a word of the sentence that is not capitalised,
//     not a function word, a preposition or a word of giving or aid, by
//     its first five letters or its class below (eight a report); two
//     kinds of aid pledged (0331, 0333: "10 million euros in humanitarian
//     aid", "a 10 million euro package to help") are one pledge when the
//     sentences' first numbers agree (firstCount). The
//     matter is what follows the sentence's first preposition of matter
//     or opener ("over", "of", "that", "to", "with", ..., and the verbs of
//     a rejection or a restriction, whose object is its matter: "rejected
//     a proposal", "turned down an offer", "stopped sending fresh fruit";
//     of a request or an offer, whose object is what is asked or offered:
//     "requested more troops", "offered emergency aid";
//     and the possessive after a verb of judgment, whose object is the
//     thing judged: "slammed Japan's defence white paper", "criticised
//     Tokyo's defence report", or its first word not capitalised after a
//     determiner: "condemned an Israeli strike"):
//     its words that
//     are not names, function words or verbs of statement, compared by
//     their first five letters, a plural "s" of a shorter word left out
//     ("visas" and "visa") (words of reporting left out whole:
//     "statement" is no matter, "statehood" is), with a few words of one
//     matter taken as one (retaliation, reprisals, a response; protests,
//     riots, unrest; remarks, comments; extradition, a handover; a
//     border, a frontier; aid, help; weapons, arms; troops, soldiers;
//     talks, negotiations; a proposal, an offer; a deal, an agreement, a
//     pact; a law, a bill; drills, exercises; an embassy, a consulate;
//     fishermen, fishing; activists, campaigners; a deportation, an
//     expulsion; meddling, interference; an election, a vote; limits,
//     curbs; wheat, grain; railways, trains; a journalist, a reporter; an
//     arrest, a detention; prisoners, detainees; boats, vessels, ships;
//     medicines, drugs; destabilising, undermining; a port, a terminal;
//     arrears, debts; a coup, an overthrow; marches, parades, rallies with
//     protests; a ban, outlawing; a release, freeing; sheltering,
//     harbouring; convoys, lorries; withdrawing, pulling back; bodies,
//     remains; relief with aid, forces with troops; piracy, pirates;
//     executions, hangings; ties, relations; seizures, confiscations;
//     visits, trips; prosecutions, trials; dismissals, removals; judges,
//     courts; bases, facilities; membership, joining; offensives,
//     advances; airports, runways; repairs, rebuilding; banknotes,
//     currency; jailing, prison, sentences; garments, clothing; cars,
//     vehicles; seafood, fish), and
//     names after a preposition of matter ("over", "in", "at", "from", "outside",
//     ...) or a determiner ("to reopen the Desaguadero crossing"); each
//     report keeps ten, as 16-bit hashes. Help (aid, assistance) is a weak
//     matter word: shared, it makes one matter unless both sentences
//     have matter words of their own besides ("asked Turkey for help
//     training its coast guard" and "asked Turkey to help rebuild its
//     power grid" are two requests).
//     Two reports of one fighting code (190 and 190) are one attack
//     unless one sentence tells ground fire and the other an air attack
//     ("artillery shelled" and "F-16s bombed" the same hideouts). Other codes under one root
//     stay apart (111 and 113, 193 and 192). An
//     arrest or charge (173) against a government (a capital standing for
//     it: "Warsaw charged Minsk with ...") is compared as an accusation
//     (112), root included;
//   - has the same actors, where an actor matches a more detailed code of
//     itself (RUS, RUSMIL) or another organ of the same state under one or
//     more roles (RUSGOV, RUSMIL, RUSGOVMIL), and a non-state armed group
//     another of the same country (HTICRM, HTIUAF: gangs and gunmen) or
//     a group of no one country or region (MOZREB, IMGMUSISI: "Islamist
//     insurgents" placed in Mozambique, and the Islamic State),
//     unidentified armed forces an organ of their country's state
//     (SYRUAF, SYRMIL: "Syrian fighters" may be its army), and
//     private people another kind of them of the same country (civilians,
//     business, education, health, labour, farmers, refugees: UKRCVL,
//     UKRBUS, "Ukrainian civilians" and "a Ukrainian airliner"), but
//     not a rebel or opposition group of that country against its state
//     (RUSGOV, RUSREB) nor, by its first letters, a group (IGO, NGO, ...), except
//     that the targets of two attacks (roots 18 to 20), or of two
//     expulsions (174: "a Russian reporter", "back to Moscow"), may be any two
//     actors of one country (Hamas and Gaza, Hezbollah and Lebanon's
//     government: reports name what was hit differently), unless one
//     sentence tells ground fire and the other an air attack; the
//     actors may be swapped only for joint acts (040, 041, 044, 046, 050,
//     057), a visit told by its host (042 against 043) or two consultation
//     codes that differ (a visit against talks, 042 against 046), and
//     one consultation code told both ways (040 against 040) only when
//     neither sentence tells a summons ("summoned the ambassador"), which
//     runs from who summoned to who was summoned; and one fighting code on
//     the ground (180, 190, 193, 194) told from either side, or with no
//     target by one side and with the first as target by the other, only
//     when a sentence tells fighting both took part in ("clashed",
//     "exchanged fire", "fought", "at each other") and neither only an air
//     attack;
//   - and has no conflicting place, unless both are verbal acts (roots 01
//     to 05 and 09 to 13), whose place is often their matter's ("thanked
//     Ecuador for the planes that fought fires around Vina del Mar").
//     Only two places below country level
//     conflict (a country holds its cities, and an event the text gives no
//     place for is placed in an actor's country): they are looked up in the
//     embedded gazetteer (package place) within their countries, a region
//     named after its seat ("Kursk region") as the region holding the town,
//     and conflict when they are two entries more than 5 km apart, or two
//     towns however close (two populated places of the gazetteer, neither a
//     district of a city: Nuseirat and Bureij), unless one is a region
//     holding the other. A name the gazetteer does not know conflicts with
//     any other name. The locator stores no place for a town the gazetteer
//     lacks, so two attacks (roots 18 to 20) whose sentences name such
//     towns after a preposition or verb of attack ("shelled Martakert",
//     "shelled Hadrut"), each one the other does not name, are two
//     attacks: a name
//     counts as a town when the word after it is no noun it describes
//     ("hit Kurdish rebels"), nor a region's kind ("Unity state"), nor the
//     rest of a name the gazetteer knows ("South Sudan"); a landform
//     before a name ("off Cape Tarkhankut") is passed over. Such a town
//     against a town the gazetteer knows (stored as the place, or named
//     after a cue and known only as a town) is two attacks too; against a
//     region named with its kind ("struck targets in North Darfur state";
//     state, province, district, regency, county, ...)
//     it may be one, as may an attack with no target whose sentence names
//     only such towns against one with a target in a named region. Two
//     attacks whose sentences both name, after a cue, a town the gazetteer
//     knows only as a town (by one word or two: "Al Hazm", "Debre
//     Markos"; or, for one of them, stored as its place) and no name in
//     common, neither naming a region, are two attacks; so are two that
//     each name a town after a cue, one the gazetteer lacks or knows only
//     as a town, and none in common, when neither names a region and they
//     are not stored at one place ("near Tillia", "near Ayorou"). A region
//     is named by a kind word after a capitalised name ("in Borno state",
//     "southern Lebanon's Bint Jbeil district"), not by "Islamic State"
//     (whose other group names still read as regions: "Islamic State West
//     Africa Province").
//
// Across roots, reports of one attack often disagree on its root: an
// unspecified assault (180) and an unspecified attack (190) are one act
// unless a sentence tells fighting by both sides or an attack from the air
// only; an unspecified assault and an air strike (195) unless the
// assault's sentence tells ground fire; a massacre (202) and a killing
// (180, 183, 186, 190, 193 to 195) when the two sentences share a matter
// word. The attack roots 18 to 20 share one bucket for this (the attacks
// of a store written by an earlier build are keyed by their own roots:
// `entente recode --all` keys them anew). Two codes of one sentence stay
// two events, as the coder told them ("shells struck a village, killing
// two civilians"; "travelled to Phnom Penh for a visit": the visit and its
// hosting), whichever another article's report meets. One person's arrest told in a month and on a day of it
// ("arrested a French national in June", "on June 14 detained a French
// citizen") is one act when the sentences share a matter word. Two
// decisions to reduce relations (root 16), one placed in its source's
// country and the other in its target's, are not compared by place.
//
// Candidates are found through a bucket (the unordered pair of the actors'
// first three letters, the root, the modality class and the precision
// class) indexed with the day: the day and one day either side at day
// precision (for a report coded from text, three days before an undated
// report and after a dated one), the whole month, year or decade
// otherwise. A report the coder
// gives no target is in another bucket than one of the same act with a
// target; an attack (roots 18 to 20) with a target is also stored under
// the bucket it would have with none (its alias_bucket, schema version 9),
// and reads it, so that the two are compared: they are one attack when the
// sources are one actor, the codes match as above, the report with no
// target has no place below country level (or one the other's sentence
// names too), and its sentence names no place after a preposition or verb
// of attack ("in", "near", "hit", "bombed", ...; a name that describes the
// noun after it, "bombed FARC dissident camps", is no place, unlike "the
// Bawku area"; an article inside a name, "Burj al-Shamali", goes on with
// it) or one that the other's also names ("struck targets in Balakot", "bombed a camp near Balakot in
// Pakistan"), or only towns the gazetteer lacks against a named region, or
// it is placed in a town of the country the other attacked and the other
// has no place below that country ("drones struck Dubno", "Russia attacked
// Ukraine"): a
// town the gazetteer lacks is stored as no place, and its name is all that
// tells two towns struck the same day apart. A one-off act with a target
// that has no alias of its own (root 16 but an embargo, an expulsion 174,
// a release 084; and a visit or a hosting, 042 and 043, made to one host
// or for one guest at a time)
// is stored under its bucket with no target too, and is one act with a
// report of the same source and a matching code that names no target
// ("Managua called its ambassador back", "Nicaragua recalled its
// ambassador from Costa Rica"), whatever places their sentences name.
// A report of any other act with a target and a sentence is stored under
// its bucket with no target too (its loose_bucket, schema version 10),
// which a report of the same source with no target and a sentence reads:
// they are one act when the codes match and the sentences share a matter
// word ("Port Louis signed a deal on fishing rights", "Mauritius signed an
// agreement with the Seychelles on fishing rights"). An arrest (173) with a
// target reads them too: two arrests by one source whose targets are no
// state organs and not two foreign countries ("arrested two suspected
// Lashkar-e-Taiba operatives", PAKREBSPY; "detained two men suspected of
// working for the group", INDCVL) are one arrest when their sentences give
// the same first count of things (firstCount: "35", "seventeen"; not a
// year, a day of a month or a length of time). A batch with none of these
// reports does not read the loose buckets.
// Likewise an agreement (a code of
// cooperation, roots 03 to 08, whose sentence tells a signing: "signed",
// "concluded", "agreed", "sealed") is also stored under the bucket of agreements of
// its two countries, whatever the root, and reads that bucket at its own
// precision and at the other (a month against a day of it): two such
// reports of the same two parties, in either direction, are one signing
// ("signed a mutual defence agreement", 057; "concluded a pact committing
// each to defend the other", 062). An embargo or an administrative ban
// (163, 172) and a statement of roots 10 to 13 reported from text are
// stored under the bucket of their kind between the two countries
// (restrictions, read at both precisions; statements), and so is a gift
// (060, root 07 but 075), so that the two roots of one measure, one
// statement or one gift meet. Armed forces sent into another country are
// coded as military aid (072), a show of force (root 15) or an occupation
// (192): with a target, the three have root 07's bucket, and two of them
// under two roots are one deployment when both sentences name armed forces
// ("troops", "soldiers", "forces", "jets").
//
// What the rule reads from the text of a stored event's first report (the
// certainty of its day, ground fire or an air attack, an agreement, a
// summons, the matter words, the names of places) is read only when two
// reports otherwise match a day apart, with one of the codes that depend
// on the text, with attack targets of one country, as an attack with and
// without a target, as one consultation code told from either side or as
// cooperation at month and day precision, and the gazetteer is loaded only
// when two reports otherwise match with a place name to look up. The text
// is read in one pass per report, without allocating.
//
// The rule is measured end to end (pipeline.DefaultChain, then this store)
// on hand-labelled pairs of short reports in testdata (TestDedupText; see
// testdata/dedup_README.md). Each held-out file is run once with the rule
// of its round, tuned on the earlier files only. On rounds 121 to 160
// (forty files) it merged 42/1,830 = 2.3% of the pairs of different events
// and missed 216/1,763 = 12.3% of the pairs of one event; on rounds 161 to
// 220 (sixty files written to a harder brief: the wordings and actors of
// real news) 120/2,679 = 4.5% and 554/2,403 = 23.1%; on rounds 221 to 228
// (the current rule, with session 14's coder) 13/364 = 3.6% and 67/311 =
// 21.5%. Most misses are the
// coder's: two wordings of one act coded under two roots, or with other
// actors; the rest are statements of one matter told with no word in
// common and places the gazetteer lacks. TestDedupPairs checks the rule on
// hand-built events.
//
// Each report is kept as a mention with its evidence. A stored event counts
// every report (NumMentions), the distinct articles that are not near
// duplicates (NumArticles) and their distinct publishers (NumSources); an
// event first reported by a near duplicate counts that article once.
//
// # Writing and bulk loads
//
// A batch is written with few statements: its article keys are looked up in
// one query, its articles, events, mentions and rollup rows are written with
// multi-row INSERTs of prepared statements kept from batch to batch, and
// copies among its own articles are found in memory, after the stored ones,
// as SQLite would list them. A new event is seen by the later reports of
// its batch as it will be read back once stored, so that merges do not
// depend on where batches begin (TestBulkLoadMatchesPut). In a multi-row
// INSERT, a column that holds one value in every row is bound once, or
// written as a constant when that value is empty (NULL, 0, the empty
// text), since binding value by value cost as much as SQLite's writing of
// the rows (see multiInsert); the stored values are the same. The events
// merged into stored ones are updated with one UPDATE per few hundred.
//
// PutArticles on a store in a file writes, one batch at a time, on a
// connection of its own, opened at the first write and kept until Close:
// it is a Loader (below) that keeps every index, so that its INSERTs are
// bound on the driver's connection directly, and the merge candidates one
// batch read or wrote serve the next ones (up to maxWriterCandidates) as
// long as no other connection writes. A failed batch closes the
// connection, and the next one opens another.
//
// A large load (an import of GDELT or ICEWS files of millions of rows,
// entente import --bulk) is written through a Loader (BulkLoad), which
// stores the same rows as PutArticles and differs in three ways:
//   - the secondary indexes that no write reads (those of events but
//     events_bucket, which finds merge candidates; of relations and actor
//     mentions; mentions_article) are dropped when the load begins and
//     created again when it ends, which SQLite does by sorting each index's
//     keys once instead of inserting them one at a time at random places
//     (unless BulkOptions.KeepIndexes, for a load small beside the store).
//     The dropped indexes are recorded in bulk_indexes in the transaction
//     that drops them, so that a load killed at any moment leaves a valid
//     store whose next writable Open (or next load) creates them again.
//     Their tables are analyzed again then, unless the load changed a
//     table's row count by at most a quarter (statsFresh) of the count its
//     statistics were taken at: the statistics of its dropped indexes,
//     kept in bulk_indexes too, are put back with them;
//   - it writes on one connection of its own and keeps the events it has
//     read or written as merge candidates in memory from batch to batch (up
//     to maxCachedCandidates), as long as no other connection has written
//     to the store (PRAGMA data_version on its connection);
//   - callers pass it larger batches (entente import --bulk: 20,000 rows).
//
// Each batch is still one transaction with its rollups: a crash leaves
// whole batches, and a rerun adds what is missing (TestBulkLoadCrash).
// Articles without text (imported rows) are not in the index of content
// hashes, which only texts are looked up in, and are stored with no hash
// (read back as the hash of the empty text).
//
// # Reading
//
// A page of events is selected by ID from the indexes first, and only its
// events are joined with their evidence. An actor filter is read as the
// union of two pages, of the actor as source (events_source) and as target
// (events_target), a page of it chunk by chunk of IDs (events_source_chunk
// and events_target_chunk, see chunkedPage in query.go), and a dyad as the
// union of its two directions, each
// read from events_pair, which lists each (source, target) pair's events in
// ID order so that SQLite stops once the page is full; EXPLAIN QUERY PLAN
// of these is checked by TestQueryPlans. Read statements are kept prepared
// by their text; the planner's statistics keep no samples (sqlite_stat4),
// with which SQLite would plan every execution anew. DataVersion tells
// callers (the web server's caches) when what they read may have changed.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"entente"

	sqlitedrv "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Options tune Open.
type Options struct {
	// ReadOnly opens the database for reading only; writes fail with
	// entente.ErrReadOnly.
	ReadOnly bool
	// BusyTimeoutMS is how long a write waits for a lock held by another
	// process before failing; 0 means 5000.
	BusyTimeoutMS int
}

// DB is the SQLite store. It is safe for concurrent use; writes are
// serialised by SQLite.
type DB struct {
	db       *sql.DB
	path     string
	readOnly bool
	// stmts caches the writers' prepared statements by name (*sql.Stmt):
	// the multi-row statements take long to parse.
	stmts sync.Map
	// nstmts counts the statements in stmts.
	nstmts atomic.Int64
	// written counts the events stored through this handle, to refresh
	// the planner's statistics now and then (see stats.go).
	written atomic.Int64
	// reads caches prepared read statements by their text (see query).
	reads struct {
		sync.Mutex
		m map[string]*sql.Stmt
	}
	// version holds the connection that DataVersion asks, opened on first
	// use; commits counts this handle's commits (all of an in-memory
	// database's, which has one connection).
	version struct {
		sync.Mutex
		conn *sql.Conn
	}
	commits atomic.Uint64
	// own is the Loader PutArticles writes through (see putOwn), nil
	// until the first write; closed is set by Close.
	own struct {
		sync.Mutex
		l      *Loader
		closed bool
	}
}

// maxReadStmts bounds the read statements kept prepared: queries differ by
// the length of their code lists, but take a few shapes in practice.
const maxReadStmts = 256

// maxIdleConns is the number of connections kept open between queries.
// database/sql keeps 2 by default, so that a server running a few queries
// at once opened (and set up, and warmed the page cache of) a connection
// for most of them.
const maxIdleConns = 8

var _ entente.Store = (*DB)(nil)

// migrations returns the embedded migration scripts in version order.
func migrations() ([]string, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []string
	for _, n := range names {
		b, err := migrationFS.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, string(b))
	}
	return out, nil
}

// SchemaVersion is the schema version this build writes.
func SchemaVersion() int {
	m, _ := migrations()
	return len(m)
}

// Open opens (creating and migrating when needed) the store at path; ":memory:"
// opens a private in-memory database.
func Open(ctx context.Context, path string, opt Options) (*DB, error) {
	busy := opt.BusyTimeoutMS
	if busy <= 0 {
		busy = 5000
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busy))
	q.Add("_pragma", "synchronous(NORMAL)")
	// A 64 MiB page cache per connection keeps the indexes' hot pages in
	// memory; memory use is bounded by it, not by the corpus.
	q.Add("_pragma", "cache_size(-65536)")
	q.Add("_pragma", "temp_store(MEMORY)")
	// Reading through a memory map shares the operating system's page
	// cache between connections and saves a copy per page read.
	q.Add("_pragma", "mmap_size(1073741824)")
	q.Add("_txlock", "immediate")
	memory := path == ":memory:"
	if !memory {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "wal_autocheckpoint(16384)")
	}
	if opt.ReadOnly {
		q.Add("mode", "ro")
	}
	dsn := "file:" + path + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if memory {
		// Each connection to :memory: is a database of its own.
		db.SetMaxOpenConns(1)
	} else {
		db.SetMaxIdleConns(maxIdleConns)
	}
	s := &DB{db: db, path: path, readOnly: opt.ReadOnly}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if !opt.ReadOnly && !memory {
		// Indexes a bulk load dropped and did not create again (it was
		// killed) are created now; while a load of another process holds
		// the store, they are left to it.
		if err := s.restoreIndexes(ctx); err != nil && !lockedOut(err) {
			db.Close()
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
		if err := s.ensureStats(ctx); err != nil {
			db.Close()
			return nil, fmt.Errorf("open %s: statistics: %w", path, err)
		}
	}
	return s, nil
}

func (s *DB) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return fmt.Errorf("read embedded migrations: %w", err)
	}
	var v int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return classify(err)
	}
	if v > len(ms) {
		return fmt.Errorf("schema version %d, this build knows up to %d: %w", v, len(ms), entente.ErrSchemaTooNew)
	}
	if v == len(ms) {
		return nil
	}
	if s.readOnly {
		return fmt.Errorf("schema version %d needs migrating to %d: %w", v, len(ms), entente.ErrReadOnly)
	}
	for i := v; i < len(ms); i++ {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return classify(err)
		}
		if _, err := tx.ExecContext(ctx, ms[i]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", i+1, classify(err))
		}
		// The version is a constant of this build, never a user value.
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", i+1)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", i+1, classify(err))
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, classify(err))
		}
	}
	return nil
}

// Close refreshes the planner's statistics of a writable store that
// changed much, and closes the database.
func (s *DB) Close() error {
	s.own.Lock()
	if s.own.l != nil {
		s.own.l.release()
		s.own.l = nil
	}
	s.own.closed = true
	s.own.Unlock()
	if !s.readOnly && s.written.Load() > 0 {
		// Statistics only guide the planner: a failure here loses nothing.
		_ = s.analyze(context.Background(), optimizeAll)
	}
	s.stmts.Range(func(_, st any) bool {
		st.(*sql.Stmt).Close()
		return true
	})
	s.version.Lock()
	if s.version.conn != nil {
		s.version.conn.Close()
		s.version.conn = nil
	}
	s.version.Unlock()
	s.reads.Lock()
	for _, st := range s.reads.m {
		st.Close()
	}
	s.reads.m = nil
	s.reads.Unlock()
	return s.db.Close()
}

// query runs a read query through a prepared statement kept for its text,
// so that SQLite parses and plans each query text once per connection
// rather than at every call; past maxReadStmts texts it runs unprepared.
// The text must be built from this package's constants only (values go in
// args), as every query here is. Errors are returned as SQLite gave them,
// for the caller to classify.
func (s *DB) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	s.reads.Lock()
	st, full := s.reads.m[q], len(s.reads.m) >= maxReadStmts
	s.reads.Unlock()
	if st == nil && !full {
		prep, err := s.db.PrepareContext(ctx, q)
		if err != nil {
			return nil, err
		}
		s.reads.Lock()
		switch {
		case s.reads.m[q] != nil:
			prep.Close()
			st = s.reads.m[q]
		case len(s.reads.m) < maxReadStmts:
			if s.reads.m == nil {
				s.reads.m = map[string]*sql.Stmt{}
			}
			s.reads.m[q] = prep
			st = prep
		default:
			defer prep.Close()
			st = prep
		}
		s.reads.Unlock()
	}
	if st != nil {
		return st.QueryContext(ctx, args...)
	}
	return s.db.QueryContext(ctx, q, args...)
}

// DataVersion returns a number that changes whenever the database changes:
// a commit through this handle or, for a file, by any other connection or
// process. Results read from the store while it returns one value stay
// valid, so that callers can cache them under it.
//
// It combines this handle's commit count with PRAGMA data_version asked on
// a connection kept for it, which never writes, so that every commit, ours
// included, changes its answer. An in-memory database has one connection
// and no other writer: its commit count is enough.
func (s *DB) DataVersion(ctx context.Context) (uint64, error) {
	local := s.commits.Load()
	if s.path == ":memory:" {
		return local, nil
	}
	s.version.Lock()
	defer s.version.Unlock()
	if s.version.conn == nil {
		c, err := s.db.Conn(ctx)
		if err != nil {
			return 0, fmt.Errorf("data version: %w", classify(err))
		}
		s.version.conn = c
	}
	var v uint64
	if err := s.version.conn.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v); err != nil {
		// A broken connection is opened again at the next call.
		s.version.conn.Close()
		s.version.conn = nil
		return 0, fmt.Errorf("data version: %w", classify(err))
	}
	return v<<32 ^ local, nil
}

// SQL returns the underlying database handle, for tools and tests that need
// to inspect it. Writes through it bypass the rollups.
func (s *DB) SQL() *sql.DB { return s.db }

// lockedOut reports whether err is SQLite's answer that another connection
// holds the lock it needs.
func lockedOut(err error) bool {
	var se *sqlitedrv.Error
	if !errors.As(err, &se) {
		return false
	}
	c := se.Code() & 0xff
	return c == sqlite3.SQLITE_BUSY || c == sqlite3.SQLITE_LOCKED
}

// classify turns SQLite result codes into clear errors, keeping the cause.
func classify(err error) error {
	if err == nil {
		return nil
	}
	var se *sqlitedrv.Error
	if !errors.As(err, &se) {
		return err
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_FULL:
		return fmt.Errorf("database or disk is full, nothing of this transaction was written: %w", err)
	case sqlite3.SQLITE_READONLY:
		return fmt.Errorf("%w: %w", entente.ErrReadOnly, err)
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return fmt.Errorf("database is locked by another writer, try again later: %w", err)
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		return fmt.Errorf("not a valid entente database: %w", err)
	}
	if strings.Contains(err.Error(), "fts5: syntax error") {
		return fmt.Errorf("bad text query: %w", err)
	}
	return err
}
