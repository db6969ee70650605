// Package scenario holds entente's end-to-end acceptance scenarios: short
// articles written for the project, each with an expectations file, and the
// test that codes them with the default chain (pipeline.DefaultChain) and
// checks what comes out, from the events of single sentences to the signed
// network and the turning points that package analysis derives from them.
// It has no code outside its tests.
//
// Run it with
//
//	go test ./scenario -run Scenarios -v
//
// which logs every failed check with what was expected, the closest thing
// the chain produced (the sentence, the actors found in it, the events and
// relations coded from it) and the stage the miss points at, then a table
// of passes per article and per kind of check (event checks that also test
// a date or a modality have columns of their own, "dated" and "modality").
// Add -dump to log everything the chain coded, sentence by sentence. The
// test fails only when the overall pass rate falls below the ratchet
// constant floor.
//
// The stage a failure points at is a first guess from what came out:
// "actors" when the sentence lacks a mention of an expected actor, "dates"
// or "modality" when the right event came out with the wrong date or
// modality, "coder" when the actors are there but the event is not (a wrong
// parse also lands here: read the sentence), "relations" for a missing or
// mis-signed standing relation, "tokenizer" when no sentence holds the near
// words, and "analysis" for edges, triads and turning points, whose log
// lists the dyad's events and relations in the window.
//
// # Scenarios
//
// testdata/NAME.txt is an article with front matter (title, date) as
// package ingest reads it; testdata/NAME.expect holds its expectations. An
// expectations file may instead name another article, such as the founding
// article in the shared data folder, which is skipped when that folder is
// absent:
//
//	article shared:seed/000_5f071ebbb89237fa.txt
//	date 2018-05-15
//
// date supplies the story date when the article has none.
//
// # Expectations
//
// One check a line; "#" starts a comment. Positional words come first,
// then options as key=value or bare flags.
//
//	event SRC ROOTS TGT [options]      an event with these actors and code
//	noevent SRC ROOTS TGT [options]    no such event (negated events aside)
//	relation A B +|- [options]         a standing relation with this sign
//	edge A B +|- [window]              the network tie A–B has this sign
//	unbalanced A B C [window]          the triad A, B, C is unbalanced
//	balanced A B C [window]            the triad A, B, C is tied and balanced
//	turning A B [up|down] by=YYYY      A–B's series turns by that year
//
// Actors are CAMEO codes. A code matches a produced code that equals it,
// that rolls up to it (analysis.RollUp: PAK matches PAKGOV and PAKMIL, not
// PAKREB or PAKBUS), or, when longer than three letters, that it begins
// (PAKGOV matches PAKGOVMIN). "XYZ*" matches every code that begins with
// XYZ, "*" any actor, "-" no actor (an event without target), and
// alternatives are written A|B. In edge, unbalanced, balanced and turning the actors
// are network nodes (rolled-up codes).
//
// ROOTS are code prefixes, any of which matches: 04 is the root, 0871 a
// full code, 05|06 either root.
//
// Options of event, noevent and relation:
//
//	year=YYYY month=MM     the date's year and month
//	from=YYYY to=YYYY      the date's year lies in this range (inclusive)
//	precision=P|Q          the date's precision (day, month, year, decade, approximate)
//	historical, current    the date is (or is not) marked historical
//	modality=M|N           the event's modality (asserted, alleged, intended, ...)
//	both                   either direction of SRC and TGT will do
//	near="words"           it must come from a sentence holding these words
//	                       (case-insensitive); a failure then shows what the
//	                       chain found in that sentence
//
// The window of edge, unbalanced and balanced is the period around at=YYYY (a year)
// or at=YYYY-MM (a month), the story date's month by default, or the years
// from=YYYY to=YYYY; unit= sets the period unit of the cells. The network
// is built as the network and balance commands build it: analysis.Aggregate
// with undirected cells over the article's events and standing relations,
// then analysis.BuildNetwork, with the evidence minimum lowered to the one
// article. turning builds the dyad report (analysis.BuildReport, per year
// unless unit= says otherwise) and passes when a turning point in the given
// direction falls at or before by= (and at or after from=).
package scenario
