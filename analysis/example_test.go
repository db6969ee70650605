package analysis_test

import (
	"fmt"
	"time"

	"entente"
	"entente/analysis"
)

// A dyad whose reports turn from accusations to cooperation: the report
// finds the year of the turn and the event that drove it.
func ExampleBuildReport() {
	var events []entente.Event
	for y := 2001; y <= 2010; y++ {
		code, g := "112", -2.0 // accuse
		if y >= 2006 {
			code, g = "057", 3.5 // sign an agreement
		}
		for i := 0; i < 3; i++ {
			events = append(events, entente.Event{
				ID: fmt.Sprint(y, i), ArticleID: fmt.Sprint("article-", y, "-", i),
				Source: "ABCGOV", Target: "XYZMIL", Code: code, Root: code[:2], Goldstein: g,
				Modality: entente.Asserted, When: entente.When{Date: time.Date(y, time.Month(1+4*i), 1, 0, 0, 0, 0, time.UTC)},
			})
		}
	}
	opts := analysis.ReportOptions{Options: analysis.DefaultOptions()}
	opts.Unit = analysis.Year
	rep := analysis.BuildReport(events, nil, "ABCGOV", "XYZMIL", opts)
	for _, tp := range rep.TurningPoints {
		fmt.Printf("%s: turning point in %s, warming: %v, driven by %s events\n",
			rep.Series.Dyad, tp.Label, tp.Delta > 0, tp.Drivers[0].Code)
	}
	// Output:
	// ABCGOV->XYZMIL: turning point in 2006, warming: true, driven by 057 events
}

// Balance of three actors where a friend of a friend is an enemy.
func ExampleAnalyzeBalance() {
	n := &analysis.Network{
		Nodes: []string{"AAA", "BBB", "CCC"},
		Edges: []analysis.Edge{
			{A: "AAA", B: "BBB", Weight: 0.6, Sign: 1},
			{A: "AAA", B: "CCC", Weight: 0.4, Sign: 1},
			{A: "BBB", B: "CCC", Weight: -0.5, Sign: -1},
		},
	}
	b := analysis.AnalyzeBalance(n, analysis.BalanceOptions{})
	fmt.Println("balanced triads:", b.Balanced, "of", b.Triads)
	fmt.Println("unbalanced:", b.Unbalanced[0].Nodes)
	fmt.Println("frustration index:", b.Frustration, "exact:", b.Exact)
	// Output:
	// balanced triads: 0 of 1
	// unbalanced: [AAA BBB CCC]
	// frustration index: 1 exact: true
}

// The network at a date: the aid suspended four months earlier still counts,
// with less weight than this month's events, and a Cold War alliance does
// not.
func ExampleNetworkAt() {
	at := time.Date(2018, 5, 15, 0, 0, 0, 0, time.UTC)
	events := []entente.Event{
		{ID: "1", ArticleID: "a", Source: "USAGOV", Target: "PAKGOV", Code: "163", Root: "16", Goldstein: -8,
			Modality: entente.Asserted, When: entente.When{Date: time.Date(2018, 1, 4, 0, 0, 0, 0, time.UTC)}},
		{ID: "2", ArticleID: "b", Source: "CHNGOV", Target: "PAKGOV", Code: "057", Root: "05", Goldstein: 8,
			Modality: entente.Asserted, When: entente.When{Date: at}},
	}
	relations := []entente.Relation{
		{ArticleID: "b", A: "USA", B: "PAK", Sign: 1, Phrase: "a Cold War ally",
			When: entente.When{Date: time.Date(1969, 1, 1, 0, 0, 0, 0, time.UTC), Historical: true}},
	}
	o := analysis.DefaultOptions()
	o.Undirected = true
	cells := analysis.Aggregate(events, relations, o).Cells
	ao := analysis.DefaultAtOptions()
	ao.MinSources = 1 // a handful of articles
	n := analysis.NetworkAt(cells, at, ao)
	fmt.Println("window:", n.From.Format("2006-01"), "to", n.To.Format("2006-01"))
	for _, e := range n.Edges {
		fmt.Printf("%s–%s %+.2f (standing votes: %d)\n", e.A, e.B, e.Weight, e.StandingSources)
	}
	// Output:
	// window: 2017-06 to 2018-06
	// CHN–PAK +0.50 (standing votes: 0)
	// PAK–USA -0.39 (standing votes: 0)
}
