package plot

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"entente"
	"entente/analysis"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// elements parses an SVG and counts its elements by name; it fails the test
// when the SVG is not well-formed XML.
func elements(t *testing.T, svg []byte) map[string]int {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	count := map[string]int{}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return count
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			count[se.Name.Local]++
		}
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test -update after checking the picture)", name)
	}
}

// sampleReport is a dyad that turns from hostile to friendly in 2008.
func sampleReport() *analysis.Report {
	var events []entente.Event
	for y := 2000; y <= 2015; y++ {
		code := "112"
		if y >= 2008 {
			code = "057"
		}
		for i := 0; i < 4; i++ {
			t := time.Date(y, time.Month(1+3*i), 10, 0, 0, 0, 0, time.UTC)
			events = append(events, entente.Event{
				ID: fmt.Sprintf("e%d-%d", y, i), ArticleID: fmt.Sprintf("a%d-%d", y, i), Source: "PAKGOV", Target: "RUSGOV",
				Code: code, Root: code[:2], Modality: entente.Asserted, When: entente.When{Date: t},
			})
		}
	}
	rels := []entente.Relation{{ArticleID: "r", A: "PAK", B: "RUS", Sign: 1, Strength: 1, When: entente.When{Date: time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC)}}}
	ro := analysis.ReportOptions{Options: analysis.DefaultOptions()}
	ro.Unit = analysis.Year
	return analysis.BuildReport(events, rels, "PAKGOV", "RUSGOV", ro)
}

func TestSeries(t *testing.T) {
	rep := sampleReport()
	var buf bytes.Buffer
	if err := Series(&buf, rep.Series, rep.TurningPoints, SeriesOptions{}); err != nil {
		t.Fatal(err)
	}
	el := elements(t, buf.Bytes())
	if el["polyline"] != 2 || el["circle"] != len(rep.Series.Points) {
		t.Errorf("want the index and combined lines and %d points, got %v", len(rep.Series.Points), el)
	}
	if len(rep.TurningPoints) == 0 || !strings.Contains(buf.String(), rep.TurningPoints[0].Label) {
		t.Errorf("turning point not drawn")
	}
	golden(t, "series.svg", buf.Bytes())
}

func sampleNetwork() (*analysis.Network, *analysis.Blocs) {
	n := &analysis.Network{MinSources: 2, Nodes: []string{"CHN", "IND", "PAK", "RUS", "USA", "A<&>B"}}
	add := func(a, b string, w float64) {
		s := 1
		if w < 0 {
			s = -1
		}
		n.Edges = append(n.Edges, analysis.Edge{A: a, B: b, Weight: w, Sign: s, Confidence: 0.9})
	}
	add("CHN", "PAK", 0.8)
	add("PAK", "RUS", 0.5)
	add("IND", "PAK", -0.7)
	add("IND", "USA", 0.6)
	add("PAK", "USA", -0.3)
	add("A<&>B", "PAK", -0.2)
	return n, analysis.FindBlocs(n, analysis.BlocOptions{})
}

func TestNetwork(t *testing.T) {
	n, bl := sampleNetwork()
	var buf bytes.Buffer
	if err := Network(&buf, n, bl, NetworkOptions{}); err != nil {
		t.Fatal(err)
	}
	el := elements(t, buf.Bytes())
	if el["circle"] != len(n.Nodes) {
		t.Errorf("%d nodes drawn, want %d", el["circle"], len(n.Nodes))
	}
	// Two legend lines besides the ties.
	if el["line"] != len(n.Edges)+2 {
		t.Errorf("%d lines drawn, want %d ties and 2 legend lines", el["line"], len(n.Edges))
	}
	golden(t, "network.svg", buf.Bytes())
	// Without blocs it still draws.
	buf.Reset()
	if err := Network(&buf, n, nil, NetworkOptions{Size: 300}); err != nil {
		t.Fatal(err)
	}
	elements(t, buf.Bytes())
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteErrors(t *testing.T) {
	rep := sampleReport()
	if err := Series(failWriter{}, rep.Series, nil, SeriesOptions{}); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("series: error %v", err)
	}
	n, bl := sampleNetwork()
	if err := Network(failWriter{}, n, bl, NetworkOptions{}); err == nil {
		t.Errorf("network: no error")
	}
	if err := Series(io.Discard, nil, nil, SeriesOptions{}); err == nil {
		t.Errorf("nil series: no error")
	}
}

// FuzzNetworkLabels: any node names give well-formed SVG.
func FuzzNetworkLabels(f *testing.F) {
	f.Add("PAK", "A&B", "<x>")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		n := &analysis.Network{Nodes: []string{a, b, c}, Edges: []analysis.Edge{{A: a, B: b, Weight: 0.5, Sign: 1}, {A: b, B: c, Weight: -0.5, Sign: -1}}}
		var buf bytes.Buffer
		if err := Network(&buf, n, nil, NetworkOptions{}); err != nil {
			t.Fatal(err)
		}
		elements(t, buf.Bytes())
	})
}
