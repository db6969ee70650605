// Package entente is the vocabulary of the entente political event data engine:
// the articles it reads, the sentences and tokens it splits them into, the actor
// mentions it recognises, the events it codes and the standing relations it
// extracts. Every stage of the pipeline speaks these types and nothing else; the
// stages live in their own packages (ingest, text, parse, actor, coder, ...) and
// only cmd/entente wires them together.
//
// All offsets are byte offsets into Article.Text, half-open [Start, End).
package entente

import (
	"fmt"
	"time"
)

// Span is a half-open byte range [Start, End) into an Article's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len reports the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Valid reports whether the span is well formed and lies inside a text of n bytes.
func (s Span) Valid(n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// Of returns the text the span covers in s, or "" when the span is out of bounds.
func (s Span) Of(text string) string {
	if !s.Valid(len(text)) {
		return ""
	}
	return text[s.Start:s.End]
}

// Cover returns the smallest span that contains both s and t.
func (s Span) Cover(t Span) Span {
	if t.Start < s.Start {
		s.Start = t.Start
	}
	if t.End > s.End {
		s.End = t.End
	}
	return s
}

// Article is one news story as read from an input: a file, a web page, a feed
// item or a corpus record.
type Article struct {
	// ID is stable: the input's own identifier when it has one, otherwise a
	// hash of the content.
	ID string `json:"id"`
	// Source names where the article was read from (a path, "path:line", a URL).
	Source string `json:"source"`
	// Publisher is the outlet (e.g. "Reuters"), when known.
	Publisher string `json:"publisher,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	// Language is a BCP 47 tag such as "en".
	Language string `json:"language,omitempty"`
	// Published is the publication date; zero when unknown.
	Published time.Time `json:"published,omitzero"`
	// DateSource says where Published came from: "input", "meta", "json-ld",
	// "time-element", "front-matter", "dateline", "flag", or "" when unknown.
	DateSource string `json:"date_source,omitempty"`
	// Text is the main text; every Span refers to it.
	Text string `json:"text"`
	// Paragraphs are the spans of the paragraphs of Text, in order.
	Paragraphs []Span `json:"paragraphs,omitempty"`
}

// Sentence is one sentence of an Article.
type Sentence struct {
	// Index is the sentence's position in the article, from 0.
	Index int `json:"index"`
	// Paragraph is the index of the paragraph that holds the sentence.
	Paragraph int `json:"paragraph"`
	// Span covers the sentence in Article.Text.
	Span Span `json:"span"`
	// Tokens are the sentence's tokens in order.
	Tokens []Token `json:"tokens,omitempty"`
}

// Text returns the sentence's text out of its article's text.
func (s *Sentence) Text(articleText string) string { return s.Span.Of(articleText) }

// Token is one word or punctuation mark, following the conventions of the UD
// English treebank ("do n't", "Pakistan 's", "$ 5"). The tagger and parser
// fill in the grammatical fields.
type Token struct {
	// Span is the token's place in Article.Text. Form may differ from the text
	// at Span (normalised quotes, expanded contractions); Span never does.
	Span Span `json:"span"`
	// Form is the normalised word form.
	Form string `json:"form"`
	// SpaceAfter reports whether white space follows the token in the text.
	SpaceAfter bool `json:"space_after,omitempty"`
	// UPOS and XPOS are the universal and Penn Treebank part-of-speech tags.
	UPOS string `json:"upos,omitempty"`
	XPOS string `json:"xpos,omitempty"`
	// Lemma is the dictionary form ("visited" -> "visit").
	Lemma string `json:"lemma,omitempty"`
	// Head is the index of the token's syntactic head within the sentence's
	// Tokens, or -1 for the root. It is meaningful only after parsing.
	Head int `json:"head"`
	// Rel is the universal dependency relation to the head ("nsubj", "obj").
	Rel string `json:"rel,omitempty"`
}

// EntryRef points at the dictionary entry that produced a decision, so that
// every mention and event can say why it was coded.
type EntryRef struct {
	File string `json:"file"`
	Line int    `json:"line"`
	// Text is the entry as written in the dictionary.
	Text string `json:"text,omitempty"`
}

func (e EntryRef) String() string { return fmt.Sprintf("%s:%d", e.File, e.Line) }

// Mention is an actor recognised in a sentence.
type Mention struct {
	// Sentence is the index of the sentence that holds the mention.
	Sentence int `json:"sentence"`
	// Tokens is the half-open range of token indices within the sentence.
	Tokens [2]int `json:"tokens"`
	// Span covers the mention in Article.Text.
	Span Span `json:"span"`
	// Code is the CAMEO actor code, e.g. "PAKGOV", "IGOUNO", "AFGREB".
	Code string `json:"code"`
	// Kind tells how the mention was found.
	Kind MentionKind `json:"kind"`
	// Antecedent, for a coreferent mention ("the group", "its"), is the span
	// of the earlier mention it refers to.
	Antecedent *Span `json:"antecedent,omitempty"`
	// Entries are the dictionary entries that matched (actor, then agent).
	Entries []EntryRef `json:"entries,omitempty"`
}

// MentionKind tells how an actor mention was recognised.
type MentionKind string

// The kinds of mention.
const (
	MentionActor   MentionKind = "actor"   // a dictionary actor phrase
	MentionAgent   MentionKind = "agent"   // an agent combined with a country ("Russian troops")
	MentionCoref   MentionKind = "coref"   // a pronoun or definite description resolved to an earlier actor
	MentionMetonym MentionKind = "metonym" // a capital or seat of power standing for a government
)

// Modality says how sure the text is that an event happened.
type Modality string

// The modalities, from most to least certain.
const (
	Asserted     Modality = "asserted"
	Alleged      Modality = "alleged"      // reported, accused, "reportedly"
	Intended     Modality = "intended"     // planned, future, "expressed interest in"
	Hypothetical Modality = "hypothetical" // conditional, "could", "if"
	Question     Modality = "question"
	Negated      Modality = "negated"
)

// Factual reports whether e is an event in CAMEO's sense: an act the text
// tells as done or claimed (asserted or alleged; an empty modality counts as
// asserted), or an intent or threat it tells as announced (intended, with a
// code of root 03 or 13: a deed told as planned is coded as its intent, see
// cameo.Intent). A hypothetical, a question, a negated act, or an intended
// act with no intent code ("intends to reject") is none; entente keeps such
// events with their modality in the store and in the CSV, JSONL and Parquet
// exports (the dyad-period panel counts them too, unless filtered by
// modality), while the code command (by default) and the GDELT TSV export,
// which has no modality column, leave them out.
func (e *Event) Factual() bool {
	switch e.Modality {
	case "", Asserted, Alleged:
		return true
	case Intended:
		root := e.Root
		if root == "" && len(e.Code) >= 2 {
			root = e.Code[:2]
		}
		return root == "03" || root == "13"
	}
	return false
}

// Precision is how exactly a date is known.
type Precision string

// The precisions of a date, from finest to coarsest.
const (
	PrecisionDay         Precision = "day"
	PrecisionMonth       Precision = "month"
	PrecisionYear        Precision = "year"
	PrecisionDecade      Precision = "decade"
	PrecisionApproximate Precision = "approximate"
)

// Format writes date t reduced to precision p, as ISO 8601 does: "2025-03-14"
// for a day, "2025-03" for a month or an approximate date, "2025" for a
// year, "202" for a decade (the 2020s).
func (p Precision) Format(t time.Time) string {
	switch p {
	case PrecisionMonth, PrecisionApproximate:
		return t.Format("2006-01")
	case PrecisionYear:
		return t.Format("2006")
	case PrecisionDecade:
		return fmt.Sprintf("%03d", t.Year()/10)
	}
	return t.Format("2006-01-02")
}

// When is the date of an event as read from the text.
type When struct {
	Date      time.Time `json:"date"`
	Precision Precision `json:"precision"`
	// Phrase is the temporal expression the date came from, "" when the story
	// date was used because the text gives nothing.
	Phrase string `json:"phrase,omitempty"`
	Span   *Span  `json:"span,omitempty"`
	// FromStoryDate reports that the text gave no date and the publication
	// date was used.
	FromStoryDate bool `json:"from_story_date,omitempty"`
	// GapDays is the number of days from the event date to the publication date.
	GapDays int `json:"gap_days"`
	// Historical marks background: an event well before publication.
	Historical bool `json:"historical,omitempty"`
}

// Place is where an event happened.
type Place struct {
	Name      string  `json:"name"`
	Country   string  `json:"country,omitempty"` // ISO 3166 alpha-2, as GeoNames has it
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeoNameID int     `json:"geonameid,omitempty"`
	// Precision is "country", "region", "city" or "landmark".
	Precision string `json:"precision"`
	// FromActor reports that the event was placed only by an actor's country.
	FromActor bool  `json:"from_actor,omitempty"`
	Span      *Span `json:"span,omitempty"`
}

// Quantity is an amount the text attaches to an event: money, people, weapons.
type Quantity struct {
	// Kind is "money", "people" or "weapon".
	Kind string `json:"kind"`
	// Unit is a currency code (USD), a kind of people (troops, killed,
	// refugees) or a weapon system's name (S-400).
	Unit string  `json:"unit,omitempty"`
	Low  float64 `json:"low,omitempty"`
	Best float64 `json:"best,omitempty"`
	High float64 `json:"high,omitempty"`
	// Rate is a period such as "month" for "$2.5 million per month".
	Rate string `json:"rate,omitempty"`
	Span Span   `json:"span"`
}

// Event is one coded event: who did what to whom, with its evidence.
type Event struct {
	ID        string `json:"id"`
	ArticleID string `json:"article_id"`
	// Sentence is the index of the evidence sentence in the article, and
	// SentenceText its text.
	Sentence     int    `json:"sentence"`
	SentenceText string `json:"sentence_text,omitempty"`

	Source string `json:"source"` // CAMEO actor code of the actor doing
	Target string `json:"target"` // CAMEO actor code of the actor done to ("" when none)
	// Code is the CAMEO event code as a zero-padded string ("042", "1211").
	Code      string  `json:"code"`
	Root      string  `json:"root"` // first two digits of Code
	Goldstein float64 `json:"goldstein"`
	QuadClass int     `json:"quad_class"`
	// PloverType and PloverMode are the PLOVER event type and mode Code maps to.
	PloverType string `json:"plover_type,omitempty"`
	PloverMode string `json:"plover_mode,omitempty"`

	SourceSpan Span `json:"source_span"`
	TargetSpan Span `json:"target_span"`
	VerbSpan   Span `json:"verb_span"`

	Modality   Modality   `json:"modality"`
	When       When       `json:"when"`
	Place      *Place     `json:"place,omitempty"`
	Quantities []Quantity `json:"quantities,omitempty"`

	// Matched are the dictionary entries (actors, verb pattern) that produced
	// the event, and Confidence the coder's confidence in [0, 1].
	Matched    []EntryRef `json:"matched,omitempty"`
	Confidence float64    `json:"confidence"`
	// DictVersion identifies the dictionaries and model that coded the event.
	DictVersion string `json:"dict_version,omitempty"`
}

// Relation is a standing relation stated in the text rather than an event:
// "China, Pakistan's strongest ally", "its archenemy", "rivals".
type Relation struct {
	ArticleID string `json:"article_id"`
	Sentence  int    `json:"sentence"`
	A         string `json:"a"` // actor codes; the relation is symmetric unless Directed
	B         string `json:"b"`
	Directed  bool   `json:"directed,omitempty"`
	// Sign is +1 for alliance and friendship, -1 for enmity and rivalry.
	Sign int `json:"sign"`
	// Strength in (0, 1]: "strongest ally" is stronger than "partner".
	Strength float64 `json:"strength"`
	// Phrase is the wording that states the relation, at Span.
	Phrase string `json:"phrase"`
	Span   Span   `json:"span"`
	// When is the period the relation is said to hold in.
	When When `json:"when"`
}

// Error is a problem with one input record: it names the input and where in
// it, and says what is wrong. Readers report it and go on with the next record.
type Error struct {
	Input string // file name, URL or "-"
	Line  int    // 1-based line, 0 when not applicable
	Err   error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Input, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Input, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }
