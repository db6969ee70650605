package pipeline

import (
	"bufio"
	"context"
	"os"
	"strconv"
	"strings"
	"testing"

	"entente"
	"entente/ingest"
	"entente/internal/sharedtest"
	"entente/text"
)

// reutersGold is one line of testdata/gold_reuters.tsv: a sentence of the
// shared Reuters corpus, named by its article and the byte offset where it
// starts in the article's text as package ingest reads it, with the events
// coded by hand. The file holds no text of the corpus: the test reads it
// from ../shared.
type reutersGold struct {
	line  int
	batch string // the latest "# batch: N" line's N
	doc   string
	start int
	want  []goldEvent
}

func readReutersGold(t *testing.T) []reutersGold {
	t.Helper()
	f, err := os.Open("testdata/gold_reuters.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []reutersGold
	batch := ""
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if b, ok := strings.CutPrefix(line, "# batch: "); ok {
			batch = strings.TrimSpace(b)
			continue
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("gold_reuters.tsv:%d: %d columns, want 3", n, len(cols))
		}
		start, err := strconv.Atoi(cols[1])
		if err != nil || start < 0 {
			t.Fatalf("gold_reuters.tsv:%d: bad offset %q", n, cols[1])
		}
		g := reutersGold{line: n, batch: batch, doc: cols[0], start: start}
		g.want, err = parseGoldEvents(cols[2])
		if err != nil {
			t.Fatalf("gold_reuters.tsv:%d: %v", n, err)
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestGoldReuters codes whole articles of the shared Reuters corpus (1987
// newswires) through the default chain and scores the events of their lead
// sentences against events coded by hand from the CAMEO codebook, as
// TestGoldSentences scores its sentences: an expected event is found when
// an event of its sentence has its countries and root code. Unlike the
// sentences of our own, these are real news as it was written, with its
// datelines, wrapped lines, company news and 1987 actors, and each
// sentence is coded in its article (earlier sentences give the referents
// of pronouns and titles). Run with -v for every miss and extra event.
//
// Only the events the text tells as done, claimed or announced are scored
// (entente.Event.Factual), as the code command prints them: the coders
// recorded no hypothetical, question or negated act.
//
// Recall is low (0.168 for two batches at the end of session 14, 0.163
// for four at the end of session 15, 0.178 for five at the end of session
// 16, 0.179 for six at the end of session 17): real news sentences are long, the parse of them often wrong, and
// the coders recorded many events of reported speech. The floor is set
// under it so that a change that loses many shows.
func TestGoldReuters(t *testing.T) {
	const floor = 0.15
	gold := readReutersGold(t)
	want := map[string]bool{}
	for _, g := range gold {
		want[g.doc] = true
	}
	arts := map[string]*entente.Article{}
	path := sharedtest.Path(t, "corpus/reuters21578.jsonl.gz")
	if _, err := ingest.Read(context.Background(), []string{path}, ingest.Options{}, func(a *entente.Article) error {
		if want[a.ID] {
			arts[a.ID] = a
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	chain, err := DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	type coded struct {
		sents    []entente.Sentence
		events   []entente.Event
		mentions []entente.Mention
	}
	done := map[string]*coded{}
	type tally struct{ want, found, exact, extra, sentences int }
	// why expected events were missed: no actor of the source's (or the
	// target's) country in the sentence, or both there and no event of
	// theirs with the root
	var noSource, noTarget, bothThere int
	var tl tally
	byBatch := map[string]*tally{}
	var batches []string
	for _, g := range gold {
		tb := byBatch[g.batch]
		if tb == nil {
			tb = &tally{}
			byBatch[g.batch] = tb
			batches = append(batches, g.batch)
		}
		a := arts[g.doc]
		if a == nil {
			t.Fatalf("gold_reuters.tsv:%d: no article %s in the corpus", g.line, g.doc)
		}
		c := done[g.doc]
		if c == nil {
			out, err := chain.Process(a)
			if err != nil {
				t.Fatal(err)
			}
			c = &coded{sents: text.Split(a), events: out.Events, mentions: out.Mentions}
			done[g.doc] = c
		}
		// The sentence that starts at the offset; a change of the splitter
		// that moves it fails here rather than scoring other sentences.
		idx := -1
		for i, s := range c.sents {
			if s.Span.Start == g.start {
				idx = i
			}
		}
		if idx < 0 {
			t.Fatalf("gold_reuters.tsv:%d: no sentence of %s starts at %d", g.line, g.doc, g.start)
		}
		tl.sentences++
		tb.sentences++
		s := c.sents[idx].Span
		sentence := strings.Join(strings.Fields(a.Text[s.Start:s.End]), " ")
		var events []entente.Event
		for _, e := range c.events {
			if e.Sentence == idx && e.Factual() {
				events = append(events, e)
			}
		}
		hits, used := matchGold(g.want, events)
		for i, w := range g.want {
			tl.want++
			tb.want++
			hit := hits[i]
			if hit < 0 {
				has := func(code string) bool {
					if code == "" {
						return true
					}
					for _, m := range c.mentions {
						if m.Sentence == idx && len(m.Code) >= 3 && m.Code[:3] == code[:min(3, len(code))] {
							return true
						}
					}
					return false
				}
				why := "both actors there"
				switch {
				case !has(w.source):
					noSource++
					why = "no source actor"
				case !has(w.target):
					noTarget++
					why = "no target actor"
				default:
					bothThere++
				}
				t.Logf("miss  %s %s %s (%s): %s [%s@%d]", w.source, w.code, w.target, why, sentence, g.doc, g.start)
				continue
			}
			tl.found++
			tb.found++
			if events[hit].Code == w.code {
				tl.exact++
				tb.exact++
			}
		}
		for k, e := range events {
			if !used[k] {
				tl.extra++
				tb.extra++
				t.Logf("extra %s %s %s (%s): %s [%s@%d]", e.Source, e.Code, e.Target, e.Modality, sentence, g.doc, g.start)
			}
		}
	}
	for _, b := range batches {
		tb := byBatch[b]
		t.Logf("batch %s: %d sentences, %d of %d expected events found (%.3f), %d with the exact code, %d events not expected",
			b, tb.sentences, tb.found, tb.want, float64(tb.found)/float64(max(1, tb.want)), tb.exact, tb.extra)
	}
	t.Logf("missed: %d without an actor of the source's country in the sentence, %d of the target's, %d with both and no event of theirs with the root",
		noSource, noTarget, bothThere)
	recall := float64(tl.found) / float64(max(1, tl.want))
	t.Logf("reuters: %d sentences of %d articles, %d of %d expected events found (%.3f), %d with the exact code, %d events not expected",
		tl.sentences, len(done), tl.found, tl.want, recall, tl.exact, tl.extra)
	if recall < floor {
		t.Errorf("recall %.3f below the floor %.2f", recall, floor)
	}
}
