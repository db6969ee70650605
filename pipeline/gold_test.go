package pipeline

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"entente"
)

// goldEvent is an expected event of testdata/gold_sentences.tsv.
type goldEvent struct{ source, code, target string }

// goldSentence is one line of testdata/gold_sentences.tsv.
type goldSentence struct {
	batch, text string
	want        []goldEvent
}

func readGoldSentences(t *testing.T) []goldSentence {
	t.Helper()
	f, err := os.Open("testdata/gold_sentences.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldSentence
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("gold_sentences.tsv:%d: %d columns, want 3", n, len(cols))
		}
		g := goldSentence{batch: cols[0], text: cols[1]}
		g.want, err = parseGoldEvents(cols[2])
		if err != nil {
			t.Fatalf("gold_sentences.tsv:%d: %v", n, err)
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// parseGoldEvents reads expected events, "SOURCE CODE TARGET" or
// "SOURCE CODE", separated by ";".
func parseGoldEvents(col string) ([]goldEvent, error) {
	var out []goldEvent
	for _, e := range strings.Split(col, ";") {
		f := strings.Fields(e)
		switch len(f) {
		case 0:
		case 2:
			out = append(out, goldEvent{f[0], f[1], ""})
		case 3:
			out = append(out, goldEvent{f[0], f[1], f[2]})
		default:
			return nil, fmt.Errorf("bad event %q", e)
		}
	}
	return out, nil
}

// goldMatch reports whether event e is the expected one g at the level the
// suite scores: the same countries (the first three letters of the actor
// codes, or both targets empty) and the same root code.
func goldMatch(g goldEvent, e entente.Event) bool {
	country := func(c string) string { return c[:min(3, len(c))] }
	return country(g.source) == country(e.Source) && country(g.target) == country(e.Target) &&
		g.code[:2] == e.Code[:min(2, len(e.Code))]
}

// factual returns the events of evs the text tells as done, claimed or
// announced (entente.Event.Factual): the gold, coded by the CAMEO
// codebook, records no hypothetical, question or negated act, and the code
// command prints none by default.
func factual(evs []entente.Event) []entente.Event {
	out := evs[:0:0]
	for _, e := range evs {
		if e.Factual() {
			out = append(out, e)
		}
	}
	return out
}

// matchGold pairs each expected event of want with the first event of
// events not yet taken that goldMatch accepts: hits[i] is its index, or -1
// when none is; used marks the events taken.
func matchGold(want []goldEvent, events []entente.Event) (hits []int, used []bool) {
	hits, used = make([]int, len(want)), make([]bool, len(events))
	for i, w := range want {
		hits[i] = -1
		for k, e := range events {
			if !used[k] && goldMatch(w, e) {
				hits[i], used[k] = k, true
				break
			}
		}
	}
	return hits, used
}

// heldOutBatch is a batch written and frozen but not yet run: the test
// leaves it out, so that its score is read once, when it is released. None
// is held out now (batch 7 was, until its single run in round 6).
const heldOutBatch = ""

// TestGoldSentences codes news sentences of our own, each an article of the
// story date 2024-05-01, from raw text through the default chain, and scores
// the events against those coded by hand: an expected event is found when
// an event of the sentence has its countries and root code (each event
// counts once); the share of the codes found that are exact and the events
// nobody expected are reported too. It fails when recall falls below the
// floor, set under what the chain reached at the end of round 8 (266 of
// 356 expected events, 0.747, 193 with the exact code; round 7 ended at
// 258, 0.725, 184 exact; round 6 at 254, 0.713: batches 1-6 180 of 235,
// from 168 at its start and 0.63 before the fixes the first probes led
// to; batch 7 80 of 121 after round 8, 78 after round 7, 74 after round
// 6, 64 at its single held-out run), so that a change that loses many of
// them shows. Run with -v for every miss and extra
// event.
func TestGoldSentences(t *testing.T) {
	const floor = 0.72
	chain, err := DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	date := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	type tally struct{ want, found, exact, extra int }
	byBatch := map[string]*tally{}
	var all tally
	for i, g := range readGoldSentences(t) {
		if g.batch == heldOutBatch {
			continue
		}
		a := &entente.Article{ID: fmt.Sprintf("gold-%d", i), Text: g.text, Published: date}
		coded, err := chain.Process(a)
		if err != nil {
			t.Fatal(err)
		}
		tb := byBatch[g.batch]
		if tb == nil {
			tb = &tally{}
			byBatch[g.batch] = tb
		}
		coded.Events = factual(coded.Events)
		hits, used := matchGold(g.want, coded.Events)
		for i, w := range g.want {
			tb.want++
			hit := hits[i]
			if hit < 0 {
				t.Logf("miss  %s %s %s: %s", w.source, w.code, w.target, g.text)
				continue
			}
			tb.found++
			if coded.Events[hit].Code == w.code {
				tb.exact++
			}
		}
		for k, e := range coded.Events {
			if !used[k] {
				tb.extra++
				t.Logf("extra %s %s %s (%s): %s", e.Source, e.Code, e.Target, e.Modality, g.text)
			}
		}
	}
	for b := 1; b <= len(byBatch); b++ {
		tb := byBatch[fmt.Sprint(b)]
		if tb == nil {
			continue
		}
		t.Logf("batch %d: %d of %d expected events found (%.3f), %d with the exact code, %d events not expected",
			b, tb.found, tb.want, float64(tb.found)/float64(tb.want), tb.exact, tb.extra)
		all.want, all.found, all.exact, all.extra = all.want+tb.want, all.found+tb.found, all.exact+tb.exact, all.extra+tb.extra
	}
	recall := float64(all.found) / float64(all.want)
	t.Logf("all: %d of %d expected events found (%.3f), %d with the exact code, %d events not expected",
		all.found, all.want, recall, all.exact, all.extra)
	if recall < floor {
		t.Errorf("recall %.3f below the floor %.2f", recall, floor)
	}
}
