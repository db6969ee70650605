package scenario

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"text/tabwriter"

	"entente"
	"entente/ingest"
	"entente/internal/sharedtest"
	"entente/pipeline"
)

// floor is the least overall pass rate TestScenarios accepts, over every
// scenario including the founding article read from ../shared: a ratchet
// against regressions. Raise it when the chain gets better, never lower it
// to make a change pass.
//
// Measured 2026-11-29: 132 of 259 checks (0.510); then 158 of 259 (0.610)
// with turning points on the combined index (3 of them) and the other
// stages' work: raised by the analysis change's share, to 135 of 259. The
// context stages' fixes (dates anchored in reading order, modality through
// the parse, periods of standing relations) bring the whole to 158 of 259
// (0.610): raised to 156 of 259, two checks of slack for work in flight.
// The network at a date over a trailing window (analysis.BuildNetworkAt) and
// the Houthis and HTS in the actor dictionaries: 167 of 259 (0.645); raised
// to 0.62 while the coder and parser are being reworked. The coder's news
// constructions (intent complements, relative clauses, nominal and
// possessive targets, the additions' patterns): 213 of 259 (0.822) on the
// committed parser, 207 (0.799) on the parser in rework; raised to 0.78.
// The coder's second round (appositive subjects, conjuncts inside actor
// phrases, object-controlled gerunds, passive participles, support and
// expulsion patterns) and modality's relative and trailing attribution
// clauses: 224 of 259 (0.865); raised to 0.83, slack for the parser rework.
// With the light-verb rule and coreference of descriptions and "it": 232 of
// 259 (0.896); raised to 0.88 (four checks of slack). The coder's news
// round 3 (event anaphora, "returned the favour", surnames and titled
// names, "the two countries" by salience, eras and changes of standing
// relations): 256 of 259 (0.988); raised to 0.975 (three checks of slack).
// Two new articles of our own (gulf-reconciliation, horn-peace), written with
// their checks before the chain ever ran on them, passed 13 of 27 on that
// first run: what unseen articles look like. With lasting sanctions in the
// network, "they" for coordinated subjects, "the two leaders", lists the
// parser hangs as appositions and more organisations: 274 of 286 (0.958).
// Two more new articles (sahel-pullout, shoal-standoff), checks written
// first, passed 14 of 23 on their first run. Datelines with a
// several-word agency, -ed words the tagger took for adjectives after a
// name, participle clauses dated with their verb, "the bloc", agents "in"
// a capital and arming as military aid: 291 of 309 (0.942). Then two
// held-out articles (korea-launch, andes-thaw), written with their checks
// before that work and run once after it, untouched since: 14 of 19; all,
// 305 of 328 (0.930); the floor is now over 328 checks: 0.925.
const floor = 0.925

// floorOwn is the same ratchet over the project's own scenarios alone, used
// when the shared folder is absent and the founding article is skipped.
//
// Measured 2026-11-29: 108 of 215 checks (0.502); then 130 of 215 (0.605),
// raised to 128 of 215. The coder's second round: 187 of 215 (0.870);
// raised to 0.83. Then 195 of 215 (0.907): raised to 0.89. The coder's
// round 3: 212 of 215 (0.986); raised to 0.972. With the two new articles
// (see floor): 230 of 242 (0.950). With four: 247 of 265 (0.932); with
// the two held-out ones, 261 of 284 (0.919): the floor is now 0.915.
const floorOwn = 0.915

var dump = flag.Bool("dump", false, "print every event, relation and actor mention the chain codes for each scenario")

// tally counts passes and checks.
type tally struct{ pass, total int }

func (t tally) String() string {
	if t.total == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d", t.pass, t.total)
}

func (t tally) rate() float64 {
	if t.total == 0 {
		return 0
	}
	return float64(t.pass) / float64(t.total)
}

// TestScenarios codes every article of testdata (and the founding article
// from the shared folder) with the default chain, runs the checks of its
// .expect file, logs a table of passes per article and per kind of check
// with every failure explained, and fails when the overall pass rate falls
// below floor.
func TestScenarios(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*.expect"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no scenarios in testdata")
	}
	sort.Strings(paths)
	chain, err := pipeline.DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		name   string
		kinds  map[string]tally
		all    tally
		shared bool
	}
	var rows []row
	stages := map[string]int{}
	for _, p := range paths {
		sc, err := parseScript(p)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(p), ".expect")
		ran := false
		rw := row{name: name, kinds: map[string]tally{}, shared: sc.shared}
		t.Run(name, func(t *testing.T) {
			x := load(t, chain, sc, name)
			if *dump {
				dumpCoded(t, x)
			}
			for _, c := range sc.checks {
				r := x.run(c)
				k := rw.kinds[c.column()]
				k.total++
				rw.all.total++
				if r.pass {
					k.pass++
					rw.all.pass++
				} else {
					stages[r.stage]++
					t.Logf("FAIL %s:%d [%s] %s", filepath.Base(p), c.line, r.stage, c.text)
					for _, d := range r.detail {
						t.Logf("    %s", d)
					}
				}
				rw.kinds[c.column()] = k
			}
			t.Logf("%s: %s checks pass", name, rw.all)
			ran = true
		})
		if ran {
			rows = append(rows, rw)
		}
	}

	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "article\t%s\ttotal\trate\n", strings.Join(kinds, "\t"))
	sum := map[string]tally{}
	var all, own tally
	seedRan := false
	for _, rw := range rows {
		var cols []string
		for _, k := range kinds {
			cols = append(cols, rw.kinds[k].String())
			s := sum[k]
			s.pass += rw.kinds[k].pass
			s.total += rw.kinds[k].total
			sum[k] = s
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.2f\n", rw.name, strings.Join(cols, "\t"), rw.all, rw.all.rate())
		all.pass += rw.all.pass
		all.total += rw.all.total
		if rw.shared {
			seedRan = true
		} else {
			own.pass += rw.all.pass
			own.total += rw.all.total
		}
	}
	var cols []string
	for _, k := range kinds {
		cols = append(cols, sum[k].String())
	}
	fmt.Fprintf(tw, "all\t%s\t%s\t%.3f\n", strings.Join(cols, "\t"), all, all.rate())
	tw.Flush()
	var st []string
	for s, n := range stages {
		st = append(st, fmt.Sprintf("%s %d", s, n))
	}
	sort.Strings(st)
	t.Logf("scenario checks passed, per article and kind:\n%s\nfailures by stage: %s\nown scenarios: %s (%.3f)",
		b.String(), strings.Join(st, ", "), own, own.rate())

	const eps = 1e-9
	if seedRan {
		if all.rate()+eps < floor {
			t.Errorf("overall pass rate %.3f (%s) fell below the floor %.3f", all.rate(), all, floor)
		}
	} else if own.rate()+eps < floorOwn {
		t.Errorf("pass rate of the own scenarios %.3f (%s) fell below the floor %.3f", own.rate(), own, floorOwn)
	}
}

// load reads and codes a scenario's article. The founding article is read
// from the shared folder (the subtest skips when it is absent).
func load(t *testing.T, chain *pipeline.Chain, sc *script, name string) *coded {
	t.Helper()
	path := sc.article
	if sc.shared {
		path = sharedtest.Path(t, sc.article)
	}
	var arts []*entente.Article
	_, err := ingest.Read(context.Background(), []string{path}, ingest.Options{Date: sc.date, OnError: func(e *entente.Error) {
		t.Errorf("reading %s: %v", path, e)
	}}, func(a *entente.Article) error {
		arts = append(arts, a)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 {
		t.Fatalf("%s: read %d articles, want 1", path, len(arts))
	}
	if arts[0].Published.IsZero() {
		t.Fatalf("%s: no story date (front matter date: or a date line in the .expect file)", path)
	}
	out, err := chain.Process(arts[0])
	if err != nil {
		t.Fatal(err)
	}
	return newCoded(name, out)
}

// dumpCoded logs everything the chain coded, sentence by sentence.
func dumpCoded(t *testing.T, x *coded) {
	t.Helper()
	for si := range x.sents {
		for _, l := range x.sentenceLines(si) {
			t.Log(l)
		}
	}
}
