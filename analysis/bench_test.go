package analysis

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"entente"
)

// syntheticCells returns the cells of actors nodes over months months,
// holding about events events in all: every dyad among a random share of
// pairs, with three latent camps deciding the sign of its votes.
func syntheticCells(actors, months, dyads, events int) []Cell {
	rng := rand.New(rand.NewPCG(42, 1))
	names := make([]string, actors)
	for i := range names {
		names[i] = fmt.Sprintf("A%03d", i)
	}
	perCell := events / (dyads * months)
	if perCell < 1 {
		perCell = 1
	}
	var cells []Cell
	seen := map[[2]int]bool{}
	for len(seen) < dyads {
		a, b := rng.IntN(actors), rng.IntN(actors)
		if a == b || seen[[2]int{a, b}] {
			continue
		}
		seen[[2]int{a, b}] = true
		mood := 0.6
		if a%3 != b%3 {
			mood = -0.4
		}
		for m := 0; m < months; m++ {
			p := PeriodOf(time.Date(2010, time.Month(1+m), 1, 0, 0, 0, 0, time.UTC), Month)
			c := Cell{Dyad: Dyad{names[a], names[b]}, Period: p, Scheme: GDELT, Events: perCell}
			src := perCell / 3
			for s := 0; s < src; s++ {
				d := mood + 0.5*(rng.Float64()-0.5)
				c.Event.vote(d, 1)
			}
			cells = append(cells, c)
		}
	}
	return cells
}

// BenchmarkNetworkBalanceBlocs: network, balance and blocs of 200 actors
// from the rollups of 10 million events (6,000 directed dyads × 120 months).
func BenchmarkNetworkBalanceBlocs(b *testing.B) {
	cells := syntheticCells(200, 120, 6000, 10_000_000)
	b.ResetTimer()
	defer reportCPU(b)()
	for i := 0; i < b.N; i++ {
		n := BuildNetwork(cells, DefaultNetworkOptions())
		bal := AnalyzeBalance(n, BalanceOptions{})
		bl := FindBlocs(n, BlocOptions{})
		if len(n.Edges) == 0 || bal.Triads == 0 || len(bl.Blocs) == 0 {
			b.Fatal("empty result")
		}
	}
}

// BenchmarkNetworkAtBalanceBlocs: the network at a date (twelve trailing
// months with decay), balance and blocs of the same 200 actors and cells.
func BenchmarkNetworkAtBalanceBlocs(b *testing.B) {
	cells := syntheticCells(200, 120, 6000, 10_000_000)
	at := time.Date(2019, 6, 15, 0, 0, 0, 0, time.UTC)
	b.ResetTimer()
	defer reportCPU(b)()
	for i := 0; i < b.N; i++ {
		n := NetworkAt(cells, at, DefaultAtOptions())
		bal := AnalyzeBalance(n, BalanceOptions{})
		bl := FindBlocs(n, BlocOptions{})
		if len(n.Edges) == 0 || bal.Triads == 0 || len(bl.Blocs) == 0 {
			b.Fatal("empty result")
		}
	}
}

// reportEvents returns 200,000 events over 20 years, a quarter of them
// between PAKGOV and USAGOV, reported by 60,000 articles.
func reportEvents() []entente.Event {
	rng := rand.New(rand.NewPCG(7, 7))
	codes := []string{"010", "020", "042", "057", "061", "073", "112", "130", "173", "190"}
	var events []entente.Event
	for i := 0; i < 200_000; i++ {
		src, tgt := "PAKGOV", "USAGOV"
		if i%4 != 0 {
			src, tgt = fmt.Sprintf("X%02d", rng.IntN(50)), fmt.Sprintf("Y%02d", rng.IntN(50))
		}
		t := time.Date(1998, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(20*365))
		e := ev(src, tgt, codes[rng.IntN(len(codes))], t, fmt.Sprintf("art%d", rng.IntN(60_000)))
		if rng.IntN(5) == 0 {
			e.Modality = entente.Alleged
		}
		events = append(events, e)
	}
	return events
}

// BenchmarkDyadReport: the report of one dyad with 50,000 events over 20
// years, given 200,000 events in all (the period totals are counted too).
func BenchmarkDyadReport(b *testing.B) {
	events := reportEvents()
	ro := ReportOptions{Options: DefaultOptions()}
	b.ResetTimer()
	defer reportCPU(b)()
	for i := 0; i < b.N; i++ {
		rep := BuildReport(events, nil, "PAKGOV", "USAGOV", ro)
		if len(rep.Series.Points) == 0 {
			b.Fatal("empty report")
		}
	}
}

// BenchmarkDyadReportFromStore: the same report as the CLI makes it, from
// the dyad's 50,000 events and period totals read from a store's rollup.
func BenchmarkDyadReportFromStore(b *testing.B) {
	all := reportEvents()
	ro := ReportOptions{Options: DefaultOptions()}
	ro.Totals = Aggregate(all, nil, ro.Options).Totals
	var events []entente.Event
	for _, e := range all {
		if e.Source == "PAKGOV" {
			events = append(events, e)
		}
	}
	b.ResetTimer()
	defer reportCPU(b)()
	for i := 0; i < b.N; i++ {
		rep := BuildReport(events, nil, "PAKGOV", "USAGOV", ro)
		if len(rep.Series.Points) == 0 {
			b.Fatal("empty report")
		}
	}
}

// reportCPU starts measuring CPU time; the function it returns reports
// cpu-ms/op (process CPU time, all threads, per operation): on a machine
// shared with other work, wall time overstates the cost.
func reportCPU(b *testing.B) func() {
	start := cpuTime()
	return func() {
		if d := cpuTime() - start; d > 0 {
			b.ReportMetric(float64(d.Milliseconds())/float64(b.N), "cpu-ms/op")
		}
	}
}
