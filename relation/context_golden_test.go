package relation_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"entente"
	"entente/internal/clause"
	"entente/internal/golden"
	"entente/modality"
	"entente/place"
	"entente/quantity"
	"entente/relation"
	"entente/text"
	"entente/when"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// marked is an article read from the golden-test markup: "[surface|CODE]"
// marks an actor mention and "*word" an event's verb; lines starting with
// "#" are comments, "# published YYYY-MM-DD" gives the date.
type marked struct {
	art      *entente.Article
	mentions []entente.Span
	codes    []string
	verbs    []int // byte offsets of the verbs
}

func readMarked(t *testing.T, path string) marked {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := marked{art: &entente.Article{ID: filepath.Base(path)}}
	var sb strings.Builder
	for n, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "#") {
			if d, ok := strings.CutPrefix(line, "# published "); ok {
				p, err := time.Parse("2006-01-02", strings.TrimSpace(d))
				if err != nil {
					t.Fatalf("%s:%d: %v", path, n+1, err)
				}
				m.art.Published = p
			}
			continue
		}
		if line == "" {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		for i := 0; i < len(line); i++ {
			switch c := line[i]; {
			case c == '[':
				j := strings.IndexByte(line[i:], ']')
				surf, code, ok := strings.Cut(line[i+1:i+j], "|")
				if j < 0 || !ok {
					t.Fatalf("%s:%d: bad mention markup", path, n+1)
				}
				m.mentions = append(m.mentions, entente.Span{Start: sb.Len(), End: sb.Len() + len(surf)})
				m.codes = append(m.codes, code)
				sb.WriteString(surf)
				i += j
			case c == '*':
				m.verbs = append(m.verbs, sb.Len())
			default:
				sb.WriteByte(c)
			}
		}
	}
	m.art.Text = sb.String()
	return m
}

// locate returns the sentence and token holding byte offset off.
func locate(sents []entente.Sentence, off int) (int, int) {
	for si := range sents {
		if t := clause.TokenAt(sents[si].Tokens, off); t >= 0 {
			return si, t
		}
	}
	return -1, -1
}

// TestContextGolden runs the whole context step on the marked articles of
// testdata/context and compares what it says about each event, and the
// standing relations, with the .golden files.
func TestContextGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/context/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	gaz := place.Default()
	for _, f := range files {
		m := readMarked(t, f)
		a := m.art
		sents := text.Split(a)
		var ms []entente.Mention
		for k, sp := range m.mentions {
			si, t0 := locate(sents, sp.Start)
			_, t1 := locate(sents, sp.End-1)
			if si < 0 {
				t.Fatalf("%s: mention %d not in a sentence", f, k)
			}
			ms = append(ms, entente.Mention{Sentence: si, Tokens: [2]int{t0, t1 + 1}, Span: sp, Code: m.codes[k], Kind: entente.MentionActor})
		}
		ix := when.Resolver{}.Index(a, sents)
		var out strings.Builder
		var prev *entente.When
		for _, off := range m.verbs {
			si, v := locate(sents, off)
			s := &sents[si]
			w := ix.Resolve(si, v, prev)
			prev = &w
			mod := modality.Of(s, v, a.Text)
			fmt.Fprintf(&out, "%q: %s %s %q gap=%d historical=%v story=%v; %s (%s)", s.Tokens[v].Form,
				w.Date.Format("2006-01-02"), w.Precision, w.Phrase, w.GapDays, w.Historical, w.FromStoryDate,
				mod, modality.PloverMode(mod, w))
			for _, q := range quantity.ForEvent(s, v, quantity.Find(s, a.Text)) {
				fmt.Fprintf(&out, "; %s %s low=%g best=%g high=%g rate=%s %q", q.Kind, q.Unit, q.Low, q.Best, q.High, q.Rate, q.Span.Of(a.Text))
			}
			var actors []string
			for _, mm := range ms {
				if mm.Sentence == si {
					actors = append(actors, mm.Code)
					break
				}
			}
			if p := gaz.Locate(a, sents, si, v, ms, actors...); p != nil {
				fmt.Fprintf(&out, "; at %s %s %s from-actor=%v", p.Name, p.Country, p.Precision, p.FromActor)
			}
			out.WriteString("\n")
		}
		for _, r := range relation.ExtractWith(ix, a, sents, ms) {
			fmt.Fprintf(&out, "relation %s %s sign=%+d strength=%.2f %q period=%s %q historical=%v\n", r.A, r.B, r.Sign, r.Strength,
				r.Phrase, r.When.Date.Format("2006-01-02"), r.When.Phrase, r.When.Historical)
		}
		goldenPath := strings.TrimSuffix(f, ".txt") + ".golden"
		golden.Check(t, goldenPath, out.String(), *update)
	}
}
