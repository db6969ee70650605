package when

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"entente"
	"entente/internal/golden"
	"entente/parse"
	"entente/text"
)

// TestEventsGolden dates the marked events of testdata/events/*.txt as the
// pipeline does (parsed sentences, article order, each event anchored on the
// one before) and compares the listing with the .golden file beside it.
//
// A file holds stories, each opened by a line "== 2018-05-15" giving the
// publication date; a blank line ends a paragraph, lines starting with "#"
// are comments, and a "*" before a word marks the verb of an event.
func TestEventsGolden(t *testing.T) {
	model, err := parse.Default()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/events/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata/events")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		stories, err := readStories(string(b))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		var out strings.Builder
		for _, st := range stories {
			fmt.Fprintf(&out, "== %s\n", st.pub.Format("2006-01-02"))
			a := &entente.Article{Text: st.text, Published: st.pub}
			sents := text.Split(a)
			for si := range sents {
				model.Sentence(&sents[si])
			}
			ix := Resolver{}.Index(a, sents)
			var prev *entente.When
			for _, off := range st.verbs {
				si, vi := tokenAtOffset(sents, off)
				if vi < 0 {
					t.Fatalf("%s: no token at byte %d", f, off)
				}
				w := ix.Resolve(si, vi, prev)
				prev = &w
				fmt.Fprintf(&out, "%d\t%s\t%s\n", si, sents[si].Tokens[vi].Form, describe(ix, si, w))
			}
		}
		goldenPath := strings.TrimSuffix(f, ".txt") + ".golden"
		golden.Check(t, goldenPath, out.String(), *update)
	}
}

// describe prints a When, with the period of a range.
func describe(ix *Index, si int, w entente.When) string {
	if w.FromStoryDate {
		return fmt.Sprintf("%s\t%s\tstory-date gap=%d", w.Date.Format("2006-01-02"), w.Precision, w.GapDays)
	}
	s := fmt.Sprintf("%s\t%s\t%q gap=%d historical=%v", w.Date.Format("2006-01-02"), w.Precision, w.Phrase, w.GapDays, w.Historical)
	for k := 0; k < len(ix.sents); k++ {
		for _, e := range ix.Exprs(k) {
			if w.Span != nil && e.Span == *w.Span && e.Range {
				if from, to, ok := ix.Period(&e); ok {
					s += fmt.Sprintf(" period=%s..%s", from.Format("2006-01-02"), to.Format("2006-01-02"))
				}
			}
		}
	}
	return s
}

type story struct {
	pub   time.Time
	text  string
	verbs []int // byte offsets of the marked verbs in text
}

// readStories reads the story format of TestEventsGolden.
func readStories(src string) ([]story, error) {
	var out []story
	var cur *story
	var body strings.Builder
	flush := func() {
		if cur != nil {
			cur.text = strings.TrimRight(body.String(), "\n")
			out = append(out, *cur)
		}
		body.Reset()
	}
	for n, line := range strings.Split(src, "\n") {
		switch {
		case strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "== "):
			flush()
			p, err := time.Parse("2006-01-02", strings.TrimSpace(line[3:]))
			if err != nil {
				return nil, fmt.Errorf("line %d: %v", n+1, err)
			}
			cur = &story{pub: p}
			continue
		}
		if cur == nil {
			if strings.TrimSpace(line) == "" {
				continue
			}
			return nil, fmt.Errorf("line %d: text before the first == line", n+1)
		}
		for {
			i := strings.IndexByte(line, '*')
			if i < 0 {
				break
			}
			body.WriteString(line[:i])
			cur.verbs = append(cur.verbs, body.Len())
			line = line[i+1:]
		}
		body.WriteString(line)
		body.WriteByte('\n')
	}
	flush()
	return out, nil
}

// tokenAtOffset returns the sentence and token that start at byte off.
func tokenAtOffset(sents []entente.Sentence, off int) (int, int) {
	for si := range sents {
		for ti, tok := range sents[si].Tokens {
			if tok.Span.Start == off {
				return si, ti
			}
		}
	}
	return -1, -1
}

// TestPeriod checks the two ends of ranges, eras and open periods, and that
// a plain date is no range.
func TestPeriod(t *testing.T) {
	tests := []struct {
		text, phrase string
		rng          bool
		from, to     time.Time
	}{
		{"The ferry ran from 2014 to 2016.", "from 2014 to 2016", true, day(2014, 1, 1), day(2016, 12, 31)},
		{"Trade grew between 2009 and 2011.", "between 2009 and 2011", true, day(2009, 1, 1), day(2011, 12, 31)},
		{"Prices rose between March and May.", "between March and May", true, day(2018, 3, 1), day(2018, 5, 31)},
		{"Talks ran from November to February 2016.", "from November to February 2016", true, day(2015, 11, 1), day(2016, 2, 29)},
		{"The blockade lasted from July 2016 until March 2017.", "from July 2016 until March 2017", true, day(2016, 7, 1), day(2017, 3, 31)},
		{"The border has stayed shut since 2014.", "since 2014", true, day(2014, 1, 1), pub},
		{"Delegates met on May 1-3, 2016.", "on May 1-3, 2016", true, day(2016, 5, 1), day(2016, 5, 3)},
		{"Delegates met on 8-9 March 2011.", "on 8-9 March 2011", true, day(2011, 3, 8), day(2011, 3, 9)},
		{"The league played its 2014-15 season.", "2014-15", true, day(2014, 1, 1), day(2015, 12, 31)},
		{"Floods struck in the summer of 2010.", "in the summer of 2010", false, day(2010, 6, 1), day(2010, 8, 31)},
		{"Both states armed proxies during the Cold War.", "during the Cold War", false, day(1947, 1, 1), day(1991, 12, 31)},
		{"The army left in 2012 and 2015.", "in 2012", false, day(2012, 1, 1), day(2012, 12, 31)},
		{"Rebels fought in March and May.", "in March", false, day(2018, 3, 1), day(2018, 3, 31)},
	}
	for _, tt := range tests {
		a, sents := article(tt.text)
		ix := Resolver{}.Index(a, sents)
		es := ix.Exprs(0)
		if len(es) == 0 || es[0].Phrase != tt.phrase || es[0].Range != tt.rng {
			t.Errorf("%q: got %+v, want %q range=%v", tt.text, es, tt.phrase, tt.rng)
			continue
		}
		from, to, ok := ix.Period(&es[0])
		if !ok || !from.Equal(tt.from) || !to.Equal(tt.to) {
			t.Errorf("%q: period %s..%s, want %s..%s", tt.text, from.Format("2006-01-02"), to.Format("2006-01-02"),
				tt.from.Format("2006-01-02"), tt.to.Format("2006-01-02"))
		}
	}
}
