package export

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"time"

	"entente"
)

// Row is one event flattened for CSV, JSONL and Parquet. Codes are strings
// so that "010" stays "010"; dates are ISO 8601 strings. Each field's doc
// tag is its codebook description.
type Row struct {
	EventID         int64    `json:"event_id" parquet:"event_id" doc:"the store's event identifier (GDELT GLOBALEVENTID)"`
	Source          string   `json:"source" parquet:"source" doc:"CAMEO actor code of the actor doing"`
	Target          string   `json:"target" parquet:"target" doc:"CAMEO actor code of the actor done to; empty when none"`
	Code            string   `json:"code" parquet:"code" doc:"CAMEO event code, zero-padded string (e.g. 010, 0231)"`
	BaseCode        string   `json:"base_code" parquet:"base_code" doc:"first three digits of code"`
	Root            string   `json:"root" parquet:"root" doc:"CAMEO root code, the first two digits of code"`
	QuadClass       int      `json:"quad_class" parquet:"quad_class" doc:"1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict"`
	Goldstein       float64  `json:"goldstein" parquet:"goldstein" doc:"Goldstein scale value of the code, -10 to +10"`
	PloverType      string   `json:"plover_type" parquet:"plover_type" doc:"PLOVER event type the code maps to"`
	PloverMode      string   `json:"plover_mode" parquet:"plover_mode" doc:"PLOVER event mode"`
	Modality        string   `json:"modality" parquet:"modality" doc:"asserted, alleged, intended, hypothetical, question or negated"`
	Date            string   `json:"date" parquet:"date" doc:"event date, ISO 8601 YYYY-MM-DD (first day of the period when less precise)"`
	DateISO         string   `json:"date_iso" parquet:"date_iso" doc:"event date in ISO 8601 reduced to its precision: YYYY-MM-DD, YYYY-MM, YYYY or YYY (decade)"`
	DatePrecision   string   `json:"date_precision" parquet:"date_precision" doc:"day, month, year, decade or approximate"`
	DatePhrase      string   `json:"date_phrase" parquet:"date_phrase" doc:"temporal expression the date was read from; empty when the story date was used"`
	FromStoryDate   bool     `json:"from_story_date" parquet:"from_story_date" doc:"true when the text gave no date and the publication date was used"`
	Historical      bool     `json:"historical" parquet:"historical" doc:"true when the event is background, well before publication"`
	GapDays         int      `json:"gap_days" parquet:"gap_days" doc:"days from the event date to the publication date"`
	PlaceName       string   `json:"place_name" parquet:"place_name" doc:"name of the place of the event"`
	PlaceCountry    string   `json:"place_country" parquet:"place_country" doc:"ISO 3166 alpha-2 country of the place"`
	PlacePrecision  string   `json:"place_precision" parquet:"place_precision" doc:"country, region, city or landmark"`
	Lat             *float64 `json:"lat" parquet:"lat,optional" doc:"latitude of the place (WGS84); empty when unknown"`
	Lon             *float64 `json:"lon" parquet:"lon,optional" doc:"longitude of the place (WGS84); empty when unknown"`
	GeoNameID       int      `json:"geonameid" parquet:"geonameid" doc:"GeoNames identifier of the place, 0 when none"`
	NumMentions     int      `json:"num_mentions" parquet:"num_mentions" doc:"reports of the event in all stored articles"`
	NumSources      int      `json:"num_sources" parquet:"num_sources" doc:"distinct publishers among the articles that are not near duplicates"`
	NumArticles     int      `json:"num_articles" parquet:"num_articles" doc:"distinct articles that are not near duplicates"`
	Confidence      float64  `json:"confidence" parquet:"confidence" doc:"the coder's confidence in the first report, 0 to 1"`
	ArticleID       string   `json:"article_id" parquet:"article_id" doc:"identifier of the first article reporting the event"`
	URL             string   `json:"url" parquet:"url" doc:"URL of the first article"`
	Published       string   `json:"published" parquet:"published" doc:"publication time of the first article, RFC 3339 UTC; empty when unknown"`
	Sentence        int      `json:"sentence" parquet:"sentence" doc:"index from 0 of the evidence sentence in the first article"`
	SentenceText    string   `json:"sentence_text" parquet:"sentence_text" doc:"text of the evidence sentence"`
	SourceSpanStart int      `json:"source_span_start" parquet:"source_span_start" doc:"byte offset of the source actor's mention in the article text"`
	SourceSpanEnd   int      `json:"source_span_end" parquet:"source_span_end" doc:"end byte offset (exclusive) of the source actor's mention"`
	TargetSpanStart int      `json:"target_span_start" parquet:"target_span_start" doc:"byte offset of the target actor's mention; start and end are both 0 (an empty span) when the event has no target (GDELT's Actor2CharOffset gives -1)"`
	TargetSpanEnd   int      `json:"target_span_end" parquet:"target_span_end" doc:"end byte offset (exclusive) of the target actor's mention; 0 when none"`
	VerbSpanStart   int      `json:"verb_span_start" parquet:"verb_span_start" doc:"byte offset of the verb phrase"`
	VerbSpanEnd     int      `json:"verb_span_end" parquet:"verb_span_end" doc:"end byte offset (exclusive) of the verb phrase"`
	Quantities      string   `json:"quantities" parquet:"quantities" doc:"JSON array of the amounts attached to the event (kind, unit, low, best, high, rate)"`
	Matched         string   `json:"matched" parquet:"matched" doc:"dictionary entries that produced the event, file:line separated by ';'"`
	DictVersion     string   `json:"dict_version" parquet:"dict_version" doc:"version of the dictionaries and model that coded the event"`
}

// NewRow flattens a stored event.
func NewRow(e *entente.StoredEvent) (Row, error) {
	r := Row{
		EventID: e.StoreID, Source: e.Source, Target: e.Target, Code: e.Code, Root: e.Root,
		QuadClass: e.QuadClass, Goldstein: e.Goldstein, PloverType: e.PloverType, PloverMode: e.PloverMode,
		Modality: string(e.Modality), Date: e.When.Date.Format("2006-01-02"),
		DateISO: e.When.Precision.Format(e.When.Date), DatePrecision: string(e.When.Precision),
		DatePhrase: e.When.Phrase, FromStoryDate: e.When.FromStoryDate, Historical: e.When.Historical,
		GapDays: e.When.GapDays, NumMentions: e.NumMentions, NumSources: e.NumSources, NumArticles: e.NumArticles,
		Confidence: e.Confidence, ArticleID: e.ArticleID, URL: e.URL, Sentence: e.Sentence, SentenceText: e.SentenceText,
		SourceSpanStart: e.SourceSpan.Start, SourceSpanEnd: e.SourceSpan.End,
		TargetSpanStart: e.TargetSpan.Start, TargetSpanEnd: e.TargetSpan.End,
		VerbSpanStart: e.VerbSpan.Start, VerbSpanEnd: e.VerbSpan.End, DictVersion: e.DictVersion,
	}
	r.BaseCode = e.Code
	if len(r.BaseCode) > 3 {
		r.BaseCode = r.BaseCode[:3]
	}
	if !e.Published.IsZero() {
		r.Published = e.Published.UTC().Format(time.RFC3339)
	}
	if p := e.Place; p != nil {
		r.PlaceName, r.PlaceCountry, r.PlacePrecision, r.GeoNameID = p.Name, p.Country, p.Precision, p.GeoNameID
		lat, lon := p.Lat, p.Lon
		r.Lat, r.Lon = &lat, &lon
	}
	if len(e.Quantities) > 0 {
		b, err := json.Marshal(e.Quantities)
		if err != nil {
			return r, err
		}
		r.Quantities = string(b)
	}
	var m []string
	for _, x := range e.Matched {
		m = append(m, x.String())
	}
	r.Matched = strings.Join(m, ";")
	return r, nil
}

// Column describes one column of an exported table, for the codebook.
type Column struct {
	Name        string
	Type        string
	Description string
}

// Columns lists Row's columns, in order, from its struct tags.
func Columns() []Column {
	t := reflect.TypeOf(Row{})
	out := make([]Column, t.NumField())
	for i := range out {
		f := t.Field(i)
		out[i] = Column{Name: f.Tag.Get("json"), Type: typeName(f.Type), Description: f.Tag.Get("doc")}
	}
	return out
}

func typeName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Pointer:
		return typeName(t.Elem()) + " (nullable)"
	case reflect.Int, reflect.Int64:
		return "integer"
	case reflect.Float64:
		return "float"
	case reflect.Bool:
		return "boolean"
	}
	return "string"
}

// formatFloat writes floats the same way everywhere: shortest exact form.
func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// Fields renders a row's fields as strings, in column order: integers and
// booleans in Go's notation, floats in their shortest exact form, a missing
// nullable value as "".
func (r *Row) Fields() []string {
	v := reflect.ValueOf(r).Elem()
	out := make([]string, v.NumField())
	for i := range out {
		out[i] = cell(v.Field(i))
	}
	return out
}

func cell(v reflect.Value) string {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return ""
		}
		return cell(v.Elem())
	case reflect.Int, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Float64:
		return formatFloat(v.Float())
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	}
	return v.String()
}
