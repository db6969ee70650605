// Package conformance runs TABARI's validation suite against entente's coder
// and scores it.
//
// A TABARI validation file is a series of records: a header "YYMMDD ID", the
// text, and a comment "/* ... */" holding the expected events "{ SRC / TGT /
// CODE }", special expectations "{---}" (no event), "{###}" (discarded) and
// "{+++}" (complex), "-{ ... }" (the listed events need only be among the
// output) and "{ OPTION: ... }" (option settings; a record with only these
// does not count). Lines starting with '#' are comments; a comment that
// announces "TESTS REQUIRING SPECIAL SETTINGS" ends the standard records.
// The project file names the dictionaries ("<actorsfile> NAME" and so on).
//
// The PETRARCH suite (PETR.UnitTest.records.xml) is not run yet.
package conformance

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"entente"
	"entente/actor"
	"entente/coder"
	"entente/coder/verbs"
	"entente/text"
)

// Triple is one expected or coded event.
type Triple struct{ Source, Target, Code string }

func (t Triple) String() string { return t.Source + "/" + t.Target + "/" + t.Code }

// Record is one validation record.
type Record struct {
	ID   string
	Date time.Time
	Line int
	Text string
	// Options are the option commands the record sets ("COMPLEX: ...").
	Options []string
	// Expected events; Special is "---", "###" or "+++" when the record
	// expects that instead; Subset is set by "-{".
	Expected []Triple
	Special  string
	Subset   bool
	// OptionOnly records set options and are not scored.
	OptionOnly bool
	// Standard is false for records after the special-settings marker.
	Standard bool
}

var (
	headerRE = regexp.MustCompile(`^(\d{6})\s+(\S+)`)
	braceRE  = regexp.MustCompile(`(-?)\{([^}]*)\}`)
)

// ParseYYMMDD reads a six-digit date; years 00–30 are 20xx, others 19xx.
func ParseYYMMDD(s string) (time.Time, error) {
	t, err := time.Parse("060102", s)
	if err != nil {
		return time.Time{}, err
	}
	y := t.Year() % 100
	if y <= 30 {
		y += 2000
	} else {
		y += 1900
	}
	return time.Date(y, t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
}

// ReadTABARI reads validation records from r; name is used in errors.
func ReadTABARI(r io.Reader, name string) ([]Record, []error) {
	var recs []Record
	var errs []error
	sc := bufio.NewScanner(r)
	line, standard := 0, true
	var cur *Record
	inComment := false
	var comment strings.Builder
	var textLines []string
	finish := func() {
		if cur == nil {
			return
		}
		cur.Text = strings.Join(strings.Fields(strings.Join(textLines, " ")), " ")
		n := 0
		for _, m := range braceRE.FindAllStringSubmatch(comment.String(), -1) {
			body := strings.TrimSpace(m[2])
			switch {
			case strings.HasPrefix(strings.ToUpper(body), "OPTION"):
				_, opt, _ := strings.Cut(body, ":")
				cur.Options = append(cur.Options, strings.TrimSpace(opt))
				continue
			case strings.ReplaceAll(body, " ", "") == "---":
				cur.Special = "---"
			case body == "###" || body == "+++":
				cur.Special = body
			default:
				f := strings.Split(body, "/")
				if len(f) < 3 {
					errs = append(errs, &entente.Error{Input: name, Line: cur.Line, Err: fmt.Errorf("record %s: bad expectation {%s}", cur.ID, body)})
					continue
				}
				cur.Expected = append(cur.Expected, Triple{strings.TrimSpace(f[0]), strings.TrimSpace(f[1]), strings.Fields(f[2] + " x")[0]})
			}
			if m[1] == "-" {
				cur.Subset = true
			}
			n++
		}
		cur.OptionOnly = n == 0
		recs = append(recs, *cur)
		cur, textLines = nil, nil
		comment.Reset()
	}
	for sc.Scan() {
		line++
		l := sc.Text()
		if inComment {
			comment.WriteString(l + "\n")
			if strings.Contains(l, "*/") {
				inComment = false
				finish()
			}
			continue
		}
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "#") {
			if strings.Contains(strings.ToUpper(t), "TESTS REQUIRING SPECIAL SETTINGS") {
				standard = false
			}
			continue
		}
		if cur == nil {
			if m := headerRE.FindStringSubmatch(t); m != nil {
				d, err := ParseYYMMDD(m[1])
				if err != nil {
					errs = append(errs, &entente.Error{Input: name, Line: line, Err: err})
				}
				cur = &Record{ID: m[2], Date: d, Line: line, Standard: standard}
			}
			continue
		}
		if i := strings.Index(l, "/*"); i >= 0 {
			textLines = append(textLines, l[:i])
			comment.WriteString(l[i:] + "\n")
			if strings.Contains(l[i:], "*/") {
				finish()
			} else {
				inComment = true
			}
			continue
		}
		textLines = append(textLines, l)
	}
	finish()
	if err := sc.Err(); err != nil {
		errs = append(errs, &entente.Error{Input: name, Line: line, Err: err})
	}
	return recs, errs
}

// Project is a TABARI project: its dictionaries and validation text.
type Project struct {
	Actors, Agents, Verbs, Options, Text string
}

// ReadProject reads a .project file's <actorsfile>, <agentsfile>,
// <verbsfile> and <textfile> lines; paths are relative to the file.
func ReadProject(path string) (Project, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Project{}, err
	}
	dir := filepath.Dir(path)
	var p Project
	for _, l := range strings.Split(string(data), "\n") {
		f := strings.Fields(l)
		if len(f) < 2 {
			continue
		}
		v := filepath.Join(dir, f[1])
		switch strings.ToLower(f[0]) {
		case "<actorsfile>":
			p.Actors = v
		case "<agentsfile>":
			p.Agents = v
		case "<verbsfile>":
			p.Verbs = v
		case "<textfile>":
			p.Text = v
		case "<optionsfile>":
			p.Options = v
		}
	}
	if p.Actors == "" || p.Verbs == "" || p.Text == "" {
		return p, fmt.Errorf("%s: project lacks actors, verbs or text file", path)
	}
	return p, nil
}

// ParseComplex reads a TABARI "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR" command
// (the part after "COMPLEX:"); ok is false for other commands. "OFF" or an
// empty list turns the conditions off (nil).
func ParseComplex(cmd string) (cx *coder.Complexity, ok bool) {
	name, rest, found := strings.Cut(cmd, ":")
	if !found || strings.ToUpper(strings.TrimSpace(name)) != "COMPLEX" {
		return nil, false
	}
	cx = &coder.Complexity{}
	active := false
	for _, f := range strings.Fields(strings.ToUpper(rest)) {
		n := 0
		if i := strings.IndexByte(f, '['); i >= 0 {
			fmt.Sscanf(f[i:], "[%d]", &n)
			f = f[:i]
		}
		switch f {
		case "VERBS":
			cx.Verbs = n
		case "ACTORS":
			cx.Actors = n
		case "PRONOUNS":
			cx.Pronouns = n
		case "CONJ":
			cx.Conj = n
		case "NOACTPRIOR":
			cx.NoActPrior = true
		case "NOACTAFTER":
			cx.NoActAfter = true
		case "NOVERB":
			cx.NoVerb = true
		default:
			continue
		}
		active = true
	}
	if !active {
		return nil, true
	}
	return cx, true
}

// Result is the outcome of one record.
type Result struct {
	Record  Record
	Got     []Triple
	Special string
	Pass    bool
}

// Score summarises a run.
type Score struct {
	Results        []Result
	Passed, Scored int // standard records
	SpecialPassed  int // records after the special-settings marker
	SpecialScored  int
}

// Rate returns the pass rate of the standard records.
func (s Score) Rate() float64 {
	if s.Scored == 0 {
		return 0
	}
	return float64(s.Passed) / float64(s.Scored)
}

// RunTABARI codes every record of the project with the word-order
// (TABARI-compatible) coder and scores it.
func RunTABARI(projectPath string) (Score, error) {
	p, err := ReadProject(projectPath)
	if err != nil {
		return Score{}, err
	}
	d := verbs.New()
	d.Stem = true
	d.ReadFile(p.Verbs)
	if f, err := os.Open(p.Actors); err == nil {
		d.ReadWordLists(f, filepath.Base(p.Actors))
		f.Close()
	}
	files := []actor.File{}
	for _, f := range []struct {
		path string
		fmt  actor.Format
	}{{p.Actors, actor.FormatActors}, {p.Agents, actor.FormatAgents}} {
		if f.path == "" {
			continue
		}
		data, err := os.ReadFile(f.path)
		if err != nil {
			return Score{}, err
		}
		files = append(files, actor.File{Name: filepath.Base(f.path), Format: f.fmt, Data: data})
	}
	m, err := actor.Load(actor.Options{NoValidate: true, IgnoreCase: false, Report: func(error) {}}, files...)
	if err != nil {
		return Score{}, err
	}
	tf, err := os.Open(p.Text)
	if err != nil {
		return Score{}, err
	}
	defer tf.Close()
	recs, _ := ReadTABARI(tf, filepath.Base(p.Text))
	// TABARI codes only dyads (no expected event lacks a source or target).
	opt := coder.Options{RequireTarget: true, NotCAMEO: true}
	if p.Options != "" {
		if data, err := os.ReadFile(p.Options); err == nil {
			for _, l := range strings.Split(string(data), "\n") {
				if cx, ok := ParseComplex(strings.TrimSpace(l)); ok {
					opt.Complexity = cx
				}
			}
		}
	}
	c := coder.New(d, nil, opt)
	var sc Score
	for _, r := range recs {
		for _, o := range r.Options {
			if cx, ok := ParseComplex(o); ok {
				opt.Complexity = cx
				c = coder.New(d, nil, opt)
			}
		}
		if r.OptionOnly {
			continue
		}
		res := Result{Record: r}
		a := &entente.Article{ID: r.ID, Text: r.Text, Published: r.Date}
		// TABARI codes a record's text as one sentence.
		sents := text.Split(a)
		ms := m.Match(a, sents, r.Date)
		one := entente.Sentence{Span: entente.Span{Start: 0, End: len(a.Text)}}
		offset := map[int]int{}
		for _, s := range sents {
			offset[s.Index] = len(one.Tokens)
			one.Tokens = append(one.Tokens, s.Tokens...)
		}
		for i := range ms {
			o := offset[ms[i].Sentence]
			ms[i].Tokens[0] += o
			ms[i].Tokens[1] += o
			ms[i].Sentence = 0
		}
		evs, special := c.CodeWordOrder(a, &one, ms)
		res.Special = special
		for _, e := range evs {
			res.Got = append(res.Got, Triple{e.Source, e.Target, e.Code})
		}
		res.Pass = passes(r, res)
		if r.Standard {
			sc.Scored++
			if res.Pass {
				sc.Passed++
			}
		} else {
			sc.SpecialScored++
			if res.Pass {
				sc.SpecialPassed++
			}
		}
		sc.Results = append(sc.Results, res)
	}
	return sc, nil
}

func keys(ts []Triple) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.String())
	}
	sort.Strings(out)
	return out
}

func passes(r Record, res Result) bool {
	switch r.Special {
	case "---":
		return len(res.Got) == 0 && res.Special == ""
	case "###", "+++":
		return res.Special == r.Special
	}
	if res.Special != "" {
		return false
	}
	got, want := keys(res.Got), keys(r.Expected)
	if r.Subset {
		count := map[string]int{}
		for _, g := range got {
			count[g]++
		}
		for _, w := range want {
			if count[w] == 0 {
				return false
			}
			count[w]--
		}
		return true
	}
	return strings.Join(got, "|") == strings.Join(want, "|")
}
