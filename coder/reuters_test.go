package coder_test

import (
	"context"
	"errors"
	"fmt"
	"syscall"
	"testing"
	"time"

	"entente"
	"entente/actor"
	"entente/coder"
	"entente/coder/verbs"
	"entente/ingest"
	"entente/internal/sharedtest"
	"entente/parse"
	"entente/text"
)

// reutersDoc is one Reuters article split into sentences, with its actor
// mentions found: everything the coder needs.
type reutersDoc struct {
	a        *entente.Article
	sents    []entente.Sentence
	mentions []entente.Mention
}

// reutersDocs reads the first n articles of the Reuters corpus and prepares
// them for the coder with the default actor dictionaries.
func reutersDocs(tb testing.TB, n int) []reutersDoc {
	tb.Helper()
	path := sharedtest.Path(tb, "corpus/reuters21578.jsonl.gz")
	acts, err := actor.Default()
	if err != nil {
		tb.Fatal(err)
	}
	var docs []reutersDoc
	errStop := errors.New("enough")
	_, err = ingest.Read(context.Background(), []string{path}, ingest.Options{}, func(a *entente.Article) error {
		if len(docs) == n {
			return errStop
		}
		sents := text.Split(a)
		date := a.Published
		if date.IsZero() {
			date = time.Date(1987, 3, 1, 0, 0, 0, 0, time.UTC)
		}
		docs = append(docs, reutersDoc{a: a, sents: sents, mentions: acts.Match(a, sents, date)})
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		tb.Fatal(err)
	}
	return docs
}

// fresh returns a copy of the sentences whose tokens the coder may fill in.
func fresh(sents []entente.Sentence) []entente.Sentence {
	out := make([]entente.Sentence, len(sents))
	for i, s := range sents {
		out[i] = s
		out[i].Tokens = append([]entente.Token(nil), s.Tokens...)
	}
	return out
}

func defaultCoder(tb testing.TB) (*coder.Coder, *parse.Model) {
	tb.Helper()
	d, err := verbs.Default()
	if err != nil {
		tb.Fatal(err)
	}
	p, err := parse.Default()
	if err != nil {
		tb.Skipf("no parser model: %v", err)
	}
	return coder.New(d, p, coder.Options{}), p
}

func eventLines(evs []entente.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, fmt.Sprintf("%d %s %s %s %v %v", e.Sentence, e.Source, e.Code, e.Target, e.Modality, e.VerbSpan))
	}
	return out
}

// TestPrefilterChangesNothing codes Reuters articles with the Candidate
// prefilter and without it (parsing every sentence): the events must be
// the same.
func TestPrefilterChangesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("parses every sentence of 300 articles")
	}
	docs := reutersDocs(t, 300)
	c, _ := defaultCoder(t)
	var sents, cands, events int
	for _, d := range docs {
		with := eventLines(c.Code(d.a, fresh(d.sents), d.mentions))
		without := eventLines(coder.CodeWithoutPrefilter(c, d.a, fresh(d.sents), d.mentions))
		if fmt.Sprint(with) != fmt.Sprint(without) {
			t.Errorf("article %s: with the prefilter %q, without %q", d.a.ID, with, without)
		}
		bySent := map[int][]entente.Mention{}
		for _, m := range d.mentions {
			bySent[m.Sentence] = append(bySent[m.Sentence], m)
		}
		for i := range d.sents {
			sents++
			if c.Candidate(&d.sents[i], bySent[d.sents[i].Index]) {
				cands++
			}
		}
		events += len(with)
	}
	t.Logf("%d articles, %d sentences, %d candidates (%.1f%%), %d events", len(docs), sents, cands, 100*float64(cands)/float64(sents), events)
}

// benchmarkReuters codes 2,000 Reuters articles prepared outside the timer
// (split, actors matched, and parsed beforehand when parsed is set),
// reporting sentences (as counted by entente's splitter) per second of wall
// clock and per second of CPU time.
func benchmarkReuters(b *testing.B, parsed bool) {
	docs := reutersDocs(b, 2000)
	c, p := defaultCoder(b)
	work := make([][]entente.Sentence, len(docs))
	nsent := 0
	for i, d := range docs {
		work[i] = fresh(d.sents)
		nsent += len(d.sents)
		if parsed {
			for k := range work[i] {
				p.Parse(work[i][k].Tokens)
			}
		}
	}
	var sents, events int
	var elapsed, cpu time.Duration
	for b.Loop() {
		if !parsed {
			b.StopTimer()
			for i, d := range docs {
				work[i] = fresh(d.sents)
			}
			b.StartTimer()
		}
		start, cpu0 := time.Now(), cpuTime()
		for i, d := range docs {
			events += len(c.Code(d.a, work[i], d.mentions))
		}
		elapsed += time.Since(start)
		cpu += cpuTime() - cpu0
		sents += nsent
	}
	b.Logf("%d sentences in %v (%v of CPU time)", sents, elapsed, cpu)
	b.ReportMetric(float64(sents)/elapsed.Seconds(), "sentences/s")
	b.ReportMetric(float64(sents)/cpu.Seconds(), "sentences/cpu-s")
	b.ReportMetric(float64(events)/elapsed.Seconds(), "events/s")
	b.ReportMetric(0, "ns/op")
}

// cpuTime returns the CPU time the process has used: on a loaded machine
// it measures the work better than the wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkCodeReuters codes Reuters sentences with the default
// dictionaries, parsing the candidate sentences (run with GOMAXPROCS=1 for
// the per-core figure).
func BenchmarkCodeReuters(b *testing.B) { benchmarkReuters(b, false) }

// BenchmarkCodeReutersParsed codes Reuters sentences parsed beforehand: the
// coder's own speed, without the parser.
func BenchmarkCodeReutersParsed(b *testing.B) { benchmarkReuters(b, true) }
