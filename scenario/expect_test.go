package scenario

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"entente/analysis"
)

// script is one parsed expectations file.
type script struct {
	path string
	// article is the article's path: testdata/<name>.txt unless the file
	// names another with "article"; shared is true when it lies in the
	// shared data folder.
	article string
	shared  bool
	// date is the story date given with "date", used when the article has
	// none.
	date   time.Time
	checks []*check
}

// check is one expectation line.
type check struct {
	line int
	text string // the line as written, for the log
	kind string // event, noevent, relation, edge, unbalanced, balanced, turning

	actors []string // actor patterns, in order (SRC TGT, A B, A B C)
	roots  []string // event: code prefixes, any of which matches
	sign   int      // relation, edge: +1 or -1; turning: +1 up, -1 down, 0 either

	year, month    int      // 0: any
	from, to       int      // inclusive year range, 0: open
	precision      []string // any of
	modality       []string // any of
	historical     int      // +1 must be historical, -1 must not, 0 either
	both           bool     // event: either direction
	near           string   // words of the sentence that must carry it
	nearIn         *[]int   // the sentences that hold near, once looked up
	at             time.Time
	atUnit         analysis.Unit // a year or a month, as precise as at= was written
	atSet, unitSet bool
	unit           analysis.Unit
	by             int // turning: the turning point is at or before this year
}

// kinds lists the columns of the tables: the check keywords, with event
// checks split by what they test beyond actors and code (a date, a
// modality).
var kinds = []string{"event", "dated", "modality", "noevent", "relation", "edge", "unbalanced", "balanced", "turning"}

// column returns the table column of a check.
func (c *check) column() string {
	if c.kind == "event" {
		switch {
		case len(c.modality) > 0:
			return "modality"
		case c.year != 0 || c.month != 0 || c.from != 0 || c.to != 0 || len(c.precision) > 0 || c.historical != 0:
			return "dated"
		}
	}
	return c.kind
}

// parseScript reads an expectations file.
func parseScript(path string) (*script, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := &script{path: path, article: strings.TrimSuffix(path, ".expect") + ".txt"}
	in := bufio.NewScanner(f)
	n := 0
	for in.Scan() {
		n++
		line := strings.TrimSpace(in.Text())
		if i := strings.Index(line, "#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		words, err := fields(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		switch words[0] {
		case "article":
			if len(words) != 2 {
				return nil, fmt.Errorf("%s:%d: want: article PATH or article shared:PATH", path, n)
			}
			if rest, ok := strings.CutPrefix(words[1], "shared:"); ok {
				sc.article, sc.shared = rest, true
			} else {
				sc.article = words[1]
			}
			continue
		case "date":
			if len(words) != 2 {
				return nil, fmt.Errorf("%s:%d: want: date YYYY-MM-DD", path, n)
			}
			if sc.date, err = time.Parse("2006-01-02", words[1]); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, n, err)
			}
			continue
		}
		c, err := parseCheck(words)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		c.line, c.text = n, line
		sc.checks = append(sc.checks, c)
	}
	return sc, in.Err()
}

// fields splits a line at blanks, keeping double-quoted stretches whole
// (near="two words").
func fields(line string) ([]string, error) {
	var out []string
	var cur strings.Builder
	quoted, has := false, false
	for _, r := range line {
		switch {
		case r == '"':
			quoted, has = !quoted, true
		case (r == ' ' || r == '\t') && !quoted:
			if has {
				out = append(out, cur.String())
				cur.Reset()
				has = false
			}
		default:
			cur.WriteRune(r)
			has = true
		}
	}
	if quoted {
		return nil, fmt.Errorf("unclosed quote")
	}
	if has {
		out = append(out, cur.String())
	}
	return out, nil
}

// positional is the number of positional words after the keyword, per kind.
var positional = map[string]int{"event": 3, "noevent": 3, "relation": 3, "edge": 3, "unbalanced": 3, "balanced": 3, "turning": 2}

func parseCheck(w []string) (*check, error) {
	c := &check{kind: w[0]}
	np, ok := positional[c.kind]
	if !ok {
		return nil, fmt.Errorf("unknown keyword %q", w[0])
	}
	if len(w) < 1+np {
		return nil, fmt.Errorf("%s wants %d arguments", c.kind, np)
	}
	pos, opts := w[1:1+np], w[1+np:]
	switch c.kind {
	case "event", "noevent":
		c.actors = []string{pos[0], pos[2]}
		c.roots = strings.Split(pos[1], "|")
	case "relation", "edge":
		c.actors = pos[:2]
		s, err := parseSign(pos[2])
		if err != nil {
			return nil, err
		}
		c.sign = s
	default:
		c.actors = pos
	}
	for _, o := range opts {
		k, v, hasValue := strings.Cut(o, "=")
		var err error
		switch {
		case !hasValue && k == "historical":
			c.historical = 1
		case !hasValue && k == "current":
			c.historical = -1
		case !hasValue && k == "both":
			c.both = true
		case !hasValue && (k == "up" || k == "down") && c.kind == "turning":
			c.sign = map[string]int{"up": 1, "down": -1}[k]
		case k == "year":
			c.year, err = strconv.Atoi(v)
		case k == "month":
			c.month, err = strconv.Atoi(v)
		case k == "from":
			c.from, err = strconv.Atoi(v)
		case k == "to":
			c.to, err = strconv.Atoi(v)
		case k == "by":
			c.by, err = strconv.Atoi(v)
		case k == "precision":
			c.precision = strings.Split(v, "|")
		case k == "modality":
			c.modality = strings.Split(v, "|")
		case k == "near":
			c.near = v
		case k == "unit":
			c.unit, err = analysis.ParseUnit(v)
			c.unitSet = true
		case k == "at":
			c.at, c.atUnit, err = parseAt(v)
			c.atSet = true
		default:
			return nil, fmt.Errorf("unknown option %q", o)
		}
		if err != nil {
			return nil, fmt.Errorf("option %q: %w", o, err)
		}
	}
	if c.kind == "turning" && c.by == 0 {
		return nil, fmt.Errorf("turning wants by=YYYY")
	}
	return c, nil
}

func parseSign(s string) (int, error) {
	switch s {
	case "+":
		return 1, nil
	case "-":
		return -1, nil
	}
	return 0, fmt.Errorf("sign %q: want + or -", s)
}

// parseAt reads YYYY, YYYY-MM or YYYY-MM-DD, and returns the unit of a
// window around it: a year for YYYY, else a month.
func parseAt(s string) (time.Time, analysis.Unit, error) {
	for _, l := range []struct {
		layout string
		unit   analysis.Unit
	}{{"2006-01-02", analysis.Month}, {"2006-01", analysis.Month}, {"2006", analysis.Year}} {
		if t, err := time.Parse(l.layout, s); err == nil {
			return t, l.unit, nil
		}
	}
	return time.Time{}, "", fmt.Errorf("bad date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", s)
}
