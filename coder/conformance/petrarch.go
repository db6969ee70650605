package conformance

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"entente"
	"entente/actor"
	"entente/coder"
	"entente/coder/verbs"
	"entente/text"
)

// PetrarchRecord is one <Sentence> of PETRARCH's unit-test file.
type PetrarchRecord struct {
	ID       string
	Date     string
	Text     string
	Scored   bool // sentence="true"
	Expected []Triple
	// NoEvents is set by <EventCoding noevents="True">, Error by an
	// expected error; both expect no events.
	NoEvents, Error bool
	// RequireDyad is the require_dyad setting in force for the record.
	RequireDyad bool
}

type xmlCoding struct {
	Source   string `xml:"sourcecode,attr"`
	Target   string `xml:"targetcode,attr"`
	Code     string `xml:"eventcode,attr"`
	NoEvents string `xml:"noevents,attr"`
	Error    string `xml:"error,attr"`
}

type xmlSentence struct {
	ID       string      `xml:"id,attr"`
	Date     string      `xml:"date,attr"`
	Sentence string      `xml:"sentence,attr"`
	Codings  []xmlCoding `xml:"EventCoding"`
	Text     string      `xml:"Text"`
}

type xmlEnv struct {
	Verbs, Actors, Agents, Discards string
}

// cleanAttr undoes the suite's quoted empty values (targetcode='""').
func cleanAttr(s string) string {
	s = strings.TrimSpace(s)
	if s == `""` {
		return ""
	}
	return s
}

// ReadPetrarch reads PETRARCH's unit-test XML: the <Environment>'s
// dictionary names and the <Sentence> records, with the require_dyad
// <Config> settings in force for each (true until a <Config> changes it).
func ReadPetrarch(r io.Reader) (env xmlEnv, recs []PetrarchRecord, err error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	requireDyad := true
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return env, recs, nil
		}
		if err != nil {
			return env, recs, fmt.Errorf("petrarch records: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "Verbfile", "Actorfile", "Agentfile", "Discardfile":
			var v string
			if err := dec.DecodeElement(&v, &se); err != nil {
				return env, recs, err
			}
			v = strings.TrimSpace(v)
			switch se.Name.Local {
			case "Verbfile":
				env.Verbs = v
			case "Actorfile":
				env.Actors = v
			case "Agentfile":
				env.Agents = v
			default:
				env.Discards = v
			}
		case "Config":
			var opt, val string
			for _, a := range se.Attr {
				switch a.Name.Local {
				case "option":
					opt = a.Value
				case "value":
					val = a.Value
				}
			}
			if opt == "require_dyad" {
				requireDyad = strings.EqualFold(strings.TrimSpace(val), "true")
			}
		case "Sentence":
			var s xmlSentence
			if err := dec.DecodeElement(&s, &se); err != nil {
				return env, recs, fmt.Errorf("petrarch records: sentence: %w", err)
			}
			rec := PetrarchRecord{ID: strings.TrimSpace(s.ID), Date: strings.TrimSpace(s.Date),
				Text:   strings.Join(strings.Fields(s.Text), " "),
				Scored: strings.EqualFold(strings.TrimSpace(s.Sentence), "true"), RequireDyad: requireDyad}
			for _, c := range s.Codings {
				switch {
				case strings.TrimSpace(c.NoEvents) != "":
					rec.NoEvents = true
				case strings.TrimSpace(c.Error) != "":
					rec.Error = true
				default:
					rec.Expected = append(rec.Expected, Triple{cleanAttr(c.Source), cleanAttr(c.Target), cleanAttr(c.Code)})
				}
			}
			recs = append(recs, rec)
		}
	}
}

// PetrarchResult is the outcome of one record.
type PetrarchResult struct {
	Record PetrarchRecord
	Got    []Triple
	Pass   bool
}

// PetrarchScore summarises a run over the records marked sentence="true".
type PetrarchScore struct {
	Results        []PetrarchResult
	Passed, Scored int
}

// Rate returns the pass rate.
func (s PetrarchScore) Rate() float64 {
	if s.Scored == 0 {
		return 0
	}
	return float64(s.Passed) / float64(s.Scored)
}

// RunPetrarch codes the unit-test records at path with the parse-based coder
// over the dictionaries the file's <Environment> names (found beside it),
// parsing with p. A missing target is written "---", as PETRARCH does.
func RunPetrarch(path string, p coder.Parser) (PetrarchScore, error) {
	f, err := os.Open(path)
	if err != nil {
		return PetrarchScore{}, err
	}
	defer f.Close()
	env, recs, err := ReadPetrarch(f)
	if err != nil {
		return PetrarchScore{}, err
	}
	dir := filepath.Dir(path)
	d := verbs.New()
	d.ReadFile(filepath.Join(dir, env.Verbs))
	var files []actor.File
	for _, a := range []struct {
		name string
		fmt  actor.Format
	}{{env.Actors, actor.FormatActors}, {env.Agents, actor.FormatAgents}, {env.Discards, actor.FormatDiscards}} {
		if a.name == "" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, a.name))
		if err != nil {
			return PetrarchScore{}, err
		}
		files = append(files, actor.File{Name: a.name, Format: a.fmt, Data: data, Connectors: actor.ConnectPETRARCH})
	}
	m, err := actor.Load(actor.Options{NoValidate: true, Report: func(error) {}}, files...)
	if err != nil {
		return PetrarchScore{}, err
	}
	var sc PetrarchScore
	for _, r := range recs {
		c := coder.New(d, p, coder.Options{RequireTarget: r.RequireDyad, NotCAMEO: true})
		res := PetrarchResult{Record: r}
		date, _ := time.Parse("20060102", r.Date)
		a := &entente.Article{ID: r.ID, Text: r.Text, Published: date}
		sents := keepUndiscarded(m, a, text.Split(a))
		ms := m.Match(a, sents, date)
		for _, e := range c.Code(a, sents, ms) {
			tgt := e.Target
			if tgt == "" {
				tgt = "---"
			}
			res.Got = append(res.Got, Triple{e.Source, tgt, e.Code})
		}
		switch {
		case r.NoEvents || r.Error:
			res.Pass = len(res.Got) == 0
		default:
			res.Pass = strings.Join(keys(res.Got), "|") == strings.Join(keys(r.Expected), "|")
		}
		if r.Scored {
			sc.Scored++
			if res.Pass {
				sc.Passed++
			}
		}
		sc.Results = append(sc.Results, res)
	}
	return sc, nil
}

// keepUndiscarded drops the sentences a discard phrase marks (all of them
// for a story-level discard).
func keepUndiscarded(m *actor.Matcher, a *entente.Article, sents []entente.Sentence) []entente.Sentence {
	hits := m.Discards(a, sents)
	if len(hits) == 0 {
		return sents
	}
	drop := map[int]bool{}
	for _, h := range hits {
		if h.Story {
			return nil
		}
		drop[h.Sentence] = true
	}
	var out []entente.Sentence
	for _, s := range sents {
		if !drop[s.Index] {
			out = append(out, s)
		}
	}
	return out
}

// Event classes of ByClass.
const (
	// ClassStatements: every expected event is a statement or an appeal
	// (CAMEO roots 01 and 02), the noisiest part of every event dataset.
	ClassStatements = "statements and appeals (roots 01-02)"
	// ClassOther: at least one expected event of roots 03 to 20.
	ClassOther = "other events (roots 03-20)"
	// ClassNone: the record expects no event.
	ClassNone = "no event expected"
)

// ClassScore is the pass count of one class of records.
type ClassScore struct {
	Class          string
	Passed, Scored int
}

// ByClass splits the scored records by the events they expect, so that the
// accuracy on statements and appeals is reported apart from the rest. A
// record expecting events of both kinds counts as ClassOther.
func (s PetrarchScore) ByClass() []ClassScore {
	out := []ClassScore{{Class: ClassStatements}, {Class: ClassOther}, {Class: ClassNone}}
	for _, r := range s.Results {
		if !r.Record.Scored {
			continue
		}
		k := 2 // no event expected
		if len(r.Record.Expected) > 0 && !r.Record.NoEvents && !r.Record.Error {
			k = 0
			for _, t := range r.Record.Expected {
				if !strings.HasPrefix(t.Code, "01") && !strings.HasPrefix(t.Code, "02") {
					k = 1
				}
			}
		}
		out[k].Scored++
		if r.Pass {
			out[k].Passed++
		}
	}
	return out
}
