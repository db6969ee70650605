package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"entente"
	"entente/analysis"
	"entente/sqlite"
)

// analysisDB writes a store with synthetic coded articles: PAK–RUS hostile
// until 2009 and friendly after, and one article in May 2018 with events and
// standing relations among CHN, IND, PAK and USA, and a RUS–IND deal it
// dates to January 2018.
func analysisDB(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "test.db")
	db, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	n := 0
	mk := func(art, src, tgt, code string, g float64, quad int, at time.Time) entente.Event {
		n++
		return entente.Event{ID: fmt.Sprint("e", n), ArticleID: art, Source: src, Target: tgt, Code: code, Root: code[:2],
			Goldstein: g, QuadClass: quad, Modality: entente.Asserted, SentenceText: "synthetic",
			When: entente.When{Date: at, Precision: entente.PrecisionDay}}
	}
	pub := time.Date(2018, 5, 15, 0, 0, 0, 0, time.UTC)
	var batch []entente.CodedArticle
	for y := 2000; y <= 2017; y++ {
		id := fmt.Sprint("a", y)
		at := time.Date(y, 3, 1, 0, 0, 0, 0, time.UTC)
		ev := mk(id, "PAKGOV", "RUSGOV", "112", -2, 3, at)
		if y >= 2010 {
			ev = mk(id, "PAKGOV", "RUSGOV", "057", 3.5, 1, at)
		}
		batch = append(batch, entente.CodedArticle{
			Article: entente.Article{ID: id, Source: "test", Publisher: "P", Published: at,
				Text: fmt.Sprintf("Synthetic article number %d about two governments and their dealings in year %d.", y, y)},
			Events: []entente.Event{ev},
		})
	}
	batch = append(batch, entente.CodedArticle{
		Article: entente.Article{ID: "m", Source: "test", Publisher: "P", Published: pub,
			Text: "A synthetic analysis of four governments, their friendships and their quarrels this month."},
		Events: []entente.Event{
			mk("m", "CHNGOV", "PAKGOV", "061", 6.4, 2, pub),
			mk("m", "INDMIL", "PAKMIL", "190", -10, 4, pub),
			mk("m", "USAGOV", "INDGOV", "057", 3.5, 1, pub),
			mk("m", "USAGOV", "PAKGOV", "112", -2, 3, pub),
			// Four months before: Russia and India signed a deal.
			mk("m", "RUSGOV", "INDGOV", "057", 3.5, 1, time.Date(2018, 1, 10, 0, 0, 0, 0, time.UTC)),
		},
		Relations: []entente.Relation{
			{ArticleID: "m", A: "CHN", B: "PAK", Sign: 1, Strength: 1, When: entente.When{Date: pub}},
			{ArticleID: "m", A: "IND", B: "PAK", Sign: -1, Strength: 1, When: entente.When{Date: pub}},
		},
	})
	if _, err := db.PutArticles(ctx, batch); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestAnalysisCommands(t *testing.T) {
	db := analysisDB(t)
	run := func(args ...string) []byte {
		t.Helper()
		var out bytes.Buffer
		var c = newReportCmd()
		switch args[0] {
		case "network":
			c = newNetworkCmd()
		case "balance":
			c = newBalanceCmd()
		case "plot":
			c = newPlotCmd()
		}
		c.SetArgs(args[1:])
		c.SetOut(&out)
		c.SetErr(&out)
		if err := c.Execute(); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out.String())
		}
		return out.Bytes()
	}

	var rep analysis.Report
	if err := json.Unmarshal(run("report", "PAK", "RUSGOV", "--db", db, "--unit", "year", "--json"), &rep); err != nil {
		t.Fatal(err)
	}
	pts := rep.Series.Points
	if len(pts) != 18 || pts[0].Index >= 0 || pts[len(pts)-1].Index <= 0 || len(rep.TurningPoints) != 1 {
		t.Errorf("report: %d points, from %.2f to %.2f, %d turning points", len(pts), pts[0].Index, pts[len(pts)-1].Index, len(rep.TurningPoints))
	}
	if text := string(run("report", "PAK", "RUS", "--db", db, "--unit", "year")); !strings.Contains(text, "turning point 2010") {
		t.Errorf("text report lacks the turning point:\n%s", text)
	}

	var n analysis.Network
	if err := json.Unmarshal(run("network", "--db", db, "--at", "2018-05-20", "--json"), &n); err != nil {
		t.Fatal(err)
	}
	signs := map[string]int{}
	for _, e := range n.Edges {
		signs[e.A+"-"+e.B] = e.Sign
	}
	if signs["CHN-PAK"] != 1 || signs["IND-PAK"] != -1 || signs["IND-USA"] != 1 || signs["PAK-USA"] != -1 {
		t.Errorf("network signs %v", signs)
	}

	var bal balanceResult
	if err := json.Unmarshal(run("balance", "--db", db, "--at", "2018-05", "--json"), &bal); err != nil {
		t.Fatal(err)
	}
	// IND–PAK hostile, IND–USA friendly, PAK–USA hostile: balanced.
	if bal.Balance.Triads != 1 || bal.Balance.Balanced != 1 {
		t.Errorf("balance: %+v", bal.Balance)
	}

	svg := filepath.Join(t.TempDir(), "s.svg")
	run("plot", "series", "PAK", "RUS", "--db", db, "--unit", "year", "-o", svg)
	run("plot", "network", "--db", db, "--at", "2018-05-01", "-o", svg+".net.svg")
	for _, p := range []string{svg, svg + ".net.svg"} {
		b, err := os.ReadFile(p)
		if err != nil || !bytes.HasPrefix(b, []byte("<svg")) {
			t.Errorf("%s: %v", p, err)
		}
	}
	// With --json, plot prints the data it drew.
	var ps plotWritten
	if err := json.Unmarshal(run("plot", "series", "PAK", "RUS", "--db", db, "--unit", "year", "-o", svg, "--json"), &ps); err != nil {
		t.Fatal(err)
	}
	if ps.File != svg || ps.Series == nil || len(ps.Series.Points) != len(pts) || len(ps.TurningPoints) != len(rep.TurningPoints) {
		t.Errorf("plot series --json: file %q, series %v, %d turning points", ps.File, ps.Series, len(ps.TurningPoints))
	}
	var pn plotWritten
	if err := json.Unmarshal(run("plot", "network", "--db", db, "--at", "2018-05-20", "-o", svg+".net.svg", "--json"), &pn); err != nil {
		t.Fatal(err)
	}
	if pn.Network == nil || len(pn.Network.Edges) != len(n.Edges) || pn.Blocs == nil {
		t.Errorf("plot network --json: %+v", pn)
	}
}

func TestParseLooseDate(t *testing.T) {
	tests := []struct{ in, start, next string }{
		{"2018-05-15", "2018-05-15", "2018-05-16"},
		{"2018-05", "2018-05-01", "2018-06-01"},
		{"2018", "2018-01-01", "2019-01-01"},
	}
	for _, tt := range tests {
		s, n, err := analysis.ParseLooseDate(tt.in)
		if err != nil || s.Format("2006-01-02") != tt.start || n.Format("2006-01-02") != tt.next {
			t.Errorf("analysis.ParseLooseDate(%q) = %v, %v, %v", tt.in, s, n, err)
		}
	}
	if _, _, err := analysis.ParseLooseDate("May 2018"); err == nil {
		t.Error("no error for a bad date")
	}
}

// TestNetworkAtCommand: --at builds the network of the trailing window, so
// a deal four months before the date counts, with the weight the half-life
// gives it; --from and --to keep the explicit window.
func TestNetworkAtCommand(t *testing.T) {
	db := analysisDB(t)
	network := func(args ...string) analysis.Network {
		t.Helper()
		var out bytes.Buffer
		c := newNetworkCmd()
		c.SetArgs(append([]string{"--db", db, "--json"}, args...))
		c.SetOut(&out)
		c.SetErr(&out)
		if err := c.Execute(); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out.String())
		}
		var n analysis.Network
		if err := json.Unmarshal(out.Bytes(), &n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	edge := func(n analysis.Network, a, b string) *analysis.Edge {
		for i := range n.Edges {
			if n.Edges[i].A == a && n.Edges[i].B == b {
				return &n.Edges[i]
			}
		}
		return nil
	}
	at := network("--at", "2018-05")
	ir := edge(at, "IND", "RUS")
	if ir == nil || ir.Sign != 1 || at.From.Format("2006-01-02") != "2017-06-01" || at.Months != 12 {
		t.Fatalf("--at 2018-05: IND–RUS %+v, window from %s, %d months", ir, at.From, at.Months)
	}
	if ir.Confidence <= 0.5 || ir.Confidence >= 0.95 {
		t.Errorf("single-source edge confidence %.2f", ir.Confidence)
	}
	flat := edge(network("--at", "2018-05", "--half-life", "-1"), "IND", "RUS")
	if flat == nil || flat.Weight <= ir.Weight {
		t.Errorf("without decay IND–RUS %+v, with decay %+.2f", flat, ir.Weight)
	}
	if e := edge(network("--at", "2018-05", "--window", "3"), "IND", "RUS"); e != nil {
		t.Errorf("--window 3 still holds the January deal: %+v", e)
	}
	if e := edge(network("--from", "2018-05", "--to", "2018-05"), "IND", "RUS"); e != nil {
		t.Errorf("explicit window May 2018 holds the January deal: %+v", e)
	}
}

// TestReportCombined: the report shows the standing relations beside the
// events and the combined index, and checks --turning-on.
func TestReportCombined(t *testing.T) {
	db := analysisDB(t)
	report := func(args ...string) (string, error) {
		var out bytes.Buffer
		c := newReportCmd()
		c.SetArgs(append([]string{"--db", db, "--unit", "year"}, args...))
		c.SetOut(&out)
		c.SetErr(&out)
		err := c.Execute()
		return out.String(), err
	}
	text, err := report("IND", "PAK")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"combined baseline", "combined", "standing relations:", "IND–PAK hostile relation"} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q:\n%s", want, text)
		}
	}
	if _, err := report("IND", "PAK", "--turning-on", "standing"); err == nil {
		t.Error("no error for --turning-on standing")
	}
	if text, err := report("PAK", "RUS", "--turning-on", "events"); err != nil || !strings.Contains(text, "turning point 2010") || !strings.Contains(text, "events index") {
		t.Errorf("--turning-on events: %v\n%s", err, text)
	}
}
