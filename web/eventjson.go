package web

import (
	"encoding/json"
	"errors"
	"math"
	"net/http"
	"strconv"
	"time"

	"entente"
)

// A page of events is the API's most frequent large answer: fifty events of
// some thirty fields each, which encoding/json walks by reflection. The
// functions below write the same bytes as writeJSON (encoding/json with HTML
// escaping, then a newline) directly for the fields of EventJSON, and leave
// to encoding/json every value that is not plain: strings with a character
// to escape, floats outside the range printed without an exponent, and the
// rarely filled nested fields (place, quantities, dictionary entries).
// TestEventPageJSON compares the two encodings field by field.

// writeEventPage answers page as writeJSON would.
func writeEventPage(w http.ResponseWriter, page *eventPage) {
	b := make([]byte, 0, 1024*(len(page.Events)+1))
	b, err := appendEventPage(b, page)
	if err != nil {
		// The general encoder reports the same failure the same way.
		writeJSON(w, http.StatusOK, page)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	w.Write(b)
}

// appendEventPage appends the JSON of page and a newline to b.
func appendEventPage(b []byte, page *eventPage) ([]byte, error) {
	b = append(b, `{"events":[`...)
	for i := range page.Events {
		if i > 0 {
			b = append(b, ',')
		}
		var err error
		if b, err = appendEventJSON(b, &page.Events[i]); err != nil {
			return nil, err
		}
	}
	b = append(b, `],"limit":`...)
	b = strconv.AppendInt(b, int64(page.Limit), 10)
	b = append(b, `,"offset":`...)
	b = strconv.AppendInt(b, int64(page.Offset), 10)
	b = append(b, `,"more":`...)
	b = strconv.AppendBool(b, page.More)
	return append(b, "}\n"...), nil
}

// jsonWriter appends the members of one JSON object, remembering the first
// error.
type jsonWriter struct {
	b   []byte
	err error
	// more is set once the object has a member.
	more bool
}

func (j *jsonWriter) key(k string) {
	if j.more {
		j.b = append(j.b, ',')
	}
	j.more = true
	j.b = append(j.b, '"')
	j.b = append(j.b, k...)
	j.b = append(j.b, '"', ':')
}

func (j *jsonWriter) str(k, v string) {
	j.key(k)
	j.b = appendJSONString(j.b, v)
}

// strOmit writes k unless v is empty (omitempty).
func (j *jsonWriter) strOmit(k, v string) {
	if v != "" {
		j.str(k, v)
	}
}

func (j *jsonWriter) integer(k string, v int) {
	j.key(k)
	j.b = strconv.AppendInt(j.b, int64(v), 10)
}

func (j *jsonWriter) float(k string, v float64) {
	j.key(k)
	j.b = j.appendFloat(j.b, v)
}

// boolOmit writes k when v is true (omitempty).
func (j *jsonWriter) boolOmit(k string, v bool) {
	if v {
		j.key(k)
		j.b = append(j.b, "true"...)
	}
}

func (j *jsonWriter) date(k string, t time.Time) {
	j.key(k)
	if y := t.Year(); y < 0 || y > 9999 {
		j.b = j.general(j.b, t)
		return
	}
	j.b = append(j.b, '"')
	j.b = t.AppendFormat(j.b, time.RFC3339Nano)
	j.b = append(j.b, '"')
}

func (j *jsonWriter) span(k string, s entente.Span) {
	j.key(k)
	j.b = append(j.b, `{"start":`...)
	j.b = strconv.AppendInt(j.b, int64(s.Start), 10)
	j.b = append(j.b, `,"end":`...)
	j.b = strconv.AppendInt(j.b, int64(s.End), 10)
	j.b = append(j.b, '}')
}

// value writes v as encoding/json does.
func (j *jsonWriter) value(k string, v any) {
	j.key(k)
	j.b = j.general(j.b, v)
}

// general appends v encoded by encoding/json (HTML escaped, as writeJSON's
// encoder does).
func (j *jsonWriter) general(b []byte, v any) []byte {
	out, err := json.Marshal(v)
	if err != nil && j.err == nil {
		j.err = err
	}
	return append(b, out...)
}

// appendFloat appends v as encoding/json prints a float64: without an
// exponent from 1e-6 up to 1e21.
func (j *jsonWriter) appendFloat(b []byte, v float64) []byte {
	if a := math.Abs(v); a == 0 || (a >= 1e-6 && a < 1e21) {
		return strconv.AppendFloat(b, v, 'f', -1, 64)
	}
	return j.general(b, v)
}

// appendJSONString appends s quoted, as encoding/json with HTML escaping
// writes it: bytes from space to tilde other than the quote, the backslash
// and the three HTML characters are written as they are, and a string with
// any other byte goes to encoding/json.
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			out, _ := json.Marshal(s) // a string always encodes
			return append(b, out...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// errNotEncoded marks an event the fast encoder left to encoding/json.
var errNotEncoded = errors.New("not encoded")

// appendEventJSON appends the JSON object of e, its members in the order
// of EventJSON's fields (the embedded entente.Event's in place), with the
// same omissions.
func appendEventJSON(b []byte, e *EventJSON) ([]byte, error) {
	j := &jsonWriter{b: append(b, '{')}
	j.integer("store_id", int(e.StoreID))
	ev := &e.Event
	j.str("id", ev.ID)
	j.str("article_id", ev.ArticleID)
	j.integer("sentence", ev.Sentence)
	j.strOmit("sentence_text", ev.SentenceText)
	j.str("source", ev.Source)
	j.str("target", ev.Target)
	j.str("code", ev.Code)
	j.str("root", ev.Root)
	j.float("goldstein", ev.Goldstein)
	j.integer("quad_class", ev.QuadClass)
	j.strOmit("plover_type", ev.PloverType)
	j.strOmit("plover_mode", ev.PloverMode)
	j.span("source_span", ev.SourceSpan)
	j.span("target_span", ev.TargetSpan)
	j.span("verb_span", ev.VerbSpan)
	j.str("modality", string(ev.Modality))
	j.key("when")
	w := &jsonWriter{b: append(j.b, '{')}
	w.date("date", ev.When.Date)
	w.str("precision", string(ev.When.Precision))
	w.strOmit("phrase", ev.When.Phrase)
	if ev.When.Span != nil {
		w.span("span", *ev.When.Span)
	}
	w.boolOmit("from_story_date", ev.When.FromStoryDate)
	w.integer("gap_days", ev.When.GapDays)
	w.boolOmit("historical", ev.When.Historical)
	j.b, j.err = append(w.b, '}'), errors.Join(j.err, w.err)
	if ev.Place != nil {
		j.value("place", ev.Place)
	}
	if len(ev.Quantities) > 0 {
		j.value("quantities", ev.Quantities)
	}
	if len(ev.Matched) > 0 {
		j.value("matched", ev.Matched)
	}
	j.float("confidence", ev.Confidence)
	j.strOmit("dict_version", ev.DictVersion)
	j.integer("num_mentions", e.NumMentions)
	j.integer("num_sources", e.NumSources)
	j.integer("num_articles", e.NumArticles)
	j.strOmit("url", e.URL)
	if !e.Published.IsZero() {
		j.date("published", e.Published)
	}
	if j.err != nil {
		return nil, errors.Join(errNotEncoded, j.err)
	}
	return append(j.b, '}'), nil
}
